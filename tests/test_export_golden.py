"""Golden files: every format's export of the awkward fixture cards, byte for byte.

The golden files were written by this exporter, then checked by eye and by the parsers (the tests in
test_export_vcard, test_export_csv and test_export_ics read the same cards back). To write them again after a
deliberate change: CARDSCAN_REGENERATE_GOLDEN=1 pytest tests/test_export_golden.py, and review the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from export_cards import GOLDEN, awkward_cards
from vcard_validator import validate_vcards

from cardscan.export import export_cards
from cardscan.model import Card

NOW = datetime(2025, 11, 20, 8, 30, tzinfo=UTC)  # DTSTAMP of the calendar files

CASES: dict[str, Callable[[list[Card]], bytes]] = {
    "contacts-3.0.vcf": lambda cards: export_cards(cards, "vcard").data,
    "contacts-4.0.vcf": lambda cards: export_cards(cards, "vcard", vcard_version="4.0").data,
    "contacts.csv": lambda cards: export_cards(cards, "csv").data,
    "google.csv": lambda cards: export_cards(cards, "google").data,
    "outlook.csv": lambda cards: export_cards(cards, "outlook").data,
    "follow-ups.ics": lambda cards: export_cards(cards, "ics", now=NOW).data,
    "follow-ups-todo.ics": lambda cards: export_cards(cards, "ics", todo=True, now=NOW).data,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(name: str) -> None:
    data = CASES[name](awkward_cards())
    path = GOLDEN / name
    if os.environ.get("CARDSCAN_REGENERATE_GOLDEN"):
        path.write_bytes(data)
    assert path.is_file(), f"missing golden file {path}"
    golden = path.read_bytes()
    if data != golden:
        new_lines, old_lines = data.split(b"\r\n"), golden.split(b"\r\n")
        first = next((i for i, (a, b) in enumerate(zip(new_lines, old_lines, strict=False)) if a != b),
                     min(len(new_lines), len(old_lines)))
        pytest.fail(f"{name} differs from the golden file at line {first + 1}:\n"
                    f"  new:    {new_lines[first] if first < len(new_lines) else b'<end>'!r}\n"
                    f"  golden: {old_lines[first] if first < len(old_lines) else b'<end>'!r}")


@pytest.mark.parametrize("name", ["contacts-3.0.vcf", "contacts-4.0.vcf"])
def test_golden_vcards_are_valid(name: str) -> None:
    version = "4.0" if "4.0" in name else "3.0"
    assert validate_vcards((GOLDEN / name).read_bytes(), version) == []
