"""`make bench-perturbed`: real-card accuracy when the photos are worse than the ones labelled.

    python scripts/bench_perturbed.py [FOLDER] [--labels FILE ...] [--kind NAME ...] [--engine NAME] [--jobs N]

Each labelled real photo (the same folder and labels as `make bench-real`; default: the shared development set) is
copied with one change a user's photos often have, and the copies are scanned and scored by `scripts/bench_real.py`,
beside the photos as they are, in the same run:

- `half`: half the width and height (a photo taken from further away, or sent shrunk by a messenger);
- `small`: 350 pixels on the long side (a thumbnail, a card cut from a web page);
- `tilt7`: turned by 7 degrees, the corners filled with the photo's own edge (a card photographed askew);
- `quarter`: turned by a quarter turn (a card lying sideways);
- `jpeg25`: saved as a JPEG of quality 25 (a photo compressed by a messenger);
- `dim`: half as bright, with sensor noise (a photo taken in a dim room).

Printed: field accuracy and cards fully right per kind, and the difference to the photos as they are. The copies go
to a temporary folder that is deleted afterwards; nothing is written elsewhere. Where the images, the labels or the
scorer are missing, one line says so and it exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_real import DEFAULT_FOLDER, REPO, SHARED

Change = Callable[[np.ndarray], np.ndarray]


def _half(img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    return cv2.resize(img, (max(1, w // 2), max(1, h // 2)), interpolation=cv2.INTER_AREA)


def _small(img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    f = min(1.0, 350 / max(h, w))
    return cv2.resize(img, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)


def _tilt7(img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), 7, 1.0)
    return cv2.warpAffine(img, turn, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _quarter(img: np.ndarray) -> np.ndarray:
    return cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)


def _jpeg25(img: np.ndarray) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 25])
    return cv2.imdecode(data, cv2.IMREAD_COLOR) if ok else img


def _dim(img: np.ndarray) -> np.ndarray:
    noise = np.random.default_rng(7).normal(0.0, 6.0, img.shape)
    return np.clip(img.astype(np.float32) * 0.55 + noise, 0, 255).astype(np.uint8)


KINDS: dict[str, Change] = {"half": _half, "small": _small, "tilt7": _tilt7, "quarter": _quarter,
                            "jpeg25": _jpeg25, "dim": _dim}
_SUMMARY = re.compile(r"field accuracy ([\d.]+), cards fully right ([\d.]+)%")


def write_copies(folder: Path, keys: list[str], change: Change, out: Path) -> int:
    """Each photo changed, as a PNG under its own key (the loader reads images by their content); the number written."""
    from cardscan.imaging import load_photo

    n = 0
    for key in keys:
        try:
            image = load_photo(str(folder / key)).image  # EXIF orientation applied, as cardscan reads it
        except Exception as exc:  # a photo cardscan refuses is left out of every kind alike
            print(f"  {key}: {type(exc).__name__}; left out", file=sys.stderr)
            continue
        ok, data = cv2.imencode(".png", change(image))
        if ok:
            (out / key).parent.mkdir(parents=True, exist_ok=True)
            (out / key).write_bytes(data.tobytes())
            n += 1
    return n


def score(folder: Path, labels: list[Path], scorer: Path, engine: str | None, jobs: int) -> tuple[float, float] | None:
    """(field accuracy, share of cards fully right) of `make bench-real` on a folder, all images together."""
    cmd = [sys.executable, str(REPO / "scripts" / "bench_real.py"), str(folder), "--scorer", str(scorer),
           "--jobs", str(jobs)]
    for path in labels:
        cmd += ["--labels", str(path)]
    if engine:
        cmd += ["--engine", engine]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    m = _SUMMARY.search(run.stdout)
    if m is None:
        print(run.stdout[-2000:], run.stderr[-2000:], file=sys.stderr)
        return None
    return float(m.group(1)), float(m.group(2))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", help="the images (default: $CARDSCAN_REAL_DIR or ~/.cache/cardscan-real)")
    ap.add_argument("--labels", type=Path, action="append", help="repeatable (default: the shared development set)")
    ap.add_argument("--kind", action="append", choices=sorted(KINDS), help="repeatable (default: all)")
    ap.add_argument("--engine")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    args = ap.parse_args()
    folder = Path(args.folder or os.environ.get("CARDSCAN_REAL_DIR") or DEFAULT_FOLDER).expanduser()
    labels = args.labels or [SHARED / "labels.hashed.json"]
    missing = [str(p) for p in [*labels, args.scorer] if not p.is_file()]
    if not folder.is_dir() or missing:
        print(f"bench-perturbed: no real card images at {folder} or missing {', '.join(missing) or '-'}; "
              "nothing to do")
        return 0
    keys = sorted({k for path in labels for k in json.loads(path.read_text()) if (folder / k).is_file()})
    if not keys:
        print(f"bench-perturbed: none of the labelled images is in {folder}; nothing to do")
        return 0
    print(f"{len(keys)} labelled photos from {', '.join(p.name for p in labels)}")
    base = score(folder, labels, args.scorer, args.engine, args.jobs)
    if base is None:
        return 1
    print(f"{'as they are':12s} field accuracy {base[0]:.3f}, cards fully right {base[1]:.1f}%")
    for kind in args.kind or list(KINDS):
        with tempfile.TemporaryDirectory(prefix=f"cardscan-{kind}-") as tmp:
            written = write_copies(folder, keys, KINDS[kind], Path(tmp))
            got = score(Path(tmp), labels, args.scorer, args.engine, args.jobs)
        if got is None:
            return 1
        print(f"{kind:12s} field accuracy {got[0]:.3f} ({got[0] - base[0]:+.3f}), cards fully right {got[1]:.1f}% "
              f"({got[1] - base[1]:+.1f}), {written} photos")
    return 0


if __name__ == "__main__":
    sys.exit(main())
