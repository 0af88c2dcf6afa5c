"""The triage screen: one card at a time, its picture beside its fields, and every decision saved at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Input, Static

from cardscan.model import Card, Pocket
from cardscan.tui.actions import BY_ACTION, triage_bindings
from cardscan.tui.messages import QuitTriage, ReadAhead, ShowHelp, TriageContext
from cardscan.tui.screens.card_dialogs import saving
from cardscan.tui.screens.follow_through import FollowThroughDialogsScreen
from cardscan.tui.screens.scan_export import ScanExportScreen
from cardscan.tui.screens.zooming import ZoomingScreen
from cardscan.tui.session import NEXT_STEPS, TriageSession
from cardscan.tui.widgets.card_fields import CardDetails, CardFields
from cardscan.tui.widgets.card_image import CardImage
from cardscan.tui.widgets.rich_block import RichBlock
from cardscan.tui.widgets.status import DuplicateBanner, PocketBadge, ProgressHeader, ScanStatus
from cardscan.tui.widgets.zoom import ZoomView

if TYPE_CHECKING:
    pass


NARROW_BELOW = 110  # columns: below this the picture goes above the fields
PREPARE_EDIT_AFTER_S = 0.3  # the edit form is built this long after the first card is drawn
CARD_CELLS_ASPECT = 3.5  # a card (1.75:1) in half-block cells (two pixels a cell): columns per row


class FilterInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_filter", "Clear filter", id="filter.clear"),
    ]

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Submitted(self, ""))


class TriageScreen(FollowThroughDialogsScreen, ZoomingScreen, ScanExportScreen):
    BINDINGS: ClassVar[list[BindingType]] = list(triage_bindings())
    AUTO_FOCUS = ""  # keys go to the screen's bindings; only the filter line takes focus, when opened

    def __init__(self, session: TriageSession, context: TriageContext) -> None:
        super().__init__(id="triage")
        self.session = session
        self.context = context
        self.scanning = False  # set by the app while its scan worker runs
        self._typed_ahead: list[events.Key] | None = None  # keys typed while a dialog is being opened
        self.show_sources = False
        self._announced_done = session.all_decided()
        self._quit_armed = False
        self._has_card: bool | None = None

    # --- layout ---

    def compose(self) -> ComposeResult:
        yield ProgressHeader(id="progress")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield RichBlock(id="card-meta")
                yield CardImage(self.context.graphics, self.context.renderer, id="image")
                yield ZoomView(id="zoom")
                yield PocketBadge(id="pocket")
            with VerticalScroll(id="right", can_focus=False):
                yield DuplicateBanner(id="duplicates")
                yield CardFields(id="fields")
                yield Static(id="unused-note")
                yield CardDetails(id="details")
        yield Static(id="empty")
        yield ScanStatus(id="scan")
        yield FilterInput(id="filter", placeholder="filter: words from the name, company, note, tags… "
                                                   "(Enter keeps it, Esc clears it)")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scan", ScanStatus).display = False
        self.query_one("#filter", FilterInput).display = False
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.show_card()
        self.set_timer(PREPARE_EDIT_AFTER_S, self.prepare_edit_form)

    def _theme_changed(self, _theme: object) -> None:
        # The card is laid out with the theme's colours: lay it out again once the new styles apply.
        self.call_after_refresh(self.show_card)

    DIALOG_ACTIONS: ClassVar[frozenset[str]] = frozenset({"note", "edit", "follow_up", "tags", "help"})

    def on_key(self, event: events.Key) -> None:
        """Keys typed right after a key that opens a dialog go to that dialog once it is open, never to this
        screen's keys ("k" typed into the edit form while it is being built must not keep the card)."""
        if self._typed_ahead is not None:
            self._typed_ahead.append(event)
            event.stop()
            event.prevent_default()
            return
        actions = {b.action for b in self._bindings.key_to_bindings.get(event.key, [])}
        if actions & self.DIALOG_ACTIONS and (self._has_card or "help" in actions):
            self._typed_ahead = []
            self.set_timer(1.5, self._release_typed_ahead)

    def _release_typed_ahead(self) -> None:
        """No dialog came (the action failed): the keys typed meanwhile are handled here after all."""
        if self._typed_ahead is not None and self.app.screen is self:
            keys, self._typed_ahead = self._typed_ahead, None
            for key in keys:
                self.app.post_message(events.Key(key.key, key.character))

    def on_screen_suspend(self) -> None:
        """A dialog opened: what was typed after its key goes to it."""
        keys, self._typed_ahead = self._typed_ahead or [], None
        for key in keys:
            self.app.post_message(events.Key(key.key, key.character))

    def on_screen_resume(self) -> None:
        self._typed_ahead = None

    def on_resize(self, event: events.Resize) -> None:
        self.fit_layout(event.size.width, event.size.height)
        self.refresh_header()

    def fit_layout(self, width: int, height: int) -> None:
        """The picture grows with the terminal. From NARROW_BELOW columns down it goes above the fields (the
        fields keep the whole width: a value is never cut into three-letter pieces)."""
        narrow = width < NARROW_BELOW  # the app's breakpoint gives the screen the -narrow class for the styles
        left, image = self.query_one("#left"), self.query_one(CardImage)
        if narrow:
            picture = max(4, min(round((width - 2) / CARD_CELLS_ASPECT), (height - 6) // 3))
            left.styles.width = "100%"
            zoom = max(picture, min(14, (height - 6) // 2))
            shown = zoom if self.zoom_open else 0 if self.has_class("-no-picture") else picture
            left.styles.height = 2 + shown  # meta, picture (or zoom), pocket
            image.styles.height = picture
            self.query_one(ZoomView).styles.height = zoom
        else:
            left_width = self.picture_column(width)
            left.styles.width = left_width
            left.styles.height = None
            image.styles.height = max(8, min(round((left_width - 2) / CARD_CELLS_ASPECT) + 1, height - 14))
            self.query_one(ZoomView).styles.height = max(8, height - 12)  # a long line takes several pieces

    def picture_column(self, width: int) -> int:
        return max(54, min(int(width * 0.45), 120))

    def action_edit(self) -> None:
        """The edit form; on a narrow terminal it zooms on the printed line behind the focused field."""
        super().action_edit()
        card = self.session.current_card()
        if card is not None and self.has_class("-narrow"):
            self.lines_wanted(card)

    def action_toggle_picture(self) -> None:
        self.toggle_class("-no-picture")
        self.fit_layout(*self.size)

    # --- drawing ---

    def refresh_header(self) -> None:
        s = self.session
        self.query_one(ProgressHeader).show(s.progress(), event=s.event, filter_text=s.filter_text,
                                            include_decided=s.include_decided)

    def key_for(self, action: str) -> str:
        return self.context.keys_for(BY_ACTION[action].id)

    def show_card(self) -> None:
        """Draw the current card (or the empty stack), and read the next picture ahead."""
        self.refresh_header()
        card = self.session.current_card()
        main = self.query_one("#main")
        empty = self.query_one("#empty", Static)
        banner = self.query_one(DuplicateBanner)
        if self._has_card != (card is not None):
            self._has_card = card is not None
            self.refresh_bindings()  # the card's keys are dimmed in the footer while there is no card
        if card is None:
            main.display = False
            empty.display = True
            banner.display = False
            empty.update(self.empty_text())
            return
        main.display = True
        empty.display = False
        if self.zoom_open and self._zoom_card != card.id:
            self.close_zoom()
        self.query_one(CardImage).show(card.crop_path)
        self.query_one(PocketBadge).show(card.pocket)
        original = self.session.original_contact(card.id) if self.show_sources and card.id is not None else None
        self.query_one(CardFields).show(card, original, show_sources=self.show_sources,
                                        low_confidence=self.context.config.low_confidence)
        self.query_one(CardDetails).show(card, self.context.today(), self.session.default_follow_up(card))
        self.note_unused(card)
        self.query_one("#card-meta", RichBlock).set_renderable(self.meta_text(card), layout=False)
        others = [c for c in (self.session.card(i) for i in card.duplicate_of) if c is not None]
        banner.show(others, self.key_for("merge"), self.key_for("not_duplicate"))
        self.query_one("#right", VerticalScroll).scroll_home(animate=False)
        following = self.session.peek(1)
        if following is not None:
            self.post_message(ReadAhead(following))

    CARD_ACTIONS: ClassVar[frozenset[str]] = frozenset({
        "keep", "discard", "note", "edit", "follow_up", "tags", "toggle_sources", "merge", "not_duplicate",
        "zoom_doubtful", "zoom_unused",
    })

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.CARD_ACTIONS and not self._has_card:
            return None  # shown, dimmed: there is no card to act on
        return True

    def meta_text(self, card: Card) -> str:
        photo = Path(card.source_path).name if card.source_path else "unknown photo"
        parts = [f"card #{card.id}", f"{photo}" + (f" (card {card.card_index + 1})" if card.card_index else "")]
        if card.qr:
            parts.append("QR code read")
        if self.show_sources:
            parts.append("OCR lines shown")
        return " · ".join(parts)

    def empty_text(self) -> str:
        s = self.session
        if s.entries and s.filter_text:
            return f"No card matches “{s.filter_text}”. Esc clears the filter."
        what = "in this event" if s.event else "in the library"
        lines = [f"No card waiting for triage {what}."]
        if not s.include_decided:
            lines.append("cardscan triage --all shows the cards already decided.")
        lines.append(f"{self.key_for('scan')}: scan a folder of photos · {self.key_for('quit')}: quit")
        if s.progress().keep:
            lines.append(NEXT_STEPS)
        return "\n\n".join(lines)

    def after_decision(self) -> None:
        self.show_card()
        if self.session.all_decided() and not self._announced_done:
            self._announced_done = True
            p = self.session.progress()
            self.notify(f"All {p.total} cards decided: keep {p.keep}, discard {p.discard}. Everything is saved. "
                        f"{NEXT_STEPS}. {self.key_for('quit')} quits.",
                        title="Stack done", timeout=15)
        elif not self.session.all_decided():
            self._announced_done = False

    # --- deciding and moving ---

    @saving("save the decision")
    def action_keep(self) -> None:
        self.session.decide(Pocket.KEEP)
        self.after_decision()

    @saving("save the decision")
    def action_discard(self) -> None:
        self.session.decide(Pocket.DISCARD)
        self.after_decision()

    def action_next_card(self) -> None:
        if self.session.move(1):
            self.show_card()
        else:
            self.app.bell()

    def action_previous_card(self) -> None:
        if self.session.move(-1):
            self.show_card()
        else:
            self.app.bell()

    def action_first_card(self) -> None:
        if self.session.move_to_end(last=False):
            self.show_card()

    def action_last_card(self) -> None:
        if self.session.move_to_end(last=True):
            self.show_card()

    @saving("undo")
    def action_undo(self) -> None:
        result = self.session.undo()
        if result.card_id is None:
            self.notify("Nothing left to undo in this session.", timeout=3)
            return
        self.show_card()
        if result.conflict:
            self.notify(result.conflict, title="Partly undone", severity="warning", timeout=6)
        else:
            self.notify(f"Undone: {result.what} of card #{result.card_id}", timeout=2)

    def action_toggle_sources(self) -> None:
        self.show_sources = not self.show_sources
        self.show_card()

    # --- filter ---

    def action_filter(self) -> None:
        field = self.query_one(FilterInput)
        field.display = True
        field.value = self.session.filter_text
        field.focus()

    def action_clear_filter(self) -> None:
        """Esc on the stack: the zoom closes; else the filter kept with Enter is cleared."""
        if self.zoom_open:
            self.close_zoom()
            return
        if not self.session.filter_text:
            return
        field = self.query_one(FilterInput)
        field.value = ""
        field.display = False
        self.session.set_filter("")
        self.show_card()
        self.notify("Filter cleared: every card again.", timeout=2)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            event.stop()
            self.session.set_filter(event.value)
            self.show_card()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            event.stop()
            field = self.query_one(FilterInput)
            self.session.set_filter(event.value)
            if not event.value:
                field.display = False
            self.set_focus(None)
            self.show_card()

    # --- help, quit ---

    def action_help(self) -> None:
        self.post_message(ShowHelp())

    def action_quit(self) -> None:
        if self.scanning and not self._quit_armed:
            self._quit_armed = True
            self.notify(f"A scan is running. {self.key_for('quit')} again stops it and quits; the cards read so "
                        "far are saved.", severity="warning", timeout=5)
            self.set_timer(5, self._disarm_quit)
            return
        self.post_message(QuitTriage())

    def _disarm_quit(self) -> None:
        self._quit_armed = False

    def today(self) -> date:
        return self.context.today()
