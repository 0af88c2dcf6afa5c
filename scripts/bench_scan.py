"""`make bench`: scan a fresh generated set and score it against the truth, side by side with a naive baseline.

Generates >= 50 photos under a seed the tests never use, scans them with cardscan's pipeline
(default engine, languages and jobs), and prints per-field exact-match accuracy, the share of cards
with every field right, and cards per second; then the same for the baseline (whole photo through
pytesseract with all languages + regexes) on the same photos, in the same run.

The accuracy run also prints, side by side, the per-field figures of cards drawn with a design only the
evaluation half has (eval-only layouts and fonts: tools/cardgen/vocabulary.py) and of the other cards, and
each layout's and eval-only font's figures.

Then speed on 12-MP phone photos of one card each (a second fresh set): cards per second end to end,
where each card's time goes (decode, detection, straightening and QR, OCR, extraction, the stored
JPEG, as the workers measure them), and the baseline on the first of those photos, in the same run.

    python scripts/bench_scan.py [--count 60] [--seed 90210] [--baseline-photos 20] [--lang ...] [--jobs N]
                                 [--engine NAME] [--speed-photos 30] [--speed-baseline 8]
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
from cardbench.scoring import FIELDS, Score, best_overlap_match, format_report, match_cards, summarise_errors
from cardgen import generate, vocabulary

from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES
from cardscan.pipeline import ScanOptions, scan_photos
from cardscan.reading import STAGES


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
    ap.add_argument("--speed-photos", type=int, default=30,
                    help="12-MP single-card photos for the speed run (default: 30; 0 = no speed run)")
    ap.add_argument("--speed-baseline", type=int, default=8, help="of which the baseline reads (default: 8)")
    args = ap.parse_args()
    if args.count > 0 or args.folder:
        accuracy_run(args)
    if args.speed_photos > 0:
        speed_run(args)
    return 0


def accuracy_run(args: argparse.Namespace) -> None:

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
    by_design: dict[str, Score] = {}
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
            label = f"{Path(result.source).name}#{i}"
            score.add_card(label, tcard["contact"], got)
            for group in design_groups(tcard):
                by_design.setdefault(group, Score()).add_card(label, tcard["contact"], got)

    # baseline, on the first N photos; cardscan scored on the same photos for a like-for-like line
    if args.baseline_photos < 0:
        for line in format_report(f"cardscan ({args.engine}, {args.lang})", score, ours_seconds):
            print(line)
        print_by_design(by_design)
        for line in summarise_errors(score, args.errors):
            print(line)
        return
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
          f"= {ours_rate / base_rate:.1f}x (target >= 7x)")
    print(f"targets: field accuracy {score.field_accuracy:.3f} (>= 0.95), "
          f"cards fully right {score.card_accuracy:.1%} (>= 80%)")
    print_by_design(by_design)
    if args.errors:
        print("\nwrong fields (first ones):")
        for line in summarise_errors(score, args.errors):
            print(line)


def design_groups(card: dict) -> list[str]:
    """The groups a truth card is scored in: whether its design is one only the evaluation half draws (an
    eval-only layout or font, tools/cardgen/vocabulary.py) or one the tests use too, and its layout."""
    eval_only = card.get("eval_only") or []
    kind = "eval-only design" if eval_only else "designs the tests use too"
    groups = [kind, f"layout {card.get('layout', '?')}"]
    groups += [f"font {x.split(':', 1)[1]}" for x in eval_only if x.startswith("font:")]
    return groups


def print_by_design(by_design: dict[str, Score]) -> None:
    """Per-field accuracy side by side: cards with an eval-only design vs the others, then per layout and font."""
    if not by_design:
        return
    print("\nby design (same run): cards, field accuracy, cards fully right, then per field")
    columns = ["eval-only design", "designs the tests use too"]
    fields = sorted({f for sc in by_design.values() for f in sc.per_field()}, key=FIELDS.index)
    print(f"  {'field':<14}" + "".join(f"{c:>28}" for c in columns))
    for f in fields:
        cells = []
        for c in columns:
            sc = by_design.get(c)
            cells.append(f"{sc.per_field()[f]:.3f} ({sc.counted[f]})" if sc and sc.counted[f] else "-")
        print(f"  {f:<14}" + "".join(f"{x:>28}" for x in cells))
    for name in columns + sorted(k for k in by_design if k not in columns):
        sc = by_design.get(name)
        if sc:
            print(f"  {name:<30} {sc.cards:>4} cards  field accuracy {sc.field_accuracy:.3f}  "
                  f"fully right {sc.card_accuracy:.1%}")


def speed_run(args: argparse.Namespace) -> None:
    """Cards per second on 12-MP single-card phone photos, where the time goes, and the baseline beside it."""
    folder = Path(tempfile.mkdtemp(prefix="cardscan-bench-speed-"))
    photos = [str(p) for p in generate(folder, count=args.speed_photos, seed=args.seed + 1, kinds=["phone"])]
    options = ScanOptions(engine=args.engine, languages=args.lang, jobs=args.jobs)
    print(f"\nspeed: {len(photos)} photos of 12 MP, one card each (seed {args.seed + 1}), "
          f"{options.worker_count(len(photos))} workers, {os.cpu_count()} cores; load average before: {_load()}")
    t = time.perf_counter()
    results = list(scan_photos(photos, options))
    seconds = time.perf_counter() - t
    cards = sum(len(r.cards) for r in results)
    rate = cards / seconds
    workers = options.worker_count(len(photos))
    print(f"cardscan ({args.engine}): {cards} cards in {seconds:.1f} s = {rate:.2f} cards/s (target >= 2)")
    for label, per_stage in (("wall", "stages"), ("CPU", "cpu_stages")):
        spent = {stage: sum(getattr(r, per_stage).get(stage, 0.0) for r in results) / max(1, cards)
                 for stage in STAGES}
        print(f"  per card, {label} seconds in a worker: " + ", ".join(f"{k} {v:.3f}" for k, v in spent.items())
              + f"; total {sum(spent.values()):.3f}")
    cpu = sum(sum(r.cpu_stages.values()) for r in results) / max(1, cards)
    print(f"  on {workers} otherwise idle cores that is about {workers / cpu:.2f} cards/s "
          "(CPU seconds per card, which other programs on the machine do not inflate)")
    subset = photos[: args.speed_baseline]
    if not subset:  # --speed-baseline 0: no baseline to compare with
        print(f"baseline not run (--speed-baseline 0); load average after: {_load()}")
        return
    os.environ.pop("OMP_THREAD_LIMIT", None)  # the naive baseline runs as a user would run it
    t = time.perf_counter()
    for path in subset:
        baseline.read_photo(path)
    base_rate = len(subset) / (time.perf_counter() - t)
    print(f"baseline (pytesseract whole photo, first {len(subset)} photos): {base_rate:.2f} cards/s")
    print(f"throughput: cardscan {rate:.2f} cards/s vs baseline {base_rate:.2f} cards/s = {rate / base_rate:.1f}x "
          f"(target >= 7x); load average after: {_load()}")


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
