# The two commands of the README's Quick start: `make demo` and `make test`.
# Each installs what is missing (Debian packages, .venv from requirements.lock) and nothing more.

PYTHON ?= python3
export PYTHON
VENV := .venv
BIN := $(VENV)/bin
OUT := out
DEMO_LIBRARY := $(OUT)/demo-library

.PHONY: demo test bench bench-indep bench-real bench-perturbed calibrate confidence-held-out bench-library bench-tui bench-export setup system venv lock lint clean

setup: system venv

# Debian packages (scripts/debian-packages.txt): one dpkg-query when nothing is missing.
system:
	@scripts/ensure-system.sh

# The .venv, exactly as requirements.lock says: returns at once when the lock and pyproject.toml are unchanged.
venv: system
	@scripts/ensure-venv.sh

# Resolve pyproject.toml's ranges afresh and write requirements.lock (a deliberate change: `make test` after it).
lock:
	@scripts/lock.sh

# The main job on the bundled sample photos: scan into a throw-away library, summary table, exports, and a
# follow-up draft per contact in out/drafts/.
demo: setup
	@rm -rf $(DEMO_LIBRARY)
	@mkdir -p $(OUT)
	$(BIN)/cardscan --library $(DEMO_LIBRARY) scan sample_cards/ --summary
	$(BIN)/cardscan --library $(DEMO_LIBRARY) export --format vcard --pocket all --force -o $(OUT)/contacts.vcf
	$(BIN)/cardscan --library $(DEMO_LIBRARY) export --format csv --pocket all --force -o $(OUT)/contacts.csv
	$(BIN)/cardscan --library $(DEMO_LIBRARY) drafts --pocket all --force -o $(OUT)/drafts

# The whole test suite, lint, types and the import rule.
test: setup
	$(BIN)/ruff check cardscan tests tools scripts
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python scripts/bench_scan.py

# An independent synthetic benchmark (tools/fakercards: Faker's words in 15 locales, its own layouts and fonts),
# scored by the real-card scorer: make bench-indep [INDEP="--set eval --n 120 --jobs 2"]
bench-indep: setup
	$(BIN)/python scripts/bench_indep.py $(INDEP)

# Real card photos (kept outside the repository; a message and exit 0 when absent):
#   make bench-real [REAL=folder] [ENGINE=name]   (or CARDSCAN_REAL_DIR=folder)
bench-real: setup
	$(BIN)/python scripts/bench_real.py $(REAL) $(if $(ENGINE),--engine $(ENGINE))

# The real card photos made worse (shrunk, a thumbnail, turned, compressed, dim), scored beside the photos as they
# are: make bench-perturbed [REAL=folder] [ENGINE=name] [PERTURB="--kind half --labels FILE"]
bench-perturbed: setup
	$(BIN)/python scripts/bench_perturbed.py $(REAL) $(if $(ENGINE),--engine $(ENGINE)) $(PERTURB)

# Refit each engine's field-confidence calibration on the real card photos (OCR cached under
# ~/.cache/cardscan-calib), rewrite cardscan/extract/calibration/<engine>.json and print the figures:
#   make calibrate [REAL=folder] [ENGINE=name]
calibrate: setup
	$(BIN)/python scripts/calibrate_confidence.py $(REAL) $(if $(ENGINE),--engine $(ENGINE))

# The stored calibration measured on held-out photos it was never fitted on (bench/real parts 52 to 55); fits nothing:
#   make confidence-held-out [REAL=folder] [ENGINE=name]
confidence-held-out: setup
	$(BIN)/python scripts/confidence_held_out.py $(REAL) $(if $(ENGINE),--engine $(ENGINE))

bench-library: setup
	$(BIN)/python scripts/bench_library.py

bench-export: setup
	$(BIN)/python scripts/bench_export.py

bench-tui: setup
	$(BIN)/python scripts/bench_tui.py

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
