"""Measure card detection (cardscan.imaging.find_cards) against the generator's truth.

    .venv/bin/python scripts/eval_detect.py --generate 50 --seed 5100          # fresh photos (files, as users have)
    .venv/bin/python scripts/eval_detect.py --dir sample_cards                 # any folder of photos + truth
    .venv/bin/python scripts/eval_detect.py --dense 10 --cards 12 --seed 5300  # 8-12 cards on one table

A truth card counts as found when one detected outline overlaps it with IoU >= 0.9 (each detection
matches one card at most); a detection matching no card is a false positive. Load (decode + EXIF)
and detection are timed separately: wall time (best of --repeat runs) and this thread's CPU time
with OpenCV single-threaded, which stays meaningful on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from cardscan.imaging import find_cards, load_photo, warp_card  # noqa: E402
from cardscan.imaging.geometry import polygon_iou  # noqa: E402

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".bmp"}
IOU_FOUND = 0.9


@dataclass
class PhotoScore:
    name: str
    kind: str
    surface: str
    cards: int
    found: int
    false_positives: int
    ious: list[float] = field(default_factory=list)  # best IoU per truth card
    load_s: float = 0.0
    detect_s: float = 0.0
    detect_cpu_s: float = 0.0
    warp_s: float = 0.0  # straightening every detected card at the default size


def score_photo(name: str, image: np.ndarray, truth: dict[str, Any], repeat: int, load_s: float) -> PhotoScore:
    best_wall, best_cpu = math.inf, math.inf
    quads: list[Any] = []
    for _ in range(max(1, repeat)):
        t0, c0 = time.perf_counter(), time.thread_time()
        quads = find_cards(image)
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.thread_time() - c0)
    t0 = time.perf_counter()
    for q in quads:
        warp_card(image, q)
    warp_s = time.perf_counter() - t0
    truths = [np.array(c["quad"], dtype=np.float64) for c in truth["cards"]]
    used: set[int] = set()
    ious = []
    found = 0
    for tq in truths:
        scores = [(polygon_iou(tq, q), j) for j, q in enumerate(quads) if j not in used]
        iou, j = max(scores, default=(0.0, -1))
        ious.append(iou)
        if iou >= IOU_FOUND:
            found += 1
            used.add(j)
    return PhotoScore(name, truth.get("kind", "?"), truth.get("surface", "?"), len(truths), found,
                      len(quads) - len(used), ious, load_s, best_wall, best_cpu, warp_s)


def from_dir(folder: Path, repeat: int) -> list[PhotoScore]:
    out = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES):
        truth_path = path.with_name(path.stem + ".truth.json")
        if not truth_path.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        photo = load_photo(path)
        load_s = time.perf_counter() - t0
        if list(photo.size) != list(truth.get("size", photo.size)):
            print(f"{path.name}: loaded size {photo.size} differs from the truth's {truth['size']}", file=sys.stderr)
        out.append(score_photo(path.name, photo.image, truth, repeat, load_s))
        report_line(out[-1])
    return out


def dense_photo(seed: int, n_cards: int) -> tuple[np.ndarray, dict[str, Any]]:
    """8-12 cards on one table (the generator's own multi photos hold 3-6), built from its parts."""
    from cardgen.photo import (
        PHONE_SIZE,
        _card_truth,
        _paper,
        _pick_surface,
        _render,
        card_quad,
        composite_card,
        finish,
    )
    from cardgen.surfaces import make_surface

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    W, H = PHONE_SIZE
    cols, rows = 4, 3
    surface = _pick_surface(rng)
    canvas = make_surface(nrng, surface, H, W)
    cells = [(c, r) for r in range(rows) for c in range(cols)]
    rng.shuffle(cells)
    light_dir = (rng.uniform(-1, 1), rng.uniform(0.2, 1))
    cards = []
    occupied = np.zeros((H // 8, W // 8), np.uint8)
    for i in range(min(n_cards, len(cells))):
        c, r = cells[i]
        cell_w, cell_h = W / cols, H / rows
        width = rng.uniform(0.72, 0.84) * cell_w
        angle = rng.gauss(0, 5) + (rng.choice([90.0, 180.0, 270.0]) if rng.random() < 0.15 else 0.0)
        card = _render(rng, width)
        aspect = card.image.height / card.image.width
        for _ in range(60):
            centre = ((c + rng.uniform(0.45, 0.55)) * cell_w, (r + rng.uniform(0.45, 0.55)) * cell_h)
            keystone = (rng.uniform(-0.04, 0.04), rng.uniform(-0.04, 0.04))
            q = card_quad(*centre, width, aspect, angle, keystone, nrng.uniform(-0.004, 0.004, (4, 2)))
            mask = np.zeros_like(occupied)
            cv2.fillConvexPoly(mask, (q / 8).astype(np.int32), 1)
            if q.min() > 20 and q[:, 0].max() < W - 20 and q[:, 1].max() < H - 20 and not (
                    cv2.dilate(mask, np.ones((5, 5), np.uint8)) & occupied).any():
                occupied |= mask
                composite_card(canvas, _paper(card, nrng), q, nrng, rng.uniform(0.25, 0.45), light_dir)
                cards.append(_card_truth(card, q))
                break
            width *= 0.97
            angle *= 0.8
    img = finish(canvas, nrng, light=rng.uniform(0.1, 0.25), blur=rng.uniform(0.4, 0.9), noise=rng.uniform(1.5, 3.0),
                 occluder=rng.random() < 0.2, tint=True)
    return cv2.cvtColor(img, cv2.COLOR_RGB2BGR), {"kind": "dense", "surface": surface, "cards": cards}


def report_line(s: PhotoScore) -> None:
    flag = "" if s.found == s.cards and not s.false_positives else "  <--"
    ious = " ".join(f"{x:.3f}" for x in s.ious)
    print(f"{s.name:24} {s.kind:7} {s.surface:11} cards {s.found}/{s.cards} fp {s.false_positives}  "
          f"load {s.load_s * 1000:4.0f} ms  detect {s.detect_s * 1000:4.0f} ms (cpu {s.detect_cpu_s * 1000:4.0f})  "
          f"warp {s.warp_s * 1000:3.0f} ms  "
          f"IoU {ious}{flag}")


def summary(scores: list[PhotoScore]) -> dict[str, Any]:
    def ms(values: list[float]) -> dict[str, float]:
        if not values:
            return {}
        v = sorted(values)
        return {"mean": round(statistics.mean(v) * 1000, 1), "median": round(statistics.median(v) * 1000, 1),
                "p90": round(v[min(len(v) - 1, int(0.9 * len(v)))] * 1000, 1), "max": round(v[-1] * 1000, 1)}

    cards = sum(s.cards for s in scores)
    found = sum(s.found for s in scores)
    kinds: dict[str, dict[str, int]] = {}
    for s in scores:
        k = kinds.setdefault(s.kind, {"photos": 0, "cards": 0, "found": 0, "false_positives": 0})
        k["photos"] += 1
        k["cards"] += s.cards
        k["found"] += s.found
        k["false_positives"] += s.false_positives
    matched = [x for s in scores for x in s.ious if x >= IOU_FOUND]
    return {
        "photos": len(scores), "cards": cards, "found": found, "recall": round(found / cards, 4) if cards else None,
        "false_positives": sum(s.false_positives for s in scores),
        "mean_iou_of_found": round(statistics.mean(matched), 4) if matched else None,
        "by_kind": kinds,
        "load_ms": ms([s.load_s for s in scores if s.load_s > 0]),
        "detect_ms": ms([s.detect_s for s in scores]),
        "detect_cpu_ms_one_thread": ms([s.detect_cpu_s for s in scores]),
        "warp_ms_per_photo": ms([s.warp_s for s in scores]),
        "load_detect_warp_ms": ms([s.load_s + s.detect_s + s.warp_s for s in scores if s.load_s > 0]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--dir", type=Path, help="a folder of photos with <stem>.truth.json files")
    src.add_argument("--generate", type=int, metavar="N",
                     help="write N fresh generator photos to a temp folder, then score")
    src.add_argument("--dense", type=int, metavar="N", help="N photos with 8-12 cards each (built in memory)")
    ap.add_argument("--seed", type=int, default=5100, help="generator seed (keep away from 0-99 and the sample's 2026)")
    ap.add_argument("--kinds", default="phone,multi,flatbed,crop")
    ap.add_argument("--cards", type=int, default=12, help="cards per photo for --dense (at most 12)")
    ap.add_argument("--repeat", type=int, default=1, help="time each detection this many times, keep the best")
    ap.add_argument("--threads", type=int, default=1, help="OpenCV threads (1 makes CPU times comparable)")
    ap.add_argument("--json", type=Path, help="also write the summary as JSON here")
    args = ap.parse_args(argv)
    cv2.setNumThreads(args.threads)

    if args.dir:
        scores = from_dir(args.dir, args.repeat)
    elif args.generate:
        import cardgen

        with tempfile.TemporaryDirectory(prefix="eval-detect-") as tmp:
            print(f"generating {args.generate} photos (seed {args.seed}) ...", file=sys.stderr)
            cardgen.generate(tmp, args.generate, args.seed, kinds=args.kinds.split(","))
            scores = from_dir(Path(tmp), args.repeat)
    else:
        scores = []
        for i in range(args.dense):
            n = random.Random(args.seed + i).randint(8, max(8, min(12, args.cards)))
            image, truth = dense_photo(args.seed + i, n)
            scores.append(score_photo(f"dense-{args.seed + i}", image, truth, args.repeat, 0.0))
            report_line(scores[-1])

    result = summary(scores)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
