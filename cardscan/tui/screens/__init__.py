"""The screens of the triage app: the card stack and the dialogs it opens."""
