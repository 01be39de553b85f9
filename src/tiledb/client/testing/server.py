"""The fake TileDB REST API v4 server: an ASGI app served by uvicorn in a background thread.

See the package documentation (:mod:`tiledb.client.testing`) for the seeded state and examples.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, cast
from urllib.parse import unquote, urlsplit

import uvicorn
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from .asgi import TRANSPORT_KEY, Endpoint, RecordedRequest, TransportAwareH11Protocol, WakeableServer
from .examples import ExampleBuilder, render_body
from .faults import Fault, Faults, Link, Listener
from .filereads import until_disconnect
from .filestore import FileStore
from .handlers import HANDLERS, Context, Reply
from .handlers.streams import StreamedReply
from .spec import Operation, Spec, load_spec
from .state import Asset, State, StateError, Teamspace, Token, User, Workspace
from .validation import AnswerChecker, RequestChecker, RequestInvalid

__all__ = ["FakeServer", "RecordedRequest"]

logger = logging.getLogger("tiledb.client.testing")

_HTML_ERROR = (
    "<!DOCTYPE html>\n<html><head><title>{code} {reason}</title></head>"
    "<body><h1>{code} {reason}</h1></body></html>\n"
)
# Example answers of the generic operations, built on first use and shared by every server of the
# process (they only depend on the spec, which is parsed once per process).
_EXAMPLE_CACHE: dict[tuple[str, int], tuple[bytes, str | None]] = {}
_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    operation: Operation | None = None
    #: A streamed body (see handlers/streams.py): sent chunk by chunk instead of ``body``.
    stream: StreamedReply | None = None


class FakeServer:
    """In-memory TileDB REST API v4 server speaking real HTTP on loopback.

    ``FakeServer()`` builds the app and seeds the state (unless ``seed=False``); :meth:`start`
    binds the main and the regional listener (``port=0`` picks a free port) and serves them from a
    background thread; :meth:`stop` shuts everything down. It is also a context manager.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        regional_port: int = 0,
        seed: bool = True,
        id_seed: int = 0,
        check_answers: bool = False,
    ) -> None:
        self.host = host
        self._requested_ports = (port, regional_port)
        self.port = port
        self.regional_port = regional_port
        self.spec: Spec = load_spec()
        self.examples = ExampleBuilder(self.spec)
        self.checker = RequestChecker(self.spec)
        #: With ``check_answers=True`` every JSON answer is checked against its response schema and
        #: what does not conform is listed here (``"<operation> <status>: <field>: <why>"``).
        self.answer_problems: list[str] = []
        self._answers = AnswerChecker(self.spec) if check_answers else None
        self.state = State(id_seed)
        self.faults = Faults()
        #: A network link in front of the server (bandwidth, latency; see Link): set before start().
        self.link: Link | None = None
        #: The file bytes (on disk, in a temporary directory) and the ``/v4/files`` calls.
        self.files = FileStore(self, self._authenticate)
        self._seeded = seed
        self._requests: list[RecordedRequest] = []
        self._requests_lock = threading.Lock()
        # One ASGI endpoint for every method and path (the spec routes, not a framework's router,
        # so any path, even one holding an encoded newline, gets the server's own JSON answer).
        self._app = Endpoint(self._endpoint)
        self._thread: threading.Thread | None = None
        self._uvicorn: WakeableServer | None = None
        self._sockets: list[socket.socket] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._startup_error: BaseException | None = None
        # Seeded identity (filled by _seed).
        self.username = "alice"
        self.password = "alice-password"
        self.user_id = ""
        self.workspace_name = "alice-ws"
        self.workspace_id = ""
        self.teamspace_name = "general"
        self.teamspace_id = ""
        self.token = ""
        self.token_id = ""
        if seed:
            self._seed()

    # ------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        """Base URL of the main listener, e.g. ``http://127.0.0.1:41234``."""
        return self._url(self.port)

    @property
    def regional_url(self) -> str:
        """Base URL of the regional listener (same state, other port)."""
        return self._url(self.regional_port)

    def _url(self, port: int) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{port}"

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> FakeServer:
        """Bind both listeners and serve them from a background thread; returns ``self``."""
        if self._thread is not None:
            raise RuntimeError("FakeServer is already running")
        self._sockets = [self._bind(p) for p in self._requested_ports]
        self.port, self.regional_port = (s.getsockname()[1] for s in self._sockets)
        config = uvicorn.Config(
            self._app if self.link is None else self.link.wrap(self._app),
            http=TransportAwareH11Protocol,
            ws="none",
            lifespan="off",
            log_config=None,
            access_log=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
        )
        self._uvicorn = WakeableServer(config)
        self._startup_error = None
        self._thread = threading.Thread(target=self._run, name=f"FakeServer-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"FakeServer failed to start: {self._startup_error!r}")
            time.sleep(0.002)
        return self

    def _bind(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP matters: asyncio only disables Nagle's algorithm on sockets whose proto says
        # TCP, and without that every keep-alive answer (headers and body written separately) waits
        # for the client's delayed ACK, about 40 ms.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, port))
            sock.listen(128)
        except OSError:
            sock.close()
            for other in self._sockets:
                other.close()
            raise
        return sock

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # pragma: no cover - reported by start()
            self._startup_error = exc
            logger.exception("FakeServer thread crashed")

    async def _serve(self) -> None:
        assert self._uvicorn is not None
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self._uvicorn.wake = self._stopping
        await self._uvicorn.serve(sockets=self._sockets)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, close every connection and both listening sockets, join the thread."""
        thread, server, loop, stopping = self._thread, self._uvicorn, self._loop, self._stopping
        if thread is None or server is None:
            return
        server.should_exit = True
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop may have closed meanwhile
                loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        if thread.is_alive():  # pragma: no cover - stuck handler
            server.force_exit = True
            thread.join(timeout)
        for sock in self._sockets:
            sock.close()
        self._sockets = []
        self._thread = self._uvicorn = self._loop = self._stopping = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"url={self.url!r}" if self.running else "stopped"
        return f"<FakeServer {state}>"

    # ------------------------------------------------------------ recording
    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the requests received so far, oldest first."""
        with self._requests_lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._requests_lock:
            self._requests.clear()

    @property
    def faults_served(self) -> int:
        """How many requests were answered by a fault (same as ``faults.served``)."""
        return self.faults.served

    # --------------------------------------------------------------- seeding
    def _seed(self) -> None:
        state = self.state
        with state.lock:
            alice = state.add_user(self.username, self.password, display_name="Alice", role="owner")
            ws = state.add_workspace(self.workspace_name, alice, description="Alice's workspace")
            ts = state.teamspace(ws, self.teamspace_name)
            assert ts is not None
            state.add_credential(
                ws,
                "default-aws",
                "AWS",
                provider_default=True,
                secret={"access_key_id": "AKIAFAKE", "secret_access_key": "fake-secret"},
            )
            state.add_storage_setting(
                ws, "default", f"s3://fake-tiledb-bucket/{ws.name}", "default-aws", is_default=True
            )
            for path, kind in (
                ("quickstart_dense", "array"),
                ("quickstart_sparse", "array"),
                ("README.md", "file"),
                ("examples", "folder"),
                ("examples/dense_array", "array"),
                ("examples/sample_group", "group"),
            ):
                state.add_asset(ts, path, alice, type=kind)
            token = state.add_token(alice, ws, name="seed-token")
        self.user_id, self.workspace_id, self.teamspace_id = alice.id, ws.id, ts.id
        self.token, self.token_id = token.api_key, token.id

    def reset(self) -> None:
        """Restore the initial state (seeded again if it was), clear faults and recordings."""
        self.state.clear()
        self.files.clear()
        self.faults.clear()
        self.faults.reset_counter()
        self.clear_requests()
        self.answer_problems.clear()
        if self._seeded:
            self._seed()

    def _ws(self, workspace: str | None) -> Workspace:
        ws = self.state.workspace(workspace or self.workspace_id)
        if ws is None:
            raise KeyError(f"no workspace {workspace!r}")
        return ws

    def _ts(self, workspace: str | None, teamspace: str | None) -> Teamspace:
        ws = self._ws(workspace)
        ts = self.state.teamspace(ws, teamspace or self.teamspace_name)
        if ts is None:
            raise KeyError(f"no teamspace {teamspace!r} in {ws.name!r}")
        return ts

    def _user(self, username: str | None) -> User:
        user = self.state.user(username or self.username)
        if user is None:
            raise KeyError(f"no user {username!r}")
        return user

    def add_user(
        self,
        username: str,
        password: str | None = None,
        *,
        role: str = "owner",
        email: str | None = None,
        display_name: str | None = None,
        workspace: str | None = None,
        workspace_role: str = "member",
    ) -> str:
        """Create a user (optionally a member of ``workspace``); returns the user id."""
        with self.state.lock:
            user = self.state.add_user(username, password, email=email, display_name=display_name, role=role)
            if workspace is not None:
                self.state.add_member(self._ws(workspace), user, workspace_role)
            return user.id

    def add_workspace(self, name: str, owner: str | None = None, *, description: str = "") -> str:
        """Create a workspace (with a ``general`` teamspace) owned by ``owner``; returns its id."""
        with self.state.lock:
            return self.state.add_workspace(name, self._user(owner), description=description).id

    def add_member(self, workspace: str, username: str, role: str = "member") -> None:
        """Make a user a member of a workspace (id or name) with ``role``."""
        with self.state.lock:
            self.state.add_member(self._ws(workspace), self._user(username), role)

    def add_teamspace(
        self, workspace: str, name: str, *, owner: str | None = None, visibility: str = "private"
    ) -> str:
        """Create a teamspace in a workspace; returns its id."""
        with self.state.lock:
            ws = self._ws(workspace)
            creator = self._user(owner) if owner else self.state.users[ws.owner_id]
            return self.state.add_teamspace(ws, name, creator, visibility=visibility).id

    def add_token(
        self,
        username: str | None = None,
        workspace_id: str | None = None,
        *,
        name: str | None = None,
        scope: str = "*",
        expires_at: datetime | None = None,
    ) -> str:
        """Create an API token for ``username`` (bound to ``workspace_id`` if given); returns the key."""
        with self.state.lock:
            ws = self._ws(workspace_id) if workspace_id else None
            token = self.state.add_token(
                self._user(username), ws, name=name, scope=scope, expires_at=expires_at
            )
            return token.api_key

    def token_for(self, api_key: str) -> Token | None:
        """The token record of an API key."""
        return self.state.token_by_key(api_key)

    def revoke_token(self, api_key: str) -> None:
        """Revoke a token by its API key (or token id)."""
        with self.state.lock:
            token = self.state.token_by_key(api_key) or self.state.tokens.get(api_key)
            if token is None:
                raise KeyError("no such token")
            token.revoked = True

    def add_assets(
        self,
        workspace: str | None = None,
        teamspace: str | None = None,
        n: int = 1,
        *,
        path: str = "",
        prefix: str = "array_",
        type: str = "array",
        owner: str | None = None,
    ) -> list[str]:
        """Create ``n`` assets named ``<prefix>00001``... under folder ``path``; returns their ids."""
        with self.state.lock:
            ts = self._ts(workspace, teamspace)
            creator = self._user(owner) if owner else self.state.users[self._ws(workspace).owner_id]
            folder = path.strip("/")
            ids: list[str] = []
            index = 0
            while len(ids) < n:
                index += 1
                full = f"{folder}/{prefix}{index:05d}" if folder else f"{prefix}{index:05d}"
                if self.state.asset(ts, full) is None:
                    ids.append(self.state.add_asset(ts, full, creator, type=type).id)
            return ids

    def add_folder(self, path: str, workspace: str | None = None, teamspace: str | None = None) -> str:
        """Create a folder (and its parents); returns the folder asset's id."""
        with self.state.lock:
            ts = self._ts(workspace, teamspace)
            folder = self.state.ensure_folder(ts, path, self.state.users[self._ws(workspace).owner_id])
            if folder is None:
                raise ValueError("a folder needs a non-empty path")
            return folder.id

    def asset(self, path: str, workspace: str | None = None, teamspace: str | None = None) -> Asset | None:
        """The asset record at ``path`` (or with that id)."""
        return self.state.asset(self._ts(workspace, teamspace), path)

    def add_storage_setting(
        self,
        name: str,
        path: str,
        credentials_name: str = "default-aws",
        *,
        workspace: str | None = None,
        is_default: bool = False,
    ) -> str:
        """Create a workspace storage setting; returns its id."""
        with self.state.lock:
            return self.state.add_storage_setting(
                self._ws(workspace), name, path, credentials_name, is_default=is_default
            ).id

    def add_conversation(
        self, title: str, messages: list[tuple[str, str]], *, workspace: str | None = None
    ) -> str:
        """Store an agent conversation of the seeded user: ``(role, content)`` messages; returns its id."""
        from .handlers.spaces import add_conversation

        return add_conversation(self.state, self._ws(workspace), self._user(None), title, messages)

    def add_credential(self, name: str, provider: str = "AWS", *, workspace: str | None = None) -> str:
        """Create a workspace credential; returns its id."""
        with self.state.lock:
            return self.state.add_credential(self._ws(workspace), name, provider).id

    # -------------------------------------------------------------- serving
    async def _endpoint(self, request: Request) -> Response:
        try:
            return await self._serve_request(request)
        except Exception as exc:  # a bug of the fake server: still an answer in the spec's shape
            logger.exception("FakeServer failed on %s %s", request.method, request.url.path)
            request_id = "req_" + uuid.uuid4().hex[:24]
            answer = self._error(500, f"fake server error: {type(exc).__name__}", request_id)
            return self._response(answer, request_id)

    async def _serve_request(self, request: Request) -> Response:
        scope = request.scope
        raw_path = cast(bytes, scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        listener: Listener = "regional" if scope["server"][1] == self.regional_port else "main"
        stored = self.files.claims(raw_path)
        # File bodies are streamed to and from disk by the store, never read whole here.
        body = b"" if stored else await request.body()
        record = self._record(request, raw_path, listener, body)
        request_id = record.request_id
        part = request.query_params.get("partNumber") if stored else None
        fault = self.faults.take(
            request.method,
            raw_path,
            unquote(raw_path),
            listener,
            part=int(part) if part is not None and part.isdigit() else None,
        )
        record.fault = fault
        if stored:
            # Set now, so that a request a fault answers still names its operation.
            match = self.spec.match(request.method, raw_path)
            record.operation_id = match.operation.operation_id if match.operation is not None else None
            refused = None if fault is not None else self._check_stored(request, match, request_id)
            if refused is not None:
                record.status = refused.status
                return self._response(refused, request_id)
        if fault is not None:
            if fault.delay > 0:
                await self._pause(fault.delay)
            if fault.drop:
                await self._drop(request)
                return Response(status_code=500)  # never written: the connection is gone
        if fault is not None and fault.redirect is not None:
            answer = self._redirect(fault, raw_path, request.url.query, listener)
        elif fault is not None and fault.status is not None:
            answer = self._fault_answer(fault, request_id)
        elif stored:
            # The store plays the rest of the fault (a cut after some bytes, a wrong ETag).
            response = await self.files.endpoint(request, raw_path, record, fault)
            if response.status_code == 405 and match.allowed_methods:
                response.headers["Allow"] = ", ".join(match.allowed_methods)
            return response
        else:
            answer = self._answer(request, raw_path, body, request_id)
            if self._answers is not None and answer.operation is not None and fault is None:
                self._check_answer(request, raw_path, answer)
            if fault is not None and fault.truncate and answer.body:
                answer.body = answer.body[: len(answer.body) // 2]
            if fault is not None and fault.missing_field and 200 <= answer.status < 300:
                answer.body = self._without_field(answer, fault.missing_field)
        record.status = answer.status
        if not stored:
            record.operation_id = answer.operation.operation_id if answer.operation else None
        return self._response(answer, request_id)

    @staticmethod
    def _response(answer: _Answer, request_id: str) -> Response:
        headers = {"X-Request-Id": request_id, **answer.headers}
        if answer.stream is not None and answer.stream.chunks is not None:
            chunks = answer.stream.chunks()
            return StreamingResponse(chunks, answer.status, headers=headers, media_type=answer.content_type)
        return Response(answer.body, answer.status, headers=headers, media_type=answer.content_type)

    def _check_stored(self, request: Request, match: Any, request_id: str) -> _Answer | None:
        """A file store request the spec refuses (405 with ``Allow``, 400 naming the field), if it is one."""
        if match.operation is None:
            if not match.allowed_methods:
                return None  # not a files route at all: the store answers (404, presigned URLs)
            answer = self._error(405, f"method {request.method} not allowed here", request_id)
            answer.headers["Allow"] = ", ".join(match.allowed_methods)
            return answer
        try:
            self.checker.parameters(match.operation, match.path_params, request.query_params, request.headers)
        except RequestInvalid as exc:
            try:
                with self.state.lock:
                    self._authenticate(request.headers)
            except StateError as auth:
                return self._error(auth.status, auth.message, request_id, match.operation)
            return self._invalid(exc, request_id, match.operation)
        return None

    def _invalid(self, exc: RequestInvalid, request_id: str, op: Operation | None) -> _Answer:
        return _Answer(400, json.dumps(exc.error_body(request_id)).encode(), "application/json", {}, op)

    def _check_answer(self, request: Request, raw_path: str, answer: _Answer) -> None:
        assert self._answers is not None and answer.operation is not None
        bodies = [answer.body] if answer.stream is None else answer.stream.records
        found = [
            problem
            for body in bodies
            for problem in self._answers.problems(answer.operation, answer.status, answer.content_type, body)
        ]
        if found:
            logger.warning("FakeServer answer does not conform: %s", found[0])
            self.answer_problems.extend(f"{request.method} {raw_path}: {p}" for p in found)

    def _record(self, request: Request, raw_path: str, listener: Listener, body: bytes) -> RecordedRequest:
        """Record a request (with a fresh request id) and return the record."""
        record = RecordedRequest(
            method=request.method,
            path=raw_path,
            query_string=request.url.query,
            params=request.query_params,
            headers=request.headers,
            body=body,
            listener=listener,
            url=str(request.url),
            request_id="req_" + uuid.uuid4().hex[:24],
            peer=(request.client.host, request.client.port) if request.client else None,
        )
        with self._requests_lock:
            self._requests.append(record)
        return record

    async def _pause(self, seconds: float) -> None:
        assert self._stopping is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _drop(self, request: Request) -> None:
        transport = request.scope.get("state", {}).get(TRANSPORT_KEY)
        if transport is None:  # pragma: no cover - only under another ASGI server
            raise RuntimeError("dropping a connection needs FakeServer's own uvicorn protocol")
        transport.abort()
        # Let uvicorn see the disconnect first, so it does not write a 500 of its own.
        await until_disconnect(request.receive)

    def _redirect(self, fault: Fault, raw_path: str, query: str, listener: Listener) -> _Answer:
        tail = raw_path + (f"?{query}" if query else "")
        if fault.redirect_loop:
            location = (self.regional_url if listener == "regional" else self.url) + tail
        elif fault.redirect_to:
            parts = urlsplit(fault.redirect_to)
            location = (
                fault.redirect_to if parts.path not in ("", "/") else fault.redirect_to.rstrip("/") + tail
            )
        else:
            location = self.regional_url + tail
        assert fault.redirect is not None
        return _Answer(fault.redirect, headers={"Location": location, **fault.headers})

    def _fault_answer(self, fault: Fault, request_id: str) -> _Answer:
        assert fault.status is not None
        status = fault.status
        headers = dict(fault.headers)
        retry_after = fault.retry_after_header()
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        if fault.body == "json":
            payload = {"code": status, "message": f"injected fault: HTTP {status}", "request_id": request_id}
            return _Answer(status, json.dumps(payload).encode(), "application/json", headers)
        if fault.body == "html":
            reason = _REASONS.get(status, "Error")
            html = _HTML_ERROR.format(code=status, reason=reason).encode()
            return _Answer(status, html, fault.content_type or "text/html; charset=utf-8", headers)
        if fault.body == "empty":
            return _Answer(status, b"", fault.content_type, headers)
        raw = fault.body.encode() if isinstance(fault.body, str) else fault.body
        return _Answer(status, raw, fault.content_type or "text/plain; charset=utf-8", headers)

    def _without_field(self, answer: _Answer, which: bool | str) -> bytes:
        try:
            doc = json.loads(answer.body)
        except ValueError:
            return answer.body
        if isinstance(which, str):
            *parents, last = which.split(".")
            node: Any = doc
            for part in parents:
                node = node[int(part)] if isinstance(node, list) else node[part]
            if isinstance(node, list):
                node.pop(int(last))
            else:
                node.pop(last, None)
        elif isinstance(doc, dict) and doc:
            schema = answer.operation.success_schema if answer.operation else None
            required = self.spec.resolve(schema).get("required", []) if schema else []
            doc.pop(required[0] if required else next(iter(doc)), None)
        return json.dumps(doc).encode()

    # ------------------------------------------------------------ answering
    def _error(self, status: int, message: str, request_id: str, op: Operation | None = None) -> _Answer:
        payload = {"code": status, "message": message, "request_id": request_id}
        headers = {"WWW-Authenticate": 'Basic realm="TileDB"'} if status == 401 else {}
        return _Answer(status, json.dumps(payload).encode(), "application/json", headers, op)

    def _answer(self, request: Request, raw_path: str, body: bytes, request_id: str) -> _Answer:
        match = self.spec.match(request.method, raw_path)
        op = match.operation
        if op is None:
            if match.allowed_methods:
                answer = self._error(405, f"method {request.method} not allowed here", request_id)
                answer.headers["Allow"] = ", ".join(match.allowed_methods)
                return answer
            return self._error(404, f"no route for {raw_path}", request_id)
        with self.state.lock:
            try:
                return self._dispatch(request, op, match.path_params, body, request_id)
            except StateError as exc:
                return self._error(exc.status, exc.message, request_id, op)
            except RequestInvalid as exc:
                return self._invalid(exc, request_id, op)
            except Exception as exc:
                logger.exception("FakeServer handler for %s failed", op.operation_id)
                return self._error(500, f"fake server error: {exc!r}", request_id, op)

    def _authenticate(self, headers: Headers) -> tuple[User, Token | None]:
        key = headers.get("x-tiledb-rest-api-key")
        authorization = headers.get("authorization", "")
        scheme, _, credentials = authorization.partition(" ")
        if key is None and scheme.lower() == "bearer":
            key = credentials.strip()
        if key is not None:
            token = self.state.token_by_key(key.strip())
            if token is None or not token.valid:
                raise StateError(401, "invalid, expired or revoked API key")
            user = self.state.users.get(token.user_id)
            if user is None:
                raise StateError(401, "the API key's user no longer exists")
            return user, token
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(credentials.strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                raise StateError(401, "malformed basic credentials") from None
            username, sep, password = decoded.partition(":")
            user = self.state.user(username)
            if not sep or user is None or user.username != username or user.password != password:
                raise StateError(401, "wrong username or password")
            return user, None
        raise StateError(401, "authentication required: send X-TILEDB-REST-API-KEY or basic credentials")

    def _dispatch(
        self, request: Request, op: Operation, params: dict[str, str], body: bytes, request_id: str
    ) -> _Answer:
        user: User | None = None
        token: Token | None = None
        if op.secured:
            user, token = self._authenticate(request.headers)
        # The spec's rules before anything is looked up: a malformed request is a 400 naming the field.
        self.checker.parameters(op, params, request.query_params, request.headers)
        parsed = self.checker.body(op, body)
        workspace = None
        if "workspace" in params:
            workspace = self.state.workspace(params["workspace"])
            if (
                token is not None
                and token.workspace_id
                and (workspace is None or workspace.id != token.workspace_id)
            ):
                raise StateError(403, "this API key is not valid for that workspace")
            if workspace is None:
                raise StateError(404, f"workspace {params['workspace']!r} not found")
            if user is not None and user.id not in workspace.members:
                raise StateError(403, f"you are not a member of workspace {workspace.name!r}")
        func = HANDLERS.get(op.operation_id)
        if func is None or user is None:
            return self._generic(op, request)
        reply: Reply = func(
            Context(
                state=self.state,
                op=op,
                params=params,
                query=request.query_params,
                headers=request.headers,
                body=parsed,
                user=user,
                token=token,
                workspace=workspace,
            )
        )
        if isinstance(reply, StreamedReply):
            return _Answer(reply.status, b"", reply.content_type, dict(reply.headers), op, stream=reply)
        content = b"" if reply.body is None else json.dumps(reply.body, separators=(",", ":")).encode()
        ctype = (op.responses.get(reply.status, (None, None))[0] or "application/json") if content else None
        return _Answer(reply.status, content, ctype, dict(reply.headers), op)

    def _generic(self, op: Operation, request: Request) -> _Answer:
        status = op.success_status
        if "range" in request.headers and 206 in op.responses:
            status = 206
        content, ctype = self._example(op, status)
        headers: dict[str, str] = {}
        if op.method == "HEAD":
            headers["Content-Length"] = str(len(content))
            content = b""
        return _Answer(status, content, ctype, headers, op)

    def _example(self, op: Operation, status: int) -> tuple[bytes, str | None]:
        key = (op.operation_id, status)
        cached = _EXAMPLE_CACHE.get(key)
        if cached is None:
            ctype, schema = op.responses.get(status, (None, None))
            if ctype is None:
                cached = (b"", None)
            else:
                root = str(schema["$ref"]).rpartition("/")[2] if schema and "$ref" in schema else "Response"
                value = self.examples.build(schema)
                cached = (render_body(value, ctype, root=root), ctype)
            _EXAMPLE_CACHE[key] = cached
        return cached
