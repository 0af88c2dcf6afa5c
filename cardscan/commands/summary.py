"""The table `cardscan scan --summary` prints: one row per card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cardscan.display import safe_text

if TYPE_CHECKING:
    from cardscan.reading import CardResult


LOW_CONFIDENCE = 0.6


def card_confidence(card: CardResult) -> float:
    figures = list(card.contact.confidences().values())
    return sum(figures) / len(figures) if figures else 0.0


def print_summary(cards: Sequence[CardResult], console: Console | None = None) -> None:
    if console is None:
        console = Console(soft_wrap=False)
        if not console.is_terminal:
            console = Console(soft_wrap=False, width=150)  # a file or a pipe: no need to squeeze
    table = Table(title=f"{len(cards)} cards", title_justify="left", header_style="bold")
    table.add_column("#", justify="right", style="dim")
    table.add_column("Name")
    table.add_column("Company")
    table.add_column("E-mail")
    table.add_column("Phone")
    table.add_column("Conf.", justify="right")
    for number, card in enumerate(cards, 1):
        c = card.contact
        conf = card_confidence(card)
        table.add_row(
            str(number),
            Text(safe_text(c.value("name") or "")),  # Text: no console markup, no control characters
            Text(safe_text(c.value("company") or "")),
            Text(safe_text(c.emails[0].value if c.emails else "")),
            Text(safe_text(c.phones[0].value.number if c.phones else "")),
            f"[red]{conf:.2f}[/]" if conf < LOW_CONFIDENCE else f"{conf:.2f}",
        )
    console.print(table)
