"""The time the calibrated-confidence step adds per card, this tree beside a baseline commit, in one run.

    python scripts/bench_confidence.py [--baseline REF] [--rounds N]

Reads the OCR pages `make calibrate` cached under ~/.cache/cardscan-calib/ (every engine, the current imaging
and OCR code; nothing to do when there are none), extracts each card's fields once, and times
`extract.confidence.calibrated` (the features and the models) over all the cards, best of N rounds: once with
this tree's `cardscan`, once with the baseline's (`git archive REF cardscan` into a temporary folder), each in
its own process. Extraction's own time per card is printed beside it, for scale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run inside a fresh interpreter with the version of cardscan to time on its path.
_TIMER = """
import pickle, sys, time
from pathlib import Path
import cardscan
from cardscan.extract.confidence import calibrated
from cardscan.extract.ocr_contact import read_fields
sys.path.insert(0, sys.argv[3])
from calibrate_confidence import CACHE, _code_key
pages = [p for f in sorted(CACHE.glob(f"*-{_code_key()}/*.pickle")) for p, _ in pickle.loads(f.read_bytes())]
if not pages:
    print("no cached pages"); raise SystemExit(0)
started = time.perf_counter()
read = [(p, *read_fields(p)) for p in pages]
extract = (time.perf_counter() - started) / len(read)
best = float("inf")
for _ in range(int(sys.argv[2])):
    started = time.perf_counter()
    for page, contact, hints in read:
        calibrated(contact, page, hints=hints)
    best = min(best, (time.perf_counter() - started) / len(read))
print(f"{sys.argv[1]:>10s}: {len(read)} cards, calibrated confidence {1000 * best:.2f} ms per card "
      f"(extraction {1000 * extract:.1f} ms; {Path(cardscan.__file__).parent})")
"""


def _time(label: str, root: Path, rounds: int) -> None:
    subprocess.run([sys.executable, "-c", _TIMER, label, str(rounds), str(REPO / "scripts")], cwd=root, check=True,
                   env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", default="main", help="the commit to compare with (default: main)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.baseline, "cardscan"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        _time(args.baseline, Path(tmp), args.rounds)
    _time("this tree", REPO, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
