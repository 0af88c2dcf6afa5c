"""The lines around the card: progress at the top, duplicates and the running scan below."""

from __future__ import annotations

from typing import ClassVar

from rich.align import Align
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static

from cardscan.display import safe_text
from cardscan.model import Card, Pocket
from cardscan.tui.stack import Progress
from cardscan.tui.widgets.rich_block import RichBlock

BAR_WIDTH = 20


def progress_bar_text(done: int, total: int, width: int = BAR_WIDTH) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


class ProgressHeader(RichBlock):
    """cardscan triage · event — card 3 of 100 · done 40/100 ██████░░ · keep 30 · discard 10"""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "progress--title", "progress--keep", "progress--discard", "progress--bar", "progress--filter",
    }

    def show(self, progress: Progress, *, event: str | None, filter_text: str, include_decided: bool) -> None:
        title = self.style_of("progress--title")
        text = Text(" cardscan triage", style=title)
        text.append(f" · {event}" if event else " · all events")
        if include_decided:
            text.append(" · all cards")
        if filter_text:
            text.append(f" · filter “{filter_text}”: {progress.visible} of {progress.total}",
                        style=self.style_of("progress--filter"))
        width = self.size.width or 120
        right = self._counters(progress, bar=True)
        if text.cell_len + right.cell_len + 1 > width:
            right = self._counters(progress, bar=False)
        if text.cell_len + right.cell_len + 1 > width:
            right = self._counters(progress, bar=False, short=True)
        # The counters always show; the title and event give way (cut with an ellipsis).
        text.truncate(max(1, width - right.cell_len - 1), overflow="ellipsis")
        gap = max(1, width - text.cell_len - right.cell_len)
        text.append(" " * gap)
        text.append_text(right)
        text.truncate(max(width, 1))
        self.set_renderable(text, layout=False)


    def _counters(self, progress: Progress, *, bar: bool, short: bool = False) -> Text:
        right = Text()
        if progress.position:
            right.append(f"{progress.position}/{progress.visible} " if short
                         else f"card {progress.position} of {progress.visible}   ")
        right.append(f"done {progress.done}/{progress.total} ")
        if bar:
            right.append(progress_bar_text(progress.done, progress.total), style=self.style_of("progress--bar"))
        right.append(" " if short else "   ")
        right.append(f"◀ {progress.discard}" if short else f"◀ discard {progress.discard}",
                     style=self.style_of("progress--discard"))
        right.append(" " if short else "  ")
        right.append(f"{progress.keep} ▶" if short else f"keep {progress.keep} ▶",
                     style=self.style_of("progress--keep"))
        right.append(" ")
        return right


class PocketBadge(RichBlock):
    """Under the picture: which pocket the card is in, in the pocket's colour."""

    TEXT: ClassVar[dict[Pocket, str]] = {
        Pocket.KEEP: "KEEP ▶   right pocket",
        Pocket.DISCARD: "◀ DISCARD   left pocket",
        Pocket.PENDING: "undecided   ← discard · keep →",
    }

    def show(self, pocket: Pocket) -> None:
        for p in Pocket:
            self.set_class(p == pocket, f"-{p}")
        self.set_renderable(Align.center(Text(self.TEXT[pocket])), layout=False)


class DuplicateBanner(Static):
    """Shown when the card has probable duplicates."""

    def show(self, others: list[Card], merge_key: str, dismiss_key: str) -> None:
        self.display = bool(others)
        if not others:
            return
        names = safe_text("; ".join(
            f"#{c.id} {c.contact.display_name() or '(no name)'}"
            + (f" · {c.contact.value('company')}" if c.contact.value("company") and c.contact.value("name") else "")
            + f" ({'undecided' if c.pocket == Pocket.PENDING else c.pocket})"
            for c in others[:3]
        ))
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        self.update(Text.assemble(("⚑ Probable duplicate of ", "bold"), names + more,
                                  f"   {merge_key} merge · {dismiss_key} not the same person"))


class ScanStatus(Horizontal):
    """The scan running in the background: a bar, photos read, cards added, problems."""

    def compose(self) -> ComposeResult:
        yield Label("scanning", id="scan-label")
        yield ProgressBar(id="scan-bar", show_eta=True)
        yield Label("", id="scan-counts")

    def start(self, folder: str, photos: int) -> None:
        self.display = True
        self.query_one("#scan-label", Label).update(f"scanning {folder}")
        bar = self.query_one(ProgressBar)
        bar.update(total=photos, progress=0)
        self.query_one("#scan-counts", Label).update(f"0 of {photos} photos")

    def advance(self, done: int, photos: int, cards: int, failed: int) -> None:
        self.query_one(ProgressBar).update(progress=done)
        text = f"{done} of {photos} photos · {cards} card{'s' if cards != 1 else ''} added"
        if failed:
            text += f" · {failed} failed"
        self.query_one("#scan-counts", Label).update(text)

    def finish(self) -> None:
        self.display = False
