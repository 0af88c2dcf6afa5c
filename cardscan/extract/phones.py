"""Phone numbers: E.164 through phonenumbers, typed from the printed label."""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from cardscan.extract.accents import restore
from cardscan.extract.hits import Hit, cut
from cardscan.extract.language import COUNTRY_LANGUAGES
from cardscan.extract.phone_labels import label_before, label_type, normalise_labels
from cardscan.extract.phone_prints import blank_opening_hours, comma_for_dot
from cardscan.extract.phone_series import (
    continuation,
    extensions,
    is_switchboard,
    plus_lost,
    range_end,
    read_again,
    split_alternatives,
)
from cardscan.extract.phonetype import phone_type, type_of_number
from cardscan.model import Phone

_PHONE_AND_FAX = re.compile(r"(?i)\b(?:tel|t[ée]l|telefon|phone|t)\.?\s*/\s*(?:fax|f)\b")
# One or two signs, or one letter or digit (in brackets or not), alone before a number at the start of a line: a
# printed symbol (a handset, a bullet) as the OCR read it, or a label. Which one, the number's validity decides.
_LEADING_SIGN = re.compile(r"^\s*([^\w\s]{1,2}|\w|\(\w\))\s+(?=[+(]?\d)")

# Lines that carry numbers which are not phone numbers (tax, company register, bank; Poland's NIP, REGON and KRS,
# Taiwan's and China's business numbers).
NOT_PHONE_RE = re.compile(
    r"(?i)\b(?:ust|ust-?id(?:nr)?|vat|uid|iban|bic|swift|kvk|hrb|hra|btw|tva|p\.?\s?iva|partita\s+iva|c\.?\s?f\.?|"
    r"cif|nif|nipc|org\.?\s?nr|orgnr|siret|siren|rcs|steuer(?:nummer|nr)?|st\.?-?nr|amtsgericht|registergericht|"
    r"handelsregister|rea|cod\.?\s*fisc|codice\s+fiscale|ape|naf|kbo|ondernemingsnummer|momsnr|moms|bank|konto|"
    r"blz|sort\s+code|company\s+no|reg\.?\s*no|registered|cnpj|cpf|gstin|gst\s*no|cin|mst|tax\s*(?:code|id|no)|"
    r"abn|gst|nip|regon|krs|統編|統一編號|统一社会信用代码|税号)\b"
)
# A word that joins two numbers under one label ("und", "or", "ou", "och").
_CONJUNCTION = re.compile(r"(?i)\s*(?:and|und|or|oder|et|ou|y|o|e|en|of|och|eller|&)\s*")
_DIGIT_FIXES = str.maketrans("OoIl|", "00111")
_DIGITISH_TOKEN = re.compile(r"^[+(]?[0-9OoIl|()\-./]*[0-9][0-9OoIl|()\-./]*$")


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _fix_digits(text: str) -> str:
    """O/0 and l/1 confusions, only inside tokens that are mostly digits ("3O", "l23")."""
    out = []
    for token in text.split(" "):
        if _DIGITISH_TOKEN.match(token) and _digit_count(token) >= 2:
            token = token.translate(_DIGIT_FIXES)
        out.append(token)
    return " ".join(out)


def _same_list(between: str, before: str, raw: str) -> bool:
    """Whether a number continues a list under the label of the one before: only a comma or a semicolon between them,
    and as many digits in both ("Ph: 2345678, 2345679", "Tel: 834599, 834598"), so printed alike."""
    return bool(re.fullmatch(r"\s*[,;]\s*", between)) and _digit_count(raw) == _digit_count(before)


def _valid_somewhere(text: str, region: str | None) -> bool:
    try:
        return any(phonenumbers.is_valid_number(m.number)
                   for m in PhoneNumberMatcher(text, region or "ZZ", leniency=Leniency.POSSIBLE, max_tries=5))
    except Exception:
        return False


def phone_region_of(number: phonenumbers.PhoneNumber) -> str | None:
    return phonenumbers.region_code_for_number(number)


# Nine digits or more in groups joined by one separator throughout ("312.555.0134", "06-1234-5678"): printed as a
# phone number, never a street number beside a postcode (those stand apart, with spaces)
_GROUPED = re.compile(r"\d{2,4}([.\-])\d{2,4}(?:\1\d{2,5})+")


# A trunk "0" and the area code joined to the number by a dash, a slash or a dot ("0999-123456", "0711/123456",
# "0774.123456"), or an Italian mobile's prefix so ("333.1234567"): a phone number as printed, never a street number
# and a postcode
_TRUNK_AND_AREA = re.compile(r"0\d{2,4}\s?[-/.]\s?\d{5,8}|3\d{2}\.\d{6,7}")
# A trunk "0" opening nine digits or more in groups of two to four set apart by single spaces ("06 99 88 77 66",
# "073 999 99 99"): a national number as printed, never a street number beside a postcode (no house number
# begins with 0)
_TRUNK_SPACED = re.compile(r"0\d{1,3}(?: \d{2,4}){2,4}")


# Two groups of five digits ("98765 43210"): a mobile number as India prints it. A house number has four digits at
# most beside a postcode
_FIVE_AND_FIVE = re.compile(r"\d{5} \d{5}")


def _grouped(raw: str) -> bool:
    return (bool(_GROUPED.fullmatch(raw)) and _digit_count(raw) >= 9) or bool(_FIVE_AND_FIVE.fullmatch(raw))


# A number printed as a subscriber's line only: six to eight digits in one or two groups, no country code, no trunk
# "0", no area code ("Ph: 2345678", "Tel : 2345 6789")
_LOCAL_PRINT = re.compile(r"(?<![\d+(])[1-9]\d{1,3}[ -]?\d{3,4}(?![\d])")


def local_number(printed: str) -> bool:
    """Whether a number was printed without its area code (a local number, which no numbering plan validates)."""
    digits = re.sub(r"\D", "", printed)
    return 6 <= len(digits) <= 8 and bool(_LOCAL_PRINT.search(printed)) and "+" not in printed


# The extractor's own figure for such a local number (a number valid nowhere else: 0.45)
LOCAL_CERTAINTY = 0.7


def find_phones(text: str, region: str | None, switchboard: Phone | None = None) -> tuple[list[Hit], str]:
    """Every phone number in a piece of text (no e-mail or web address left in it), and the text without them.

    `switchboard`: a number ending in "-0" printed on an earlier line, whose direct-dial lines ("Fax -99") this text
    may give."""
    if NOT_PHONE_RE.search(text):
        return [], text
    text = split_alternatives(comma_for_dot(blank_opening_hours(_fix_digits(normalise_labels(text))), region))
    if region is not None:  # "(86-10) 8455-9999": the country code and the area code in one bracket, no "+"
        code = phonenumbers.country_code_for_region(region)
        text = re.sub(rf"\(\s*{code}\s*[-–]\s*(\d{{1,4}})\s*\)", rf"+{code} \1 ", text) if code else text
    # Any sign or single character before a number that is no phone label ("0 06 43871639", "☎ 030 ...", "(c) 06 ...")
    # is a printed symbol when the number is valid without it and not with it: blank it out.
    icon = _LEADING_SIGN.match(text)
    if icon and not text.lstrip().startswith("+") and label_type(icon.group(1)) is None:
        rest = text[icon.end():]
        if _valid_somewhere(rest, region) and not _valid_somewhere(text, region):
            text = " " * icon.end() + rest
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = []
    prev_end = 0
    last_raw = ""  # the digits of the number read last, as printed
    try:
        matches = list(PhoneNumberMatcher(text, region or "ZZ", leniency=Leniency.POSSIBLE, max_tries=20))
    except Exception:  # phonenumbers raises on some pathological input
        return [], text
    for match in matches:
        if match.start < prev_end:
            continue  # digits already read as the end of a series ("2345 6790" after "022 2345 6789 /")
        number = match.number
        national = str(number.national_number)
        if len(national) < 6:
            continue
        raw = match.raw_string
        if re.fullmatch(r"\d{4}\s?-\s?\d{3}", raw.strip()):  # a Portuguese postcode, not a number
            continue
        if re.fullmatch(r"\d{1,4}\s?/\s?\d{1,3}", raw.strip()):  # "9999/99": a house number and its part
            continue
        valid = phonenumbers.is_valid_number(number)
        label, label_start = label_before(text[prev_end:match.start])
        if label is None and hits and (_CONJUNCTION.fullmatch(text[prev_end:match.start])
                                       or (_same_list(text[prev_end:match.start], last_raw, raw) and not valid)):
            # "Tel. 0711 123456 und 0711 123457", "Ph: 2345678, 2345679" (no area code printed): the label of the one
            # before
            label = hits[-1].value.type
        label_word = text[prev_end + label_start:match.start].strip(" .:|") if label else ""
        label_start += prev_end
        text_start = label_start
        if len(label_word.rstrip(".")) == 1 and label in ("work", "home") and type_of_number(number) == "mobile":
            # One letter is a weak label (a symbol read as a letter, or a loose abbreviation): when it says a fixed
            # line and the number is a mobile one, the number's own type decides.
            label = None
            text_start = match.start
        again = None if valid else read_again(raw, region)
        if valid and (international := plus_lost(raw, region)) is not None:
            number = international  # "49 172 1234567" in Germany: "+49", not a national number without its "0"
        if again is not None:  # "91 40 2345 6789" (the country code without "+"), "040 2345 6781-84" (a range)
            number, valid = again, phonenumbers.is_valid_number(again)
        if not valid and (label is None or re.match(r"\d[-–]", raw)):
            continue  # "Office: 1-10-199/1": a house number (no number is dialled from a group of one digit)
        if label is None and not raw.lstrip().startswith(("+", "00")):
            # Digits between words are a street number and a postcode ("Drottninggatan 122 - 116 74 Stockholm"),
            # not a phone number printed without a label.
            prefix = text[prev_end:match.start]
            before = re.sub(r"[^A-Za-zÀ-ÿ]", "", prefix)
            after = re.match(r"\s*[A-Za-zÀ-ÿ]{2,}", text[match.end:])
            label_like = re.search(r"[A-Za-zÀ-ÿ]{1,8}\s*[.:|]\s*$", prefix)  # "Tim. 962 ...": a misread label
            if ((len(before) >= 3 and not label_like) or after) and not _grouped(raw.strip()) \
                    and not re.fullmatch(r"\d{9,}|\(\d{2,5}\)\s?\d[\d .\-]{4,}\d", raw.strip()) \
                    and not (valid and _TRUNK_AND_AREA.fullmatch(raw.strip())) \
                    and not (valid and _TRUNK_SPACED.fullmatch(raw.strip()) and _digit_count(raw) >= 9):
                continue  # (nine digits or more unbroken, "Example 9876543210", or an area code in brackets, "(555)
                # 123-4567 Support", are no street number and postcode)
        kind = phone_type(number, label=label)
        certainty = 0.85 if label is None else 0.95
        if not valid:
            # valid in no plan: a local number printed without its area code is right as printed, only incomplete
            certainty = LOCAL_CERTAINTY if local_number(raw) else 0.45
        elif not raw.lstrip().startswith(("+", "00")) and region is None:
            certainty -= 0.2
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if len(e164) > 16:  # "+" and over 15 digits: no phone number anywhere is that long (ITU-T E.164)
            continue
        printed = " ".join(text[text_start:match.end].split())
        if text_start < match.start:
            # The label is a word: its accents may need putting back ("Telemovel" -> "Telemóvel").
            printed = restore(printed, COUNTRY_LANGUAGES.get(region or "", ()))
        hits.append(Hit(Phone(e164, kind, printed), certainty, printed))
        last = range_end(number, raw) if again is not None else None
        if last is not None:  # "040 2345 6781-84": the range's last line too
            hits.append(Hit(Phone(phonenumbers.format_number(last, phonenumbers.PhoneNumberFormat.E164), kind,
                                  printed), certainty, printed))
        if label is not None and _PHONE_AND_FAX.search(text[label_start:match.start]):
            hits.append(Hit(Phone(e164, "fax", printed), certainty, printed))  # "Tel./Fax": the same line, both
        spans.append((label_start, match.end))
        prev_end = match.end
        last_raw = raw
        while (valid or label is not None) and (more := continuation(number, text[prev_end:],
                                                                     valid_only=valid)) is not None:
            number, length, its_label = more
            if its_label is not None and label_type(its_label) is None:
                break  # a word that is no phone label: what follows is something else ("PLZ 10115")
            group = " ".join(text[prev_end:prev_end + length].split()).lstrip("/,;&|· ")
            its_kind = phone_type(number, label=label_type(its_label)) if its_label else kind
            hits.append(Hit(Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), its_kind,
                                  group), certainty, group))
            spans.append((prev_end, prev_end + length))
            prev_end += length
    hits += _direct_lines(text, spans, hits, switchboard)
    return hits, cut(text, spans)


def fragments(numbers: list[str]) -> set[int]:
    """Which numbers (E.164) are a piece of another one the card prints: in the same country, their digits the end of
    the other's ("369 99 99" beside "0703 69 99 99", read from a card half hidden by another in a photo of several,
    or a number the OCR cut); or their digits the start of the other's where they make no valid number and the other
    does ("575 333 2", a copy's number cut by the photo's edge; beside a number as invalid as itself, a local number
    is no cut copy). A number printed once with and once without its area code is one number too."""
    numbers_ = list(map(phonenumbers.parse, numbers))
    parsed = [(p.country_code, str(p.national_number)) for p in numbers_]
    valid = [phonenumbers.is_valid_number(p) for p in numbers_]
    return {i for i, (code, digits) in enumerate(parsed) if any(
        other_code == code and len(other) > len(digits) and (other.endswith(digits) or (
            other.startswith(digits) and not valid[i] and valid[j]))
        for j, (other_code, other) in enumerate(parsed))}


_LABEL_WORDS = {"work": "Tel", "mobile": "Mobile", "fax": "Fax", "home": "Res", "other": "Tel"}
_NUMBER_ALONE = re.compile(r"\s*:?\s*(\d[\d\s().\-]{5,}\d)\s*")


def listed_below(above: Hit, text: str, region: str | None) -> list[Hit]:
    """A line that holds only a number printed like the labelled one on the line above, with no area code, so valid
    in no numbering plan ("Tel: 2345678" / "2345679"): the label above stands for both. Else nothing."""
    m = _NUMBER_ALONE.fullmatch(text)
    if m is None or _digit_count(m.group(1)) != _digit_count(above.raw.rsplit(":", 1)[-1]):
        return []
    hits, _ = find_phones(f"{_LABEL_WORDS.get(above.value.type, 'Tel')}: {m.group(1)}", region)
    return [Hit(Phone(h.value.number, h.value.type, m.group(1)), h.certainty, m.group(1))
            for h in hits if not phonenumbers.is_valid_number(phonenumbers.parse(h.value.number))]


def _direct_lines(text: str, spans: list[tuple[int, int]], hits: list[Hit], switchboard: Phone | None) -> list[Hit]:
    """ "Fax -99" beside a switchboard number "+49 711 12345-0" (on this line, else the one given): its direct line.
    A phone label says so ("Fax -99", "DW -12"), or, on the switchboard's own line, a separator (", -99"); a dash
    between other digits ("Musterstraße 12 - 14") is none."""
    here = next((h.value for h in hits if is_switchboard(h.raw)), None)
    base = here or switchboard
    if base is None:
        return []
    out = []
    rest = text
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    number = phonenumbers.parse(base.number, None)
    for line, start, end in extensions(number, rest):
        label, label_start = label_before(rest[:start])
        if label is None and not (here and re.search(r"(?:^|[,;/|·])\s*$", rest[:start])):
            continue
        e164 = phonenumbers.format_number(line, phonenumbers.PhoneNumberFormat.E164)
        printed = " ".join(rest[label_start:end].split())
        out.append(Hit(Phone(e164, phone_type(line, label=label), printed), 0.85, printed))
        spans.append((label_start, end))
    return out


def switchboard_of(hits: list[Hit]) -> Phone | None:
    """The number printed ending in "-0" among the hits, if any."""
    return next((h.value for h in hits if isinstance(h.value, Phone) and is_switchboard(h.raw)), None)


_GUESS_REGIONS = ("DE", "FR", "IT", "ES", "NL", "SE", "PT", "BE", "AT", "CH", "GB", "IE", "US", "BR")


def unique_region(text: str, preferred: Sequence[str]) -> str | None:
    """The one region (of the card languages' countries) in which the text's national number is valid, if only one.

    Where it is valid in several, `preferred` (the countries of the phone labels' language, then of the card's words,
    each language's own country first) decides: the first of them whose own way of grouping a national number's
    digits is the printed one ("079 439 99 88" is Swiss, "07 94 39 99 88" French), else the first of them the number
    is valid in; with none of them, the one country whose grouping is the printed one. A mobile number printed in
    India's two groups of five is Indian.
    """
    if not national_number_like(text):
        return None
    if re.fullmatch(r"\D*[6-9]\d{4}[ -]?\d{5}\D*", text) and _valid_somewhere(text, "IN"):
        return "IN"  # "98765 43210", "98765-43210": ten digits in two groups of five, the way India prints mobiles
    valid: dict[str, phonenumbers.PhoneNumber] = {}
    for region in dict.fromkeys([*_GUESS_REGIONS, *preferred]):
        try:
            match = next(iter(PhoneNumberMatcher(_fix_digits(text), region, leniency=Leniency.VALID, max_tries=5)),
                         None)
        except Exception:
            continue
        if match is not None:
            valid[region] = match.number
    if len(valid) == 1:
        return next(iter(valid))
    printed = _groups(text)
    styled = [r for r, number in valid.items() if len(printed) > 1 and _groups(
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)) == printed]
    narrowed = [r for r in preferred if r in styled] or [r for r in preferred if r in valid]
    if narrowed:
        return narrowed[0]
    return styled[0] if len(styled) == 1 else None


def national_number_like(text: str) -> bool:
    """Whether the text holds digits enough for a national number (seven or more) and no country code."""
    digits = re.sub(r"[^\d+]", "", text)
    return len(digits) >= 7 and not digits.startswith(("+", "00"))


def _groups(text: str) -> list[int]:
    """How many digits each group of a printed number holds ("079 439 99 88" -> [3, 3, 2, 2])."""
    return [len(g) for g in re.findall(r"\d+", text)]


def international_regions(text: str) -> list[str]:
    """The regions of every number printed with a country code ("+49 ...", "0049 ...")."""
    out = []
    for m in re.finditer(r"(?<![\w+])(?:\+|00)\s?(\d[\d\s()./-]{6,20}\d)", text):
        try:
            number = phonenumbers.parse("+" + m.group(1), None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number)
        if region is None:
            # Not a valid number: still take the country code's main region.
            region = phonenumbers.region_code_for_country_code(number.country_code or 0)
            if region == "ZZ":
                continue
        out.append(region)
    return out
