"""The objects every operation is called with: :class:`Client` and :class:`AuthenticatedClient`.

Both hold the settings of the httpx clients they build on first use (or that are handed to them with
``set_httpx_client`` / ``set_async_httpx_client``). They are plain classes with ``__slots__``
rather than attrs classes: building two attrs classes cost about a millisecond at import, which a
process that makes one call pays in full. Their ``repr`` shows the server, never a credential: no
token, no header or cookie value, no password inside the base URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    import ssl

__all__ = ["AuthenticatedClient", "Client"]


def _shown_url(url: object) -> str:
    """``url`` as text, with a ``user:password@`` part replaced by ``<hidden>@``."""
    text = str(url)
    head, sep, rest = text.partition("//")
    if not sep:
        return text
    ends = [i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0]
    end = min(ends) if ends else len(rest)
    authority = rest[:end]
    if "@" not in authority:
        return text
    return f"{head}//<hidden>@{authority.rpartition('@')[2]}{rest[end:]}"


class _BaseClient:
    """What :class:`Client` and :class:`AuthenticatedClient` share: settings and the httpx clients.

    Not meant to be used on its own; the two subclasses differ only in the headers they send.
    """

    __slots__ = (
        "raise_on_unexpected_status",
        "_base_url",
        "_cookies",
        "_headers",
        "_timeout",
        "_verify_ssl",
        "_follow_redirects",
        "_httpx_args",
        "_client",
        "_async_client",
        "__weakref__",
    )

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies: dict[str, str] = {} if cookies is None else cookies
        self._headers: dict[str, str] = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args: dict[str, Any] = {} if httpx_args is None else httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    # -- what the subclasses refine ------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        """The constructor arguments that would build a client with these settings."""
        return {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }

    def _fields(self) -> tuple[Any, ...]:
        """Everything that makes two clients equal (the httpx clients included)."""
        return (
            self.raise_on_unexpected_status,
            self._base_url,
            self._cookies,
            self._headers,
            self._timeout,
            self._verify_ssl,
            self._follow_redirects,
            self._httpx_args,
            self._client,
            self._async_client,
        )

    def _request_headers(self) -> dict[str, str]:
        """The headers the httpx clients built here send with every request."""
        return self._headers

    def _repr_extra(self) -> str:
        return ""

    # -- dunder methods --------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={_shown_url(self._base_url)!r}{self._repr_extra()})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _BaseClient) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, like the attrs classes

    # -- copies with other settings --------------------------------------------------------------

    def _evolve(self, **changes: Any) -> Self:
        """A new client of the same class with these settings changed (no httpx client yet)."""
        return type(self)(**{**self._settings(), **changes})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client sending ``headers`` on top of this one's.

        The httpx clients this one already built get the headers too.
        """
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client sending ``cookies`` on top of this one's.

        The httpx clients this one already built get the cookies too.
        """
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client using ``timeout``; the httpx clients this one already built use it too."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    # -- the httpx clients -----------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for blocking calls, as it is: this client's own settings no longer apply."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` for blocking calls, built from the settings on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter the ``httpx.Client`` (which httpx allows only once) and return this client."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Leave the ``httpx.Client``, closing its connections."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async calls, as it is: this client's own settings no longer apply."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` for async calls, built from the settings on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the ``httpx.AsyncClient`` (which httpx allows only once) and return this client."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Leave the ``httpx.AsyncClient``, closing its connections."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class Client(_BaseClient):
    """The server to call and how: what every generated operation takes as ``client``.

    Args:
        base_url: The server's address; operation paths are relative to it.
        raise_on_unexpected_status: Accepted, and kept as an attribute, for compatibility with the
            generator's interface; the operations here raise ``errors.ApiError`` for every status
            outside 2xx whatever its value.
        cookies: Cookies sent with every request.
        headers: Headers sent with every request.
        timeout: The httpx timeout of every request (``httpx.TimeoutException`` when exceeded).
        verify_ssl: Whether to verify the server's certificate (``True``), a CA bundle path, or an
            ``ssl.SSLContext``. Only turn it off against a test server.
        follow_redirects: Whether httpx follows redirects (off by default).
        httpx_args: More keyword arguments for the ``httpx.Client`` and ``httpx.AsyncClient``.

    The settings apply to the httpx clients built here on first use, not to one handed over with
    :meth:`set_httpx_client` or :meth:`set_async_httpx_client`.
    """

    __slots__ = ()


class AuthenticatedClient(_BaseClient):
    """A :class:`Client` that also sends a credential, as ``<auth_header_name>: <prefix> <token>``.

    Takes the arguments of :class:`Client`, and:

    Args:
        token: The credential. It is sent with every request but never shown by ``repr``.
        prefix: Written before the token, ``"Bearer"`` by default; with ``""`` the header is the
            bare token.
        auth_header_name: The header that carries it, ``"Authorization"`` by default.

    ``token``, ``prefix`` and ``auth_header_name`` are also attributes; changing them affects only
    the httpx clients built afterwards.
    """

    __slots__ = ("token", "prefix", "auth_header_name")

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            base_url,
            raise_on_unexpected_status=raise_on_unexpected_status,
            cookies=cookies,
            headers=headers,
            timeout=timeout,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=httpx_args,
        )
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _settings(self) -> dict[str, Any]:
        return {
            **super()._settings(),
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
        }

    def _fields(self) -> tuple[Any, ...]:
        return (*super()._fields(), self.token, self.prefix, self.auth_header_name)

    def _request_headers(self) -> dict[str, str]:
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: credential}

    def _repr_extra(self) -> str:
        return f", token=<hidden>, prefix={self.prefix!r}, auth_header_name={self.auth_header_name!r}"
