"""The generated FilesApi with binary bodies: bytes-like, file objects and iterables, streamed;
streamed downloads and part ETags, against the fake server's file store."""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest

from tiledb.client.testing import FakeServer

from .conftest import data


def _api() -> object:
    from tiledb.client.rest_api.api import FilesApi

    from tiledb.client import build

    return build(FilesApi)


@pytest.mark.parametrize("kind", ["bytes", "bytearray", "memoryview", "file", "iterable", "File"])
def test_put_accepts_every_binary_body(session: FakeServer, kind: str) -> None:
    from tiledb.client.rest_api.api import FilesApi
    from tiledb.client.rest_api.types import File

    payload = data(200_000)
    body: object = {
        "bytes": payload,
        "bytearray": bytearray(payload),
        "memoryview": memoryview(payload),
        "file": io.BytesIO(payload),
        "iterable": (payload[i : i + 7000] for i in range(0, len(payload), 7000)),
        "File": File(io.BytesIO(payload)),
    }[kind]
    api = _api()
    assert isinstance(api, FilesApi)
    api.upload_part(session.workspace_name, "general", f"raw-{kind}.bin", body)  # type: ignore[arg-type]
    assert session.files.read(f"raw-{kind}.bin") == payload


def test_iterable_body_is_sent_chunked_not_joined(session: FakeServer) -> None:
    """An iterable is consumed while it is sent: the generator sees its chunks asked for one by one."""
    from tiledb.client.rest_api.api.files import upload_part

    from tiledb.client import build

    seen: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(5):
            seen.append(i)
            yield bytes([i]) * 1000

    response = upload_part.sync_detailed(
        session.workspace_name, "general", "gen.bin", chunks(), client=build(lambda g: g)
    )
    assert response.status_code == 200
    assert seen == [0, 1, 2, 3, 4]
    assert session.files.read("gen.bin") == b"".join(bytes([i]) * 1000 for i in range(5))


def test_str_body_is_refused(session: FakeServer) -> None:
    api = _api()
    with pytest.raises(TypeError, match="encode it first"):
        api.upload_part(session.workspace_name, "general", "x.txt", "text")  # type: ignore[attr-defined]


def test_multipart_through_the_raw_api_and_etag_header(session: FakeServer) -> None:
    from tiledb.client.rest_api.api import FilesApi
    from tiledb.client.rest_api.api.files import upload_part

    from tiledb.client import build

    api = build(FilesApi)
    ws = session.workspace_name
    started = api.multipart_upload(ws, "general", "raw-mp.bin", uploads=True)
    upload_id = ElementTree.fromstring(started).findtext("UploadId")
    assert upload_id
    generated = build(lambda g: g)
    parts = [b"a" * 1000, b"b" * 10]
    etags = []
    for number, part in enumerate(parts, 1):
        answer = upload_part.sync_detailed(
            ws, "general", "raw-mp.bin", part, upload_id=upload_id, part_number=number, client=generated
        )
        etags.append(answer.headers["etag"])
        assert answer.headers["etag"].strip('"') == hashlib.md5(part).hexdigest()
    body = (
        "<CompleteMultipartUpload>"
        + "".join(
            f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in enumerate(etags, 1)
        )
        + "</CompleteMultipartUpload>"
    )
    api.multipart_upload(ws, "general", "raw-mp.bin", upload_id=upload_id, body=body.encode())
    assert session.files.read("raw-mp.bin") == b"".join(parts)
    assert session.files.open_uploads == []


def test_abort_through_the_raw_api(session: FakeServer) -> None:
    from tiledb.client.rest_api.api import FilesApi

    from tiledb.client import build

    api = build(FilesApi)
    started = api.multipart_upload(session.workspace_name, "general", "gone.bin", uploads=True)
    upload_id = ElementTree.fromstring(started).findtext("UploadId")
    assert session.files.open_uploads == [upload_id]
    api.abort_multipart_upload(session.workspace_name, "general", "gone.bin", upload_id)
    assert session.files.open_uploads == []


def test_streamed_download(session: FakeServer) -> None:
    from tiledb.client.rest_api.api.files import file_get

    from tiledb.client import build

    payload = data(1_000_000)
    build(lambda g: g).get_httpx_client().put(
        f"/v4/files/{session.workspace_name}/general/s.bin", content=payload
    )
    got = bytearray()
    with file_get.stream(session.workspace_name, "general", "s.bin", client=build(lambda g: g)) as r:
        chunks = 0
        for chunk in r.iter_bytes():
            got += chunk
            chunks += 1
    assert bytes(got) == payload
    assert chunks > 1


def test_streamed_download_of_a_missing_file_raises_api_error(session: FakeServer) -> None:
    from tiledb.client.rest_api.api.files import file_get
    from tiledb.client.rest_api.errors import ApiError

    from tiledb.client import build

    client = build(lambda g: g)
    with (
        pytest.raises(ApiError) as caught,
        file_get.stream(session.workspace_name, "general", "nope.bin", client=client),
    ):
        pass
    assert caught.value.status_code == 404


def test_async_put_streams_a_file_object_and_async_iterable(session: FakeServer) -> None:
    from tiledb.client.rest_api.api import AsyncFilesApi

    from tiledb.client import build

    payload = data(300_000)

    async def agen() -> object:
        for i in range(0, len(payload), 50_000):
            yield payload[i : i + 50_000]

    async def run() -> None:
        api = build(AsyncFilesApi)
        await api.upload_part(session.workspace_name, "general", "af.bin", io.BytesIO(payload))
        await api.upload_part(session.workspace_name, "general", "ag.bin", agen())  # type: ignore[arg-type]

    asyncio.run(run())
    assert session.files.read("af.bin") == payload
    assert session.files.read("ag.bin") == payload


def test_async_streamed_download(session: FakeServer) -> None:
    from tiledb.client.rest_api.api.files import file_get

    from tiledb.client import build

    payload = data(500_000)
    build(lambda g: g).get_httpx_client().put(
        f"/v4/files/{session.workspace_name}/general/as.bin", content=payload
    )

    async def run() -> bytes:
        from tiledb.client.rest_api.api import AsyncFilesApi

        client = build(AsyncFilesApi).client
        got = bytearray()
        async with file_get.astream(session.workspace_name, "general", "as.bin", client=client) as r:
            async for chunk in r.aiter_bytes():
                got += chunk
        return bytes(got)

    assert asyncio.run(run()) == payload
