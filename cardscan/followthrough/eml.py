"""Draft e-mails as `.eml` files (RFC 5322, MIME, UTF-8) that mail clients open as drafts (`X-Unsent: 1`).

The From address is the user's own, from `[me]` in config.toml (`name`, `email`); without it the draft has
no From and the mail client fills it in when the draft is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from cardscan.configdir import config_path, read_toml
from cardscan.errors import UsageError
from cardscan.export.contentline import clean_text

MESSAGE_ID_DOMAIN = "cardscan.invalid"  # make_msgid would otherwise ask the network for the host's name


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class Sender:
    name: str = ""
    email: str = ""


def load_sender() -> Sender:
    data = read_toml(config_path()) or {}
    me = data.get("me", {})
    if not isinstance(me, dict):
        raise UsageError(f"{config_path()}: [me] must be a table (name = \"...\", email = \"...\")")
    name, email = me.get("name", ""), me.get("email", "")
    if not isinstance(name, str) or not isinstance(email, str):
        raise UsageError(f"{config_path()}: [me] name and email must be strings")
    return Sender(name.strip(), email.strip())


def _address(name: str, email: str) -> Address:
    local, _, domain = email.strip().rpartition("@")
    return Address(display_name=" ".join(clean_text(name).split()), username=local, domain=domain)


def build_eml(to: list[Recipient], subject: str, body: str, *, sender: Sender | None = None,
              now: datetime | None = None) -> bytes:
    """The draft as bytes: CRLF line ends, UTF-8 text in quoted-printable, headers encoded as RFC 2047 needs."""
    msg = EmailMessage(policy=policy.SMTP)
    if sender is not None and sender.email:
        msg["From"] = _address(sender.name, sender.email)
    msg["To"] = [_address(r.name, r.email) for r in to]
    msg["Subject"] = " ".join(clean_text(subject).split())
    msg["Date"] = format_datetime((now or datetime.now()).astimezone())
    msg["Message-ID"] = make_msgid(domain=MESSAGE_ID_DOMAIN)
    msg["X-Unsent"] = "1"
    msg["X-Mailer"] = "cardscan"
    msg.set_content(body if body.endswith("\n") else body + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=policy.SMTP)
