"""The fake server's file store over plain HTTP: the S3-style protocol as a client sees it."""

from __future__ import annotations

import hashlib
import re
from xml.etree import ElementTree

import httpx
import pytest

from tiledb.client.testing import FakeServer


@pytest.fixture
def base(server: FakeServer) -> str:
    return f"/v4/files/{server.workspace_name}/general"


def _start(client: httpx.Client, url: str) -> str:
    answer = client.post(url, params={"uploads": ""})
    assert answer.status_code == 200
    upload_id = ElementTree.fromstring(answer.content).findtext("UploadId")
    assert upload_id
    return upload_id


def _complete_body(parts: list[tuple[int, str]]) -> bytes:
    inner = "".join(f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in parts)
    return f"<CompleteMultipartUpload>{inner}</CompleteMultipartUpload>".encode()


def test_put_get_ranges_head(server: FakeServer, client: httpx.Client, base: str) -> None:
    put = client.put(f"{base}/r.bin", content=b"0123456789", headers={"Content-Type": "text/plain"})
    assert put.headers["etag"] == '"' + hashlib.md5(b"0123456789").hexdigest() + '"'
    assert client.get(f"{base}/r.bin").content == b"0123456789"
    part = client.get(f"{base}/r.bin", headers={"Range": "bytes=2-4"})
    assert (part.status_code, part.content, part.headers["content-range"]) == (206, b"234", "bytes 2-4/10")
    suffix = client.get(f"{base}/r.bin", headers={"Range": "bytes=-3"})
    assert suffix.content == b"789"
    beyond = client.get(f"{base}/r.bin", headers={"Range": "bytes=10-"})
    assert (beyond.status_code, beyond.headers["content-range"]) == (416, "bytes */10")
    head = client.head(f"{base}/r.bin")
    assert head.headers["content-length"] == "10" and head.headers["content-type"] == "text/plain"
    assert head.content == b""
    assert server.asset("r.bin").type == "file"  # type: ignore[union-attr]


def test_multipart_rules(server: FakeServer, client: httpx.Client, base: str) -> None:
    url = f"{base}/mp.bin"
    upload_id = _start(client, url)
    e1 = client.put(url, params={"uploadId": upload_id, "partNumber": 1}, content=b"a" * 100).headers["etag"]
    e2 = client.put(url, params={"uploadId": upload_id, "partNumber": 2}, content=b"b").headers["etag"]
    wrong = client.post(url, params={"uploadId": upload_id}, content=_complete_body([(1, e1), (2, '"00"')]))
    assert wrong.status_code == 400 and "InvalidPart" in wrong.text
    order = client.post(url, params={"uploadId": upload_id}, content=_complete_body([(2, e2), (1, e1)]))
    assert order.status_code == 400 and "InvalidPartOrder" in order.text
    done = client.post(url, params={"uploadId": upload_id}, content=_complete_body([(1, e1), (2, e2)]))
    assert done.status_code == 200
    assert re.fullmatch(r'"[0-9a-f]{32}-2"', ElementTree.fromstring(done.content).findtext("ETag") or "")
    assert server.files.read("mp.bin") == b"a" * 100 + b"b"
    assert server.files.open_uploads == []
    again = client.put(url, params={"uploadId": upload_id, "partNumber": 3}, content=b"c")
    assert again.status_code == 404


def test_abort_and_unknown_uploads(server: FakeServer, client: httpx.Client, base: str) -> None:
    url = f"{base}/ab.bin"
    upload_id = _start(client, url)
    client.put(url, params={"uploadId": upload_id, "partNumber": 1}, content=b"x")
    assert client.delete(url, params={"uploadId": upload_id}).status_code == 204
    assert server.files.open_uploads == [] and server.asset("ab.bin") is None
    assert client.delete(url, params={"uploadId": upload_id}).status_code == 404
    assert client.put(url, params={"uploadId": "nope", "partNumber": 1}, content=b"x").status_code == 404


def test_listing_pages_and_prefixes(client: httpx.Client, base: str) -> None:
    for name in ("a", "b", "examples/c", "examples/d"):
        client.put(f"{base}/{name}", content=name.encode())
    keys: list[str] = []
    token = None
    while True:
        params = {"list-type": "2", "delimiter": "/", "max-keys": "2"}
        if token:
            params["continuation-token"] = token
        root = ElementTree.fromstring(client.get(base, params=params).content)
        keys += [e.findtext("Key") or "" for e in root.iter("Objects")]
        keys += [e.findtext("Prefix") or "" for e in root.iter("CommonPrefixes")]
        token = root.findtext("NextContinuationToken")
        if root.findtext("IsTruncated") != "true":
            break
    assert sorted(keys) == ["README.md", "a", "b", "examples/"]
    inner = ElementTree.fromstring(
        client.get(base, params={"list-type": "2", "delimiter": "/", "prefix": "examples/"}).content
    )
    assert [e.findtext("Key") for e in inner.iter("Objects")] == ["examples/c", "examples/d"]
    assert client.get(base, params={"list-type": "1", "delimiter": "/"}).status_code == 400


def test_move_and_presigned(server: FakeServer, client: httpx.Client, anon: httpx.Client, base: str) -> None:
    client.put(f"{base}/m.bin", content=b"moved")
    assert client.patch(f"{base}/m.bin", headers={"X-TileDB-Rename-To": "examples/m2.bin"}).status_code == 204
    assert server.files.read("examples/m2.bin") == b"moved"
    signed = client.get(f"{base}/examples%2Fm2.bin", params={"presigned": "true"})
    url = ElementTree.fromstring(signed.content).findtext("SignedUrl") or ""
    assert anon.get(url).content == b"moved"
    assert anon.get(f"{base}/examples%2Fm2.bin").status_code == 401
    assert anon.get(url.rsplit("/", 1)[0] + "/forged").status_code == 403


def test_uploads_need_a_folder_and_refuse_other_assets(client: httpx.Client, base: str) -> None:
    assert client.put(f"{base}/nowhere/x", content=b"x").status_code == 404
    assert client.put(f"{base}/quickstart_dense", content=b"x").status_code == 409
    assert client.post(f"{base}/quickstart_dense", params={"uploads": ""}).status_code == 409
    assert client.get(f"{base}/examples").status_code == 400


def test_transfer_faults(server: FakeServer, client: httpx.Client, base: str) -> None:
    client.put(f"{base}/f.bin", content=b"z" * 200_000)
    server.faults.add(prefix="/v4/files/", method="GET", drop_after=1000)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(f"{base}/f.bin")
    url = f"{base}/g.bin"
    upload_id = _start(client, url)
    server.faults.add(prefix="/v4/files/", method="PUT", part=2, status=503)
    server.faults.add(prefix="/v4/files/", method="PUT", part=1, wrong_etag=True)
    first = client.put(url, params={"uploadId": upload_id, "partNumber": 1}, content=b"1")
    assert first.headers["etag"].strip('"') != hashlib.md5(b"1").hexdigest()
    assert client.put(url, params={"uploadId": upload_id, "partNumber": 2}, content=b"2").status_code == 503
    assert client.put(url, params={"uploadId": upload_id, "partNumber": 2}, content=b"2").status_code == 200
    assert server.faults_served == 3


def test_file_requests_are_recorded_with_their_operation_and_fault(
    server: FakeServer, client: httpx.Client, base: str
) -> None:
    """The server records every file request as any other, a faulted one too."""
    url = f"{base}/rec.bin"
    upload_id = _start(client, url)
    server.faults.add(prefix="/v4/files/", method="PUT", part=2, status=503)
    first = client.put(url, params={"uploadId": upload_id, "partNumber": 1}, content=b"a")
    second = client.put(url, params={"uploadId": upload_id, "partNumber": 2}, content=b"b")
    assert (first.status_code, second.status_code) == (200, 503)
    puts = [r for r in server.requests if r.method == "PUT"]
    assert [r.operation_id for r in puts] == ["upload_part", "upload_part"]
    assert [r.status for r in puts] == [200, 503]
    assert puts[0].fault is None and puts[1].fault is not None
    assert second.headers["x-request-id"] == puts[1].request_id
    assert set(server.files.uploads[upload_id].parts) == {1}  # the faulted part never reached the store
    presigned = client.get(f"/_presigned/{'x' * 24}")
    assert presigned.status_code in (403, 404)
    assert server.requests[-1].operation_id is None  # not an operation of the spec


def _multipart(client: httpx.Client, url: str, parts: list[bytes], unlisted: bytes = b"") -> httpx.Response:
    upload_id = _start(client, url)
    listed = []
    for number, data in enumerate(parts, 1):
        answer = client.put(url, params={"uploadId": upload_id, "partNumber": number}, content=data)
        listed.append((number, answer.headers["etag"]))
    if unlisted:  # sent, then left out of the completion: not part of the file
        client.put(url, params={"uploadId": upload_id, "partNumber": len(parts) + 1}, content=unlisted)
    return client.post(url, params={"uploadId": upload_id}, content=_complete_body(listed))


def test_multipart_file_read_across_parts_and_replaced(
    server: FakeServer, client: httpx.Client, base: str
) -> None:
    url = f"{base}/pieces.bin"
    parts = [b"a" * 10, b"b" * 7, b"c" * 5]
    whole = b"".join(parts)
    assert _multipart(client, url, parts, unlisted=b"zzz").status_code == 200
    assert client.get(url).content == whole
    assert client.head(url).headers["content-length"] == str(len(whole))
    for first, last in ((0, 9), (8, 12), (9, 17), (10, 16), (3, 21), (17, 21), (16, 16)):
        answer = client.get(url, headers={"Range": f"bytes={first}-{last}"})
        assert (answer.status_code, answer.content) == (206, whole[first : last + 1])
    assert client.get(url, headers={"Range": "bytes=-6"}).content == whole[-6:]
    assert server.files.read("pieces.bin") == whole
    # Replaced by a single PUT, then by another multipart upload: each time the new bytes only.
    assert client.put(url, content=b"single").status_code == 200
    assert client.get(url).content == b"single" == server.files.read("pieces.bin")
    assert _multipart(client, url, [b"x" * 4, b"y"]).status_code == 200
    assert client.get(url).content == b"xxxxy" == server.files.read("pieces.bin")
    assert _multipart(client, url, [b"1", b"2", b"3"]).status_code == 200
    assert client.get(url).content == b"123"
    listing = client.get(base, params={"list-type": "2", "prefix": "pieces", "delimiter": "/"})
    assert "<Size>3</Size>" in listing.text


def test_multipart_file_replaced_while_read(server: FakeServer, client: httpx.Client, base: str) -> None:
    url = f"{base}/busy.bin"
    parts = [bytes([n]) * (4 << 20) for n in (1, 2, 3)]
    assert _multipart(client, url, parts).status_code == 200
    received = bytearray()
    with (
        httpx.Client(base_url=client.base_url, headers=client.headers) as other,
        client.stream("GET", url) as answer,
    ):
        chunks = answer.iter_raw()
        received += next(chunks)
        # Replaced while the first answer has not been read: it still gives the old bytes.
        assert _multipart(other, url, [b"new", b"!"]).status_code == 200
        assert other.get(url).content == b"new!"
        for chunk in chunks:
            received += chunk
    assert bytes(received) == b"".join(parts)
    assert server.files.read("busy.bin") == b"new!"
