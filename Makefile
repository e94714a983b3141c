# The two promises of the README: `make demo` and `make test` work on a fresh
# machine with Python 3.11 and make. Everything installs into .venv.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
DEMO_DB ?= demo.db

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/claimledger ingest examples/seeds --db $(DEMO_DB)
	$(BIN)/claimledger show --db $(DEMO_DB)
	@echo; echo "== Across the articles: claims that disagree"
	$(BIN)/claimledger conflicts --db $(DEMO_DB)
	@echo; echo "== Forecasts and promises, and what became of them"
	$(BIN)/claimledger forecasts --db $(DEMO_DB)
	@echo
	@echo "The ledger is in $(DEMO_DB). Read it in a browser:"
	@echo "  $(BIN)/claimledger serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

$(VENV)/.installed-bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/attribution.py
	$(BIN)/python bench/time.py
	$(BIN)/python bench/crossdoc.py
	$(BIN)/python bench/html_extraction.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm test-artifacts
