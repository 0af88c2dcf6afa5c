"""Role features weighed against the card's other lines: what one line says about another's role (a person named by
initials beside a mailbox that spells the large line; trades in small type under a logo)."""

from __future__ import annotations

from dataclasses import replace

from cardscan.extract.hits import Piece
from cardscan.extract.role_features import Features


def firm_mailbox_by_form(built: list[Features]) -> list[Features]:
    """A mailbox that spells the card's largest line ("examplestores@..." for "EXAMPLE STORES") is the firm's when
    another line is a person's name by its own form (initials before the family name, a prefix, degrees: "K.L.
    Sample", "Dr. A. Sample, MD") and the large line has neither that form nor a known given name: the firm's name
    in large type and its owner's in small, as small shops and practices print them."""
    if not any(f.honorific and f.shape >= 0.5 and f.email == 0 and not (f.street or f.not_party) for f in built):
        return built
    return [replace(f, email=0.0, mailbox=max(f.mailbox, f.email))
            if f.email > 0 and f.size >= 0.95 and not f.honorific and f.given == 0 else f for f in built]


def trades_under_logo(candidates: list[Piece], built: list[Features]) -> list[Features]:
    """Trades joined by "&" ("Photo & Video", "Sale & Repair", "Massagen & Körperarbeit") in type less than half
    the size of the card's largest line, when that line is a word or two that nothing says is a person's name or a
    job: the large line is the firm's name (its logo), the small one what the firm does. Two names joined by "&" in
    the firm's own large type ("Example & Sample") are no such line."""
    if not any(f.size >= 0.95 and len(p.text.split()) <= 2 and _logo_like(f)
               for p, f in zip(candidates, built, strict=True)):
        return built
    return [replace(f, generic=True) if f.size <= 0.5 and "&" in p.text and f.legal == 0 and f.domain == 0
            and f.mailbox == 0 and f.email == 0 else f for p, f in zip(candidates, built, strict=True)]


def _logo_like(f: Features) -> bool:
    """A line that may be a firm's logo: a word or two, no person's name, no job title, no mailbox spelling it."""
    return f.shape * f.given < 0.5 and not f.honorific and f.email == 0 and f.title == 0 and f.dept == 0 \
        and not (f.street or f.not_party or f.sentence or f.weak) and f.ocr >= 0.5
