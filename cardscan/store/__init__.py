"""The card library: one SQLite database with its image files (see `Library`)."""

from cardscan.store.events import default_event_name
from cardscan.store.history import Change, UndoConflictError
from cardscan.store.library import Library, PhotoInfo
from cardscan.store.paths import LibraryLocation, default_library_dir, resolve_location
from cardscan.store.summaries import CardSummary

__all__ = [
    "CardSummary",
    "Change",
    "Library",
    "LibraryLocation",
    "PhotoInfo",
    "UndoConflictError",
    "default_event_name",
    "default_library_dir",
    "resolve_location",
]
