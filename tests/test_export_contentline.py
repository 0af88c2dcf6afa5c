"""Content lines: escaping, cleaning and folding (the byte-level rules of every .vcf and .ics we write)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardscan.export.contentline import clean_text, content_line, escape_text, fold, param_value, structured, uri


def unfold(data: bytes) -> bytes:
    assert data.endswith(b"\r\n")
    return data[:-2].replace(b"\r\n ", b"")


def test_text_escaping() -> None:
    assert escape_text("a\\b;c,d\ne:f\"g") == "a\\\\b\\;c\\,d\\ne:f\"g"
    assert escape_text("line 1\r\nline 2\rline 3\u2028line 4") == "line 1\\nline 2\\nline 3\\nline 4"


def test_control_characters_are_dropped_but_tab_stays() -> None:
    assert clean_text("a\x00b\x1bc\td\x7f") == "abc\td"
    assert clean_text("plain") == "plain"


def test_structured_and_uri_values() -> None:
    assert structured(["van den Berg", "Anna", None, "Dr.", ""]) == "van den Berg;Anna;;Dr.;"
    assert structured(["a;b", "c,d"]) == "a\\;b;c\\,d"
    assert uri(" https://x.example/a,b\\c d ") == "https://x.example/a%2Cb%5Cc%20d"


def test_parameter_values() -> None:
    assert param_value("WORK,VOICE") == "WORK,VOICE"
    assert param_value("a:b") == '"a:b"'
    assert param_value('a"b\\c\n') == "abc"


def test_short_line_is_not_folded() -> None:
    assert content_line("FN", "Anna") == b"FN:Anna\r\n"
    line = b"N:" + b"x" * 73
    assert fold(line) == line + b"\r\n"


def test_long_ascii_line_folds_at_75_octets() -> None:
    out = fold(b"NOTE:" + b"a" * 200)
    lines = out.split(b"\r\n")[:-1]
    assert [len(x) for x in lines] == [75, 75, 57]  # 205 octets: 75 + (1 + 74) + (1 + 56)
    assert all(x.startswith(b" ") for x in lines[1:])
    assert unfold(out) == b"NOTE:" + b"a" * 200


def test_fold_never_splits_a_character() -> None:
    text = ("NOTE:" + "é😀" * 60).encode()
    for line in fold(text).split(b"\r\n")[:-1]:
        line.decode("utf-8")  # each physical line is valid UTF-8 on its own
        assert len(line) <= 75


def test_fold_never_splits_an_escape() -> None:
    # "\\;" placed so that the 75th octet is the backslash of an escape.
    value = "x" * 69 + "\\;" + "y" * 10
    out = fold(f"NOTE:{value}".encode())
    first = out.split(b"\r\n")[0]
    assert first.endswith(b"x") and len(first) == 74
    assert unfold(out) == f"NOTE:{value}".encode()


def test_content_line_rejects_bad_names() -> None:
    with pytest.raises(ValueError):
        content_line("BAD NAME", "x")
    with pytest.raises(ValueError):
        content_line("FN", "x", [("BAD:PARAM", "y")])


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_fold_round_trips_and_keeps_every_rule(text: str) -> None:
    line = ("NOTE:" + escape_text(text)).encode()
    out = fold(line)
    assert out.endswith(b"\r\n")
    physical = out[:-2].split(b"\r\n")
    for i, part in enumerate(physical):
        assert len(part) <= 75
        part.decode("utf-8")
        assert part.startswith(b" ") == (i > 0)
        if i < len(physical) - 1:
            run = len(part) - len(part.rstrip(b"\\"))
            assert run % 2 == 0, "fold inside an escape"
    assert b"\n" not in out[:-2].replace(b"\r\n", b"")
    assert unfold(out) == line
