"""`make bench-real`: scan real, hand-labelled card photos and score them with the shared scorer.

    python scripts/bench_real.py [FOLDER] [--labels FILE ...] [--engine NAME] [--lang LANGS] [--jobs N]
                                 [--predictions OUT.jsonl] [--list-misses]

FOLDER holds the images under the relative paths the labels use as keys (for example
`Businesscard-Scanner/1765285241233-image.jpg`); default: $CARDSCAN_REAL_DIR, else
~/.cache/cardscan-real. The images stay outside the repository and CI never needs them: when the
folder, the labels or the scorer are missing, one line says so and the script exits 0.

Labels: every --labels file given, else the shared development set
(`../shared/realcards/labels.hashed.json`, beside the repository) plus every `bench/real/*.json`
in the repository. They hold sha256 prefixes of the normalised values, never plain text, and are
scored by `score.py` from the shared folder (`--scorer`), unchanged.

Printed, for all photos, by kind of image (phone photo, scan) and by set (each labels file, so the
shared set and bench/real are also scored apart): per-field hits, field accuracy, cards with every
labelled field right, photos where no card was found, extra detections (cards found beyond those
labelled), and seconds per card (each photo's own reading time: load, find, straighten, OCR,
extract; and the whole run's wall time, with --jobs workers).

The kind of image is decided from the file alone (`image_kind`): a phone photo carries a camera's
EXIF tags (make, model, orientation, exposure, focal length) or has a camera sensor's shape (4:3,
3:2, 16:9 or 1:1) at two megapixels or more; anything else (a card-shaped image from a flatbed
scanner or a crop of one) is a scan.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from PIL import Image

from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES
from cardscan.pipeline import ScanOptions, scan_photos

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "realcards"
DEFAULT_FOLDER = Path.home() / ".cache" / "cardscan-real"
KINDS = ("photo", "scan")

# EXIF tags only a camera writes: Make, Model, Orientation (IFD0); ExposureTime, FNumber, FocalLength (Exif IFD).
CAMERA_TAGS = (0x010F, 0x0110, 0x0112)
CAMERA_EXIF_TAGS = (0x829A, 0x829D, 0x920A)
SENSOR_ASPECTS = (4 / 3, 3 / 2, 16 / 9, 1.0)


def image_kind(path: Path) -> str:
    """'photo' (a phone or camera photo) or 'scan' (a flatbed scan or a card-shaped crop)."""
    with Image.open(path) as im:
        exif = im.getexif()
        width, height = im.size
        camera = any(tag in exif for tag in CAMERA_TAGS) or any(
            tag in exif.get_ifd(0x8769) for tag in CAMERA_EXIF_TAGS)
    aspect = max(width, height) / max(1, min(width, height))
    sensor = width * height >= 2_000_000 and any(abs(aspect / a - 1) < 0.02 for a in SENSOR_ASPECTS)
    return "photo" if camera or sensor else "scan"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("realcards_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_labels() -> list[Path]:
    shared = SHARED / "labels.hashed.json"
    return ([shared] if shared.is_file() else []) + sorted((REPO / "bench" / "real").glob("*.json"))


def merge_labels(files: list[Path]) -> tuple[dict[str, Any], dict[str, Path]]:
    """All labels by image key, and the file each key's label came from (its set)."""
    labels: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for f in files:
        for key, value in json.loads(f.read_text()).items():
            if key in labels and labels[key] != value:
                print(f"note: {key} is labelled in more than one file; {f.name} wins", file=sys.stderr)
            labels[key] = value
            origin[key] = f
    return labels, origin


def set_name(path: Path) -> str:
    """A labels file as the report names it: relative to the repository, or its parent folder and name."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return f"{path.parent.name}/{path.name}"


@dataclass
class KindTally:
    photos: int = 0
    cards: int = 0  # labelled cards
    no_card: int = 0  # photos where no card was found
    failed: int = 0  # photos that could not be read for another reason
    extra: int = 0  # cards found beyond the number labelled in the photo
    seconds: float = 0.0  # the photos' own reading time
    misses: list[str] = field(default_factory=list)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", help="the images (default: $CARDSCAN_REAL_DIR or ~/.cache/cardscan-real)")
    ap.add_argument("--labels", action="append", type=Path,
                    help="hashed labels file (repeatable; default: the shared set plus bench/real/*.json)")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--engine", default=DEFAULT_ENGINE)
    ap.add_argument("--lang", default=DEFAULT_LANGUAGES)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--predictions", type=Path, help="also write the scan's JSON Lines here (outside the repository)")
    ap.add_argument("--list-misses", action="store_true", help="name the photos where no card was found")
    args = ap.parse_args()

    folder = Path(args.folder or os.environ.get("CARDSCAN_REAL_DIR") or DEFAULT_FOLDER).expanduser()
    label_files = args.labels or default_labels()
    if not folder.is_dir():
        print(f"bench-real: no real card images at {folder} (see ../shared/realcards/README.md); nothing to do")
        return 0
    missing = [f for f in [*label_files, args.scorer] if not f.is_file()]
    if not label_files or missing:
        print(f"bench-real: labels or scorer not found ({', '.join(map(str, missing)) or 'no labels'}); nothing to do")
        return 0
    scorer = load_scorer(args.scorer)
    labels, origin = merge_labels(label_files)
    present = {key: folder / key for key in labels if (folder / key).is_file()}
    if not present:
        print(f"bench-real: none of the {len(labels)} labelled images is in {folder}; nothing to do")
        return 0
    if len(present) < len(labels):
        print(f"note: {len(labels) - len(present)} of {len(labels)} labelled images are not in {folder}; "
              "they are left out")
    labels = {key: labels[key] for key in present}
    kinds = {key: image_kind(path) for key, path in present.items()}
    key_of = {str(path): key for key, path in present.items()}

    options = ScanOptions(engine=args.engine, languages=args.lang, jobs=args.jobs)
    print(f"scanning {len(present)} real photos from {folder} with {args.engine} ({args.lang}), "
          f"{options.worker_count(len(present))} worker(s)...")
    started = time.perf_counter()
    results = list(scan_photos(list(key_of), options))
    wall = time.perf_counter() - started

    predictions: list[dict[str, Any]] = []
    tallies = {kind: KindTally() for kind in ("all", *KINDS)}
    set_tallies = {label_file: KindTally() for label_file in label_files}
    for result in results:
        key = key_of[result.source]
        n_labelled = len(labels[key]) if isinstance(labels[key], list) else 1
        for tally in (tallies["all"], tallies[kinds[key]], set_tallies[origin[key]]):
            tally.photos += 1
            tally.cards += n_labelled
            tally.seconds += result.seconds
            tally.extra += max(0, len(result.cards) - n_labelled)
            if result.error is not None and "no business card found" in result.error:
                tally.no_card += 1
                tally.misses.append(key)
            elif result.error is not None:
                tally.failed += 1
                tally.misses.append(key)
        for card in result.cards:
            predictions.append({"source": key, "card": card.index, "contact": card.contact.to_dict(),
                                "qr": card.qr, "text": card.text})
    if args.predictions:
        args.predictions.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions))

    print()
    for kind, tally in tallies.items():
        if not tally.photos:
            continue
        subset = {key: value for key, value in labels.items() if kind == "all" or kinds[key] == kind}
        report = scorer.score(subset, [p for p in predictions if p["source"] in subset])
        print_kind({"all": "all images", "photo": "phone photos", "scan": "scans"}[kind], tally, report)
        if args.list_misses and tally.misses and kind == "all":
            print("  no card found / failed: " + ", ".join(sorted(tally.misses)))
    sets = sorted({origin[key] for key in labels}, key=label_files.index)
    if len(sets) > 1:
        print("\nby set (labels file):")
        for label_file in sets:
            keys = {key for key in labels if origin[key] == label_file}
            subset = {key: labels[key] for key in keys}
            report = scorer.score(subset, [p for p in predictions if p["source"] in keys])
            print_kind(set_name(label_file), set_tallies[label_file], report)
    cards = tallies["all"].cards
    print(f"\nwall time {wall:.1f} s for {cards} cards = {wall / max(1, cards):.2f} s per card "
          f"({options.worker_count(len(present))} worker(s))")
    total = tallies["all"]
    print(f"targets: a card found in {1 - total.no_card / total.photos:.1%} of photos (>= 97%), "
          f"extra detections {total.extra / max(1, total.cards):.1%} (<= 3%)")
    return 0


def print_kind(title: str, tally: KindTally, report: dict[str, Any]) -> None:
    print(f"{title}: {tally.photos} photos, {tally.cards} cards")
    print(f"  field accuracy {report['field_acc']:.3f}, cards fully right {report['perfect_cards']:.1%}")
    print("  per field: " + ", ".join(f"{f} {v}" for f, v in report["per_field"].items()))
    print(f"  no card found in {tally.no_card} of {tally.photos} photos"
          + (f", {tally.failed} failed otherwise" if tally.failed else "")
          + f"; extra detections {tally.extra} ({tally.extra / max(1, tally.cards):.1%})")
    print(f"  {tally.seconds / max(1, tally.cards):.2f} s per card (reading time per photo, one worker)")


if __name__ == "__main__":
    raise SystemExit(main())
