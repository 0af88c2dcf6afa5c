"""Generated inputs for the hostile cases (issue 13): large-but-small-on-disk PNGs of any depth and layout, and
cards saved as 16-bit and float TIFFs. Nothing here comes from a real photo."""

from __future__ import annotations

import struct
import zlib

import numpy as np

PNG_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))


def png_streamed(width: int, height: int, *, bit_depth: int = 16, colour_type: int = 6, sample: int = 0x80) -> bytes:
    """A complete, valid PNG of width x height pixels, every sample byte `sample` (half-transparent grey for
    16-bit RGBA), written row by row: a 79-MP 16-bit RGBA image (632 MB decoded) is well under 1 MB on disk and
    takes no memory to make."""
    row = b"\x00" + bytes([sample]) * (width * PNG_CHANNELS[colour_type] * bit_depth // 8)
    packer = zlib.compressobj(9)
    rows_per_chunk = max(1, (1 << 22) // len(row))
    parts = [packer.compress(row * min(rows_per_chunk, height - start)) for start in range(0, height, rows_per_chunk)]
    parts.append(packer.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def grey_levels(rgb: np.ndarray) -> np.ndarray:
    """An 8-bit colour picture as grey levels in [0, 1] (float32)."""
    weights = np.array([0.299, 0.587, 0.114], np.float32)
    return (rgb.astype(np.float32) @ weights) / 255.0
