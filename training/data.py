"""Readers for the public data the judge is trained and measured on (folder layout: ../shared/data/README.md).

Only STS-B train is ever used for training. STS-B dev picks the checkpoint; STS-B test and MRPC test are for
reporting only.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_ENV_VAR = "CLAIM_COMPARE_EVAL_DATA"
MODEL_DIR = REPO_ROOT / "models" / "pair-judge"
EXAMPLES_DIR = REPO_ROOT / "service" / "examples"


@dataclass(frozen=True)
class Pair:
    """Two sentences and a gold value in [0, 1]: STS-B score / 5, or MRPC's paraphrase label."""

    first: str
    second: str
    gold: float


def data_dir() -> Path:
    """$CLAIM_COMPARE_EVAL_DATA if set, else ../shared/data next to the repository."""
    configured = os.environ.get(DATA_ENV_VAR)
    return Path(configured).expanduser().resolve() if configured else REPO_ROOT.parent / "shared" / "data"


def _rows(path: Path, header: bool) -> list[list[str]]:
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (set {DATA_ENV_VAR} to the public data folder)")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    return rows[1:] if header else rows


def stsb(split: Literal["train", "dev", "test"], data: Path | None = None) -> list[Pair]:
    """STS-B rows (genre, file, year, id, score 0-5, s1, s2, [license fields]); gold = score / 5."""
    rows = _rows((data or data_dir()) / "stsb" / f"sts-{split}.csv", header=False)
    return [Pair(r[5], r[6], float(r[4]) / 5.0) for r in rows]


def mrpc(file_name: str, data: Path | None = None) -> list[Pair]:
    """MRPC rows (Quality, #1 ID, #2 ID, #1 String, #2 String); gold 1.0 = paraphrase. Never for training."""
    rows = _rows((data or data_dir()) / "mrpc" / file_name, header=True)
    return [Pair(r[3], r[4], float(r[0])) for r in rows]


def pair_key(first: str, second: str) -> tuple[str, str]:
    """Order-free key for overlap checks: lowercased, whitespace collapsed, the two sides sorted."""
    a, b = (" ".join(s.lower().split()) for s in (first, second))
    return (a, b) if a <= b else (b, a)
