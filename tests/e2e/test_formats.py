"""Output into a pipe: plain text by default, and csv/json/jsonl that their parsers accept."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

ANSI = re.compile(r"\x1b")
BOX_DRAWING = re.compile(r"[\u2500-\u257f]")

# Every command that prints something, with arguments that give it something to print.
# "{claim}" is replaced by a real claim id; verify runs from the repository root.
COMMANDS: dict[str, list[str]] = {
    "ask": ["ask", "How many unicorns does HKUST have?"],
    "ask_zh": ["ask", "科大有幾多間獨角獸？"],
    "ask_declined": ["ask", "What is the airspeed of an unladen swallow?"],
    "check": ["check", "HKUST has 10 unicorns"],
    "compare": ["compare", "hkust", "polyu"],
    "list": ["list"],
    "show": ["show", "{claim}"],
    "entities": ["entities"],
    "sources": ["sources"],
    "export": ["export"],
    "validate": ["validate"],
    "verify": ["verify", "--sources", "../shared/seeds"],
}
# validate and verify print their summary to stderr except in json/jsonl.
TABULAR = [name for name in COMMANDS if name not in {"validate", "verify"}]


@pytest.fixture
def invoke(run: Callable[..., subprocess.CompletedProcess], claim_id: str, repo_root: Path,
           request: pytest.FixtureRequest) -> Callable[..., subprocess.CompletedProcess]:
    """Run one of COMMANDS (by name) with extra arguments, from the repository root."""

    def _invoke(name: str, *extra: str) -> subprocess.CompletedProcess:
        if name == "verify":
            request.getfixturevalue("seeds_dir")  # skips when the documents are not there
        args = [arg.replace("{claim}", claim_id) for arg in COMMANDS[name]]
        result = run(*args, *extra, cwd=repo_root)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode in {0, 1}, result.stderr
        return result

    return _invoke


@pytest.mark.parametrize("name", list(COMMANDS))
def test_default_output_into_a_pipe_is_plain_text(
        name: str, invoke: Callable[..., subprocess.CompletedProcess]) -> None:
    """No colour codes and no box-drawing characters on stdout or stderr."""
    result = invoke(name)

    assert result.stdout or result.stderr
    for stream in (result.stdout, result.stderr):
        assert not ANSI.search(stream), repr(stream[:300])
        assert not BOX_DRAWING.search(stream), repr(stream[:300])


@pytest.mark.parametrize("name", TABULAR)
def test_csv_output_parses_into_rectangular_rows(
        name: str, invoke: Callable[..., subprocess.CompletedProcess]) -> None:
    result = invoke(name, "--format", "csv")

    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert len(rows) >= 2, result.stdout
    header = rows[0]
    assert all(header), header
    assert {len(row) for row in rows} == {len(header)}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_json_output_is_one_json_document(
        name: str, invoke: Callable[..., subprocess.CompletedProcess]) -> None:
    result = invoke(name, "--format", "json")

    document = json.loads(result.stdout)
    assert isinstance(document, dict | list)
    assert document


@pytest.mark.parametrize("name", list(COMMANDS))
def test_jsonl_output_is_one_json_object_per_line(
        name: str, invoke: Callable[..., subprocess.CompletedProcess]) -> None:
    result = invoke(name, "--format", "jsonl")

    lines = result.stdout.splitlines()
    assert lines, result.stderr
    assert all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize("command", ["ask", "check"])
def test_jsonl_batch_from_stdin_is_one_object_per_input_line(
        command: str, run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run(command, "-", "--format", "jsonl",
                 stdin="HKUST has 10 unicorns\n科大有幾多間獨角獸？\n".encode())

    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 2


@pytest.mark.parametrize("command", ["ask", "check"])
def test_json_batch_from_stdin_is_one_json_document(
        command: str, run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run(command, "-", "--format", "json",
                 stdin="HKUST has 10 unicorns\n科大有幾多間獨角獸？\n".encode())

    json.loads(result.stdout)


def test_csv_batch_from_stdin_has_one_header(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    """Answered and declined questions share one CSV table with a single header row."""
    batch = "HKUST unicorns\nWhat is the airspeed of an unladen swallow?\n科大有幾多間獨角獸？\n"

    result = run("ask", "-", "--format", "csv", stdin=batch.encode())

    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0][0] == "question"
    assert sum(row == rows[0] for row in rows) == 1
    assert {len(row) for row in rows} == {len(rows[0])}
