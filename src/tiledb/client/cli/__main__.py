"""``python -m tiledb.client.cli``: the ``tiledb-client`` command."""

import sys

from . import main

sys.exit(main())
