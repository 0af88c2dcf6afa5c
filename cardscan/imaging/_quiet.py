"""Keep native image libraries from writing to the terminal.

libjpeg (inside OpenCV) prints "Corrupt JPEG data: ..." and libpng prints
"libpng error: ..." with `fprintf(stderr, ...)`. OpenCV's log level does not
reach them. While `quiet_native_stderr()` is active, the C library's `stderr`
stream points at /dev/null; Python's own `sys.stderr` writes go to file
descriptor 2 directly and are not affected, so nothing the application prints
is lost, from this thread or any other.

The swap is reference-counted, so concurrent decodes in several threads are
safe. Where the C library's `stderr` symbol cannot be found (not glibc/musl,
not macOS), it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_saved: int | None = None
_stderr_ptr: ctypes.c_void_p | None = None
_devnull: int | None = None
_ready = False


def _init() -> None:
    global _ready, _stderr_ptr, _devnull
    _ready = True
    try:
        if sys.platform.startswith("win"):
            return
        libc = ctypes.CDLL(None)
        name = "__stderrp" if sys.platform == "darwin" else "stderr"
        ptr = ctypes.c_void_p.in_dll(libc, name)
        fopen = libc.fopen
        fopen.restype = ctypes.c_void_p
        fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        sink = fopen(b"/dev/null", b"w")
        if not sink or not ptr.value:
            return
        _stderr_ptr, _devnull = ptr, sink
    except (OSError, ValueError, AttributeError):
        _stderr_ptr = None


@contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Silence C-level writes to stderr for the duration of the block."""
    global _depth, _saved
    with _lock:
        if not _ready:
            _init()
        if _stderr_ptr is not None:
            if _depth == 0:
                _saved = _stderr_ptr.value
                _stderr_ptr.value = _devnull
            _depth += 1
    try:
        yield
    finally:
        with _lock:
            if _stderr_ptr is not None:
                _depth -= 1
                if _depth == 0:
                    _stderr_ptr.value = _saved
