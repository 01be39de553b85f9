"""File transfers and file operations: the engine under ``tiledb.client.files``, fsspec and the CLI.

Where a file call goes (``target``), the small requests about what is on the server
(``remote``), listings (``listing``), one file up (``upload``) or down (``download``), deletes,
moves and ranged reads (``ops``) and the CLI's progress bars (``progress``).

May import: ``tiledb.client._highlevel`` and every layer below it; never a public module, so
:mod:`tiledb.client.files`, the fsspec filesystem and the CLI can all build on it.
"""
