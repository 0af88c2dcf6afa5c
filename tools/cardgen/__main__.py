"""python -m cardgen --out DIR --count N --seed S [--preset sample|bench] [--kinds phone,multi,flatbed,crop]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .fonts import NoFontsError
from .output import PRESETS, SAMPLE_PLAN, generate
from .photo import KINDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cardgen",
                                     description="Write synthetic business-card photos and their truth JSON.")
    parser.add_argument("--out", required=True, help="output directory (created if missing)")
    parser.add_argument("--count", type=int, default=None,
                        help=f"number of photos (default: {len(SAMPLE_PLAN)} for the sample preset, 20 otherwise)")
    parser.add_argument("--seed", type=int, default=1, help="run seed; the same seed gives the same photos")
    parser.add_argument("--preset", choices=PRESETS, default="bench",
                        help="sample: the committed mix (every kind, format, orientation, language); "
                             "bench: a random mix")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated subset of " + ",".join(KINDS))
    parser.add_argument("--force", action="store_true", help="replace files that already exist")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    count = args.count if args.count is not None else (len(SAMPLE_PLAN) if args.preset == "sample" else 20)
    if count < 0:
        parser.error("--count must be >= 0")
    started = time.monotonic()

    def progress(done: int, total: int, path: Path) -> None:
        if not args.quiet:
            print(f"[{done}/{total}] {path}", flush=True)

    try:
        paths = generate(args.out, count, args.seed, args.preset, kinds, overwrite=args.force, progress=progress)
    except (ValueError, FileExistsError, NoFontsError) as exc:
        print(f"cardgen: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"{len(paths)} photos in {time.monotonic() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
