"""The measurements over HTTP. Both services run as real uvicorn subprocesses; only one is ever sent work at a time,
and repetitions alternate between them (ours first on even runs, naive first on odd ones) so that machine noise
falls on both alike."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import numpy as np

from bench.data import WARMUP, Article, Draw, FreshPool, corpus_articles
from bench.server import Server

SERVICES = ("claim-compare", "naive")
REQUEST_TIMEOUT = 300.0
SCALING_CAP = 120.0


@dataclass
class Config:
    """What to run and with what inputs (`pool` is None when the QAGS data is missing)."""

    quick: bool
    pool: FreshPool | None
    concurrency_pool: FreshPool | None
    log: Any = print
    notes: list[str] = field(default_factory=list)

    @property
    def reps(self) -> int:
        return 3 if self.quick else 7


SETTLE_SECONDS = 0.5


class RequestFailed(RuntimeError):
    """A comparison did not come back 201."""


def compare(client: httpx.Client, server: Server, articles: list[Article], timeout: float = REQUEST_TIMEOUT
            ) -> tuple[float, dict[str, Any]]:
    """POSTs one comparison; returns (seconds, body). Raises RequestFailed on any status but 201."""
    # The two servers take turns. torch's worker threads keep spinning for a moment after a request, so without
    # a pause one server's next request would pay for the other's idle threads.
    time.sleep(SETTLE_SECONDS)
    began = time.perf_counter()
    response = client.post(f"{server.url}/v1/comparisons", json={"articles": articles}, timeout=timeout)
    seconds = time.perf_counter() - began
    if response.status_code != 201:
        raise RequestFailed(f"{server.name}: HTTP {response.status_code}: {response.text[:300]}")
    return seconds, response.json()


def order(rep: int) -> tuple[str, ...]:
    return SERVICES if rep % 2 == 0 else SERVICES[::-1]


def summary(samples: list[float]) -> dict[str, Any]:
    return {"median": statistics.median(samples), "p95": float(np.percentile(samples, 95)),
            "min": min(samples), "max": max(samples), "n": len(samples), "samples": samples}


def start_warm(name: str) -> Server:
    """A started server that has answered one small comparison (first-call setup is not what we measure)."""
    server = Server(name)
    server.start()
    with httpx.Client() as client:
        compare(client, server, WARMUP)
    return server


@contextmanager
def both_servers() -> Iterator[dict[str, Server]]:
    """Both services, started one after the other and warmed up; stopped (peak RSS recorded) on exit."""
    with ExitStack() as stack:
        servers = {}
        for name in SERVICES:
            servers[name] = start_warm(name)
            stack.callback(servers[name].stop)
        yield servers


def cold_start(cfg: Config) -> dict[str, Any]:
    """Seconds from process launch to /readyz 200, alternating the services."""
    samples: dict[str, list[float]] = {name: [] for name in SERVICES}
    for rep in range(2 if cfg.quick else 3):
        for name in order(rep):
            server = Server(name)
            try:
                samples[name].append(server.start())
            finally:
                server.stop()
            cfg.log(f"  cold start {name}: {samples[name][-1]:.2f} s")
    return {name: summary(values) for name, values in samples.items()}


def fresh_five(cfg: Config) -> dict[str, Any]:
    """5 articles never seen by the server, different every run; the same articles go to both services."""
    assert cfg.pool is not None
    times: dict[str, list[float]] = {name: [] for name in SERVICES}
    sentences: dict[str, list[int]] = {name: [] for name in SERVICES}
    draw = cfg.pool.draw()
    with both_servers() as servers, httpx.Client() as client:
        for rep in range(cfg.reps):
            articles = draw.take(5)
            for name in order(rep):
                seconds, body = compare(client, servers[name], articles)
                times[name].append(seconds)
                sentences[name].append(len(body["claims"]))
            cfg.log(f"  5 fresh #{rep + 1}: " + ", ".join(f"{n} {times[n][-1]:.2f} s" for n in SERVICES))
    draw.close()
    return {name: {**summary(times[name]), "sentences": sentences[name]} for name in SERVICES}


def corpus_runs(cfg: Config) -> dict[str, Any]:
    """The five corpus articles again and again (after a first run), then that story plus one fresh article."""
    story = corpus_articles()
    out: dict[str, Any] = {name: {} for name in SERVICES}
    with both_servers() as servers, httpx.Client() as client:
        for name in SERVICES:
            seconds, body = compare(client, servers[name], story)
            out[name]["first"] = seconds
            out[name]["sentences"] = len(body["claims"])
        again: dict[str, list[float]] = {name: [] for name in SERVICES}
        for rep in range(cfg.reps):
            for name in order(rep):
                again[name].append(compare(client, servers[name], story)[0])
        for name in SERVICES:
            out[name]["again"] = summary(again[name])
        cfg.log("  re-compare: " + ", ".join(f"{n} {out[n]['again']['median']:.3f} s" for n in SERVICES))
        if cfg.pool is None:
            return out
        draw = cfg.pool.draw()
        plus: dict[str, list[float]] = {name: [] for name in SERVICES}
        for rep in range(cfg.reps):
            articles = story + draw.take(1)
            for name in order(rep):
                plus[name].append(compare(client, servers[name], articles)[0])
        draw.close()
        for name in SERVICES:
            out[name]["plus_one"] = summary(plus[name])
        cfg.log("  story + 1 new: " + ", ".join(f"{n} {out[n]['plus_one']['median']:.3f} s" for n in SERVICES))
    return out


def scaling(cfg: Config) -> dict[str, Any]:
    """One comparison each of 10, 25, 50 (and 100) fresh articles; a run past SCALING_CAP is cut off."""
    assert cfg.pool is not None
    sizes = [10, 25, 50] if cfg.quick else [10, 25, 50, 100]
    out: dict[str, dict[Any, Any]] = {name: {} for name in SERVICES}
    draw = cfg.pool.draw()
    servers: dict[str, Server] = {}

    def stop_all() -> None:
        for server in servers.values():
            server.stop()

    with ExitStack() as stack, httpx.Client() as client:
        stack.callback(stop_all)
        for name in SERVICES:
            servers[name] = start_warm(name)
        for rep, size in enumerate(sizes):
            articles = draw.take(size)
            for name in order(rep):
                previous = [(n, r) for n, r in out[name].items() if "seconds" in r]
                if any(r.get("capped") for r in out[name].values()):
                    out[name][size] = {"capped": True, "note": "a smaller size already exceeded the cap"}
                    continue
                if previous and previous[-1][1]["seconds"] * size / previous[-1][0] > 2 * SCALING_CAP:
                    out[name][size] = {"capped": True, "note": "linear estimate from the last size is over 2x cap"}
                    continue
                try:
                    seconds, body = compare(client, servers[name], articles, timeout=SCALING_CAP)
                except httpx.TimeoutException:
                    out[name][size] = {"capped": True, "note": f"no answer within {SCALING_CAP:.0f} s"}
                    servers[name].stop()  # it is still computing: stop it so that it steals no CPU
                    servers[name] = start_warm(name)
                    continue
                n = len(body["claims"])
                out[name][size] = {"seconds": seconds, "sentences": n, "ms_per_sentence": 1000 * seconds / max(n, 1)}
                cfg.log(f"  {size} articles {name}: {seconds:.2f} s, {n} sentences")
    draw.close()
    for name in SERVICES:
        low, high = out[name].get(sizes[0], {}), out[name].get(sizes[-1], {})
        if "ms_per_sentence" in low and "ms_per_sentence" in high:
            out[name]["growth"] = high["ms_per_sentence"] / low["ms_per_sentence"]
    return {name: {str(k): v for k, v in results.items()} for name, results in out.items()}


def concurrency(cfg: Config) -> dict[str, Any]:
    """Four clients sending 5-fresh-article comparisons, and a fifth sampling /healthz every 50 ms."""
    assert cfg.concurrency_pool is not None
    duration = 10.0 if cfg.quick else 30.0
    out = {}
    for name in SERVICES:
        server = start_warm(name)
        try:
            out[name] = _load(server, cfg.concurrency_pool.draw(), duration)
        finally:
            server.stop()
        result = out[name]
        cfg.log(f"  4 clients {name}: {result['throughput']:.2f}/s, p95 {result['latency']['p95']:.2f} s, "
                f"/healthz p99 {result['healthz_ms']['p99']:.1f} ms, 503s {result['status_503']}")
    return out


def _load(server: Server, draw: Draw, duration: float) -> dict[str, Any]:
    latencies: list[float] = []
    health_ms: list[float] = []
    counts = {"ok": 0, "503": 0, "error": 0, "health_errors": 0}
    lock = threading.Lock()
    began = time.perf_counter()
    deadline = began + duration
    stop_health = threading.Event()

    def worker() -> None:
        with httpx.Client() as client:
            while time.perf_counter() < deadline:
                articles = draw.take(5)
                t0 = time.perf_counter()
                try:
                    response = client.post(f"{server.url}/v1/comparisons", json={"articles": articles},
                                           timeout=REQUEST_TIMEOUT)
                except httpx.HTTPError:
                    with lock:
                        counts["error"] += 1
                    continue
                seconds = time.perf_counter() - t0
                with lock:
                    if response.status_code == 201:
                        counts["ok"] += 1
                        latencies.append(seconds)
                    elif response.status_code == 503:
                        counts["503"] += 1
                    else:
                        counts["error"] += 1
                if response.status_code == 503:
                    time.sleep(min(float(response.headers.get("Retry-After", "1") or 1), 2.0))

    def health() -> None:
        with httpx.Client() as client:
            while not stop_health.is_set():
                t0 = time.perf_counter()
                try:
                    ok = client.get(f"{server.url}/healthz", timeout=5.0).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - t0
                health_ms.append(1000 * elapsed)
                if not ok:
                    counts["health_errors"] += 1
                stop_health.wait(max(0.0, 0.05 - elapsed))

    workers = [threading.Thread(target=worker, daemon=True) for _ in range(4)]
    sampler = threading.Thread(target=health, daemon=True)
    sampler.start()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=duration + REQUEST_TIMEOUT + 10)
    elapsed = time.perf_counter() - began
    stop_health.set()
    sampler.join(timeout=10)
    draw.close()
    return {
        "duration_s": elapsed,
        "completed": counts["ok"],
        "throughput": counts["ok"] / elapsed,
        "latency": summary(latencies) if latencies else {"median": float("nan"), "p95": float("nan")},
        "status_503": counts["503"],
        "errors": counts["error"],
        "healthz_ms": {"p50": float(np.percentile(health_ms, 50)), "p99": float(np.percentile(health_ms, 99)),
                       "max": max(health_ms), "n": len(health_ms), "errors": counts["health_errors"]},
        "articles_reused": draw.reused,
    }
