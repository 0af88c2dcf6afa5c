"""Bad inputs beside good photos, through the real `cardscan` command: one stderr line per bad file, naming it and
saying why; never a traceback; every good photo still scanned and stored; exit status 1 (0 when all is well,
2 for a usage error). Decompression bombs are refused from their header, fast and without the memory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from badinputs import (
    PERMISSION,
    BadInput,
    build_corpus,
    check_library,
    good_photo,
    jpeg_claiming,
    photo_sources,
    png_bomb,
    png_claiming,
    run_cardscan,
    shown,
    stderr_lines,
)


def _line_for(lines: list[str], bad: BadInput) -> str:
    prefix = f"cardscan: {shown(bad.path)}: "
    mine = [line for line in lines if line.startswith(prefix)]
    assert len(mine) == 1, f"{bad.path!r}: expected one line, got {mine}"
    return mine[0]


@pytest.mark.slow
def test_a_folder_of_bad_inputs_beside_good_photos(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path)
    library = tmp_path / "library"
    done = run_cardscan(library, "scan", "--jobs", "2", "--json", *corpus.arguments())
    lines = stderr_lines(done)
    assert done.returncode == 1, lines

    # One line per bad file, naming it (escaped so that it stays one line) and giving the reason; nothing else but
    # the closing summary: no native library chatter, no warnings.
    for bad in corpus.bad:
        line = _line_for(lines, bad)
        assert any(line.endswith(reason) or f": {reason}" in line for reason in bad.reasons), line
    assert all(line.startswith("cardscan: ") for line in lines), lines
    assert len(lines) == len(corpus.bad) + 1, lines
    assert lines[-1].startswith(f"cardscan: {len(corpus.good) + len(corpus.bad) - 2} photos read, ")
    assert f", {len(corpus.bad)} failed in " in lines[-1]
    for quiet in ("empty-album.jpg", ".DS_Store"):
        assert not any(quiet in line for line in lines)

    # Every good photo scanned and stored once, whatever its name; the JSON on stdout is valid UTF-8 JSON.
    stored = photo_sources(library)
    # (A name's bytes that are not UTF-8 are kept as \xNN escapes.)
    assert sorted(stored) == sorted(os.fsencode(p).decode("utf-8", "backslashreplace") for p in corpus.good)
    assert all(cards == 1 for cards in stored.values()), stored
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert sorted({r["source"] for r in records}) == sorted(stored)
    assert all(r["contact"]["name"] or r["contact"]["emails"] for r in records), records
    counts = check_library(library)
    assert counts["cards"] == len(records) == sum(stored.values())
    # The photos the reader saw and refused are remembered (for a later look), the paths never found are not.
    assert counts["failures"] == len(corpus.bad) - 2  # all but the broken link and the missing path


@pytest.mark.slow
def test_exit_status_0_when_all_is_well_and_a_folder_named_like_a_photo_is_walked(tmp_path: Path) -> None:
    album = tmp_path / "Messe 2026.jpg"  # a folder, named like a photo
    album.mkdir()
    (album / "card.jpg").write_bytes(good_photo(21))
    library = tmp_path / "library"
    done = run_cardscan(library, "scan", "--jobs", "1", str(album))
    lines = stderr_lines(done)
    assert done.returncode == 0, lines
    assert len(lines) == 1 and lines[0].startswith("cardscan: 1 photo read, 1 card found in "), lines
    assert list(photo_sources(library).values()) == [1]
    # The same again: nothing new, still all well.
    again = run_cardscan(library, "scan", str(album))
    assert again.returncode == 0, stderr_lines(again)
    assert "1 already in the library" in stderr_lines(again)[-1]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ((), "usage: cardscan"),
        (("scan",), "the following arguments are required: PATH"),
        (("scan", "--jobs", "-1", "x.jpg"), "--jobs must be 0"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
    ],
)
def test_exit_status_2_for_a_usage_error_and_nothing_touched(tmp_path: Path, args: tuple[str, ...],
                                                             says: str) -> None:
    library = tmp_path / "library"
    done = run_cardscan(library, *args)
    lines = stderr_lines(done)
    assert done.returncode == 2, lines
    assert any(says in line for line in lines), lines
    assert not library.exists()


@pytest.mark.slow
def test_an_unreadable_file_and_folder_are_reported_and_the_rest_scanned(tmp_path: Path) -> None:
    prefix: list[str] = []
    if os.geteuid() == 0:
        # Root reads any file whatever its permissions; without the two capabilities that allow it, it cannot.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, where permissions do not stop reading, and setpriv is not installed")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(good_photo(21))
    locked = folder / "locked.jpg"
    locked.write_bytes(good_photo(22))
    locked.chmod(0)
    private = folder / "private"
    private.mkdir()
    (private / "inside.jpg").write_bytes(good_photo(23))
    private.chmod(0)
    try:
        done = run_cardscan(tmp_path / "library", "scan", "--jobs", "1", str(folder), prefix=prefix)
    finally:
        private.chmod(0o755)
        locked.chmod(0o644)
    lines = stderr_lines(done)
    assert done.returncode == 1, lines
    assert _line_for(lines, BadInput(locked, ())).endswith(PERMISSION)
    assert _line_for(lines, BadInput(private, ())).lower().endswith(PERMISSION)
    assert len(lines) == 3, lines
    assert list(photo_sources(tmp_path / "library")) == [str(folder / "good.jpg")]


# A decompression bomb is refused from its header: fast, and without allocating its pixels.
BOMB_CHECK = """
import json, resource, sys, time
from cardscan.errors import ImageTooLargeError
from cardscan.imaging import load_photo
out = {}
for path in sys.argv[1:]:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()  # CPU time: the same on a busy machine
    try:
        load_photo(path)
        out[path] = "decoded"
    except ImageTooLargeError as exc:
        out[path] = {"message": exc.user_message(), "seconds": time.process_time() - started,
                     "grew_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before}
print(json.dumps(out))
"""


def test_decompression_bombs_are_refused_fast_without_decoding(tmp_path: Path) -> None:
    bombs = {
        "claims-100000x100000.png": png_claiming(100_000, 100_000),
        "real-bomb-10000x10000.png": png_bomb(),  # 100 MP of real, valid pixel data in ~100 KB
        "claims-65000x65000.jpg": jpeg_claiming(65_000, 65_000),
    }
    paths = []
    for name, data in bombs.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    assert len(bombs["real-bomb-10000x10000.png"]) < 1_000_000
    done = subprocess.run([sys.executable, "-c", BOMB_CHECK, *paths], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for path in paths:
        result = results[path]
        assert result != "decoded", path
        assert "megapixels (refused as a possible decompression bomb)" in result["message"]
        assert result["seconds"] < 1.0, result
        assert result["grew_kib"] < 20 * 1024, result  # decoding would take 100 MB and more
