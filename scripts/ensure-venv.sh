#!/usr/bin/env bash
# Makes .venv exactly as requirements.lock says (every package at its locked version, cardscan itself editable),
# and nothing more: when the lock and pyproject.toml are what the venv was made from, it returns at once.
# A changed lock gives a new venv from scratch, so no package of an older lock stays behind.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.cardscan-installed
want=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ -x "$VENV/bin/python" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
    exit 0
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "cardscan needs Python >= 3.11 (found $("$PYTHON" --version 2>&1))" >&2; exit 1; }
echo "ensure-venv: making $VENV from requirements.lock" >&2
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
pin() { grep -i "^$1==" requirements.lock; }
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$(pin pip)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
# The build backend comes from the lock too (no isolated build environment that would fetch the newest setuptools).
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
"$VENV/bin/python" -m pip check >&2
echo "$want" > "$STAMP"
