"""vCard 3.0 and MECARD payloads for a contact, and the QR code image (segno)."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import segno

from .places import COUNTRY_NAMES_EN

_TEL_TYPES = {"work": "WORK,VOICE", "mobile": "CELL", "fax": "WORK,FAX", "home": "HOME,VOICE", "other": "VOICE"}


def _esc(value: str | None) -> str:
    if not value:
        return ""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcard_payload(contact: dict[str, Any]) -> str:
    """A vCard 3.0 text with the same data the card prints."""
    c = contact
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             "N:" + ";".join(_esc(c.get(k)) for k in ("family_name", "given_name", "middle_name", "prefix", "suffix")),
             f"FN:{_esc(c['name'])}"]
    if c.get("company") or c.get("department"):
        lines.append("ORG:" + _esc(c.get("company")) + (";" + _esc(c["department"]) if c.get("department") else ""))
    if c.get("title"):
        lines.append(f"TITLE:{_esc(c['title'])}")
    for p in c.get("phones", []):
        lines.append(f"TEL;TYPE={_TEL_TYPES[p['type']]}:{p['number']}")
    for e in c.get("emails", []):
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    for w in c.get("websites", []):
        lines.append(f"URL:{w}")
    for s in c.get("social", []):
        lines.append(f"X-SOCIALPROFILE;TYPE={s['service']}:{s['url']}")
    a = c.get("address")
    if a:
        country = COUNTRY_NAMES_EN.get(a["country"], a["country"])
        lines.append("ADR;TYPE=WORK:;;" + ";".join(_esc(a.get(k)) for k in ("street", "city", "region", "postcode"))
                     + ";" + _esc(country))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def _mesc(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace(":", "\\:")


def mecard_payload(contact: dict[str, Any]) -> str:
    """A MECARD (the short format some card printers use): name, phones, e-mails, web, address."""
    c = contact
    parts = [f"N:{_mesc(c['family_name'] or '')},{_mesc(c['given_name'] or '')}"]
    parts += [f"TEL:{p['number']}" for p in c.get("phones", [])]
    parts += [f"EMAIL:{e}" for e in c.get("emails", [])]
    parts += [f"URL:{_mesc(w)}" for w in c.get("websites", [])]
    a = c.get("address")
    if a:
        adr = ", ".join(x for x in (a["street"], f"{a['postcode']} {a['city']}", a["country"]) if x)
        parts.append(f"ADR:{_mesc(adr)}")
    if c.get("company"):
        parts.append(f"ORG:{_mesc(c['company'])}")
    return "MECARD:" + ";".join(parts) + ";;"


@functools.lru_cache(maxsize=64)
def qr_matrix(payload: str, error: str = "m") -> np.ndarray:
    """The QR code's modules as a bool array (True = dark), without quiet zone."""
    code = segno.make(payload, error=error, micro=False, boost_error=False)
    return np.array([[bool(v) for v in row] for row in code.matrix], dtype=bool)


def qr_image(payload: str, module_px: int, quiet: int = 3, error: str = "m") -> np.ndarray:
    """A greyscale uint8 image of the QR code (black on white) with `quiet` modules of white around it."""
    m = np.pad(qr_matrix(payload, error), quiet, constant_values=False)
    img = np.where(m, 0, 255).astype(np.uint8)
    return np.kron(img, np.ones((module_px, module_px), dtype=np.uint8))
