"""`make bench`: scan a fresh generated set and score it against the truth, side by side with a naive baseline.

Generates >= 50 photos under a seed the tests never use, scans them with cardscan's pipeline
(default engine, languages and jobs), and prints per-field exact-match accuracy, the share of cards
with every field right, and cards per second; then the same for the baseline (whole photo through
pytesseract with all languages + regexes) on the same photos, in the same run.

    python scripts/bench_scan.py [--count 60] [--seed 90210] [--baseline-photos 20] [--lang ...] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from cardbench import baseline
from cardbench.scoring import Score, best_overlap_match, format_report, match_cards, summarise_errors
from cardgen import generate, vocabulary

from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES
from cardscan.pipeline import ScanOptions, scan_photos


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=60, help="photos to generate (default: 60)")
    ap.add_argument("--seed", type=int, default=90210, help="generator seed; the tests never use it")
    ap.add_argument("--baseline-photos", type=int, default=20,
                    help="photos the slow baseline reads (the first N of the set; 0 = all)")
    ap.add_argument("--lang", default=DEFAULT_LANGUAGES)
    ap.add_argument("--engine", default=DEFAULT_ENGINE)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--out", help="keep the generated photos in this folder")
    ap.add_argument("--folder", help="score the photos (with truth JSON) already in this folder instead")
    ap.add_argument("--errors", type=int, default=25, help="wrong fields to list (default: 25)")
    ap.add_argument("--vocabulary", choices=("eval", "dev", "all"), default="eval",
                    help="the generator's vocabulary, fonts and layouts to draw from (default: eval, the half the "
                         "tests never see; tools/cardgen/vocabulary.py)")
    args = ap.parse_args()

    if args.folder:
        photos = sorted(str(p) for p in Path(args.folder).iterdir() if p.name.endswith((".jpg", ".heic", ".png")))
    else:
        folder = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="cardscan-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        with vocabulary.use(None if args.vocabulary == "all" else args.vocabulary):
            photos = [str(p) for p in generate(folder, count=args.count, seed=args.seed, preset="bench")]
        print(f"generated {len(photos)} photos (seed {args.seed}, {args.vocabulary} vocabulary) in "
              f"{time.perf_counter() - t:.1f} s into {folder}")
    truths = {p: json.loads(Path(p).with_suffix("").with_suffix(".truth.json").read_text()) for p in photos}

    # cardscan
    score = Score()
    t = time.perf_counter()
    results = list(scan_photos(photos, ScanOptions(engine=args.engine, languages=args.lang, jobs=args.jobs)))
    ours_seconds = time.perf_counter() - t
    ours_by_photo = {}
    for result in results:
        truth = truths[result.source]
        found = [(c.quad, c.contact.to_dict()) for c in result.cards]
        matched, extra = match_cards(truth["cards"], found)
        score.extra_cards += extra
        ours_by_photo[result.source] = matched
        for i, (tcard, got) in enumerate(zip(truth["cards"], matched, strict=True)):
            score.add_card(f"{Path(result.source).name}#{i}", tcard["contact"], got)

    # baseline, on the first N photos; cardscan scored on the same photos for a like-for-like line
    if args.baseline_photos < 0:
        for line in format_report(f"cardscan ({args.engine}, {args.lang})", score, ours_seconds):
            print(line)
        for line in summarise_errors(score, args.errors):
            print(line)
        return 0
    subset = photos if args.baseline_photos == 0 else photos[: args.baseline_photos]
    base = Score()
    ours_subset = Score()
    os.environ.pop("OMP_THREAD_LIMIT", None)  # the naive baseline runs as a user would run it
    t = time.perf_counter()
    for path in subset:
        truth_cards = truths[path]["cards"]
        contact = baseline.read_photo(path)
        hit = best_overlap_match(truth_cards, contact)
        for i, tcard in enumerate(truth_cards):
            base.add_card(f"{Path(path).name}#{i}", tcard["contact"], contact if i == hit else None)
            ours_subset.add_card(f"{Path(path).name}#{i}", tcard["contact"], ours_by_photo[path][i])
    base_seconds = time.perf_counter() - t
    ours_subset_seconds = ours_seconds * len(subset) / len(photos)

    print()
    for line in format_report(f"cardscan ({args.engine}, {args.lang})", score, ours_seconds):
        print(line)
    for line in format_report(f"cardscan, first {len(subset)} photos", ours_subset, ours_subset_seconds):
        print(line)
    for line in format_report(f"baseline (pytesseract whole photo, first {len(subset)} photos)", base, base_seconds):
        print(line)
    ours_rate = score.cards / ours_seconds
    base_rate = base.cards / base_seconds
    print(f"\nthroughput: cardscan {ours_rate:.2f} cards/s vs baseline {base_rate:.2f} cards/s "
          f"= {ours_rate / base_rate:.1f}x (target >= 10x)")
    print(f"targets: field accuracy {score.field_accuracy:.3f} (>= 0.95), "
          f"cards fully right {score.card_accuracy:.1%} (>= 80%)")
    if args.errors:
        print("\nwrong fields (first ones):")
        for line in summarise_errors(score, args.errors):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
