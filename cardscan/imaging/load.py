"""Reading a photo from disk: every supported format, upright, with its hash and date.

`load_photo` reads the file once, hashes those bytes and decodes the same
bytes. The pixel size is read from the file's header and checked against a
limit before anything is decoded, so a file that claims to be 100,000 x 100,000
pixels costs nothing. Every problem becomes an `InputFileError` whose reason a
user understands; no raw exception and no native library warning escapes.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from datetime import datetime

import cv2
import numpy as np
import pillow_heif
from PIL import BmpImagePlugin, Image, JpegImagePlugin, TiffImagePlugin, WebPImagePlugin

from cardscan.errors import ImageTooLargeError, InputFileError
from cardscan.fileio import read_regular
from cardscan.imaging import formats
from cardscan.imaging._quiet import quiet_native_stderr
from cardscan.imaging.formats import FORMAT_NAMES, IMAGE_EXTENSIONS, StructureError, looks_like_image
from cardscan.imaging.pixels import stretch_to_uint8, to_bgr8

try:
    from PIL import AvifImagePlugin
except ImportError:  # Pillow built without libavif
    AvifImagePlugin = None  # type: ignore[assignment]

__all__ = [
    "IMAGE_EXTENSIONS",
    "MAX_DECODED_BYTES",
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "MIN_LONG_SIDE",
    "MIN_SHORT_SIDE",
    "Photo",
    "load_photo",
    "looks_like_image",
]

MAX_PIXELS = 80_000_000  # refuse larger images as possible decompression bombs
MAX_FILE_BYTES = 400 * 1024 * 1024
# The decoder's output, counted in bytes (pixels x channels x bytes per sample), is bounded too: a 16-bit image
# with alpha takes 8 bytes a pixel, a float one 4 a channel. 240 MB is an 80-MP colour photo at 8 bits.
MAX_DECODED_BYTES = 240_000_000
MIN_SHORT_SIDE = 40  # below this no card text can be read
MIN_LONG_SIDE = 64
LATEST_PHOTO_YEAR = 2200  # a later EXIF date is a broken camera clock

pillow_heif.register_heif_opener()
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
# Pillow reports damaged metadata ("Corrupt EXIF data") as UserWarnings: the photo is still read, and the
# core never prints. A decompression-bomb warning becomes an error (our own limit is lower anyway).
warnings.filterwarnings("ignore", category=UserWarning, module=r"(PIL|pillow_heif)(\..*)?$")
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_TAG_EXIF_IFD = 0x8769
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_DATETIME_DIGITIZED = 0x9004


@dataclass(frozen=True, eq=False)
class Photo:
    """A decoded photo, upright as a viewer shows it."""

    path: str  # as given
    image: np.ndarray  # BGR uint8, EXIF orientation applied
    sha256: str  # hex digest of the file's bytes
    taken_at: datetime | None  # EXIF DateTimeOriginal (else DateTime), camera local time
    size: tuple[int, int]  # (width, height) of `image`
    format: str = ""  # one of formats.SUPPORTED_FORMATS
    orientation: int = 1  # the EXIF orientation (1-8) that was applied
    data: bytes = b""  # the file's bytes, read once: what was hashed and decoded is what the library keeps


@dataclass
class _Header:
    width: int
    height: int
    exif: Image.Exif | None
    has_alpha: bool
    pil: Image.Image | None  # the lazily opened Pillow image, where one was needed
    sample_bytes: int = 3  # bytes per pixel of what the decoder produces (channels x bytes per sample)


def load_photo(path: str | os.PathLike[str], *, max_pixels: int = MAX_PIXELS) -> Photo:
    """Read and decode one photo. Raises InputFileError (or ImageTooLargeError) with a clear reason."""
    spath = os.fspath(path)
    data = read_regular(spath, MAX_FILE_BYTES)  # a regular file only, its size checked before reading
    digest = hashlib.sha256(data).hexdigest()
    head = data[: formats.SNIFF_BYTES]
    fmt = formats.sniff_format(head)
    if fmt is None:
        other = formats.describe_other_format(head)
        raise InputFileError(spath, f"not an image ({other})" if other else "not an image (unrecognised format)")
    name = FORMAT_NAMES[fmt]
    try:
        header = _read_header(fmt, data, spath, max_pixels)
    except InputFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputFileError(spath, "image too large (refused as a possible decompression bomb)") from None
    except MemoryError:
        raise InputFileError(spath, "not enough memory to read the image") from None
    except Exception:  # any parser failure on a damaged header
        raise InputFileError(spath, f"truncated or corrupt {name}") from None

    decoded = header.width * header.height * header.sample_bytes
    if decoded > MAX_DECODED_BYTES:
        raise InputFileError(spath, f"image too large to read: {header.width} x {header.height} pixels of "
                                    f"{header.sample_bytes} bytes take {decoded // 1_000_000} MB decoded, over the "
                                    f"limit of {MAX_DECODED_BYTES // 1_000_000} MB")
    orientation = _orientation(header.exif)
    if fmt == formats.HEIF and header.pil is not None:  # libheif has already turned it upright
        orientation = _int_or(header.pil.info.get("original_orientation"), 1)
    try:
        image = _decode(fmt, data, header)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLargeError(spath, header.width, header.height, max_pixels) from None
    except MemoryError:
        raise InputFileError(spath, "not enough memory to decode the image") from None
    except Exception:
        image = None
    if image is None or image.size == 0:
        raise InputFileError(spath, f"truncated or corrupt {name}")
    h, w = image.shape[:2]
    if min(w, h) < MIN_SHORT_SIDE or max(w, h) < MIN_LONG_SIDE:
        raise InputFileError(spath, f"image too small to hold a card ({w} x {h} pixels)")
    return Photo(
        path=spath,
        image=image,
        sha256=digest,
        taken_at=_taken_at(header.exif),
        size=(w, h),
        format=fmt,
        orientation=orientation,
        data=data,
    )


def _read_header(fmt: str, data: bytes, path: str, max_pixels: int) -> _Header:
    """Size, EXIF and alpha from the header, checking the size limit before any decoding."""
    pil: Image.Image | None = None
    exif: Image.Exif | None = None
    has_alpha = False

    def guard(width: int, height: int) -> None:
        if width <= 0 or height <= 0:
            raise StructureError("bad size")
        if width * height > max_pixels:
            raise ImageTooLargeError(path, width, height, max_pixels)

    if fmt == formats.PNG:
        info = formats.check_png(data)
        guard(info.width, info.height)
        exif = _exif_from_bytes(info.exif) if info.exif else None
        # OpenCV decodes an opaque PNG straight to 8-bit BGR; one with transparency as it is (16 bits stay 16).
        pixel_bytes = (4 * (2 if info.bit_depth == 16 else 1)) if info.has_alpha else 3
        return _Header(info.width, info.height, exif, info.has_alpha, None, pixel_bytes)
    if fmt == formats.WEBP:
        width, height = formats.check_webp(data)
        guard(width, height)
        pil = WebPImagePlugin.WebPImageFile(io.BytesIO(data))
        has_alpha = pil.mode in ("RGBA", "LA")
        raw = pil.info.get("exif")
        exif = _exif_from_bytes(raw) if isinstance(raw, bytes) else None
        return _Header(width, height, exif, has_alpha, pil)
    if fmt == formats.JPEG:
        pil = JpegImagePlugin.JpegImageFile(io.BytesIO(data))
    elif fmt == formats.BMP:
        pil = BmpImagePlugin.BmpImageFile(io.BytesIO(data))
    elif fmt == formats.TIFF:
        pil = TiffImagePlugin.TiffImageFile(io.BytesIO(data))
    elif fmt == formats.HEIF:
        pil = pillow_heif.HeifImageFile(io.BytesIO(data))
    elif fmt == formats.AVIF:
        if AvifImagePlugin is None:
            raise InputFileError(path, "AVIF images are not supported by this installation of Pillow")
        pil = AvifImagePlugin.AvifImageFile(io.BytesIO(data))
    else:  # pragma: no cover - sniff_format only returns the formats above
        raise StructureError(fmt)
    width, height = pil.size
    guard(width, height)
    if fmt == formats.JPEG:
        formats.check_jpeg(data)
    elif fmt == formats.BMP:
        formats.check_bmp(data)
    has_alpha = pil.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in pil.info
    exif = _safe_exif(pil)  # damaged EXIF never makes a photo unreadable
    return _Header(width, height, exif, has_alpha, pil, _pil_pixel_bytes(pil.mode, has_alpha))


def _pil_pixel_bytes(mode: str, has_alpha: bool) -> int:
    """Bytes per pixel Pillow decodes `mode` into, or what it is converted to (RGB, RGBA), whichever is more."""
    if mode.startswith("I;16"):
        return 3 * 2  # 16-bit grey, read then spread to 8-bit BGR
    if mode in ("I", "F"):
        return 3 * 4
    return 4 if has_alpha or mode == "CMYK" else 3


def _exif_from_bytes(raw: bytes) -> Image.Exif | None:
    try:
        exif = Image.Exif()
        exif.load(raw)
        return exif
    except Exception:
        return None


def _decode(fmt: str, data: bytes, header: _Header) -> np.ndarray | None:
    """The upright BGR image. OpenCV for the common formats (fast); Pillow for HEIF, AVIF and TIFF."""
    if fmt in (formats.HEIF, formats.AVIF, formats.TIFF):
        # Pillow (and pillow-heif) apply some orientations themselves while decoding, depending on the
        # format and version (HEIF always, TIFF in Pillow >= 11); what is left in the EXIF afterwards
        # is what remains to be done. OpenCV turns TIFFs upright even with IMREAD_IGNORE_ORIENTATION,
        # so it cannot be told apart from an upright file: TIFF goes through Pillow.
        assert header.pil is not None
        with quiet_native_stderr():
            image = _pil_to_bgr(header.pil)
        return apply_orientation(image, _orientation(_safe_exif(header.pil)))
    flags = cv2.IMREAD_UNCHANGED if header.has_alpha else cv2.IMREAD_COLOR
    decoded = _imdecode(data, flags | cv2.IMREAD_IGNORE_ORIENTATION)
    # (Handed on without a name here, so that a 16-bit decode is freed as soon as it is converted to 8 bits.)
    return None if decoded is None else apply_orientation(to_bgr8(decoded.pop()), _orientation(header.exif))


def _imdecode(data: bytes, flags: int) -> list[np.ndarray] | None:
    with quiet_native_stderr():
        decoded = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
    return None if decoded is None else [np.asarray(decoded)]


def _safe_exif(im: Image.Image) -> Image.Exif | None:
    try:
        return im.getexif()
    except Exception:
        return None


def _int_or(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _pil_to_bgr(im: Image.Image) -> np.ndarray:
    im.load()
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (im.mode == "P" and "transparency" in im.info):
        rgba = np.asarray(im.convert("RGBA"))
        return to_bgr8(cv2.cvtColor(rgba, cv2.COLOR_RGBA2BGRA))
    if im.mode.startswith(("I;16", "I", "F")):
        # 16-bit, 32-bit integer and float grey (scanners, microscopes): Pillow's convert("RGB") would clip every
        # value over 255 to white. The samples are spread over 8 bits instead.
        return to_bgr8(stretch_to_uint8(np.asarray(im)))
    if im.mode != "RGB":
        im = im.convert("RGB")
    return cv2.cvtColor(np.asarray(im), cv2.COLOR_RGB2BGR)


def _orientation(exif: Image.Exif | None) -> int:
    if exif is None:
        return 1
    try:
        value = int(exif.get(_TAG_ORIENTATION, 1))
    except (TypeError, ValueError):
        return 1
    return value if 1 <= value <= 8 else 1


def apply_orientation(image: np.ndarray, orientation: int) -> np.ndarray:
    """Turn a stored image upright according to its EXIF orientation (1-8)."""
    if orientation == 2:
        return cv2.flip(image, 1)
    if orientation == 3:
        return cv2.rotate(image, cv2.ROTATE_180)
    if orientation == 4:
        return cv2.flip(image, 0)
    if orientation == 5:
        return cv2.transpose(image)
    if orientation == 6:
        return cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.rotate(cv2.transpose(image), cv2.ROTATE_180)
    if orientation == 8:
        return cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return image


def _taken_at(exif: Image.Exif | None) -> datetime | None:
    if exif is None:
        return None
    try:
        sub = exif.get_ifd(_TAG_EXIF_IFD)
    except Exception:
        sub = {}
    for value in (sub.get(_TAG_DATETIME_ORIGINAL), sub.get(_TAG_DATETIME_DIGITIZED), exif.get(_TAG_DATETIME)):
        parsed = parse_exif_datetime(value)
        if parsed is not None:
            return parsed
    return None


def parse_exif_datetime(value: object) -> datetime | None:
    """'2024:05:01 10:11:12' (EXIF) as a naive datetime; None for blanks and garbage."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    text = value.strip().strip("\x00").strip()
    if len(text) < 19:
        return None
    text = text[:19]
    for pattern in ("%Y:%m:%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S"):
        try:
            parsed = datetime.strptime(text, pattern)
        except ValueError:
            continue
        # A camera clock that was never set says 0000 or 1970; one gone wrong can say 9999, where the follow-up
        # date (days after the meeting) would not exist.
        return parsed if 1980 <= parsed.year <= LATEST_PHOTO_YEAR else None
    return None
