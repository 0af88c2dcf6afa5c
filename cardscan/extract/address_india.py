"""Indian addresses: the six-digit PIN code with the town printed before it ("Mumbai - 400 001", "Chennai 600017",
"Bangalore-560 001, Karnataka", "Coimbatore, Tamil Nadu 641 002", "New Delhi" / "PIN: 110001").

The town is the one printed with the PIN; a state's name (lexicons/states_in.txt) is the region, never the town,
unless it is also a city's name (Delhi, Chandigarh). A PIN counts only where the card points to India: the PIN
labelled as one, a state, "India" (or "Bharat") printed beside it, or a known Indian town with it.
"""

from __future__ import annotations

import re

from cardscan.extract.geo import country_from_city, country_from_name
from cardscan.extract.hits import Piece
from cardscan.extract.lexicons import entries
from cardscan.model import Address
from cardscan.text import fold, one_edit


def _key(text: str) -> str:
    return " ".join(fold(text).strip(" .,-–()").split())


STATES = frozenset(_key(name) for name in entries("states_in.txt"))
_SPELLED = {_key(name): name for name in entries("states_in.txt")}
# A state's name this long, read with one letter lost or wrong ("elangana"), is still the state
_NEAR_STATE_LENGTH = 7
# A side of a town, in brackets after it: "Sampleton (E.)", "Samplepur (West)"
_SIDE = re.compile(r"(?i)(?:[ewns]|east|west|north|south)\.?")
# A region's initials in brackets after the town: "(N.G.)" (North Gujarat), "(U.P.)"
_REGION_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,3}")
# A PIN: six digits, the first not 0, printed whole or in two groups of three ("400 001").
_PIN_RE = re.compile(r"(?<![\d+/.])(?<!\d[-–])[1-9]\d{2}\s?\d{3}(?![\d\-/])")
_PIN_LABEL = re.compile(r"(?i)\b(?:pin(?:\s*code)?|pincode)\s*[:.\-–]?\s*(?=[1-9]\d{2}\s?\d{3}(?!\d))")
_INDIA = re.compile(r"(?i)\b(?:india|bharat)\b")
_SPLIT = re.compile(r"\s*[,|·]\s*|\s+[-–]\s+|\s*\((?=[A-Za-z])|\)\s*")
_TOWN = re.compile(r"[A-Za-z][A-Za-z.' ]{1,30}")


def is_state(text: str) -> bool:
    return state_spelling(text) is not None


def state_spelling(text: str) -> str | None:
    """The state the text names, as the list spells it; a long name one OCR slip away from a state counts too,
    unless it is a known city."""
    key = _key(text)
    if key in STATES:
        return _SPELLED.get(key, text)
    if len(key) < _NEAR_STATE_LENGTH or (" " in key and len(key.split()) > 3) or country_from_city(key):
        return None
    return next((_SPELLED.get(s, s) for s in STATES if one_edit(key, s) is not None), None)


def india_evidence(text: str) -> float:
    """How strongly one line says India: a labelled PIN, a state's name, "India"/"Bharat" beside a PIN, a known city
    and its postal zone."""
    score = 0.0
    if _PIN_LABEL.search(text):
        score += 3.0
    parts = [p for p in _SPLIT.split(text) if p and p.strip()]
    if any(is_state(_PIN_RE.sub("", p)) for p in parts):
        score += 3.0
    if _INDIA.search(text) and _PIN_RE.search(text):
        score += 2.0
    if _TOWN_DASH_PIN.search(text):
        score += 2.0
    zone = _CITY_ZONE.search(text)
    if zone and country_from_city(zone.group(1)) == "IN":
        score += 2.0
    return score


# A known city and the number of its postal zone after a dash ("Kanpur-14.", "Vadodara - 9"): how India writes
# a big city's address without the whole PIN
_CITY_ZONE = re.compile(r"([A-Z][A-Za-z]{3,}(?: [A-Z][A-Za-z]+)?)\s*[-–]\s*\d{1,2}(?!\d)\s*\.?(?=[\s,(]|$)")


# A town, a dash and a PIN ending the line ("Example Nagar - 500 999.", "Sampletown-999999"): India Post's way of
# writing the last line of an address; the other countries with six-digit postcodes write none with a dash
_TOWN_DASH_PIN = re.compile(r"[A-Za-z]{3,}\.?\s*[-–]\s*[1-9]\d{2}\s?\d{3}\s*\.?\s*$")


def _state_name(text: str) -> str:
    """A state as printed, without brackets and the sentence's full stop ("(U.P.)" -> "U.P.", "Kerala." -> "Kerala");
    a name read with a letter lost as the list spells it."""
    text = text.strip(" ,;()")
    text = text.rstrip(".") if text.count(".") == 1 else text
    return text if _key(text) in STATES else (state_spelling(text) or text)


def _town(part: str) -> str | None:
    """The town in a part of a PIN line: letters only, no state's name (unless a city is so called); of a locality
    and a town, or a town and its state, split by a full stop ("Example Nagar. Hyderabad", "Hyderabad. Telangana
    State"), the known city; a known city's words run together put apart ("NewDelhi")."""
    part = " ".join(part.strip(" .,;:-–()").split())
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", part)  # "NewDelhi": the space lost in print or OCR
    if spaced != part and country_from_city(spaced) == "IN":
        part = spaced
    known = [p for p in re.split(r"\.\s+(?=[A-Z])", part) if country_from_city(p.strip(" .")) == "IN"]
    if known and known[-1] != part:
        part = known[-1].strip(" .")
    words = spaced.split() if country_from_city(part) != "IN" else []
    # a locality before the known city, with no full stop between ("Example Nagar Kanpur", "ExamplenagarKanpur")
    tail = next((" ".join(words[-n:]) for n in (2, 1) if len(words) > n
                 and country_from_city(" ".join(words[-n:])) == "IN"), None)
    if tail:
        part = tail
    coded = re.fullmatch(r"(.+?)\s+[A-Z]{2}", part)
    if coded and country_from_city(coded.group(1)) == "IN":
        part = coded.group(1)  # "Sampleton GJ 399999": a known city and its state's two-letter code
    if not _TOWN.fullmatch(part) or country_from_name(part) or re.fullmatch(r"(?i)pin\s*(?:code)?", part):
        return None
    if is_state(part) and country_from_city(part) != "IN":
        return None
    return part


# Letters the OCR confuses in print ("Farldabad" for "Faridabad", "Jarnshedpur" for "Jamshedpur").
_CONFUSIONS = (("l", "i"), ("i", "l"), ("I", "l"), ("rn", "m"))


def known_spelling(town: str) -> str:
    """The town as the city list spells it when the printed name is one OCR confusion away from a known Indian
    city and is no city itself ("Farldabad" -> "Faridabad"); else the town as printed."""
    if country_from_city(town):
        return town
    for wrong, right in _CONFUSIONS:
        start = town.find(wrong)
        while start >= 0:
            candidate = town[:start] + right + town[start + len(wrong):]
            if country_from_city(candidate) == "IN":
                return candidate
            start = town.find(wrong, start + 1)
    return town


def _pin_line(text: str) -> tuple[str, str | None, str | None, str] | None:
    """(PIN, town, state, what stands before the town) of a line that carries a PIN."""
    text = _PIN_LABEL.sub("PIN ", text)
    m = _PIN_RE.search(text)
    if not m:
        return None
    before = re.sub(r"(?i)\bPIN\s*$", "", text[: m.start()])
    # the country after the state, its bar read as a letter ("Sampleton, Maharashtra I India - 400999")
    before = re.sub(r"(?i)(?:\s+[|Il]\s+|[\s,|]+)(?:india|bharat)[\s.,–-]*$", "", before)
    parts_before = [p for p in _SPLIT.split(before) if p and p.strip(" .-–")]
    parts_after = [p for p in _SPLIT.split(text[m.end():]) if p and p.strip(" .-–")]
    town, between = None, parts_before[-1:]
    if len(parts_before) >= 2 and (_SIDE.fullmatch(parts_before[-1].strip(" .,"))
                                   or _REGION_INITIALS.fullmatch(parts_before[-1].strip(" ,"))):
        # "Sampleton (E.) - 400 999", "Sampleton (N.G.) - 399 999": the town's side, its region's initials, no town
        parts_before = parts_before[:-1]
    for k in range(len(parts_before) - 1, max(-1, len(parts_before) - 3), -1):
        town = _town(parts_before[k])
        if town:
            parts_before, between = parts_before[:k], parts_before[k + 1:]
            break
        if not is_state(parts_before[k]):
            break
    state = next((_state_name(x) for x in between + parts_after if is_state(x)), None)
    return m.group(0), town, state, ", ".join(p.strip() for p in parts_before)


def indian_address(pieces: list[Piece], card_says_india: bool) -> tuple[Address, float, tuple[int, ...], str] | None:
    """The card's Indian address, or None when no PIN line is found or nothing points to India (`card_says_india`:
    the card's other evidence does)."""
    by_index = {p.index: p for p in pieces}
    for p in pieces:
        found = _pin_line(p.text)
        if found is None:
            continue
        pin, town, state, street = found
        used = [p.index]
        prev = by_index.get(p.index - 1)
        if town is None and prev is not None:
            # "New Delhi" / "PIN: 110001": the town ends the line above
            above = [x for x in _SPLIT.split(prev.text) if x and x.strip(" .-–")]
            town = _town(above[-1]) if above else None
            if town is not None:
                used.append(prev.index)
                street = ", ".join(x.strip() for x in above[:-1])
                prev = by_index.get(prev.index - 1)
        if town is None:
            continue
        nxt = by_index.get(p.index + 1)
        near = " ".join(x.text for x in (p, nxt) if x is not None)
        sure = (bool(_PIN_LABEL.search(p.text)) or state is not None or bool(_INDIA.search(near))
                or country_from_city(town) == "IN" or card_says_india)
        if not sure:
            continue
        head = nxt.text.split(",")[0].strip(" .") if nxt is not None else ""
        if nxt is not None and country_from_city(town) != "IN" and country_from_city(head) == "IN" \
                and len(nxt.text.split(",")) >= 2 and all(is_state(x) or country_from_name(x) == "IN"
                                                          for x in nxt.text.split(",")[1:] if x.strip(" .")):
            # "Example Nagar - 390099." / "Vadodara, Gujarat, India.": the PIN's locality, then the known city
            street = ", ".join(x for x in (street, town) if x)
            town = head
            state = state or next((_state_name(x) for x in nxt.text.split(",")[1:] if is_state(x)), None)
            used.append(nxt.index)
        if nxt is not None and (country_from_name(nxt.text) == "IN" or is_state(nxt.text.split(",")[0])):
            used.append(nxt.index)
            state = state or (_state_name(nxt.text.split(",")[0]) if is_state(nxt.text.split(",")[0]) else None)
        if not street and prev is not None and re.search(r"\d|,\s*$", prev.text) and "@" not in prev.text:
            street = prev.text.strip(" ,")
            used.append(prev.index)
        source = " / ".join(dict.fromkeys(by_index[i].segment.line_text for i in sorted(used)))
        return Address(street or None, pin, known_spelling(town), state, "IN"), 0.85, tuple(sorted(set(used))), source
    return _zone_address(pieces)


# A known Indian city with the number of its postal zone, ending the address: "…, Sample Nagar, Hyderabad - 99." (the
# last two digits of the PIN, 500 0NN)
# (the state in brackets and the country may follow: "…, Hyderabad - 99 (A.P.) India.")
# (or after a comma, spelled out or cut short: "…, Sampleton - 7, Guj., India.", "Sampleton-61, Gujarat, India")
_ZONE_LINE = re.compile(r"^(?:(?P<street>.*?)[,\s]\s*)?(?P<town>[A-Za-z][A-Za-z.' ]{1,30}?)\s*[-–]\s*\d{1,2}\s*\.?"
                        r"\s*(?:\((?P<state>[A-Za-z. ]{1,20})\)|,\s*(?P<state2>[A-Za-z][A-Za-z. ]{1,20}?)\s*\.?)?"
                        r"\s*,?\s*(?:india|bharat)?\s*\.?\s*$", re.IGNORECASE)


def _zone_address(pieces: list[Piece]) -> tuple[Address, float, tuple[int, ...], str] | None:
    """The address that ends with a known Indian city and its postal zone, when no PIN is printed."""
    for p in pieces:
        m = _ZONE_LINE.match(p.text)
        if m is None or country_from_city(m.group("town").strip()) != "IN":
            continue
        street = (m.group("street") or "").strip(" ,")
        printed = m.group("state") or m.group("state2")
        state = _state_name(printed) if printed else None
        return (Address(street or None, None, m.group("town").strip(), state, "IN"), 0.75, (p.index,),
                p.segment.line_text)
    return None
