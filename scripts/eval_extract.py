#!/usr/bin/env python3
"""Field accuracy of cardscan.extract on synthetic cards (a rerunnable evaluation, not a test).

Renders straight cards with the generator (tools/cardgen) under seeds the tests never use, reads each with the
product's Tesseract adapter, runs `extract_contact`, and compares every field with the generator's truth (exact
match after the scan contract's normalisation). Prints per-field accuracy, the share of cards with every field
right, and (with --show N) the first N differences.

    .venv/bin/python scripts/eval_extract.py --count 200 --seed 7000
    .venv/bin/python scripts/eval_extract.py --count 200 --seed 7000 --cache out/eval-ocr --show 30

--cache keeps each card's OCR result (JSON) so that later runs only re-run the extractor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from cardscan.extract import extract_contact, merge_qr, parse_qr_payload  # noqa: E402
from cardscan.model import OcrLine, OcrPage, OcrWord  # noqa: E402
from cardscan.ocr import DEFAULT_LANGUAGES as DEFAULT_LANG  # noqa: E402

FIELDS = ("name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department", "company",
          "emails", "phones", "websites", "social", "address")
EXTRA = ("phone_text",)  # reported, not part of "every field right"
CONFIDENCE_KEYS = ("name", "title", "department", "company", "emails", "phones", "websites", "social", "address")


def page_to_json(page: OcrPage) -> dict[str, Any]:
    return {"engine": page.engine, "languages": page.languages,
            "lines": [{"box": list(line.box), "words": [[w.text, w.confidence, list(w.box)] for w in line.words]}
                      for line in page.lines]}


def page_from_json(data: dict[str, Any]) -> OcrPage:
    lines = tuple(
        OcrLine(tuple(OcrWord(t, float(c), (b[0], b[1], b[2], b[3])) for t, c, b in line["words"]),
                (line["box"][0], line["box"][1], line["box"][2], line["box"][3]))
        for line in data["lines"])
    return OcrPage(lines, data.get("engine", ""), data.get("languages", ""))


def comparable(contact: dict[str, Any], key: str) -> Any:
    value = contact.get(key)
    if key == "phones":
        return sorted((p["number"], p["type"]) for p in value or [])
    if key == "phone_text":
        return sorted((p["number"], p["text"]) for p in contact.get("phones") or [])
    if key == "social":
        return sorted((s["service"], s["url"]) for s in value or [])
    if key in ("emails", "websites"):
        return sorted(value or [])
    return value


class Ocr:
    def __init__(self, languages: str, psm: int | None) -> None:
        from cardscan.ocr import create_engine

        if psm is None:
            self.engine = create_engine("tesserocr", languages)
        else:
            from cardscan.ocr.tesserocr_engine import TesserocrEngine

            self.engine = TesserocrEngine(languages, psm=psm)

    def read(self, image: Any, prep: str) -> OcrPage:
        import cv2
        import numpy as np

        rgb = np.asarray(image)
        if prep == "bgdist":
            return self.engine.read(background_distance(rgb))
        if prep == "adaptive":
            return self.engine.read(adaptive_threshold(rgb))
        return self.engine.read(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))


def adaptive_threshold(rgb: Any) -> Any:
    """Black text on white by a local (adaptive) threshold, dark cards inverted first: a coloured company name
    next to white or black body text survives, which one global threshold loses. An experiment (--prep adaptive)."""
    import cv2
    import numpy as np

    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if np.median(grey) < 128:
        grey = 255 - grey
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 15)


def background_distance(rgb: Any) -> Any:
    """Grey image of each pixel's colour distance from the card's background colour, dark text on white.

    Coloured text of low luminance contrast (blue on dark brown, gold on black) stands out as well as black on
    white. An experiment for the OCR stage (--prep bgdist), not what the product does.
    """
    import numpy as np

    pixels = rgb.reshape(-1, 3).astype(np.float32)
    background = np.median(pixels, axis=0)
    dist = np.sqrt(((rgb.astype(np.float32) - background) ** 2).sum(axis=2))
    scale = 255.0 / max(1.0, float(np.percentile(dist, 99.5)))
    return (255 - np.clip(dist * scale, 0, 255)).astype(np.uint8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7000, help="first seed (the tests use seeds below 7000)")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--lang", default=DEFAULT_LANG)
    parser.add_argument("--psm", type=int, help="Tesseract page segmentation mode (default: the adapter's)")
    parser.add_argument("--prep", choices=("none", "bgdist", "adaptive"), default="none",
                        help="image preparation before OCR (experiments for the OCR stage: see background_distance, "
                             "adaptive_threshold)")
    parser.add_argument("--cache", type=Path, help="folder for cached OCR results")
    parser.add_argument("--show", type=int, default=0, help="print the first N field differences")
    parser.add_argument("--doubtful", type=float, default=0.7,
                        help="confidence below which a field counts as flagged for the user's attention")
    parser.add_argument("--field", action="append", help="only show differences in these fields")
    parser.add_argument("--json", type=Path, help="write every card's truth, result and OCR text here")
    parser.add_argument("--vocabulary", choices=("eval", "dev", "all"), default="eval",
                        help="the generator's vocabulary, fonts and layouts (default: eval, the half the tests never "
                             "see; tools/cardgen/vocabulary.py)")
    args = parser.parse_args(argv)

    import cardgen
    from cardgen import vocabulary

    ocr: Ocr | None = None
    right: Counter[str] = Counter()
    right_qr: Counter[str] = Counter()
    all_right = all_right_qr = 0
    shown = 0
    records = []
    started = time.monotonic()
    ocr_seconds = 0.0
    doubtful = args.doubtful
    flags: Counter[str] = Counter()  # right/wrong fields with a confidence below --doubtful
    for i in range(args.count):
        seed = args.seed + i
        with vocabulary.use(None if args.vocabulary == "all" else args.vocabulary):
            card = cardgen.random_card(seed, dpi=args.dpi)
        truth = card.truth()["contact"]
        tag = "" if args.lang == DEFAULT_LANG else "-" + args.lang.replace("+", "")
        tag += f"-psm{args.psm}" if args.psm is not None else ""
        tag += f"-{args.prep}" if args.prep != "none" else ""
        cached = args.cache / f"{seed}-{args.dpi}{tag}.json" if args.cache else None
        digest = hashlib.sha1(card.image.tobytes()).hexdigest()
        stored = json.loads(cached.read_text()) if cached is not None and cached.is_file() else None
        if stored is not None and stored.get("image") == digest:  # the generator may have changed
            page = page_from_json(stored)
        else:
            if ocr is None:
                ocr = Ocr(args.lang, args.psm)
            t0 = time.monotonic()
            page = ocr.read(card.image, args.prep)
            ocr_seconds += time.monotonic() - t0
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps({**page_to_json(page), "image": digest}, ensure_ascii=False))
        contact = extract_contact(page)
        got = contact.to_dict()
        merged = got
        if card.qr_payload:
            qr_contact = parse_qr_payload(card.qr_payload)
            if qr_contact is not None:
                merged = merge_qr(contact, qr_contact).to_dict()
        ok = True
        ok_qr = True
        confidences = contact.confidences()
        for key in CONFIDENCE_KEYS:
            if got.get(key) in (None, []):
                continue
            same = comparable(got, key) == comparable(truth, key)
            low = confidences.get(key, 1.0) < doubtful
            flags[("right" if same else "wrong") + ("-low" if low else "-high")] += 1
        for key in FIELDS + EXTRA:
            same = comparable(got, key) == comparable(truth, key)
            same_qr = comparable(merged, key) == comparable(truth, key)
            right[key] += same
            right_qr[key] += same_qr
            if key in FIELDS:
                ok &= same
                ok_qr &= same_qr
            if not same and shown < args.show and (not args.field or key in args.field):
                shown += 1
                print(f"seed {seed} [{card.locale} {card.style.layout}] {key}: got {comparable(got, key)!r}\n"
                      f"{'':>12}want {comparable(truth, key)!r}")
        all_right += ok
        all_right_qr += ok_qr
        if args.json:
            records.append({"seed": seed, "locale": card.locale, "layout": card.style.layout, "truth": truth,
                            "got": got, "confidence": contact.confidences(), "ocr": page.text, "all_right": ok})
    n = args.count
    print(f"\n{n} straight cards, seeds {args.seed}..{args.seed + n - 1}, {args.dpi} dpi "
          f"(OCR {ocr_seconds:.0f} s, total {time.monotonic() - started:.0f} s)")
    print(f"{'field':<14}{'OCR only':>10}{'with QR':>10}")
    for key in FIELDS + EXTRA:
        print(f"{key:<14}{right[key] / n:>10.3f}{right_qr[key] / n:>10.3f}")
    mean = sum(right[k] for k in FIELDS) / (n * len(FIELDS))
    mean_qr = sum(right_qr[k] for k in FIELDS) / (n * len(FIELDS))
    print(f"{'mean field':<14}{mean:>10.3f}{mean_qr:>10.3f}")
    print(f"{'cards all right':<14}{all_right / n:>10.3f}{all_right_qr / n:>10.3f}")
    wrong = flags["wrong-low"] + flags["wrong-high"]
    right_total = flags["right-low"] + flags["right-high"]
    print(f"\nconfidence below {doubtful}: {flags['wrong-low']} of {wrong} wrong fields "
          f"({flags['wrong-low'] / max(wrong, 1):.0%}), {flags['right-low']} of {right_total} right ones "
          f"({flags['right-low'] / max(right_total, 1):.0%})")
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
