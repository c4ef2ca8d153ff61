"""A non-editable install carries the knowledge file and works from any directory."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True, capture_output=True)
    return next(out.glob("factcli-*.whl"))


def test_wheel_ships_the_knowledge_files_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.name for p in (REPO / "data").iterdir()}
    assert {f"factcli/data/{name}" for name in shipped} <= names


def test_installed_package_answers_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([sys.executable, "-m", "factcli", "entities", "--format", "tsv"],
                            cwd=elsewhere, capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(target), "FACTCLI_NO_CACHE": "1",
                                 "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    rows = {line.split("\t")[0]: line.split("\t")[3] for line in result.stdout.splitlines()[1:]}
    assert rows["hkust"] == "香港科技大學"
    assert rows["polyu"] == "香港理工大學"
    assert rows["hku"] == "香港大學"
