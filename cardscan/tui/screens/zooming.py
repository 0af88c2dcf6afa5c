"""`z` and `l` on the triage screen: the region of the card behind the next doubtful field, or the next line no
field was read from, shown large in place of the picture. The card's lines are found by reading its stored
picture again, in a worker (once per card); Esc goes back to the whole card."""

from __future__ import annotations

from dataclasses import dataclass

from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from cardscan.line_regions import Line, cut_out, find_line, unused_lines
from cardscan.model import Card
from cardscan.tui.messages import TriageContext
from cardscan.tui.session import TriageSession
from cardscan.tui.widgets.card_fields import doubtful_fields
from cardscan.tui.widgets.card_image import CardImage
from cardscan.tui.widgets.zoom import ZoomView

LOW_MARK = "⚠"
READ_LINES_AFTER_S = 0.8  # a card on screen this long has its lines read again (the unused lines' count)


@dataclass(frozen=True)
class ZoomTarget:
    caption: str  # what the zoom shows: "Title ⚠ 42%: Projectmanager"
    source: str  # the OCR text to find on the card


class ZoomingScreen(Screen[None]):
    """The zoom part of the triage screen (a base class: the triage screen composes #image and #zoom)."""

    session: TriageSession
    context: TriageContext
    _zoom_kind: str | None = None  # "doubtful" or "unused" while the zoom is open
    _zoom_index = 0
    _zoom_card: int | None = None
    _unused_timer: Timer | None = None

    @property
    def _line_cache(self) -> dict[int, tuple[list[Line], str | None]]:
        """The lines found on each card's picture (and why none were): read once per card."""
        cache: dict[int, tuple[list[Line], str | None]] = self.__dict__.setdefault("_lines_found", {})
        return cache

    def _lines_of(self, card: Card) -> tuple[list[Line], str | None] | None:
        return self._line_cache.get(card.id or 0)

    def action_zoom_doubtful(self) -> None:
        self._step_zoom("doubtful")

    def action_zoom_unused(self) -> None:
        self._step_zoom("unused")

    @property
    def zoom_open(self) -> bool:
        return self._zoom_kind is not None

    def close_zoom(self) -> None:
        self._zoom_kind, self._zoom_card = None, None
        self.query_one(ZoomView).display = False
        self.query_one(CardImage).display = True
        self.fit_layout(*self.size)

    def fit_layout(self, width: int, height: int) -> None:
        raise NotImplementedError

    def _step_zoom(self, kind: str) -> None:
        card = self.session.current_card()
        if card is None or card.id is None:
            self.app.bell()
            return
        if self._zoom_kind == kind and self._zoom_card == card.id:
            self._zoom_index += 1
        else:
            self._zoom_kind, self._zoom_card, self._zoom_index = kind, card.id, 0
        if kind == "doubtful" and not doubtful_fields(card.contact, self.context.config.low_confidence):
            self.close_zoom()
            self.notify("No doubtful field on this card: every field was read with good confidence.", timeout=3)
            return
        if not card.crop_path:
            self.close_zoom()
            self.notify("This card has no picture to zoom into.", timeout=3)
            return
        self.query_one(CardImage).display = False
        zoom = self.query_one(ZoomView)
        zoom.display = True
        self.fit_layout(*self.size)
        if self._lines_of(card) is None:
            zoom.show("Finding the line on the card…", None, "reading the card's picture again")
            self._read_lines(card.id, card.crop_path)
            return
        self._draw_zoom(card)

    def _read_lines(self, card_id: int, picture: str) -> None:
        from cardscan.errors import CardscanError
        from cardscan.line_regions import read_lines

        engine, languages = self.context.ocr_engine, self.context.ocr_languages

        def work() -> None:
            try:
                found: tuple[list[Line], str | None] = (list(read_lines(picture, engine, languages)), None)
            except CardscanError as exc:
                found = ([], exc.user_message())
            except Exception as exc:  # an OCR failure only costs the zoom
                found = ([], f"the card's picture could not be read again ({type(exc).__name__})")
            self.app.call_from_thread(self._lines_ready, card_id, found)

        self.run_worker(work, thread=True, group="zoom", exclusive=True, exit_on_error=False)

    def lines_wanted(self, card: Card) -> None:
        """The edit form asks for the card's printed lines (to zoom on the focused field's line)."""
        if card.id is None or not card.crop_path:
            return
        cached = self._line_cache.get(card.id)
        if cached is None:
            self._read_lines(card.id, card.crop_path)
        else:
            self._give_lines(card.id, cached[0])

    def _give_lines(self, card_id: int, lines: list[Line]) -> None:
        from cardscan.tui.screens.edit import EditScreen

        if isinstance(self.app.screen, EditScreen):
            self.app.screen.lines_ready(card_id, lines)

    def note_unused(self, card: Card) -> None:
        """Under the fields: how many printed lines look like contact data but gave no field, so the user sees
        them without a key. The card's lines are read again (in a worker) once the card has been on screen a
        moment: cards passed over quickly cost nothing."""
        note = self.query_one("#unused-note", Static)
        cached = self._lines_of(card)
        if self._unused_timer is not None:
            self._unused_timer.stop()
            self._unused_timer = None
        if cached is None:
            note.display = False
            if card.id is not None and card.crop_path:
                card_id, picture = card.id, card.crop_path
                self._unused_timer = self.set_timer(READ_LINES_AFTER_S, lambda: self._read_if_current(card_id,
                                                                                                     picture))
            return
        count = len(unused_lines(cached[0], card.contact))
        note.display = count > 0
        if count:
            lines = "printed line" if count == 1 else "printed lines"
            note.update(f"{count} {lines} not used · {self.context.keys_for('zoom_unused')} to see")

    def _read_if_current(self, card_id: int, picture: str) -> None:
        if self.session.current_id == card_id and self._line_cache.get(card_id) is None:
            self._read_lines(card_id, picture)

    def _lines_ready(self, card_id: int, found: tuple[list[Line], str | None]) -> None:
        self._line_cache[card_id] = found
        self._give_lines(card_id, found[0])
        current = self.session.current_card()
        if current is not None and current.id == card_id and self.is_mounted:
            self.note_unused(current)
        card = self.session.current_card()
        if self._zoom_kind is not None and card is not None and card.id == card_id == self._zoom_card:
            self._draw_zoom(card)

    def _targets(self, card: Card, lines: list[Line]) -> list[ZoomTarget]:
        if self._zoom_kind == "doubtful":
            rows = doubtful_fields(card.contact, self.context.config.low_confidence)
            return [ZoomTarget(f"{r.label or 'Also'} {LOW_MARK} {round(r.confidence * 100)}%: {r.value}"
                               + (f" ({r.doubt})" if r.doubt else ""), r.source) for r in rows]
        return [ZoomTarget(f"Unused line: {line.text}", line.text) for line in unused_lines(lines, card.contact)]

    def _draw_zoom(self, card: Card) -> None:
        cached = self._lines_of(card)
        assert cached is not None
        lines, problem = cached
        zoom = self.query_one(ZoomView)
        targets = self._targets(card, lines)
        key = self.context.keys_for("zoom" if self._zoom_kind == "doubtful" else "zoom_unused")
        if not targets:
            zoom.show("Every line of the card was used by a field." if not problem else "No zoom", None,
                      problem or "")
            return
        index = self._zoom_index % len(targets)
        target = targets[index]
        where = f"{index + 1} of {len(targets)} · {key}: next · Esc: whole card"
        line = find_line(lines, target.source)
        if line is None or not card.crop_path:
            why = problem or f"its line (“{target.source}”) was not found on the picture"
            zoom.show(target.caption, None, why, where)
            return
        zoom.show(target.caption, cut_out(card.crop_path, line.box), hint=where)
