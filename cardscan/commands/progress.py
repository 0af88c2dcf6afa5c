"""The scan's progress bar: on stderr, and only when stderr is a terminal."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from cardscan.cli import report_problem

if TYPE_CHECKING:
    from cardscan.reading import PhotoResult


class ScanProgress:
    def __init__(self, total: int) -> None:
        self._progress: Progress | None = None
        self._total = total
        self._task: TaskID | None = None
        self._cards = 0
        if sys.stderr.isatty() and total > 0:
            self._progress = Progress(
                TextColumn("[bold]scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("photos · {task.fields[cards]} cards"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> ScanProgress:
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("scan", total=self._total, cards=0)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, result: PhotoResult) -> None:
        self._cards += len(result.cards)
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, cards=self._cards)

    def log_problem(self, message: str) -> None:
        """One line on stderr, printed above the bar so the bar stays whole."""
        if self._progress is not None:
            self._progress.console.print(f"cardscan: {' '.join(message.split())}", markup=False, highlight=False)
        else:
            report_problem(message)
