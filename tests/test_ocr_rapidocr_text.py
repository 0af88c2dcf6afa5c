"""How RapidOCR's line readings become words and lines: spaces put back, words boxed, columns, Nordic å."""

from __future__ import annotations

from cardscan.model import OcrLine, OcrWord
from cardscan.ocr.rapidocr_text import CharBox, column_order, nordic_evidence, repair_line, restore_nordic_a


def _boxes(text: str, gaps: dict[int, int] | None = None, width: int = 20, space: int = 20) -> list[CharBox]:
    """One box per non-space character, `width` wide and 2 px apart; gaps[i] widens the gap before character i."""
    boxes, x, i = [], 0, 0
    for ch in text:
        if ch.isspace():
            x += space
            continue
        x += (gaps or {}).get(i, 0)
        boxes.append(CharBox((x, 10, width, 30), 0.9 + i / 1000))
        x += width + 2
        i += 1
    return boxes


def _words(text: str, gaps: dict[int, int] | None = None, space: int = 20) -> list[str]:
    return [word for word, _ in repair_line(text, _boxes(text, gaps, space=space))]


def test_words_follow_the_line_text_not_the_word_pieces() -> None:
    assert _words("Anna van den Berg") == ["Anna", "van", "den", "Berg"]


def test_a_postcode_glued_to_its_town_is_split() -> None:
    assert _words("10115Berlin") == ["10115", "Berlin"]
    assert _words("1015CJAmsterdam") == ["1015CJ", "Amsterdam"]
    assert _words("Keizersgracht 1") == ["Keizersgracht", "1"]
    assert _words("ISO9001") == ["ISO9001"]  # no capitalised word after the digits: left alone


def test_a_comma_with_no_space_after_it_gets_one() -> None:
    assert _words("MANN,GOMEZ") == ["MANN,", "GOMEZ"]
    assert _words("1,5") == ["1,5"]


def test_a_vertical_bar_is_a_word_of_its_own() -> None:
    assert _words("T|+31") == ["T", "|", "+31"]
    assert _words("|anna@noord.nl") == ["|", "anna@noord.nl"]


def test_a_globe_icon_read_as_one_more_w_is_split_off() -> None:
    assert _words("wwww.noord.nl") == ["w", "www.noord.nl"]
    assert _words("www.noord.nl") == ["www.noord.nl"]


def test_only_a_column_gap_splits_a_word() -> None:
    assert _words("linkedin.com/in/annaCalle", gaps={20: 50}) == ["linkedin.com/in/anna", "Calle"]
    assert _words("Kempenaar", gaps={3: 20}) == ["Kempenaar"]  # the gap a wide letter leaves is no space
    assert _words("anna@noord.nl", gaps={5: 20}) == ["anna@noord.nl"]


def test_a_word_split_after_a_wide_letter_is_joined() -> None:
    assert _words("Michael W arrington") == ["Michael", "Warrington"]
    assert _words("Director de m arketing") == ["Director", "de", "marketing"]
    assert _words("Michael W arrington", space=60) == ["Michael", "W", "arrington"]  # a column gap stays
    assert _words("A Coruña") == ["A", "Coruña"] and _words("Lisboa e arredores") == ["Lisboa", "e", "arredores"]
    assert _words("T +31 20") == ["T", "+31", "20"]


def test_each_word_is_boxed_by_its_own_characters() -> None:
    text = "Anna Berg"
    boxes = _boxes(text)
    (anna, anna_boxes), (berg, berg_boxes) = repair_line(text, boxes)
    assert (anna, berg) == ("Anna", "Berg")
    assert anna_boxes == boxes[:4] and berg_boxes == boxes[4:]


def _line(x: int, y: int, w: int, text: str) -> OcrLine:
    return OcrLine(words=(OcrWord(text, 0.9, (x, y, w, 30)),), box=(x, y, w, 30))


def test_two_columns_are_read_one_after_the_other() -> None:
    header = _line(100, 20, 1000, "Stichting Noord Architecten en Ingenieurs")
    left = [_line(100, 100 + 40 * i, 300, f"left {i}") for i in range(3)]
    right = [_line(700, 105 + 40 * i, 350, f"right {i}") for i in range(3)]
    footer = _line(100, 300, 1000, "www.noord.nl and a long line across the whole card")
    shuffled = [right[1], footer, left[2], header, right[0], left[0], right[2], left[1]]
    assert [ln.text for ln in column_order(shuffled)] == [
        "Stichting Noord Architecten en Ingenieurs", "left 0", "left 1", "left 2", "right 0", "right 1", "right 2",
        "www.noord.nl and a long line across the whole card",
    ]


def test_one_column_is_read_top_to_bottom() -> None:
    lines = [_line(100 + 30 * (i % 2), 300 - 40 * i, 400, f"line {i}") for i in range(5)]
    assert [ln.text for ln in column_order(lines)] == [f"line {i}" for i in reversed(range(5))]


def test_nordic_a_is_restored_only_on_nordic_cards() -> None:
    assert nordic_evidence("info@foretag.se") and nordic_evidence("+46 8 123 45 67") and nordic_evidence("Søren")
    assert not nordic_evidence("Responsable à Lyon\ncontact@gare.fr\n+33 4 12 34 56 78")
    assert restore_nordic_a("Hàkansson") == "Håkansson" and restore_nordic_a("Àsa") == "Åsa"
    assert restore_nordic_a("à") == "à"
