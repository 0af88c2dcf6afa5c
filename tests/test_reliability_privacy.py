"""Privacy: cardscan works with no network at all and never tries to use one.

- Statically: no module of the package imports a networking module.
- At run time: scan (with its worker processes), triage and export run with every socket creation made to fail
  (a sitecustomize on PYTHONPATH, so the spawned workers get it too) and every attempt recorded; the same run again
  traced by strace for socket() and connect() system calls from native code as well; and again in a network
  namespace of its own, which has no network. Each layer is a test of its own: where the system cannot provide one
  (no strace, namespaces refused), that test is reported as skipped with the reason, never as passed.

What is allowed: the kernel-local pairs of connected sockets (socketpair) that asyncio makes to wake its own
event loop. They are created already connected to each other and can reach nothing else.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from badinputs import CARDSCAN, cardscan_env, check_library, good_photo, with_comment

import cardscan
from cardscan.model import Pocket
from cardscan.ocr import DEFAULT_ENGINE, ENGINES
from cardscan.store import Library

PACKAGE = Path(cardscan.__file__).parent
TESTS = Path(__file__).parent
NETWORK_MODULES = {
    "socket", "_socket", "ssl", "_ssl", "http", "urllib", "urllib3", "requests", "httpx", "aiohttp", "ftplib",
    "smtplib", "poplib", "imaplib", "telnetlib", "nntplib", "xmlrpc", "socketserver", "websocket", "websockets",
    "webbrowser", "asyncio.streams",
}  # fmt: skip

SITECUSTOMIZE = '''
"""Installed by test_reliability_privacy: no socket can be made in this process or the processes it starts."""
import errno, os, socket, _socket

_LOG = os.environ["CARDSCAN_TEST_NETWORK_LOG"]
_Socket = socket.socket
_RawSocket = _socket.socket


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what}\\n")


def _refuse(what):
    _record(what)
    return OSError(errno.EACCES, f"network access is blocked in this test: {what}")


class _GuardedSocket(_Socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:  # a new socket; socketpair() and fromfd() wrap descriptors that exist already
            raise _refuse(f"socket.socket({family}, {type}, {proto})")
        super().__init__(family, type, proto, fileno)


class _GuardedRawSocket(_RawSocket):  # socket.socket initialises itself through _socket.socket.__init__
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            raise _refuse(f"_socket.socket({family}, {type}, {proto})")
        _RawSocket.__init__(self, family, type, proto, fileno)


def _blocked(name):
    def refuse(*args, **kwargs):
        raise _refuse(f"{name}{args!r}")
    return refuse


socket.socket = _GuardedSocket
_socket.socket = _GuardedRawSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "getnameinfo", "fromshare"):
    if hasattr(socket, _name):
        setattr(socket, _name, _blocked(f"socket.{_name}"))
for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
    setattr(_socket, _name, _blocked(f"_socket.{_name}"))
'''

# The guard is in force in this process and in a spawned child (as the scan's workers are started).
CONTROL = """
import multiprocessing, socket, sys

def attempt(_):
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    except OSError as exc:
        return "blocked" if "blocked in this test" in str(exc) else f"failed otherwise: {exc}"
    return "connected"

if __name__ == "__main__":
    a, b = socket.socketpair()  # allowed: what asyncio's event loop needs
    a.close(); b.close()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        print(attempt(0), pool.map(attempt, [0])[0])
"""

# Triage, headless: keep the first card, discard the second, write a note on the third, quit.
TRIAGE = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from tui_cards import new_app, open_session
from cardscan.store import Library

async def main():
    with Library.open(sys.argv[1], create=False) as lib:
        app = new_app(open_session(lib))
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("k", "d", "n", *"call back", "escape")
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()

asyncio.run(main())
"""


def test_no_module_of_the_package_imports_a_networking_module() -> None:
    found = []
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 40
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                names = [str(node.args[0].value)]
            for name in names:
                if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {name}")
    assert found == []


def _network_free_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network-attempts.log"
    log.touch()
    path = os.pathsep.join(p for p in (str(guard), os.environ.get("PYTHONPATH", "")) if p)
    env = cardscan_env(PYTHONPATH=path, CARDSCAN_TEST_NETWORK_LOG=str(log),
                       CARDSCAN_CONFIG_DIR=str(tmp_path / "config"), HOME=str(tmp_path / "home"),
                       XDG_DATA_HOME=str(tmp_path / "data"))
    return env, log


def _isolation() -> list[str] | str:
    """`unshare --net`, a network namespace of our own (no network in it); or why this system does not allow it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return "unshare is not installed (Debian package util-linux)"
    probe = subprocess.run([unshare, "--net", "true"], capture_output=True, text=True)
    if probe.returncode:
        return f"this system refuses a network namespace: {probe.stderr.strip()}"
    return [unshare, "--net"]


def _traced(log: Path) -> list[str] | str:
    """strace for socket() and connect() system calls, from native code too; or why it cannot run here."""
    strace = shutil.which("strace")
    if strace is None:
        return "strace is not installed (Debian package strace, in scripts/debian-packages.txt)"
    probe = subprocess.run([strace, "-f", "-o", os.devnull, "true"], capture_output=True, text=True)
    if probe.returncode:
        return f"strace cannot trace here: {probe.stderr.strip()}"
    return [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log)]


def _layer(prefix: list[str] | str) -> list[str]:
    """The command prefix of a layer, or a skip that says which layer was not checked and why."""
    if isinstance(prefix, str):
        pytest.skip(f"this layer was not checked: {prefix}")
    return prefix


@pytest.mark.slow
@pytest.mark.parametrize("layer", ["socket guard", "network namespace", "strace"])
def test_scan_triage_and_export_work_with_the_network_cut_off(tmp_path: Path, layer: str) -> None:
    """Each layer is its own test, so a layer the system cannot provide shows as skipped, with the reason."""
    isolation = _layer(_isolation()) if layer == "network namespace" else []
    tracing = layer == "strace"
    if tracing:
        _layer(_traced(tmp_path / "probe.log"))
    env, attempts = _network_free_env(tmp_path)
    (tmp_path / "control.py").write_text(CONTROL, encoding="utf-8")  # a file: spawn re-imports it in the child
    control = subprocess.run([sys.executable, str(tmp_path / "control.py")], capture_output=True, text=True, env=env,
                             timeout=120)
    assert control.stdout.split() == ["blocked", "blocked"], control.stderr
    attempts.write_text("")

    folder = tmp_path / "photos"
    folder.mkdir()
    for seed in (61, 62):
        (folder / f"card-{seed}.jpg").write_bytes(good_photo(seed))
    (folder / "card-61-again.jpg").write_bytes(with_comment(good_photo(61), "again"))
    library = tmp_path / "library"
    traces: list[Path] = []
    if tracing:  # the tracer sees what native code does: check that it would
        probe = subprocess.run([*_layer(_traced(tmp_path / "probe.log")), sys.executable, "-c",
                                "import socket; socket.socket()"],
                               capture_output=True, text=True, timeout=60)
        assert probe.returncode == 0 and "socket(AF_INET" in (tmp_path / "probe.log").read_text(), probe.stderr

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        traces.append(tmp_path / f"syscalls-{len(traces)}.log")
        trace = _layer(_traced(traces[-1])) if tracing else []
        done = subprocess.run([*isolation, *trace, *argv], capture_output=True, text=True, env=env,
                              timeout=300, stdin=subprocess.DEVNULL)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    scan = run(str(CARDSCAN), "--library", str(library), "scan", "--jobs", "2", str(folder))
    assert scan.returncode == 0, scan.stderr
    assert "3 photos read, 3 cards found" in scan.stderr
    # Every engine's models are on the machine already. Under strace, the engines that read in-process only: the
    # `tesseract` command that pytesseract runs asks glibc's name-service cache daemon (nscd, a local AF_UNIX
    # socket) for the user database as it starts, which the tracer cannot tell apart from a network call.
    others = [e for e in ENGINES if e != DEFAULT_ENGINE and not (tracing and e == "pytesseract")]
    for engine in others:
        other = run(str(CARDSCAN), "--library", str(library), "scan", "--engine", engine, "--jobs", "2",
                    "--no-store", "--rescan", "--json", str(folder))
        assert other.returncode == 0, other.stderr
        assert len(other.stdout.splitlines()) == 3, (engine, other.stderr)
    triage = run(sys.executable, "-c", TRIAGE.format(tests=str(TESTS)), str(library))
    assert triage.returncode == 0, triage.stderr
    with Library.open(library, create=False) as lib:
        cards = lib.list_cards()
        assert [c.pocket for c in cards] == [Pocket.KEEP, Pocket.DISCARD, Pocket.PENDING]
        assert cards[2].note == "call back"
    for fmt, name in (("vcard", "keep.vcf"), ("csv", "keep.csv"), ("google", "google.csv"), ("ics", "follow.ics")):
        export = run(str(CARDSCAN), "--library", str(library), "export", "--format", fmt, "-o", str(tmp_path / name))
        assert export.returncode == 0, export.stderr
        assert (tmp_path / name).stat().st_size > 100
    check_library(library)

    assert attempts.read_text() == "", "something tried to use the network"
    # ONNX Runtime's telemetry client (rapidocr's engine) keeps its device id and event queue there when on.
    assert not (tmp_path / "home" / ".cache" / "Microsoft").exists(), "a telemetry store was made"
    for trace in traces:
        if trace.exists():
            network = [line for line in trace.read_text().splitlines() if re.search(r"\b(socket|connect)\(", line)]
            assert network == [], network
