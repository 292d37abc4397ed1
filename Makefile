# sumber: the two quick-start commands are `make quickstart` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup quickstart serve test lint eval bench

$(BIN)/sumber: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $(BIN)/sumber

setup: $(BIN)/sumber

# Ends by serving the web UI when run from a terminal (Ctrl-C stops it); from a script, or
# with SERVE=0, it prints the command instead of blocking.
quickstart: setup
	$(BIN)/sumber analyze examples/articles.jsonl --format text
	rm -f examples.db examples.db-wal examples.db-shm
	$(BIN)/sumber ingest examples/articles.jsonl --db sqlite:///examples.db
	$(BIN)/sumber disputes --db sqlite:///examples.db
	@if [ -t 0 ] && [ -t 1 ] && [ "$(SERVE)" != "0" ]; then \
		echo "Open http://127.0.0.1:8000/ in a browser (Ctrl-C stops the server)."; \
		$(BIN)/sumber serve --db sqlite:///examples.db; \
	else \
		echo "To browse the examples: $(BIN)/sumber serve --db sqlite:///examples.db"; \
	fi

serve: setup
	$(BIN)/sumber serve --db sqlite:///examples.db

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

# corpus scale too (sumber batch on all cores, HTML/WARC, ingest, linking up to 100k articles;
# long): set SUMBER_BENCH_POSTGRES to a server to include PostgreSQL
bench-scale: setup
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python scripts/benchmark.py --repeat 5 --scale --write BENCHMARKS.md
