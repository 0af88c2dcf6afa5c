"""The follow-through keys of the triage screen: `w` the follow-up draft, `F` follow-up done, `c` keep-warm
cadence, `Q` the contact as a QR code. Each change is one undoable step, like every other triage change."""

from __future__ import annotations

from pathlib import Path

from cardscan.errors import CardscanError
from cardscan.model import KEEP_WARM_CADENCES
from cardscan.tui.messages import ShowError
from cardscan.tui.screens.card_dialogs import CardDialogsScreen, card_title, saving

CADENCE_CYCLE: tuple[str | None, ...] = (None, *KEEP_WARM_CADENCES)


class FollowThroughDialogsScreen(CardDialogsScreen):
    def action_draft(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        from cardscan.followthrough.drafts import follow_up_draft
        from cardscan.followthrough.eml import load_sender
        from cardscan.tui.screens.draft import DraftScreen

        try:
            sender = load_sender()
            draft = follow_up_draft(card, sender=sender)
        except CardscanError as exc:
            self.post_message(ShowError("Could not make the draft", exc))
            return
        if draft is None:
            phones = ", ".join(f.value.number for f in card.contact.phones) or "no phone either"
            self.notify(f"No e-mail address on this card: call {phones}", title="No draft", severity="warning",
                        timeout=5)
            return
        self.app.push_screen(DraftScreen(f"Draft · {card_title(card)} · {draft.language}", draft, sender, Path.cwd()))

    @saving("mark the follow-up")
    def action_follow_up_done(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        done = card.follow_up_done is None
        self.session.set_follow_up_done(self.context.today() if done else None)
        self.notify("Follow-up done" if done else "Follow-up not done", timeout=2)
        self.show_card()

    @saving("set keep warm")
    def action_keep_warm(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        now = CADENCE_CYCLE.index(card.keep_warm) if card.keep_warm in CADENCE_CYCLE else 0
        cadence = CADENCE_CYCLE[(now + 1) % len(CADENCE_CYCLE)]
        self.session.set_keep_warm(cadence)
        self.notify(f"Keep warm: {cadence or 'off'}", timeout=2)
        self.show_card()

    def action_qr(self) -> None:
        card = self._card_or_bell()
        if card is None:
            return
        from cardscan.followthrough.qrcode import contact_code
        from cardscan.tui.screens.qr import QrScreen

        try:
            code = contact_code(card, room=(self.app.size.width, self.app.size.height - 3))
        except CardscanError as exc:
            self.post_message(ShowError("No QR code", exc))
            return
        self.app.push_screen(QrScreen(card_title(card), code))
