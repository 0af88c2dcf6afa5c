"""The triage app: `cardscan triage` opens it on the pending cards of the library.

Layout and styles are in app.tcss; the triage screen holds the stack; dialogs are modal screens. Slow work
(the scan, reading the next picture ahead) runs in workers owned by the app, and `on_worker_state_changed`
is the one place where a failed worker becomes an error dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.keys import format_key
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from cardscan.errors import CardscanError
from cardscan.scan_options import ScanOptions
from cardscan.tui.actions import ACTIONS, TriageAction
from cardscan.tui.config import TriageConfig, config_path
from cardscan.tui.image import HalfBlockRenderer
from cardscan.tui.messages import ExportKeepers, QuitTriage, ReadAhead, ShowError, ShowHelp, StartScan, TriageContext
from cardscan.tui.scanning import run_scan
from cardscan.tui.screens.triage import TriageScreen
from cardscan.tui.session import TriageSession


def _warm_up() -> None:
    """Load what the edit form checks with (phonenumbers' metadata, email-validator) while the user looks at the
    first card, so that `e` opens without that wait."""
    import phonenumbers

    from cardscan.tui.screens import edit  # noqa: F401

    phonenumbers.parse("+31 20 123 4567", None)


class TriageCommands(Provider):
    """The command palette offers every triage action by name."""

    def _actions(self) -> Iterable[tuple[TriageAction, TriageScreen]]:
        screen = self.screen
        if isinstance(screen, TriageScreen):
            for action in ACTIONS:
                yield action, screen

    def _hit_text(self, action: TriageAction) -> tuple[str, str]:
        app = self.app
        keys = app.keys_for(action.id) if isinstance(app, TriageApp) else action.keys
        return action.help, f"key: {keys}"

    async def discover(self) -> Hits:
        for action, screen in self._actions():
            text, help_text = self._hit_text(action)
            yield DiscoveryHit(text, partial(screen.run_action, action.action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action, screen in self._actions():
            text, help_text = self._hit_text(action)
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(screen.run_action, action.action), text=text,
                          help=help_text)


LIBRARY_CHECK_S = 2.0


class TriageApp(App[int]):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "cardscan triage"
    COMMANDS: ClassVar = App.COMMANDS | {TriageCommands}
    # Classes on every screen by terminal size: below 110 columns the picture goes above the fields; below 32
    # rows the dialogs drop their margins and tall buttons.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 (Textual declares it so)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]  # noqa: RUF012

    def __init__(self, session: TriageSession, *, config: TriageConfig | None = None, graphics: str = "halfblock",
                 today: Callable[[], date] = date.today, scan_options: ScanOptions | None = None) -> None:
        super().__init__()
        self.session = session
        self.config = config or TriageConfig()
        self.graphics = graphics
        self.today = today
        self.scan_options = scan_options or ScanOptions()  # the engine, languages and region of the command line
        self.renderer = HalfBlockRenderer()
        self._scan_worker: Worker[object] | None = None
        self.triage_screen: TriageScreen | None = None

    # --- start ---

    def on_mount(self) -> None:
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        context = TriageContext(config=self.config, graphics=self.graphics, renderer=self.renderer,
                                today=self.today, keys_for=self.keys_for, ocr_engine=self.scan_options.engine,
                                ocr_languages=self.scan_options.languages)
        self.triage_screen = TriageScreen(self.session, context)
        self.push_screen(self.triage_screen)
        self.run_worker(_warm_up, thread=True, group="warm-up", exit_on_error=False)
        for warning in self.config.warnings:
            self.notify(warning, title="Settings", severity="warning", timeout=8)
        # Each decision checks it as well; the timer tells a user who is only looking, before the next key press.
        self.set_interval(LIBRARY_CHECK_S, self.check_library)

    def check_library(self) -> None:
        """Say at once when the library file was deleted or replaced under the app (it is saved again first)."""
        try:
            self.session.library.check_in_place()
        except CardscanError as exc:
            self.show_error("The library file was deleted or replaced", exc)

    # --- keys ---

    def keys_for(self, binding_id: str) -> str:
        """The keys of an action as the user has them (config.toml [keys] or the defaults), for display."""
        action = next((a for a in ACTIONS if a.id == binding_id), None)
        keys = self.config.keymap.get(binding_id) or (action.keys if action else "")
        return "/".join(self._key_label(k.strip()) for k in keys.split(",") if k.strip())

    def _key_label(self, key: str) -> str:
        return super().get_key_display(Binding(key, ""))

    def get_key_display(self, binding: Binding) -> str:
        if binding.id is not None and any(a.id == binding.id for a in ACTIONS):
            return self.keys_for(binding.id)
        return super().get_key_display(binding)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        if getattr(self, "_clash_reported", False):
            return
        self._clash_reported = True
        keys = ", ".join(sorted({format_key(b.key) for b in clashed_bindings}))
        self.notify(f"{config_path().name}: [keys] gives {keys} to two actions; the remapped one wins",
                    title="Settings", severity="warning", timeout=8)

    def show_help(self) -> None:
        from cardscan.tui.screens.help import HelpScreen

        rows = [(self.keys_for(a.id), a.help, a.id) for a in ACTIONS]
        where = self.config.path or config_path()
        note = f"Remap keys in {where} by name (right column), e.g.\n  [keys]\n  keep = \"right,k\""
        self.push_screen(HelpScreen(rows, note))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title != "Quit" or not isinstance(screen, TriageScreen):  # the triage Quit is offered there
                yield command

    # --- errors: one handler ---

    def show_error(self, title: str, error: BaseException) -> None:
        from cardscan.tui.screens.error import ErrorScreen

        self.push_screen(ErrorScreen(title, error))

    def on_show_error(self, message: ShowError) -> None:
        self.show_error(message.title, message.error)

    def on_start_scan(self, message: StartScan) -> None:
        self.start_scan(message.folder, message.event)

    def on_show_help(self, _message: ShowHelp) -> None:
        self.show_help()

    def on_export_keepers(self, message: ExportKeepers) -> None:
        self.export_keepers(message.fmt, message.path, message.replace)

    def on_read_ahead(self, message: ReadAhead) -> None:
        self.read_ahead(message.card_id)

    def on_quit_triage(self, _message: QuitTriage) -> None:
        self.quit_triage()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.ERROR and worker.error is not None:
            what = "Scan failed" if worker.group == "scan" else "Background work failed"
            self.show_error(what, worker.error)
            if worker.group == "scan" and self.triage_screen is not None:
                self.triage_screen.query_one("#scan").display = False
        if worker.group == "scan" and event.state in (WorkerState.SUCCESS, WorkerState.ERROR,
                                                      WorkerState.CANCELLED):
            self._scan_worker = None
            if self.triage_screen is not None:
                self.triage_screen.scanning = False

    # --- workers ---

    def read_ahead(self, card_id: int) -> None:
        """Render the next card's picture in a thread, so the next key press finds it ready."""
        if self.graphics != "halfblock" or self.triage_screen is None:
            return
        try:
            image = self.triage_screen.query_one("#halfblock")
        except Exception:
            return
        width, height = image.size
        if width <= 0 or height <= 0:
            return
        library = self.session.library
        renderer = self.renderer

        def work() -> None:
            try:
                path = library.get_card(card_id).crop_path
                if path:
                    renderer.render(path, width, height)
            except Exception:  # only a head start: the card is drawn (and any problem shown) when it comes up
                pass

        self.run_worker(work, thread=True, group="read-ahead", exclusive=True, exit_on_error=False)

    @work(thread=True, group="export", exclusive=True, exit_on_error=False)
    def export_keepers(self, fmt: str, path: Path, replace: bool) -> None:
        """Write the keepers to `path` (cardscan.export, atomically; an existing file only when `replace`)."""
        from cardscan.export import export_cards, write_atomic
        from cardscan.model import Pocket

        try:
            cards = self.session.library.list_cards(pocket=Pocket.KEEP, event=self.session.event)
            result = export_cards(cards, fmt, now=None)
            write_atomic(path, result.data, overwrite=replace)
        except CardscanError as exc:
            self.call_from_thread(self.notify, exc.user_message(), title="Not exported", severity="error",
                                  timeout=8)
            return
        what = "follow-up" if fmt == "ics" else "contact"
        skipped = f" ({len(result.skipped)} without a follow-up date left out)" if result.skipped else ""
        self.call_from_thread(self.notify, f"Wrote {result.written} {what}{'s' * (result.written != 1)} to "
                                           f"{path}{skipped}", title="Exported", timeout=8)

    @property
    def scanning(self) -> bool:
        return self._scan_worker is not None and self._scan_worker.is_running

    def start_scan(self, folder: Path, event: str | None) -> None:
        """Scan `folder` into the library (its cards tagged `event`; None: the folder and the day)."""
        screen = self.triage_screen
        assert screen is not None
        location = self.session.library.location  # the library's own files folder, whatever path opened it

        def work() -> object:
            worker = get_current_worker()
            return run_scan(folder, location, self.scan_options, event, screen.post_message,
                            lambda: worker.is_cancelled)

        self._scan_worker = self.run_worker(work, thread=True, group="scan", exclusive=True, exit_on_error=False,
                                            name=f"scan {folder}")
        screen.scanning = True

    # --- quitting ---

    async def action_quit(self) -> None:
        """ctrl+q and the palette's Quit: like q, stop a running scan first."""
        self.quit_triage()

    def quit_triage(self) -> None:
        if self._scan_worker is not None:
            self._scan_worker.cancel()
            self.notify("Stopping the scan after the photos being read…", timeout=10)
        self.exit(0)
