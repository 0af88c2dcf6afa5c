"""Web addresses and social profiles.

Websites become "https://" + the printed address without scheme, host lower-cased,
no trailing slash. Profiles on a known service keep the printed host and path; a
handle printed with a service label ("X: @anna", "GitHub: anna") becomes the
service's canonical URL.
"""

from __future__ import annotations

import re

from cardscan.extract.company import legal_form, legal_form_free
from cardscan.extract.emails import EMAIL_LABEL_START
from cardscan.extract.geo import COM_MISREADS, COUNTRY_TLDS, KNOWN_TLDS, ROOT_ZONE_TLDS, SECOND_LEVEL_LABELS
from cardscan.extract.givennames import is_given_name
from cardscan.extract.hits import Hit, cut
from cardscan.model import SocialProfile

SOCIAL_SERVICES = ("linkedin", "x", "xing", "github", "instagram", "facebook", "mastodon", "youtube")

# host (without "www.") -> service
_SOCIAL_HOSTS = {
    "linkedin.com": "linkedin", "x.com": "x", "twitter.com": "x", "xing.com": "xing", "xing.de": "xing",
    "github.com": "github", "instagram.com": "instagram", "instagr.am": "instagram", "facebook.com": "facebook",
    "fb.com": "facebook", "fb.me": "facebook", "m.facebook.com": "facebook", "youtube.com": "youtube",
    "youtu.be": "youtube", "mastodon.social": "mastodon", "mastodon.online": "mastodon", "mstdn.social": "mastodon",
    "fosstodon.org": "mastodon",
}
# printed label -> service
_SERVICE_LABELS = {
    "linkedin": "linkedin", "linked in": "linkedin", "x": "x", "twitter": "x", "x/twitter": "x",
    "x (twitter)": "x", "xing": "xing", "github": "github", "git hub": "github", "instagram": "instagram",
    "insta": "instagram", "ig": "instagram", "facebook": "facebook", "fb": "facebook", "mastodon": "mastodon",
    "youtube": "youtube", "yt": "youtube",
}
_CANONICAL = {
    "linkedin": "https://linkedin.com/in/{}",
    "x": "https://x.com/{}",
    "xing": "https://xing.com/profile/{}",
    "github": "https://github.com/{}",
    "instagram": "https://instagram.com/{}",
    "facebook": "https://facebook.com/{}",
    "youtube": "https://youtube.com/@{}",
}
WEB_LABELS_RE = re.compile(
    r"(?:(?<=\s)|^)(?:web(?:site|seite)?|www|w|internet|site(?: web)?|homepage|url|sito(?: web)?|p[áa]gina(?: web)?|"
    r"webbplats|webb|hemsida|webadres|online|i)\s*[.:]?\s*[|·•:]?\s*$",
    re.IGNORECASE,
)
_HOST = r"(?:[a-z0-9\u00e0-\u024f](?:[a-z0-9\u00e0-\u024f-]{0,61}[a-z0-9\u00e0-\u024f])?\.)+"
_URL_RE = re.compile(
    r"(?<![\w@.])(?P<scheme>https?://)?(?P<host>" + _HOST + r"(?P<tld>[a-z]{2,24}))(?![\w@-])"
    r"(?P<port>:\d{2,5})?(?P<path>/[^\s,;|·•<>\"']*)?",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(
    r"(?:(?<=\s)|^)(?P<label>linked\s?in|x\s*/\s*twitter|x\s*\(twitter\)|twitter|xing|git\s?hub|instagram|insta|"
    r"facebook|mastodon|youtube|ig|fb|yt|x)\b\s*(?P<colon>[:/]?)\s*(?P<handle>@?[\w.\-]+(?:@[\w-]+(?:\.[\w-]+)+)?)",
    re.IGNORECASE,
)


_COM_MISREAD = re.compile(r"(?i)(\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.)(?:" + "|".join(sorted(COM_MISREADS))
                          + r")\b(?![.\w])")


def _join_breaks(text: str) -> str:
    """Undo OCR spaces inside web addresses: "www. voorbeeld.nl", "www .x.nl", "voorbeeld. nl", "http:// x.de"."""
    text = re.sub(r"(?i)\b(https?:)\s*/\s*/\s*", r"\1//", text)
    # "http¥/www.", "httpž/www.", "http:/www.": whatever the OCR made of "://" before "www."
    text = re.sub(r"(?i)\b(https?)[^\s]{0,3}?(?=www\.)", r"\1://", text)
    # "websiteewww.x.com", "Webwww.x.de": the label glued to the address (the colon and the space lost)
    text = re.sub(r"(?i)\b(?:web(?:site|seite)?|url|site|homepage)[a-z]?(?=www\.)", "", text)
    # "http¥//voorbeeld.nl", "https;/voorbeeld.co.uk": one to four stray signs between a scheme and any host
    text = re.sub(r"(?i)\b(https?)[^\w\s]{1,4}(?=(?:[a-z0-9-]+\.)+[a-z]{2,}\b)", r"\1://", text)
    # "www.voorbeeld,com", "www.voorbeeld.co,uk": a comma read for the last dot of a web address
    text = re.sub(r"(?i)((?:\bwww\.|://)[a-z0-9-]+(?:\.[a-z0-9-]+)*),([a-z]{2,6})\b(?![.\w])",
                  lambda m: f"{m.group(1)}.{m.group(2)}" if _tld_after(m.group(1), m.group(2)) else m.group(0), text)
    # "ww.voorbeeld.nl": a "w" lost; "ww.w.voorbeeld.nl", "w.ww.voorbeeld.nl": the dot read a letter too early
    text = re.sub(r"(?i)(?<![\w.@/])(?:ww\.w|w\.ww)\.(?=[a-z0-9][a-z0-9-]*\.[a-z]{2,})", "www.", text)
    text = re.sub(r"(?i)(?<![\w.@/])ww\.(?=[a-z0-9][a-z0-9-]*\.[a-z]{2,})", "www.", text)
    # "www.voorbeeld.ccm", ".corn", ".con": ".com" misread, endings of no top-level domain
    text = _COM_MISREAD.sub(r"\1com", text)
    # "www.voorbeeld.co jp": the dot before a country domain read as a space
    text = re.sub(r"(?i)(\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:" + "|".join(sorted(SECOND_LEVEL_LABELS)) +
                  r"))\s+([a-z]{2})\b(?![.\w])",
                  lambda m: m.group(1) + "." + m.group(2) if m.group(2).lower() in COUNTRY_TLDS else m.group(0), text)
    text = re.sub(r"(?i)\b(https?):/+[A-Za-z|]?(?=www\.)", r"\1://", text)  # "https:/Awww.x.de"
    text = re.sub(r"(?i)(?<![\w.@])(www)\s*\.\s*(?=[a-z0-9])", r"\1.", text)
    text = re.sub(r"(?i)(?<![\w.@])(www)[,:;](?=[a-z0-9])", r"\1.", text)
    # "www voorbeeld.nl" (the dot lost), "wwwvoorbeeld.nl" (the dot lost and the space too)
    text = re.sub(r"(?i)(?<![\w.@/])(www)\s+(?=[a-z0-9][a-z0-9-]*\.[a-z]{2,})", r"\1.", text)
    text = re.sub(r"(?i)(?<![\w.@/])(www)(?=[a-z0-9][a-z0-9-]{2,}\.[a-z]{2,}\b)", r"\1.", text)
    # "linkedin.com/in /anna", "github.com /anna": a space read inside the path
    text = re.sub(r"(?i)(\b[a-z0-9-]+\.[a-z]{2,}(?:/[\w.\-]+)*)\s+(/[\w@])", r"\1\2", text)
    text = re.sub(r"(?i)(\b[a-z0-9-]+\.[a-z]{2,}/(?:in|profile|company|pub))/?\s+(?=[\w-]{3,}\b)", r"\1/", text)

    def tld_gap(m: re.Match[str]) -> str:
        return m.group(1) + "." + m.group(2) if _tld_after(m.group(1), m.group(2)) else m.group(0)

    # "voorbeeld. nl", "voorbeeld .nl" where the host already has a dot or starts with www
    text = re.sub(r"(?i)(\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)\s*\.\s*([a-z]{2,6})\b(?!\.)", tld_gap, text)
    # "xing.com/profile/Anna Berg", "instagram.com/studio voorbeeld": the OCR lost an underscore in the profile name
    text = re.sub(r"(?i)^(\s*(?:https?://)?(?:www\.)?(?:xing\.com/profile|instagram\.com|x\.com|twitter\.com|github\.com)"
                  r"/[\w.\-]+)((?:\s+[\w][\w.\-]*)+)\s*$",
                  lambda m: m.group(1) + "_".join(["", *m.group(2).split()]), text)
    return text


def _tld_after(host: str, label: str) -> bool:
    """Whether `label` can end the domain `host` starts: a known top-level domain, or a country's after a
    second-level label ("voorbeeld.com" + "tr", "voorbeeld.co" + "uk")."""
    label = label.lower()
    return label in KNOWN_TLDS or (label in COUNTRY_TLDS and host.lower().rsplit(".", 1)[-1] in SECOND_LEVEL_LABELS)


def website_url(host: str, port: str | None, path: str | None) -> str:
    path = (path or "").rstrip(".,;:)!?")
    path = path.rstrip("/")
    return "https://" + host.lower() + (port or "") + path


def _social_of(host: str) -> str | None:
    bare = host.lower()
    if bare.startswith("www."):
        bare = bare[4:]
    if bare.startswith(("m.", "de.", "nl.", "fr.", "it.", "es.", "pt.", "se.", "uk.")) and bare[3:] in _SOCIAL_HOSTS:
        bare = bare[3:]
    return _SOCIAL_HOSTS.get(bare)


def _handle_url(service: str, handle: str) -> str | None:
    handle = handle.strip().rstrip(".,;:")
    if service == "mastodon":
        m = re.fullmatch(r"@?([\w.-]+)@([\w-]+(?:\.[\w-]+)+)", handle)
        return f"https://{m.group(2).lower()}/@{m.group(1)}" if m else None
    handle = handle.lstrip("@")
    if not handle or not re.fullmatch(r"[\w.\-]+", handle) or handle.count(".") > 2:
        return None
    return _CANONICAL[service].format(handle)


# A chat server or an invitation to a chat group, printed beside the website
_CHAT_LABEL = re.compile(r"(?i)\b(?:irc|matrix|xmpp|jabber)\s*[:.]?\s*(?:#\S+\s+)?$")
_CHAT_HOSTS = frozenset(("discord.gg", "discord.com", "discordapp.com", "t.me", "wa.me", "chat.whatsapp.com"))


def _alone(text: str, m: re.Match[str], host: str) -> bool:
    """A host in lower case that is all its line holds ("example.in;" in a column of the card's addresses): a web
    address whatever country's domain it has."""
    labels = host.split(".")
    return host.islower() and not m.group("path") and not text[:m.start()].strip() \
        and not text[m.end():].strip(" ;,.") and len(labels[-2]) >= 3 \
        and not re.fullmatch(r"[wv]{1,4}[a-z]?", labels[0])  # ("w.example.ba", "wwa.example.si": a damaged "www.")


def find_web(text: str) -> tuple[list[Hit], list[Hit], str]:
    """(websites, social profiles, the text with them cut out) of a piece of text with no e-mail in it."""
    text = _join_breaks(text)
    websites: list[Hit] = []
    social: list[Hit] = []
    spans: list[tuple[int, int]] = []
    for m in _URL_RE.finditer(text):
        tld = m.group("tld").lower()
        host = m.group("host")
        labels = host.lower().split(".")
        if len(labels) < 2 or any(not lab for lab in labels) or (labels[0] == "www" and len(labels) == 2):
            continue  # ("www.aw": "www." and a top-level domain, the rest of the name cut off)
        if tld not in KNOWN_TLDS and not (m.group("scheme") and tld.isalpha()) and \
                not (labels[0] == "www" and tld in ROOT_ZONE_TLDS):
            # Another country's domain: only where nothing else can be meant ("www.x.jp", "x.com.tr", "URL x.vn");
            # after a scheme, or after "www." if the root zone has it, any top-level domain ("https://x.aws",
            # "www.x.coach")
            plain = not (labels[0] == "www" or WEB_LABELS_RE.search(text[:m.start()]) or _alone(text, m, host))
            if tld not in COUNTRY_TLDS or (plain and (len(labels) < 3 or labels[-2] not in SECOND_LEVEL_LABELS)):
                continue
        # "e.V.", "S.p.A", "Dipl.Ing" never pass the TLD list; a short host with an upper-case TLD and no www is
        # more likely an abbreviation ("Str.De") than an address, unless it has a scheme or a path.
        if not m.group("scheme") and not host.lower().startswith("www.") and not m.group("path"):
            if m.group("tld").isupper() and not host.isupper():
                continue
            if len(labels[-2]) < 2:
                continue
            # "Rd.No.7", "Art.Nr.12": abbreviations before a number, not a host
            if re.match(r"\.\d", text[m.end():]):
                continue
            # "E-mail: anna firm.com": an address whose "@" the OCR lost, not the card's website
            if EMAIL_LABEL_START.match(text[:m.start()]):
                continue
            # "Example.Net, Inc.": a company named after its domain, with its legal form after it
            after = text[m.end():]
            if legal_form(after) and not legal_form_free(after).strip(" ,.&"):
                continue
        if _CHAT_LABEL.search(text[:m.start()]) or host.lower().removeprefix("www.") in _CHAT_HOSTS:
            continue  # "IRC: irc.example.net", "discord.gg/abc": where to chat, not the firm's website
        start = m.start()
        web_label = WEB_LABELS_RE.search(text[:start])
        if web_label:
            start = web_label.start()
        service = _social_of(host)
        certainty = 0.95 if (m.group("scheme") or host.lower().startswith("www.") or m.group("path")) else 0.9
        if service:
            url = website_url(host, m.group("port"), m.group("path"))
            if url.count("/") < 3:  # the service's home page, not a profile
                continue
            label_m = re.search(r"(?i)(?:linked\s?in|twitter|x|xing|git\s?hub|instagram|facebook|youtube|mastodon)"
                                r"\s*[:.]?\s*$", text[:start])
            if label_m:
                start = label_m.start()
            social.append(Hit(SocialProfile(service, url), certainty, " ".join(text[start:m.end()].split())))
        else:
            url = website_url(host, m.group("port"), m.group("path"))
            websites.append(Hit(url, certainty, " ".join(text[start:m.end()].split())))
        spans.append((start, m.end()))
    rest = cut(text, spans)
    text2 = rest
    hspans: list[tuple[int, int]] = []
    for hm in _HANDLE_RE.finditer(text2):
        name_label = re.sub(r"\s+", " ", hm.group("label").lower())
        name_label = name_label.replace(" ", "") if name_label not in _SERVICE_LABELS else name_label
        service = _SERVICE_LABELS.get(name_label) or _SERVICE_LABELS.get(name_label.replace(" ", ""))
        handle = hm.group("handle")
        if service is None or re.fullmatch(r"@?[\d.\-]+", handle):
            continue  # no service, or digits only: "F A X: 81-52-123-4567" is a fax number, no X handle
        # A bare single letter or a short label needs a clear handle mark: "X: anna", "X @anna", "IG @studio".
        if len(name_label) <= 2 and not (hm.group("colon") or handle.startswith("@")):
            continue
        if service != "mastodon" and not handle.startswith("@") and not hm.group("colon") \
                and hm.group("label")[:1].islower():
            continue
        end = hm.end()
        tail = text2[end:]
        if handle.startswith("@") and service != "mastodon" and re.fullmatch(r"(?:\s+[a-z0-9][\w.\-]*)+\s*", tail):
            # "X: @anna van den berg" is all the segment holds: the OCR lost the underscores of "@anna_van_den_berg"
            handle = "_".join([handle, *tail.split()])
            end = len(text2)
        handle_url = _handle_url(service, handle)
        if handle_url is None:
            continue
        social.append(Hit(SocialProfile(service, handle_url), 0.85 if end == hm.end() else 0.6,
                          " ".join(text2[hm.start():end].split())))
        hspans.append((hm.start(), end))
    # A bare fediverse address "@anna@mastodon.social"
    rest = cut(text2, hspans)
    fspans: list[tuple[int, int]] = []
    for m in re.finditer(r"(?<![\w@])@([\w.-]+)@((?:[\w-]+\.)+(?:social|online|org|net|de|nl|fr|it|eu|io|com|uk|se))"
                         r"(?![\w.])", rest):
        social.append(Hit(SocialProfile("mastodon", f"https://{m.group(2).lower()}/@{m.group(1)}"), 0.8, m.group(0)))
        fspans.append((m.start(), m.end()))
    return websites, social, cut(rest, fspans)


def social_from_url(value: str, service_hint: str | None = None) -> SocialProfile | None:
    """A social profile from a URL ("linkedin.com/in/anna") or a handle with its service ("x", "@anna")."""
    value = value.strip().rstrip("/")
    hint = _SERVICE_LABELS.get((service_hint or "").strip().lower())
    m = re.fullmatch(r"(?i)(https?://)?([^/\s@]+\.[a-z]{2,24})(?::\d+)?(/\S*)?", value)
    if m:
        host, path = m.group(2), m.group(3) or ""
        service = _social_of(host) or (hint if hint == "mastodon" and "/@" in path else None)
        if service is None:
            return None
        url = website_url(host, None, path)
        return SocialProfile(service, url) if url.count("/") >= 3 else None
    if hint is not None and re.fullmatch(r"@?[\w.\-]+(?:@[\w-]+(?:\.[\w-]+)+)?", value):
        handle_url = _handle_url(hint, value)
        return SocialProfile(hint, handle_url) if handle_url else None
    return None


def host_fragments(hosts: list[str]) -> set[int]:
    """Which hosts are the end of another one the card prints, cut inside a label ("ple.se" beside
    "www.letsample.se": a card half hidden by another in a photo of several, a line the OCR cut). A host that ends at
    a dot of the other ("shop.example.se" beside "example.se"), or that was printed with "www.", is whole."""
    names = [h.lower().removeprefix("www.") for h in hosts]
    return {i for i, (host, name) in enumerate(zip(hosts, names, strict=True))
            if not host.lower().startswith("www.") and any(
                len(other) > len(name) and other.endswith(name) and other[-len(name) - 1] != "." for other in names)}


def url_host(url: str) -> str:
    """The host of a web address as printed or stored ("https://www.example.com/team" -> "www.example.com")."""
    return url.split("://", 1)[-1].split("/", 1)[0]


# A bare handle printed on a card ("@ExampleCafe", "@example.caffe"): the firm's name on its social pages
BARE_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][\w.]{2,29})(?![\w@])")


def handle_domains(texts: list[str], profiles: list[SocialProfile]) -> list[str]:
    """The card's social handles as names a firm goes by, written like domains ("examplecafe.handle"): for a card
    with no domain of its own (a free mailbox only), the handle names the firm the way its domain would. A handle
    that begins with a known given name or spells a line that does is a person's, and one ending in a top-level
    domain is a piece of an address: both are left out."""
    # the card's lines that begin with a known given name, run together ("annaexample"): a person's handle spells one
    people = [re.sub(r"[^a-z0-9]", "", t.lower()) for t in texts if (w := t.split()) and is_given_name(w[0])]
    handles = [m.group(1) for text in texts for m in BARE_HANDLE.finditer(text)]
    handles += [p.url.rstrip("/").rsplit("/", 1)[-1].lstrip("@") for p in profiles if p.service != "linkedin"]
    out: list[str] = []
    for handle in handles:
        words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", handle)  # "ElExample" -> El, Example
        if not words or is_given_name(words[0].capitalize()) or handle.rsplit(".", 1)[-1].lower() in ROOT_ZONE_TLDS:
            continue  # a person's handle; "@gmail.com", "@example.events": what an e-mail address left
        flat = re.sub(r"[^a-z0-9]", "", handle.lower())
        if any(len(person) >= 6 and (person in flat or flat in person) for person in people):
            continue
        if len(flat) >= 4 and f"{flat}.handle" not in out:
            out.append(f"{flat}.handle")
    return out
