"""cardscan.imaging.load: every format upright, the hash and date, bombs refused, every bad input explained."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import subprocess
import sys
import zlib
from datetime import datetime
from pathlib import Path

import cv2
import numpy as np
import pillow_heif
import pytest
from cardgen.output import stored_pixels
from PIL import Image, ImageOps

from cardscan.errors import ImageTooLargeError, InputFileError
from cardscan.imaging import IMAGE_EXTENSIONS, MAX_PIXELS, Photo, load_photo, looks_like_image

pillow_heif.register_heif_opener()

TAKEN = datetime(2026, 3, 14, 9, 26, 53)
W, H = 360, 240
LOSSY = {"JPEG": 6.0, "WEBP": 6.0, "HEIF": 8.0, "AVIF": 8.0}


def display_rgb() -> np.ndarray:
    """An image whose every turn and flip looks different: coloured corners on a gradient."""
    y, x = np.mgrid[0:H, 0:W]
    img = np.dstack([(x * 200 // W + 30), (y * 200 // H + 30), np.full_like(x, 128)]).astype(np.uint8)
    img[:60, :60] = (220, 20, 20)  # red top-left
    img[:60, -60:] = (20, 200, 20)  # green top-right
    img[-60:, :60] = (20, 20, 220)  # blue bottom-left
    return img


def exif_bytes(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x0132] = "2020:01:01 00:00:00"  # DateTime: DateTimeOriginal must win over it
    exif.get_ifd(0x8769)[0x9003] = TAKEN.strftime("%Y:%m:%d %H:%M:%S")
    return exif.tobytes()


def encode(pixels_rgb: np.ndarray, fmt: str, orientation: int) -> bytes:
    buf = io.BytesIO()
    options = {"quality": 92} if fmt in LOSSY else {}
    Image.fromarray(pixels_rgb).save(buf, format=fmt, exif=exif_bytes(orientation), **options)
    return buf.getvalue()


def assert_same(photo: Photo, expected_rgb: np.ndarray, tolerance: float, *, upright: bool = True) -> None:
    got = cv2.cvtColor(photo.image, cv2.COLOR_BGR2RGB)
    assert got.shape == expected_rgb.shape
    assert photo.image.dtype == np.uint8 and photo.image.flags.c_contiguous
    assert float(np.abs(got.astype(int) - expected_rgb).mean()) < tolerance
    if upright:  # the corner markers are where a viewer shows them
        assert got[20, 20].argmax() == 0 and got[20, -20].argmax() == 1 and got[-20, 20].argmax() == 2


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF", "HEIF", "AVIF"])
def test_every_format_loads_upright_with_hash_and_date(tmp_path: Path, fmt: str, orientation: int) -> None:
    display = display_rgb()
    data = encode(stored_pixels(display, orientation), fmt, orientation)
    path = tmp_path / f"photo.{fmt.lower()}"
    path.write_bytes(data)
    photo = load_photo(str(path))
    assert photo.path == str(path)
    assert photo.size == (W, H)
    assert photo.sha256 == hashlib.sha256(data).hexdigest()
    assert photo.taken_at == TAKEN
    assert photo.orientation == orientation
    assert_same(photo, display, LOSSY.get(fmt, 1.0))


@pytest.mark.parametrize("orientation", [2, 4, 5, 7])
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF"])
def test_mirrored_orientations_match_pillows_exif_transpose(tmp_path: Path, fmt: str, orientation: int) -> None:
    path = tmp_path / f"mirror.{fmt.lower()}"
    path.write_bytes(encode(display_rgb(), fmt, orientation))
    with Image.open(path) as im:
        expected = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    assert_same(load_photo(path), expected, LOSSY.get(fmt, 1.0), upright=False)


def test_bmp_grey_16_bit_and_transparent_images(tmp_path: Path) -> None:
    display = display_rgb()
    Image.fromarray(display).save(tmp_path / "a.bmp")
    assert_same(load_photo(tmp_path / "a.bmp"), display, 1.0)
    assert load_photo(tmp_path / "a.bmp").taken_at is None

    grey = (np.arange(W * H).reshape(H, W) % 251).astype(np.uint8)
    Image.fromarray(grey).save(tmp_path / "grey.png")
    img = load_photo(tmp_path / "grey.png").image
    assert img.shape == (H, W, 3) and (img[:, :, 0] == grey).all()

    deep = (grey.astype(np.uint16) * 257)
    cv2.imwrite(str(tmp_path / "deep.png"), deep)
    assert np.abs(load_photo(tmp_path / "deep.png").image[:, :, 1].astype(int) - grey).max() <= 1

    rgba = np.zeros((H, W, 4), np.uint8)
    rgba[:, :, :3] = (10, 20, 30)
    rgba[:, : W // 2, 3] = 255  # left half opaque dark, right half fully transparent
    Image.fromarray(rgba, "RGBA").save(tmp_path / "alpha.png")
    out = load_photo(tmp_path / "alpha.png").image
    assert tuple(out[10, 10]) == (30, 20, 10)  # BGR
    assert tuple(out[10, -10]) == (255, 255, 255)  # transparency shows as white paper


def test_a_photo_turned_by_exif_reports_the_turned_size(tmp_path: Path) -> None:
    path = tmp_path / "portrait.jpg"
    path.write_bytes(encode(stored_pixels(display_rgb(), 6), "JPEG", 6))
    photo = load_photo(path)
    assert photo.size == (W, H) and photo.image.shape[:2] == (H, W)


# --- bad input: one clear reason each ---


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(width: int, height: int) -> bytes:
    """A well-formed PNG that claims a size, with a tiny image stream."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    _, enc = cv2.imencode(".jpg", np.full((64, 64, 3), 128, np.uint8))
    data = bytearray(enc.tobytes())
    sof = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def good_bytes(fmt: str, size: tuple[int, int] = (640, 400)) -> bytes:
    rng = np.random.default_rng(7)
    img = Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8))
    buf = io.BytesIO()
    img.save(buf, format=fmt, **({"quality": 80} if fmt in LOSSY else {}))
    return buf.getvalue()


BAD_FILES = {
    "empty.jpg": (b"", "empty file"),
    "noise.jpg": (np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8).tobytes(),
                  "not an image (unrecognised format)"),
    "notes.txt": (b"Dr. Anna van den Berg\n", "not an image (unrecognised format)"),
    "scan.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not an image (a PDF document)"),
    "tiny.png": (None, "image too small to hold a card (1 x 1 pixels)"),
    "half.jpg": (None, "truncated or corrupt JPEG"),
    "half.png": (None, "truncated or corrupt PNG"),
    "half.heic": (None, "truncated or corrupt HEIC/HEIF image"),
    "half.webp": (None, "truncated or corrupt WebP image"),
    "half.tif": (None, "truncated or corrupt TIFF image"),
    "half.bmp": (None, "truncated or corrupt BMP image"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_give_one_clear_reason(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    if name == "tiny.png":
        buf = io.BytesIO()
        Image.new("RGB", (1, 1), "white").save(buf, "PNG")
        data = buf.getvalue()
    elif data is None:
        suffix = name.split(".")[1]
        fmt = {"jpg": "JPEG", "png": "PNG", "heic": "HEIF", "webp": "WEBP", "tif": "TIFF", "bmp": "BMP"}[suffix]
        whole = good_bytes(fmt)
        data = whole[: len(whole) // 2]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputFileError) as info:
        load_photo(str(path))
    assert info.value.reason == reason
    assert info.value.path == str(path)
    assert info.value.user_message().startswith(str(path))


def test_paths_that_are_not_readable_files(tmp_path: Path) -> None:
    cases = {}
    (tmp_path / "folder.jpg").mkdir()
    cases["folder.jpg"] = "is a directory"
    os.symlink(tmp_path / "gone.jpg", tmp_path / "link.jpg")
    cases["link.jpg"] = "broken symbolic link"
    cases["missing.jpg"] = "no such file"
    os.mkfifo(tmp_path / "pipe.jpg")
    cases["pipe.jpg"] = "a named pipe (FIFO), not a regular file"
    for name, reason in cases.items():
        with pytest.raises(InputFileError) as info:
            load_photo(tmp_path / name)
        assert info.value.reason == reason, name


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.jpg"
    path.write_bytes(good_bytes("JPEG"))
    path.chmod(0)
    with pytest.raises(InputFileError) as info:
        load_photo(path)
    assert info.value.reason == "permission denied"


def test_a_symbolic_link_to_a_photo_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real.jpg").write_bytes(good_bytes("JPEG"))
    os.symlink(tmp_path / "real.jpg", tmp_path / "alias.jpg")
    assert load_photo(tmp_path / "alias.jpg").size == (640, 400)


BOMBS = {
    "bomb.png": (png_header_only(100_000, 100_000), (100_000, 100_000)),
    "bomb.jpg": (jpeg_claiming(60_000, 60_000), (60_000, 60_000)),
    "bomb.tif": (None, (20_000, 20_000)),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_decompression_bombs_are_refused_from_the_header(tmp_path: Path, name: str) -> None:
    data, (w, h) = BOMBS[name]
    if data is None:  # a TIFF whose header claims 400 megapixels (the strip is tiny)
        buf = io.BytesIO()
        Image.new("L", (64, 64)).save(buf, "TIFF")
        data = bytearray(buf.getvalue())
        tiff = Image.open(io.BytesIO(bytes(data)))
        offsets = {256: w, 257: h}
        ifd = struct.unpack_from("<I", data, 4)[0]
        count = struct.unpack_from("<H", data, ifd)[0]
        for i in range(count):
            entry = ifd + 2 + 12 * i
            tag, typ = struct.unpack_from("<HH", data, entry)
            if tag in offsets:
                fmt = "<H" if typ == 3 else "<I"
                struct.pack_into(fmt, data, entry + 8, offsets[tag])
        tiff.close()
        data = bytes(data)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageTooLargeError) as info:
        load_photo(path)
    assert f"{w} x {h} pixels" in info.value.reason
    assert f"{MAX_PIXELS // 1_000_000} megapixels" in info.value.reason


def test_bombs_cost_no_memory_and_native_warnings_stay_silent(tmp_path: Path) -> None:
    """In a fresh process: refusing a 30-gigabyte PNG allocates nothing, and reading a corrupt JPEG
    (libjpeg would print "Corrupt JPEG data") or a corrupt PNG writes nothing to stderr."""
    (tmp_path / "bomb.png").write_bytes(png_header_only(100_000, 100_000))
    _, enc = cv2.imencode(".jpg", (np.random.default_rng(3).random((900, 1200, 3)) * 255).astype(np.uint8))
    corrupt = bytearray(enc.tobytes())
    for i in range(40):
        corrupt[len(corrupt) // 3 + i * 997] ^= 0x5A
    (tmp_path / "corrupt.jpg").write_bytes(bytes(corrupt))
    png = bytearray(cv2.imencode(".png", np.full((300, 500, 3), 200, np.uint8))[1].tobytes())
    idat = png.find(b"IDAT")
    png[idat + 10] ^= 0xFF  # damaged image data with its checksum recomputed: only zlib can tell
    length = struct.unpack_from(">I", png, idat - 4)[0]
    struct.pack_into(">I", png, idat + 4 + length, zlib.crc32(bytes(png[idat: idat + 4 + length])))
    (tmp_path / "corrupt.png").write_bytes(bytes(png))
    script = f"""
import resource, sys
from cardscan.errors import InputFileError
from cardscan.imaging import load_photo
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    load_photo({str(tmp_path / "bomb.png")!r})
except InputFileError as e:
    print("bomb:", type(e).__name__)
print("grew_kb:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)
for name in ("corrupt.jpg", "corrupt.png"):
    try:
        load_photo({str(tmp_path)!r} + "/" + name)
        print(name, "read")
    except InputFileError as e:
        print(name, e.reason)
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in run.stdout.splitlines())
    assert lines["bomb:"] == "ImageTooLargeError"
    assert int(lines["grew_kb:"]) < 50_000
    assert lines["corrupt.png"] == "truncated or corrupt PNG"
    assert lines["corrupt.jpg"] in ("read", "truncated or corrupt JPEG")


def test_looks_like_image_sniffs_content_not_names(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(good_bytes("JPEG"))
    (tmp_path / "renamed.dat").write_bytes(good_bytes("PNG"))
    (tmp_path / "fake.jpg").write_bytes(b"hello, not a photo at all" * 4)
    (tmp_path / "scan.heic").write_bytes(good_bytes("HEIF"))
    (tmp_path / "folder").mkdir()
    assert looks_like_image(tmp_path / "photo.jpg")
    assert looks_like_image(tmp_path / "renamed.dat")
    assert looks_like_image(tmp_path / "scan.heic")
    assert not looks_like_image(tmp_path / "fake.jpg")
    assert not looks_like_image(tmp_path / "folder")
    assert not looks_like_image(tmp_path / "missing.jpg")
    assert {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif"} <= IMAGE_EXTENSIONS
    assert all(e == e.lower() and e.startswith(".") for e in IMAGE_EXTENSIONS)
    assert isinstance(IMAGE_EXTENSIONS, frozenset)


def test_the_same_bytes_give_the_same_hash_whatever_the_name(tmp_path: Path) -> None:
    data = good_bytes("JPEG")
    (tmp_path / "a.jpg").write_bytes(data)
    (tmp_path / "b.JPG").write_bytes(data)
    a, b = load_photo(tmp_path / "a.jpg"), load_photo(tmp_path / "b.JPG")
    assert a.sha256 == b.sha256 == hashlib.sha256(data).hexdigest()
    assert a.taken_at is None


def test_a_jpeg_with_stray_bytes_between_segments_is_read_whole(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """libjpeg skips bytes between two segments ("extraneous bytes before marker"): so does the check."""
    good = good_bytes("JPEG")
    assert good[2:4] == b"\xff\xe0"  # the JFIF segment right after the start marker
    (length,) = struct.unpack_from(">H", good, 4)
    end = 4 + length
    stray = good[:end] + b"\x00\x17" * 200 + good[end:]
    (tmp_path / "good.jpg").write_bytes(good)
    (tmp_path / "stray.jpg").write_bytes(stray)
    photo = load_photo(tmp_path / "stray.jpg")
    assert np.array_equal(photo.image, load_photo(tmp_path / "good.jpg").image)
    assert "Corrupt" not in capfd.readouterr().err  # libjpeg's own warning stays off the terminal
    # Stray bytes that run to the end of the file are a truncated file, as before.
    (tmp_path / "cut.jpg").write_bytes(good[:end] + b"\x00" * 400)
    with pytest.raises(InputFileError, match="truncated or corrupt JPEG"):
        load_photo(tmp_path / "cut.jpg")
