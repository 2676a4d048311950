# make run   — set up .venv, migrate, serve http://127.0.0.1:$${PORT:-5000} with a parse worker
# make test  — set up .venv, run the tests (also on PostgreSQL when RECRUIT_TEST_DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 5000
PYTEST_ARGS ?= -n 2

.PHONY: install run test lint clean bench-load bench-queue bench-growth

install: $(STAMP)

# Reinstall only when the dependency list changes; an editable install picks up code changes.
$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	$(BIN)/recruit db upgrade
	$(BIN)/recruit run --host 127.0.0.1 --port $(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# 50 candidates for 60 s against gunicorn (2 processes) + 2 workers, on SQLite and, when
# RECRUIT_TEST_DATABASE_URL is set, PostgreSQL. BENCH_ARGS="--seconds 20 --users 10" to shorten.
bench-load: install
	$(BIN)/python -m bench.load $(BENCH_ARGS)

# ruff (style), import-linter (the layers in pyproject.toml: no cycles, a pure parser), mypy.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

# Not part of `make test`: seeds 100,000 candidates (SQLite, and PostgreSQL when
# RECRUIT_BENCH_DATABASE_URL is set) and prints p50/p95 of the queue and search.
bench-queue: install
	$(BIN)/python -m bench.queue

# Not part of `make test`: grows one throwaway PostgreSQL database (RECRUIT_BENCH_DATABASE_URL
# names the server) through 10,000, 100,000 and 1,000,000 candidates, bulk-loaded with COPY,
# and prints p50/p95 per page and size. GROWTH_SIZES="10000 100000" for a shorter run.
GROWTH_SIZES ?= 10000 100000 1000000
bench-growth: install
	$(BIN)/python -m bench.growth $(GROWTH_SIZES) $(BENCH_ARGS)
