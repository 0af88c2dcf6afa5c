"""After the evening: follow-up drafts, keep-warm calls, introductions, the journal, a contact as a QR code.

Pure functions over cards (and the store's follow-through records); the commands write the files.
Texts are data: `templates/<lang>.toml` (overridable in the config folder) and `stopwords/<lang>.txt`.
"""
