"""`python -m evaluation`: run every evaluation task, print a table each, write results/latest.json."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from evaluation import alignment, corpus, divergence, revisions, stories, summaries
from evaluation.context import Context, Outcome
from evaluation.paths import ALIGNMENT_FILE, DATA_ENV_VAR, RESULTS_FILE, data_dir
from evaluation.table import Table, render


@dataclass(frozen=True)
class Task:
    name: str
    section: str  # "alignment" (issue 3) or "divergence" (issue 4)
    public: bool  # needs the public data folder
    run: Callable[[Context], Outcome]


TASKS = (
    Task("corpus-alignment", "alignment", False, corpus.alignment),
    Task("corpus-second", "alignment", False, corpus.alignment_second),
    Task("stories-alignment", "alignment", False, stories.alignment),
    Task("mrpc", "alignment", True, alignment.mrpc),
    Task("paws", "alignment", True, alignment.paws),
    Task("stsb", "alignment", True, alignment.stsb),
    Task("news-pairs", "alignment", False, alignment.news_pairs),
    Task("corpus-divergence", "divergence", False, corpus.divergence),
    Task("stories-divergence", "divergence", False, stories.divergence),
    Task("revisions", "divergence", False, revisions.revisions),
    Task("summaries", "divergence", False, summaries.corpus_summaries),
    Task("summaries-news", "divergence", False, summaries.news_summaries),
    Task("summedits", "divergence", True, divergence.summedits),
    Task("sick", "divergence", True, divergence.sick),
    Task("claimdiff", "divergence", True, divergence.claimdiff),
)
SELECTORS = sorted({t.section for t in TASKS} | {t.name for t in TASKS} | {"corpus", "stories"})


def selected(task: Task, only: list[str]) -> bool:
    """A task runs when nothing is selected, or its section, name or name prefix ("corpus", "stories") is."""
    return not only or bool({task.section, task.name, task.name.split("-")[0]} & set(only))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument(
        "--only", action="append", default=[], metavar="SECTION",
        help="run only these sections or tasks (repeat or comma-separate): " + ", ".join(SELECTORS),
    )
    parser.add_argument("--limit", type=int, metavar="N",
                        help="subsample each public split to N items (fixed seed) for a quick run")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list misses and false alarms under the tables"
    )
    parser.add_argument(
        "--calibrate", action="store_true",
        help="instead of evaluating, fit models/alignment.json (as python -m evaluation.calibrate)",
    )
    parser.add_argument(
        "--output", type=Path, default=RESULTS_FILE, help="results file (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    args.only = [s.strip() for value in args.only for s in value.split(",") if s.strip()]
    unknown = sorted(set(args.only) - set(SELECTORS))
    if unknown:
        parser.error(f"unknown --only value(s) {', '.join(unknown)}; choose from {', '.join(SELECTORS)}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the selected tasks; exit 1 if a task could not read a file it needs, else 0."""
    args = parse_args(argv)
    if args.calibrate:
        from evaluation import calibrate

        return calibrate.main([])

    from service.pipeline.run import load_models  # slow import: after argument errors are reported

    tasks = [t for t in TASKS if selected(t, args.only)]
    folder = data_dir()
    data = folder if folder.is_dir() else None
    if data is None:
        print(f"Public data sets skipped: no folder at {folder} (set {DATA_ENV_VAR} to point elsewhere); "
              "running the repo's gold sets only.")
    if args.limit:
        print(f"Quick run: public splits subsampled to at most {args.limit} items each (fixed seed).")

    started = time.perf_counter()
    ctx = Context(models=load_models(), data=data, limit=args.limit)
    timings = {"load models": time.perf_counter() - started}
    sections: dict[str, dict[str, object]] = {}
    problems: dict[str, str] = {}
    for task in tasks:
        if task.public and data is None:
            problems[task.name] = "skipped: no public data folder"
            continue
        print(f"... {task.name}", file=sys.stderr, flush=True)
        begun = time.perf_counter()
        try:
            outcome = task.run(ctx)
        except FileNotFoundError as error:
            problems[task.name] = f"missing file: {error.filename}"
            print(f"\n== {task.name}: could not run, missing file {error.filename}")
            continue
        timings[task.name] = time.perf_counter() - begun
        sections.setdefault(task.section, {})[task.name] = asdict(outcome.figures)  # type: ignore[call-overload]
        print("\n" + render(outcome.table, args.verbose) + f"\n  ({timings[task.name]:.0f} s)", flush=True)

    timings["total"] = time.perf_counter() - started
    print("\n" + render(_timing_table(timings, problems), verbose=True))
    _write(args.output, args, ctx, data, sections, timings, problems)
    print(f"\nwrote {args.output}")
    return 1 if any(p.startswith("missing file") for p in problems.values()) else 0


def _timing_table(timings: dict[str, float], problems: dict[str, str]) -> Table:
    return Table(
        title="Timings",
        header=("step", "seconds"),
        rows=tuple((name, f"{seconds:.1f}") for name, seconds in timings.items()),
        notes=tuple(f"{name}: {problem}" for name, problem in problems.items()),
    )


def _write(
    path: Path,
    args: argparse.Namespace,
    ctx: Context,
    data: Path | None,
    sections: dict[str, dict[str, object]],
    timings: dict[str, float],
    problems: dict[str, str],
) -> None:
    """latest.json: how the run was made, every figure by section and task, timings and skipped tasks."""
    results = {
        "run": {
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "data_dir": str(data_dir()),
            "public_data_found": data is not None,
            "limit": args.limit,
            "only": args.only,
            "service_threshold": ctx.models.scorer.threshold,
            "thresholds": asdict(ctx.thresholds),
            "alignment_model": json.loads(ALIGNMENT_FILE.read_text()) if ALIGNMENT_FILE.exists() else None,
        },
        "sections": sections,
        "timings_seconds": {name: round(seconds, 2) for name, seconds in timings.items()},
        "not_run": problems,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2, ensure_ascii=False, default=_plain)
    path.write_text(text + "\n", encoding="utf-8")


def _plain(value: object) -> object:
    """numpy scalars as Python numbers; anything else unknown is an error."""
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


if __name__ == "__main__":
    sys.exit(main())
