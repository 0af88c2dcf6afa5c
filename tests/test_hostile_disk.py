"""A full disk and a read-only file system under the library (issue 13), made for real: a small tmpfs mounted in a
private mount namespace (`unshare`), filled up or remounted read-only. Creating a library there fails with one line
and exit 4; an existing library can still be listed, shown and exported, and a change says why it cannot be made."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from badinputs import CARDSCAN, cardscan_env, stderr_lines
from tui_cards import make_library


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                          capture_output=True, timeout=30)
    return done.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_work(), reason="needs unprivileged user and mount namespaces")


def on_small_disk(tmp_path: Path, *args: str, library: Path | None = None, full: bool = True,
                  read_only: bool = False) -> subprocess.CompletedProcess[bytes]:
    """`cardscan --library DISK/library ARGS` with DISK a 2 MB tmpfs holding a copy of `library`, filled to the last
    byte (full) or mounted read-only."""
    disk = tmp_path / "disk"
    disk.mkdir(exist_ok=True)
    steps = [f"mount -t tmpfs -o size=2m tmpfs {disk}"]
    if library is not None:
        steps.append(f"cp -a {library} {disk}/library")
    if full:
        steps.append(f"(head -c 4000000 /dev/zero > {disk}/filler 2>/dev/null; true)")
    if read_only:
        steps.append(f"mount -o remount,ro {disk}")
    steps.append(shlex.join([str(CARDSCAN), "--library", f"{disk}/library", *args]))
    return subprocess.run(["unshare", "-Urm", "sh", "-c", " && ".join(steps)], capture_output=True, timeout=120,
                          env=cardscan_env(), stdin=subprocess.DEVNULL)


def test_creating_a_library_on_a_full_disk(tmp_path: Path) -> None:
    done = on_small_disk(tmp_path, "scan", str(tmp_path / "missing.jpg"))
    lines = stderr_lines(done)
    assert done.returncode == 4, lines
    assert lines[-1].endswith("library.sqlite: the disk is full (free some space; nothing was lost)"), lines


@pytest.mark.parametrize("how", ["full", "read-only"])
def test_an_existing_library_can_still_be_read(tmp_path: Path, how: str) -> None:
    library = tmp_path / "library"
    ids = make_library(library, 3)
    flags = {"full": how == "full", "read_only": how == "read-only"}
    listed = on_small_disk(tmp_path, "list", "--json", library=library, **flags)
    assert listed.returncode == 0, stderr_lines(listed)
    assert len(listed.stdout.decode().splitlines()) == 3
    shown = on_small_disk(tmp_path, "show", str(ids[0]), library=library, **flags)
    assert shown.returncode == 0 and b"Card " in shown.stdout, stderr_lines(shown)
    exported = on_small_disk(tmp_path, "export", "--pocket", "all", "-o", "-", library=library, **flags)
    assert exported.returncode == 0 and exported.stdout.count(b"BEGIN:VCARD") == 3, stderr_lines(exported)
    changed = on_small_disk(tmp_path, "set", str(ids[0]), "pocket=keep", library=library, **flags)
    lines = stderr_lines(changed)
    assert changed.returncode == 4 and len(lines) == 1, lines
    assert "cannot write to the library (read-only) (the disk may be full" in lines[0], lines
