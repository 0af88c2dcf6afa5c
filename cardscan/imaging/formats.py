"""Recognising image files by their first bytes, and cheap structural checks.

Everything here works on the raw bytes and never decodes pixels, so it is safe
to run on any file, however large or hostile.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass

from cardscan.fileio import read_head

# Suffixes (lowercase, with the dot) of the formats `load_photo` reads.
IMAGE_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".jpg", ".jpeg", ".jpe", ".jfif",
        ".png",
        ".webp",
        ".tif", ".tiff",
        ".bmp", ".dib",
        ".heic", ".heif", ".hif",
        ".avif",
    }
)

JPEG, PNG, WEBP, TIFF, BMP, HEIF, AVIF = "jpeg", "png", "webp", "tiff", "bmp", "heif", "avif"
SUPPORTED_FORMATS = (JPEG, PNG, WEBP, TIFF, BMP, HEIF, AVIF)

# How each format is named in messages to the user.
FORMAT_NAMES = {
    JPEG: "JPEG",
    PNG: "PNG",
    WEBP: "WebP image",
    TIFF: "TIFF image",
    BMP: "BMP image",
    HEIF: "HEIC/HEIF image",
    AVIF: "AVIF image",
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1", b"heif"}
_AVIF_BRANDS = {b"avif", b"avis"}

# Formats that are recognised but not read: the user gets a precise reason.
_OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"GIF87a", "a GIF image, which is not supported"),
    (b"GIF89a", "a GIF image, which is not supported"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"8BPS", "a Photoshop document, which is not supported"),
    (b"\xff\x0a", "a JPEG XL image, which is not supported"),
    (b"\x00\x00\x00\x0cJXL ", "a JPEG XL image, which is not supported"),
)

SNIFF_BYTES = 64
_BMP_HEADER_SIZES = (12, 40, 52, 56, 64, 108, 124)


def sniff_format(head: bytes) -> str | None:
    """The supported format of a file from its first bytes (at least 32), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:2] == b"BM" and len(head) >= 18 and struct.unpack_from("<I", head, 14)[0] in _BMP_HEADER_SIZES:
        return BMP
    if head[4:8] == b"ftyp":
        box = struct.unpack_from(">I", head, 0)[0]
        brands = {head[i : i + 4] for i in range(8, min(max(box, 16), len(head)) - 3, 4)} - {b"\x00\x00\x00\x00"}
        if brands & _AVIF_BRANDS:
            return AVIF
        if brands & _HEIF_BRANDS:
            return HEIF
    return None


def describe_other_format(head: bytes) -> str | None:
    """A phrase for a known non-photo file type ("a PDF document"), or None."""
    for magic, phrase in _OTHER_FORMATS:
        if head.startswith(magic):
            return phrase
    return None


def looks_like_image(path: str | os.PathLike[str]) -> bool:
    """True if the file starts like an image `load_photo` can read (magic bytes, not the name)."""
    head = read_head(os.fspath(path), SNIFF_BYTES)  # b"" for a pipe, a device, a folder: never opened
    return sniff_format(head) is not None


# --- structural checks (no decoding) ---


@dataclass(frozen=True)
class PngInfo:
    width: int
    height: int
    exif: bytes | None  # the eXIf chunk, wherever it is
    has_alpha: bool  # an alpha channel or a transparent colour (tRNS)
    bit_depth: int = 8  # bits per sample (1, 2, 4, 8 or 16)
    colour_type: int = 2  # 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha


class StructureError(Exception):
    """The file's container structure is broken (truncated, bad checksum...)."""


def check_png(data: bytes) -> PngInfo:
    """Walk the PNG chunks, verifying lengths and CRCs; returns the header size and eXIf data."""
    pos, n = 8, len(data)
    width = height = -1
    bit_depth, colour_type = 8, 2
    exif: bytes | None = None
    has_alpha = False
    seen_iend = False
    while pos + 8 <= n:
        length, ctype = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > n:
            raise StructureError("truncated")
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack_from(">I", data, pos + 8 + length)
        if zlib.crc32(body, zlib.crc32(ctype)) != crc:
            raise StructureError("checksum error")
        if ctype == b"IHDR":
            if length < 8:
                raise StructureError("bad header")
            width, height = struct.unpack_from(">II", body, 0)
            if length >= 10:
                bit_depth, colour_type = body[8], body[9]
            has_alpha = length >= 10 and body[9] in (4, 6)
        elif ctype == b"tRNS":
            has_alpha = True
        elif ctype == b"eXIf":
            exif = body
        elif ctype == b"IEND":
            seen_iend = True
            break
        pos = end
    if width < 0:
        raise StructureError("no header")
    if not seen_iend:
        raise StructureError("truncated")
    return PngInfo(width, height, exif, has_alpha, bit_depth, colour_type)


def check_jpeg(data: bytes) -> None:
    """Raise StructureError if the JPEG has no image data or ends before its end-of-image marker."""
    pos, n = 2, len(data)
    while True:
        # Skip fill bytes, then read a marker.
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise StructureError("truncated")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            raise StructureError("no image data")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > n:
            raise StructureError("truncated")
        (length,) = struct.unpack_from(">H", data, pos)
        if marker == 0xDA:  # start of scan: the entropy-coded data follows
            break
        pos += length
        if length < 2 or pos > n:
            raise StructureError("truncated")
        # The next byte should start a marker. Like libjpeg ("extraneous bytes before marker"), stray bytes
        # between two segments are skipped: some cameras and editors leave them, and the image is whole.
        if pos < n and data[pos] != 0xFF:
            pos = data.find(b"\xff", pos)
            if pos < 0:
                raise StructureError("truncated")
    # In entropy-coded data 0xFF is always followed by 0x00 or a restart marker, so
    # FF D9 only appears as the real end-of-image marker (possibly followed by extra data,
    # such as the video of a "motion photo").
    if data.find(b"\xff\xd9", pos) < 0:
        raise StructureError("truncated")


def check_webp(data: bytes) -> tuple[int, int]:
    """Check the RIFF container; returns the canvas size (width, height) from the first image chunk."""
    if len(data) < 30:
        raise StructureError("truncated")
    (riff_size,) = struct.unpack_from("<I", data, 4)
    if riff_size + 8 > len(data) or riff_size < 18:
        raise StructureError("truncated")
    chunk = data[12:16]
    body = 20
    if chunk == b"VP8X":
        w = int.from_bytes(data[body + 4 : body + 7], "little") + 1
        h = int.from_bytes(data[body + 7 : body + 10], "little") + 1
        return w, h
    if chunk == b"VP8L":
        if data[body] != 0x2F:
            raise StructureError("bad header")
        (bits,) = struct.unpack_from("<I", data, body + 1)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        if data[body + 3 : body + 6] != b"\x9d\x01\x2a":
            raise StructureError("bad header")
        w, h = struct.unpack_from("<HH", data, body + 6)
        return w & 0x3FFF, h & 0x3FFF
    raise StructureError("bad header")


def check_bmp(data: bytes) -> None:
    if len(data) < 26:
        raise StructureError("truncated")
    (offset,) = struct.unpack_from("<I", data, 10)
    (header_size,) = struct.unpack_from("<I", data, 14)
    if header_size == 12:
        width, height, _planes, bits = struct.unpack_from("<HHHH", data, 18)
        compression = 0
    else:
        if len(data) < 34:
            raise StructureError("truncated")
        width, height, _planes, bits, compression = struct.unpack_from("<iiHHI", data, 18)
    if compression in (0, 3, 6):  # uncompressed (bitfields are uncompressed too)
        row = ((abs(width) * bits + 31) // 32) * 4
        if offset + row * abs(height) > len(data):
            raise StructureError("truncated")
