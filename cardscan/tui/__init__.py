"""The triage app (`cardscan triage`): Textual screens over the card library. Only this package and
cardscan.commands import textual."""
