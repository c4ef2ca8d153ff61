"""What the terminal (or pipe) wants: one frozen OutputSpec built at call time."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple, TextIO


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"
    CLAIMREVIEW = "claimreview"


class OutputSpec(NamedTuple):
    """NamedTuple, not a frozen dataclass: `--help` loads this module, and a dataclass (with the
    dataclasses module) costs it about 2 ms."""

    format: Format
    color: bool
    is_terminal: bool
    width: int | None = None


def output_spec(requested: Format | None, stream: TextIO, env: dict[str, str],
                no_color: bool = False) -> OutputSpec:
    """Tables and colour on a terminal, TSV in a pipe; NO_COLOR and FORCE_COLOR honoured."""
    try:
        is_terminal = stream.isatty()
    except (AttributeError, ValueError):
        is_terminal = False
    forced = bool(env.get("FORCE_COLOR"))
    fmt = requested or (Format.TABLE if is_terminal or forced else Format.TSV)
    color = (is_terminal or forced) and not no_color and not env.get("NO_COLOR")
    width = None
    if env.get("COLUMNS", "").isdigit():
        width = int(env["COLUMNS"])
    return OutputSpec(fmt, color, is_terminal or forced, width)
