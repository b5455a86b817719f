"""The five corpus articles (ukraine-2025), bundled for the docs example, demos and tests."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

# Paragraphs kept for the docs example: enough to show agreements, a status divergence ("slated to meet" /
# "met" King Charles), an attribution divergence (Zakharova / the Kremlin) and unique details.
_EXAMPLE_PARAGRAPHS = {
    "001_38c915e248984259.txt": ("stand more firmly", "Make a deal", "On Saturday, Zelensky met", "Zakharova"),
    "002_8de78db802ec8292.txt": ("requested a more unwavering", "verbal clash", "the Kremlin dismissed",
                                 "slated to meet"),
    "003_dd719cc034fb214c.txt": ("draft a Ukraine peace plan", "heated exchange", "Sandringham"),
}
_EXAMPLE_IDS = {"001_38c915e248984259.txt": "outlet-001", "002_8de78db802ec8292.txt": "outlet-002",
                "003_dd719cc034fb214c.txt": "outlet-003"}


def corpus() -> list[dict[str, Any]]:
    """All five articles as request-shaped dicts (source, published_at, text, id)."""
    folder = files(__package__)
    meta = json.loads(folder.joinpath("articles.json").read_text(encoding="utf-8"))
    return [
        {
            "id": entry["file"][:3],
            "source": entry["source"],
            "published_at": entry["published_at"],
            "text": folder.joinpath(entry["file"]).read_text(encoding="utf-8"),
            "file": entry["file"],
        }
        for entry in meta["articles"]
    ]


def docs_example() -> dict[str, Any]:
    """A trimmed three-article request for "Try it out" that gives a meaningful answer in about a second."""
    articles = []
    for article in corpus():
        keep = _EXAMPLE_PARAGRAPHS.get(article["file"])
        if keep is None:
            continue
        paragraphs = [p for p in article["text"].splitlines() if p.strip()]
        articles.append({
            "id": _EXAMPLE_IDS[article["file"]],
            "source": article["source"],
            "published_at": article["published_at"],
            "text": "\n".join(p for p in paragraphs if any(phrase in p for phrase in keep)),
        })
    return {"articles": articles, "options": {}}
