"""What a free line of a card is, before it is scored for a role: a number's label, an address line, a list of
credentials, a street, OCR debris; and the OCR's slips and marks taken off a line first (used by classify.py)."""

from __future__ import annotations

import re

from cardscan.extract.hits import Piece
from cardscan.extract.names import is_degree
from cardscan.text import UPPER, fold

# No word of the card languages begins with "ln": at a word's start it is a capital I the OCR read as l
# ("lnformatique", "Example-lnternational")
LN_START = re.compile(r"(?<![^\W\d_])ln(?=[a-zß-öø-ÿ]{3,})")
# "K.S", "K.S.", "A.": a person's initials as printed
DOTTED_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?")
# A user name on a social network: lower-case letters run into two digits or more ("djexample12")
_HANDLE = re.compile(r"@?[a-z][a-z._]{2,}\d{2,}")


def labels_a_number(piece: Piece) -> bool:
    """Words left beside a phone number the finder took, printed right before a colon and that number ("Contact
    Desk: 01 23 45 67 89"), or an extension on a line of its own ("Extn. 21", "Ext: 1234"): the number's label or
    its part, neither a person nor the company."""
    if _EXTENSION_LINE.fullmatch(piece.text):
        return True
    return piece.residue and bool(re.search(re.escape(piece.text.strip()) + r"\s*:\s*[+(\d]", piece.segment.text))


_EXTENSION_LINE = re.compile(r"(?i)\s*(?:ext|extn|extension|durchwahl|poste|interno|anexo)\s*[.:]?\s*\d{1,5}\s*")


def weak(text: str) -> bool:
    """Too short or too garbled to stand for a name or a company on its own."""
    letters = sum(ch.isalpha() for ch in text)
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if letters < 4 or not words:
        return True
    # OCR debris: mostly short fragments or odd characters
    odd = sum(1 for ch in text if not (ch.isalnum() or ch in " .,'’&-()/"))
    handles = all(_HANDLE.fullmatch(w) for w in text.split())  # "djexample12 djexemple345"
    return odd > 2 or (len(words) >= 2 and max(len(w) for w in words) <= 2) or handles


# Street types no family name is ("Road", "Street"; unlike "Hill", "Lane", "Court", "Way"): a line ending in one is a
# street the address finder left
STREET_ENDS = frozenset(["street", "road", "avenue", "boulevard", "blvd", "highway", "parkway", "rd", "strasse",
                         "straße", "straat", "gatan"])
# Street types the Romance languages print before the street's name ("Rue des Exemples", "Via della Prova", "Calle
# del Ejemplo"), none of them a given name: a line opening with one is a street the address finder left (no number)
STREET_LEADS = frozenset(["rue", "via", "viale", "piazza", "piazzale", "calle", "avenida", "rua", "travessa",
                          "boulevard", "chemin", "impasse", "quai", "carrer", "strada", "avenue", "allee", "praca"])
# Words that name a building, a locality or an estate in an address ("Example Federal Office Building", "Sample
# Residency", "Example Towers", the Indian "Sample Nagar", "Example Colony", "Sample Mandal"), never a family name: a
# line with one after its first word is part of an address, no person
ADDRESS_WORDS = frozenset(["building", "bldg", "towers", "plaza", "complex", "apartments", "apts", "arcade",
                           "residency", "mall", "enclave", "nagar", "colony", "mandal", "marg", "layout", "taluk",
                           # an industrial or business estate: "Pol. Ind. Example", "Zona Industriale Sample",
                           # "Zone Industrielle", "Parque Empresarial"
                           "ind", "industrial", "industriale", "industrielle", "empresarial", "artisanale"])
# "Add : Example College", "Adresse: …", "Residence & Office:": a line that an address label opens is an address line
ADDRESS_LABEL_WORDS = (r"add|addr|address|adress|adresse|adres|anschrift|indirizzo|direcci[oó]n|endere[cç]o|res|resi|"
                       r"residence")
ADDRESS_LABEL = re.compile(r"(?i)^\s*(?:" + ADDRESS_LABEL_WORDS + r")\.?(?:\s*(?:&|and)\s*office)?\s*(?:[:;]|$)")
# "2-37-21-3F ...", "1-19-25, ...": a line that starts with a house number of several parts is an address line
NUMBERED = re.compile(r"\s*\d+(?:-\d+[A-Za-z]?){1,3}\b")
# "Near Example Hospital", "Opp. Example Statue", "Second left Behind Example Restaurant": a landmark that guides a
# visitor, a line of an address (the way Indian and Middle-Eastern addresses are printed), never a person, a company
# or a town
LANDMARK = re.compile(r"(?i:^\s*(?:near|opp\.?|opposite|behind|besides?|next\s+to|adjacent\s+to|close\s+to)\s+\S)"
                      r"|\s(?:Near|Opp\.?|Opposite|Behind|Besides?)\s+[A-Z0-9]")
# "M.Sc.", "MICE", "C.Eng(I)", "FRICS": a degree or a membership, as printed after a name
_CREDENTIAL = re.compile(r"[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,5})*\.?(?:\s?\([^)]{0,20}\)?)?")


def credentials(text: str) -> bool:
    """A line listing three or more degrees or memberships ("M.Tech (Structures), MIE, MICI"), or of degrees alone
    ("M.Sc. Ph.D.", "M. Sc., MBA"): neither a person nor a company."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 3 and sum(bool(_CREDENTIAL.fullmatch(p)) for p in parts) >= len(parts) - 1:
        return True
    tokens = _SPACED_DEGREE.sub(r"\1", text).replace(",", " ").split()
    return bool(tokens) and all(is_degree(t) for t in tokens) and any(is_degree(t, known=True) for t in tokens)


# "M. Sc.": a degree's letters printed apart
_SPACED_DEGREE = re.compile(r"\b([A-Z]\.)\s+(?=[A-Z][a-z]{1,3}\.)")


# "(she/her)", "(He/Him)" after a name: how to address the person, no part of the name
PRONOUNS = re.compile(r"\s*\(\s*(?:he|she|they|ze|xe)\s*/\s*(?:him|her|them|hir|xem|they|she|he)"
                      r"(?:\s*/\s*\w+)?\s*\)?\s*$", re.IGNORECASE)
# "EXAMPLA°", "Exampla®": a mark printed after a word of a logo is no part of the name; nor is a social network's
# icon read as a letter before the page's name ("f Example Stories": Facebook's "f")
MARKS = re.compile(rf"(?<=[^\W\d_])[°®™©℠]|^\s*f\s+(?=[{UPPER}])")


# A quality badge printed beside the logo ("ISO 9001:2015 CERTIFIED", "An ISO 14001 Company", "Zertifiziert nach
# DIN EN ISO 9001"), however the OCR cut it into lines: the standard's code and number, years, and words of
# certification only. It names no party: no line of the firm's name, no wrap of it.
_STANDARD_CODE = re.compile(r"\b(?:DIN|EN|ISO|IEC|OHSAS|IATF|VCA|BS)\b", re.IGNORECASE)
_BADGE_WORDS = frozenset(["certified", "certificate", "certification", "accredited", "zertifiziert", "zertifikat",
                          "nach", "certifie", "certifiee", "certificado", "certificada", "certificato", "certificata",
                          "gecertificeerd", "certifierad", "certifierat", "an", "a", "company", "member", "of"])


def quality_badge(text: str) -> bool:
    """Whether the line is (a piece of) a quality badge: a standard's code or a word of certification, and no other
    word."""
    words = re.findall(r"[^\W\d_]+", fold(_STANDARD_CODE.sub(" ", text)))
    named = bool(_STANDARD_CODE.search(text)) or any(w.startswith(("certif", "zertifi", "accredit")) for w in words)
    return named and all(w in _BADGE_WORDS for w in words)


def code_line(text: str) -> bool:
    """Whether the line is mostly a long code ("P. IVA 01234567890", "USt-IdNr. DE999999999", "KvK 99999999"): an
    unbroken run of six or more digits, and no more letters than digits. A registration or account number names no
    party and no person; it is no name, title or company."""
    return re.search(r"\d{6,}", text) is not None and \
        sum(ch.isalpha() for ch in text) <= sum(ch.isdigit() for ch in text)


# A check mark or bullet opening the line: one item of a list of services ("✓ Data Recovery", "• Manicure")
_LIST_MARK = re.compile(r"^\s*[•√✓✔☑►▶▸▪■●◦○➤➔→]")


def list_item(text: str) -> bool:
    """Whether the line is an item of a bulleted list: a service or product the card offers, no name, title or
    company."""
    return _LIST_MARK.match(text) is not None


# A heading over a list of what the firm offers: "Our services", "Nos prestations", "Unsere Leistungen", "Services:",
# "We deal in", "Dealers in" (folded)
_SERVICES_HEADING = re.compile(
    r"\W*(?:(?:our|nos|unsere|i nostri|nuestros|os nossos|nossos|onze|vara|vore|vores)\s+(?:\w+\s+)?"
    r"(?:services?|prestations|leistungen|servizi|servicios|servicos|diensten|tjanster|tjenester|products|produits"
    r"|produkte|prodotti|productos|produtos|producten|produkter|specialities|specialties)\s*:?"
    r"|(?:services?|prestations|leistungen|servizi|servicios|servicos|diensten|tjanster|tjenester)\s*:"
    r"|(?:we\s+)?deal(?:er)?s?\s+in\s*:?|specialists?\s+in\s*:?|we\s+offer\s*:?|wir\s+bieten\s*:?)\W*")


def services_listed(pieces: list[Piece]) -> set[int]:
    """The indexes of the pieces that are a services heading or listed under one (in reading order, until a line
    printed larger than the heading, a line beside a phone, e-mail or web address, or a gap of more than one line):
    what the firm offers, no name, title or company."""
    listed: set[int] = set()
    heading: Piece | None = None
    last = 0
    for p in pieces:
        if _SERVICES_HEADING.fullmatch(fold(p.text)):
            heading, last = p, p.line_index
            listed.add(p.index)
        elif heading is not None:
            if p.residue or p.height > 1.25 * heading.height or p.line_index - last > 2:
                heading = None
            else:
                listed.add(p.index)
                last = p.line_index
    return listed
