"""``python -m tiledb.client``: the ``tiledb-client`` command line (see :mod:`tiledb.client.cli`)."""

import sys

from .cli import main

sys.exit(main())
