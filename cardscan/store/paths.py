"""Where a card library lives on disk.

`--library PATH` (or $CARDSCAN_LIBRARY, read by the command line) names either
the database itself (a path ending in .sqlite/.sqlite3/.db, or any existing
file) or a folder holding `library.sqlite` and `files/`. Without it, the folder
is the platform's user data directory for cardscan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "library.sqlite"
FILES_DIR_NAME = "files"
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


@dataclass(frozen=True)
class LibraryLocation:
    database: Path  # the SQLite file
    files_dir: Path  # content-addressed image files (card crops and photos)

    @property
    def folder(self) -> Path:
        return self.database.parent


def default_library_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("cardscan", appauthor=False))


def resolve_location(path: str | Path | None) -> LibraryLocation:
    """The database file and the image folder for `--library PATH` (None: the default folder)."""
    if path is None or str(path) == "":
        folder = default_library_dir().absolute()
        return LibraryLocation(folder / DATABASE_NAME, folder / FILES_DIR_NAME)
    p = Path(path).expanduser().absolute()
    if p.name == DATABASE_NAME:
        # The database of a library folder, named by its file: the same library as the folder, same images.
        return LibraryLocation(p, p.parent / FILES_DIR_NAME)
    if p.suffix.lower() in DATABASE_SUFFIXES or p.is_file():
        # A database named by the user: its image files go in a folder beside it, named after it,
        # so that two libraries in one folder never share (or clean up) each other's files.
        return LibraryLocation(p, p.with_name(f"{p.stem}-files"))
    return LibraryLocation(p / DATABASE_NAME, p / FILES_DIR_NAME)


def misplaced_files_dir(location: LibraryLocation) -> Path | None:
    """Where earlier versions could put this library's images by mistake: a scan started inside triage named the
    database file `library.sqlite` and wrote the images to `library-files/` beside it instead of `files/`."""
    if location.database.name != DATABASE_NAME or location.files_dir != location.folder / FILES_DIR_NAME:
        return None
    stem = location.database.stem
    if any((location.folder / f"{stem}{suffix}").exists() for suffix in DATABASE_SUFFIXES if suffix != ".sqlite"):
        return None  # library.db beside it: `library-files/` is that library's folder
    return location.folder / f"{stem}-files"


def path_text(path: str) -> str:
    """A file path as text SQLite and JSON can hold: bytes of a POSIX file name that are not UTF-8 (which Python
    carries as lone surrogates, "\\udce9") are written as \\xe9, so such a photo is stored instead of failing."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
