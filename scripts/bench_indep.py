"""`make bench-indep`: an independent synthetic benchmark (tools/fakercards), scored by the real-card scorer.

tools/cardgen (`make bench`) is the generator the extractor was developed against; this one shares nothing with
it: words from Faker in 15 locales (en_GB en_US de_DE de_AT de_CH fr_FR fr_BE fr_CH it_IT nl_NL nl_BE sv_SE
es_ES pt_PT pt_BR), twelve layouts and six font families of its own, photos and flat scans.

    python scripts/bench_indep.py [--set dev|eval] [--seed N] [--n 120] [--jobs N] [--engine NAME]
                                  [--lang LANGS] [--cache DIR] [--errors K] [--scorer score.py]

Two seed sets:
  dev  (seed 4711, the default): the DEVELOPMENT set; look at its cards and its wrong fields (--errors) to find
       failure classes, and fix them by general rules. It draws the nine development layouts in five fonts.
  eval (seed 8086): the EVALUATION set; only report its figures, never look at its cards or its wrong fields
       (--errors is refused for it). It draws the development layouts and fonts and also three layouts and a
       font the development set never draws (tools/fakercards: company_big, portrait, no_person; Roboto),
       marked "(eval-only)" in the tables. Any other --seed draws the development layouts.
  The two sets also share no word of Faker's lists (names, job titles, companies, cities: one half each).

The cards (images plus truth JSON) are generated once per seed and count into --cache (default
~/.cache/cardscan-indep/<seed>-<n>), then read by the real pipeline (cardscan.pipeline.scan_photos, the entry
`make bench` uses, default engine and languages) and scored by ../shared/realcards/score.py, unchanged (labels
hashed with its `hash_labels`, each card by its `card_hits`): text case-folded, NFC, whitespace collapsed;
phones by the digits of the international number; websites by domain; e-mails, phones and websites as sets.
Printed: per-field hits, field accuracy, cards fully right, the same per locale and per layout, and timing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_real import SHARED, load_scorer

from cardscan.ocr import DEFAULT_ENGINE, DEFAULT_LANGUAGES
from cardscan.pipeline import ScanOptions, scan_photos

SEEDS = {"dev": 4711, "eval": 8086}
DEFAULT_N = 120


def card_hits(scorer: ModuleType, hashed: dict[str, Any], contacts: list[dict[str, Any]]) -> dict[str, bool]:
    """The labelled card's hits against the best of the contacts found in its photo (none: an empty contact)."""
    options = [scorer.card_hits(hashed, c) for c in contacts] or [scorer.card_hits(hashed, {})]
    return max(options, key=lambda hits: sum(hits.values()))


class Tally:
    def __init__(self) -> None:
        self.ok: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        self.cards = 0
        self.perfect = 0

    def add(self, hits: dict[str, bool]) -> None:
        self.cards += 1
        self.perfect += all(hits.values())
        for f, v in hits.items():
            self.total[f] += 1
            self.ok[f] += int(v)

    @property
    def field_accuracy(self) -> float:
        return sum(self.ok.values()) / max(1, sum(self.total.values()))

    @property
    def card_accuracy(self) -> float:
        return self.perfect / max(1, self.cards)

    def line(self, title: str, per_field: bool = False) -> str:
        out = f"{title:<14} {self.cards:>4} cards  field accuracy {self.field_accuracy:.3f}  " \
              f"fully right {self.card_accuracy:6.1%}"
        if per_field:
            out += "\n  " + "  ".join(f"{f} {self.ok[f]}/{self.total[f]}" for f in sorted(self.total))
        return out


def wrong_fields(scorer: ModuleType, plain: dict[str, Any], hits: dict[str, bool], contacts: list[dict[str, Any]]
                 ) -> list[str]:
    """For the development set: each wrong field, its truth and what the best contact gave."""
    best = max(contacts, key=lambda c: sum(scorer.card_hits(scorer.hash_card(plain), c).values())) if contacts \
        else {}
    address = best.get("address") or {}
    got = {"name": best.get("name"), "title": best.get("title"), "company": best.get("company"),
           "city": address.get("city"), "postcode": address.get("postcode"), "emails": best.get("emails"),
           "phones": [p["number"] for p in best.get("phones") or []], "websites": best.get("websites")}
    return [f"{f}: truth={plain.get(f)!r} got={got[f]!r}" for f, v in hits.items() if not v]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SEEDS), default="dev", help="dev (seed 4711) or eval (seed 8086)")
    ap.add_argument("--seed", type=int, help="another seed (overrides --set)")
    ap.add_argument("--n", type=int, default=DEFAULT_N, help=f"cards (default {DEFAULT_N})")
    ap.add_argument("--jobs", type=int, default=0, help="workers (default: the pipeline's default)")
    ap.add_argument("--engine", default=DEFAULT_ENGINE)
    ap.add_argument("--lang", default=DEFAULT_LANGUAGES)
    ap.add_argument("--cache", type=Path, help="folder for the generated cards (default ~/.cache/cardscan-indep)")
    ap.add_argument("--errors", type=int, default=0, help="list the wrong fields of the first K cards (dev only)")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else SEEDS[args.set]
    if args.errors and seed == SEEDS["eval"]:
        print("bench-indep: the evaluation set is only reported, never inspected (--errors refused)")
        return 2
    if not args.scorer.is_file():
        print(f"bench-indep: the real-card scorer is not at {args.scorer} (see ../shared/realcards); nothing to do")
        return 0
    scorer = load_scorer(args.scorer)

    import fakercards
    missing = fakercards.missing_fonts()
    if missing:
        print(f"bench-indep: fonts missing ({', '.join(missing)}): run `make setup` (scripts/debian-packages.txt)")
        return 1
    evaluation = seed == SEEDS["eval"]
    folder = (args.cache or Path.home() / ".cache" / "cardscan-indep") / f"{seed}-{args.n}-v{fakercards.VERSION}"
    started = time.perf_counter()
    photos = fakercards.generate(folder, args.n, seed, evaluation)
    print(f"{len(photos)} cards (seed {seed}) in {folder}, ready in {time.perf_counter() - started:.1f} s")
    truths = {str(p): json.loads(p.with_name(p.stem + ".truth.json").read_text()) for p in photos}

    options = ScanOptions(engine=args.engine, languages=args.lang, jobs=args.jobs)
    print(f"scanning with {args.engine} ({args.lang}), {options.worker_count(len(photos))} worker(s)...")
    started = time.perf_counter()
    results = list(scan_photos([str(p) for p in photos], options))
    wall = time.perf_counter() - started

    tallies: dict[str, Tally] = defaultdict(Tally)
    shown = 0
    for result in sorted(results, key=lambda r: r.source):
        truth = truths[result.source]
        contacts = [c.contact.to_dict() for c in result.cards]
        hits = card_hits(scorer, scorer.hash_card(truth["labels"]), contacts)
        for group in ("all", f"locale {truth['locale']}", f"layout {truth['layout']}", f"kind {truth['kind']}",
                      f"font {truth['font']}"):
            tallies[group].add(hits)
        if shown < args.errors and not all(hits.values()):
            shown += 1
            print(f"{Path(result.source).name} {truth['locale']} {truth['layout']}"
                  + (f" ({result.error})" if result.error else ""))
            for line in wrong_fields(scorer, truth["labels"], hits, contacts):
                print("   " + line)

    print()
    print(tallies["all"].line(f"{'dev' if seed == SEEDS['dev'] else 'eval' if seed == SEEDS['eval'] else seed} set",
                              per_field=True))
    for prefix in ("locale", "layout", "kind", "font"):
        print()
        for group in sorted(g for g in tallies if g.startswith(prefix + " ")):
            value = group.split(" ", 1)[1]
            eval_only = value in fakercards.EVAL_LAYOUTS or value in fakercards.EVAL_FONTS
            print(tallies[group].line(value) + ("  (eval-only)" if eval_only else ""))
    cards = tallies["all"].cards
    no_card = sum(1 for r in results if not r.cards)
    print(f"\nno card found in {no_card} of {len(results)} photos; wall time {wall:.1f} s = "
          f"{wall / max(1, cards):.2f} s per card ({options.worker_count(len(photos))} worker(s)); "
          f"reading time per photo {sum(r.seconds for r in results) / max(1, len(results)):.2f} s")
    print(f"target (issue 12): field accuracy {tallies['all'].field_accuracy:.3f} (>= 0.90), "
          f"cards fully right {tallies['all'].card_accuracy:.1%} (>= 60%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
