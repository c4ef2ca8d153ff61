"""Fixtures for end-to-end tests: the installed `factcli` executable, run as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

FACTCLI = Path(sys.executable).parent / "factcli"
REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


@pytest.fixture(scope="session")
def factcli_bin() -> Path:
    """The console script installed beside the interpreter running the tests."""
    if not FACTCLI.exists():
        pytest.fail(f"factcli is not installed beside {sys.executable}")
    return FACTCLI


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture
def run(factcli_bin: Path) -> Callable[..., subprocess.CompletedProcess]:
    """Run factcli with stdout and stderr piped (never a terminal); output must be UTF-8."""

    def _run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
             cwd: Path | None = None, errors: str = "strict") -> subprocess.CompletedProcess:
        result = subprocess.run([str(factcli_bin), *args], input=stdin, capture_output=True,
                                env={**os.environ, **(env or {})}, cwd=cwd,
                                timeout=TIMEOUT_S, check=False)
        return subprocess.CompletedProcess(result.args, result.returncode,
                                           result.stdout.decode("utf-8", errors),
                                           result.stderr.decode("utf-8", errors))

    return _run


@pytest.fixture(scope="session")
def claim_id(factcli_bin: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The id of the first claim in the shipped knowledge file (for `show`)."""
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(tmp_path_factory.mktemp("claim-id-cache"))}
    result = subprocess.run([str(factcli_bin), "export", "--format", "jsonl"],
                            capture_output=True, text=True, env=env, timeout=TIMEOUT_S,
                            check=True)
    return json.loads(result.stdout.splitlines()[0])["id"]
