# Two commands do all set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app
# Extra arguments for `make run`, e.g. make run ARGS="--db clinic.sqlite3"
ARGS ?=

.PHONY: run test lint typecheck bench screenshots test-postgres bundle clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changed since the last install. `make run` installs the app
# alone; the test, lint and build tools come with the dev extra, for `make test` and friends.
$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(APP_STAMP)

run: $(APP_STAMP)
	$(BIN)/bonetracker $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy bonetracker

typecheck: $(STAMP)
	$(BIN)/mypy bonetracker

# The whole suite: ruff, layer contracts, mypy, then every test (GUI tests run offscreen), with
# a gate of 100 % line coverage on bonetracker/domain (the pure rules every view relies on).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --cov --cov-report=term-missing:skip-covered \
		--cov-fail-under=100

# The storage and service suites against a real PostgreSQL server started for the run:
#   make test-postgres        (needs Debian's postgresql; .ci/run does the same)
test-postgres: $(STAMP)
	bash .ci/with-postgres $(BIN)/python -m pytest -q -m postgres

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# The Qt translation catalogs: the window's strings into ui_<lang>.ts, the domain's, services', storage's
# and the report's into core_<lang>.ts (pyside6-lupdate keeps finished translations), then the
# compiled .qm files beside them (committed, so an installed app needs no build step).
UI_SOURCES = $(shell find bonetracker/ui -name '*.py' ! -path 'bonetracker/ui/report.py' ! -path 'bonetracker/ui/handout.py' | sort)
CORE_SOURCES = bonetracker/domain bonetracker/services bonetracker/storage bonetracker/ui/report.py bonetracker/ui/handout.py
LANGUAGES = es
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts bonetracker/translations/ui_$$lang.ts && \
		$(BIN)/pyside6-lupdate -no-obsolete -extensions py $(CORE_SOURCES) -ts bonetracker/translations/core_$$lang.ts; \
	done
	for ts in bonetracker/translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm packaging/bonetracker.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
