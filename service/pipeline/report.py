"""Shape a Comparison as the v1 contract body (plain JSON-ready dicts)."""

from __future__ import annotations

from typing import Any

from service.pipeline.types import Comparison


def to_contract(
    comparison: Comparison, comparison_id: str, created_at: str, provenance: dict[str, Any]
) -> dict[str, Any]:
    claims = comparison.claims
    groups = []
    for number, group in enumerate(comparison.groups, start=1):
        groups.append({
            "id": f"g{number}",
            "status": group.status,
            "claim_ids": [claims[i].id for i in group.members],
            "pairs": [
                {
                    "claim_ids": [claims[p.a].id, claims[p.b].id],
                    "similarity": round(p.similarity, 4),
                    "relation": p.relation,
                    "aligned": p.aligned,
                    "divergences": [
                        {"kind": d.kind, "a": d.a, "b": d.b, "explanation": d.explanation} for d in p.divergences
                    ],
                }
                for p in group.pairs
            ],
        })
    pairs = [p for g in comparison.groups for p in g.pairs]
    divergent_groups = sum(1 for g in comparison.groups if g.status == "divergence")
    return {
        "id": comparison_id,
        "created_at": created_at,
        "articles": [
            {
                "id": a.id,
                "source": a.source,
                "title": a.title,
                "url": a.url,
                "published_at": a.published_at.isoformat() if a.published_at else None,
            }
            for a in comparison.articles
        ],
        "claims": [
            {"id": c.id, "article_id": c.article_id, "text": c.text, "start": c.start, "end": c.end,
             "kind": c.kind.value}
            for c in claims
        ],
        "groups": groups,
        "unique": [{"claim_id": claims[i].id, "article_id": claims[i].article_id} for i in comparison.unique],
        "summary": {
            "claims": len(claims),
            "groups": len(groups),
            "agreements": len(groups) - divergent_groups,
            "divergences": divergent_groups,
            "unique": len(comparison.unique),
            "pairs": len(pairs),
            "divergent_pairs": sum(1 for p in pairs if p.relation == "divergence"),
        },
        "provenance": provenance,
    }
