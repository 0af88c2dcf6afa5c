"""E-mail addresses, websites and social profiles as cards print them, with their normalised truth."""

from __future__ import annotations

import random
from typing import Any

from . import words as W
from .lines import PrintedLine, ascii_slug, label_sep


def email_local(rng: random.Random, given: str, family: str, lang: str) -> str:
    g = ascii_slug(given, lang, "-")
    f = ascii_slug(family, lang)
    style = rng.random()
    if len(g) + len(f) > 16:
        style = 0.5 + 0.3 * style  # long names: initial + family or given name only
    if style < 0.45:
        return f"{g}.{f}"
    if style < 0.65:
        return f"{g[0]}.{f}"
    if style < 0.8:
        return g.replace("-", "")
    if style < 0.9:
        return f"{g[0]}{f}"
    return f"{g}{f}"


def emails_and_web(rng: random.Random, lang: str, person: dict[str, Any], domain: str, has: dict[str, bool],
                   label_style: str) -> tuple[list[PrintedLine], list[str], list[str]]:
    """Printed e-mail and website lines; the e-mails (lowercase) and websites ("https://" + host + path)."""
    lines: list[PrintedLine] = []
    emails: list[str] = []
    icons = label_style == "icons"
    email_label = rng.choice(W.EMAIL_LABELS[lang]) if rng.random() < 0.5 and label_style == "text" else ""
    icon = "email" if icons else None
    if has["email"]:
        local = email_local(rng, person["given_name"] or "", person["family_name"] or "", lang)
        emails.append(f"{local}@{domain}")
        if rng.random() < 0.1:
            emails.append(f"{rng.choice(['info', 'office', 'contact', 'hello'])}@{domain}")
    for e in emails:
        printed = e if rng.random() < 0.9 or "." not in e.split("@")[0] else \
            ".".join(p.capitalize() for p in e.split("@")[0].split(".")) + "@" + e.split("@")[1]
        text = f"{email_label}{label_sep(rng, email_label)}{printed}" if email_label else printed
        lines.append(PrintedLine("email", text, icon))

    websites: list[str] = []
    if has["website"]:
        r = rng.random()
        host = f"www.{domain}" if r < 0.7 else domain
        path = rng.choice(["/team", "/contact", "/en"]) if rng.random() < 0.08 else ""
        shown = host + path
        if rng.random() < 0.08:
            shown = "https://" + shown
        if rng.random() < 0.08:
            stem_part, _, rest = host.partition(".") if not host.startswith("www.") else ("www", "", host[4:])
            if stem_part == "www":
                shown = shown.replace(rest.split(".")[0], rest.split(".")[0].capitalize(), 1)
        label = rng.choice(W.WEB_LABELS[lang]) if email_label and rng.random() < 0.8 else ""
        lines.append(PrintedLine("website", f"{label}{label_sep(rng, label)}{shown}" if label else shown,
                                 "web" if icons else None))
        websites.append("https://" + (host + path).lower().replace("https://", ""))

    return lines, emails, websites


def social_profiles(rng: random.Random, lang: str, person: dict[str, Any], core: str,
                    has_company: bool) -> tuple[list[PrintedLine], list[dict[str, str]]]:
    """Printed social lines and their canonical profile URLs."""
    lines: list[PrintedLine] = []
    social: list[dict[str, str]] = []
    n_social = 0 if rng.random() < 0.65 else rng.choice([1, 1, 2])
    services = ["linkedin", "linkedin", "x", "github", "instagram"] + (["xing", "xing"] if lang == "de" else [])
    handle_base = ascii_slug(f"{person['given_name']} {person['family_name']}", lang, rng.choice(["", "-"]))
    for service in rng.sample(services, k=min(n_social, len(set(services)))) if n_social else []:
        if any(s["service"] == service for s in social):
            continue
        if service == "linkedin":
            text = f"linkedin.com/in/{handle_base}"
            url = f"https://{text}"
        elif service == "xing":
            h = ascii_slug(person["given_name"] or "", lang).capitalize() + "_" + \
                ascii_slug((person["family_name"] or "").split()[-1], lang).capitalize()
            text = f"xing.com/profile/{h}"
            url = f"https://{text}"
        elif service == "github":
            h = handle_base.replace("-", "")[:24]
            text = f"github.com/{h}" if rng.random() < 0.5 else f"GitHub: {h}"
            url = f"https://github.com/{h}"
        elif service == "x":
            h = handle_base.replace("-", "_")[:24]
            text = f"X: @{h}" if rng.random() < 0.7 else f"Twitter: @{h}"
            url = f"https://x.com/{h}"
        else:
            h = ascii_slug(core if has_company else handle_base, lang, rng.choice([".", "_", ""]))[:24]
            text = f"Instagram: @{h}" if rng.random() < 0.7 else f"instagram.com/{h}"
            url = f"https://instagram.com/{h}"
        social.append({"service": service, "url": url})
        lines.append(PrintedLine("social", text))

    return lines, social
