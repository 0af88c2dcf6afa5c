"""Every triage action in one list: its key binding (with an id the config can remap), its footer label and its
help text. The footer, the `?` help screen, the command palette and the config's [keys] all read this list."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class TriageAction:
    id: str  # binding id: the name under [keys] in config.toml
    keys: str  # default keys, comma-separated Textual key names
    action: str  # action_<name> of the triage screen
    label: str  # short, for the footer
    help: str  # one line, for the help screen and the command palette
    footer: bool = True


ACTIONS: tuple[TriageAction, ...] = (
    TriageAction("keep", "right,k", "keep", "Keep", "Keep: into the right pocket, then the next card"),
    TriageAction("discard", "left,d", "discard", "Discard", "Discard: into the left pocket, then the next card"),
    TriageAction("note", "n", "note", "Note", "Write the note for the back of the card (several lines)"),
    TriageAction("edit", "e", "edit", "Edit", "Edit the fields (e-mail and phone checked as you type)"),
    TriageAction("follow_up", "f", "follow_up", "Follow-up",
                 "Set the follow-up date (default: 3 days after the event)"),
    TriageAction("tags", "t", "tags", "Tags", "Set the tags of the card"),
    TriageAction("undo", "u", "undo", "Undo", "Undo the last step (again and again, back to the start)"),
    TriageAction("next", "pagedown", "next_card", "Next", "Next card, without deciding", footer=False),
    TriageAction("previous", "pageup", "previous_card", "Previous", "Previous card, without deciding",
                 footer=False),
    TriageAction("first", "home", "first_card", "First", "First card of the stack", footer=False),
    TriageAction("last", "end", "last_card", "Last", "Last card of the stack", footer=False),
    TriageAction("filter", "slash", "filter", "Filter", "Filter the stack by text (name, company, note, tags...)"),
    TriageAction("clear_filter", "escape", "clear_filter", "Clear filter",
                 "Close the zoom, else clear the filter: every card again",
                 footer=False),
    TriageAction("sources", "o", "toggle_sources", "OCR", "Show or hide the OCR line behind each field",
                 footer=False),
    TriageAction("zoom", "z", "zoom_doubtful", "Zoom",
                 "Zoom on the card where the next doubtful field was read (again: the next one)", footer=False),
    TriageAction("zoom_unused", "l", "zoom_unused", "Unused lines",
                 "Zoom on the next line of the card that no field was read from", footer=False),
    TriageAction("picture", "i", "toggle_picture", "Picture", "Show or hide the card's picture (room for the fields)",
                 footer=False),
    TriageAction("merge", "m", "merge", "Merge", "Merge with its probable duplicate", footer=False),
    TriageAction("not_duplicate", "x", "not_duplicate", "Not same", "Not the same person as the probable duplicate",
                 footer=False),
    TriageAction("draft", "w", "draft", "Draft", "The follow-up e-mail draft: copy it or write it",
                 footer=False),
    TriageAction("follow_up_done", "F", "follow_up_done", "Done", "Follow-up done (press again: not done)",
                 footer=False),
    TriageAction("keep_warm", "c", "keep_warm", "Keep warm",
                 "Keep warm: off, weekly, monthly, quarterly calls", footer=False),
    TriageAction("qr", "Q", "qr", "QR", "The contact as a QR code, full screen",
                 footer=False),
    TriageAction("export", "E", "export", "Export",
                 "Export the keepers: vCard, CSV (generic, Google, Outlook) or the follow-ups' calendar",
                 footer=False),
    TriageAction("scan", "s", "scan", "Scan", "Scan a folder of photos; new cards join the stack", footer=False),
    TriageAction("help", "question_mark", "help", "Help", "Show every key"),
    TriageAction("quit", "q", "quit", "Quit", "Quit (everything is saved already)"),
)

ACTION_IDS: frozenset[str] = frozenset(a.id for a in ACTIONS)
BY_ACTION: dict[str, TriageAction] = {a.action: a for a in ACTIONS}


def triage_bindings() -> list[Binding]:
    return [Binding(a.keys, a.action, a.label, show=a.footer, id=a.id) for a in ACTIONS]
