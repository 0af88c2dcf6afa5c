"""`make bench-library`: a library of 10,000 synthetic cards, and how fast the everyday operations are on it.

Fills a fresh library through the same `add_photo` the scan command uses (4 cards per photo, each with its card
image, duplicates flagged as they come), then times, against the issue's targets:
  - opening the library (in-process, and a whole `python -c` process that opens it),
  - `cardscan list` (the command: in-process into a file, and as a process, plain and --json),
  - one pocket change (the Library call the triage screen makes, and `cardscan set ID pocket=...` as a process),
  - a full export of every card (the vCard writer of cardscan.export: read all cards + write the file; and the
    `cardscan export` command as a process when it is there).
The contacts come from the card generator (tools/cardgen): random, plausible, never real people.

    python scripts/bench_library.py [--cards 10000] [--per-photo 4] [--library DIR] [--no-crops]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from cardgen.contacts import make_contact
from PIL import Image

from cardscan.cli import main as cardscan_main
from cardscan.model import Address, Card, Contact, Field, Phone, Pocket, SocialProfile
from cardscan.store import Library

CARDSCAN = Path(sys.executable).parent / "cardscan"


def contact_from_dict(d: dict[str, Any], rng: random.Random) -> Contact:
    """A scan-contract contact object -> Contact, with confidences as OCR would give them."""
    def conf() -> float:
        return round(rng.uniform(0.55, 0.99), 3)

    c = Contact()
    for k in ("name", "prefix", "given_name", "middle_name", "family_name", "suffix", "title", "department",
              "company"):
        if d.get(k):
            setattr(c, k, Field(d[k], conf(), d[k]))
    c.emails = [Field(e, conf(), e) for e in d["emails"]]
    c.phones = [Field(Phone(p["number"], p["type"], p["text"]), conf(), p["text"]) for p in d["phones"]]
    c.websites = [Field(w, conf(), w) for w in d["websites"]]
    c.social = [Field(SocialProfile(s["service"], s["url"]), conf(), s["url"]) for s in d["social"]]
    if d.get("address"):
        c.address = Field(Address(**d["address"]), conf(), "")
    return c


def crop_jpeg(rng: random.Random) -> bytes:
    img = Image.frombytes("RGB", (64, 40), rng.randbytes(64 * 40 * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=75)
    return buf.getvalue()


def fill(lib: Library, cards: int, per_photo: int, crops: bool, seed: int = 2026) -> float:
    rng = random.Random(seed)
    events = [f"{name} 2026-{m:02d}-{d:02d}" for name, m, d in
              (("expo", 3, 12), ("summit", 5, 20), ("fair", 9, 3), ("congress", 10, 14), ("meetup", 11, 2))]
    started = time.perf_counter()
    done = 0
    photo = 0
    while done < cards:
        n = min(per_photo, cards - done)
        batch = [(Card(contact=contact_from_dict(make_contact(rng).contact, rng), card_index=i,
                       quad=[(10, 10), (600, 12), (598, 350), (8, 348)]), crop_jpeg(rng) if crops else b"")
                 for i in range(n)]
        lib.add_photo(sha256=hashlib.sha256(f"bench photo {seed} {photo}".encode()).hexdigest(),
                      source_path=f"photos/IMG_{photo:05d}.jpg", photo_path=None, taken_at=None,
                      event=events[photo * len(events) // (cards // per_photo + 1)], cards=batch)
        done += n
        photo += 1
        if photo % 250 == 0:
            print(f"  {done} cards stored", file=sys.stderr)
    return time.perf_counter() - started


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def run_process(args: list[str], stdout: Any = subprocess.DEVNULL) -> float:
    t = time.perf_counter()
    done = subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}...: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return elapsed


def in_process_command(argv: list[str], out_path: Path) -> None:
    with open(out_path, "w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
        code = cardscan_main(argv)
    if code != 0:
        raise RuntimeError(f"cardscan {' '.join(argv)}: exit {code}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--per-photo", type=int, default=4, help="cards per photo (one transaction each)")
    ap.add_argument("--library", help="fill this (new) folder and keep it; default: a temporary folder")
    ap.add_argument("--no-crops", action="store_true", help="store no card images (a faster fill)")
    ap.add_argument("--reuse", action="store_true", help="time the library already in --library (no fill)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="cardscan-bench-") as tmp:
        folder = Path(args.library) if args.library else Path(tmp) / "library"
        rows: list[tuple[str, str, str]] = []
        if args.reuse:
            with Library.open(folder, create=False) as lib:
                args.cards = sum(lib.counts().values())
            with Library.open(folder, create=False) as lib, lib._read() as conn:
                photos = conn.execute("SELECT count(*) FROM photos").fetchone()[0]
        else:
            if (folder / "library.sqlite").exists():
                print(f"{folder} already holds a library; give a new folder, or --reuse", file=sys.stderr)
                return 2
            print(f"Filling {folder} with {args.cards} cards...", file=sys.stderr)
            with Library.open(folder) as lib:
                fill_s = fill(lib, args.cards, args.per_photo, not args.no_crops)
            photos = -(-args.cards // args.per_photo)
            rows.append(("fill: store one photo (add_photo, duplicates flagged)",
                         f"{fill_s / photos * 1000:.1f} ms ({args.cards / fill_s:.0f} cards/s)", "-"))
        size_mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6

        def open_close() -> None:
            Library.open(folder, create=False).close()

        opens = timed(open_close, 20)
        rows.append(("library open (Library.open)", f"{statistics.median(opens) * 1000:.1f} ms", "< 300 ms"))
        code = f"from cardscan.store import Library; Library.open({str(folder)!r}, create=False).close()"
        proc_open = statistics.median(run_process([sys.executable, "-c", code]) for _ in range(3))
        rows.append(("  a process that opens it (python start + import + open)", f"{proc_open * 1000:.0f} ms",
                     "-"))

        out = Path(tmp) / "list.out"
        lib_arg = ["--library", str(folder)]
        list_in = timed(lambda: in_process_command([*lib_arg, "list"], out), 3)
        lines = out.read_text(encoding="utf-8").count("\n") - 1
        assert lines == args.cards, f"list printed {lines} cards"
        rows.append((f"cardscan list ({lines} cards, in-process, plain)", f"{statistics.median(list_in):.3f} s",
                     "< 0.5 s"))
        json_in = timed(lambda: in_process_command([*lib_arg, "list", "--json"], out), 3)
        rows.append(("cardscan list --json (in-process)", f"{statistics.median(json_in):.3f} s", "< 0.5 s"))
        try:
            list_proc = statistics.median(run_process([str(CARDSCAN), *lib_arg, "list"]) for _ in range(3))
            json_proc = statistics.median(run_process([str(CARDSCAN), *lib_arg, "list", "--json"]) for _ in range(3))
            rows.append(("cardscan list (whole process, > /dev/null)", f"{list_proc:.3f} s", "-"))
            rows.append(("cardscan list --json (whole process)", f"{json_proc:.3f} s", "-"))
        except (RuntimeError, OSError) as exc:
            rows.append(("cardscan list (whole process)", f"n/a: {exc}", "-"))

        with Library.open(folder, create=False) as lib:
            rng = random.Random()
            pockets = {c.id: Pocket(c.pocket) for c in lib.list_summaries()}
            ids = list(pockets)

            def change_pocket() -> None:  # always a real change (setting the same pocket again writes nothing)
                card_id = rng.choice(ids)
                pockets[card_id] = rng.choice([p for p in Pocket if p != pockets[card_id]])
                lib.set_pocket(card_id, pockets[card_id])

            changes = timed(change_pocket, 300)
        changes.sort()
        rows.append(("pocket change (Library.set_pocket, median of 300)", f"{statistics.median(changes) * 1000:.2f} ms",
                     "< 5 ms"))
        rows.append(("  95th percentile", f"{changes[int(len(changes) * 0.95)] * 1000:.2f} ms", "< 5 ms"))
        try:
            set_proc = statistics.median(
                run_process([str(CARDSCAN), *lib_arg, "set", str(ids[i]), "pocket=keep"]) for i in range(3))
            rows.append(("  cardscan set ID pocket=keep (whole process)", f"{set_proc:.3f} s", "-"))
        except (RuntimeError, OSError) as exc:
            rows.append(("  cardscan set (whole process)", f"n/a: {exc}", "-"))

        rows += export_rows(folder, Path(tmp), args.cards)

    width = max(len(r[0]) for r in rows)
    print(f"\nLibrary benchmark: {args.cards} cards, {photos} photos, {size_mb:.0f} MB on disk "
          f"(Python {sys.version.split()[0]}, {os.cpu_count()} cores)\n")
    print(f"{'measure':<{width}}  {'figure':<26}  target")
    print(f"{'-' * width}  {'-' * 26}  ------")
    for name, figure, target in rows:
        print(f"{name:<{width}}  {figure:<26}  {target}")
    return 0


def export_rows(folder: Path, tmp: Path, cards: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    try:
        from cardscan.export import export_cards, write_atomic
    except ImportError:
        export_cards = None
    target = tmp / "all.vcf"

    if export_cards is not None:
        def export() -> None:
            with Library.open(folder, create=False) as lib:
                result = export_cards(lib.list_cards(), "vcard")
            write_atomic(target, result.data, overwrite=True)

        t = timed(export, 3)
        rows.append((f"full export: all {cards} cards to vCard (read + write)", f"{statistics.median(t):.3f} s",
                     "-"))
        try:
            out = tmp / "cmd.vcf"
            t_cmd = run_process([str(CARDSCAN), "--library", str(folder), "export", "--format", "vcard", "--pocket",
                                 "all", "--force", "-o", str(out)])
            rows.append(("  cardscan export --format vcard --pocket all (process)", f"{t_cmd:.3f} s", "-"))
        except (RuntimeError, OSError) as exc:
            rows.append(("  cardscan export (process)", f"n/a: {exc}", "-"))
    else:
        import json

        def export_json() -> None:
            with Library.open(folder, create=False) as lib:
                data = "".join(json.dumps(c.contact.to_dict(), ensure_ascii=False) + "\n" for c in lib.list_cards())
            target.write_text(data, encoding="utf-8")

        t = timed(export_json, 3)
        rows.append(("full export (no cardscan.export yet: all cards to JSON)", f"{statistics.median(t):.3f} s", "-"))
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
