"""The options of the hot commands, declared once: cli.py builds its Typer options from these,
and launch.py's fast path reads argv with them, so `ask` starts without importing Typer.

The fast reader accepts only the plain forms (`--top 3`, `--top=3`, `-n 3`, flags, one
argument). Anything else (--help, an unknown, repeated or misspelt option, a value Typer would
reject, `--`, a second argument) gets None, and Typer handles the whole command line as before,
with its own messages and exit codes.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from factcli.output import Format

Kind = Literal["text", "flag", "int", "float", "format"]
Value = str | bool | int | float | Format | list[str] | None


class Option(NamedTuple):
    """One option; `name` is its parameter in cli.py's command and in the core function.

    NamedTuple, not a frozen dataclass: a dataclass costs about 1 ms to create, on every run.
    """

    name: str
    flags: tuple[str, ...]
    help: str
    kind: Kind = "text"
    multiple: bool = False
    low: float | None = None
    high: float | None = None
    default: Value = None

    def convert(self, raw: str) -> Value:
        """The value Typer would pass for `raw`, or None where Typer might reject it."""
        if self.kind == "text":
            return raw
        if self.kind == "format":
            return Format(raw) if raw in _FORMATS else None
        number: int | float
        try:
            number = int(raw) if self.kind == "int" else float(raw)
        except ValueError:
            return None
        if self.low is not None and not self.low <= number:
            return None
        if self.high is not None and not number <= self.high:
            return None
        return number


class Command(NamedTuple):
    """A command with one argument, read by the fast path when its argv is plain enough."""

    name: str
    argument: str
    options: tuple[Option, ...]


_FORMATS = frozenset(item.value for item in Format)

FORMAT = Option("fmt", ("--format", "-f"),
                "table (terminal default), tsv (pipe default), csv, json, jsonl, markdown; "
                "check also takes claimreview.", kind="format")
DATA = Option("data", ("--data", "-d"),
              "Knowledge file or directory; repeatable. Replaces the shipped file; '+PATH' adds "
              "to it. Default: $FACTCLI_DATA, else the shipped file.", multiple=True)
NO_COLOR = Option("no_color", ("--no-color",), "No colour, even on a terminal.", kind="flag",
                  default=False)
NO_CACHE = Option("no_cache", ("--no-cache",), "Neither read nor write the cache.", kind="flag",
                  default=False)
LANG = Option("lang", ("--lang",),
              "Answer language: en, zh-hant or zh-hans (default: the question's).")
TOP = Option("top", ("--top", "-n"), "How many answers (each with earlier values of its metric).",
             kind="int", low=1, high=50, default=1)
EXPLAIN = Option("explain", ("--explain",), "Show the score parts.", kind="flag", default=False)
MIN_SCORE = Option("min_score", ("--min-score",), "Decline below this score.", kind="float",
                   low=0.0, high=1.0)

ASK = Command("ask", "question",
              (TOP, EXPLAIN, MIN_SCORE, LANG, FORMAT, DATA, NO_COLOR, NO_CACHE))


def read_argv(command: Command, args: list[str]) -> dict[str, Value] | None:
    """The command's parameters from `args` (after its name), or None: let Typer decide."""
    by_flag = {flag: option for option in command.options for flag in option.flags}
    values: dict[str, Value] = {option.name: option.default for option in command.options}
    given: set[str] = set()
    arguments: list[str] = []
    tokens = iter(args)
    for token in tokens:
        if token == "-" or not token.startswith("-"):
            arguments.append(token)
            continue
        flag, equals, attached = token.partition("=") if token.startswith("--") \
            else (token, "", "")
        option = by_flag.get(flag)
        if option is None or (option.name in given and not option.multiple):
            return None
        given.add(option.name)
        if option.kind == "flag":
            if equals:
                return None
            values[option.name] = True
            continue
        raw = attached if equals else next(tokens, "")
        # An empty value or one that looks like an option is left to Typer's own rules.
        value = option.convert(raw) if raw and not raw.startswith("-") else None
        if value is None:
            return None
        if option.multiple:
            values[option.name] = [*(values[option.name] or []), value]  # type: ignore[misc]
        else:
            values[option.name] = value
    if len(arguments) != 1 or not arguments[0]:
        return None
    values[command.argument] = arguments[0]
    return values
