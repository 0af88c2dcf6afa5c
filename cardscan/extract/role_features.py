"""What each free-text piece of a card looks like, and how strongly that speaks for each role (name, title,
department, company): the evidence `classify.assign` weighs when it chooses one piece per role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardscan.extract.company import (
    AND_WORDS,
    domain_match,
    initials_only,
    legal_form,
    link_phrase,
    organisation_score,
)
from cardscan.extract.geo import is_region_line
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Piece
from cardscan.extract.line_kinds import (
    ADDRESS_LABEL,
    ADDRESS_WORDS,
    DOTTED_INITIAL,
    LANDMARK,
    NUMBERED,
    STREET_ENDS,
    STREET_LEADS,
    credentials,
    labels_a_number,
    weak,
)
from cardscan.extract.mailbox import (
    joins_other_line,
    mailbox_match,
    personal_locals_of,
    runs_together,
    spells_organisation,
)
from cardscan.extract.names import email_name_match, name_shape, split_prefix_suffix
from cardscan.extract.phone_labels import label_type
from cardscan.extract.roles import department_score, is_office_label, past_role, title_score
from cardscan.extract.text_doubts import company_doubts, reads_as_sentence
from cardscan.extract.web import BARE_HANDLE
from cardscan.text import fold


@dataclass(frozen=True)
class Features:
    shape: float
    given: float
    email: float  # how well a personal e-mail local part spells the line (business mailboxes left out)
    mailbox: float  # how well the business's mailbox ("studioexample@", named like its website) spells the line
    title: float
    dept: float
    org: float
    legal: float
    domain: float
    size: float  # font size relative to the largest candidate, 0..1
    rank: int  # position among candidates, 0 = first
    residue: bool  # left beside a pattern match on the same segment
    weak: bool  # too short or too garbled to stand for a name or a company on its own
    ocr: float  # OCR confidence of the piece's words
    short_lower: bool  # two or three letters, not in capitals
    region: bool  # names only regions or countries of the world ("Europe, Asia, Middle East")
    not_party: bool  # a label ("Head Office") or an address line ("2-37-21-3F Example-building")
    street: bool = False  # a street or address word after its first word ("Sample Main Road"): never a person
    # a person's prefix ("Dr.", "Prof.", "Mr.") or a dotted initial ("Example M.B", "A. Example"): a person's name if
    # shaped as one
    honorific: bool = False
    # generic words only, or a country and a legal form ("India Pvt. Ltd."): the end of a company's name, not all of it
    generic: bool = False
    # three items or more in a comma list, no legal form ("Magazines, Prospectus, Labels & Boxes"): what the firm
    # sells or does, not its name
    listing: bool = False
    trades: bool = False  # items between dashes, dots or bars: what a firm does
    # the whole line in brackets ("(A Government of Example Undertaking)"): a note on the firm, its parent or its
    # former name, not the name it goes by
    bracketed: bool = False
    # one word only (a logo, a brand, a first name alone)
    one_word: bool = False
    # a sentence: pronouns, verbs, adverbs among its words ("We do all kinds of repairs"): a slogan
    sentence: bool = False
    # printed twice on the card, once perhaps over two lines (a logo's "Example" / "Sample" and "Example Sample" in the
    # address block): the firm's name, which a card repeats as no person's name or title
    twice: bool = False
    # two names joined by "and" or "&" ("Example and Sample Tiles", "Anna & Ben"): a firm's name or two
    # people, never the one person the card is for
    joined: bool = False
    # a person's name before a number's colon ("Example Sample : +91 98765 43210"): the person reached at it
    reached: bool = False


def features(piece: Piece, locals_: list[str], business: set[str], lines: dict[str, set[str]], domains: list[str],
             max_height: float, rank: int) -> Features:
    """`business`: the local parts that are the business's own (`business_locals`); `lines`: each printed line's
    words (`joins_other_line`)."""
    text = piece.text
    prefix, body, suffix, _ = split_prefix_suffix(text)
    # A degree after the name ("M.Tech", "B.Com") is no word of a firm's name
    person = " ".join(prefix + body) if suffix else text
    # A name with its degrees after a comma ("Example C. Sample, MD, PhD"), not a line of degrees only
    named = bool(suffix) and "," in text and len(body) >= 2 and name_shape(person) >= 0.5 \
        and any(t.isalpha() and len(t) >= 3 for t in body)  # "M. Tech., F.I.E., Ph.D.": degrees only
    given = 1.0 if body and is_given_name(body[0]) else (0.4 if any(is_given_name(t) for t in body[:2]) else 0.0)
    shape = name_shape(text)
    form = legal_form(text)
    others = [words for line, words in lines.items() if line != piece.segment.text]
    # A mailbox named like the website is the business's, unless the line is a person's name it spells
    # ("annaexample@annaexample.com" for "Anna Example", a freelancer)
    # A mailbox that names a function ("contact.example@", "info@") vouches for no person either
    # A mailbox that spells a line holding an organisation word and no known given name ("associates.example@" for
    # "A.B. Example Associates") is the business's, whatever order it spells the words in
    firm_words = given == 0 and organisation_score(person) > 0
    domain = domain_match(text, domains)
    # One word that the web domain spells too ("Examplo" beside examplo.fr and examplo@gmail.com) is the firm's name,
    # and the free mailbox that spells it the firm's; so are names joined by "and" ("exampleandsample@gmail.com")
    firm_word = len(text.split()) == 1 and domain >= 0.8
    joined = any(t.lower() in _JOINING for t in body[1:-1])
    personal = [x for x in personal_locals_of(locals_) if (x not in business or given > 0)
                and not joins_other_line(text, x, others) and not spells_organisation(text, x)
                and not ((firm_words or firm_word or joined) and email_name_match(text, [x]) > 0)]
    # An address line ("Example Street, Example Town, Country") is no name, whatever mailbox it shares a word with;
    # nor is a label and what it labels ("Office : Example Foods")
    nameable = len(body) <= MAX_NAME_WORDS and not _NOT_NAME.search(text)
    email = email_name_match(text, personal) if nameable else 0.0
    # A line no person is named by (a digit in it: "Example Da'Sample2") that a free mailbox spells whole, its words
    # run together ("examplesample2@gmail.com"), is the firm's name: that mailbox is the business's
    spelled_whole = not nameable and runs_together(text, personal)
    if domain and given and shape >= 0.5 and initials_only(text, domains):
        domain = 0.0  # "Vincent L. Example" beside vle.studio: a freelancer's initials, the person, not a firm
    # A line of several words that spells the card's domain whole ("Example Pilot" for examplepilot.com) is the
    # firm's name, whatever job title or department one of its words also is
    spells_domain = domain >= 1.0 and len(text.split()) >= 2
    reached = labels_a_number(piece) and _person_at_number(text, shape, given)
    street = len(body) >= 2 and (any(fold(t).strip(".,") in STREET_ENDS | ADDRESS_WORDS for t in body[1:])
                                 or fold(body[0]).strip(".,") in STREET_LEADS)
    return Features(
        shape=shape,
        given=given,
        email=email,
        mailbox=(1.0 if spelled_whole else mailbox_match(text, [x for x in locals_ if x not in personal]))
        if email == 0 else 0.0,
        # "Example C. Sample, MD, PhD": the degrees after the name's comma are no job title ("MD")
        # a handle ("@example_designer") is where the person is found, not their job, whatever words it holds
        title=0.0 if _CODE.search(text) or spells_domain or text.lstrip().startswith("@")
        else title_score(person if named else text),
        dept=0.0 if spells_domain else department_score(text),
        org=organisation_score(person),
        legal=1.0 if form else 0.0,
        domain=domain,
        size=piece.height / max_height if max_height > 0 else 0.0,
        rank=rank,
        residue=piece.residue,
        weak=weak(text),
        ocr=piece.confidence,
        short_lower=len(text.strip()) <= 3 and not text.strip().isupper(),
        region=is_region_line(text),
        not_party=is_office_label(text) or bool(NUMBERED.match(text) or LANDMARK.search(text))
        or bool(ADDRESS_LABEL.match(text)) or (credentials(text) and not named)
        or (labels_a_number(piece) and not reached) or link_phrase(text) or past_role(text)
        or bool(BARE_HANDLE.fullmatch(text.strip()))  # "@examplecafe": where the firm is found, not its name
        or (street and _HOUSE_NUMBER.match(text) is not None)  # "12 Example Road, Shop 9": an address
        or (text.count(",") >= 2 and _LABEL_FIRST.match(text) is not None),  # "Training : A, B, C & D": a list
        street=street,
        honorific=len(body) >= 2 and (bool(prefix) or bool(suffix) or any(DOTTED_INITIAL.fullmatch(t) for t in body)),
        generic=company_doubts(text)["generic"] >= 0.5,
        listing=text.count(",") >= 2 and not form,
        trades=len(_LIST_SEPARATOR.findall(text)) >= 2,
        bracketed=bool(_BRACKETED.fullmatch(text.strip()) or _BRACKETED.fullmatch(piece.segment.line_text.strip())),
        one_word=len(text.split()) == 1,
        sentence=reads_as_sentence(text),
        joined=joined,
        reached=reached,
    )


def _person_at_number(text: str, shape: float, given: float) -> bool:
    """The words before a number's colon are a person reached at it ("Example Sample : +91 98765 43210"), not the
    number's label ("Contact Desk:", "Office:"): shaped as a name, a known given name or two words or more, and no
    word of a phone label, a job, a department or an organisation."""
    words = text.split()
    return shape >= 0.7 and (given > 0 or len(words) >= 2) and not any(label_type(w) for w in words) \
        and title_score(text) == 0 and department_score(text) == 0 and organisation_score(text) == 0


# Between the items of a list of trades or services ("Cloison - Plomberie - Électricité", "Design · Print · Web"): a
# spaced dash, a dot or bar in the middle of the line; three items or more are what a firm does, not its name
_LIST_SEPARATOR = re.compile(r"(?<=\w)\s*[•·|]\s*(?=\w)|(?<=\w)\s+[-–—]\s+(?=\w)")
# "and" between two names in the card languages whose names never hold it: the words that join a firm's name, but
# not Spanish "y" and Portuguese "e" (they join a person's two family names) nor Dutch "en" (French and Spanish "in")
_JOINING = (AND_WORDS | {"&", "og"}) - {"y", "e", "en"}
# A label and its colon opening a line ("Training :", "Products:")
_LABEL_FIRST = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s*:\s*\S")
# A house number opening a line ("12 Example Road", "12b Sample Street")
_HOUSE_NUMBER = re.compile(r"\s*\d{1,5}[A-Za-z]?[,\s]")
# A line of two words or more wholly in round or square brackets
_BRACKETED = re.compile(r"\(\s*\S+\s+[^()]*\)|\[\s*\S+\s+[^\[\]]*\]")
# More words than a person's name has, even with prefixes and a double family name.
MAX_NAME_WORDS = 6
# A digit (an address line) or a colon (a label and what it labels) in a line: no person's name
_NOT_NAME = re.compile(r"[\d:]")
# A number of four digits or more ("Provider 00111D", "Reg. No. 12345"): a registration or a code, no job title
_CODE = re.compile(r"\d{4,}")


# What a line of generic words only, or a country and a legal form only, loses as the company: a wrapped name's
# last line or a slogan's words, the name itself printed beside it (a logo, the line above)
GENERIC_COMPANY = 3.5


# What the card's largest text gains as the company: a firm's name is set in its logo's large type as often as
# the person's (over the 14 opened sets, 1.5 rather than 0.8 gave 8 more companies right and 1 wrong, once
# `classify` kept a two-line name's halves together; 2.5 took large names for firms)
BIG_COMPANY = 1.5
# What a line printed twice gains as the company: as much as a legal form or an organisation word (1.0, 1.5 and 2.5
# chose the same companies over the opened sets but one, a logo set over three lines, which 2.5 got right). Not a
# text opening with a known given name that the card's domain does not spell: that is as often the person's name
# printed twice ("Anna Example" and "Facebook | Anna Example")
TWICE_COMPANY = 2.5


def role_scores(f: Features) -> dict[str, float]:
    big = max(0.0, f.size - 0.75) * 4  # 0 .. 1 for the biggest lines
    top = 0.4 if f.rank <= 1 else 0.0
    name = (3.0 * f.shape + 1.5 * f.given * (f.shape > 0.5) + 3.0 * f.email + 0.8 * big + top
            - 4.0 * f.title - 3.0 * f.dept - 5.0 * f.legal - 3.5 * f.org - 2.5 * f.domain * (1.0 - f.email))
    evidence = f.org > 0 or f.legal > 0 or f.domain > 0 or f.mailbox > 0
    # The large first line of a card is its maker's name as often as the person's: position and size are evidence
    # for a company too (an acronym, a surname, a coined word that no word list knows)
    company = (2.5 * f.org + 2.5 * f.legal + 3.0 * max(f.domain, f.mailbox) + BIG_COMPANY * big
               + (0.6 if evidence else 0.3)
               + (0.4 if f.rank == 0 and big >= 0.5 and f.shape * f.given < 0.5 else 0.0)
               - 2.0 * f.shape * f.given - 3.0 * f.email - 3.0 * f.title - 1.5 * f.dept
               + TWICE_COMPANY * f.twice * (f.given == 0 or f.domain > 0))
    title = 4.0 * f.title - 1.5 * f.legal - 1.0 * f.domain - 1.5 * f.email
    # a line the card's domain spells ("EX SERVICE" beside exservicepro.fr) is the firm, not one of its departments
    dept = 4.0 * f.dept - 3.0 * f.title - 1.5 * f.legal - (3.0 if f.domain >= 0.8 else 1.0) * f.domain - 1.5 * f.email
    if f.shape < 0.5 and (f.email < 0.6 or f.one_word):
        # one word (a logo), a slogan in lower case: a person's name only if the e-mail spells it; a one-word name a
        # mailbox spells (onexample@...) is as often a firm's or a group's
        name -= 3.0 if f.email < 0.6 else 1.5
    elif f.given == 0 and f.email == 0:
        name -= 0.8  # name-shaped, but neither a known given name nor the e-mail vouch for it (a street, a firm)
    if f.street:
        name -= 6.0
    if f.region or f.not_party:
        name -= 6.0  # a sales territory, a label or an address line: never a person, never the company
        company -= 6.0
    if f.short_lower:
        dept -= 3.0  # "it", "hr" in lower case: scraps of the QR code or a logo, not "IT" or "HR"
    if f.weak:
        name -= 3.0
        company -= 2.0 if not f.legal else 0.0
    if f.ocr < 0.6:
        # Doubtful OCR (marks, the QR code, a logo read as letters): no field on that evidence alone.
        penalty = 4.0 * (0.6 - f.ocr) + 1.0
        name -= penalty
        company -= penalty
        title -= penalty
        dept -= penalty
    if f.generic or f.listing or f.trades or f.bracketed or f.sentence:
        company -= GENERIC_COMPANY
    if f.sentence or f.trades or f.joined:
        name -= 3.0
    if f.residue:
        name -= 0.0 if f.reached else 1.0
        company -= 1.5
        title -= 1.0
        dept -= 1.0
    return {"name": name, "title": title, "department": dept, "company": company}
