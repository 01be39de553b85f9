"""The media type of an upload, guessed from the name beside the destination's lookup."""

from __future__ import annotations

import mimetypes
import threading

import pytest

from tiledb.client._transfer.upload import content_type_of, content_type_soon


@pytest.mark.parametrize("inited", [False, True])
def test_the_guess_is_the_same_whether_or_not_the_tables_were_read(
    monkeypatch: pytest.MonkeyPatch, inited: bool
) -> None:
    monkeypatch.setattr(mimetypes, "inited", inited)  # False: the tables are read again
    for name in ("notes.txt", "table.csv", "folder/data.unknown-kind", "no-extension"):
        assert content_type_soon(name)() == content_type_of(name)
    assert content_type_soon("notes.txt")() == "text/plain"
    assert content_type_soon("data.unknown-kind")() == "application/octet-stream"


def test_tables_not_read_yet_are_read_on_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # As in a fresh process: the module's table not made yet (it is put back afterwards).
    monkeypatch.setattr(mimetypes, "inited", False)
    monkeypatch.setattr(mimetypes, "_db", None)
    seen: list[str] = []
    real_init = mimetypes.init

    def init(files: list[str] | None = None) -> None:
        seen.append(threading.current_thread().name)
        real_init(files)

    monkeypatch.setattr(mimetypes, "init", init)
    assert content_type_soon("page.html")() == "text/html"
    assert seen == ["tiledb-mimetypes"]
