"""NO_COLOR, FORCE_COLOR and --no-color through a pipe (on a terminal: see test_terminal)."""

from __future__ import annotations

import json
import re
import subprocess
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

STATEMENT = "HKUST has 10 unicorns"  # any verdict but 'not found' is printed in colour
_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colour_codes(text: str) -> list[str]:
    """The SGR sequences that set a colour (bold, italic, dim and reset are not colour)."""
    found = []
    for match in _SGR.finditer(text):
        params = [int(p) for p in match.group(1).split(";") if p]
        if any(30 <= p <= 38 or 40 <= p <= 48 or 90 <= p <= 97 or 100 <= p <= 107
               for p in params):
            found.append(match.group())
    return found


def test_force_color_colours_a_pipe(run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("check", STATEMENT, env={"FORCE_COLOR": "1"})

    assert colour_codes(result.stdout)


@pytest.mark.parametrize(("env", "flags"), [
    pytest.param({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], id="NO_COLOR-beats-FORCE_COLOR"),
    pytest.param({"FORCE_COLOR": "1"}, ["--no-color"], id="no-color-flag-beats-FORCE_COLOR"),
    pytest.param({}, [], id="plain-pipe"),
    pytest.param({"NO_COLOR": "1"}, [], id="NO_COLOR"),
])
def test_no_colour_when_asked_or_piped(env: dict[str, str], flags: list[str],
                                       run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("check", STATEMENT, *flags, env=env)

    assert result.stdout.strip()
    assert colour_codes(result.stdout) == []
    assert colour_codes(result.stderr) == []


def test_empty_no_color_does_not_disable_colour(
        run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("check", STATEMENT, env={"FORCE_COLOR": "1", "NO_COLOR": ""})

    assert colour_codes(result.stdout)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv"])
def test_force_color_leaves_machine_formats_plain(
        fmt: str, run: Callable[..., subprocess.CompletedProcess]) -> None:
    result = run("ask", "How many unicorns does HKUST have?", "--format", fmt,
                 env={"FORCE_COLOR": "1"})

    assert "\x1b" not in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)["answered"]
