"""The holds on a field's confidence: what on the card speaks against a field, whatever the calibrated model says
(the features come from `confidence.field_items`), and how triage says why."""

from __future__ import annotations

# The figure of a field the card speaks against: below the triage mark (0.6 unless the user sets another), so that
# triage shows it whatever the model says.
DOUBTED = 0.5
# What makes a field doubtful whatever else the card says, per field (features of `field_items`, each 0/1), and how
# triage says it:
# - a form no such field has: a name that reads as an organisation or a street, or holds digits or odd marks; a
#   title holding a code; a company of generic words only; a town that reads as a street; a text cut at either end
#   or with an unclosed bracket; a phone number valid nowhere it could belong ("valid" 0), or one the extractor
#   itself doubts (its own figure, the OCR's certainty of the digits times the number's, below DOUBTED), unless it
#   was printed as a local number without its area code ("local"), which no plan validates;
# - another part of the card says otherwise: a name of one word (a mailbox that does not spell the name is not
#   enough: many are nicknames or initials); a company the domain spells longer, or printed fuller or with its
#   legal form on another line; a known town inside the street while the chosen town is unknown; a company no line
#   names, read from the web address alone.
CUT = {"unbalanced": "a bracket is not closed", "cut_start": "starts in the middle of a word",
        "cut_end": "ends in a word that leads on", "odd_marks": "holds marks or letters such a line never prints"}
CONTRADICTIONS: dict[str, dict[str, str]] = {
    "name": {"reads_org": "reads as a company", "reads_street": "reads as a street", "digits": "holds digits",
             **CUT, "one_word": "one word only"},
    "title": {"digits": "holds digits: a code, not a job", **CUT},
    "company": {"generic": "generic words only", "unbalanced": CUT["unbalanced"], "cut_end": CUT["cut_end"],
                "domain_longer": "the web or e-mail address spells a longer name",
                "fuller_elsewhere": "printed fuller on another line",
                "form_elsewhere": "another line prints it with its legal form",
                "domain_only": "read from the web address only: the logo may say more"},
    "address": {"town_reads_street": "the town reads as a street",
                "town_in_street": "a known town is in the street, not in the town"},
}


def contradiction(field: str, features: dict[str, float]) -> str:
    """What on the card speaks against the field (see `CONTRADICTIONS`), or "": triage must show it, whatever the
    model says."""
    if field == "phones":
        if features.get("local", 0.0) >= 0.5:
            return ""  # a local number as printed, no area code: the card gives no more, the model weighs it
        if features.get("valid", 1.0) < 0.5:
            return "no numbering plan knows this number"
        if features.get("raw", 1.0) < DOUBTED:
            # one wrong digit makes a number useless, and nothing else on the card vouches for its digits
            return "digits read with little certainty"
        return ""
    return next((why for k, why in CONTRADICTIONS.get(field, {}).items() if features.get(k, 0.0) >= 0.5), "")


def contradicted(field: str, features: dict[str, float]) -> bool:
    """Whether the card speaks against the field (`contradiction`)."""
    return bool(contradiction(field, features))
