"""Where the repository, its gold sets, the public data sets and the results live."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_ENV_VAR = "CLAIM_COMPARE_EVAL_DATA"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
GOLD_DIR = REPO_ROOT / "tests" / "data"
EXAMPLES_DIR = REPO_ROOT / "service" / "examples"
RESULTS_FILE = REPO_ROOT / "evaluation" / "results" / "latest.json"
ALIGNMENT_FILE = REPO_ROOT / "models" / "alignment.json"


def data_dir() -> Path:
    """The public data folder: $CLAIM_COMPARE_EVAL_DATA if set, else ../shared/data next to the repo.

    The path is returned whether or not it exists; callers check.
    """
    configured = os.environ.get(DATA_ENV_VAR)
    return Path(configured).expanduser().resolve() if configured else DEFAULT_DATA_DIR
