"""One benchmark run in a fresh process, for one client; prints its measurements as JSON.

    python bench/worker.py CASE CLIENT --url URL --profile-dir DIR [--calls N] [--count N]

CLIENT is ``ours`` (``tiledb.client`` of this project, run with the project's venv) or
``established`` (``tiledb-client`` 3.0b12, run with the venv under ``bench/.venvs``). Both log in
from the same kind of token profile (written by ``setup``) and call the v4 operations through their
own Api classes. Cases:

* ``setup``: write the ``bench`` token profile for ``--url`` into ``--profile-dir``;
* ``small``: ``GET /v4/users/self``, ``--calls`` times in sequence: seconds per call;
* ``list``: ``list_assets`` answering ``--count`` assets, ``--calls`` times;
  in both, for ``ours`` each call alternates with the floor (a bare ``httpx`` GET of the same URL
  and ``json.loads``, in the same process);
* ``pager``: every asset of a ``--count``-asset folder through the high-level
  ``tiledb.client.assets.list_assets`` (both clients have it), in pages of ``--per-page``,
  ``--calls`` times: seconds per whole listing;
* ``memory``: one ``list_assets`` of ``--count`` assets, held: peak and held RSS growth (bytes);
* ``pagermem``: every asset of a ``--count``-asset folder through ``assets.list_assets``, in pages
  of ``--per-page``, none kept: peak RSS growth (bytes);
* ``getasset``: ``assets.get_asset`` by path, by id and by ``tiledb://`` URI, ``--calls`` times
  each: seconds per call;
* ``sequential``: ``--count`` async calls of ``GET /v4/users/self`` one after another (ours: an
  async Api class, awaited; established: ``async_req=True``, waited for): connections opened;
* ``concurrent``: ``--count`` async calls at once over the HTTPS server of ``h2server.py`` (ours:
  HTTP/2 switched on; established: its HTTP/1.1 pool): connections opened and how many spoke
  HTTP/2;
* ``burst``: ``--count`` calls of ``GET /v4/users/self`` at once, ``--calls`` times: seconds per
  burst; ``ours-async`` (async Api classes), ``ours`` (``Client(pool_threads=8)``) or
  ``established`` (``async_req=True`` on an 8-thread pool), or ``floor`` (8 threads of bare
  ``http.client``, no client library); ``ours-async-httpx`` (ours on httpx's async pool), and
  with no client of ours ``httpx-stock`` (``httpx.AsyncClient``), ``httpx-aiohttp`` (httpx over
  the ``httpx-aiohttp`` transport) and ``aiohttp-bare`` (aiohttp alone).

The import and cold-start cases need no worker: ``run.py`` times whole ``python -c`` processes.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from typing import Any

WORKSPACE, TEAMSPACE, FOLDER = "acme", "general", "data"
PROFILE = "bench"
TOKEN = "benchtoken0123456789"
THREADS = 8


def _login(client: str, profile_dir: str) -> Any:
    import tiledb.client as tc

    tc.login(profile_name=PROFILE, profile_dir=profile_dir)
    return tc


def _apis(client: str, profile_dir: str) -> tuple[Any, Any]:
    """The users and assets Api objects of ``client``, logged in."""
    tc = _login(client, profile_dir)
    if client == "established":
        from tiledb.client._common.api_v4 import AssetsApi, UsersApi

        return tc.client.build(UsersApi), tc.client.build(AssetsApi)
    from tiledb.client.rest_api.api import AssetsApi, UsersApi

    return tc.build(UsersApi), tc.build(AssetsApi)


def _list(assets: Any, count: int) -> Any:
    return assets.list_assets(WORKSPACE, TEAMSPACE, FOLDER, per_page=count)


def case_setup(client: str, args: argparse.Namespace) -> dict[str, Any]:
    import tiledb.client as tc

    tc.configure(
        token=TOKEN,
        workspace=WORKSPACE,
        host=args.url,
        ca_file=args.ca_file,
        profile_name=PROFILE,
        profile_dir=args.profile_dir,
        overwrite=True,
    )
    return {}


def _server_connections(url: str, ca_file: str | None) -> dict[str, int]:
    """What the benchmark server counted (asked over a connection of its own, not counted)."""
    import http.client
    import ssl
    from urllib.parse import urlsplit

    where = urlsplit(url)
    connection: http.client.HTTPConnection
    if where.scheme == "https":
        context = ssl.create_default_context(cafile=ca_file)
        connection = http.client.HTTPSConnection(where.hostname or "", where.port, context=context)
    else:
        connection = http.client.HTTPConnection(where.hostname or "", where.port)
    connection.request("GET", "/bench/connections")
    counts: dict[str, int] = json.loads(connection.getresponse().read())
    connection.close()
    return counts


def case_sequential(client: str, args: argparse.Namespace) -> dict[str, Any]:
    tc = _login(client, args.profile_dir)
    before = _server_connections(args.url, args.ca_file)["opened"]
    if client == "established":
        from tiledb.client._common.api_v4 import UsersApi

        users = tc.client.build(UsersApi)
        for _ in range(args.count):
            users.get_self_user(async_req=True).get()
    else:
        import asyncio

        from tiledb.client.rest_api.api import AsyncUsersApi

        async def one_after_another() -> None:
            api = tc.build(AsyncUsersApi)
            for _ in range(args.count):
                await api.get_self_user()

        asyncio.run(one_after_another())
    return {"opened": _server_connections(args.url, args.ca_file)["opened"] - before}


def case_concurrent(client: str, args: argparse.Namespace) -> dict[str, Any]:
    tc = _login(client, args.profile_dir)
    before = _server_connections(args.url, args.ca_file)
    if client == "established":
        from tiledb.client._common.api_v4 import UsersApi

        session_client = tc.client.client
        session_client.set_threads(THREADS)
        users = session_client.build(UsersApi)
        users.api_client.pool_threads = THREADS
        for pending in [users.get_self_user(async_req=True) for _ in range(args.count)]:
            pending.get()
    else:
        import asyncio

        from tiledb.client.rest_api.api import AsyncUsersApi

        async def at_once() -> None:
            client = tc.Client()
            client.set_http2(True)
            api = client.build(AsyncUsersApi)
            await asyncio.gather(*(api.get_self_user() for _ in range(args.count)))
            await client.aclose()

        asyncio.run(at_once())
    after = _server_connections(args.url, args.ca_file)
    return {key: after[key] - before[key] for key in ("opened", "http2")}


def _floor(client: str, url: str, path: str, params: dict[str, Any]) -> Any:
    """For ``ours``: a bare httpx GET of ``path`` and ``json.loads`` of the body (else None)."""
    if client != "ours":
        return None
    import httpx

    session = httpx.Client(base_url=url)

    def get() -> Any:
        return json.loads(session.get(path, params=params).content)

    get()
    return get


def _timed(call: Any, floor: Any, calls: int) -> dict[str, list[float]]:
    """Time ``calls`` calls, each followed by one of ``floor`` when there is one."""
    times, floors = [], []
    for _ in range(calls):
        start = time.perf_counter()
        answer = call()
        times.append(time.perf_counter() - start)
        del answer
        if floor is not None:
            start = time.perf_counter()
            answer = floor()
            floors.append(time.perf_counter() - start)
            del answer
    return {"times": times, "floor": floors}


def case_small(client: str, args: argparse.Namespace) -> dict[str, Any]:
    users, _ = _apis(client, args.profile_dir)
    for _ in range(20):
        users.get_self_user()
    floor = _floor(client, args.url, "/v4/users/self", {})
    return _timed(users.get_self_user, floor, args.calls)


def case_list(client: str, args: argparse.Namespace) -> dict[str, Any]:
    _, assets = _apis(client, args.profile_dir)
    answer = _list(assets, args.count)
    if len(answer.data) != args.count:
        raise SystemExit(f"list_assets gave {len(answer.data)} assets, not {args.count}")
    del answer
    path = f"/v4/assets/list/{WORKSPACE}/{TEAMSPACE}/{FOLDER}"
    floor = _floor(client, args.url, path, {"per_page": args.count})
    return _timed(lambda: _list(assets, args.count), floor, args.calls)


def case_pager(client: str, args: argparse.Namespace) -> dict[str, Any]:
    _login(client, args.profile_dir)
    from tiledb.client import assets

    folder = f"paged-{args.count}"

    def walk() -> int:
        return sum(1 for _ in assets.list_assets(folder, teamspace=TEAMSPACE, per_page=args.per_page))

    if walk() != args.count:  # also the warm-up: imports, connections
        raise SystemExit(f"the listing gave other than {args.count} assets")
    return _timed(walk, None, args.calls)


def case_pager_memory(client: str, args: argparse.Namespace) -> dict[str, Any]:
    _login(client, args.profile_dir)
    from tiledb.client import assets

    folder = f"paged-{args.count}"
    # One page first (imports, connection), so the peak measured is the walk's own.
    sum(1 for _ in assets.list_assets(f"paged-{args.per_page}", teamspace=TEAMSPACE, per_page=args.per_page))
    gc.collect()
    before = _rss()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    seen = sum(1 for _ in assets.list_assets(folder, teamspace=TEAMSPACE, per_page=args.per_page))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if seen != args.count:
        raise SystemExit(f"the listing gave {seen} assets, not {args.count}")
    # When an earlier peak hides this one (small counts), peak - before is an upper bound.
    return {"peak": max(peak, peak_before) - before}


def case_get_asset(client: str, args: argparse.Namespace) -> dict[str, Any]:
    _login(client, args.profile_dir)
    from tiledb.client import assets

    asset_id = "ast_" + "0" * 20  # the canned answer is the same for any asset
    ways = {
        "path": lambda: assets.get_asset(f"{FOLDER}/asset-0", teamspace=TEAMSPACE),
        "id": lambda: assets.get_asset(asset_id, teamspace=TEAMSPACE),
        "uri": lambda: assets.get_asset(f"tiledb://{WORKSPACE}/{TEAMSPACE}/{FOLDER}/asset-0"),
    }
    times: list[float] = []
    for call in ways.values():
        call()  # imports, connection, the workspace lookup a session does once
    for _ in range(args.calls):
        for call in ways.values():
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
    return {"times": times}


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def case_memory(client: str, args: argparse.Namespace) -> dict[str, Any]:
    _, assets = _apis(client, args.profile_dir)
    _list(assets, 10)  # imports, connection
    gc.collect()
    before = _rss()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    answer = _list(assets, args.count)
    gc.collect()
    held = _rss() - before
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if len(answer.data) != args.count:
        raise SystemExit(f"list_assets gave {len(answer.data)} assets, not {args.count}")
    if peak <= peak_before:
        raise SystemExit("the peak RSS did not grow: an earlier peak hides this one")
    return {"peak": peak - before, "held": held}


def _burst_floor(args: argparse.Namespace) -> list[float]:
    """The same bursts with no client library: 8 threads, each with its own ``http.client``
    keep-alive connection, ``GET`` plus ``json.loads``. What the server and the machine allow."""
    import http.client
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import urlsplit

    where = urlsplit(args.url)
    local = threading.local()

    def call() -> None:
        connection = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = http.client.HTTPConnection(where.hostname, where.port)
        connection.request("GET", "/v4/users/self", headers={"X-TILEDB-REST-API-KEY": TOKEN})
        json.loads(connection.getresponse().read())

    times = []
    with ThreadPoolExecutor(THREADS) as pool:
        for i in range(args.calls + 1):
            start = time.perf_counter()
            for future in [pool.submit(call) for _ in range(args.count)]:
                future.result()
            if i:
                times.append(time.perf_counter() - start)
    return times


async def _async_bursts(args: argparse.Namespace, call: Any) -> list[float]:
    """``args.calls`` bursts of ``args.count`` awaits of ``call()`` at once (after one warm-up burst)."""
    import asyncio

    times = []
    for i in range(args.calls + 1):
        start = time.perf_counter()
        await asyncio.gather(*(call() for _ in range(args.count)))
        if i:  # the first burst opens the connections
            times.append(time.perf_counter() - start)
    return times


def _other_async_burst(client: str, args: argparse.Namespace) -> list[float]:
    """The same bursts through another async stack, no client of ours: stock ``httpx.AsyncClient``
    (a pool of ``--count``), httpx over the ``httpx-aiohttp`` transport, or bare aiohttp."""
    import asyncio

    headers = {"X-TILEDB-REST-API-KEY": TOKEN}
    url = args.url + "/v4/users/self"

    async def run() -> list[float]:
        if client == "aiohttp-bare":
            import aiohttp

            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=args.count)) as session:

                async def bare() -> Any:
                    async with session.get(url, headers=headers) as answer:
                        return json.loads(await answer.read())

                return await _async_bursts(args, bare)
        import httpx

        limits = httpx.Limits(max_connections=args.count, max_keepalive_connections=args.count)
        transport: Any = None
        if client == "httpx-aiohttp":
            from httpx_aiohttp import AiohttpTransport

            transport = AiohttpTransport(limits=limits)
        async with httpx.AsyncClient(headers=headers, limits=limits, transport=transport) as stock:

            async def one() -> Any:
                return (await stock.get(url)).json()

            return await _async_bursts(args, one)

    return asyncio.run(run())


def case_burst(client: str, args: argparse.Namespace) -> dict[str, Any]:
    if client == "floor":
        return {"times": _burst_floor(args)}
    if client in ("httpx-stock", "httpx-aiohttp", "aiohttp-bare"):
        import importlib.util

        wanted = {"httpx-aiohttp": "httpx_aiohttp", "aiohttp-bare": "aiohttp"}.get(client)
        if wanted is not None and importlib.util.find_spec(wanted) is None:
            return {"times": []}  # not installed here (bench/.venvs/ours has it): left out of the note
        return {"times": _other_async_burst(client, args)}
    if client == "ours-async-httpx":  # ours with httpx's async pool, aiohttp installed or not
        import os

        os.environ["TILEDB_CLIENT_ASYNC_TRANSPORT"] = "httpx"
        client = "ours-async"
    tc = _login(client, args.profile_dir)
    times = []
    if client == "ours-async":
        import asyncio

        from tiledb.client.rest_api.api import AsyncUsersApi

        async def bursts() -> None:
            users = tc.build(AsyncUsersApi)
            for i in range(args.calls + 1):
                start = time.perf_counter()
                await asyncio.gather(*(users.get_self_user() for _ in range(args.count)))
                if i:  # the first burst opens the connections
                    times.append(time.perf_counter() - start)

        asyncio.run(bursts())
    elif client == "ours":
        from tiledb.client.rest_api.api import UsersApi

        pool = tc.Client(pool_threads=THREADS)
        users = pool.build(UsersApi)
        for i in range(args.calls + 1):
            start = time.perf_counter()
            for future in [pool.submit(users.get_self_user) for _ in range(args.count)]:
                future.result()
            if i:
                times.append(time.perf_counter() - start)
        pool.close()
    else:
        from tiledb.client._common.api_v4 import UsersApi

        session_client = tc.client.client  # the module's shared Client
        session_client.set_threads(THREADS)  # sizes the connection pool to the threads
        users = session_client.build(UsersApi)
        users.api_client.pool_threads = THREADS  # the pool behind async_req=True
        for i in range(args.calls + 1):
            start = time.perf_counter()
            for pending in [users.get_self_user(async_req=True) for _ in range(args.count)]:
                pending.get()
            if i:
                times.append(time.perf_counter() - start)
    return {"times": times}


CASES = {
    "setup": case_setup,
    "sequential": case_sequential,
    "concurrent": case_concurrent,
    "small": case_small,
    "list": case_list,
    "pager": case_pager,
    "memory": case_memory,
    "pagermem": case_pager_memory,
    "getasset": case_get_asset,
    "burst": case_burst,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument(
        "client",
        choices=[
            "ours",
            "ours-async",
            "ours-async-httpx",
            "established",
            "floor",
            "httpx-stock",
            "httpx-aiohttp",
            "aiohttp-bare",
        ],
    )
    parser.add_argument("--url", required=True)
    parser.add_argument("--profile-dir", required=True)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--per-page", type=int, default=100)
    parser.add_argument("--ca-file", default=None, help="a CA bundle for an https --url")
    args = parser.parse_args()
    result = CASES[args.case](args.client, args)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
