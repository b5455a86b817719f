"""`python -m bench [--quick] [--only NAME ...]`: claim-compare against a naive baseline, side by side, one run.

Both services run as real uvicorn subprocesses on free loopback ports, each start with an empty data directory.
Prints a table and writes every sample to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import signal
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import measure, report
from bench.data import DataMissing, FreshPool, eval_data_dir, qags_texts
from bench.server import PEAK_RSS, REPO

PHASES = ("cold", "fresh5", "corpus", "scaling", "concurrency", "embedder")
NEEDS_QAGS = {"fresh5", "scaling", "concurrency", "embedder"}
DEFAULT_OUTPUT = REPO / "bench" / "results" / "latest.json"


def _finite(value: Any) -> Any:
    """The results with NaN/inf turned into None, so the JSON is standard."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)  # so that atexit stops the servers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 3 repetitions, no 100-article size, 10 s of concurrent load")
    parser.add_argument("--only", action="append", choices=PHASES, metavar="NAME",
                        help=f"run only this measurement (repeatable): {', '.join(PHASES)}")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON results")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _on_sigterm)

    began = time.perf_counter()
    command = "python -m bench" + "".join(f" {shlex.quote(a)}" for a in (sys.argv[1:] if argv is None else argv))
    machine = report.machine()
    results: dict[str, Any] = {
        "command": command, "date": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine,
        "quick": args.quick, "scaling_cap": measure.SCALING_CAP, "notes": [], "errors": {},
    }
    print(f"claim-compare benchmark — {results['date']}\ncommand: {command}")
    print(f"machine: {machine['nproc']} CPUs, {machine['cpu']}, {machine['ram_gib']} GiB RAM; "
          f"load average at start {', '.join(f'{x:.2f}' for x in machine['loadavg'])}")

    pool = concurrency_pool = None
    try:
        texts = qags_texts()
        pool = FreshPool(texts)
        try:
            concurrency_pool = FreshPool(texts + qags_texts("mturk_xsum.jsonl"))
        except DataMissing:
            concurrency_pool = FreshPool(texts)
        print(f"fresh articles: {len(texts)} CNN/DailyMail articles from {eval_data_dir() / 'qags'}")
    except DataMissing as error:
        message = f"{error} Skipping: {', '.join(sorted(NEEDS_QAGS))}."
        print(f"WARNING: {message}", file=sys.stderr)
        results["notes"].append(message)

    cfg = measure.Config(quick=args.quick, pool=pool, concurrency_pool=concurrency_pool,
                         log=lambda msg: print(msg, flush=True))
    runners: dict[str, Callable[[], dict[str, Any]]] = {
        "cold": lambda: measure.cold_start(cfg),
        "fresh5": lambda: measure.fresh_five(cfg),
        "corpus": lambda: measure.corpus_runs(cfg),
        "scaling": lambda: measure.scaling(cfg),
        "concurrency": lambda: measure.concurrency(cfg),
        "embedder": lambda: _embedder(args.quick),
    }
    for phase in args.only or PHASES:
        if phase in NEEDS_QAGS and pool is None:
            continue
        print(f"[{phase}] ({time.perf_counter() - began:.0f} s elapsed)", flush=True)
        try:
            results[phase] = runners[phase]()
        except Exception as error:  # one broken measurement should not lose the others
            traceback.print_exc()
            results["errors"][phase] = f"{type(error).__name__}: {error}"
    results["peak_rss_bytes"] = dict(PEAK_RSS)
    if "concurrency" in results:
        reused = {name: r["articles_reused"] for name, r in results["concurrency"].items()}
        if any(reused.values()):
            results["notes"].append(f"concurrency ran out of unseen articles and reused some: {reused}")
    results["loadavg_end"] = report.machine()["loadavg"]
    results["wall_seconds"] = time.perf_counter() - began

    print()
    print(report.table(("measurement", "claim-compare", "naive", "ours/naive", "target", "met"),
                       list(report.rows(results))))
    if "embedder" in results:
        print("\nembedder throughput vs FLOP floor (in-process, all-MiniLM-L6-v2)")
        print(report.table(("", "value"), report.embed_rows(results["embedder"])))
    for note in results["notes"]:
        print(f"note: {note}")
    for phase, message in results["errors"].items():
        print(f"ERROR in {phase}: {message}")
    print(f"load average at end {', '.join(f'{x:.2f}' for x in results['loadavg_end'])}; "
          f"wall time {results['wall_seconds']:.0f} s")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(_finite(results), indent=2) + "\n", encoding="utf-8")
    print(f"results: {args.output}")
    return 1 if results["errors"] else 0


def _embedder(quick: bool) -> dict[str, Any]:
    from bench.embed import embedder

    return embedder(quick)


if __name__ == "__main__":
    sys.exit(main())
