"""The terminal front end: a readable report, divergences first, and the contract body with --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.cli import main, print_report
from service.examples import corpus

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for article in corpus()[:4]:
        path = folder / article["file"]
        path.write_text(article["text"], encoding="utf-8")
        paths.append(path)
    return paths


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLAIM_COMPARE_DATA_DIR": str(cwd / "data")}
    return subprocess.run(
        [sys.executable, "-m", "service", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=300
    )


def test_json_output_is_the_contract_body(corpus_files: list[Path], tmp_path: Path) -> None:
    done = run_cli("compare", "--json", *map(str, corpus_files[:2]), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert {"id", "articles", "claims", "groups", "unique", "summary"} <= set(body)
    assert len(body["articles"]) == 2


def test_report_lists_divergences_then_agreements_then_unique(corpus_files: list[Path], tmp_path: Path) -> None:
    dates = ["--date=2025-03-03", "--date=2025-03-02", "--date=2025-03-02", "--date=2025-03-03"]
    done = run_cli("compare", *dates, *map(str, corpus_files), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.index("DIVERGENCES") < out.index("AGREEMENTS") < out.index("UNIQUE DETAILS")
    assert "slated to meet" in out


def test_bad_arguments_exit_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  ", encoding="utf-8")
    assert main(["compare", str(empty), str(empty)]) == 2
    assert "empty" in capsys.readouterr().err
    assert main(["compare", str(tmp_path / "missing.txt"), str(empty)]) == 2


def test_print_report_shows_evidence() -> None:
    body = {
        "articles": [{"id": "a", "source": "A"}, {"id": "b", "source": "B"}],
        "claims": [
            {"id": "a:1", "article_id": "a", "text": "It cost £2.26 billion."},
            {"id": "b:1", "article_id": "b", "text": "It cost £1.6 billion."},
            {"id": "b:2", "article_id": "b", "text": "Only B says this."},
        ],
        "groups": [{"id": "g1", "status": "divergence", "claim_ids": ["a:1", "b:1"], "pairs": [
            {"claim_ids": ["a:1", "b:1"], "divergences": [{"kind": "number", "a": "£2.26 billion",
                                                           "b": "£1.6 billion", "explanation": "x"}]}]}],
        "unique": [{"claim_id": "b:2", "article_id": "b"}],
        "summary": {"claims": 3, "groups": 1, "divergences": 1, "agreements": 0, "unique": 1},
    }
    from io import StringIO

    out = StringIO()
    print_report(body, out)
    text = out.getvalue()
    assert "! number: A '£2.26 billion' / B '£1.6 billion'" in text
    assert "Only B says this." in text.split("UNIQUE DETAILS")[1]
