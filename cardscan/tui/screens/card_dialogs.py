"""The dialogs that change the card on screen (note, fields, follow-up, tags, duplicates), as the base of the
triage screen; and the one wrapper that turns a failed write into the error dialog."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.markup import escape
from textual.screen import Screen

from cardscan.display import safe_text
from cardscan.errors import CardscanError
from cardscan.model import Card
from cardscan.tui.messages import ShowError, TriageContext
from cardscan.tui.session import TriageSession

if TYPE_CHECKING:
    from cardscan.tui.screens.edit import EditScreen
    from cardscan.tui.screens.follow_up import FollowUpChoice
    from cardscan.tui.screens.merge import MergeChoice

F = TypeVar("F", bound=Callable[..., Any])
GC_YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python: 700), so fewer full ones


def saving(what: str) -> Callable[[F], F]:
    """Run a handler that writes to the library; a failure (disk full, library locked...) becomes the error
    dialog instead of ending the app, and the screen shows what the library really holds."""

    def decorate(method: F) -> F:
        @wraps(method)
        def wrapper(self: CardDialogsScreen, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except CardscanError as exc:
                self.post_message(ShowError(f"Could not {what}", exc))
                self.session.forget_current()
                self.show_card()
                return None

        return cast(F, wrapper)

    return decorate


def card_title(card: Card) -> str:
    """The card as a dialog's title (shown as markup: escaped, like its control characters)."""
    name = card.contact.display_name() or "(no name)"
    return escape(f"#{card.id} {safe_text(name)}")


class CardDialogsScreen(Screen[None]):
    """A screen showing one card of `session`; subclasses draw it in `show_card`. What it needs from around it
    comes in `context`; what it asks of the app goes out as messages (cardscan.tui.messages)."""

    session: TriageSession
    context: TriageContext
    _edit_form: EditScreen | None = None

    def show_card(self) -> None:
        raise NotImplementedError

    # --- dialogs that change the card ---

    def _card_or_bell(self) -> Card | None:
        card = self.session.current_card()
        if card is None:
            self.app.bell()
        return card

    def action_note(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return

        from cardscan.tui.screens.note import NoteScreen

        @saving("save the note")
        def save(screen: CardDialogsScreen, text: str) -> None:
            screen.session.set_note(text)

        def closed(_: None) -> None:
            self.session.end_note()
            self.show_card()

        self.app.push_screen(NoteScreen(f"Note · {card_title(card)}", card.note, lambda t: save(self, t)), closed)

    def picture_column(self, width: int) -> int:
        """The width of the picture's column on a wide terminal (the edit form takes the rest)."""
        raise NotImplementedError

    def edit_form(self) -> EditScreen:
        """The edit form: built once, installed in the app (kept when closed), filled in with each card."""
        if self._edit_form is None:
            from cardscan.tui.screens.edit import EditScreen

            self._edit_form = EditScreen(renderer=self.context.renderer, left_width=self.picture_column)
            self.app.install_screen(self._edit_form, "edit-form")
        return self._edit_form

    async def prepare_edit_form(self) -> None:
        """Compose and style the edit form now, off screen, while the user looks at the card (a hundred widgets:
        a second on a slow machine), so that `e` only fills it in. Textual composes a screen when it is first
        shown; `_get_screen` is the call it uses for that.

        Then the objects alive (the stack, the screens and their widgets: the app's lasting state) are moved out
        of the garbage collector's way (gc.freeze): else each full collection walks them all, a pause of 0.2-0.3 s
        every few seconds of use (measured with 1,000 cards: scripts/bench_tui.py)."""
        form = self.edit_form()
        if not form.is_running:
            _, mounted = self.app._get_screen(form)
            await mounted
        gc.freeze()
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])

    def action_edit(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        form = self.edit_form()
        form.load(f"Edit · {card_title(card)}", card)
        self.app.push_screen(form, self._edited)

    @saving("save the edit")
    def _edited(self, values: dict[str, Any] | None) -> None:
        if values:
            self.session.edit_fields(values)
            self.notify(f"Saved: {', '.join(values)}", timeout=2)
        self.show_card()

    def action_follow_up(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        from cardscan.tui.screens.follow_up import FollowUpScreen

        today = self.context.today()
        screen = FollowUpScreen(f"Follow-up · {card_title(card)}", card.follow_up,
                                self.session.default_follow_up(card), today, card.met_on)
        self.app.push_screen(screen, self._follow_up_chosen)

    @saving("save the follow-up date")
    def _follow_up_chosen(self, choice: FollowUpChoice | None) -> None:
        if choice is not None:
            self.session.set_follow_up(choice.day)
        self.show_card()

    def action_tags(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        from cardscan.tui.screens.tags import TagsScreen

        try:
            known = self.session.known_tags()
        except CardscanError:
            known = []
        self.app.push_screen(TagsScreen(f"Tags · {card_title(card)}", card.tags, known), self._tags_chosen)

    @saving("save the tags")
    def _tags_chosen(self, tags: list[str] | None) -> None:
        if tags is not None:
            self.session.set_tags(tags)
        self.show_card()

    def _duplicates(self) -> tuple[Card, list[Card]] | None:
        card = self.session.current_card()
        if card is None or not card.duplicate_of:
            self.notify("This card has no probable duplicate.", timeout=3)
            return None
        others = [c for c in (self.session.card(i) for i in card.duplicate_of) if c is not None]
        return (card, others) if others else None

    def action_merge(self) -> None:
        from cardscan.tui.screens.merge import MergeScreen

        found = self._duplicates()
        if found is not None:
            self.app.push_screen(MergeScreen(*found), self._merge_chosen)

    def action_not_duplicate(self) -> None:
        from cardscan.tui.screens.merge import MergeChoice, MergeScreen

        found = self._duplicates()
        if found is None:
            return
        card, others = found
        if len(others) > 1:
            self.app.push_screen(MergeScreen(card, others), self._merge_chosen)
            return
        assert others[0].id is not None
        self._merge_chosen(MergeChoice("dismiss", others[0].id))

    @saving("merge the cards")
    def _merge_chosen(self, choice: MergeChoice | None) -> None:
        current = self.session.current_id
        if choice is None or current is None:
            return
        if choice.what == "dismiss":
            self.session.dismiss_duplicate(choice.other_id)
            self.notify(f"Card #{current} and card #{choice.other_id} are kept apart.", timeout=3)
        elif choice.what == "keep_current":
            self.session.merge(current, choice.other_id)
            self.notify(f"Card #{choice.other_id} merged into card #{current}.", timeout=3)
        else:
            self.session.merge(choice.other_id, current)
            self.notify(f"Card #{current} merged into card #{choice.other_id}.", timeout=3)
        self.show_card()
