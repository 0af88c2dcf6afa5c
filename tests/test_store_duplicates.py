"""Probable duplicates (same email, phone, or a very similar name at a similar company) and merging."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from test_store_factory import add, person, random_contacts

from cardscan.errors import LibraryError
from cardscan.model import Field, Pocket
from cardscan.store import Library
from cardscan.store.duplicates import fold, match_company, match_name


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def test_folding_ignores_case_and_accents() -> None:
    assert fold("ANNA VAN DEN BÉRG") == "anna van den berg"
    assert fold("Søren Ørsted-Łukasz") == "soren orsted lukasz"
    assert fold("Straße") == "strasse"
    assert match_name(person("Prof. Dr. Hans von Stein, PhD")) == "hans von stein"
    assert match_company(person("X", company="Stichting Noord B.V.")) == "stichting noord"


def test_same_email_any_case(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",)))
    [b] = add(lib, "p2", person("A. van den Berg", emails=("Anna@Noord.NL",)))
    assert lib.probable_duplicates(a) == [b]
    assert lib.get_card(b).duplicate_of == [a]


def test_same_phone(lib: Library) -> None:
    [a] = add(lib, "p1", person("Marco Rossi", phones=("+390212345678",)))
    [b] = add(lib, "p2", person("Marco Rossi", company="Rossi Srl", phones=("+390212345678",)))
    assert lib.probable_duplicates(a) == [b]


def test_a_shared_switchboard_or_mailbox_is_not_a_duplicate(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", company="Noord", phones=("+31201234567",),
                                emails=("info@noord.nl",)))
    [b] = add(lib, "p2", person("Pieter de Vries", company="Noord", phones=("+31201234567",),
                                emails=("info@noord.nl",)))
    assert lib.probable_duplicates(a) == []
    assert lib.probable_duplicates(b) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Anna van den Berg", "Stichting Noord"), ("ANNA VAN DEN BERG", "Stichting Noord B.V.")),
        (("María José García López", "Grupo Sur"), ("Maria Jose Garcia Lopez", "Grupo Sur SL")),
        (("Dr. Hans von Stein", "Stein AG"), ("Hans von Stein", None)),
        (("Søren Ørsted", "Nordlys AB"), ("Soren Orsted", "Nordlys")),
        (("Berg, Anna", "Noord"), ("Anna Berg", "Noord")),
        (("François Lefèvre", "Atelier Lumière"), ("Francois Lefevre", "Atelier Lumiere SARL")),
    ],
)
def test_very_similar_names_at_a_similar_company(lib: Library, first: tuple[str, str | None],
                                                 second: tuple[str, str | None]) -> None:
    [a] = add(lib, "p1", person(first[0], company=first[1]))
    [b] = add(lib, "p2", person(second[0], company=second[1]))
    assert lib.probable_duplicates(a) == [b]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Anna van den Berg", "Stichting Noord"), ("Anna van den Berg", "Rossi Costruzioni")),  # a namesake
        (("Anna Berg", "Noord"), ("Marco Rossi", "Noord")),  # colleagues
        (("Anna Schulz", "Bau AG"), ("Hanna Schulte", "Bau AG")),
        (("Anna", "Noord"), ("Anna", "Noord")),  # a given name alone says too little
    ],
)
def test_different_people_are_not_flagged(lib: Library, first: tuple[str, str], second: tuple[str, str]) -> None:
    [a] = add(lib, "p1", person(first[0], company=first[1]))
    add(lib, "p2", person(second[0], company=second[1]))
    assert lib.probable_duplicates(a) == []


def test_two_copies_of_a_card_in_one_photo(lib: Library) -> None:
    a, b = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",)),
               person("Anna van den Berg", emails=("anna@noord.nl",)))
    assert lib.probable_duplicates(a) == [b]


def test_an_edit_can_reveal_or_end_a_duplicate(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",)))
    [b] = add(lib, "p2", person("Pieter de Vries", emails=("pieter@zuid.nl",)))
    assert lib.probable_duplicates(a) == []
    lib.edit_field(b, "emails", ["anna@noord.nl"])
    lib.edit_field(b, "name", "Anna van den Berg")
    assert lib.probable_duplicates(a) == [b]
    lib.edit_field(b, "emails", ["other@zuid.nl"])
    lib.edit_field(b, "name", "Pieter de Vries")
    assert lib.probable_duplicates(a) == []


def test_a_dismissed_pair_stays_dismissed(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",)))
    [b] = add(lib, "p2", person("Anna van den Berg", emails=("anna@noord.nl",)))
    lib.dismiss_duplicate(a, b)
    assert lib.probable_duplicates(a) == []
    lib.edit_field(b, "title", "Directrice")  # recomputes b's duplicates
    assert lib.probable_duplicates(b) == []
    lib.undo_last()
    lib.undo_last()
    assert lib.probable_duplicates(a) == [b]


def test_merge_keeps_every_note_and_fills_empty_fields(lib: Library) -> None:
    [a] = add(lib, "p1", person("Anna van den Berg", emails=("anna@noord.nl",), phones=("+31201234567",)),
              event="expo 2026-10-14")
    other = person("ANNA VAN DEN BERG", company="Stichting Noord", emails=("ANNA@noord.nl", "a.berg@gmail.com"),
                   phones=("+31612345678",))
    [b] = add(lib, "p2", other, event="summit 2027-03-02")
    lib.set_note(a, "Met at the booth.")
    lib.set_note(b, "Second meeting: wants a quote.")
    lib.set_tags(a, ["supplier"])
    lib.set_tags(b, ["Supplier", "quote"])
    lib.set_follow_up(b, date(2027, 3, 5))
    lib.set_pocket(b, Pocket.KEEP)
    merged = lib.merge(a, b)
    assert merged.note == "Met at the booth.\n--- card 2, summit 2027-03-02 ---\nSecond meeting: wants a quote."
    assert merged.tags == ["supplier", "quote"]
    assert merged.follow_up == date(2027, 3, 5)
    assert merged.pocket == Pocket.KEEP
    assert merged.contact.value("name") == "Anna van den Berg"  # the kept card's fields win
    assert merged.contact.company is not None and merged.contact.company == other.company  # filled, as scanned
    assert [f.value for f in merged.contact.emails] == ["anna@noord.nl", "a.berg@gmail.com"]
    assert [f.value.number for f in merged.contact.phones] == ["+31201234567", "+31612345678"]
    # The other card is hidden, not deleted.
    assert [c.id for c in lib.list_cards()] == [a]
    assert lib.merged_into(b) == a
    assert lib.get_card(b).note == "Second meeting: wants a quote."
    assert lib.probable_duplicates(a) == []
    assert lib.counts() == {Pocket.KEEP: 1, Pocket.DISCARD: 0, Pocket.PENDING: 0}
    with pytest.raises(LibraryError, match="merged into card 1"):
        lib.set_note(b, "x")
    with pytest.raises(LibraryError, match="already merged"):
        lib.merge(a, b)
    with pytest.raises(LibraryError, match="itself"):
        lib.merge(a, a)
    # One undo step brings both cards back as they were.
    undone = lib.undo_last()
    assert {c.card_id for c in undone} == {a, b}
    assert [c.id for c in lib.list_cards()] == [a, b]
    assert lib.get_card(a).note == "Met at the booth."
    assert lib.get_card(a).contact.company is None
    assert lib.probable_duplicates(a) == [b]


@pytest.mark.slow
def test_duplicate_check_stays_fast_in_a_large_library(lib: Library) -> None:
    contacts = random_contacts(2000, seed=11)
    with lib.batch():
        for i in range(0, len(contacts), 4):
            add(lib, f"bulk{i}", *contacts[i : i + 4], crops=False)
    twin = contacts[123].copy()
    twin.name = Field(fold(twin.value("name")).upper(), 0.7, "")  # the same person, printed in capitals
    started = time.process_time()
    [card_id] = add(lib, "twin", twin)
    elapsed = time.process_time() - started
    assert 124 in lib.probable_duplicates(card_id)
    assert elapsed < 0.25, f"adding one card (CPU time) to 2,000 took {elapsed * 1000:.0f} ms"
    # No nonsense among the pairs flagged in these random people: each pair shares an email, a phone or a
    # word of the name.
    cards = {c.id: c for c in lib.list_cards()}
    pairs = 0
    for card in cards.values():
        for other_id in card.duplicate_of:
            pairs += 1
            a, b = card.contact, cards[other_id].contact
            assert {e.value for e in a.emails} & {e.value for e in b.emails} or \
                {p.value.number for p in a.phones} & {p.value.number for p in b.phones} or \
                set(match_name(a).split()) & set(match_name(b).split()), (a.value("name"), b.value("name"))
    assert pairs / 2 < len(cards) * 0.05
