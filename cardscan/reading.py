"""One photo -> its cards, read: find, straighten, turn upright, OCR, extract, QR.

Runs inside a worker process with a persistent OCR engine. Pure of storage: the caller stores.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import cv2
import numpy as np

from cardscan.errors import CardscanError, InputFileError, NoCardFoundError
from cardscan.extract import extract_contact, merge_qr, parse_qr_payload, unused_lines
from cardscan.extract.sides import fronts_of_backs, with_back
from cardscan.imaging import (
    QrCode,
    blank_qr,
    find_cards,
    find_qr,
    load_photo,
    rotate_quarter,
    text_orientation_hint,
    warp_card,
)
from cardscan.imaging.detect import downscale
from cardscan.imaging.widen import sides_cutting_print, widen_to_frame
from cardscan.model import Contact, OcrPage
from cardscan.ocr import OcrEngine
from cardscan.ocr.lines import weighted_confidence

CROP_LONG_SIDE = 1200  # the card image kept in the library
CROP_JPEG_QUALITY = 85
# Cards are read at least this long (pixels): below it an 85 mm card's 7-point print is under about 10 px high,
# too small for the OCR engines (imaging.straighten upscales by at most 1.5x on its own). Measured on the real
# development photos with rapidocr, upscaling cards of 800-1200 px as well changed nothing on balance.
OCR_MIN_LONG_SIDE = 800
OCR_MAX_UPSCALE = 3  # beyond the straightened size: a smaller card holds too little to read anyway
MIN_CUT_LETTERS = 2  # a line read with fewer letters and digits may be a speck or the table's texture, not print


@dataclass
class CardResult:
    index: int
    quad: list[tuple[float, float]]
    contact: Contact
    qr: bool
    text: str
    crop_jpeg: bytes
    rotation: int  # quarter turns applied (degrees) to make the straightened card upright
    unused: list[str] = field(default_factory=list)  # lines that look like contact data but gave no field


@dataclass
class PhotoResult:
    source: str  # the path as given
    sha256: str | None = None
    taken_at: datetime | None = None
    cards: list[CardResult] = field(default_factory=list)
    error: str | None = None  # one user-facing line when the photo could not be read
    data: bytes | None = None  # the photo's bytes as read and hashed: the library keeps these, never a re-read
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage (STAGES), for the benchmark
    cpu_stages: dict[str, float] = field(default_factory=dict)  # CPU seconds of the reading process per stage

    @property
    def ok(self) -> bool:
        return self.error is None


# Where a photo's time goes: decoding, finding the cards, straightening them (and QR codes), OCR,
# field extraction, and the JPEG of each card kept in the library.
STAGES = ("decode", "detect", "straighten", "ocr", "extract", "crop")


class _Stopwatch:
    """Wall-clock and CPU seconds per stage (CPU time does not grow when other programs share the cores)."""

    def __init__(self, stages: dict[str, float], cpu_stages: dict[str, float]) -> None:
        self._stages = stages
        self._cpu_stages = cpu_stages
        self._last = time.perf_counter()
        self._last_cpu = time.process_time()

    def lap(self, stage: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self._stages[stage] = self._stages.get(stage, 0.0) + now - self._last
        self._cpu_stages[stage] = self._cpu_stages.get(stage, 0.0) + cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu


def read_photo(path: str, engine: OcrEngine, *, default_region: str | None = None) -> PhotoResult:
    """Never raises for a bad photo: the reason goes into PhotoResult.error and the batch goes on."""
    started = time.perf_counter()
    result = PhotoResult(source=path)
    watch = _Stopwatch(result.stages, result.cpu_stages)
    try:
        photo = load_photo(path)
        result.sha256 = photo.sha256
        result.taken_at = photo.taken_at
        result.data = photo.data
        watch.lap("decode")
        quads = find_cards(photo.image)
        watch.lap("detect")
        pages = photo_pages(photo.image, quads, engine, watch.lap)
        if not pages:
            raise NoCardFoundError(path)
        for index, read in enumerate(pages):
            result.cards.append(_read_card(read, index, default_region, watch))
        result.cards = _sides_joined(result.cards)
    except CardscanError as exc:
        result.error = exc.user_message()
        result.cards = []
    except MemoryError:
        result.error = InputFileError(path, "not enough memory to read this image").user_message()
        result.cards = []
    except Exception as exc:  # a bug of ours must not end the batch nor print a traceback
        reason = f"internal error while reading ({type(exc).__name__}: {exc})"
        result.error = InputFileError(path, reason).user_message()
        result.cards = []
    if result.error is not None:
        result.data = None
    result.seconds = time.perf_counter() - started
    return result


def _sides_joined(cards: list[CardResult]) -> list[CardResult]:
    """A card's firm-only side found beside its front in the same photo joins the front (extract.sides): its company,
    web addresses and profiles go to the front's contact, its text after the front's; the photo keeps both sides."""
    backs = fronts_of_backs([c.contact for c in cards])
    if not backs:
        return cards
    joined = list(cards)
    for back, front in backs.items():
        f, b = joined[front], cards[back]
        joined[front] = replace(f, contact=with_back(f.contact, b.contact), text=f"{f.text}\n{b.text}".strip(),
                                unused=[*f.unused, *b.unused])
    kept = [c for i, c in enumerate(joined) if i not in backs]
    return [replace(c, index=i) for i, c in enumerate(kept)]


# Fewer letters and digits than this read on all the cards found in a photo: what was found is likely no card's
# printed side (the picture side of a card lying beside its front, the top of a stack seen at an angle, a frame in a
# designer's mock-up), so the whole photo is read as well
SPARSE_PRINT = 40
WHOLE_PHOTO_LONG_SIDE = 3000  # the whole photo is read from a copy at most this long
# A card read with fewer letters and digits than this is read again for small print (OcrEngine.read_small_print).
# An ordinary card reads 110 to 200 (the sample cards 118-203): at 125 a third of them took the closer look for
# nothing, a third slower in `make bench`; the cards it uncovered print on had read 10 to 80
SMALL_PRINT_BELOW = 80
# The closer look costs the engine up to ~320 MB more for one reading (RapidOCR's detector at 1600 px). With it, a
# worker's peak measured 604 MB on a 12-MP photo, 670 on 20 MP, 732 on 40 MP: on a photo of more pixels than this it
# is left out, so that any accepted photo keeps a worker under 0.7 GB (README)
SMALL_PRINT_MAX_PHOTO = 24_000_000


def _print_read(page: OcrPage) -> int:
    """The letters and digits a page read."""
    return weighted_confidence(page.lines)[1]


def photo_pages(image: np.ndarray, quads: Sequence[Sequence[tuple[float, float]]], engine: OcrEngine,
                lap: Callable[[str], None] = lambda stage: None) -> list[CardPage]:
    """Every card found in a photo, read (`read_card_page`); or the whole photo read as one card, when the cards
    found read fewer than SPARSE_PRINT letters and digits together and the whole photo reads at least as many. With
    no card found, the whole photo is one card when it reads a card's print (SPARSE_PRINT), else there is none (a
    close-up whose card edges lie outside the photo is read; a photo of something else is not taken for a card)."""
    alone = len(quads) == 1  # beside a card that is not alone may lie another: its outline is never widened
    pages = [read_card_page(image, quad, engine, lap, alone=alone) for quad in quads]
    found = sum(_print_read(read.page) for read in pages)
    if found >= SPARSE_PRINT:
        return pages
    # (a copy shrunk by a whole factor first: an 80-MP photo is never warped whole, and a card is read at most
    # 1500 px long anyway)
    small, k = downscale(image, WHOLE_PHOTO_LONG_SIDE)
    h, w = small.shape[:2]
    whole = _straighten_and_read(small, [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)], engine, lap,
                                 image.shape[0] * image.shape[1])
    if _print_read(whole.page) < (max(found, 1) if pages else SPARSE_PRINT):
        return pages
    whole.quad = [(x * k, y * k) for x, y in whole.quad]  # in the photo's pixels
    return [whole]


def _read_card(read: CardPage, index: int, default_region: str | None, watch: _Stopwatch) -> CardResult:
    card, code, page = read.card, read.code, read.page
    contact = extract_contact(page, default_region=default_region)
    unused = unused_lines(page, contact)
    qr_contact = parse_qr_payload(code.text) if code is not None and code.text else None
    if qr_contact is not None:
        contact = merge_qr(contact, qr_contact)
    watch.lap("extract")
    crop_jpeg = encode_crop(card)
    watch.lap("crop")
    return CardResult(
        index=index,
        quad=read.quad,
        contact=contact,
        qr=qr_contact is not None,
        text=page.text,
        crop_jpeg=crop_jpeg,
        rotation=read.rotation,
        unused=unused,
    )


def read_card_page(
    image: np.ndarray, quad: Sequence[tuple[float, float]], engine: OcrEngine,
    lap: Callable[[str], None] = lambda stage: None, *, alone: bool = True,
) -> CardPage:
    """One card of a photo straightened, its QR code found and the rest read upright by OCR. `make calibrate`
    reads its pages through this too, so that the calibration sees the pages a scan sees. `lap` marks the end of
    straightening and of OCR.

    A card's edge never cuts its print: when a line read runs up to a side of the card while the photo goes on
    beyond it (`imaging.widen`), the outline found is a frame or panel printed on the card. Its other sides are
    then print too (a band may lie wholly beyond one of them): the card is read again with every side that lies
    near the photo's border moved out to it, and that reading is kept when it reads more letters and digits (print
    was uncovered). Only for a card `alone` in its photo: beside it may lie another card."""
    read = _straighten_and_read(image, quad, engine, lap)
    if not alone:
        return read
    h, w = read.card.shape[:2]
    boxes = [line.box for line in read.page.lines if sum(ch.isalnum() for ch in line.text) >= MIN_CUT_LETTERS]
    if not sides_cutting_print(boxes, (w, h), read.rotation):
        return read
    wider = widen_to_frame(read.quad, range(4), (image.shape[1], image.shape[0]))
    if wider is None:
        return read
    again = _straighten_and_read(image, wider, engine, lap)
    if weighted_confidence(again.page.lines)[1] <= weighted_confidence(read.page.lines)[1]:
        return read  # no print uncovered: the text ran close to the card's true edge
    return again


@dataclass
class CardPage:
    """A card straightened and read: the upright card image, its QR code, the quarter turns it took, the OCR page,
    and the outline it was cut out with (in the photo's pixels)."""

    card: np.ndarray
    code: QrCode | None
    rotation: int
    page: OcrPage
    quad: list[tuple[float, float]]


def _straighten_and_read(
    image: np.ndarray, quad: Sequence[tuple[float, float]], engine: OcrEngine, lap: Callable[[str], None],
    photo_pixels: int | None = None,
) -> CardPage:
    """`photo_pixels`: the size of the photo `image` was shrunk from, if it was (SMALL_PRINT_MAX_PHOTO)."""
    photo_pixels = photo_pixels or image.shape[0] * image.shape[1]
    card = warp_card(image, quad)
    long_side = max(card.shape[:2])
    if long_side < OCR_MIN_LONG_SIDE:
        # A small card (one of several on a photo, or shot from afar): read it upscaled, so that its small print
        # (e-mail and web addresses) reaches a text height the OCR reads.
        card = warp_card(image, quad, long_side=min(OCR_MIN_LONG_SIDE, long_side * OCR_MAX_UPSCALE))
    # A QR code can be read at any orientation; painted over, it does not slow OCR with noise.
    code = find_qr(card)
    for_ocr = blank_qr(card, code) if code is not None else card
    lap("straighten")
    rotation, page = read_upright(for_ocr, engine)
    if _print_read(page) < SMALL_PRINT_BELOW and photo_pixels <= SMALL_PRINT_MAX_PHOTO:
        # Little read: print too small for the engine's first look may hold the rest (a card filling little of
        # its photo); the engine looks again closer, and the reading that reads more letters and digits is kept.
        closer = engine.read_small_print(prepare_for_ocr(rotate_quarter(for_ocr, rotation) if rotation else for_ocr))
        if closer is not None and _print_read(closer) > _print_read(page):
            page = closer
    lap("ocr")
    upright = rotate_quarter(card, rotation) if rotation else card
    return CardPage(upright, code, rotation, page, [(float(x), float(y)) for x, y in quad])


def prepare_for_ocr(card: np.ndarray) -> np.ndarray:
    """Grey, and light text on a dark card turned into dark text on light (what Tesseract reads best)."""
    gray = card if card.ndim == 2 else cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    if float(np.median(gray)) < 110:
        gray = cv2.bitwise_not(gray)
    return gray


def page_score(page: OcrPage) -> float:
    """How plausible a page is as upright text: confidence weighted by the letters and digits read."""
    score, letters = weighted_confidence(page.lines)
    return score if letters >= 6 else 0.0


def read_upright(card: np.ndarray, engine: OcrEngine) -> tuple[int, OcrPage]:
    """Turn a straightened card right way up (0/90/180/270) and read it.

    The cheap text-direction hint picks horizontal vs vertical text; OCR confidence then decides
    between a turn and its opposite, reading a second time only when the first reading is below what
    the engine calls upright enough (each engine's confidences have their own scale).
    """
    first = 90 if text_orientation_hint(card) == 90 else 0
    tried: list[tuple[float, int, OcrPage]] = []
    for rotation in (first, (first + 180) % 360):
        turned = rotate_quarter(card, rotation) if rotation else card
        page = engine.read(prepare_for_ocr(turned))
        tried.append((page_score(page), rotation, page))
        if tried[-1][0] >= engine.scale.upright_enough:
            break
    _, rotation, page = max(tried, key=lambda t: t[0])
    return rotation, page


def encode_crop(card: np.ndarray) -> bytes:
    h, w = card.shape[:2]
    scale = CROP_LONG_SIDE / max(h, w)
    if scale < 1:
        card = cv2.resize(card, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", card, [cv2.IMWRITE_JPEG_QUALITY, CROP_JPEG_QUALITY])
    if not ok:
        raise CardscanError("could not encode the card image as JPEG")
    return buf.tobytes()
