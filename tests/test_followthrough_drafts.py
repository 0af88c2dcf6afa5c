"""`cardscan drafts` and `cardscan done`: follow-up drafts in the card's language, parsed back with Python's
`email` package; never overwritten without --force; done follow-ups skipped (drafts and the ics export)."""

from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from followthrough_cards import EVENT, PEOPLE, eight_languages
from test_cli_library import run

from cardscan.cli import main
from cardscan.errors import ExitCode
from cardscan.store import Library


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "lib"
    return path, eight_languages(path)


def parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def body_of(msg: EmailMessage) -> str:
    """The text as a reader sees it (the wire form has CRLF line ends)."""
    return str(msg.get_content()).replace("\r\n", "\n")


def test_one_draft_per_contact_in_its_language(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               library: tuple[Path, dict[str, int]]) -> None:
    path, _ids = library
    out = tmp_path / "drafts"
    code, stdout, err = run(capsys, path, "drafts", "-o", str(out))
    assert (code, stdout) == (0, "")
    files = sorted(out.iterdir())
    assert len(files) == len(PEOPLE)  # the card without an e-mail gets none
    assert "Hans Bauer" in err and "no e-mail address" in err and "+49 89 1234567" in err
    assert "wrote 8 drafts" in err
    for lang, (contact, greeting, day) in PEOPLE.items():
        name = contact.value("name")
        target = out / f"{name}.eml"
        raw = target.read_bytes()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only (RFC 5322)
        assert max(len(line) for line in raw.split(b"\r\n")) <= 998
        msg = parse(target)
        assert msg["X-Unsent"] == "1"
        assert msg["To"].addresses[0].addr_spec == contact.emails[0].value
        assert msg["To"].addresses[0].display_name == name
        assert msg["Date"] is not None and msg["Message-ID"].endswith("@cardscan.invalid>")
        assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
        body = body_of(msg)
        assert body.startswith(greeting + "\n\n"), (lang, body[:80])
        assert "expo" in msg["Subject"] and "expo" in body and day in body, (lang, body)
        assert f"- note {lang}: first line\n- second line {lang}\n" in body, (lang, body)


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_note_of_one_line_is_woven_into_a_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                     library: tuple[Path, dict[str, int]], lang: str) -> None:
    path, ids = library
    assert main(["--library", str(path), "set", str(ids[lang]), "note=Wasserstoff für Stadtbusse."]) == 0
    run(capsys, path, "drafts", "-o", str(tmp_path / "d"))
    body = body_of(parse(tmp_path / "d" / f"{PEOPLE[lang][0].value('name')}.eml"))
    sentence = {"de": "Ich habe mir notiert, worüber wir gesprochen haben: Wasserstoff für Stadtbusse.",
                "fr": "J'ai pris note de ce dont nous avons parlé\u00a0: Wasserstoff für Stadtbusse.",
                "es": "He tomado nota de lo que hablamos: Wasserstoff für Stadtbusse."}[lang]
    assert sentence in body


def test_never_overwrites_without_force(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        library: tuple[Path, dict[str, int]]) -> None:
    path, _ids = library
    out = tmp_path / "drafts"
    assert run(capsys, path, "drafts", "-o", str(out))[0] == 0
    target = out / "Sanne Visser.eml"
    target.write_bytes(b"my own edits")
    (out / "Erik Lundgren.eml").unlink()
    code, _, err = run(capsys, path, "drafts", "-o", str(out))
    assert code == 0 and "wrote 1 draft " in err and "kept 7 drafts already there" in err
    assert target.read_bytes() == b"my own edits"
    assert parse(out / "Erik Lundgren.eml")["X-Unsent"] == "1"
    assert run(capsys, path, "drafts", "-o", str(out), "--force")[0] == 0
    assert parse(target)["X-Unsent"] == "1"
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_done_follow_ups_are_skipped_by_drafts_and_the_calendar(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                 library: tuple[Path, dict[str, int]]) -> None:
    path, ids = library
    code, _, err = run(capsys, path, "done", str(ids["de"]), str(ids["fr"]), "--date", "2026-10-16")
    assert code == 0 and "done on 2026-10-16" in err
    with Library.open(path) as lib:
        assert str(lib.get_card(ids["de"]).follow_up_done) == "2026-10-16"
    rows = {r["id"]: r for r in map(json.loads, run(capsys, path, "list", "--json")[1].splitlines())}
    assert (rows[ids["de"]]["follow_up_done"], rows[ids["en"]]["follow_up_done"]) == ("2026-10-16", None)
    tsv = [line.split("\t") for line in run(capsys, path, "list")[1].splitlines()]
    assert {row[0]: row[7] for row in tsv[1:]}[str(ids["de"])] == "done"
    code, _, err = run(capsys, path, "drafts", "-o", str(tmp_path / "d"))
    names = {p.name for p in (tmp_path / "d").iterdir()}
    assert "Dr. Katrin Vogel.eml" not in names and "Claire Fontaine.eml" not in names and len(names) == 6
    assert "2 already followed up" in err
    code, _, err = run(capsys, path, "export", "--format", "ics", "-o", str(tmp_path / "f.ics"))
    ics = (tmp_path / "f.ics").read_text("utf-8")
    assert code == 0 and "Vogel" not in ics and "Lundgren" in ics and "already done" in err
    run(capsys, path, "done", str(ids["de"]), "--undo")
    run(capsys, path, "drafts", "-o", str(tmp_path / "d2"))
    assert (tmp_path / "d2" / "Dr. Katrin Vogel.eml").exists()


def test_templates_can_be_overridden_in_the_config_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          library: tuple[Path, dict[str, int]],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = library
    config = tmp_path / "cfg"
    (config / "templates").mkdir(parents=True)
    monkeypatch.setenv("CARDSCAN_CONFIG_DIR", str(config))
    (config / "templates" / "nl.toml").write_text('[followup]\nnext_step = "Zullen we volgende week bellen?"\n',
                                                  "utf-8")
    (config / "config.toml").write_text('[me]\nname = "Robin Example"\nemail = "robin@me.example"\n', "utf-8")
    assert run(capsys, path, "drafts", "-o", str(tmp_path / "d"))[0] == 0
    msg = parse(tmp_path / "d" / "Sanne Visser.eml")
    body = body_of(msg)
    assert "Zullen we volgende week bellen?" in body and body.startswith("Beste Sanne,")
    assert "Met vriendelijke groet,\nRobin Example\n" in body  # the rest of the built-in texts stay
    assert msg["From"].addresses[0].addr_spec == "robin@me.example"
    (config / "templates" / "nl.toml").write_text('[followup]\nnext_stap = "typo"\n', "utf-8")
    code, _, err = run(capsys, path, "drafts", "-o", str(tmp_path / "d3"))
    assert code == ExitCode.USAGE and "next_stap is not a template key" in err


def test_lang_option_and_event_name(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    library: tuple[Path, dict[str, int]]) -> None:
    path, _ = library
    assert run(capsys, path, "drafts", "-o", str(tmp_path / "d"), "--lang", "it", "--event", EVENT)[0] == 0
    body = body_of(parse(tmp_path / "d" / "Oliver Hartley.eml"))
    assert body.startswith("Gentile Oliver Hartley,") and "14 ottobre 2026" in body
    code, _, err = run(capsys, path, "drafts", "-o", str(tmp_path / "e"), "--event", "nope")
    assert code == ExitCode.USAGE and "no event 'nope'" in err


@pytest.mark.parametrize(("lang", "prefix", "title", "expected"), [
    ("de", "Herr", None, "Sehr geehrter Herr Berger,"),
    ("de", "Prof. Dr.", "Geschäftsführer", "Guten Tag Prof. Dr. Anna Berger,"),  # the masculine form says nothing
    ("fr", "Mme", None, "Bonjour Madame Berger,"),
    ("fr", None, "Directeur technique", "Bonjour Monsieur Berger,"),
    ("fr", None, "Architecte", "Bonjour Anna Berger,"),  # "-e" is not the masculine "-é"
    ("fr", None, "Avocate associée", "Bonjour Madame Berger,"),
    ("it", "Dott.ssa", None, "Gentile Dott.ssa Anna Berger,"),
    ("es", None, "Gerente", "Buenos días, Anna Berger:"),  # no sign either way
    ("pt", None, "Diretora comercial", "Cara Anna,"),
    ("en", "Dr.", "Director", "Dear Anna,"),
])
def test_greeting_forms(lang: str, prefix: str | None, title: str | None, expected: str) -> None:
    from followthrough_cards import contact

    from cardscan.followthrough.greeting import greeting
    from cardscan.followthrough.templates import load_templates

    c = contact("Anna Berger", given="Anna", family="Berger", title=title, company="X", email="a@x.example",
                phone="+4930123", city="Berlin", country="DE", prefix=prefix)
    assert greeting(c, load_templates(lang)) == expected
    nameless = contact("", given="", family="", title=None, company="Berger AG", email="info@x.example",
                       phone="+4930123", city="Berlin", country="DE")
    assert greeting(nameless, load_templates(lang)) == load_templates(lang).data["greeting"]["nameless"]


def test_hostile_text_never_breaks_a_draft() -> None:
    from followthrough_cards import contact

    from cardscan.followthrough.drafts import follow_up_draft
    from cardscan.followthrough.introduction import introduction, introduction_eml
    from cardscan.model import Card

    nasty = "\x1b[31mAnna\x07 \u202eevil\r\nBcc: x@y.example"
    c = contact(f"{nasty} Berger", given=nasty, family="Berger\x00", title="Leiterin\x1b]0;t\x07", company=nasty,
                email="anna@berger.example", phone="+4930123", city="Berlin\x1b", country="DE")
    card = Card(contact=c, id=1, note=f"line\x1b[2J one\r\nline two\x00\n\n- {nasty}", event="Fair\x1b 2026-10-14")
    draft = follow_up_draft(card)
    assert draft is not None
    for raw in (draft.eml(), introduction_eml(*introduction(card, card))):
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        assert next(a.addr_spec for a in msg["To"].addresses) == "anna@berger.example"
        assert msg["Bcc"] is None  # no header injected from a name
        text = body_of(msg) + str(msg["Subject"]) + str(msg["To"])
        assert not [ch for ch in text if ord(ch) < 32 and ch != "\n"], repr(text)
