# Two commands for a newcomer: `make run` (set up everything, serve on 127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run test lint typecheck eval bench train clean

# torch==2.13.0 goes in first: it is the CPU build, and it then satisfies sentence-transformers' torch
# requirement. Letting a dependency pull torch on its own would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/uvicorn service.main:app --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check service tests evaluation bench
	$(BIN)/mypy service

test: lint
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python -m evaluation

bench: install
	$(BIN)/python -m bench

# The embedder first (fine-tuned on STS-B train, then int8): the alignment scorer is calibrated on its similarities.
train: install
	$(BIN)/python -m evaluation.finetune --output build/minilm-stsb
	$(BIN)/python -m evaluation.quantize --weights build/minilm-stsb
	$(BIN)/python -m evaluation.calibrate

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
