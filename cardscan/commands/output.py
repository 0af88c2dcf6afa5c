"""Writing to stdout, where the reader may have gone (`| head`) or the device be full (`> /dev/full`).

Every command writes its output through `write_stdout`: a failed write becomes an `OutputError` (one line on
stderr, exit 1) instead of a traceback or a silent success, and stdout is pointed at /dev/null so that nothing
later (Python's last flush at exit) fails again.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from cardscan.errors import OutputError, StdoutClosed


def write_stdout(data: str | bytes) -> None:
    """Write and flush; raises StdoutClosed or OutputError when stdout cannot take it."""
    with writing_stdout():
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)


@contextmanager
def writing_stdout() -> Iterator[None]:
    """Around any writing to stdout (a Rich table too): flushes at the end, and turns a failed write into
    StdoutClosed (the reader went away) or OutputError (a full device, an I/O error)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise StdoutClosed("stdout was closed before all of the output was written") from None
    except OSError as exc:
        silence_stdout()
        reason = (exc.strerror or str(exc)).lower()
        raise OutputError(f"cannot write to stdout ({reason})", hint="the output is incomplete") from None


def silence_stdout() -> None:
    """Point stdout at /dev/null (what is still buffered is dropped there)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
