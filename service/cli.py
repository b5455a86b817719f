"""The terminal front end: `claim-compare compare a.txt b.txt ...` over the same engine as the service."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from service.config import get_settings
from service.engine import ArticleDraft, Engine, parse_published


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="claim-compare", description="Compare news articles claim by claim.")
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("compare", help="compare two or more article text files")
    compare.add_argument("files", nargs="+", type=Path, help="plain-text article files (UTF-8)")
    compare.add_argument("--source", action="append", default=[], help="outlet name per file, in order")
    compare.add_argument("--date", action="append", default=[], help="publication date per file (YYYY-MM-DD)")
    compare.add_argument("--json", action="store_true", help="print the v1 contract body as JSON")
    args = parser.parse_args(argv)

    try:
        drafts = _drafts(args.files, args.source, args.date)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"claim-compare: {error}", file=sys.stderr)
        return 2
    body = Engine(get_settings()).compare(drafts)
    if args.json:
        json.dump(body, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(body, sys.stdout)
    return 0


def _drafts(files: Sequence[Path], sources: Sequence[str], dates: Sequence[str]) -> list[ArticleDraft]:
    if len(files) < 2:
        raise ValueError("give at least two article files")
    drafts = []
    for index, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            raise ValueError(f"{path} is empty")
        published = dates[index] if index < len(dates) else None
        parse_published(published)  # fail early on a bad date
        drafts.append(
            ArticleDraft(
                id=f"{index + 1}-{_slug(path.stem)}",
                source=sources[index] if index < len(sources) else path.stem,
                text=text,
                published_at=published,
            )
        )
    return drafts


def _slug(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in name)
    return cleaned[:40] or "article"


def print_report(body: dict[str, Any], out: TextIO) -> None:
    """Divergences first with their evidence, then agreements, then unique details per source."""
    claims = {c["id"]: c for c in body["claims"]}
    sources = {a["id"]: a["source"] for a in body["articles"]}
    summary = body["summary"]
    out.write(
        f"{summary['claims']} claims in {len(body['articles'])} articles: {summary['groups']} groups "
        f"({summary['divergences']} diverging, {summary['agreements']} agreeing), {summary['unique']} unique.\n"
    )

    def claim_line(claim_id: str) -> str:
        claim = claims[claim_id]
        return _wrap(f"[{sources[claim['article_id']]}] {claim['text']}", indent="    ")

    divergent = [g for g in body["groups"] if g["status"] == "divergence"]
    agreeing = [g for g in body["groups"] if g["status"] == "agreement"]
    out.write(f"\nDIVERGENCES ({len(divergent)})\n")
    for group in divergent:
        out.write(f"\n  {group['id']}\n")
        for claim_id in group["claim_ids"]:
            out.write(claim_line(claim_id) + "\n")
        for pair in group["pairs"]:
            for divergence in pair["divergences"]:
                first, second = (sources[claims[c]["article_id"]] for c in pair["claim_ids"])
                out.write(
                    f"    ! {divergence['kind']}: {first} {divergence['a']!r} / {second} {divergence['b']!r}\n"
                )
    out.write(f"\nAGREEMENTS ({len(agreeing)})\n")
    for group in agreeing:
        out.write(f"\n  {group['id']}\n")
        for claim_id in group["claim_ids"]:
            out.write(claim_line(claim_id) + "\n")
    out.write(f"\nUNIQUE DETAILS ({len(body['unique'])})\n")
    for article_id, source in sources.items():
        mine = [u["claim_id"] for u in body["unique"] if u["article_id"] == article_id]
        if mine:
            out.write(f"\n  {source}\n")
            for claim_id in mine:
                out.write(_wrap(claims[claim_id]["text"], indent="    - ", rest="      ") + "\n")


def _wrap(text: str, indent: str, rest: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()), width=110, initial_indent=indent, subsequent_indent=rest or indent + "  "
    )


if __name__ == "__main__":
    raise SystemExit(main())
