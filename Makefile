# lpdesk: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install system-deps lint types contracts ui-check pytest bench soak package screenshots ui translations ts clean mutation

run: install system-deps translations
	$(BIN)/lpdesk --demo-if-empty

# make's start (read once, when this file is parsed), for the time make test and make pytest record.
MAKE_STARTED := $(shell date +%s.%N)
MAKE_LOAD    := $(shell cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
# A run narrowed by PYTEST_ARGS is not the suite: it is not recorded. Under make test, pytest's
# part is not recorded on its own (it is the same run).
RECORD_RUN    = $(if $(strip $(PYTEST_ARGS)),echo "(PYTEST_ARGS given: not recorded as a make $(1) run)",$(BIN)/python -m bench.make_test record $(1) --started $(MAKE_STARTED) --load "$(MAKE_LOAD)" --workers $(PYTEST_WORKERS))

# Its wall time, once everything passed, goes to .cache/make-test.json (make bench, figure 8).
test: install system-deps lint types contracts ui-check pytest
	@$(call RECORD_RUN,test)

install: $(STAMP)

$(STAMP): requirements/runtime.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

lint: install
	$(BIN)/ruff check lpdesk tests scripts bench packaging
	$(BIN)/ruff format --check lpdesk tests scripts bench packaging

types: install
	$(BIN)/mypy

contracts: install
	$(BIN)/lint-imports

ui-check: install
	$(BIN)/python scripts/compile_ui.py --check

ui: install
	$(BIN)/python scripts/compile_ui.py

# The interface's translations: build the .qm files the app loads (ts: refresh the .ts sources
# from the code after changing strings; translators then edit them in Qt Linguist).
translations: install
	$(BIN)/python scripts/translations.py build

ts: install
	$(BIN)/python scripts/translations.py update

# The suite on one worker process per core plus one, at most four (docs/testing.md, "Running in
# parallel": the tests wait on PostgreSQL, LibreOffice, Orca and PyInstaller, and the extra worker
# uses those waits); PYTEST_WORKERS=0 runs it in this process alone.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); n=$$((n + 1)); [ $$n -gt 4 ] && n=4; echo $$n)
pytest: install translations
	bash scripts/run-tests.sh -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)
	@$(if $(filter test,$(MAKECMDGOALS)),:,$(call RECORD_RUN,pytest))

bench: install system-deps
	$(BIN)/python -m bench

# Mutation testing of the rules and of who receives what (docs/testing.md): every mutant tried
# against its own package's fast tests, then the score per module and each survivor by name.
MUTATION_JOBS ?= 2
mutation: install
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children $(MUTATION_JOBS)
	$(BIN)/python scripts/mutation_score.py --survivors

soak: install system-deps
	LPDESK_SOAK_KILLS=1000 bash scripts/run-tests.sh -m slow -k crash
	LPDESK_CLI_FUZZ_EXAMPLES=10000 bash scripts/run-tests.sh tests/fuzz/test_cli_argument_fuzz.py

package: install translations
	bash scripts/build_bundle.sh

screenshots: install system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/screenshots_scaled.py --scale 1.5 --out docs/screenshots
	$(BIN)/python scripts/screenshots_scaled.py --scale 2 --out docs/screenshots

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache mutants
