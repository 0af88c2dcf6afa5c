"""The CardscanError hierarchy.

Every error carries a one-line, user-facing message (what went wrong, and for
which file) and, where there is one, a hint on how to fix it. Only
`cardscan.cli` turns them into stderr lines and exit codes.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    SOME_FILES_FAILED = 1  # the batch ran, but some inputs were bad
    USAGE = 2  # wrong arguments
    MISSING_DEPENDENCY = 3  # Tesseract, language data or a library is missing
    LIBRARY = 4  # the card library cannot be used as it is
    OUTPUT_EXISTS = 5  # refusing to overwrite a file
    INTERNAL = 70  # a bug in cardscan (EX_SOFTWARE)
    INTERRUPTED = 130


class CardscanError(Exception):
    exit_code: ExitCode = ExitCode.SOME_FILES_FAILED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def user_message(self) -> str:
        """One line for stderr."""
        text = " ".join(self.message.split())
        if self.hint:
            text += f" ({' '.join(self.hint.split())})"
        return text


class UsageError(CardscanError):
    exit_code = ExitCode.USAGE


class InputFileError(CardscanError):
    """A photo that cannot be scanned. The batch goes on without it."""

    exit_code = ExitCode.SOME_FILES_FAILED

    def __init__(self, path: str | Path, reason: str, *, hint: str | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{_printable(self.path)}: {reason}", hint=hint)


class NoCardFoundError(InputFileError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "no business card found in the image")


class ImageTooLargeError(InputFileError):
    def __init__(self, path: str | Path, width: int, height: int, limit: int) -> None:
        super().__init__(
            path,
            f"image is {width} x {height} pixels, over the limit of {limit // 1_000_000} megapixels "
            "(refused as a possible decompression bomb)",
        )


class MissingDependencyError(CardscanError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class MissingLanguageError(MissingDependencyError):
    pass


class LibraryError(CardscanError):
    exit_code = ExitCode.LIBRARY


class LibraryMovedError(LibraryError):
    """The library file was deleted or replaced while it was open (what it held was saved: the message says where)."""


class LibraryTooNewError(LibraryError):
    pass


class LibraryCorruptError(LibraryError):
    pass


class CardNotFoundError(LibraryError):
    """No card of that id: the library is fine, the argument is wrong (a usage error)."""

    exit_code = ExitCode.USAGE


class OutputExistsError(CardscanError):
    exit_code = ExitCode.OUTPUT_EXISTS

    def __init__(self, path: str | Path) -> None:
        super().__init__(f"{_printable(str(path))}: file exists", hint="use --force to overwrite it")


class OutputError(CardscanError):
    """The output could not be written to stdout (a full device, an I/O error)."""

    exit_code = ExitCode.SOME_FILES_FAILED


class StdoutClosed(OutputError):
    """The reader of stdout went away (a closed pipe, `| head`)."""


class ExportError(CardscanError):
    exit_code = ExitCode.SOME_FILES_FAILED


def _printable(text: str) -> str:
    """A file name made safe for one stderr line (newlines and control characters escaped)."""
    from cardscan.display import safe_text

    return safe_text(text)
