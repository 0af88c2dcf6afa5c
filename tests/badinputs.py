"""A corpus of bad inputs for the reliability tests, built fresh in a test's folder, beside good photos.

Everything is generated here (no binary fixtures): files that are empty, random, truncated, lying about their
size, too small, without a card, not images at all, missing, or with names that are hard to print. Each bad file
comes with the reason the scan must give for it; good photos come from the synthetic generator `cardgen`.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import struct
import subprocess
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import cardgen
import cv2
import numpy as np
import pillow_heif
from cardgen.surfaces import make_surface
from PIL import Image

from cardscan.store import Library

# The reasons, as the scan words them (cardscan.errors / cardscan.imaging.load).
EMPTY = "empty file"
NOT_AN_IMAGE = "not an image (unrecognised format)"
PDF = "not an image (a PDF document)"
TRUNCATED_JPEG = "truncated or corrupt JPEG"
TRUNCATED_PNG = "truncated or corrupt PNG"
TRUNCATED_HEIC = "truncated or corrupt HEIC/HEIF image"
TOO_LARGE = "megapixels (refused as a possible decompression bomb)"
TOO_SMALL = "image too small to hold a card (1 x 1 pixels)"
NO_CARD = "no business card found in the image"
BROKEN_LINK = "broken symbolic link"
MISSING = "no such file or directory"
PERMISSION = "permission denied"


@dataclass(frozen=True)
class BadInput:
    path: Path
    reasons: tuple[str, ...]  # the file's stderr line must say one of these


@dataclass
class Corpus:
    folder: Path  # scan this folder...
    explicit: list[Path] = field(default_factory=list)  # ...and these paths, named on the command line
    bad: list[BadInput] = field(default_factory=list)
    good: list[Path] = field(default_factory=list)  # photos that must be scanned and stored
    silent: list[Path] = field(default_factory=list)  # entries a folder walk leaves alone, without a word

    def arguments(self) -> list[str]:
        return [str(self.folder), *map(str, self.explicit)]


# --- image bytes ------------------------------------------------------------------------------------------------


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))


def png_claiming(width: int, height: int) -> bytes:
    """A well-formed PNG (valid CRCs) whose header claims width x height pixels, with a few bytes of image data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    idat = zlib.compress(b"\x00" + b"\x00" * 3 * 16)  # far less than the header promises
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def png_bomb(width: int = 10_000, height: int = 10_000) -> bytes:
    """A real decompression bomb: a complete, valid grey PNG of width x height pixels (100 MP by default) that
    compresses to about 100 KB."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    packer = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte + pixels
    rows_per_chunk = max(1, (1 << 20) // len(row))
    parts = []
    for start in range(0, height, rows_per_chunk):
        parts.append(packer.compress(row * min(rows_per_chunk, height - start)))
    parts.append(packer.flush())
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header (SOF) is rewritten to claim width x height pixels."""
    data = bytearray(encode_jpeg(np.full((64, 64, 3), 200, np.uint8)))
    pos = 2
    while pos < len(data):
        marker, length = data[pos + 1], struct.unpack_from(">H", data, pos + 2)[0]
        if marker in (0xC0, 0xC1, 0xC2):
            struct.pack_into(">HH", data, pos + 5, height, width)
            return bytes(data)
        pos += 2 + length
    raise AssertionError("no SOF marker")


def png_pixel() -> bytes:
    return encode_png(np.full((1, 1, 3), 255, np.uint8))


def encode_jpeg(rgb: np.ndarray, quality: int = 85) -> bytes:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def encode_png(rgb: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    assert ok
    return buf.tobytes()


def encode_heic(rgb: np.ndarray) -> bytes:
    out = io.BytesIO()
    pillow_heif.from_pillow(Image.fromarray(rgb)).save(out, quality=60, enc_params={"preset": "ultrafast"})
    return out.getvalue()


def with_comment(jpeg: bytes, text: str) -> bytes:
    """The same JPEG with a comment segment after its start marker: same pixels, different bytes (and sha256)."""
    assert jpeg[:2] == b"\xff\xd8"
    body = text.encode("utf-8")
    return jpeg[:2] + b"\xff\xfe" + struct.pack(">H", len(body) + 2) + body + jpeg[2:]


def truncated(data: bytes, fraction: float = 0.5) -> bytes:
    return data[: int(len(data) * fraction)]


@cache
def good_photo(seed: int, kind: str = "crop", fmt: str = "jpeg", n_cards: int | None = None) -> bytes:
    """A synthetic photo of business cards (cached for the whole test session: 12-MP ones take seconds)."""
    return cardgen.encode(cardgen.make_photo(seed, kind, fmt=fmt, n_cards=n_cards))


@cache
def table_photo(seed: int = 3, surface: str = "wood-light", size: tuple[int, int] = (4032, 3024)) -> bytes:
    """A 12-MP photo of an empty table top: no card on it."""
    width, height = size
    rgb = make_surface(np.random.default_rng(seed), surface, height, width).astype(np.uint8)
    return encode_jpeg(rgb)


@cache
def landscape_photo(seed: int = 5, size: tuple[int, int] = (2000, 1500)) -> bytes:
    """A picture with no card in it: sky, hills and a sun, noise on top."""
    width, height = size
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    sky = (1 - y) * np.array([90, 150, 230], np.float32) + y * np.array([230, 200, 160], np.float32)
    image = np.broadcast_to(sky, (height, width, 3)).copy()
    xs = np.arange(width, dtype=np.float32)
    ridge = height * (0.6 + 0.08 * np.sin(xs / 170.0) + 0.05 * np.sin(xs / 53.0 + 1.0))
    hills = np.arange(height, dtype=np.float32)[:, None] > ridge[None, :]
    image[hills] = np.array([50, 110, 60], np.float32)
    cv2.circle(image, (int(width * 0.75), int(height * 0.25)), height // 10, (255, 230, 120), -1)
    image += rng.normal(0, 6, image.shape).astype(np.float32)
    return encode_jpeg(np.clip(image, 0, 255).astype(np.uint8))


@cache
def small_heic() -> bytes:
    rgb = np.asarray(Image.open(io.BytesIO(good_photo(11))).convert("RGB").resize((800, 530)))
    return encode_heic(rgb)


# --- the corpus -------------------------------------------------------------------------------------------------


def build_corpus(root: Path, *, good_seeds: tuple[int, ...] = (21, 22)) -> Corpus:
    """Bad inputs and good photos in `root/photos` (walked) plus a few paths meant to be named explicitly.

    Bad inputs inside the folder are found by its walk; the text file and the missing path are named explicitly
    (a folder walk leaves non-image files alone, by design). File names carry spaces, quotes, a newline, a
    terminal escape, non-ASCII letters and bytes that are not UTF-8.
    """
    folder = root / "photos"
    folder.mkdir(parents=True)
    corpus = Corpus(folder)
    rng = random.Random(7)

    def bad(name: str | bytes, data: bytes | None, *reasons: str, where: Path = folder) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(where), os.fsencode(name))))
        if data is not None:
            path.write_bytes(data)
        corpus.bad.append(BadInput(path, reasons))
        return path

    good_jpeg = good_photo(good_seeds[0])
    good_png = encode_png(np.asarray(Image.open(io.BytesIO(good_photo(good_seeds[1]))).convert("RGB")))

    bad("zero bytes.jpg", b"", EMPTY)
    bad("random-bytes.jpg", rng.randbytes(50_000), NOT_AN_IMAGE)
    bad("half a photo.jpg", truncated(good_jpeg), TRUNCATED_JPEG)
    bad("half-scan.png", truncated(good_png, 0.4), TRUNCATED_PNG)
    bad("half-phone.heic", truncated(small_heic()), TRUNCATED_HEIC)
    bad("header-100000x100000.png", png_claiming(100_000, 100_000), TOO_LARGE)
    bad("bomb-10000x10000.png", png_bomb(), TOO_LARGE)
    bad("jpeg-65000x65000.jpg", jpeg_claiming(65_000, 65_000), TOO_LARGE)
    bad("one-pixel.png", png_pixel(), TOO_SMALL)
    bad("landscape without a card.jpg", landscape_photo(), NO_CARD)
    bad("empty table.jpg", table_photo(), NO_CARD)
    bad("letter.jpg", b"Dear Anna,\nthe cards are in the post.\n" * 40, NOT_AN_IMAGE)
    bad("invoice.jpg", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(2000), PDF)
    bad("it's a \"quoted\" name.jpg", rng.randbytes(3000), NOT_AN_IMAGE)
    bad("line\nbreak.jpg", b"", EMPTY)
    bad("\x1b[31mred\x1b[0m.png", truncated(good_png, 0.1), TRUNCATED_PNG)
    bad("Visitenkarte Müller – café 名刺.jpg", rng.randbytes(1000), NOT_AN_IMAGE)
    bad(b"latin-1 caf\xe9.jpg", rng.randbytes(1000), NOT_AN_IMAGE)
    link = bad("gone.jpg", None, BROKEN_LINK)
    link.symlink_to(folder / "deleted-long-ago.jpg")

    # A folder named like an image is walked as a folder: empty, it says nothing; with a photo, it is scanned.
    (folder / "empty-album.jpg").mkdir()
    album = folder / "album.jpg"
    album.mkdir()
    inner = album / "card on the desk.png"
    inner.write_bytes(good_png)
    # Good photos with awkward names.
    spaced = folder / "Karte 'Müller' – ä ö ü.jpg"
    spaced.write_bytes(good_jpeg)
    latin1 = Path(os.fsdecode(os.path.join(os.fsencode(folder), b"Karte caf\xe9.jpg")))
    latin1.write_bytes(with_comment(good_jpeg, "another copy"))
    corpus.good += [inner, spaced, latin1]

    # Not photos: the walk leaves them alone; named explicitly, each is tried and reported.
    notes = folder / "notes.txt"
    notes.write_text("met 12 people at the booth\n", encoding="utf-8")
    corpus.silent.append(notes)
    (folder / ".DS_Store").write_bytes(rng.randbytes(100))
    corpus.explicit.append(notes)
    corpus.bad.append(BadInput(notes, (NOT_AN_IMAGE,)))
    missing = root / "no such photo.jpg"
    corpus.explicit.append(missing)
    corpus.bad.append(BadInput(missing, (MISSING,)))
    corpus.explicit.append(spaced)  # named too: still scanned once
    return corpus


def shown(path: Path | str) -> str:
    """How a file name must appear in a one-line message: control characters and undecodable bytes escaped."""
    out = []
    for ch in str(path):
        if ch == "\n":
            out.append("\\n")
        elif ch == "\x1b":
            out.append("\\x1b")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte that is not UTF-8 (os.fsdecode's surrogateescape)
            out.append(f"\\udc{ord(ch) - 0xDC00:02x}")
        else:
            assert ch.isprintable(), repr(ch)
            out.append(ch)
    return "".join(out)


# --- running cardscan and checking a library --------------------------------------------------------------------

CARDSCAN = Path(sys.executable).parent / "cardscan"


def cardscan_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CARDSCAN_DEBUG", "CARDSCAN_LIBRARY")}
    env.update(extra)
    return env


def run_cardscan(library: Path | None, *args: str, prefix: Sequence[str] = (), timeout: float = 300,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """`cardscan [--library LIBRARY] ARGS...` as a user runs it (the installed entry point, no terminal)."""
    command = [*prefix, str(CARDSCAN), *(["--library", str(library)] if library is not None else []), *args]
    return subprocess.run(command, capture_output=True, timeout=timeout, env=env or cardscan_env(),
                          stdin=subprocess.DEVNULL)


def stderr_lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = done.stderr.decode("utf-8")  # strict: whatever the file names, stderr is valid UTF-8
    assert "Traceback" not in text, text
    return text.splitlines()


def check_library(library: Path) -> dict[str, int]:
    """Assert that a library is consistent; returns its counts (photos, cards, failures).

    SQLite's own checks, every photo holding as many cards as it says, every card and photo file on disk, and
    the library's own check."""
    db = library / "library.sqlite"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute("SELECT p.id, p.card_count, count(c.id) FROM photos p "
                            "LEFT JOIN cards c ON c.photo_id = p.id GROUP BY p.id").fetchall()
        assert [r for r in rows if r[1] != r[2]] == [], "a photo stored with some of its cards missing"
        orphans = conn.execute("SELECT count(*) FROM cards c LEFT JOIN card_contents d ON d.card_id = c.id "
                               "WHERE d.card_id IS NULL").fetchone()[0]
        assert orphans == 0, "cards without their contents"
        crops = [r[0] for r in conn.execute("SELECT crop_file FROM cards")]
        assert None not in crops, "a card without its image"
        for crop in crops:
            assert (library / "files" / crop).is_file(), f"missing card image {crop}"
        counts = {
            "photos": len(rows),
            "cards": len(crops),
            "failures": conn.execute("SELECT count(*) FROM scan_failures").fetchone()[0],
        }
    finally:
        conn.close()
    with Library.open(library, create=False) as lib:
        assert lib.check_integrity() == []
    return counts


def photo_sources(library: Path) -> dict[str, int]:
    """source path -> number of cards, for every photo in the library."""
    conn = sqlite3.connect(library / "library.sqlite")
    try:
        return dict(conn.execute("SELECT source_path, card_count FROM photos").fetchall())
    finally:
        conn.close()
