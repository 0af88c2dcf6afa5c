"""A company whose logo the card spells out in full on a line of its own ("EXAMPLE" over "Example University Press
Sampleland Ltd."): the spelled-out line is the company's name, the logo its short form.

The classifier takes the logo (the largest text, the domain's word) as the company. When another line, not taken
for any other role, begins with the logo's words (or a one-word logo's letters, "EXAMPLEAB" for "Example AB Co.,
Ltd."), goes on with more, reads as an organisation (an organisation word or a legal form) and agrees with one of
the card's domains, it is the company's name in full.
"""

from __future__ import annotations

import dataclasses
import re

from cardscan.extract.classify import Assignment
from cardscan.extract.company import domain_match, legal_form, organisation_score, registrable_label
from cardscan.extract.hits import Piece
from cardscan.text import fold

_MAX_WORDS = 8  # longer than this, a sentence about the company ("Example is a leading ..."), not its name


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def spelled_out_company(roles: dict[str, Assignment], free: list[Piece], domains: list[str]
                        ) -> dict[str, Assignment]:
    """The roles, with the company widened to the line that spells the logo out in full, if there is one."""
    company = roles.get("company")
    if company is None or not domains:
        return roles
    roles = _initials_from_domain(roles, company, domains)
    company = roles["company"]
    logo = _words(company.piece.text)
    taken = {a.piece.index for a in roles.values()}
    for p in free:
        words = _words(p.text)
        # the logo's words, or its letters run together ("EXAMPLEAB" over "Example AB Co., Ltd.")
        begins = words[: len(logo)] == logo or (len(logo) == 1 and "".join(words).startswith(logo[0])
                                                and len(words[0]) < len(logo[0]))
        if p.index in taken or p.residue or not logo or not len(logo) < len(words) <= _MAX_WORDS \
                or not begins or re.search(r"\d", p.text):
            continue
        if (organisation_score(p.text) > 0 or legal_form(p.text)) and domain_match(p.text, domains) > 0:
            return {**roles, "company": dataclasses.replace(company, piece=p)}
    return roles


def _initials_from_domain(roles: dict[str, Assignment], company: Assignment, domains: list[str]
                          ) -> dict[str, Assignment]:
    """ "Ingenieure" read as the company beside xy-ingenieure.de: the logo draws the firm's initials ("XY") as a
    graphic the OCR does not read; the domain spells them before the word, so the company is "XY Ingenieure". One to
    three letters, a hyphen, then the company's one word, letter for letter."""
    word = company.piece.text.strip()
    if not word.isalpha():
        return roles
    for domain in domains:
        label = registrable_label(domain.lower().removeprefix("www.").split("."))
        initials, _, rest = label.partition("-")
        if rest == fold(word) and initials.isalpha() and 1 <= len(initials) <= 3:
            piece = Piece(f"{initials.upper()} {word}", company.piece.segment, company.piece.index,
                          company.piece.residue)
            return {**roles, "company": dataclasses.replace(company, piece=piece)}
    return roles
