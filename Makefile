# Veille: two commands do everything on a fresh machine with Python 3.11, pip and make.
#   make demo   set up, then ingest examples/ into demo.db and print what was found
#   make test   set up, then run the checks (lint, format, types) and the whole test suite
#   make check  lint (ruff), formatting (ruff format --check) and types (mypy)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.veille-installed
DB     ?= demo.db

.PHONY: setup demo test check unit bench eval gate clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/models.txt
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); \
	  echo "python3 -m venv is not available (Debian: apt-get install python3-venv); using virtualenv"; \
	  { $(PYTHON) -m pip install --quiet --user --break-system-packages virtualenv 2>/dev/null || \
	    $(PYTHON) -m pip install --quiet --user virtualenv; } && $(PYTHON) -m virtualenv --quiet $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[test,kb]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/veille ingest examples/ --db $(DB) --summary

test: setup check
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

unit: setup
	$(BIN)/python -m pytest -q -m "not e2e"

eval: setup
	$(BIN)/veille eval corpus/dev/gold

gate: setup
	$(BIN)/python -m pytest -q tests/test_quality_gate.py

bench: setup
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/textclean.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/stages.py
	$(BIN)/python bench/store.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
