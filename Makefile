# sumber: the two quick-start commands are `make quickstart` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup quickstart test lint eval bench

$(BIN)/sumber: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $(BIN)/sumber

setup: $(BIN)/sumber

quickstart: setup
	$(BIN)/sumber analyze examples/articles.jsonl --format text
	rm -f examples.db
	$(BIN)/sumber ingest examples/articles.jsonl --db sqlite:///examples.db
	$(BIN)/sumber disputes --db sqlite:///examples.db

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy src

eval: setup
	$(BIN)/python scripts/evaluate_all.py

bench: setup
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python scripts/benchmark.py --repeat 5 --write BENCHMARKS.md
