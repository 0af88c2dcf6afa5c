"""The triage screen's part that fills and empties the library: scanning a folder from inside the app (`s`: new
cards join the stack as they are read, the progress in the status line) and exporting the keepers (`E`, or the
command palette). The work runs in the app's workers; the screen asks for it with messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from cardscan.tui.messages import ExportKeepers, StartScan
from cardscan.tui.scanning import PhotoScanned, ScanFinished, ScanStarted
from cardscan.tui.session import TriageSession
from cardscan.tui.widgets.status import ScanStatus

if TYPE_CHECKING:
    from cardscan.tui.screens.export import ExportChoice
    from cardscan.tui.screens.scan_folder import ScanChoice


class ScanExportScreen(Screen[None]):
    """A base of the triage screen (which composes #scan and draws the card)."""

    session: TriageSession
    scanning = False  # set by the app while its scan worker runs
    _announced_done = False
    _scan_total = 0
    _scan_cards = 0
    _scan_failed = 0

    def show_card(self) -> None:
        raise NotImplementedError

    def refresh_header(self) -> None:
        raise NotImplementedError

    # --- scanning ---

    def action_scan(self) -> None:
        if self.scanning:
            self.notify("A scan is running already; its cards join the stack as they are read.", timeout=4)
            return
        from cardscan.tui.screens.scan_folder import ScanFolderScreen

        self.app.push_screen(ScanFolderScreen(Path.cwd(), self.session.event), self._folder_chosen)

    def _folder_chosen(self, choice: ScanChoice | None) -> None:
        if choice is not None:
            self.post_message(StartScan(choice.folder, choice.event))

    def on_scan_started(self, message: ScanStarted) -> None:
        status = self.query_one(ScanStatus)
        if message.photos == 0:
            known = f" ({message.known} already in the library)" if message.known else ""
            self.notify(f"No new photo to scan in {message.folder}{known}.", timeout=5)
            return
        status.start(Path(message.folder).name or message.folder, message.photos)
        self._scan_total = message.photos
        self._scan_cards = 0
        self._scan_failed = len(message.problems)

    def on_photo_scanned(self, message: PhotoScanned) -> None:
        was_empty = self.session.current_id is None
        added = self.session.add_cards(message.cards)
        self._scan_cards += added
        if message.problem:
            self._scan_failed += 1
        self.query_one(ScanStatus).advance(message.done, self._scan_total, self._scan_cards, self._scan_failed)
        if was_empty and self.session.current_id is not None:
            self.show_card()
        else:
            self.refresh_header()
        if added:
            self._announced_done = self.session.all_decided()

    def on_scan_finished(self, message: ScanFinished) -> None:
        self.query_one(ScanStatus).finish()
        summary = message.summary
        details = "\n".join(summary.failed[:3])
        self.notify(summary.describe() + (f"\n{details}" if details else ""), title="Scan",
                    severity="warning" if summary.failed else "information",
                    timeout=8)
        self.show_card()

    # --- export ---

    def action_export(self) -> None:
        from cardscan.tui.screens.export import ExportScreen

        keepers = self.session.progress().keep
        self.app.push_screen(ExportScreen(Path.cwd(), keepers, self.session.event), self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        if choice is not None:
            self.post_message(ExportKeepers(choice.fmt, choice.path, choice.replace))
