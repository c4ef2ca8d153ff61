"""The README's examples are real: each `$ factcli …` block is run and its output compared.

Set FACTCLI_UPDATE_README=1 to rewrite the outputs after a deliberate change.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"
_BLOCK = re.compile(r"```console\n\$ (factcli [^\n]+)\n(.*?)```", re.DOTALL)


def _run(command: str) -> str:
    cwd = os.getcwd()
    os.chdir(README.parent)  # the examples name paths relative to the repository
    try:
        result = CliRunner().invoke(app, shlex.split(command)[1:])
    finally:
        os.chdir(cwd)
    return result.output


def _examples() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _BLOCK.finditer(README.read_text("utf-8"))]


def test_readme_has_examples_for_the_main_commands() -> None:
    commands = {command.split()[1] for command, _ in _examples()}
    assert {"ask", "check", "compare", "list", "validate"} <= commands


@pytest.mark.parametrize(("command", "shown"), _examples(), ids=[c for c, _ in _examples()])
def test_readme_output_is_what_the_command_prints(command: str, shown: str) -> None:
    actual = _run(command)
    if os.environ.get("FACTCLI_UPDATE_README"):
        text = README.read_text("utf-8")
        README.write_text(text.replace(f"$ {command}\n{shown}```", f"$ {command}\n{actual}```"),
                          "utf-8")
        return
    assert actual == shown
