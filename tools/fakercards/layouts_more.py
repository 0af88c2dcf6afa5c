"""The layouts added after the first six (render.py draws those): three development, three evaluation-only.

Development (both seed sets draw them; look at their cards and wrong fields on the development seed):
  right_column  logo and company at the top left; name and title right-aligned, contacts in a right-aligned column.
  dark          light text on a dark card; the address on one line and the phones with the e-mail on one line,
                split by " · " and " | " ("T +49 ... | M ... | E anna@...").
  title_above   the title printed above the name; phones on one line and e-mail with website on one line,
                split by one of "|", "·", "•".
Evaluation-only (only the evaluation seed draws them; written without running the extractor on them):
  company_big   the company in large letters across the top, the person's name in smaller regular type.
  portrait      a vertical card (600 x 1050), everything centred.
  no_person     a company card: logo, company, address, numbers, a generic e-mail, no person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render import Card

W, H = 1050, 600


def _of(card: Card, kinds: tuple[str, ...]) -> list[str]:
    return [text for kind, text in card.contact_rows() if kind in kinds]


def _fit(card: Card, y: int, rows: list[str], room: int, largest: int) -> int:
    """A font size for `rows` lines from y down to `room`."""
    return max(17, min(largest, int((room - y) / max(1, len(rows)) / 1.4)))


def right_column(card: Card) -> None:
    c = card.c
    card.logo(50, 50, 90)
    card.text((50, 160), c.company, 26, bold=True, max_width=380)
    card.tagline((50, 200), max_width=380)
    y = card.ident(W - 50, 45, 44, anchor="ra", max_width=560)
    rows = card.contact_rows(compact=True)
    size = _fit(card, y + 25, [t for _, t in rows], H - 25, 22)
    card.rows_block(W - 50, y + 25, rows, size, anchor="ra", max_width=560)


def dark(card: Card) -> None:
    c = card.c
    y = card.ident(60, 60, 46, max_width=W - 120)
    y += card.text((60, y + 12), c.company, 28, bold=True, fill=card.s.accent, max_width=W - 120) + 12
    address = " · ".join(_of(card, ("address",)))
    phones = _of(card, ("phone",))
    email = _of(card, ("email",))
    lines = [address]
    if len(phones) <= 2:
        lines.append(" | ".join(phones + email))
    else:
        lines += [" | ".join(phones), email[0]]
    lines += _of(card, ("web", "linkedin"))
    size = _fit(card, y + 20, lines, H - 30, 22)
    for line in lines:
        y += card.text((60, y + 20), line, size, max_width=W - 120) + 4


def title_above(card: Card) -> None:
    c = card.c
    sep = card.rng.choice([" | ", " · ", " • "])
    card.logo(W - 150, 45, 90)
    y = 55 + card.text((60, 55), c.title, 24, fill=card.s.accent, max_width=W - 260)
    y += card.text((60, y), c.name, 44, bold=True, max_width=W - 260)
    if c.department:
        y += card.text((60, y), c.department, 22, max_width=W - 260)
    y += card.text((60, y + 8), c.company, 30, bold=True, max_width=W - 120) + 8
    lines = _of(card, ("address",))
    lines += [sep.join(_of(card, ("phone",))), sep.join(_of(card, ("email", "web")))]
    lines += _of(card, ("linkedin",))
    size = _fit(card, y + 20, lines, H - 25, 22)
    for line in lines:
        y += card.text((60, y + 20), line, size, max_width=W - 120)


def company_big(card: Card) -> None:
    c = card.c
    card.logo(50, 45, 100)
    card.text((175, 60), c.company, 56, bold=True, fill=card.s.accent, max_width=W - 230)
    card.tagline((175, 140), max_width=W - 230)
    y = 230
    y += card.text((60, y), c.name, 30, max_width=440)
    y += card.text((60, y), c.title, 22, max_width=440)
    if c.department:
        card.text((60, y), c.department, 20, max_width=440)
    rows = card.contact_rows()
    online = " • ".join(t for k, t in rows if k in ("email", "web"))
    rows = [r for r in rows if r[0] not in ("email", "web")] + [("email", online)]
    size = _fit(card, 230, [t for _, t in rows], H - 20, 21)
    card.rows_block(540, 230, rows, size, max_width=W - 580)


def portrait(card: Card) -> None:
    c, w = card.c, H  # the card stands upright: 600 wide, 1050 tall
    card.logo(w // 2 - 55, 60, 110)
    y = 200 + card.text((w // 2, 200), c.company, 30, bold=True, anchor="ma", max_width=w - 80)
    y = card.ident(w // 2, y + 60, 40, anchor="ma", max_width=w - 80)
    rows = card.contact_rows()
    size = _fit(card, y + 50, [t for _, t in rows], W - 40, 23)
    card.rows_block(w // 2, y + 50, rows, size, anchor="ma", max_width=w - 70)


def no_person(card: Card) -> None:
    c = card.c
    card.logo(W // 2 - 45, 40, 90)
    y = 150 + card.text((W // 2, 150), c.company, 44, bold=True, anchor="ma", max_width=W - 120)
    y += card.tagline((W // 2, y), fill=card.s.accent, anchor="ma", max_width=W - 120)
    rows = card.contact_rows(compact=True)
    size = _fit(card, y + 30, [t for _, t in rows], H - 25, 23)
    card.rows_block(W // 2, y + 30, rows, size, anchor="ma", max_width=W - 120)


MORE: dict[str, Callable[[Card], None]] = {
    "right_column": right_column, "dark": dark, "title_above": title_above,
    "company_big": company_big, "portrait": portrait, "no_person": no_person,
}
