"""Valid phone numbers per country (checked with phonenumbers) and the ways cards print them."""

from __future__ import annotations

import random
import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

MOBILE_PREFIXES: dict[str, list[str]] = {
    "NL": ["6"], "BE": ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485",
                        "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"],
    "DE": ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176",
           "177", "178", "179"],
    "AT": ["664", "650", "676", "660", "699", "680", "681"],
    "CH": ["76", "77", "78", "79"],
    "FR": ["6", "7"],
    "IT": ["320", "328", "329", "333", "335", "338", "339", "340", "345", "347", "348", "349", "366", "380",
           "388", "392"],
    "SE": ["70", "72", "73", "76", "79"],
    "ES": ["6", "71", "72", "73", "74"],
    "PT": ["91", "92", "93", "96"],
    "GB": ["74", "75", "77", "78", "79"],
    "US": [""], "BR": [""],
}
# Countries whose numbers are printed internationally with a "(0)" for the trunk prefix.
TRUNK_ZERO = {"NL", "BE", "DE", "AT", "CH", "GB", "FR"}
_FIXED_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


_PREFERRED_LENGTHS = {("DE", False): [10, 9, 11], ("DE", True): [11, 10], ("AT", False): [8, 9, 10],
                      ("AT", True): [10, 11, 9], ("SE", False): [9, 8]}


def _nsn_lengths(region: str, ptype: int) -> list[int]:
    pref = _PREFERRED_LENGTHS.get((region, ptype == PhoneNumberType.MOBILE))
    if pref:
        return [*pref, pref[-1]]
    ex = phonenumbers.example_number_for_type(region, ptype)
    base = len(phonenumbers.national_significant_number(ex))
    return [base, base + 1, base - 1, base + 2]


def random_number(rng: random.Random, region: str, mobile: bool, area: str = "") -> PhoneNumber:
    """A random number that phonenumbers considers valid, of the right type, in `area` when given."""
    cc = phonenumbers.country_code_for_region(region)
    ptype = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    lengths = _nsn_lengths(region, ptype)
    for attempt in range(400):
        if region == "US":
            # 555-01xx: the range reserved for fiction.
            prefix = (area or rng.choice(["212", "312", "415", "617"])) + "55501"
        elif region == "BR":
            prefix = (area or "11") + ("9" if mobile else rng.choice("2345"))
        elif mobile:
            prefix = rng.choice(MOBILE_PREFIXES[region])
        else:
            prefix = area
            if region == "GB" and area == "20" and attempt < 50:
                prefix = "2079460"  # Ofcom's drama range for London
        length = lengths[min(attempt // 100, len(lengths) - 1)]
        if len(prefix) >= length:
            continue
        rest = "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region != "US" and rest[0] in "01" and not mobile:
            continue
        nsn = prefix + rest
        lead_zero = region == "IT" and nsn.startswith("0")
        num = PhoneNumber(country_code=cc, national_number=int(nsn), italian_leading_zero=lead_zero or None)
        if not phonenumbers.is_valid_number(num):
            continue
        ntype = phonenumbers.number_type(num)
        if mobile and region != "US" and ntype != PhoneNumberType.MOBILE:
            continue
        if not mobile and ntype not in _FIXED_TYPES:
            continue
        return num
    raise RuntimeError(f"no valid {'mobile' if mobile else 'fixed'} number for {region} {area!r}")


def e164(num: PhoneNumber) -> str:
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


def is_mobile(num: PhoneNumber) -> bool:
    return phonenumbers.number_type(num) == PhoneNumberType.MOBILE


def format_styles(region: str) -> list[str]:
    styles = ["national", "national", "international", "international"]
    if region in TRUNK_ZERO:
        styles.append("trunk")
    if region == "DE":
        styles.append("slash")
    if region in ("FR", "BE", "CH"):
        styles.append("dots")
    if region == "US":
        styles += ["dots", "dashes", "paren_intl"]
    return styles


def format_number(num: PhoneNumber, region: str, style: str) -> str:
    """The number as printed on a card in `style`; always parses back to `num` with the card's region."""
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "international":
        out = intl
    elif style == "trunk":
        cc, _, rest = intl.partition(" ")
        out = f"{cc} (0) {rest}" if region in ("GB", "FR") else f"{cc} (0){rest}"
    elif style == "slash":
        area, _, rest = nat.partition(" ")
        out = f"{area} / {rest}" if rest else nat
    elif style == "dots":
        out = re.sub(r"[ \-]", ".", nat.replace("(", "").replace(")", ""))
    elif style == "dashes":
        out = re.sub(r"[ ]", "-", nat.replace("(", "").replace(")", ""))
    elif style == "paren_intl":
        out = re.sub(r"^\+1 (\d{3})-", r"+1 (\1) ", intl)
    else:
        out = nat
    back = phonenumbers.parse(out, region)
    if e164(back) != e164(num):
        return nat
    return out
