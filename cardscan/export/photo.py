"""The card's photo for a vCard: the straightened card as a small JPEG (at most 600 px wide, 60 KB)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from cardscan.errors import ExportError

MAX_WIDTH = 600
MAX_BYTES = 60 * 1024
_QUALITIES = (85, 78, 70, 62, 55, 48, 40, 32, 25)
_MIN_WIDTH = 120


def card_photo_jpeg(path: str | Path, *, max_width: int = MAX_WIDTH, max_bytes: int = MAX_BYTES) -> bytes:
    """The image at `path` as a JPEG no wider than `max_width` and no larger than `max_bytes`.

    The quality goes down step by step until the file fits; if even the lowest quality does not, the
    picture is made smaller. Metadata (EXIF, comments) is not copied. Raises ExportError for a file that
    is missing or not an image.
    """
    try:
        with Image.open(path) as im:
            im.load()
            image = ImageOps.exif_transpose(im) or im
    except FileNotFoundError as exc:
        raise ExportError(f"{path}: card image not found") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ExportError(f"{path}: card image cannot be read ({exc})") from exc
    return shrink_to_jpeg(image, max_width=max_width, max_bytes=max_bytes)


def shrink_to_jpeg(image: Image.Image, *, max_width: int = MAX_WIDTH, max_bytes: int = MAX_BYTES) -> bytes:
    if image.mode not in ("RGB", "L"):
        image = _flatten(image)
    width = min(image.width, max_width)
    while True:
        scaled = _scaled(image, width)
        for quality in _QUALITIES:
            buf = io.BytesIO()
            scaled.save(buf, format="JPEG", quality=quality, optimize=True, progressive=False)
            data = buf.getvalue()
            if len(data) <= max_bytes:
                return data
        if width <= _MIN_WIDTH:
            return data
        width = max(_MIN_WIDTH, int(width * 0.75))


def _scaled(image: Image.Image, width: int) -> Image.Image:
    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on a white background (JPEG has no transparency)."""
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background
