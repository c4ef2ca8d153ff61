"""Pipes as a shell makes them: `| head -1`, batches on stdin, bad bytes in and out."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

QUESTIONS = ["How many unicorns does HKUST have?", "科大有幾多間獨角獸？", "PolyU partners",
             "理大有多少科研项目", "What is the airspeed of an unladen swallow?",
             "HKU 2025 startups", "港大有幾多間初創公司"]
BAD_LINE_BATCH = b"HKUST unicorns\n\xff\xfe bad\nPolyU partners\n"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five thousand questions, answerable and not, English and Chinese, one per line."""
    path = tmp_path_factory.mktemp("questions") / "big.txt"
    lines = itertools.islice(itertools.cycle(QUESTIONS), 5000)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _into_head(args: list[str], tmp_path: Path, stdin_path: Path | None = None
               ) -> tuple[int, bytes, str]:
    """`factcli ARGS [< stdin_path] 2>err | head -1`: factcli's exit code, head's output, err."""
    head = shutil.which("head")
    if head is None:
        pytest.skip("no head(1) on PATH")
    err_path = tmp_path / "stderr.txt"
    with err_path.open("wb") as err, (stdin_path or Path(os.devnull)).open("rb") as stdin:
        producer = subprocess.Popen(args, stdin=stdin, stdout=subprocess.PIPE, stderr=err)
        consumer = subprocess.Popen([head, "-1"], stdin=producer.stdout, stdout=subprocess.PIPE)
        assert producer.stdout is not None
        producer.stdout.close()  # only head holds the read end, as in a shell pipeline
        first, _ = consumer.communicate(timeout=120)
        returncode = producer.wait(timeout=120)
    return returncode, first, err_path.read_text(encoding="utf-8")


def _assert_quiet(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr
    assert "internal error" not in stderr, stderr


def test_list_into_head_stops_quietly(factcli_bin: Path, tmp_path: Path) -> None:
    """`factcli list | head -1`: the header line, then a quiet stop on the closed pipe."""
    _, first, stderr = _into_head([str(factcli_bin), "list"], tmp_path)

    assert first.decode("utf-8").startswith("id\t")
    _assert_quiet(stderr)
    assert stderr == ""


@pytest.mark.parametrize("fmt", ["tsv", "jsonl"])
def test_big_stdin_batch_into_head_stops_quietly(fmt: str, factcli_bin: Path, big_file: Path,
                                                 tmp_path: Path) -> None:
    """`factcli ask - < big_file | head -1`: one line out, no traceback however far it got."""
    _, first, stderr = _into_head([str(factcli_bin), "ask", "-", "--format", fmt], tmp_path,
                                  big_file)

    line = first.decode("utf-8")
    if fmt == "jsonl":
        assert json.loads(line)["question"] == QUESTIONS[0]
    else:
        assert line.startswith("question\t")
    _assert_quiet(stderr)


def test_closed_pipe_exit_status_is_success_or_sigpipe(factcli_bin: Path,
                                                       tmp_path: Path) -> None:
    returncode, _, _ = _into_head([str(factcli_bin), "list"], tmp_path)

    assert returncode in {0, -signal.SIGPIPE}


def test_bad_stdin_line_is_reported_and_skipped(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    """Lines 1 and 3 are answered as JSON lines; line 2 (not UTF-8) is one line on stderr."""
    result = run("ask", "-", "--format", "jsonl", stdin=BAD_LINE_BATCH)

    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == ["HKUST unicorns", "PolyU partners"]
    assert all(r["answered"] for r in records)
    errors = result.stderr.splitlines()
    assert len(errors) == 1, result.stderr
    assert "line 2" in errors[0]
    assert errors[0].startswith("factcli: error: ")


def test_bad_stdin_line_makes_the_batch_exit_1(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    """The issue's whole contract: two answers, one error line naming line 2, exit code 1."""
    result = run("ask", "-", "--format", "jsonl", stdin=BAD_LINE_BATCH)

    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 2
    assert len(result.stderr.splitlines()) == 1
    assert "line 2" in result.stderr
    assert result.returncode == 1


def test_over_long_stdin_line_is_reported_and_skipped(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    """A 1 MB line is refused in one stderr line; the next question is still answered."""
    batch = b"x" * 1_000_000 + b"\nHKUST unicorns\n"

    result = run("ask", "-", "--format", "jsonl", stdin=batch)

    assert [json.loads(line)["question"] for line in result.stdout.splitlines()] == [
        "HKUST unicorns"]
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "line 1" in result.stderr
    _assert_quiet(result.stderr)


def test_empty_stdin_is_no_questions_and_success(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("ask", "-", "--format", "jsonl", stdin=b"")

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


# Bytes that are not UTF-8 in argv arrive as lone surrogates (PEP 383); subprocess turns
# "\udcff" back into the byte 0xff, exactly what a shell passes for $'\xff'.
BAD_BYTE = "\udcff"


@pytest.mark.parametrize("args", [
    pytest.param(["ask", f"科大{BAD_BYTE}獨角獸"], id="ask"),
    pytest.param(["check", f"科大有10間{BAD_BYTE}獨角獸"], id="check"),
    pytest.param(["compare", "hkust", f"科{BAD_BYTE}大"], id="compare"),
    pytest.param(["list", "--entity", f"科{BAD_BYTE}大"], id="list"),
])
def test_argument_with_bad_bytes_is_a_usage_error_not_a_crash(
        args: list[str], run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run(*args, errors="replace")

    _assert_quiet(result.stderr)
    assert result.returncode in {0, 1, 2}
