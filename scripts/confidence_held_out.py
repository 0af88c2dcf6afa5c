"""The stored field-confidence calibration, measured on labelled real photos it was never fitted on.

    python scripts/confidence_held_out.py [FOLDER] [--labels FILE ...] [--engine NAME ...]

`make calibrate` fits the models on the shared development set and bench/real parts 2-51 and reports them
cross-validated. This script measures what users get: the calibration files in `cardscan/extract/calibration/` as
they are, applied to the photos of held-out labels files (default: `bench/real/labels52.hashed.json` to
`labels55.hashed.json`, which calibration never reads). Each photo is read as `make
calibrate` reads it (the same page cache under ~/.cache/cardscan-calib/), every filled field is labelled right or
wrong the way the shared scorer compares values, and the share of wrong and of right fields below the triage mark
(0.6) is printed, overall and per field, beside the extractor's own uncalibrated figure, with the curve from 0.3 to
0.9. Nothing is fitted and nothing is written. Where the images, the labels or the scorer are missing, one line says
so and it exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from cardscan.extract.confidence import load_calibration

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_real import DEFAULT_FOLDER, REPO, SHARED, load_scorer
from calibrate_confidence import (
    DEFAULT_ENGINES,
    RunChecks,
    collect,
    curve_cells,
    predict,
    print_mark,
    print_summary,
    ranking,
    read_cards,
    summary_cells,
)

HELD_OUT = tuple(REPO / "bench" / "real" / f"labels{n}.hashed.json" for n in range(52, 56))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", help="the images (default: $CARDSCAN_REAL_DIR or ~/.cache/cardscan-real)")
    default = ", ".join(p.name for p in HELD_OUT)
    ap.add_argument("--labels", type=Path, action="append", help=f"repeatable (default: {default})")
    ap.add_argument("--engine", action="append", help=f"repeatable (default: {', '.join(DEFAULT_ENGINES)})")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    args = ap.parse_args()
    folder = Path(args.folder or os.environ.get("CARDSCAN_REAL_DIR") or DEFAULT_FOLDER).expanduser()
    label_files = args.labels or list(HELD_OUT)
    missing = [str(p) for p in [*label_files, args.scorer] if not p.is_file()]
    if not folder.is_dir() or missing:
        print(f"confidence: no real card images at {folder} or missing {', '.join(missing) or '-'}; nothing to do")
        return 0
    scorer = load_scorer(args.scorer)
    labels: dict[str, Any] = {}
    for path in label_files:
        labels.update({k: v for k, v in json.loads(path.read_text()).items() if (folder / k).is_file()})
    sets = dict.fromkeys(labels, "held-out")
    images = {key: folder / key for key in labels}
    print(f"{len(images)} labelled photos from {', '.join(p.name for p in label_files)}, never fitted on")
    summary = []
    for engine in args.engine or DEFAULT_ENGINES:
        models = load_calibration(engine)
        if models is None:
            print(f"\n{engine}: no calibration file; skipped")
            continue
        checks = RunChecks()
        samples = collect(engine, read_cards(engine, images, False), labels, sets, scorer, checks)
        stored = [predict(models, s) for s in samples]
        own = [s.raw for s in samples]
        print(f"\n{engine}: {checks.summary()}")
        figures = print_mark("stored calibration on the held-out photos", samples,
                             {"own figure": own, "stored calibration": stored})
        print("  curve: threshold -> wrong flagged / right flagged")
        print(f"    {'own figure':19s} " + curve_cells(samples, own))
        print(f"    {'stored calibration':19s} " + curve_cells(samples, stored))
        cells = summary_cells(figures, [ranking(samples, own), ranking(samples, stored)])
        summary.append(f"  {engine:12s} {figures['own figure']['all']['wrong']:3d} wrong / "
                       f"{figures['own figure']['all']['right']:3d} right   {cells}")
    print_summary(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
