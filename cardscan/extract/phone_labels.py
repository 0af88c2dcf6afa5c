"""Phone labels as printed: which type a label word stands for (lexicons/phone_labels.txt), the label before a number,
and the ways OCR and designers vary labels (full-width colons, letter-spacing, labels in brackets or after the number,
labels glued to other letters), made plain before the numbers are read (used by phones.py)."""

from __future__ import annotations

import re

from cardscan.extract.lexicons import sections
from cardscan.text import fold

# Printed labels -> phone type (lexicons/phone_labels.txt).
PHONE_LABELS: dict[str, str] = {}
for _type, _labels in sections("phone_labels.txt").items():
    for _label in _labels:
        PHONE_LABELS[fold(_label).rstrip(".:")] = _type

# One or two words at the end of the text before a number, with the colon, bar or bracket that may follow them
_LABEL_TAIL = re.compile(
    r"(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ./]*(?:\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ./]*)?)\s*[.:]?\s*[|·•:/]?\s*(?:\(\s*)?$"
)
# The full-width forms of ASCII signs and digits ("Off：040", an OCR trained on East Asian print): as ASCII
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(94)}


def normalise_labels(text: str) -> str:
    """Labels and separators as the OCR or the designer varied them: "Off：040" (a full-width colon), "T E L" / "F A X"
    (letter-spaced), "TEL (VN mobile):" (a label in brackets), "Fax; 84 ..." (a semicolon for the colon), "Phone #"
    (a number sign for the colon), "852=32=1840" ("=" read for a hyphen)."""
    text = text.translate(_FULL_WIDTH)
    text = re.sub(r"(?<!\w)((?:[A-Z] ){2,}[A-Z])(?!\w)", lambda m: m.group(1).replace(" ", ""), text)
    text = _QUALIFIER.sub(lambda m: f" {QUALIFIERS[(m.group(1) or m.group(2)).lower().rstrip('.')]}: ", text)
    text = _LABEL_AFTER.sub(_label_first, text)
    # "©: 040-2345 6789", "☎: …": a telephone icon read as a sign, followed by a colon, labels the number
    text = re.sub(r"(?<![\w.])(?<![A-Za-z] )[^\w\s.,;:()+\-/&'\"#]\s*:\s*(?=[+(\d])", " Tel: ", text)
    text = re.sub(r"\(([A-Za-z][A-Za-z ./]{0,20})\)\s*:", r" \1:", text)
    text = re.sub(r"(?<=[A-Za-z.])\s*;\s*(?=[+(\d])", ": ", text)
    # "Phone # 555 0100", "Phone : # +1 555 0100": "#" for "number" after a label or before an international number
    text = re.sub(r"(?i)\b(ph|phone|tel|telephone|mob|mobile|cell|fax|contact)(\.?)\s*#\s*:?\s*(?=[+(\d])",
                  r"\1\2: ", text)
    text = re.sub(r"#\s*(?=\+\s?\d)", "", text)
    text = _GLUED_LABEL.sub(_unglue_label, text)
    return re.sub(r"(?<=\d)=(?=\d)", "-", text)


# "(O)" office and "(R)" residence in brackets, before a number or between a label and its number ("Ph (O): 2345678",
# "Ph : (R) 2345678", "(0): 2345678" with the O read as a zero, which a colon after the bracket tells from the trunk
# "(0)" of "+44 (0)20 ..."): the bracket is the label that types the number, with its stop inside or after it too
# ("(O.) 2345678", "Phone (O). 0265-2345678").
QUALIFIERS = {"o": "Off", "0": "Off", "off": "Off", "r": "Res", "res": "Res", "resi": "Res", "h": "Home"}
_QUALIFIER = re.compile(r"(?i)(?<![\w+])\(\s*(o\.?|off\.?|r\.?|res\.?|resi|h\.?)\s*\)\s*[.:]?\s*(?=[+(\d])"
                        r"|(?<![\w+])\((0)\)\s*:\s*(?=[+(\d])")
# A number with its label in brackets after it ("202 555 0134 (telephone)", "2345678 (R)"), or as a word ending the
# line or its part ("202 555 0117 fax"): the label is read before the number (in place of a label printed before it),
# as it types the number and is no word of the line's other text
_LABEL_AFTER = re.compile(r"(?:(?<![\w.])(?P<before>[^\W\d_]{1,12}\.?)\s*:?\s*)?(?P<number>[+(]?\d[\d\s().\-–]{4,}\d)"
                          r"\s*\(\s*(?P<word>[^\W\d_][^\W\d_.]{0,11}\.?)\s*\)"
                          r"(?!\s*:|\s*[+(]?\d)"  # "2345678(F):2345679": the bracket labels the number after it
                          r"|(?P<number2>[+(]?\d[\d\s().\-–]{4,}\d)\s+(?P<word2>[^\W\d_]{2,12}\.?)\s*(?=$|[,;|])")


def _label_first(m: re.Match[str]) -> str:
    if m.group("number2") is not None:  # "(202) 555-0117 fax": a label word ending the number's part of the line
        word2 = m.group("word2")
        return f" {word2}: {m.group('number2')}" if label_type(word2) is not None else m.group(0)
    word = m.group("word")
    qualifier = QUALIFIERS.get(word.lower().rstrip("."))
    if qualifier is None and label_type(word) is None:
        return m.group(0)
    before = m.group("before")
    if before and label_type(before) is None:
        return f"{before} {qualifier or word}: {m.group('number')}"
    return f" {qualifier or word}: {m.group('number')}"  # "Ph : 2345678 (R)": the bracket says more than "Ph"


# A label glued to the end of letters the OCR read before it ("ScPh23456789", "xxTel:"): a word that is no label
# itself but ends in one, right before a number.
_GLUED_LABEL = re.compile(r"(?<![\w.])([^\W\d_]{2,})(?=\s*[.:]?\s*[+(]?\d)")


def _unglue_label(m: re.Match[str]) -> str:
    word = m.group(1)
    if label_type(word) is not None:
        return word
    for cut_at in range(1, len(word) - 1):
        tail = word[cut_at:]
        if len(word) - cut_at >= 2 and label_type(tail) is not None and tail[0].isupper():
            return f"{word[:cut_at]} {tail}"
    return word


def label_type(label: str) -> str | None:
    """The phone type a printed label stands for, or None if it is no phone label."""
    key = fold(label).strip().rstrip(".:").strip()
    key = re.sub(r"\s+", " ", key)
    if key in PHONE_LABELS:
        return PHONE_LABELS[key]
    key2 = key.replace(".", "").replace(" ", "")
    for k, v in PHONE_LABELS.items():
        if k.replace(".", "").replace(" ", "") == key2:
            return v
    return None


def label_before(prefix: str) -> tuple[str | None, int]:
    """(type, start of the label) for the label at the end of the text before a number."""
    m = _LABEL_TAIL.search(prefix)
    if not m:
        return None, len(prefix)
    words = m.group("label").split()
    # Try the last two words ("Tel. mobile"), then the last one ("Mobil").
    for n in (2, 1):
        if len(words) >= n:
            candidate = " ".join(words[-n:])
            t = label_type(candidate)
            if t:
                start = prefix.rfind(words[-n], 0, len(prefix))
                if n == 2:
                    start = prefix.rfind(words[-2], 0, prefix.rfind(words[-1]))
                return t, start
    return None, len(prefix)
