# Pas à Pas — the commands of the README. Each target sets up what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint bench screenshots package dist dist-check clean translations

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

# dist/pasapas/: the one-folder bundle (PyInstaller, installer/pasapas.spec), with the built catalogues;
# `package` is its old name.
BUILD_STAMP := $(VENV)/.build-installed
$(BUILD_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,build]'
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/pasapas.spec

package: dist

# Builds the bundle, runs its own selfcheck, installs the wheel in a fresh venv and runs selfcheck there,
# and prints the figures (bundle size, frozen start vs source start) as JSON lines.
dist-check: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python installer/dist_check.py dist/pasapas

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
