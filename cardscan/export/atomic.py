"""Writing export files atomically, never overwriting one silently.

The data goes to a temporary file in the target's folder, is flushed and fsync'ed, and only then takes the
target's name: a reader (or a crash) sees the old file or the whole new one, never half a file. Without
`overwrite`, the new file is put in place with a hard link, which fails if the name exists, so even a file
created a moment earlier by another program is not replaced. With it, only a regular file is replaced: never a
device, a pipe or a symbolic link.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from cardscan.errors import ExportError, OutputExistsError
from cardscan.fileio import fsync_dir, remove_quietly, write_synced


def write_atomic(path: str | Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write `data` to `path`. Raises OutputExistsError if it exists and `overwrite` is false."""
    target = Path(path)
    folder = target.parent
    try:
        if target.is_dir():
            raise ExportError(f"{target}: is a folder", hint="give a file name")
        if not folder.is_dir():
            raise ExportError(f"{folder}: folder does not exist", hint="create it first or choose another output")
        exists = os.path.lexists(target)
    except OSError as exc:  # e.g. a name too long for the file system
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from exc
    if exists and not overwrite:
        raise OutputExistsError(target)
    if exists:
        _check_replaceable(target)
    mode = _mode_for(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from exc
    try:
        write_synced(fd, data)
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_no_clobber(tmp, target)
    except FileExistsError as exc:
        remove_quietly(tmp)
        raise OutputExistsError(target) from exc
    except OSError as exc:
        remove_quietly(tmp)
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    fsync_dir(folder)


def _check_replaceable(target: Path) -> None:
    """--force replaces a regular file and nothing else: not a device (as root, /dev/null), a pipe, a socket, nor a
    symbolic link (renaming over it would replace the link, not the file it points at)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from exc
    if stat.S_ISREG(mode):
        return
    what = ("a symbolic link" if stat.S_ISLNK(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "not a regular file")
    raise ExportError(f"{target}: is {what}, not a regular file; --force replaces regular files only",
                      hint="choose another output file, or -o - for stdout")


def _link_no_clobber(tmp: str, target: Path) -> None:
    try:
        os.link(tmp, target)
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from exc
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from exc
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
