#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/debian-packages.txt that are missing.
# Quick when nothing is missing: one dpkg-query, no apt-get at all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "ensure-system: not a Debian/Ubuntu system; install Tesseract and its language data yourself (see README)." >&2
    exit 0
fi

mapfile -t wanted < <(grep -v '^\s*#' "$list" | grep -v '^\s*$')
# python3-venv is only needed when the python3 in use has no working venv/ensurepip.
if python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    wanted=("${wanted[@]/python3-venv}")
fi
missing=()
for pkg in "${wanted[@]}"; do
    [ -n "$pkg" ] || continue
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-system: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "ensure-system: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
