# newscrawl — the two commands: `make demo` and `make test`. Both set themselves up from a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup bytecode demo test test-fast lint format bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

## Bytecode for the project's own modules, written once: with PYTHONDONTWRITEBYTECODE set (it is, on the machines here)
## every `newscrawl` child and processing worker would otherwise compile them again (~0.3 s CPU each).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q crawler newscrawl_kit >/dev/null

## Offline demo: serve the bundled replay web, crawl it into SQLite (var/news.db), print a report.
demo: bytecode
	$(BIN)/newscrawl demo

## The whole test suite (Postgres at 127.0.0.1:5432 is used when it answers; required when CI=true).
## Two workers, whole files each (a file's module fixtures crawl once): most tests wait on a crawl or a browser.
## Then the memory measurements (marker `alone`), with nothing beside them.
TEST_WORKERS ?= 2
test: bytecode
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m "not alone"
	$(BIN)/pytest -m alone

test-fast: $(STAMP)
	$(BIN)/pytest -m "not quality and not browser and not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf var/ .pytest_cache .ruff_cache
