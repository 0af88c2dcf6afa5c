#!/usr/bin/env bash
# `make lock`: resolve pyproject.toml's ranges afresh in a throw-away virtualenv and write requirements.lock with the
# exact version of every package the .venv gets (pip and setuptools too). Updating the lock is a deliberate change:
# run `make test` afterwards and commit the lock with what it changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --upgrade pip setuptools
"$tmp/venv/bin/python" -m pip install --quiet '.[dev]'
{
    echo "# Exact versions of every Python package cardscan's .venv gets: made by \`make lock\` (scripts/lock.sh),"
    echo "# installed by \`make setup\` (scripts/ensure-venv.sh). Resolved on $("$PYTHON" -c 'import platform; print("CPython", platform.python_version(), platform.system(), platform.machine())')."
    "$tmp/venv/bin/python" -m pip freeze --all | grep -v -i '^cardscan[= @]' | LC_ALL=C sort -f
} > requirements.lock.new
mv requirements.lock.new requirements.lock
echo "lock: wrote requirements.lock ($(grep -vc '^#' requirements.lock) packages)"
