"""The HTTP layer: the transport stack every request of the package goes through.

Holds the retry policy as data and the shared retry budget (``retry``), regional redirects and
where credentials may follow them (``redirects``), httpx's own connection pools with their
lifetime rules (``connections``), the async pool over aiohttp and the choice of it (``aio``, the
``aiohttp`` extra, and ``engine``), the client-wide settings and the environment variables that set
them (``options``), what a client is opened for (``target``: a session or a profile's settings, as
a protocol), and the one transport of ours that wraps them with retries, redirects and logging
(``transport``).

May import: the package's shared modules (``tiledb.client._errors``, ``tiledb.client._frozen``),
httpx and the standard library (and aiohttp, in ``aio`` only). Nothing of the session, high-level
or file layers, not even for type hints, so the stack can be tested with a bare httpx client.
"""
