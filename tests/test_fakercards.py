"""tools/fakercards (the independent benchmark's generator) and scripts/bench_indep.py's scoring."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import fakercards
import phonenumbers
import pytest
from fakercards.contacts import make_contact, vocabulary_half
from repo_scripts import load_script

pytestmark = pytest.mark.skipif(bool(fakercards.missing_fonts()), reason="fonts of scripts/debian-packages.txt")


def test_a_seed_gives_the_same_cards_and_labels(tmp_path: Path) -> None:
    first = [fakercards.make_card(4242, i) for i in range(2)]
    again = [fakercards.make_card(4242, i) for i in range(2)]
    other = fakercards.make_card(4243, 0)
    for (image, truth), (image2, truth2) in zip(first, again, strict=True):
        assert truth == truth2
        assert image.shape == image2.shape and image.ndim == 3 and image.shape[2] == 3
        assert abs(float(image.mean()) - float(image2.mean())) < 1.0
    assert other[1]["labels"] != first[0][1]["labels"]
    assert [t["locale"] for _, t in first] == list(fakercards.LOCALES[:2])  # locales take turns
    (path,) = fakercards.generate(tmp_path, 1, 4242)
    assert path.name in ("0000.jpg", "0000.png") and (tmp_path / "0000.truth.json").is_file()
    assert fakercards.generate(tmp_path, 1, 4242) == [path]  # kept, not drawn again


def test_the_labels_hold_what_the_card_prints() -> None:
    for i, locale in enumerate(fakercards.LOCALES):
        labels = make_contact(locale, 1000 + i).labels()
        region = locale.split("_")[1]
        assert labels["name"] and labels["title"] and labels["company"] and labels["city"] and labels["postcode"]
        assert labels["alt_names"][0] in labels["name"]  # bare, or also without the letters after the name
        (email,) = labels["emails"]
        domain = email.split("@")[1]
        assert labels["websites"] in ([], [domain])
        assert 1 <= len(labels["phones"]) <= 3
        for number in labels["phones"]:
            parsed = phonenumbers.parse(number)
            assert phonenumbers.is_valid_number(parsed)
            assert phonenumbers.region_code_for_number(parsed) == region
    _, truth = fakercards.make_card(7, 4)
    assert truth["layout"] in fakercards.DEV_LAYOUTS and truth["kind"] in ("photo", "scan")
    assert len(truth["quad"]) == 4


def test_evaluation_only_layouts_and_fonts_are_never_drawn_for_development() -> None:
    assert not set(fakercards.DEV_LAYOUTS) & set(fakercards.EVAL_LAYOUTS)
    n_dev, n_all = len(fakercards.DEV_LAYOUTS), len(fakercards.DEV_LAYOUTS) + len(fakercards.EVAL_LAYOUTS)
    dev = [fakercards.make_card(5, i)[1] for i in range(n_dev)]
    assert {t["layout"] for t in dev} == set(fakercards.DEV_LAYOUTS)  # each development layout once
    assert not {t["font"] for t in dev} & set(fakercards.EVAL_FONTS)
    evaluation = [fakercards.make_card(5, i, evaluation=True) for i in range(n_all)]
    for half, truths in ((0, dev), (1, [t for _, t in evaluation])):  # the two sets share no word of Faker's lists
        for truth in truths:
            labels = truth["labels"]
            words = [labels["company"], labels["city"], *labels["alt_names"][0].split(" ", 1)]
            words += [labels["title"]] if labels["title"] else []
            assert {vocabulary_half(w) for w in words if w} == {half}, labels
    assert {t["layout"] for _, t in evaluation} == set(fakercards.DEV_LAYOUTS) | set(fakercards.EVAL_LAYOUTS)
    for image, truth in evaluation:
        labels = truth["labels"]
        if truth["layout"] == "no_person":  # a company's card: no person, a generic e-mail address
            assert labels["name"] == "" and labels["title"] == "" and labels["company"]
            assert labels["emails"][0].split("@")[0] in fakercards.GENERIC_LOCALS
        if truth["layout"] == "portrait":  # an upright card, whole inside the photo
            xs, ys = zip(*truth["quad"], strict=True)
            assert max(ys) - min(ys) > max(xs) - min(xs)
            assert min(xs) >= 0 and min(ys) >= 0 and max(xs) <= image.shape[1] and max(ys) <= image.shape[0]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_script("bench_indep")


def test_the_scoring_counts_a_right_and_a_wrong_prediction(bench: ModuleType) -> None:
    scorer_path = bench.SHARED / "score.py"
    if not scorer_path.is_file():
        pytest.skip("the real-card scorer (../shared/realcards/score.py) is not beside the repository")
    scorer = bench.load_scorer(scorer_path)
    plain = {"name": "Dr. Anna Beispiel", "alt_names": ["Anna Beispiel"], "title": "Einkäuferin",
             "company": "Beispiel GmbH", "city": "Köln", "postcode": "50667", "emails": ["anna@beispiel.de"],
             "phones": ["+4922112345678"], "websites": ["beispiel.de"]}
    hashed = scorer.hash_card(plain)
    right = {"name": "anna  BEISPIEL", "title": "Einkäuferin", "company": "Beispiel GmbH",
             "address": {"city": "Köln", "postcode": "50667"}, "emails": ["Anna@Beispiel.de"],
             "phones": [{"number": "+49 221 12345678"}], "websites": ["https://www.beispiel.de/kontakt"]}
    wrong = dict(right, title="Beispiel GmbH", phones=[{"number": "+4922112345679"}], websites=[])
    tally = bench.Tally()
    hits = bench.card_hits(scorer, hashed, [wrong, right])  # the better of a photo's two cards counts
    assert all(hits.values()) and len(hits) == 8
    tally.add(hits)
    hits = bench.card_hits(scorer, hashed, [wrong])
    assert {f for f, v in hits.items() if not v} == {"title", "phones", "websites"}
    tally.add(hits)
    tally.add(bench.card_hits(scorer, hashed, []))  # no card found: every field wrong
    assert (tally.cards, tally.perfect) == (3, 1)
    assert tally.ok["name"] == 2 and tally.total["name"] == 3
    assert tally.field_accuracy == pytest.approx((8 + 5) / 24)
    lines = bench.wrong_fields(scorer, plain, hits, [wrong])
    assert any(line.startswith("title: truth='Einkäuferin' got='Beispiel GmbH'") for line in lines)


def test_the_evaluation_set_is_never_listed(bench: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--set", "eval", "--errors", "5"]) == 2
    assert "never inspected" in capsys.readouterr().out
