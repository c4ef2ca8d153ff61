"""options: one declaration for Typer and the fast path; the command lines the fast path reads."""

from __future__ import annotations

from typing import Any

import pytest
from typer.main import get_command

from factcli.cli import app
from factcli.options import ASK, Command, Option, read_argv
from factcli.output import Format

_TYPES = {"int": "int range", "float": "float range", "format": "choice", "text": "str",
          "flag": "boolean"}


def _typer_params(command: Command) -> dict[str, Any]:
    """The click parameters Typer builds for the command, by name."""
    return {param.name: param for param in get_command(app).commands[command.name].params}


def test_every_ask_option_typer_has_is_declared_once_for_both_parsers() -> None:
    params = _typer_params(ASK)
    declared = {option.name for option in ASK.options}
    assert set(params) == declared | {ASK.argument}
    assert params[ASK.argument].param_type_name == "argument"


@pytest.mark.parametrize("option", ASK.options, ids=lambda option: option.name)
def test_declaration_matches_what_typer_built(option: Option) -> None:
    """Flags, kind, bounds, choices and default: the fast path reads argv as Typer would."""
    param = _typer_params(ASK)[option.name]
    assert (param.opts, param.secondary_opts) == (list(option.flags), [])
    assert param.is_flag == (option.kind == "flag")
    assert param.multiple == option.multiple
    assert param.type.name == _TYPES[option.kind]
    assert getattr(param.type, "min", None) == option.low
    assert getattr(param.type, "max", None) == option.high
    if option.kind == "format":
        assert list(param.type.choices) == [item.value for item in Format]
    assert param.default == option.default


def test_reads_every_plain_form_with_typer_defaults_for_the_rest() -> None:
    values = read_argv(ASK, ["--format=json", "q?", "-n", "3", "--explain", "-d", "a.yaml",
                             "--data", "+b.yaml", "--min-score", "0.5"])
    assert values == {"question": "q?", "top": 3, "explain": True, "min_score": 0.5,
                      "lang": None, "fmt": Format.JSON, "data": ["a.yaml", "+b.yaml"],
                      "no_color": False, "no_cache": False}


def test_defaults_alone_for_a_bare_question() -> None:
    assert read_argv(ASK, ["-"]) == {"question": "-", "top": 1, "explain": False,
                                     "min_score": None, "lang": None, "fmt": None,
                                     "data": None, "no_color": False, "no_cache": False}


@pytest.mark.parametrize("args", [
    [], ["--help"], ["q", "--version"], ["q", "-n3"], ["q", "-n", "51"], ["q", "-n", "1.5"],
    ["q", "--min-score", "nan"], ["q", "--lang", "--explain"], ["q", "--lang="],
    ["q", "--no-cache=1"], ["q", "--lang", "en", "--lang", "en"], ["--", "q"], ["q", "r"],
    ["q", "-f", "JSON"], ["-h"], ["q", "--data"],
])
def test_anything_not_plain_is_left_to_typer(args: list[str]) -> None:
    assert read_argv(ASK, args) is None
