"""``tiledb://workspace/teamspace/path`` for the data stack: an fsspec filesystem over :mod:`.files`.

Installed with the ``fsspec`` extra (``pip install tiledb-rest-client[fsspec]``) and registered
under the ``tiledb`` protocol, so pandas, pyarrow, Dask and anything else that opens fsspec URLs
read and write files of a teamspace::

    import pandas as pd
    frame = pd.read_csv("tiledb://my-ws/general/data/survey.csv")

Requests go through the current session (``tiledb.client.login()``) or, with
``storage_options={"profile_name": ..., "profile_dir": ...}`` (or ``token``/``host``), through a
session the filesystem keeps for itself: every request of that filesystem sends those credentials,
whatever the process's current session is or other filesystems use.

* Reads are ranged: ``open(path, "rb")`` fetches blocks with ``Range`` requests as they are
  needed (read-ahead for sequential reads), so a Parquet reader that wants three columns fetches
  those columns, not the file; every block must carry the file's first ``ETag``.
* Writes stream: ``open(path, "wb")`` sends each block as one part of a multipart upload (a small
  file goes in one ``PUT`` when it is closed); leaving the ``with`` block by an exception aborts
  the upload, so no partial file appears. Missing parent folders are created.
* Listings are cached in ``dircache``; every write through the filesystem drops the entries it
  makes stale.
* Failures are ``FileNotFoundError``, ``IsADirectoryError``, ``NotADirectoryError``,
  ``FileExistsError`` or ``PermissionError`` where one of those fits, else the
  :class:`~tiledb.client.files.FilesError`.

* Deletes follow :mod:`tiledb.client._transfer.deletes`: a folder that holds anything goes only
  with ``recursive=True``, an array or a group never on its own path.
* Workspaces and teamspaces are directories (``ls("tiledb://ws")`` lists the teamspaces).

The filesystem pickles to other processes (Dask workers): with a profile, the worker opens a
session with that profile for the filesystem; with a token or the current session, the token
travels inside the pickle, never in a ``repr``, a log line or a Dask task name.
"""

from __future__ import annotations

import errno
import os
import shutil
from typing import Any

import fsspec
from fsspec.callbacks import NoOpCallback
from fsspec.spec import AbstractFileSystem

from .._highlevel.errors import FilesError
from .._transfer.deletes import assets_inside
from .._transfer.ops import (
    Stat,
    delete,
    entries_below,
    make_folder,
    move,
    read_range,
    stat,
    target_of,
    uri_of,
)
from .._transfer.remote import http
from .._transfer.sessions import session_for
from .._transfer.target import Target
from ._batch import Planner, check_batch_size, run_gets, run_puts
from ._file import DEFAULT_WRITE_BLOCK, TileDBFile, progress_for
from ._support import Credentials, Secret, os_errors, with_session

__all__ = ["TileDBFile", "TileDBFileSystem"]

#: Bytes per block of a read (and read-ahead): a few column chunks of a Parquet file.
DEFAULT_READ_BLOCK = 2**20
#: The storage options fsspec itself reads (its listing cache), accepted beside the filesystem's own.
_FSSPEC_OPTIONS = frozenset({"use_listings_cache", "listings_expiry_time", "max_paths"})


class TileDBFileSystem(AbstractFileSystem):  # type: ignore[misc]
    """Files of TileDB teamspaces as an fsspec filesystem (protocol ``tiledb``).

    Paths are ``tiledb://workspace/teamspace/path`` or, without the protocol,
    ``workspace/teamspace/path``; the teamspace root is a directory.

    :param profile_name: Open a session of the filesystem's own with this profile (in this
        process and in every process the filesystem is sent to); ``None`` with no ``token``
        uses the process's current session.
    :param profile_dir: Directory of that profile's ``profiles.json``.
    :param block_size: Default bytes per block for reads.
    :param token: An API token for a session of the filesystem's own (hidden in every repr).
    :param host: The server of that token (default: the profile's, else api.tiledb.com).
    """

    protocol = "tiledb"
    root_marker = ""
    #: The ``put_file`` / ``get_file`` calls of a ``put`` / ``get`` being planned in this thread.
    _planner = Planner()

    def __init__(
        self,
        profile_name: str | None = None,
        profile_dir: str | None = None,
        block_size: int | None = None,
        token: str | Secret | None = None,
        host: str | None = None,
        **kwargs: Any,
    ) -> None:
        credentials = kwargs.pop("_credentials", None)
        unknown = sorted(set(kwargs) - _FSSPEC_OPTIONS)
        if unknown:
            raise TypeError(
                f"TileDBFileSystem got unknown storage options {', '.join(map(repr, unknown))}: it takes "
                "profile_name, profile_dir, token, host, block_size and "
                f"{', '.join(sorted(_FSSPEC_OPTIONS))}."
            )
        secret = token if isinstance(token, Secret) or token is None else Secret(token)
        options: dict[str, Any] = {"profile_name": profile_name, "profile_dir": profile_dir}
        if secret is not None:
            options["token"] = secret  # masked in every repr of storage_options
        if host is not None:
            options["host"] = host
        super().__init__(block_size=block_size, **options, **kwargs)
        self.profile_name = profile_name
        self.profile_dir = profile_dir
        self.host = host
        self.default_block_size = block_size or DEFAULT_READ_BLOCK
        #: The session of every request of this filesystem (``None``: the process's current one).
        self._session: Any = None
        if profile_name is not None or profile_dir is not None or secret is not None:
            self._session = session_for(
                profile_name=profile_name,
                profile_dir=profile_dir,
                token=None if secret is None else secret.value,
                host=host,
            )
        elif isinstance(credentials, Credentials):
            self._session = credentials.session()
        elif host is not None:
            raise TypeError("host= needs a token= or a profile_name= to go with it")

    @property
    def storage_options(self) -> dict[str, Any]:
        """The options the filesystem was opened with (a token among them shows as ``<token>``)."""
        return self._storage_options

    @storage_options.setter
    def storage_options(self, value: dict[str, Any]) -> None:
        # fsspec stores the caller's own keywords here after __init__: keep the token masked.
        self._storage_options = {
            k: Secret(v) if k == "token" and isinstance(v, str) and v else v for k, v in value.items()
        }

    def __repr__(self) -> str:
        if self.profile_name or self.profile_dir:
            source = f"profile {self.profile_name or 'default'!r}"
        elif "token" in self.storage_options:
            source = f"a token for {self._session.server_address}"
        elif self._session is not None:
            source = f"the session of {self._session.server_address} it was sent with"
        else:
            source = "the current session"
        return f"<TileDBFileSystem using {source}>"

    def __reduce__(self) -> tuple[Any, ...]:
        options = dict(self.storage_options)
        options.pop("_credentials", None)
        if self.profile_name is None and self.profile_dir is None and "token" not in options:
            options["_credentials"] = Credentials.capture(self._session)
        return (_rebuild, (type(self), self.storage_args, options))

    # ------------------------------------------------------------------------------ paths
    @classmethod
    def _strip_protocol(cls, path: Any) -> Any:
        if isinstance(path, list):
            return [cls._strip_protocol(p) for p in path]
        text = os.fspath(path) if not isinstance(path, str) else path
        if text.startswith("tiledb://"):
            text = text[len("tiledb://") :]
        elif text.startswith("tiledb::"):
            text = text[len("tiledb::") :]
        return text.strip("/")

    def unstrip_protocol(self, name: str) -> str:
        """The ``tiledb://`` URL of a path of this filesystem."""
        return "tiledb://" + str(self._strip_protocol(name))

    def _target(self, path: str) -> Target:
        stripped = self._strip_protocol(path)
        if stripped.count("/") < 1:
            raise ValueError(f"{path!r} names no teamspace: write tiledb://<workspace>/<teamspace>/<path>.")
        try:
            return target_of(stripped)
        except FilesError as exc:
            raise ValueError(str(exc)) from None

    @staticmethod
    def _name(target: Target) -> str:
        return "/".join(p for p in (target.workspace, target.teamspace, target.path) if p)

    def _entry(self, item: Stat) -> dict[str, Any]:
        info: dict[str, Any] = {"name": self._name(item.target), "size": item.size, "type": item.kind}
        if item.kind == "file":
            info["ETag"] = item.etag
            info["LastModified"] = item.last_modified
            info["mtime"] = item.last_modified.timestamp() if item.last_modified else None
        return info

    # ---------------------------------------------------------------------------- listing
    @with_session
    def ls(self, path: str, detail: bool = True, refresh: bool = False, **kwargs: Any) -> list[Any]:
        """The entries of a directory (or ``[info]`` of a file), from the cache unless ``refresh``."""
        path = self._strip_protocol(path)
        entries = None if refresh else self._from_cache(path)
        if entries is None:
            entries = self._list_workspace(path) if "/" not in path else self._list(path)
        return entries if detail else [e["name"] for e in entries]

    def _list_workspace(self, path: str) -> list[dict[str, Any]]:
        """A workspace's teamspaces, as directories."""
        from .._transfer.remote import teamspace_names

        if not path:
            raise FileNotFoundError(errno.ENOENT, "Name a workspace: tiledb://<workspace>/...", path)
        with os_errors(path):
            names = teamspace_names(path)
        if names is None:
            raise FileNotFoundError(errno.ENOENT, "No such workspace", path)
        entries = [{"name": f"{path}/{n}", "size": 0, "type": "directory"} for n in names]
        self.dircache[path] = entries
        return list(entries)

    def _from_cache(self, path: str) -> list[dict[str, Any]] | None:
        if path in self.dircache:
            return list(self.dircache[path])
        parent = self._parent(path)
        if parent in self.dircache:
            found = [e for e in self.dircache[parent] if e["name"] == path and e["type"] == "file"]
            if found:
                return found
        return None

    def _list(self, path: str) -> list[dict[str, Any]]:
        from .._transfer.listing import FileEntry

        target = self._target(path)
        with os_errors(path):
            listed = entries_below(target, recursive=False)
            if not listed and target.path:
                item = stat(target)
                if item is None:
                    raise FileNotFoundError(2, "No such file or directory", path)
                if item.kind != "directory":
                    return [self._entry(item)]
        entries = []
        for entry in listed:
            child = Target(target.workspace, target.teamspace, entry.path.strip("/"))
            if isinstance(entry, FileEntry):
                entries.append(self._entry(Stat(child, "file", entry.size, entry.etag, entry.last_modified)))
            else:
                entries.append(self._entry(Stat(child, "directory")))
        with os_errors(path):
            others = [
                (p, k) for p, k in assets_inside(target, recursive=False) if k not in ("file", "folder")
            ]
        for asset_path, kind in others:  # arrays, groups...: neither file nor directory
            child = Target(target.workspace, target.teamspace, asset_path)
            entries.append({**self._entry(Stat(child, "other")), "asset_type": kind})
        entries.sort(key=lambda e: e["name"])
        self.dircache[path] = entries
        return list(entries)

    @with_session
    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        """Name, size, type (``file``, ``directory`` or ``other``), ETag and modified time of a path."""
        path = self._strip_protocol(path)
        if path in self.dircache:
            return {"name": path, "size": 0, "type": "directory"}
        if path.count("/") < 2:  # a workspace or a teamspace: a directory if it is there
            if "/" not in path:
                self._list_workspace(path)
                return {"name": path, "size": 0, "type": "directory"}
            for entry in self.ls(self._parent(path)):
                if entry["name"] == path:
                    return dict(entry)
            raise FileNotFoundError(errno.ENOENT, "No such teamspace", path)
        target = self._target(path)
        if path in self.dircache:
            return {"name": path, "size": 0, "type": "directory"}
        parent = self._parent(path)
        if parent not in self.dircache:
            # List the parent once: its entries answer info() of every sibling afterwards.
            try:
                self.ls(parent, detail=True)
            except (FileNotFoundError, NotADirectoryError):
                raise FileNotFoundError(2, "No such file or directory", path) from None
        for entry in self.dircache.get(parent, ()):
            if entry["name"] == path:
                return dict(entry)
        with os_errors(path):
            item = stat(target)
        if item is None:
            raise FileNotFoundError(2, "No such file or directory", path)
        return self._entry(item)

    @with_session
    def find(
        self,
        path: str,
        maxdepth: int | None = None,
        withdirs: bool = False,
        detail: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Every file below ``path``, from one recursive listing (folders too with ``withdirs``)."""
        if maxdepth is not None or withdirs:
            return super().find(path, maxdepth=maxdepth, withdirs=withdirs, detail=detail, **kwargs)
        from .._transfer.listing import FileEntry

        path = self._strip_protocol(path)
        target = self._target(path)
        with os_errors(path):
            listed = [e for e in entries_below(target, recursive=True) if isinstance(e, FileEntry)]
        found: dict[str, dict[str, Any]] = {}
        for entry in listed:
            child = Target(target.workspace, target.teamspace, entry.path.strip("/"))
            info = self._entry(Stat(child, "file", entry.size, entry.etag, entry.last_modified))
            found[info["name"]] = info
        if not found and target.path:
            try:
                single: dict[str, Any] | None = self.info(path)
            except FileNotFoundError:
                single = None
            if single is not None and single["type"] == "file":
                found[path] = single
        names = sorted(found)
        return {n: found[n] for n in names} if detail else names

    @with_session
    def modified(self, path: str) -> Any:
        """When the file was last changed (a timezone-aware ``datetime``)."""
        info = self.info(path)
        if info.get("LastModified") is None:
            raise IsADirectoryError(21, "Directories have no modification time here", path)
        return info["LastModified"]

    @with_session
    def ukey(self, path: str) -> str:
        """The file's ETag: it changes whenever the file does."""
        info = self.info(path)
        return str(info.get("ETag") or info.get("LastModified") or info["name"])

    # ------------------------------------------------------------------------------ reads
    @with_session
    def cat_file(self, path: str, start: int | None = None, end: int | None = None, **kwargs: Any) -> bytes:
        """The bytes of a file, or of ``start``..``end`` (negative: from the end) in one request."""
        path = self._strip_protocol(path)
        target = self._target(path)
        if (start is not None and start < 0) or (end is not None and end < 0):
            size = int(self.info(path)["size"])
            start = None if start is None else (start + size if start < 0 else start)
            end = None if end is None else (end + size if end < 0 else end)
        self._must_be_file(path)
        with os_errors(path):
            data, _ = read_range(target, max(start or 0, 0), end)
        return data

    def _must_be_file(self, path: str) -> dict[str, Any]:
        info = self.info(path)
        if info["type"] == "directory":
            raise IsADirectoryError(21, "Is a directory", path)
        if info["type"] != "file":
            raise FileNotFoundError(2, f"Not a file but an asset of another kind ({info['type']})", path)
        return info

    def _open(
        self,
        path: str,
        mode: str = "rb",
        block_size: int | None = None,
        autocommit: bool = True,
        cache_options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> TileDBFile:
        return TileDBFile(self, path, mode, block_size=block_size, cache_options=cache_options, **kwargs)

    # ----------------------------------------------------------------------------- writes
    def _after_write(self, path: str) -> None:
        path = self._strip_protocol(path)
        self.invalidate_cache(path)

    def invalidate_cache(self, path: str | None = None) -> None:
        """Forget cached listings: all of them, or those of ``path`` and every folder above it."""
        if path is None:
            self.dircache.clear()
            return
        path = self._strip_protocol(path)
        self.dircache.pop(path, None)
        below = path + "/"
        for key in [k for k in self.dircache if k.startswith(below)]:
            self.dircache.pop(key, None)
        while path:
            path = self._parent(path)
            self.dircache.pop(path, None)

    @with_session
    def mkdir(self, path: str, create_parents: bool = True, **kwargs: Any) -> None:
        """Create a folder (and, by default, the missing folders above it)."""
        path = self._strip_protocol(path)
        target = self._target(path)
        if target.path and self.exists(path):
            raise FileExistsError(17, "File exists", path)
        with os_errors(path):
            try:
                make_folder(target, parents=create_parents)
            except FilesError as exc:
                if exc.status_code == 409:
                    raise NotADirectoryError(20, str(exc), path) from exc
                raise
        self._after_write(path)

    @with_session
    def makedirs(self, path: str, exist_ok: bool = False) -> None:
        """Create a folder and the missing folders above it; ``exist_ok`` accepts an existing one."""
        path = self._strip_protocol(path)
        try:
            info = self.info(path)
        except FileNotFoundError:
            info = None
        if info is not None:
            if info["type"] != "directory":
                raise FileExistsError(17, "A file exists at that path", path)
            if not exist_ok:
                raise FileExistsError(17, "File exists", path)
            return
        self.mkdir(path, create_parents=True)

    def _ensure_parent(self, path: str) -> None:
        parent = self._parent(self._strip_protocol(path))
        if self._target(parent).path:
            try:
                self.makedirs(parent, exist_ok=True)
            except FileExistsError as exc:  # a file (or an array) where a folder should be
                raise NotADirectoryError(errno.ENOTDIR, "A folder above it is a file", parent) from exc

    @with_session
    def put(
        self,
        lpath: Any,
        rpath: Any,
        recursive: bool = False,
        callback: Any = None,
        maxdepth: int | None = None,
        **kwargs: Any,
    ) -> None:
        """Upload local files: fsspec's rules for which goes where, several files at once.

        :param batch_size: Files in flight at once (default 8); each large file still sends its
            parts in parallel. The callback counts files.
        """
        concurrency = check_batch_size(kwargs.pop("batch_size", None))
        with self._planner.collecting() as calls:
            super().put(lpath, rpath, recursive=recursive, maxdepth=maxdepth, **kwargs)
        run_puts(self, calls, concurrency, callback or NoOpCallback(), http())

    @with_session
    def get(
        self,
        rpath: Any,
        lpath: Any,
        recursive: bool = False,
        callback: Any = None,
        maxdepth: int | None = None,
        **kwargs: Any,
    ) -> None:
        """Download files: fsspec's rules for which goes where, several files at once.

        :param batch_size: Files in flight at once (default 8); each large file still fetches
            its ranges in parallel. The callback counts files.
        """
        concurrency = check_batch_size(kwargs.pop("batch_size", None))
        with self._planner.collecting() as calls:
            super().get(rpath, lpath, recursive=recursive, maxdepth=maxdepth, **kwargs)
        run_gets(self, calls, concurrency, callback or NoOpCallback(), http())

    @with_session
    def put_file(
        self, lpath: str, rpath: str, callback: Any = None, mode: str = "overwrite", **kwargs: Any
    ) -> None:
        """Upload one local file (a local folder becomes a folder) through :func:`files.upload_file`."""
        from .. import files

        if self._planner.take(lpath, rpath, {"mode": mode, **kwargs}):
            return

        rpath = self._strip_protocol(rpath)
        if isinstance(lpath, str | os.PathLike) and os.path.isdir(lpath):
            self.makedirs(rpath, exist_ok=True)
            return
        if isinstance(lpath, str | os.PathLike) and not os.path.exists(lpath):
            raise FileNotFoundError(errno.ENOENT, "No such local file", os.fspath(lpath))
        if mode == "create" and self.exists(rpath):
            raise FileExistsError(errno.EEXIST, "File exists (mode='create' replaces nothing)", rpath)
        target = self._target(rpath)
        progress = progress_for(callback)

        def send() -> None:
            files.upload_file(lpath, uri_of(target), progress=progress)

        with os_errors(rpath, write=True):
            try:
                send()
            except FilesError as exc:
                if exc.status_code != 404:
                    raise
                self._ensure_parent(rpath)
                send()
        self._after_write(rpath)

    @with_session
    def get_file(self, rpath: str, lpath: Any, callback: Any = None, **kwargs: Any) -> None:
        """Download one file (a folder becomes a local folder) through :func:`files.download_file`."""
        from .. import files

        if self._planner.take(rpath, lpath, dict(kwargs)):
            return

        rpath = self._strip_protocol(rpath)
        info = self.info(rpath)
        if info["type"] == "directory":
            if isinstance(lpath, str | os.PathLike):
                os.makedirs(lpath, exist_ok=True)
            return
        if isinstance(lpath, str | os.PathLike):
            parent = os.path.dirname(os.fspath(lpath))
            if parent:
                os.makedirs(parent, exist_ok=True)
        with os_errors(rpath):
            files.download_file(uri_of(self._target(rpath)), lpath, progress=progress_for(callback))

    @with_session
    def rm_file(self, path: str) -> None:
        """Delete one file (a folder or an asset of another kind is refused)."""
        path = self._strip_protocol(path)
        self._must_be_file(path)
        with os_errors(path):
            delete(self._target(path))
        self._after_write(path)

    def _rm(self, path: str) -> None:
        self.rm_file(path)

    @with_session
    def rm(self, path: Any, recursive: bool = False, maxdepth: int | None = None) -> None:
        """Delete files, and folders with everything inside them when ``recursive``.

        Without ``recursive`` a folder is deleted only if it holds nothing (``IsADirectoryError``
        saying what it holds, nothing deleted); with ``maxdepth`` only what lies at most that deep
        goes, and a folder holding something deeper stays. An array or a group is never deleted
        on its own path (``PermissionError``).
        """
        if maxdepth is not None and recursive:
            found = self.expand_path(path, recursive=True, maxdepth=maxdepth)
        elif _magic(path) or isinstance(path, list):
            found = self.expand_path(path, recursive=False)
        else:
            found = [self._strip_protocol(path)]
        for one in sorted(found, reverse=True):
            if not self._target(one).path:
                raise PermissionError(13, "A teamspace root can not be deleted", one)
            try:
                with os_errors(one):
                    delete(self._target(one), recursive=recursive and maxdepth is None)
            except OSError as exc:
                if exc.errno != errno.ENOTEMPTY:
                    raise
                if maxdepth is not None:  # it holds something deeper than maxdepth: it stays
                    continue
                raise IsADirectoryError(errno.EISDIR, exc.strerror, one) from exc
            finally:
                self._after_write(one)

    @with_session
    def rmdir(self, path: str) -> None:
        """Delete an empty folder (``OSError`` ``ENOTEMPTY`` if it holds anything)."""
        path = self._strip_protocol(path)
        if self.info(path)["type"] != "directory":
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", path)
        with os_errors(path):
            delete(self._target(path), recursive=False)
        self._after_write(path)

    @with_session
    def cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        """Copy one file inside TileDB, streamed through this process (constant memory)."""
        path1, path2 = self._strip_protocol(path1), self._strip_protocol(path2)
        if self.info(path1)["type"] == "directory":
            self.makedirs(path2, exist_ok=True)
            return
        with self.open(path1, "rb", block_size=DEFAULT_WRITE_BLOCK) as src, self.open(path2, "wb") as dst:
            shutil.copyfileobj(src, dst, DEFAULT_WRITE_BLOCK)

    @with_session
    def mv(
        self, path1: Any, path2: Any, recursive: bool = False, maxdepth: int | None = None, **kwargs: Any
    ) -> None:
        """Move a file or folder: a rename on the server within one teamspace, else copy and delete."""
        if isinstance(path1, list) or _magic(path1):
            super().mv(path1, path2, recursive=recursive, maxdepth=maxdepth, **kwargs)
            return
        source, dest = self._strip_protocol(path1), self._strip_protocol(path2)
        info = self.info(source)
        try:
            dest_info: dict[str, Any] | None = self.info(dest)
        except FileNotFoundError:
            dest_info = None
        if dest_info is not None and dest_info["type"] == "directory":
            dest = f"{dest}/{source.rpartition('/')[2]}"
        elif dest_info is not None and info["type"] == "directory":
            raise FileExistsError(17, "A file exists at the destination", dest)
        src_t, dst_t = self._target(source), self._target(dest)
        if (src_t.workspace, src_t.teamspace) != (dst_t.workspace, dst_t.teamspace):
            super().mv(source, dest, recursive=True, maxdepth=maxdepth, **kwargs)
            return
        if info["type"] == "file" and dest_info is not None and dest_info["type"] == "file":
            self.rm_file(dest)  # a file replaces a file, as with a local rename
        self._ensure_parent(dest)
        with os_errors(source):
            move(src_t, dst_t, "file" if info["type"] == "file" else "folder")
        self._after_write(source)
        self._after_write(dest)


def _magic(path: Any) -> bool:
    return isinstance(path, str) and any(c in path for c in "*?[")


def _rebuild(cls: type[TileDBFileSystem], args: tuple[Any, ...], options: dict[str, Any]) -> TileDBFileSystem:
    """Re-create a pickled filesystem in another process (installing the credentials it carried)."""
    return cls(*args, **options)


fsspec.register_implementation("tiledb", TileDBFileSystem, clobber=True)
