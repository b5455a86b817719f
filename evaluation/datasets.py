"""Readers for the public data sets under the data folder (formats: the folder's README.md).

Every reader takes the data folder and returns typed rows; a missing file raises FileNotFoundError.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True)
class SentencePair:
    """Two sentences and a gold value: 1.0/0.0 for paraphrase sets, the 0-5 similarity for STS-B."""

    first: str
    second: str
    gold: float


@dataclass(frozen=True)
class SickPair:
    first: str
    second: str
    judgment: str  # NEUTRAL, ENTAILMENT or CONTRADICTION


@dataclass(frozen=True)
class SummEditsItem:
    id: str
    doc: str
    summary: str
    consistent: bool
    edit_types: tuple[str, ...]  # GPT-4-predicted; empty for most consistent summaries
    split: str  # "test" (report) or "evaluation" (tuning)


ClaimDiffRelation = Literal["strengthen", "weaken", "neither", "both"]


@dataclass(frozen=True)
class ClaimDiffPair:
    pair_id: str
    claim_a: str
    claim_b: str
    relation: ClaimDiffRelation


def read_tsv(path: Path, header: bool) -> list[list[str]]:
    """Tab-separated rows, quotes taken literally (the sets quote nothing), BOM and header dropped."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    return rows[1:] if header else rows


def mrpc(data: Path, file_name: str) -> list[SentencePair]:
    """MRPC pairs from mrpc/<file_name>; gold 1.0 = paraphrase."""
    rows = read_tsv(data / "mrpc" / file_name, header=True)
    return [SentencePair(r[3], r[4], float(r[0])) for r in rows]


def paws_wiki(data: Path, split: Literal["dev", "test"]) -> list[SentencePair]:
    """PAWS-Wiki labelled-final pairs (no header: id, s1, s2, label); gold 1.0 = paraphrase."""
    rows = read_tsv(data / "paws-wiki" / f"{split}.tsv", header=False)
    return [SentencePair(r[1], r[2], float(r[3])) for r in rows]


def stsb(data: Path, split: Literal["train", "dev", "test"]) -> list[SentencePair]:
    """STS-B pairs (genre, file, year, id, score, s1, s2, [license fields]); gold = the 0-5 score."""
    rows = read_tsv(data / "stsb" / f"sts-{split}.csv", header=False)
    return [SentencePair(r[5], r[6], float(r[4])) for r in rows]


def sick_test(data: Path) -> list[SickPair]:
    """SICK test pairs with their entailment judgment."""
    rows = read_tsv(data / "sick" / "SICK_test_annotated.txt", header=True)
    return [SickPair(r[1], r[2], r[4]) for r in rows]


def summedits_news(data: Path) -> list[SummEditsItem]:
    """All SummEdits news items, both splits."""
    items = json.loads((data / "summedits-news" / "summedits_news.json").read_text(encoding="utf-8"))
    return [
        SummEditsItem(
            id=str(x["id"]),
            doc=x["doc"],
            summary=x["summary"],
            consistent=int(x["label"]) == 1,
            edit_types=tuple(x["edit_types"]),
            split=x["split"],
        )
        for x in items
    ]


def claimdiff_test(data: Path) -> list[ClaimDiffPair]:
    """ClaimDiff test pairs, the strength (S) and weak (W) files joined on pair_id."""
    def relations(path: Path) -> dict[str, dict[str, object]]:
        return {d["pair_id"]: d for d in json.loads(path.read_text(encoding="utf-8"))["data"]}

    strong = relations(data / "claimdiff" / "ClaimDiff-S" / "ClaimDiff-strength-test.json")
    weak = relations(data / "claimdiff" / "ClaimDiff-W" / "ClaimDiff-weak-test.json")
    names: dict[tuple[int, int], ClaimDiffRelation] = {
        (1, 0): "strengthen", (0, 1): "weaken", (0, 0): "neither", (1, 1): "both"
    }
    return [
        ClaimDiffPair(
            pair_id=pair_id,
            claim_a=str(item["claim_a"]),
            claim_b=str(item["claim_b"]),
            relation=names[(int(str(item["relation"])), int(str(weak[pair_id]["relation"])))],
        )
        for pair_id, item in strong.items()
        if pair_id in weak
    ]
