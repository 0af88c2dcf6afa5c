"""`make calibrate`: fit each OCR engine's field-confidence calibration on the real, hand-labelled cards.

    python scripts/calibrate_confidence.py [FOLDER] [--engine NAME ...] [--scorer score.py] [--dry-run]
                                           [--refresh-ocr]

For every labelled photo (the shared development set, bench/real/labels.hashed.json (parts 2-3) and
bench/real/labels4.hashed.json ... labels51.hashed.json (parts 4 to 51, opened for development; the held-out
parts 52 to 55 are never read); images in FOLDER, default
$CARDSCAN_REAL_DIR or ~/.cache/cardscan-real) and every engine, the cards are found and read once; the OCR
pages are cached under ~/.cache/cardscan-calib/ (never in the repository; the cache key holds the source of
the imaging and OCR code, so a change there reads again). Extraction then runs in-process on the cached
pages, and every field it fills (name, title, company, address, each e-mail, each phone, each website) gets
the features `cardscan.extract.confidence` computes and a label: right when its normalised value's hash is
among the card's label hashes, normalised exactly as the shared scorer does; fields without a label are
not counted. Photos with several cards are matched to the labels as the scorer matches them.

One small L2-regularised logistic regression per field is fitted on every engine's readings pooled (all
photos, all engines: the evidence weights are shared, and each engine has its own bias per field, a 0/1
engine feature shrunk towards the others by the penalty) and written per engine, with that engine's bias,
to cardscan/extract/calibration/<engine>.json. `--engine` says which files are rewritten; the fit always
reads every engine (pytesseract reads a photo in seconds: its first run takes ~20 minutes, then the
cache is used). The figures printed are what a user will see: grouped cross-validation (leave one source
repository out: each held-out repository's fields scored by a model fitted without them) on the
development set and on each bench/real part separately, and in-sample for reference; then the triage curve (share
of wrong and of right fields below each threshold) per engine, overall and per field, and a closing table
per engine and set, cross-validated and in-sample.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import pickle
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from cardscan.extract import merge_qr, parse_qr_payload
from cardscan.extract.confidence import (
    CALIBRATION_DIR,
    FEATURES,
    MODEL_FIELDS,
    FieldItem,
    FieldModel,
    RoleHints,
    calibrated,
    field_items,
)
from cardscan.extract.doubt_holds import DOUBTED, contradicted
from cardscan.extract.ocr_contact import read_fields
from cardscan.imaging import find_cards, load_photo
from cardscan.model import Contact, OcrPage
from cardscan.ocr import DEFAULT_LANGUAGES, create_engine
from cardscan.reading import photo_pages

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_real import DEFAULT_FOLDER, REPO, SHARED, load_scorer

CACHE = Path.home() / ".cache" / "cardscan-calib"
# The photos the model is fitted on, each set reported apart (name: its title, its labels file): the shared
# development set, bench/real parts 2-3, part 4 (opened for development in the fourth round), part 5 (opened in the
# fifth), part 6 (opened in the sixth), part 7 (opened in the seventh), part 9 (opened in the eighth), parts 11, 12
# and 13 (opened in the ninth), parts 14 and 15 (opened in the tenth), parts 16, 17 and 18 (opened in the eleventh),
# parts 19, 20 and 21 (opened in the thirteenth), parts 22, 23 and 24 (opened in the fourteenth), parts 25 to 29
# (opened in the fifteenth), parts 30 to 33 (opened in the seventeenth), parts 34 to 38 (opened in the eighteenth),
# parts 39 to 43 (opened in the nineteenth), parts 44 to 47 (opened in the twentieth), parts 48 to 51 (opened in
# the twenty-first), parts 8 and 10 (development sets from the start). The held-out parts 52 to 55
# (bench/real/labels52.hashed.json ... labels55.hashed.json) are never read here, so that they keep measuring.
LABELLED_SETS = {"dev": ("development set", SHARED / "labels.hashed.json"),
                 "bench": ("bench/real parts 2-3", REPO / "bench" / "real" / "labels.hashed.json"),
                 **{f"part{n}": (f"bench/real part {n}", REPO / "bench" / "real" / f"labels{n}.hashed.json")
                    for n in range(4, 52)}}
CALIBRATION_LABELS = {name: path for name, (_, path) in LABELLED_SETS.items()}
SETS = {name: title for name, (title, _) in LABELLED_SETS.items()}
DEFAULT_ENGINES = ("rapidocr", "tesserocr", "pytesseract")
MARK = 0.6  # the triage mark (cardscan/tui/config.py DEFAULT_LOW_CONFIDENCE)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
L2 = 0.3  # ridge penalty on the weights (features are 0..1): 20-170 fields per model, 5-8 features
# A wrongly filled field weighs this much in the fit (at most as much as all the right ones of its kind): a
# mistake the mark misses costs the user more than a look at a right field. Without it the model's figures
# sit near each field's base rate (90-98 % right) and the 0.6 mark flags almost nothing. With it the stored
# figure reads as the chance of being right when mistakes count 4 times: below 0.6 means the field's odds of
# being right are below 4 x 0.6 / 0.4 = 6:1.
MISTAKE_WEIGHT = 4.0
# Each sample carries its engine as a 0/1 feature: the pooled fit gives each engine its own bias per field.
ENGINE_FEATURE = "engine:"


# ---------------------------------------------------------------- reading (cached)

def _code_key() -> str:
    """A hash of the code that finds and reads cards: when it changes, the cached pages are read again."""
    digest = hashlib.sha256()
    for path in sorted([*(REPO / "cardscan" / "imaging").glob("*.py"), *(REPO / "cardscan" / "ocr").glob("*.py"),
                        REPO / "cardscan" / "reading.py"]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class CardReading:
    page: OcrPage
    qr_text: str | None


def read_cards(engine_name: str, images: dict[str, Path], refresh: bool) -> dict[str, list[CardReading]]:
    """key -> the OCR page (and QR text) of every card found in that photo; cached per engine and code version."""
    folder = CACHE / f"{engine_name}-{_code_key()}"
    folder.mkdir(parents=True, exist_ok=True)
    engine = None
    out: dict[str, list[CardReading]] = {}
    for n, (key, path) in enumerate(sorted(images.items()), 1):
        cached = folder / (hashlib.sha256(key.encode()).hexdigest()[:20] + ".pickle")
        if cached.is_file() and not refresh:
            out[key] = [CardReading(page, qr) for page, qr in pickle.loads(cached.read_bytes())]
            continue
        if engine is None:
            engine = create_engine(engine_name, DEFAULT_LANGUAGES)
        print(f"  {engine_name}: reading photo {n} of {len(images)}", file=sys.stderr)
        cards: list[CardReading] = []
        try:
            photo = load_photo(str(path))
            # each card read as a scan reads it (upscaled when small, widened over cut print, the whole photo when
            # the cards found read next to nothing)
            for read in photo_pages(photo.image, find_cards(photo.image), engine):
                code = read.code
                cards.append(CardReading(read.page, code.text if code is not None and code.text else None))
        except Exception as exc:  # one unreadable photo is a photo without cards
            print(f"  {key}: {type(exc).__name__}", file=sys.stderr)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps([(c.page, c.qr_text) for c in cards]))
        tmp.replace(cached)
        out[key] = cards
    if engine is not None:
        engine.close()
    return out


# ---------------------------------------------------------------- samples: features and whether right

@dataclass
class Sample:
    engine: str
    photo: str  # the label key: folds never split a photo
    labelled_set: str  # one of SETS: "dev" (the shared development set), "bench", "part4" ... "part18" (bench/real)
    field: str
    features: dict[str, float]
    right: bool
    raw: float  # the extractor's own confidence (today's figure)
    fixed: float | None = None  # a QR field: its confidence is 1.0 whatever the model says
    value: Any = None  # the field's value, for --list-mistakes


def item_right(scorer: ModuleType, field: str, value: Any, label: dict[str, Any]) -> bool | None:
    """Whether one field value is right, normalised and hashed as the scorer does; None when not labelled."""
    h, norm = scorer.h, scorer.norm
    if field in ("name", "title", "company"):
        return h(norm(value)) in label[field] if field in label else None
    if field == "address":
        parts = [(part, getattr(value, part)) for part in ("postcode", "city") if part in label]
        return all(h(norm(v)) in label[part] for part, v in parts) if parts else None
    if field not in label:
        return None
    if field == "emails":
        return h(norm(value)) in label[field]
    if field == "phones":
        return h(scorer.digits(value.number)) in label[field]
    return h(scorer.dom(value)) in label[field]  # websites


def match_cards(scorer: ModuleType, labels: list[dict[str, Any]], contacts: list[Contact]) -> dict[int, int]:
    """label index -> contact index: the scorer's one-to-one greedy matching, best match first."""
    pairs = sorted((-sum(scorer.card_hits(label, c.to_dict()).values()), li, ci)
                   for li, label in enumerate(labels) for ci, c in enumerate(contacts))
    out: dict[int, int] = {}
    for _, li, ci in pairs:
        if li not in out and ci not in out.values():
            out[li] = ci
    return out


def card_samples(engine: str, photo: str, labelled_set: str, reading: CardReading, read: tuple[Contact, RoleHints],
                 label: dict[str, Any], scorer: ModuleType) -> list[Sample]:
    contact, hints = read
    items = field_items(contact, reading.page, hints)
    qr = parse_qr_payload(reading.qr_text) if reading.qr_text else None
    final = merge_qr(contact, qr) if qr is not None else contact
    out: list[Sample] = []
    for item in items:
        if final is not contact and not _still_there(final, item):
            continue  # the QR's value replaced it
        right = item_right(scorer, item.field, item.value, label)
        if right is not None:
            out.append(Sample(engine, photo, labelled_set, item.field, item.features | {ENGINE_FEATURE + engine: 1.0},
                              right, item.features["raw"], value=item.value))
    if final is not contact:
        for field in MODEL_FIELDS:
            for f in final.fields(field):
                right = item_right(scorer, field, f.value, label) if f.source == "qr" else None
                if right is not None:
                    out.append(Sample(engine, photo, labelled_set, field, {}, right, 1.0, fixed=1.0))
    return out


def _still_there(final: Contact, item: FieldItem) -> bool:
    return any(f.value == item.value and f.source != "qr" for f in final.fields(item.field))


@dataclass
class RunChecks:
    """What the run checks besides the figures: cards whose chosen values the stored calibration would change (it
    must only set confidences), and the time per card of extraction and of the calibration step after it."""

    changed: list[str] = dataclasses.field(default_factory=list)
    cards: int = 0
    extract_seconds: float = 0.0
    calibrate_seconds: float = 0.0

    def summary(self) -> str:
        per_card = lambda s: 1000 * s / max(1, self.cards)  # noqa: E731
        return (f"cards whose chosen values the stored calibration changes: {len(self.changed)} (must be 0)"
                + "".join(f"\n  {card}" for card in self.changed)
                + f"\ntime per card over {self.cards} cards: extraction {per_card(self.extract_seconds):.1f} ms, "
                  f"then calibrated confidence (features and models) {per_card(self.calibrate_seconds):.1f} ms")


def collect(engine: str, readings: dict[str, list[CardReading]], labels: dict[str, Any], sets: dict[str, str],
            scorer: ModuleType, checks: RunChecks) -> list[Sample]:
    """Every labelled field of every card the engine read, and the run's checks (`RunChecks`) on every card."""
    out: list[Sample] = []
    for photo, cards in sorted(readings.items()):
        wanted = labels[photo] if isinstance(labels[photo], list) else [labels[photo]]
        started = time.perf_counter()
        read = [read_fields(r.page) for r in cards]
        checks.extract_seconds += time.perf_counter() - started
        for r, (contact, hints) in zip(cards, read, strict=True):
            started = time.perf_counter()
            final = calibrated(contact, r.page, hints=hints)
            checks.calibrate_seconds += time.perf_counter() - started
            checks.cards += 1
            if final.to_dict() != contact.to_dict():
                checks.changed.append(f"{engine} {photo}")
        for li, ci in match_cards(scorer, wanted, [contact for contact, _ in read]).items():
            out.extend(card_samples(engine, photo, sets[photo], cards[ci], read[ci], wanted[li], scorer))
    return out


# ---------------------------------------------------------------- fitting

def fit_logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Weighted, L2-regularised logistic regression by Newton's method (IRLS); the bias is not penalised."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (weight * (p - y)) + penalty * w
        hess = (a * (weight * p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(w[0]), w[1:]


def fit_field(samples: list[Sample], field: str) -> FieldModel | None:
    """The field's model; features whose fitted weight has the wrong sign are dropped and the model refitted.
    The engines' 0/1 features (either sign) are fitted beside the evidence: see `engine_models`."""
    rows = [s for s in samples if s.field == field and s.fixed is None]
    signs = FEATURES[field] | {k: 0 for s in rows for k in s.features if k.startswith(ENGINE_FEATURE)}
    y = np.array([float(s.right) for s in rows])
    if len(rows) < 8 or y.min() == y.max():
        return None
    mistake = min(MISTAKE_WEIGHT, float((y == 1).sum() / (y == 0).sum()))
    weight = np.where(y == 0, mistake, 1.0)
    names = list(signs)
    while True:
        x = np.array([[s.features.get(k, 0.0) for k in names] for s in rows]).reshape(len(rows), len(names))
        bias, weights = fit_logistic(x, y, weight)
        wrong = [k for k, w in zip(names, weights, strict=True) if signs[k] * w < 0]
        if not wrong:
            return FieldModel(round(bias, 4), {k: round(float(w), 4) for k, w in zip(names, weights, strict=True)})
        names = [k for k in names if k not in wrong]


def fit_all(samples: list[Sample]) -> dict[str, FieldModel]:
    return {field: model for field in MODEL_FIELDS if (model := fit_field(samples, field)) is not None}


def engine_models(models: dict[str, FieldModel], engine: str) -> dict[str, FieldModel]:
    """One engine's models out of the pooled ones: its engine weight folded into the bias."""
    return {field: FieldModel(round(m.bias + m.weights.get(ENGINE_FEATURE + engine, 0.0), 4),
                              {k: w for k, w in m.weights.items() if not k.startswith(ENGINE_FEATURE)})
            for field, m in models.items()}


def predict(models: dict[str, FieldModel], sample: Sample) -> float:
    if sample.fixed is not None:
        return sample.fixed
    model = models.get(sample.field)
    p = model.probability(sample.features) if model else sample.raw
    return min(p, DOUBTED) if contradicted(sample.field, sample.features) else p


def fold_of(photo: str) -> str:
    """The source repository (the photo key's first folder): photos of one card, or of one photographer's
    cards, never fall on both sides of a fold."""
    return photo.split("/", 1)[0]


def cross_validated(samples: list[Sample]) -> list[float]:
    """Each sample's confidence from a model fitted without its source repository's photos."""
    out = [0.0] * len(samples)
    for fold in sorted({fold_of(s.photo) for s in samples}):
        models = fit_all([s for s in samples if fold_of(s.photo) != fold])
        for i, s in enumerate(samples):
            if fold_of(s.photo) == fold:
                out[i] = predict(models, s)
    return out


# ---------------------------------------------------------------- figures

def flagged(samples: list[Sample], conf: list[float], threshold: float) -> tuple[float, float, int, int]:
    """(share of wrong fields below threshold, share of right ones below, number wrong, number right)."""
    wrong = [c for s, c in zip(samples, conf, strict=True) if not s.right]
    right = [c for s, c in zip(samples, conf, strict=True) if s.right]
    share = lambda cs: sum(c < threshold for c in cs) / len(cs) if cs else 0.0  # noqa: E731
    return share(wrong), share(right), len(wrong), len(right)


def ranking(samples: list[Sample], conf: list[float]) -> float:
    """How well the figure ranks wrong fields below right ones, whatever the threshold: the chance that a wrong
    field has a lower figure than a right one (ties count half; 0.5 is chance, 1.0 every wrong one below)."""
    wrong = np.array([c for s, c in zip(samples, conf, strict=True) if not s.right])
    right = np.array([c for s, c in zip(samples, conf, strict=True) if s.right])
    if not len(wrong) or not len(right):
        return float("nan")
    below = (wrong[:, None] < right[None, :]).sum() + 0.5 * (wrong[:, None] == right[None, :]).sum()
    return float(below / (len(wrong) * len(right)))


def print_mark(title: str, samples: list[Sample], conf: dict[str, list[float]]) -> dict[str, Any]:
    """At the triage mark: wrong and right fields flagged, overall and per field, for each way of scoring."""
    print(f"  {title} (mark {MARK}): wrong flagged / right flagged")
    figures: dict[str, Any] = {}
    for field in ("all", *MODEL_FIELDS):
        idx = [i for i, s in enumerate(samples) if field == "all" or s.field == field]
        if not idx:
            continue
        sub = [samples[i] for i in idx]
        cells = []
        for how, cs in conf.items():
            w, r, nw, nr = flagged(sub, [cs[i] for i in idx], MARK)
            cells.append(f"{how} {w:4.0%} / {r:4.0%}")
            figures.setdefault(how, {})[field] = {"wrong_flagged": round(w, 3), "right_flagged": round(r, 3),
                                                  "wrong": nw, "right": nr}
        print(f"    {field:9s} ({nw:3d} wrong, {nr:3d} right)  " + "   ".join(cells))
    return figures


def curve_cells(samples: list[Sample], conf: list[float]) -> str:
    cells = []
    for t in THRESHOLDS:
        w, r, _, _ = flagged(samples, conf, t)
        cells.append(f"{t:.1f}: {w:4.0%}/{r:3.0%}")
    return "  ".join(cells)


def print_curve(samples: list[Sample], conf: list[float], inside: list[float]) -> None:
    print("  curve (all cards): threshold -> wrong flagged / right flagged")
    for name in SETS:
        idx = [i for i, s in enumerate(samples) if s.labelled_set == name]
        print(f"    {name + ' CV':13s} " + curve_cells([samples[i] for i in idx], [conf[i] for i in idx]))
    print(f"    {'all in-sample':13s} " + curve_cells(samples, inside))
    for field in ("all", *MODEL_FIELDS):
        idx = [i for i, s in enumerate(samples) if field == "all" or s.field == field]
        if idx:
            print(f"    {field + ' CV':13s} " + curve_cells([samples[i] for i in idx], [conf[i] for i in idx]))


def summary_cells(figures: dict[str, Any], ranks: list[float]) -> str:
    """One line's cells: for each way of scoring, wrong and right fields flagged at the mark, and the ranking."""
    return "   ".join(f"{how} {f['all']['wrong_flagged']:4.0%} / {f['all']['right_flagged']:4.0%} ({rank:.2f})"
                      for (how, f), rank in zip(figures.items(), ranks, strict=True))


def print_summary(summary: list[str]) -> None:
    print(f"\nat the mark {MARK}, all fields: wrong flagged / right flagged (ranking: the chance that a wrong field "
          "is below a right one)")
    print("\n".join(summary))


def write_models(engine: str, models: dict[str, FieldModel], samples: list[Sample], cv: dict[str, Any]) -> Path:
    photos = sorted({s.photo for s in samples})
    data = {
        "engine": engine,
        "made_by": "scripts/calibrate_confidence.py (make calibrate): L2-regularised logistic regression per field "
                   f"(penalty {L2}, a wrong field weighing {MISTAKE_WEIGHT:g} times a right one), evidence features "
                   "sign-constrained, fitted on every engine's readings with a bias per engine (this engine's here)",
        "fitted_on_engines": sorted({s.engine for s in samples}),
        "made_on": date.today().isoformat(),
        "fitted_on": {"photos": len(photos), "fields": len([s for s in samples if s.fixed is None]),
                      "sets": {name: len({s.photo for s in samples if s.labelled_set == name})
                               for name in SETS},
                      "note": "real, hand-labelled card photos: " + ", ".join(SETS.values())},
        "cross_validated_at_mark": cv,
        "fields": {name: {"bias": m.bias, "weights": m.weights} for name, m in models.items()},
    }
    CALIBRATION_DIR.mkdir(exist_ok=True)
    path = CALIBRATION_DIR / f"{engine}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def report_engine(samples: list[Sample], cv: list[float], inside: list[float]) -> dict[str, Any]:
    """One engine's figures at the mark per set and field (the extractor's own, cross-validated, in-sample), and
    the curve."""
    figures: dict[str, Any] = {}
    for name, title in SETS.items():
        idx = [i for i, s in enumerate(samples) if s.labelled_set == name]
        if not idx:
            print(f"  {title}: no field of this engine's to score (no card read, or none matched a label)")
            continue
        figures[name] = print_mark(title, [samples[i] for i in idx], {
            "own figure": [samples[i].raw for i in idx], "cross-validated": [cv[i] for i in idx],
            "in-sample": [inside[i] for i in idx]})
    print_curve(samples, cv, inside)
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", help="the images (default: $CARDSCAN_REAL_DIR or ~/.cache/cardscan-real)")
    ap.add_argument("--engine", action="append", help=f"repeatable (default: {', '.join(DEFAULT_ENGINES)})")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write no calibration file")
    ap.add_argument("--refresh-ocr", action="store_true", help="read every photo again, ignoring the cache")
    args = ap.parse_args()
    folder = Path(args.folder or os.environ.get("CARDSCAN_REAL_DIR") or DEFAULT_FOLDER).expanduser()
    label_files = CALIBRATION_LABELS
    missing = [str(p) for p in [*label_files.values(), args.scorer] if not p.is_file()]
    if not folder.is_dir() or missing:
        print(f"calibrate: no real card images at {folder} or missing {', '.join(missing) or '-'}; nothing to do")
        return 0
    scorer = load_scorer(args.scorer)
    labels: dict[str, Any] = {}
    sets: dict[str, str] = {}
    for name, path in label_files.items():
        for key, value in json.loads(path.read_text()).items():
            if (folder / key).is_file():
                labels[key], sets[key] = value, name
    images = {key: folder / key for key in labels}
    print(f"{len(images)} labelled photos (" + ", ".join(
        f"{sum(v == name for v in sets.values())} {title}" for name, title in SETS.items()) + ")")
    summary: list[str] = []
    engines = list(dict.fromkeys([*DEFAULT_ENGINES, *(args.engine or [])]))
    checks = RunChecks()
    samples = [s for e in engines
               for s in collect(e, read_cards(e, images, args.refresh_ocr), labels, sets, scorer, checks)]
    print(checks.summary())
    models = fit_all(samples)
    cv = cross_validated(samples)
    inside = [predict(models, s) for s in samples]
    for engine in engines:
        print(f"\n{engine}: fitted on {', '.join(engines)} (a bias per engine)")
        idx = [i for i, s in enumerate(samples) if s.engine == engine]
        figures = report_engine([samples[i] for i in idx], [cv[i] for i in idx], [inside[i] for i in idx])
        for set_name in figures:
            sub = [i for i in idx if samples[i].labelled_set == set_name]
            ranks = [ranking([samples[i] for i in sub], [c[i] for i in sub]) for c in ([s.raw for s in samples], cv,
                                                                                        inside)]
            summary.append(f"  {engine:12s} {set_name:6s} " + summary_cells(figures[set_name], ranks))
        if not args.dry_run and engine in (args.engine or engines):
            cv_figures = {set_name: figures[set_name]["cross-validated"]["all"] for set_name in figures}
            path = write_models(engine, engine_models(models, engine), samples, cv_figures)
            print(f"  wrote {path.relative_to(REPO)}")
    print_summary(summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
