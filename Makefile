# Pas à Pas — the commands of the README. Each target sets up what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint bench screenshots package clean translations

$(STAMP): pyproject.toml
	bash installer/debian-deps.sh
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/pasapas

demo: $(STAMP) translations
	rm -rf /tmp/pasapas-demo && $(BIN)/pasapas --data-dir /tmp/pasapas-demo demo --requests 3000 && $(BIN)/pasapas --data-dir /tmp/pasapas-demo

# The catalogues from the code's tr() texts (French filled in, English for a translator) and the .qm of the
# shipped languages (tools/translations.py); under a second, and reproducible: the same .ts gives the same .qm.
translations: $(STAMP)
	$(BIN)/python -m tools.translations

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots docs/screenshots

package: $(STAMP) translations
	$(BIN)/pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller --noconfirm --clean installer/pasapas.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
