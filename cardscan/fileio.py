"""The pieces of atomic file writing that the library and the exporters share."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


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
