"""Write photos (JPEG / HEIC / PNG with EXIF) and their truth JSON; the sample and bench presets."""

from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from .photo import EXTRA_KINDS, KINDS, Photo
from .scenes import event_time, make_photo

EXT = {"jpeg": ".jpg", "heic": ".heic", "png": ".png"}
TAG_ORIENTATION, TAG_MAKE, TAG_MODEL, TAG_EXIF_IFD = 0x0112, 0x010F, 0x0110, 0x8769
TAG_DATETIME_ORIGINAL, TAG_DATETIME_DIGITIZED = 0x9003, 0x9004


def stored_pixels(display: np.ndarray, orientation: int) -> np.ndarray:
    """The pixel data to store so that a viewer honouring EXIF `orientation` shows `display`."""
    if orientation == 6:  # viewer turns it 90 degrees clockwise
        return np.ascontiguousarray(np.rot90(display, 1))
    if orientation == 8:  # viewer turns it 90 degrees counter-clockwise
        return np.ascontiguousarray(np.rot90(display, -1))
    if orientation == 3:
        return np.ascontiguousarray(np.rot90(display, 2))
    if orientation != 1:
        raise ValueError(f"unsupported EXIF orientation {orientation}")
    return display


def _exif(photo: Photo) -> Image.Exif:
    exif = Image.Exif()
    exif[TAG_ORIENTATION] = photo.exif_orientation
    if photo.kind in ("phone", "multi", "closeup"):
        exif[TAG_MAKE] = "cardgen"
        exif[TAG_MODEL] = "Synthetic Phone"
    if photo.taken_at:
        stamp = datetime.fromisoformat(photo.taken_at).strftime("%Y:%m:%d %H:%M:%S")
        ifd = exif.get_ifd(TAG_EXIF_IFD)
        ifd[TAG_DATETIME_ORIGINAL] = stamp
        ifd[TAG_DATETIME_DIGITIZED] = stamp
    return exif


def encode(photo: Photo) -> bytes:
    """The photo file's bytes in its format, pixels turned as its EXIF orientation requires."""
    import io

    img = Image.fromarray(stored_pixels(photo.image, photo.exif_orientation))
    buf = io.BytesIO()
    exif = _exif(photo).tobytes()
    if photo.format == "jpeg":
        img.save(buf, "JPEG", quality=photo.quality, exif=exif, subsampling=2, optimize=True)
    elif photo.format == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
        # x265's "ultrafast" preset: 8x faster than the default at this size, files about as small.
        img.save(buf, format="HEIF", quality=max(50, photo.quality - 25), exif=exif,
                 enc_params={"preset": "ultrafast"})
    elif photo.format == "png":
        img.save(buf, "PNG", compress_level=6, exif=exif)
    else:
        raise ValueError(f"unknown format {photo.format!r}")
    return buf.getvalue()


def _atomic_write(path: Path, data: bytes, overwrite: bool) -> None:
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists (use --force to replace it)")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_photo(photo: Photo, out_dir: str | os.PathLike[str], stem: str, *, overwrite: bool = False) -> Path:
    """Write `<stem>.<ext>` and `<stem>.truth.json` into out_dir; returns the photo's path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{stem}{EXT[photo.format]}"
    _atomic_write(path, encode(photo), overwrite)
    truth = json.dumps(photo.truth(path.name), ensure_ascii=False, indent=1) + "\n"
    _atomic_write(out / f"{stem}.truth.json", truth.encode("utf-8"), overwrite)
    return path


def photo_seed(run_seed: int, index: int) -> int:
    """The seed of photo `index` in a run (make_photo(photo_seed(...)) rebuilds that one photo)."""
    digest = hashlib.sha256(f"cardgen:{run_seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass(frozen=True)
class PhotoPlan:
    kind: str
    options: dict[str, Any]


# The committed sample set: 20 photos covering every kind, format, orientation and language.
SAMPLE_PLAN: tuple[PhotoPlan, ...] = (
    PhotoPlan("phone", {"locale": "nl-NL", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "qr": "vcard"}),
    PhotoPlan("phone", {"locale": "de-DE", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "portrait": False}),
    PhotoPlan("phone", {"locale": "fr-FR", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "dark": True}),
    PhotoPlan("phone", {"locale": "it-IT", "fmt": "jpeg", "quality": 80, "exif_orientation": 1}),
    PhotoPlan("phone", {"locale": "sv-SE", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "portrait": True}),
    PhotoPlan("phone", {"locale": "es-ES", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "qr": "mecard"}),
    PhotoPlan("phone", {"locale": "pt-PT", "fmt": "jpeg", "quality": 80, "exif_orientation": 1}),
    PhotoPlan("phone", {"locale": "en-GB", "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "dark": True}),
    PhotoPlan("phone", {"locale": "de-AT", "fmt": "jpeg", "quality": 80, "exif_orientation": 6, "portrait": True}),
    PhotoPlan("phone", {"locale": "nl-BE", "fmt": "jpeg", "quality": 80, "exif_orientation": 8, "portrait": True}),
    PhotoPlan("phone", {"locale": "en-US", "fmt": "jpeg", "quality": 80, "exif_orientation": 3, "portrait": False,
                        "qr": "vcard"}),
    PhotoPlan("phone", {"locale": "de-CH", "fmt": "heic", "exif_orientation": 1}),
    PhotoPlan("phone", {"locale": "pt-BR", "fmt": "heic", "exif_orientation": 1, "dark": False}),
    PhotoPlan("multi", {"n_cards": 3, "fmt": "jpeg", "quality": 80, "exif_orientation": 1}),
    PhotoPlan("multi", {"n_cards": 4, "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "qr": "vcard"}),
    PhotoPlan("multi", {"n_cards": 6, "fmt": "jpeg", "quality": 80, "exif_orientation": 1, "portrait": False}),
    PhotoPlan("flatbed", {"n_cards": 2, "fmt": "png"}),
    PhotoPlan("flatbed", {"n_cards": 5, "fmt": "jpeg"}),
    PhotoPlan("crop", {"locale": "fr-BE", "fmt": "jpeg"}),
    PhotoPlan("crop", {"locale": "es-ES", "fmt": "jpeg", "dark": True}),
)
BENCH_KIND_WEIGHTS = {"phone": 50, "multi": 20, "flatbed": 10, "crop": 20, "closeup": 30}
PRESETS = ("bench", "sample")


def plan(count: int, seed: int, preset: str = "bench", kinds: Iterable[str] | None = None) -> list[PhotoPlan]:
    wanted = list(kinds) if kinds else list(KINDS)
    for k in wanted:
        if k not in KINDS + EXTRA_KINDS:
            raise ValueError(f"unknown kind {k!r}; expected some of {', '.join(KINDS + EXTRA_KINDS)}")
    if preset == "sample":
        base = [p for p in SAMPLE_PLAN if p.kind in wanted]
        return [base[i % len(base)] for i in range(count)] if base else []
    if preset != "bench":
        raise ValueError(f"unknown preset {preset!r}; expected one of {', '.join(PRESETS)}")
    rng = random.Random(seed)
    return [PhotoPlan(rng.choices(wanted, weights=[BENCH_KIND_WEIGHTS[k] for k in wanted])[0], {})
            for _ in range(count)]


def generate(out_dir: str | os.PathLike[str], count: int, seed: int, preset: str = "bench",
             kinds: Iterable[str] | None = None, *, overwrite: bool = False,
             progress: Any = None) -> list[Path]:
    """Write `count` photos and their truth files into out_dir; returns the photo paths in order."""
    plans = plan(count, seed, preset, kinds)
    start = event_time(random.Random(seed))
    rng = random.Random(seed ^ 0x5EED)
    taken = start
    paths: list[Path] = []
    for i, p in enumerate(plans):
        taken = taken + timedelta(seconds=rng.randint(25, 240))
        options = dict(p.options)
        if p.kind in ("phone", "multi", "closeup"):
            options.setdefault("taken_at", taken)
        photo = make_photo(photo_seed(seed, i), p.kind, **options)
        path = write_photo(photo, out_dir, f"{i + 1:03d}-{p.kind}", overwrite=overwrite)
        paths.append(path)
        if progress is not None:
            progress(i + 1, len(plans), path)
    return paths
