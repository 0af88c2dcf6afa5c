"""Each engine's page scores for cards read upright and upside down: where its "upright enough" lies.

For every card of the given photos (default: the bundled sample_cards), the card is straightened and
turned upright by the pipeline, then read again half a turn round. Prints, per engine, the range of
letter-weighted page scores (reading.page_score) both ways: an engine's `upright_enough` threshold
(cardscan/ocr/registry.py) belongs between the lowest upright score and the highest upside-down one.

    python scripts/eval_orientation.py [--engine NAME ...] [PHOTO ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cardscan.imaging import find_cards, load_photo, rotate_quarter, warp_card
from cardscan.ocr import ENGINES, create_engine, engine_spec
from cardscan.reading import page_score, prepare_for_ocr, read_upright

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", action="append", choices=ENGINES, help="engine(s) to measure (default: all)")
    ap.add_argument("photos", nargs="*", help="photos (default: sample_cards/*.jpg)")
    args = ap.parse_args()
    photos = args.photos or sorted(str(p) for p in (ROOT / "sample_cards").glob("*.jpg"))
    cards = []
    for path in photos:
        image = load_photo(path).image
        cards += [warp_card(image, quad) for quad in find_cards(image)]
    for name in args.engine or ENGINES:
        engine = create_engine(name, "Latin")
        upright, upside_down = [], []
        for card in cards:
            rotation, page = read_upright(card, engine)
            upright.append(page_score(page))
            turned = rotate_quarter(card, (rotation + 180) % 360)
            upside_down.append(page_score(engine.read(prepare_for_ocr(turned))))
        engine.close()
        print(f"{name}: {len(cards)} cards; upright {min(upright):.3f}-{max(upright):.3f}, "
              f"upside down {min(upside_down):.3f}-{max(upside_down):.3f}; "
              f"upright_enough {engine_spec(name).scale.upright_enough}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
