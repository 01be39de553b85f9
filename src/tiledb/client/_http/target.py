"""What the HTTP layer is told about the server it opens clients for.

The session layer hands a session, or a profile's settings before login; both fit
:class:`Target`, so this layer names them without importing the layer above it.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Target"]


class Target(Protocol):
    """What a client is opened for: a session, or a profile's settings before login (both of the
    session layer above, which this layer does not import)."""

    @property
    def server_address(self) -> str:
        """The server's base URL."""

    @property
    def token(self) -> str | None:
        """The API token, sent as a header when set."""

    @property
    def username(self) -> str | None:
        """The user name for basic auth, when there is no token (settings before login also have
        a ``password``; a session has none)."""

    @property
    def verify_ssl(self) -> bool:
        """Whether the server's TLS certificate is checked."""

    @property
    def ca_file(self) -> str | None:
        """A PEM bundle of the certificate authorities to trust instead of the system's."""

    @property
    def profile_label(self) -> str:
        """Where the settings came from, for messages."""
