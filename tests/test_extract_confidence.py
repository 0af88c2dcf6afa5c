"""Calibrated field confidence (extract/confidence.py) and the script that fits it (scripts/calibrate_confidence.py).

Synthetic cards only: OCR lines built by hand, or real OCR of generated card images. The invented example for the
script's label matching uses a stand-in for the shared scorer with the same conventions (the real one and the
real cards stay outside the repository).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import replace
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from extract_cards import page
from repo_scripts import load_script

from cardscan.extract import extract_contact
from cardscan.extract.confidence import (
    CALIBRATION_DIR,
    FEATURES,
    MODEL_FIELDS,
    FieldModel,
    calibrated,
    field_items,
    load_calibration,
)
from cardscan.extract.ocr_contact import read_fields, uncalibrated_contact
from cardscan.model import OcrPage
from cardscan.ocr import ENGINES

CALIBRATED = ("rapidocr", "tesserocr", "pytesseract")
MARK = 0.6  # cardscan/tui/config.py DEFAULT_LOW_CONFIDENCE
CARD = (("Jane Example", 30), "Director", ("Example Trading Ltd", 24), "jane.example@example-trading.com",
        "www.example-trading.com", "+44 20 7946 0000")


def on(engine: str, p: OcrPage) -> OcrPage:
    return replace(p, engine=engine)


@pytest.mark.parametrize("engine", CALIBRATED)
def test_each_calibration_file_loads_and_says_how_it_was_made(engine: str) -> None:
    data = json.loads((CALIBRATION_DIR / f"{engine}.json").read_text(encoding="utf-8"))
    assert data["engine"] == engine and "calibrate_confidence.py" in data["made_by"]
    assert data["fitted_on"]["photos"] > 0
    models = load_calibration(engine)
    assert models is not None and set(models) <= set(MODEL_FIELDS) and {"name", "company", "phones"} <= set(models)
    for field, model in models.items():
        assert set(model.weights) <= set(FEATURES[field])
        # What the card contradicts can only lower a field's confidence.
        for feature, weight in model.weights.items():
            assert FEATURES[field][feature] * weight >= 0, (field, feature)


@pytest.mark.parametrize("engine", CALIBRATED)
def test_the_calibration_is_applied_for_the_pages_engine(engine: str) -> None:
    p = on(engine, page(*CARD))
    raw, hints = read_fields(p)
    got = extract_contact(p)
    models = load_calibration(engine)
    assert models is not None
    assert got.confidences() == calibrated(raw, p, models, hints).confidences()
    assert got.confidences() != raw.confidences()
    assert got.to_dict() == raw.to_dict() == uncalibrated_contact(p).to_dict()  # values untouched
    for item in field_items(raw, p, hints):
        expected = round(models[item.field].probability(item.features), 3) if item.field in models else None
        field = getattr(got, item.field)
        field = field[item.index] if item.index is not None else field
        if expected is not None:
            assert field.confidence == expected
    # The name's parts share the name's confidence.
    assert got.name is not None and got.given_name is not None and got.family_name is not None
    assert got.given_name.confidence == got.family_name.confidence == got.name.confidence


def test_the_engines_are_fitted_together_each_with_its_own_bias() -> None:
    """One fit over every engine's readings: the evidence weights are shared, the bias is each engine's own."""
    files = {e: json.loads((CALIBRATION_DIR / f"{e}.json").read_text(encoding="utf-8")) for e in CALIBRATED}
    for data in files.values():
        assert set(data["fitted_on_engines"]) == set(CALIBRATED)
        assert {"dev", "bench"} <= set(data["cross_validated_at_mark"])
        assert not any(k.startswith("engine") for m in data["fields"].values() for k in m["weights"])
    models = {e: load_calibration(e) for e in CALIBRATED}
    assert all(m is not None for m in models.values())
    for field in models["rapidocr"]:  # type: ignore[union-attr]
        weights = [m[field].weights for m in models.values()]  # type: ignore[index]
        assert all(w == weights[0] for w in weights)


def test_an_engine_without_calibration_keeps_the_extractors_own_figure() -> None:
    uncalibrated = [e for e in ENGINES if not (CALIBRATION_DIR / f"{e}.json").is_file()]
    for engine in [*uncalibrated, "test", ""]:
        p = on(engine, page(*CARD))
        assert load_calibration(engine) is None
        assert extract_contact(p).confidences() == uncalibrated_contact(p).confidences()
    assert load_calibration("../rapidocr") is None  # a page's engine name never reaches outside the folder


@pytest.mark.parametrize("engine", CALIBRATED)
def test_a_name_or_company_the_email_contradicts_gets_a_lower_confidence(engine: str) -> None:
    agreeing = extract_contact(on(engine, page(*CARD))).confidences()
    rows = list(CARD)
    rows[3], rows[4] = "p.other@unrelated-firm.com", "www.unrelated-firm.com"
    contradicted = extract_contact(on(engine, page(*rows))).confidences()
    assert contradicted["name"] < agreeing["name"]
    assert contradicted["company"] < agreeing["company"]


def test_a_contradiction_lowers_a_model_of_any_fit() -> None:
    """Whatever the fitted weights, the features say which way: agreement up, contradiction down."""
    p = on("none", page(*CARD))
    rows = list(CARD)
    rows[3], rows[4] = "p.other@unrelated-firm.com", "www.unrelated-firm.com"
    q = on("none", page(*rows))
    mine = {i.field: i.features for i in field_items(uncalibrated_contact(p), p) if i.index is None}
    other = {i.field: i.features for i in field_items(uncalibrated_contact(q), q) if i.index is None}
    assert mine["name"]["email_agrees"] == 1.0 and mine["name"]["email_disagrees"] == 0.0
    assert other["name"]["email_agrees"] == 0.0 and other["name"]["email_disagrees"] == 1.0
    assert mine["company"]["domain_exact"] == 1.0 and mine["company"]["domain_disagrees"] == 0.0
    assert other["company"]["domain_agrees"] == 0.0 and other["company"]["domain_disagrees"] == 1.0
    model = FieldModel(0.0, {"email_agrees": 1.0, "email_disagrees": -1.0})
    assert model.probability(other["name"]) < model.probability(mine["name"])


def test_a_field_cut_short_is_doubted() -> None:
    p = on("none", page(("Jane Example", 30), "Head of Sales (Europe", "jane.example@example-trading.com"))
    items = {i.field: i.features for i in field_items(uncalibrated_contact(p), p)}
    assert items["title"]["unbalanced"] == 1.0
    # "E-mail.jane@..." loses its capitalised label in extraction; in lower case the label may be part of a real
    # address, so it is kept, and doubted
    q = on("none", page(("Jane Example", 30), "email.jane@example-trading.com"))
    emails = [i.features for i in field_items(uncalibrated_contact(q), q) if i.field == "emails"]
    assert emails and emails[0]["label_in_local"] == 1.0


def _features(*rows: str | tuple[str, int]) -> dict[str, list[dict[str, float]]]:
    p = on("none", page(*rows))
    contact, hints = read_fields(p)
    out: dict[str, list[dict[str, float]]] = {}
    for item in field_items(contact, p, hints):
        out.setdefault(item.field, []).append(item.features)
    return out


def test_a_company_chosen_by_a_narrow_margin_is_doubted() -> None:
    """The classifier's margin to the runner-up line reaches the calibration; the chosen value stays the same."""
    clear = _features(*CARD)
    rows = list(CARD)
    rows.insert(3, ("Example Logistics Ltd", 24))  # a second company-like line competes
    rival = _features(*rows)
    assert extract_contact(on("none", page(*rows))).company.value == "Example Trading Ltd"  # type: ignore[union-attr]
    assert 0.5 < rival["company"][0]["runner_up"] < clear["company"][0]["runner_up"] <= 1.0
    assert clear["name"][0]["largest"] == 1.0


def test_a_company_the_domain_spells_longer_is_doubted_as_cut() -> None:
    # (a company of generic words only, "Trading", is no longer chosen at all: it is the end of a name)
    whole = _features(("Jane Example", 30), "Director", ("Sampling", 24), "jane@example-sampling.com")
    cut = _features(("Jane Example", 30), "Director", ("Sampling GmbH", 24), "jane@examplesampling.com")
    same = _features(("Jane Example", 30), "Director", ("Examplesampling", 24), "jane@examplesampling.com")
    assert whole["company"][0]["domain_longer"] == cut["company"][0]["domain_longer"] == 1.0
    assert same["company"][0]["domain_longer"] == 0.0


def test_a_title_split_from_its_line_is_doubted() -> None:
    """ "General Manager - Sales" read as a title and a department: where one ends is a guess, the mark says so."""
    split = _features(("Jane Example", 30), "Head of Marketing - Finance", ("Example Trading Ltd", 24),
                      "jane.example@example-trading.com")
    whole = _features(*CARD)
    contact = extract_contact(on("none", page(("Jane Example", 30), "Head of Marketing - Finance")))
    assert contact.title is not None and contact.department is not None
    assert contact.title.source == contact.department.source
    assert split["title"][0]["shares_line"] == 1.0 and whole["title"][0]["shares_line"] == 0.0
    assert FEATURES["title"]["shares_line"] == -1


def test_a_phone_whose_country_was_inferred_is_told_from_one_printed_with_its_code() -> None:
    printed = _features(("Jane Example", 30), "Director", "jane@example.co.uk", "+44 20 7946 0000")
    inferred = _features(("Jane Example", 30), "Director", "jane@example.co.uk", "020 7946 0000",
                         "00 44 20 7946 0001")
    assert [f["printed_country"] for f in printed["phones"]] == [1.0]
    assert [f["printed_country"] for f in inferred["phones"]] == [0.0, 1.0]
    model = FieldModel(0.0, {"printed_country": 1.0})  # the sign the fit must keep (FEATURES)
    assert FEATURES["phones"]["printed_country"] == 1
    assert model.probability(inferred["phones"][0]) < model.probability(printed["phones"][0])


@pytest.fixture(scope="module", params=CALIBRATED)
def ocr_engine(request: pytest.FixtureRequest) -> Any:
    from cardscan.ocr import DEFAULT_LANGUAGES, create_engine

    eng = create_engine(request.param, DEFAULT_LANGUAGES)
    yield eng
    eng.close()


@pytest.mark.slow
def test_the_fields_of_clean_generated_cards_are_mostly_above_the_mark(ocr_engine: Any) -> None:
    cardgen = pytest.importorskip("cardgen")
    import cv2
    import numpy as np

    above = total = 0
    for seed in range(301, 307):
        card = cardgen.random_card(seed)
        p = ocr_engine.read(cv2.cvtColor(np.asarray(card.image), cv2.COLOR_RGB2BGR))
        contact = extract_contact(p)
        assert p.engine == ocr_engine.name and load_calibration(p.engine) is not None
        for item in field_items(contact, p):
            total += 1
            above += item.features["raw"] >= MARK  # the stored confidence, now calibrated
    assert total >= 30
    assert above / total >= 0.75, f"{above} of {total} fields above the mark"


# ---------------------------------------------------------------- the fitting script, on an invented example

@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("calibrate_confidence")


def _norm(s: Any) -> str:
    s = unicodedata.normalize("NFC", str(s or "")).casefold()
    return re.sub(r"\s+", " ", s).strip(" ,.;|")


def _stand_in_scorer() -> SimpleNamespace:
    """The shared scorer's conventions (normalise, hash a prefix of sha256, digits, domains), invented here."""
    def h(s: str) -> str:
        return hashlib.sha256(s.encode()).hexdigest()[:16]

    def dom(u: str) -> str:
        return re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", _norm(u))).split("/")[0]

    def digits(n: str) -> str:
        return re.sub(r"\D", "", str(n))

    def card_hits(label: dict[str, Any], c: dict[str, Any]) -> dict[str, bool]:
        hits = {f: h(_norm(c.get(f))) in label[f] for f in ("name", "company") if f in label}
        if "emails" in label:
            hits["emails"] = sorted(h(_norm(x)) for x in c.get("emails") or []) == label["emails"]
        return hits

    return SimpleNamespace(h=h, norm=_norm, dom=dom, digits=digits, card_hits=card_hits)


def test_the_script_labels_each_field_item_as_the_scorer_would(script: ModuleType) -> None:
    scorer = _stand_in_scorer()
    h = scorer.h
    jane = on("none", page(*CARD))
    other = on("none", page(("Per Olsen", 30), "Buyer", ("Nordvik Handel AS", 24), "per.olsen@nordvik-handel.no",
                            "+47 22 12 34 56", "+47 22 12 34 57"))
    labels = [
        {"name": [h(_norm("per olsen"))], "company": [h(_norm("Nordvik Handel AS"))],
         "emails": [h("per.olsen@nordvik-handel.no")], "phones": [h("4722123456")], "websites": []},
        {"name": [h("jane example")], "title": [h("managing director")],
         "emails": [h("jane.example@example-trading.com")], "websites": [h("example-trading.com")]},
    ]
    readings = [script.CardReading(jane, None), script.CardReading(other, None)]
    contacts = [uncalibrated_contact(r.page) for r in readings]
    assert script.match_cards(scorer, labels, contacts) == {0: 1, 1: 0}

    checks = script.RunChecks()
    got = script.collect("none", {"photos/two-cards.jpg": readings}, {"photos/two-cards.jpg": labels},
                         {"photos/two-cards.jpg": "dev"}, scorer, checks)
    assert checks.changed == [] and checks.cards == 2  # the calibration sets confidences only
    assert "changes: 0 (must be 0)" in checks.summary()
    verdicts = sorted((s.field, s.right) for s in got)
    assert verdicts == sorted([
        ("name", True), ("company", True), ("emails", True), ("phones", True), ("phones", False),  # the buyer's card
        ("name", True), ("title", False), ("emails", True), ("websites", True),  # Jane's; her company has no label
    ])
    assert all(s.photo == "photos/two-cards.jpg" and s.labelled_set == "dev" for s in got)
    assert all(set(s.features) == {*FEATURES[s.field], "engine:none"} for s in got)


def test_each_engine_gets_the_pooled_evidence_weights_and_its_own_bias(script: ModuleType) -> None:
    """Invented samples of two engines, one reading worse: the fit gives it a lower bias, the same weights."""
    samples = []
    for i in range(80):
        engine = "good" if i % 2 else "poor"
        raw = 0.4 + 0.05 * (i % 10)
        right = raw > 0.55 and (engine == "good" or i % 3 != 0)
        samples.append(script.Sample(engine, f"repo{i % 4}/p{i}.jpg", "dev", "phones",
                                     {"raw": raw, script.ENGINE_FEATURE + engine: 1.0}, right, raw))
    pooled = script.fit_all(samples)
    good, poor = (script.engine_models(pooled, e)["phones"] for e in ("good", "poor"))
    assert good.weights == poor.weights and not any(k.startswith(script.ENGINE_FEATURE) for k in good.weights)
    assert poor.bias < good.bias
    for s in samples:  # an engine's own model says what the pooled one says for that engine's samples
        own = script.engine_models(pooled, s.engine)["phones"]
        assert own.probability(s.features) == pytest.approx(script.predict(pooled, s), abs=1e-3)


def test_the_fit_keeps_evidence_weights_the_right_way_round(script: ModuleType) -> None:
    """On an invented set where contradicted names happen to be right more often, the weight is dropped, not
    turned round: a contradiction never raises a name's confidence."""
    samples = []
    for i in range(40):
        contradicted = i % 2 == 0
        right = contradicted or i % 3 != 0
        samples.append(script.Sample("none", f"repo{i % 4}/p{i}.jpg", "dev", "name",
                                     {"raw": 0.6 + 0.01 * (i % 10), "email_disagrees": float(contradicted)},
                                     right, 0.7))
    model = script.fit_field(samples, "name")
    assert model is not None and model.weights.get("email_disagrees", 0.0) <= 0.0
    cv = script.cross_validated(samples)
    assert len(cv) == len(samples) and all(0.0 <= c <= 1.0 for c in cv)
