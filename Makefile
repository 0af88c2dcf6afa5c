# The two commands of the README's Quick start: `make demo` and `make test`.
# Each installs what is missing (Debian packages, .venv with cardscan) and nothing more.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.cardscan-installed
SYSTEM_STAMP := $(VENV)/.system-checked
OUT := out
DEMO_LIBRARY := $(OUT)/demo-library

.PHONY: demo test bench bench-library bench-tui bench-export setup lint clean

setup: $(STAMP) system

.PHONY: system
system:
	@scripts/ensure-system.sh

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "cardscan needs Python >= 3.11 (found $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# The main job on the bundled sample photos: scan into a throw-away library, summary table, exports.
demo: setup
	@rm -rf $(DEMO_LIBRARY)
	@mkdir -p $(OUT)
	$(BIN)/cardscan --library $(DEMO_LIBRARY) scan sample_cards/ --summary
	$(BIN)/cardscan --library $(DEMO_LIBRARY) export --format vcard --pocket all --force -o $(OUT)/contacts.vcf
	$(BIN)/cardscan --library $(DEMO_LIBRARY) export --format csv --pocket all --force -o $(OUT)/contacts.csv

# The whole test suite, lint, types and the import rule.
test: setup
	$(BIN)/ruff check cardscan tests tools scripts
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python scripts/bench_scan.py

bench-library: setup
	$(BIN)/python scripts/bench_library.py

bench-export: setup
	$(BIN)/python scripts/bench_export.py

bench-tui: setup
	$(BIN)/python scripts/bench_tui.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
