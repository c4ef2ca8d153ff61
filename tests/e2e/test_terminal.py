"""A real pseudo-terminal (pexpect): the Rich table at 80 and 40 columns, colour, Ctrl-C."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pexpect
import pytest

QUESTION = "科大有幾多間獨角獸？"
HEADERS_ZH = ("答案", "實體", "時間", "來源", "引文")
ROWS = 60
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")
_LEFT_EDGES = "╭│├╰"
_RIGHT_EDGES = "╮│┤╯"


def display_width(line: str) -> int:
    """Terminal cells: East Asian wide/full-width characters take 2, combining marks 0."""
    width = 0
    for char in line:
        if unicodedata.combining(char) or unicodedata.category(char) in {"Cc", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def in_terminal(factcli_bin: Path, args: list[str], columns: int,
                env: dict[str, str] | None = None) -> tuple[bytes, int | None]:
    """Run factcli on a pty of `columns` x ROWS; everything it wrote, and its exit status."""
    child = pexpect.spawn(str(factcli_bin), args, dimensions=(ROWS, columns), timeout=60,
                          env={**os.environ, "COLUMNS": str(columns), "LINES": str(ROWS),
                               "TERM": "xterm-256color", **(env or {})})
    output = child.read()
    child.close()
    return output, child.exitstatus


def screen_lines(output: bytes) -> list[str]:
    """The lines as shown: strict UTF-8, escape sequences removed, CR LF split."""
    text = _ESCAPES.sub("", output.decode("utf-8"))
    return [line.rstrip("\r") for line in text.split("\n")]


@pytest.mark.parametrize("columns", [80, 40])
def test_chinese_answer_table_fits_the_terminal(columns: int, factcli_bin: Path) -> None:
    """The Rich table is drawn, no CJK character is split, no line is wider than the screen,
    and the source column is there."""
    output, status = in_terminal(factcli_bin, ["ask", QUESTION], columns)

    lines = screen_lines(output)  # raises if a multi-byte character was cut in two
    text = "\n".join(lines)
    assert status == 0, text
    assert "╭" in text, text
    assert "╰" in text, text
    assert "\ufffd" not in text
    too_wide = [(display_width(line), line) for line in lines if display_width(line) > columns]
    assert not too_wide, too_wide
    assert "來源" in text, text
    assert QUESTION in text


@pytest.mark.parametrize("columns", [
    80,
    40,
])
def test_chinese_answer_table_is_whole_not_cropped(columns: int, factcli_bin: Path) -> None:
    """Every table row is closed by its right border and every column header is shown."""
    output, _ = in_terminal(factcli_bin, ["ask", QUESTION], columns)

    lines = [line.rstrip() for line in screen_lines(output)]
    rows = [line for line in lines if line and line[0] in _LEFT_EDGES]
    assert rows
    assert all(line[-1] in _RIGHT_EDGES for line in rows), "\n".join(rows)
    assert all(header in "\n".join(lines) for header in HEADERS_ZH)


def test_terminal_gets_colour_by_default(factcli_bin: Path) -> None:
    output, status = in_terminal(factcli_bin, ["check", "HKUST has 10 unicorns"], 80)

    assert status == 0
    assert _COLOUR.search(output.decode("utf-8"))


@pytest.mark.parametrize(("env", "flags"), [
    pytest.param({"NO_COLOR": "1"}, [], id="NO_COLOR"),
    pytest.param({}, ["--no-color"], id="no-color-flag"),
])
def test_terminal_colour_can_be_turned_off(env: dict[str, str], flags: list[str],
                                           factcli_bin: Path) -> None:
    output, status = in_terminal(factcli_bin, ["check", "HKUST has 10 unicorns", *flags], 80,
                                 env)

    text = output.decode("utf-8")
    assert status == 0
    assert "HKUST has 10 unicorns" in _ESCAPES.sub("", text)
    assert not _COLOUR.search(text), repr(text[:300])


def test_ctrl_c_at_the_terminal_exits_130_without_traceback(factcli_bin: Path) -> None:
    """Typing a question into `factcli ask -`, then Ctrl-C: exit 130, no traceback."""
    child = pexpect.spawn(str(factcli_bin), ["ask", "-"], dimensions=(ROWS, 80), timeout=60,
                          env={**os.environ, "COLUMNS": "80", "TERM": "xterm-256color"})
    child.sendline("HKUST unicorns")
    child.expect("╰".encode())  # the answer is drawn: the loop waits for the next line
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    transcript = child.before.decode("utf-8", "replace")

    assert "Traceback" not in transcript, transcript
    assert (child.exitstatus, child.signalstatus) == (130, None)
