"""The extractor on real OCR output (Tesseract, RapidOCR) of generated cards (straight card images, exact truth)."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import pytest

cardgen = pytest.importorskip("cardgen")

from cardscan.extract import extract_contact, merge_qr, parse_qr_payload  # noqa: E402

FIELDS = ("name", "given_name", "family_name", "title", "department", "company", "emails", "phones", "websites",
          "social", "address")
SEEDS = range(101, 113)  # the evaluation script (scripts/eval_extract.py) uses seeds from 7000 on


def _comparable(contact: dict[str, Any], key: str) -> Any:
    value = contact.get(key)
    if key == "phones":
        return sorted((p["number"], p["type"]) for p in value or [])
    if key == "social":
        return sorted((s["service"], s["url"]) for s in value or [])
    if key in ("emails", "websites"):
        return sorted(value or [])
    return value


@pytest.fixture(scope="module", params=["tesserocr", "rapidocr"])
def engine(request: pytest.FixtureRequest) -> Any:
    from cardscan.ocr import DEFAULT_LANGUAGES, create_engine

    eng = create_engine(request.param, DEFAULT_LANGUAGES)
    yield eng
    eng.close()


@pytest.mark.slow
def test_fields_right_on_generated_cards(engine: Any) -> None:
    right = total = 0
    misses = []
    for seed in SEEDS:
        card = cardgen.random_card(seed)
        truth = card.truth()["contact"]
        page = engine.read(cv2.cvtColor(np.asarray(card.image), cv2.COLOR_RGB2BGR))
        contact = extract_contact(page)
        got = contact.to_dict()
        for key in FIELDS:
            total += 1
            if _comparable(got, key) == _comparable(truth, key):
                right += 1
            else:
                misses.append((seed, key, _comparable(got, key), _comparable(truth, key)))
        for value in contact.confidences().values():
            assert 0.0 <= value <= 1.0
        if card.qr_payload:
            qr = parse_qr_payload(card.qr_payload)
            assert qr is not None
            merged = merge_qr(contact, qr).to_dict()
            assert _comparable(merged, "phones") == _comparable(truth, "phones")
            assert merged["emails"] == truth["emails"]
    assert right / total >= 0.9, misses
