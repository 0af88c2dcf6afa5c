"""Plain data types shared by every part of cardscan. No I/O here.

A `Contact` holds `Field`s: each value carries the confidence (0..1) the
extractor has in it and the source it came from (the OCR line, "qr" for a QR
payload, or "user" for an edit made in triage).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")

SOURCE_QR = "qr"
SOURCE_USER = "user"

# Names of the contact fields as they appear in the scan JSON contract, in order.
SCALAR_FIELDS = (
    "name",
    "prefix",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "title",
    "department",
    "company",
)
LIST_FIELDS = ("emails", "phones", "websites", "social")
CONTACT_FIELDS = SCALAR_FIELDS + LIST_FIELDS + ("address",)
# Fields that get a confidence entry in the scan contract (the name parts share "name").
CONFIDENCE_FIELDS = ("name", "title", "department", "company", *LIST_FIELDS, "address")
PHONE_TYPES = ("work", "mobile", "fax", "home", "other")
KEEP_WARM_CADENCES = {"weekly": 7, "monthly": 30, "quarterly": 91}  # cadence -> days between calls


@dataclass(frozen=True)
class Field(Generic[T]):
    value: T
    confidence: float = 1.0
    source: str = ""
    doubt: str = ""  # what on the card speaks against the value ("printed fuller on another line"), if anything

    def with_value(self, value: T, source: str = SOURCE_USER) -> Field[T]:
        return Field(value, 1.0 if source == SOURCE_USER else self.confidence, source)


@dataclass(frozen=True)
class Phone:
    number: str  # E.164, e.g. "+31201234567"
    type: str = "work"  # one of PHONE_TYPES
    text: str = ""  # as printed on the card, e.g. "T 020 123 4567"


@dataclass(frozen=True)
class SocialProfile:
    service: str  # linkedin, x, xing, github, instagram, facebook, mastodon, ...
    url: str


@dataclass(frozen=True)
class Address:
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2

    def is_empty(self) -> bool:
        return not any((self.street, self.postcode, self.city, self.region, self.country))

    def to_dict(self) -> dict[str, str | None]:
        return {
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            "region": self.region,
            "country": self.country,
        }


@dataclass
class Contact:
    name: Field[str] | None = None  # full name as it should be displayed
    prefix: Field[str] | None = None
    given_name: Field[str] | None = None
    middle_name: Field[str] | None = None
    family_name: Field[str] | None = None
    suffix: Field[str] | None = None
    title: Field[str] | None = None
    department: Field[str] | None = None
    company: Field[str] | None = None
    emails: list[Field[str]] = field(default_factory=list)
    phones: list[Field[Phone]] = field(default_factory=list)
    websites: list[Field[str]] = field(default_factory=list)
    social: list[Field[SocialProfile]] = field(default_factory=list)
    address: Field[Address] | None = None

    def value(self, name: str) -> Any:
        """The plain value of a scalar field, or None."""
        f = getattr(self, name)
        return f.value if f is not None else None

    def fields(self, name: str) -> list[Field[Any]]:
        """A field's entries as a list, whether it holds a list (emails, phones, ...) or one field or none."""
        f = getattr(self, name)
        return list(f) if isinstance(f, list) else [f] if f is not None else []

    def display_name(self) -> str:
        return self.value("name") or self.value("company") or (self.emails[0].value if self.emails else "")

    def to_dict(self) -> dict[str, Any]:
        """The `contact` object of the scan JSON contract (plain values)."""
        out: dict[str, Any] = {k: self.value(k) for k in SCALAR_FIELDS}
        out["emails"] = [f.value for f in self.emails]
        out["phones"] = [{"number": f.value.number, "type": f.value.type, "text": f.value.text} for f in self.phones]
        out["websites"] = [f.value for f in self.websites]
        out["social"] = [{"service": f.value.service, "url": f.value.url} for f in self.social]
        out["address"] = self.address.value.to_dict() if self.address is not None else None
        return out

    def confidences(self) -> dict[str, float]:
        """The `confidence` object of the scan JSON contract: one figure per field present."""
        out: dict[str, float] = {}
        for k in CONFIDENCE_FIELDS:
            if fields := self.fields(k):
                out[k] = round(min(x.confidence for x in fields), 3)
        return out

    def doubts(self) -> dict[str, str]:
        """The `doubts` object of the scan JSON contract: per field, what on the card speaks against it (each reason
        once, "; " between them); fields nothing speaks against are left out."""
        out: dict[str, str] = {}
        for k in CONFIDENCE_FIELDS:
            reasons = [x.doubt for x in self.fields(k) if x.doubt]
            if reasons:
                out[k] = "; ".join(dict.fromkeys(reasons))
        return out

    def to_json(self) -> dict[str, Any]:
        """Lossless form (values, confidences and sources) for storage."""
        def enc(f: Field[Any]) -> dict[str, Any]:
            v = f.value
            if isinstance(v, Phone):
                v = {"number": v.number, "type": v.type, "text": v.text}
            elif isinstance(v, SocialProfile):
                v = {"service": v.service, "url": v.url}
            elif isinstance(v, Address):
                v = v.to_dict()
            out = {"value": v, "confidence": f.confidence, "source": f.source}
            return out | {"doubt": f.doubt} if f.doubt else out

        out: dict[str, Any] = {}
        for k in CONTACT_FIELDS:
            f = getattr(self, k)
            if isinstance(f, list):
                out[k] = [enc(x) for x in f]
            elif f is not None:
                out[k] = enc(f)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Contact:
        def dec(k: str, d: dict[str, Any]) -> Field[Any]:
            v = d["value"]
            if k == "phones":
                v = Phone(**v)
            elif k == "social":
                v = SocialProfile(**v)
            elif k == "address":
                v = Address(**v)
            return Field(v, float(d.get("confidence", 1.0)), str(d.get("source", "")), str(d.get("doubt", "")))

        c = cls()
        for k in CONTACT_FIELDS:
            if k not in data:
                continue
            if k in LIST_FIELDS:
                setattr(c, k, [dec(k, x) for x in data[k]])
            elif data[k] is not None:
                setattr(c, k, dec(k, data[k]))
        return c

    def copy(self) -> Contact:
        return replace(self, emails=list(self.emails), phones=list(self.phones),
                       websites=list(self.websites), social=list(self.social))


class Pocket(StrEnum):
    PENDING = "pending"
    KEEP = "keep"  # right pocket: keep in touch
    DISCARD = "discard"  # left pocket


@dataclass
class Card:
    """A card as it lives in the library."""

    contact: Contact
    id: int | None = None
    pocket: Pocket = Pocket.PENDING
    note: str = ""  # the back of the card
    follow_up: date | None = None
    tags: list[str] = field(default_factory=list)
    event: str | None = None
    met_on: date | None = None  # the date the photo was taken
    source_path: str = ""  # the original photo, as given to scan
    card_index: int = 0  # which card of that photo
    quad: list[tuple[float, float]] = field(default_factory=list)
    crop_path: str | None = None  # image file of the straightened card, inside the library
    qr: bool = False
    text: str = ""  # all OCR text
    created_at: datetime | None = None
    duplicate_of: list[int] = field(default_factory=list)  # ids of probable duplicates
    follow_up_done: date | None = None  # the day the follow-up was marked done
    keep_warm: str | None = None  # call cadence: one of KEEP_WARM_CADENCES, None when off


# --- OCR results (filled by cardscan.ocr, read by cardscan.extract) ---


@dataclass(frozen=True)
class OcrWord:
    text: str
    confidence: float  # 0..1
    box: tuple[int, int, int, int]  # x, y, width, height in the card image


@dataclass(frozen=True)
class OcrLine:
    words: tuple[OcrWord, ...]
    box: tuple[int, int, int, int]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)

    @property
    def height(self) -> int:
        return self.box[3]


@dataclass(frozen=True)
class OcrPage:
    lines: tuple[OcrLine, ...]
    engine: str = ""
    languages: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
