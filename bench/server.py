"""A service under test: one uvicorn subprocess on a free loopback port, with its own empty data directory."""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
APPS = {"claim-compare": "service.main:app", "naive": "bench.naive:app"}
READY_TIMEOUT = 300.0
_running: set[Server] = set()
PEAK_RSS: dict[str, int] = {}  # service name -> largest VmHWM of any of its processes, in bytes


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerError(RuntimeError):
    """The server did not become ready, or died."""


class Server:
    """`with Server("naive") as s:` starts it, waits for /readyz 200 (recording the time) and stops it on exit."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.app = APPS[name]
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.workdir = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
        self.startup_seconds = float("nan")
        self.peak_rss_bytes = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> float:
        """Launches the process and returns the seconds from launch to the first /readyz 200."""
        self.port = free_port()
        env = dict(os.environ)
        env.update({
            "CLAIM_COMPARE_DATA_DIR": str(self.workdir / "data"),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")])),
        })
        command = [sys.executable, "-m", "uvicorn", self.app, "--host", "127.0.0.1", "--port", str(self.port),
                   "--log-level", "warning", "--no-access-log"]
        log = (self.workdir / "server.log").open("wb")
        began = time.perf_counter()
        self.proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        log.close()
        _running.add(self)
        deadline = began + READY_TIMEOUT
        with httpx.Client(timeout=2.0) as client:
            while time.perf_counter() < deadline:
                if self.proc.poll() is not None:
                    raise ServerError(f"{self.name} exited with {self.proc.returncode}:\n{self.log_tail()}")
                try:
                    if client.get(f"{self.url}/readyz").status_code == 200:
                        self.startup_seconds = time.perf_counter() - began
                        return self.startup_seconds
                except httpx.HTTPError:
                    pass
                time.sleep(0.05)
        self.stop()
        raise ServerError(f"{self.name} not ready after {READY_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        path = self.workdir / "server.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def read_peak_rss(self) -> int:
        """VmHWM of the server process, in bytes (0 when it cannot be read); kept as the largest seen."""
        if self.proc is None or self.proc.poll() is not None:
            return self.peak_rss_bytes
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_rss_bytes = max(self.peak_rss_bytes, int(line.split()[1]) * 1024)
                    PEAK_RSS[self.name] = max(PEAK_RSS.get(self.name, 0), self.peak_rss_bytes)
        except OSError:
            pass
        return self.peak_rss_bytes

    def stop(self) -> None:
        """Records peak RSS, then ends the process group (SIGTERM, then SIGKILL) and removes the data dir."""
        if self.proc is not None:
            self.read_peak_rss()
            if self.proc.poll() is None:
                try:
                    os.killpg(self.proc.pid, signal.SIGTERM)
                    self.proc.wait(timeout=10)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    try:
                        os.killpg(self.proc.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    self.proc.wait(timeout=10)
            self.proc = None
        _running.discard(self)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


@atexit.register
def _stop_all() -> None:
    for server in list(_running):
        server.stop()
