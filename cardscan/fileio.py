"""Files: the pieces of atomic writing that the library and the exporters share, and the one safe way to read a
file that may be anything (a pipe, a device, a huge sparse file)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cardscan.errors import InputFileError


def write_synced(fd: int, data: bytes) -> None:
    """Write `data` to the open file descriptor `fd` (taking ownership), flush and fsync it, close it."""
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (best effort: not every platform can open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# --- reading files that may be anything: only regular files are opened, their size checked first ---

_CHUNK = 1 << 20


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "not a regular file"


def _reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).lower()


def describe_size(size: int) -> str:
    return f"{size // 1_048_576} MB" if size >= 1_048_576 else f"{size} bytes"


@contextlib.contextmanager
def open_regular(path: str, max_bytes: int | None) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """The file at `path`, open for reading, if it is a regular file of at most `max_bytes` (None: any size).

    Everything is checked before a byte is read: a named pipe is never opened for reading (it would wait for a
    writer forever), a link to /dev/zero never read (it never ends), a huge or sparse file refused from its size.
    The file is opened without blocking and checked again on the open descriptor, so a file swapped for a pipe in
    between is refused too. Raises InputFileError with a reason a user understands."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "no such file"
        raise InputFileError(path, reason) from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except (OSError, ValueError) as exc:
        raise InputFileError(path, f"cannot be read ({_reason(exc)})") from None
    _check(path, st, max_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputFileError(path, "the file disappeared before it could be read") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({_reason(exc)})") from None
    try:
        opened = os.fstat(fd)
        _check(path, opened, max_bytes)
        os.set_blocking(fd, True)
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        yield f, opened


def _check(path: str, st: os.stat_result, max_bytes: int | None) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(path, _kind(st.st_mode))
    if st.st_size == 0:
        raise InputFileError(path, "empty file")
    if max_bytes is not None and st.st_size > max_bytes:
        raise InputFileError(path, f"file too large for a photo ({describe_size(st.st_size)}, the limit is "
                                   f"{describe_size(max_bytes)})")


def read_regular(path: str, max_bytes: int) -> bytes:
    """All the bytes of a regular file of at most `max_bytes` (see open_regular): read once."""
    with open_regular(path, max_bytes) as (f, _):
        try:
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise InputFileError(path, f"cannot be read ({_reason(exc)})") from None
    if not data:
        raise InputFileError(path, "empty file")
    if len(data) > max_bytes:  # it grew since it was checked
        raise InputFileError(path, f"file too large for a photo (over {describe_size(max_bytes)})")
    return data


def sha256_regular(path: str, max_bytes: int) -> str:
    """The sha256 of a regular file of at most `max_bytes`, read in chunks (see open_regular)."""
    digest = hashlib.sha256()
    read = 0
    with open_regular(path, max_bytes) as (f, _):
        try:
            while read <= max_bytes and (chunk := f.read(_CHUNK)):
                digest.update(chunk)
                read += len(chunk)
        except OSError as exc:
            raise InputFileError(path, f"cannot be read ({_reason(exc)})") from None
    if read > max_bytes:
        raise InputFileError(path, f"file too large for a photo (over {describe_size(max_bytes)})")
    return digest.hexdigest()


def read_head(path: str, size: int) -> bytes:
    """The first `size` bytes of a regular file; b"" for anything else (a pipe, a device, a folder, unreadable)."""
    try:
        with open_regular(path, None) as (f, _):
            return f.read(size)
    except (InputFileError, OSError):
        return b""
