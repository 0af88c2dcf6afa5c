"""Photos -> read cards, in parallel. Returns results; the caller stores them.

Inputs: files and folders (walked recursively). Work: `cardscan.reading.read_photo` in worker
processes, each with one persistent OCR engine (the model loads once per worker). Results come
back in input order with a bounded number of photos in flight, so memory stays flat however
many photos there are.
"""

from __future__ import annotations

import ctypes
import functools
import io
import multiprocessing
import os
import stat
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from pathlib import Path

from cardscan.errors import InputFileError
from cardscan.fileio import sha256_regular
from cardscan.imaging import IMAGE_EXTENSIONS, looks_like_image
from cardscan.imaging.load import MAX_FILE_BYTES
from cardscan.ocr import OcrEngine, create_engine
from cardscan.reading import PhotoResult, read_photo
from cardscan.scan_options import DEFAULT_MAX_WORKERS, ScanOptions

__all__ = ["DEFAULT_MAX_WORKERS", "Inputs", "ScanOptions", "collect_inputs", "file_sha256", "scan_photos"]

@dataclass(frozen=True)
class Inputs:
    photos: list[str]  # files to read, as given or as found in a folder
    problems: list[InputFileError]  # paths that cannot be read at all


def collect_inputs(paths: Iterable[str]) -> Inputs:
    """Expand folders (recursively, sorted, hidden entries skipped) into image files.

    A file named explicitly is always tried (and fails with a reason if it is not an image).
    Inside a folder, files with an image extension are taken, and files with no extension when
    their first bytes say image; other files (notes, truth JSON, ...) are left alone.
    """
    photos: list[str] = []
    problems: list[InputFileError] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            photos.append(path)

    for given in paths:
        try:
            st = os.stat(given)
        except FileNotFoundError:
            reason = "broken symbolic link" if os.path.islink(given) else "no such file or directory"
            problems.append(InputFileError(given, reason))
            continue
        except OSError as exc:
            problems.append(InputFileError(given, exc.strerror or str(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(given, add, problems)
        else:
            add(given)
    return Inputs(photos, problems)


def _walk(folder: str, add: Callable[[str], None], problems: list[InputFileError]) -> None:
    def on_error(exc: OSError) -> None:
        problems.append(InputFileError(exc.filename or folder, exc.strerror or str(exc)))

    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            suffix = Path(name).suffix.lower()
            if suffix in IMAGE_EXTENSIONS:
                if os.path.islink(path) and not os.path.exists(path):
                    problems.append(InputFileError(path, "broken symbolic link"))
                else:
                    add(path)
            elif suffix == "" and looks_like_image(path):
                add(path)


def file_sha256(path: str) -> str:
    """The same digest `load_photo` records, without decoding: to skip photos the library has.

    Raises InputFileError for a file `load_photo` would refuse unread (a pipe, a device, too large)."""
    return sha256_regular(path, MAX_FILE_BYTES)  # a regular file only, its size checked first


# --- workers ---

_worker_engine: OcrEngine | None = None
_worker_region: str | None = None


def _init_worker(engine: str, languages: str, default_region: str | None) -> None:
    import cv2

    global _worker_engine, _worker_region
    _exit_with_parent()
    cv2.setNumThreads(1)  # parallelism is one process per core; threads inside would fight them
    _worker_engine = create_engine(engine, languages)
    _worker_region = default_region


def _exit_with_parent() -> None:
    """End this worker as soon as the process that started it is gone (killed, even with SIGKILL): a worker holds
    ~0.3 GB and would otherwise wait for work forever. The parent's sentinel is a pipe that the kernel closes when
    the parent dies; a thread waits on it."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)  # no clean-up to run: the parent, which owns the work, is gone

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _work(path: str) -> PhotoResult:
    assert _worker_engine is not None
    try:
        return read_photo(path, _worker_engine, default_region=_worker_region)
    finally:
        _give_back_freed_memory()


def _give_back_freed_memory() -> None:
    """Hand the memory freed after a photo back to the system. glibc's malloc keeps what a photo's reading freed
    (a decoded 12-MP photo, the OCR's tensors) in its heaps, scattered between the blocks still in use: a rapidocr
    worker grew from 200 MB after one photo to 340 MB after a dozen and near 450 MB after 200, and its peak with
    it. malloc_trim returns every free page (a few milliseconds a photo). Where the C library has no malloc_trim
    (macOS, musl), nothing is done."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's malloc_trim, looked up once per process; None where it has none."""
    return getattr(ctypes.CDLL(None), "malloc_trim", None)


def scan_photos(photos: list[str], options: ScanOptions) -> Iterator[PhotoResult]:
    """Read every photo; yields one PhotoResult per photo, in input order."""
    if not photos:
        return
    workers = options.worker_count(len(photos))
    # Tesseract's OpenMP threads would fight the worker processes (2-3x slower); the
    # pytesseract engine's child processes inherit this too.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if workers == 1:
        yield from _scan_in_process(photos, options)
        return
    # spawn: workers start clean (no threads inherited from the caller, e.g. a progress bar) and
    # talk over pipes, not sockets.
    context = multiprocessing.get_context("spawn")
    _start_resource_tracker_quietly()
    queue = deque(photos)
    while queue:
        yield from _run_pool(queue, workers, context, options)


def _start_resource_tracker_quietly() -> None:
    """Start multiprocessing's resource tracker (it unlinks the pool's semaphores if cardscan is killed) with its
    stderr on /dev/null: after a `kill -9` it cleans up without "leaked semaphore" warnings on the user's terminal.
    (sys.stderr is set aside too: inside the triage app it has no file descriptor to hand over.)"""
    from multiprocessing import resource_tracker

    captured = sys.stderr
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr = io.StringIO()
        os.dup2(devnull, 2)
        resource_tracker.ensure_running()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)
        sys.stderr = captured


def _run_pool(queue: deque[str], workers: int, context: BaseContext, options: ScanOptions) -> Iterator[PhotoResult]:
    """Feed the pool from `queue` until it is empty or a worker dies.

    A worker that dies (a crash inside a native library) breaks the whole pool: the photo at the
    head is reported as failed, the others in flight go back to the queue for a new pool.
    """
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(options.engine, options.languages, options.default_region),
    ) as pool:
        pending: deque[tuple[str, Future[PhotoResult]]] = deque()
        while queue or pending:
            while queue and len(pending) < workers * 2:
                path = queue.popleft()
                pending.append((path, pool.submit(_work, path)))
            path, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                queue.extendleft(reversed([p for p, _ in pending]))
                crashed = InputFileError(path, "the reader crashed on this photo")  # the name escaped, one line
                yield PhotoResult(source=path, error=crashed.user_message())
                return
            try:
                yield result
            except GeneratorExit:  # the caller stopped (quit, Ctrl-C): drop the photos not started yet
                for _, queued in pending:
                    queued.cancel()
                raise


def _scan_in_process(photos: list[str], options: ScanOptions) -> Iterator[PhotoResult]:
    engine = create_engine(options.engine, options.languages)
    try:
        for path in photos:
            result = read_photo(path, engine, default_region=options.default_region)
            _give_back_freed_memory()
            yield result
    finally:
        engine.close()
