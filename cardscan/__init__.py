"""cardscan: business cards from phone photos to contacts, offline."""

__version__ = "0.1.0"
