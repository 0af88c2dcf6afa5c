"""Writing a word list under cardscan/extract/lexicons/: its source, licence and making in a header, one entry a line,
replaced atomically (the tools in this folder share it)."""

from __future__ import annotations

from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[2] / "cardscan" / "extract" / "lexicons"


def write_list(out: Path, *, source: str, licence: str, made_by: str, entries: list[str]) -> None:
    """`out` gets the three header lines and the entries; a temporary file beside it is renamed over it."""
    header = f"# source: {source}\n# licence: {licence}\n# made by: {made_by}\n"
    tmp = out.with_suffix(".tmp")
    tmp.write_text(header + "".join(e + "\n" for e in entries), encoding="utf-8")
    tmp.replace(out)
    print(f"wrote {out} ({len(entries)} entries)")
