"""Content-addressed image files beside the library database.

A file is stored once under `files/ab/abcdef….ext`, named by the sha256 of its
bytes, so storing the same crop or photo twice is a no-op and a file's name
proves its content. Files are written atomically (temp file in the same
folder, fsync, os.replace) and always before the database rows that point at
them: a crash can leave an unreferenced file behind, never a row without its
file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from cardscan.errors import InputFileError, LibraryError
from cardscan.fileio import fsync_dir, remove_quietly, write_synced

_CHUNK = 1 << 20
_SUFFIX_ALIASES = {".jpeg": ".jpg", ".jpe": ".jpg", ".tif": ".tiff", ".heif": ".heic"}
_SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def normal_suffix(name: str) -> str:
    """The file-name extension used in the store: lowercase, one spelling per format."""
    suffix = Path(name).suffix.lower()
    suffix = _SUFFIX_ALIASES.get(suffix, suffix)
    return suffix if _SAFE_SUFFIX.match(suffix) else ".bin"



class FileStore:
    """The `files/` folder of a library. Paths in the database are relative to it (posix form)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def relative_path(self, digest: str, suffix: str) -> str:
        return f"{digest[:2]}/{digest}{suffix}"

    def absolute(self, relative: str) -> Path:
        return self.root / relative

    def _prepare(self, relative: str) -> Path:
        target = self.absolute(relative)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{target.parent}: cannot create the folder for image files ({exc.strerror})") from exc
        return target

    def _already_there(self, target: Path, digest: str) -> bool:
        # Content-addressed: a file of that name with the right content is the same file.
        try:
            return target.is_file() and sha256_file(target) == digest
        except OSError:
            return False

    def put_bytes(self, data: bytes, suffix: str = ".jpg") -> str:
        """Store `data`; return its relative path. Idempotent."""
        digest = sha256_bytes(data)
        relative = self.relative_path(digest, suffix)
        target = self._prepare(relative)
        if self._already_there(target, digest):
            return relative
        fd, tmp = tempfile.mkstemp(prefix=f".{digest[:16]}.", suffix=".tmp", dir=target.parent)
        try:
            write_synced(fd, data)
            os.replace(tmp, target)
        except OSError as exc:
            remove_quietly(tmp)
            raise LibraryError(f"{target}: cannot write the image file ({exc.strerror})") from exc
        fsync_dir(target.parent)
        return relative

    def put_file(self, source: Path, digest: str) -> str:
        """Keep a copy of the photo `source` whose sha256 is `digest`; return its relative path.

        A real copy, never a hard link: a photo edited in place later (rotated, cropped) must not
        change the library's copy. The copy is checked against `digest`: a photo that changed
        after it was read is refused.
        """
        relative = self.relative_path(digest, normal_suffix(source.name))
        target = self._prepare(relative)
        if self._already_there(target, digest):
            return relative
        fd, tmp = tempfile.mkstemp(prefix=f".{digest[:16]}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            shutil.copyfile(source, tmp)
            if sha256_file(Path(tmp)) != digest:
                raise InputFileError(source, "the photo changed while it was being scanned", hint="scan it again")
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            remove_quietly(tmp)
            raise LibraryError(f"{target}: cannot keep a copy of the photo {source} ({exc.strerror})") from exc
        except BaseException:
            remove_quietly(tmp)
            raise
        fsync_dir(target.parent)
        return relative

    def adopt(self, other: Path) -> int:
        """Move the image files of `other` (a misplaced files folder of the same library) into this one; returns
        how many were moved. Content-addressed: a file already here is the same file, and its copy is dropped.
        Each move is a rename (the file is whole in one place or the other); `other` is removed once empty."""
        moved = 0
        for sub in sorted(p for p in other.iterdir() if p.is_dir() and not p.name.startswith(".")):
            for source in sorted(sub.iterdir()):
                if not source.is_file() or source.name.startswith("."):
                    continue
                relative = f"{sub.name}/{source.name}"
                target = self._prepare(relative)
                if self._already_there(target, source.stem):
                    source.unlink()
                else:
                    os.replace(source, target)
                    fsync_dir(target.parent)
                    moved += 1
            with contextlib.suppress(OSError):
                sub.rmdir()
        with contextlib.suppress(OSError):
            other.rmdir()
        return moved
