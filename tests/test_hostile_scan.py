"""Hostile inputs to `cardscan scan` (issue 13), through the real command: pipes and devices named like photos, an
8 GB sparse file, photos deleted or replaced after they were read, a closed or full stdout, images that decode to
far more bytes than they take on disk, 16-bit and float TIFFs, and the scan's processes killed. Everything is
generated; nothing may hang (each run has a timeout), print a traceback, or lose a good photo."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from badinputs import (
    CARDSCAN,
    cardscan_env,
    check_library,
    good_photo,
    photo_sources,
    run_cardscan,
    shown,
    stderr_lines,
)
from hostile import grey_levels, png_streamed
from PIL import Image

from cardscan.ingest import store_result
from cardscan.pipeline import ScanOptions, scan_photos
from cardscan.store import Library

FIFO = "a named pipe (FIFO), not a regular file"
DEVICE = "a device, not a regular file"


def _one_line(lines: list[str], path: Path | str, reason: str) -> None:
    mine = [line for line in lines if line.startswith(f"cardscan: {shown(path)}: ")]
    assert len(mine) == 1 and mine[0].endswith(reason), (path, lines)


@pytest.mark.slow
def test_pipes_devices_and_huge_sparse_files_never_hang_a_scan(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(good_photo(21))
    os.mkfifo(folder / "pipe.jpg")
    os.mkfifo(folder / "pipe-without-extension")  # sniffed for image bytes: must not be opened
    (folder / "zero.jpg").symlink_to("/dev/zero")
    (folder / "random.jpg").symlink_to("/dev/urandom")
    with open(folder / "huge.jpg", "wb") as f:
        f.truncate(8 << 30)  # 8 GB, sparse: takes no disk space, would take minutes to hash
    given_pipe = tmp_path / "given.jpg"
    os.mkfifo(given_pipe)
    library = tmp_path / "library"
    started = time.monotonic()
    done = run_cardscan(library, "scan", "--jobs", "1", str(folder), str(given_pipe), timeout=240)
    lines = stderr_lines(done)
    assert done.returncode == 1, lines
    for path, reason in ((folder / "pipe.jpg", FIFO), (given_pipe, FIFO), (folder / "zero.jpg", DEVICE),
                         (folder / "random.jpg", DEVICE),
                         (folder / "huge.jpg", "file too large for a photo (8192 MB, the limit is 400 MB)")):
        _one_line(lines, path, reason)
    assert not any("pipe-without-extension" in line for line in lines)
    assert len(lines) == 6, lines
    assert list(photo_sources(library)) == [str(folder / "good.jpg")]
    check_library(library)
    # The same with --no-store (no hash of known photos first): the extension-less pipe is still never opened.
    done = run_cardscan(None, "scan", "--no-store", "--jobs", "1", str(folder / "pipe-without-extension"),
                        str(folder), env=cardscan_env(CARDSCAN_LIBRARY=str(tmp_path / "unused")), timeout=240)
    assert done.returncode == 1 and len(stderr_lines(done)) == 6  # the given pipe, the four bad files, the summary
    assert time.monotonic() - started < 200  # generous: the point is that it ends


@pytest.mark.slow
def test_a_photo_deleted_or_replaced_after_it_was_read_is_stored_as_read(tmp_path: Path) -> None:
    first, second = tmp_path / "first.jpg", tmp_path / "second.jpg"
    first.write_bytes(good_photo(22))
    second.write_bytes(good_photo(23))
    read_bytes = {p: p.read_bytes() for p in (first, second)}
    with Library.open(tmp_path / "library") as library:
        for result in scan_photos([str(first), str(second)], ScanOptions(jobs=1)):
            assert result.ok, result.error
            if result.source == str(first):
                first.unlink()  # deleted between reading and storing
            else:
                second.write_bytes(good_photo(24))  # replaced between reading and storing
            assert store_result(library, result, None)
        stored = {library.photo_of(c.id or 0).source_path: library.photo_of(c.id or 0).stored_path
                  for c in library.list_cards()}
    for path in (first, second):
        kept = stored[str(path)]
        assert kept is not None and kept.read_bytes() == read_bytes[path]
    check_library(tmp_path / "library")


def _three_photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in (21, 22, 23):
        (folder / f"card-{seed}.jpg").write_bytes(good_photo(seed))
    return folder


@pytest.mark.slow
def test_scan_json_into_a_closed_pipe_or_a_full_device_still_stores_every_photo(tmp_path: Path) -> None:
    folder = _three_photos(tmp_path)
    library = tmp_path / "closed"
    process = subprocess.Popen([str(CARDSCAN), "--library", str(library), "scan", "--json", "--jobs", "1",
                                str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cardscan_env())
    assert process.stdout is not None
    process.stdout.close()  # as `| head -c0` does: the reader is gone before the first line
    _, err = process.communicate(timeout=240)
    lines = err.decode().splitlines()
    assert process.returncode == 1, lines
    assert lines[0] == ("cardscan: stdout was closed before all of the output was written: the JSON output is "
                        "incomplete (every photo was still read and stored)"), lines
    assert len(photo_sources(library)) == 3
    full = tmp_path / "full"
    with open("/dev/full", "wb") as device:
        done = subprocess.run([str(CARDSCAN), "--library", str(full), "scan", "--json", "--jobs", "1", str(folder)],
                              stdout=device, stderr=subprocess.PIPE, env=cardscan_env(), timeout=240)
    lines = stderr_lines(done)
    assert done.returncode == 1 and "cannot write to stdout (no space left on device)" in lines[0], lines
    assert len(photo_sources(full)) == 3
    with open("/dev/full", "wb") as device:  # the summary table (Rich) on a full device: one line, after storing
        done = subprocess.run([str(CARDSCAN), "--library", str(tmp_path / "summary"), "scan", "--summary", "--jobs",
                               "1", str(folder)], stdout=device, stderr=subprocess.PIPE, env=cardscan_env(),
                              timeout=240)
    lines = stderr_lines(done)
    assert done.returncode == 1 and lines == ["cardscan: cannot write to stdout (no space left on device) (the "
                                              "output is incomplete)"], lines
    assert len(photo_sources(tmp_path / "summary")) == 3


@pytest.mark.slow
def test_16_bit_and_float_grey_tiffs_are_read_like_the_photo(tmp_path: Path) -> None:
    jpeg = tmp_path / "card.jpg"
    jpeg.write_bytes(good_photo(25))
    grey = grey_levels(np.asarray(Image.open(io.BytesIO(good_photo(25))).convert("RGB")))
    Image.fromarray((grey * 4095).astype(np.uint16)).save(tmp_path / "card-12bit-in-16.tif")  # a scanner's 12 bits
    Image.fromarray((grey * 65535).astype(np.uint16)).save(tmp_path / "card-16bit.tif")
    Image.fromarray(grey, "F").save(tmp_path / "card-float.tif")
    done = run_cardscan(None, "scan", "--no-store", "--json", "--jobs", "1", str(jpeg),
                        *(str(tmp_path / n) for n in ("card-12bit-in-16.tif", "card-16bit.tif", "card-float.tif")))
    assert done.returncode == 0, stderr_lines(done)
    records = {Path(r["source"]).name: r["contact"] for r in map(json.loads, done.stdout.decode().splitlines())}
    assert len(records) == 4 and records["card.jpg"]["emails"], records
    for name in ("card-12bit-in-16.tif", "card-16bit.tif", "card-float.tif"):
        assert records[name]["emails"] == records["card.jpg"]["emails"], name
        assert records[name]["name"] == records["card.jpg"]["name"], name


# Runs a command and prints its peak memory. A small process of its own: the peak a parent gets from wait4()
# includes the memory of whoever forked the child (at exec), and the test process itself is large.
PEAK_OF = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss)
"""


def _peak_mib(*args: str) -> tuple[float, list[str]]:
    """Run `cardscan ARGS` and return its peak resident memory (MiB) and its stderr lines."""
    done = subprocess.run([sys.executable, "-c", PEAK_OF, str(CARDSCAN), *args], capture_output=True,
                          env=cardscan_env(), timeout=240)
    return int(done.stdout.split()[-1]) / 1024, done.stderr.decode().splitlines()


WORKER_FIGURE_MIB = 700  # README: any accepted image keeps a worker under 0.7 GB


@pytest.mark.slow
def test_the_heaviest_images_stay_within_the_worker_figure(tmp_path: Path) -> None:
    """A one-process scan (the worker's work, its OCR engine included) of each heaviest case: a 79-MP 16-bit RGBA
    PNG of 0.6 MB (refused from its header), the largest 16-bit RGBA PNG accepted, an 80-MP colour PNG."""
    cases = {
        "bomb-rgba16-79mp.png": png_streamed(10_000, 7_900),
        "rgba16-30mp.png": png_streamed(6_300, 4_750),
        "rgb8-80mp.png": png_streamed(10_000, 8_000, bit_depth=8, colour_type=2, sample=0xF0),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert len(cases["bomb-rgba16-79mp.png"]) < 1_000_000
    for name in cases:
        peak, lines = _peak_mib("scan", "--no-store", "--jobs", "1", str(tmp_path / name))
        assert "Traceback" not in "\n".join(lines)
        assert peak < WORKER_FIGURE_MIB, (name, peak)
        if name.startswith("bomb"):
            assert lines[0].endswith("image too large to read: 10000 x 7900 pixels of 8 bytes take 632 MB decoded, "
                                     "over the limit of 240 MB"), lines


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


ENGINE_LIBRARIES = ("onnxruntime", "tesserocr", "libtesseract")


def _engine_loaded(pid: int) -> bool:
    """The process has an OCR engine's native library mapped: a worker done starting up."""
    try:
        with open(f"/proc/{pid}/maps", encoding="ascii", errors="replace") as f:
            maps = f.read()
    except OSError:
        return False
    return any(name in maps for name in ENGINE_LIBRARIES)


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("how", ["SIGKILL to the scan", "SIGTERM to the process group"])
def test_workers_end_with_the_scan_and_nothing_is_printed(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in range(21, 29):
        (folder / f"card-{seed}.jpg").write_bytes(good_photo(seed))
    process = subprocess.Popen([str(CARDSCAN), "--library", str(tmp_path / "library"), "scan", "--jobs", "2",
                                str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=cardscan_env(),
                               start_new_session=True)
    # Two workers, each past its start-up (its OCR engine loaded: killed while a spawned worker still reads its
    # start-up data from the parent, Python itself prints a traceback), and the resource tracker.
    assert _wait(lambda: len(_children(process.pid)) >= 3 and sum(map(_engine_loaded, _children(process.pid))) >= 2,
                 240), "the workers did not start"
    helpers = _children(process.pid)
    if how.startswith("SIGKILL"):
        process.kill()
    else:
        os.killpg(process.pid, signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert _wait(lambda: not any(_alive(p) for p in helpers), 60), [p for p in helpers if _alive(p)]
    text = err.decode()
    assert "leaked" not in text and "resource_tracker" not in text and "Traceback" not in text, text
    if how.startswith("SIGTERM"):
        assert process.returncode == 130 and text.splitlines()[-1] == "cardscan: interrupted", text
    check_library(tmp_path / "library")
