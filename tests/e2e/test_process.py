"""The process as a whole: Ctrl-C on a pipe, --version, --help, running from anywhere."""

from __future__ import annotations

import json
import re
import signal
import subprocess
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable


def test_sigint_while_reading_an_open_pipe_exits_130_quietly(factcli_bin: Path) -> None:
    """`factcli ask -` waiting on a pipe that stays open; SIGINT ends it with 130, no trace."""
    proc = subprocess.Popen([str(factcli_bin), "ask", "-", "--format", "jsonl"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin is not None
    assert proc.stdout is not None
    assert proc.stderr is not None
    try:
        proc.stdin.write(b"HKUST unicorns\n")
        proc.stdin.flush()
        answer = json.loads(proc.stdout.readline())  # the loop is now blocked on stdin
        proc.send_signal(signal.SIGINT)
        returncode = proc.wait(timeout=30)
        stderr = proc.stderr.read().decode("utf-8")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()

    assert answer["answered"]
    assert "Traceback" not in stderr, stderr
    assert "KeyboardInterrupt" not in stderr, stderr
    assert returncode == 130


def test_version_prints_version_and_claim_count(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("--version")
    claims = run("export", "--format", "jsonl").stdout.splitlines()

    assert (result.returncode, result.stderr) == (0, "")
    match = re.fullmatch(r"factcli (\S+) \((\d+) claims\b[^\n]*\)\n", result.stdout)
    assert match, result.stdout
    assert match.group(1) == version("factcli")
    assert int(match.group(2)) == len(claims) > 0
    assert run("-V").stdout == result.stdout


def _commands(run: Callable[..., subprocess.CompletedProcess]) -> list[str]:
    """Command names from the 'Commands:' section of `factcli --help`."""
    text = run("--help").stdout
    section = text.split("Commands:", 1)[1]
    return re.findall(r"^\s{2}([a-z][a-z-]*)\s", section, flags=re.MULTILINE)


def test_help_lists_the_commands(run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("--help")
    commands = _commands(run)

    assert (result.returncode, result.stderr) == (0, "")
    assert {"ask", "check", "compare", "list", "show", "export", "entities", "sources",
            "validate", "verify"} <= set(commands)


def test_every_command_help_has_an_example(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    missing = []
    for command in _commands(run):
        result = run(command, "--help")
        assert (result.returncode, result.stderr) == (0, ""), command
        if "Example" not in result.stdout:
            missing.append(command)

    assert not missing, f"--help without an Example: {missing}"


def test_installed_tool_works_from_another_directory(
        tmp_path: Path, run: Callable[..., subprocess.CompletedProcess]) -> None:
    """Nothing depends on the checkout being the working directory."""
    answer = run("ask", "How many unicorns does HKUST have?", "--format", "json", cwd=tmp_path)
    validate = run("validate", cwd=tmp_path)
    listing = run("list", "--format", "jsonl", cwd=tmp_path)

    assert (answer.returncode, answer.stderr) == (0, "")
    assert json.loads(answer.stdout)["answered"]
    assert validate.returncode == 0, validate.stderr
    assert "files valid" in validate.stderr
    assert listing.returncode == 0
    assert listing.stdout.count("\n") > 10
    assert list(tmp_path.iterdir()) == []  # and writes nothing where it is run


@pytest.mark.parametrize("args", [["ask"], ["compare", "hkust"], ["show"], ["nonsense"],
                                  ["ask", "x", "--format", "yaml"]])
def test_usage_errors_exit_2_without_traceback(
        args: list[str], run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run(*args)

    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
