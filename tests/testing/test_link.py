"""The fake server behind a network link (``FakeServer.link``): every answer ``latency`` late, bodies
no faster than ``bandwidth`` each way. Only lower bounds are checked: a link can make a transfer
slower than this machine, never faster."""

from __future__ import annotations

import os
import time

import httpx
import pytest

from tiledb.client.testing import FakeServer, Link


def test_a_link_delays_every_answer_and_paces_the_bodies_both_ways() -> None:
    payload = os.urandom(2_000_000)
    server = FakeServer()
    server.link = Link(bandwidth=20_000_000, latency=0.05)
    with server, httpx.Client(base_url=server.url, headers={"X-TILEDB-REST-API-KEY": server.token}) as http:
        started = time.monotonic()
        assert http.get("/v4/users/self").status_code == 200
        assert time.monotonic() - started >= 0.05  # the latency
        target = f"/v4/files/{server.workspace_id}/general/linked.bin"
        started = time.monotonic()
        assert http.put(target, content=payload).status_code == 200
        assert time.monotonic() - started >= 0.05 + 0.9 * len(payload) / 20_000_000
        started = time.monotonic()
        answer = http.get(target)
        assert answer.content == payload
        assert time.monotonic() - started >= 0.05 + 0.9 * len(payload) / 20_000_000


def test_a_link_refuses_nonsense_settings() -> None:
    with pytest.raises(ValueError, match="bandwidth"):
        Link(bandwidth=0)
    with pytest.raises(ValueError, match="latency"):
        Link(latency=-1)
