"""The fast path in launch.py: the same bytes and exit codes as Typer, and none of Typer's imports.

Each command line runs twice as a whole process: through the console script (which takes the
fast path when it can) and through cli.main alone (always Typer). stdout, stderr and the exit
code must be identical, for lines the fast path reads and for those it hands back to Typer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcli.options import ASK, read_argv

QUESTION = "How many unicorns does HKUST have?"
# Typer's path, with the program name the console script would have, so usage lines match.
TYPER_ONLY = "import sys; from factcli.cli import main; sys.argv[0] = 'factcli'; main()"
TIMEOUT_S = 120

READ_BY_FAST_PATH = [
    ["ask", QUESTION, "--format", "json"],
    ["ask", QUESTION],
    ["ask", QUESTION, "--format=tsv", "--top", "3", "--explain"],
    ["ask", "--format", "jsonl", "-n", "2", QUESTION, "--no-color", "--no-cache"],
    ["ask", QUESTION, "-f", "csv", "--min-score", "0.9"],
    ["ask", QUESTION, "-f", "markdown", "--lang", "zh-hans"],
    ["ask", "科大有幾多間獨角獸？", "-f", "json", "--explain"],
    ["ask", "How many libraries does HKU run?", "--format", "json"],
    ["ask", QUESTION, "--lang", "fr"],
    ["ask", QUESTION, "--data", "/no/such/file.yaml"],
    ["ask", "-", "--format", "json"],
    ["ask", "-", "--format", "jsonl", "--top", "1"],
]
LEFT_TO_TYPER = [
    ["ask"],
    ["ask", "--help"],
    ["ask", QUESTION, "--help"],
    ["ask", QUESTION, "--top", "0"],
    ["ask", QUESTION, "--top", "many"],
    ["ask", QUESTION, "--min-score", "2"],
    ["ask", QUESTION, "--format", "yaml"],
    ["ask", QUESTION, "--explain=yes"],
    ["ask", QUESTION, "--formt", "json"],
    ["ask", QUESTION, "--top", "2", "--top", "3"],
    ["ask", QUESTION, "another question"],
    ["ask", QUESTION, "--format"],
    ["ask", "--", "-5 unicorns?"],
    ["ask", "-x"],
    ["ask", ""],
    ["ask", QUESTION, "-fjson"],
    ["ask", QUESTION, "--entity", "hkust"],
]
# For `ask -`: two questions around a line that is not UTF-8.
STDIN = b"How many unicorns does HKUST have?\n\xff\xfe\n" + "理大有幾多個科研項目\n".encode()


def _run(command: list[str], args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    result = subprocess.run([*command, *args], input=STDIN, capture_output=True, env=env,
                            timeout=TIMEOUT_S, check=False)
    return result.returncode, result.stdout, result.stderr


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One warm cache for both ways in, so neither builds it while the other reads it."""
    cache = tmp_path_factory.mktemp("fast-path-cache")
    kept = {name: value for name, value in os.environ.items()
            if name not in {"FACTCLI_DEBUG", "FACTCLI_DATA", "FACTCLI_NO_CACHE", "NO_COLOR",
                            "FORCE_COLOR"} and "_COMPLETE" not in name}
    return {**kept, "FACTCLI_CACHE_DIR": str(cache), "COLUMNS": "100"}


@pytest.mark.parametrize("args", READ_BY_FAST_PATH + LEFT_TO_TYPER,
                         ids=lambda args: " ".join(args)[:60])
def test_fast_path_and_typer_give_the_same_bytes_and_exit_code(
        args: list[str], factcli_bin: Path, env: dict[str, str]) -> None:
    fast = _run([str(factcli_bin)], args, env)
    typer = _run([sys.executable, "-c", TYPER_ONLY], args, env)
    assert fast == typer


@pytest.mark.parametrize("args", [[], ["--help"]], ids=["no arguments", "--help"])
@pytest.mark.parametrize("columns", ["100", "52"])
def test_the_list_of_commands_is_the_whole_apps(args: list[str], columns: str,
                                                factcli_bin: Path, env: dict[str, str]) -> None:
    """`factcli` and `factcli --help` build the commands without their parameters."""
    narrow = {**env, "COLUMNS": columns}
    fast = _run([str(factcli_bin)], args, narrow)
    assert fast == _run([sys.executable, "-c", TYPER_ONLY], args, narrow)
    assert b"Commands:" in fast[1] + fast[2]


@pytest.mark.parametrize("args", READ_BY_FAST_PATH, ids=lambda args: " ".join(args)[:60])
def test_plain_ask_command_lines_are_read_without_typer(args: list[str]) -> None:
    assert read_argv(ASK, args[1:]) is not None


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=lambda args: " ".join(args)[:60])
def test_anything_unusual_is_left_to_typer(args: list[str]) -> None:
    assert read_argv(ASK, args[1:]) is None


def test_debug_and_completion_requests_go_through_typer(factcli_bin: Path,
                                                        env: dict[str, str]) -> None:
    """FACTCLI_DEBUG (Typer draws the traceback) and shell completion never take the fast path."""
    for extra in ({"FACTCLI_DEBUG": "1"}, {"_FACTCLI_COMPLETE": "complete_bash",
                                           "COMP_WORDS": "factcli ask", "COMP_CWORD": "2"}):
        imported = _imported_modules([str(factcli_bin), "ask", QUESTION, "-f", "json"],
                                     {**env, **extra})
        assert "typer" in imported, extra


def _imported_modules(command: list[str], env: dict[str, str]) -> set[str]:
    """Module names the process imported, from `python -X importtime` on stderr."""
    result = subprocess.run([sys.executable, "-X", "importtime", *command], capture_output=True,
                            text=True, env=env, timeout=TIMEOUT_S, check=False)
    return {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:")} - {"imported package"}


_HEAVY = {"typer", "click", "rich", "yaml", "opencc"}


@pytest.mark.parametrize(("args", "allowed"), [
    (["--version"], set()),
    (["ask", QUESTION, "--format", "json"], set()),
    # A question that types a date reads its figures (factcli.figures) without dataclasses too.
    (["ask", "How many start-ups had HKUST in May 2025?", "--format", "json"], set()),
    # Folding a Chinese question between Traditional and Simplified needs the converter.
    (["ask", "科大有幾多間獨角獸？", "--format", "jsonl", "--top", "3"], {"opencc"}),
])
def test_warm_start_imports_no_heavy_library(args: list[str], allowed: set[str],
                                             factcli_bin: Path, env: dict[str, str]) -> None:
    """Start-up is a feature (STYLE.md §5): no Typer, Rich or YAML on these runs."""
    _run([str(factcli_bin)], args, env)  # warms the cache
    imported = _imported_modules([str(factcli_bin), *args], env)
    heavy = {name for name in imported if name.split(".")[0] in _HEAVY - allowed}
    assert "factcli.launch" in imported
    assert not heavy, sorted(heavy)
    if args == ["--version"]:
        assert "rapidfuzz" not in imported
        assert "factcli.match" not in imported
    # dataclasses loads inspect, ast and dis (7 ms): the ask path's classes use factcli.structs.
    assert not imported & {"dataclasses", "inspect"}, sorted(imported & {"dataclasses", "inspect"})
