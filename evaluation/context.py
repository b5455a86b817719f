"""What every evaluation task receives, and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evaluation.table import Table
from service.pipeline.run import Models, Thresholds

# The service's defaults (service/config.py); fixed here so figures stay comparable across runs.
THRESHOLDS = Thresholds(candidate_threshold=0.35, max_event_gap_days=21)


class PublicDataMissing(RuntimeError):
    """A task needs the public data folder and there is none."""


@dataclass(eq=False)  # hashed by identity, so per-run caches can key on it
class Context:
    models: Models
    data: Path | None  # the public data folder, None when it does not exist
    limit: int | None  # subsample each public split to at most this many items
    thresholds: Thresholds = THRESHOLDS

    def public_data(self) -> Path:
        """The public data folder; raises PublicDataMissing when there is none."""
        if self.data is None:
            raise PublicDataMissing("no public data folder")
        return self.data


@dataclass(frozen=True)
class Outcome:
    """A task's figures (a dataclass, written to latest.json) and the table printed for them."""

    figures: object
    table: Table
