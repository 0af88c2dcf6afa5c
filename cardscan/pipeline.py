"""Photos -> read cards, in parallel. Returns results; the caller stores them.

Inputs: files and folders (walked recursively). Work: `cardscan.reading.read_photo` in worker
processes, each with one persistent OCR engine (the model loads once per worker). Results come
back in input order with a bounded number of photos in flight, so memory stays flat however
many photos there are.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path

from cardscan.errors import InputFileError
from cardscan.imaging import IMAGE_EXTENSIONS, looks_like_image
from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES, OcrEngine, create_engine
from cardscan.reading import PhotoResult, read_photo

# A worker peaks at ~0.3-0.4 GB (OCR models + a 12-MP photo being read): two keep a scan under 1 GiB
# whatever the machine; --jobs N asks for more.
DEFAULT_MAX_WORKERS = 2


@dataclass(frozen=True)
class ScanOptions:
    engine: str = DEFAULT_ENGINE
    languages: str = DEFAULT_LANGUAGES
    default_region: str | None = None
    jobs: int = 0  # 0: one worker per core, at most DEFAULT_MAX_WORKERS

    def worker_count(self, photos: int) -> int:
        jobs = self.jobs if self.jobs > 0 else min(os.cpu_count() or 1, DEFAULT_MAX_WORKERS)
        return max(1, min(jobs, photos))


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
    """The same digest `load_photo` records, without decoding: to skip photos the library has."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# --- workers ---

_worker_engine: OcrEngine | None = None
_worker_region: str | None = None


def _init_worker(engine: str, languages: str, default_region: str | None) -> None:
    import cv2

    global _worker_engine, _worker_region
    cv2.setNumThreads(1)  # parallelism is one process per core; threads inside would fight them
    _worker_engine = create_engine(engine, languages)
    _worker_region = default_region


def _work(path: str) -> PhotoResult:
    assert _worker_engine is not None
    return read_photo(path, _worker_engine, default_region=_worker_region)


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
    queue = deque(photos)
    while queue:
        yield from _run_pool(queue, workers, context, options)


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
            yield read_photo(path, engine, default_region=options.default_region)
    finally:
        engine.close()
