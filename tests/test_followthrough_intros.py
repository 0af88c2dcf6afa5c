"""Introductions: `cardscan intros` (reasons, never the same company, never a pair introduced already) and
`cardscan intro` (a draft to both, in their shared language, logged for both), on generated libraries in several
languages."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path
from typing import Any

import pytest
from followthrough_cards import contact
from test_cli_library import run
from test_store_factory import add, random_contacts

from cardscan.followthrough.intros import note_words, stop_words
from cardscan.store import Library


def person(lang: str, name: str, title: str, company: str, city: str) -> Any:
    given, family = name.split(" ", 1)
    country = {"de": "DE", "fr": "FR", "es": "ES", "en": "GB", "it": "IT", "sv": "SE"}[lang]
    domain = company.split()[0].lower()
    return contact(name, given=given, family=family, title=title, company=company,
                   email=f"{given.lower()}@{domain}.example", phone="+4930123456", city=city, country=country)


CARDS = [  # (contact, tags, note)
    (person("es", "Carmen Ruiz", "Directora de compras", "Ruiz Alimentación S.L.", "Sevilla"), ["Logística"],
     "Quiere ampliar la planta de Málaga y busca proveedores de envases"),
    (person("en", "Tom Baker", "Sales Director", "Baker Packaging Ltd", "Leeds"), ["logistica", "food"],
     "Opening an office in MALAGA next year, the packaging line is new"),
    (person("de", "Jana Köhler", "Vertriebsleiterin", "Köhler Verpackung GmbH", "Köln"), ["Food"],
     "Sucht Partner für die neue Anlage"),
    (person("de", "Uwe Köhler", "Einkäufer", "Köhler Verpackung GmbH", "Köln"), ["Food"],
     "Sucht Partner für die neue Anlage"),  # the same company as Jana: never suggested together
    (person("fr", "Luc Martin", "Consultant", "Martin Conseil", "Lyon"), [], "Le client et les bus"),
    (person("it", "Sara Conti", "Consulente", "Conti Studio", "Lyon"), [], "Il cliente e i treni per Lione"),
]


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "lib"
    with Library.open(path) as lib:
        ids = add(lib, "evening", *(c for c, _, _ in CARDS))
        ids += add(lib, "generated", *random_contacts(12, seed=7))
        for card_id, (_, tags, note) in zip(ids, CARDS, strict=False):
            lib.set_tags(card_id, tags)
            lib.set_note(card_id, note)
        for card_id in ids:
            lib.set_pocket(card_id, "keep")
    return path, ids


def suggestions(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, path, "intros", "--json", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_reasons_are_accent_and_case_blind_and_ignore_stop_words(capsys: pytest.CaptureFixture[str],
                                                                 library: tuple[Path, list[int]]) -> None:
    path, ids = library
    carmen, tom, jana, uwe, luc, sara = ids[:6]
    found = suggestions(capsys, path)
    best = found[0]
    assert {best["a"], best["b"]} == {carmen, tom}
    reasons = {r["kind"]: r["items"] for r in best["reasons"]}
    assert reasons["tags"] == ["Logística"]  # "Logística" and "logistica"
    assert reasons["words"] == ["Málaga"]  # "Málaga" and "MALAGA"; no stop word ("la", "the", "de", "a")
    assert reasons["roles"] == ["Directora de compras", "Sales Director"]  # a buyer and a seller
    pairs = [{s["a"], s["b"]} for s in found]
    assert {jana, uwe} not in pairs  # the same company
    assert {luc, sara} not in pairs  # the same city (Lyon) alone is no reason
    assert {jana, tom} in pairs  # shared tag Food (case-blind) and a seller
    _code, out, _ = run(capsys, path, "intros", "--limit", "1")
    assert out.count("cardscan intro ") == 1 and "Carmen Ruiz (Ruiz Alimentación S.L.)" in out
    assert "shared tags: Logística" in out and "both notes mention: Málaga" in out


def test_stop_words_come_from_the_snowball_lists() -> None:
    words = stop_words()
    for word in ("the", "und", "les", "della", "het", "och", "para", "não"):
        from cardscan.store.duplicates import fold

        assert fold(word) in words
    assert set(note_words("Der Kunde und die neue Anlage, the client and THE plant")) == {
        "kunde", "neue", "anlage", "client", "plant"}


def test_intro_writes_a_draft_to_both_and_is_logged_for_both(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                             library: tuple[Path, list[int]]) -> None:
    path, ids = library
    carmen, tom, _jana = ids[:3]
    target = tmp_path / "intro.eml"
    code, _, err = run(capsys, path, "intro", str(carmen), str(tom), "-o", str(target))
    assert code == 0 and "(en)" in err and "logged for both" in err
    msg = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["carmen@ruiz.example", "tom@baker.example"]
    assert msg["X-Unsent"] == "1"
    body = str(msg.get_content()).replace("\r\n", "\n")
    assert body.startswith("Hello Carmen and Tom,\n")
    assert "Carmen Ruiz, Directora de compras, Ruiz Alimentación S.L. (Sevilla)" in body
    assert "you share an interest in Logística and Málaga" in body
    assert {frozenset((s["a"], s["b"])) for s in suggestions(capsys, path)}.isdisjoint({frozenset((carmen, tom))})
    for card_id, other in ((carmen, "Tom Baker"), (tom, "Carmen Ruiz")):
        out = run(capsys, path, "show", str(card_id))[1]
        assert f"Introduced to {other}" in out
    code, _, err = run(capsys, path, "intro", str(carmen), str(tom), "-o", str(target))
    assert code == 5 and "introduced before" in err  # never overwritten
    code, _, err = run(capsys, path, "intro", str(carmen), str(carmen), "-o", str(tmp_path / "x.eml"))
    assert code == 2


def test_intro_in_the_shared_language(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      library: tuple[Path, list[int]]) -> None:
    path, ids = library
    jana, uwe = ids[2], ids[3]
    code, out, err = run(capsys, path, "intro", str(jana), str(uwe), "-o", "-")
    assert code == 0 and "same company" in err and "(de)" in err
    msg = email.message_from_bytes(out.encode("utf-8"), policy=policy.default)
    assert msg["Subject"] == "Vorstellung: Jana Köhler und Uwe Köhler"
    body = str(msg.get_content()).replace("\r\n", "\n")
    assert body.startswith("Guten Tag Jana Köhler und Uwe Köhler,\n\ngern möchte ich Sie einander vorstellen.")
    assert "Sie interessieren sich beide für Food" in body
