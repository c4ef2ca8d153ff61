"""Exit codes and the errors a user can fix."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class ExitCode(IntEnum):
    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    BUG = 70
    INTERRUPTED = 130


class Problem(NamedTuple):
    """One thing wrong in a knowledge file, located as precisely as the file allows.

    NamedTuple, not a frozen dataclass: every run loads this module (`--help` too), and a
    dataclass costs about 1 ms to create.
    """

    path: str
    line: int | None
    col: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class FactcliError(Exception):
    """A failure the user can fix; report() is everything they will read."""

    exit_code = ExitCode.USAGE

    def report(self) -> str:
        return f"factcli: error: {self}"


class KnowledgeFileError(FactcliError):
    """One or more problems in knowledge files, reported one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the knowledge file")
        self.problems = problems

    def report(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class UnknownEntityError(FactcliError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown entity '{name}'{hint}")
        self.name = name
        self.suggestions = suggestions


class UnknownClaimError(FactcliError):
    def __init__(self, claim_id: str, suggestions: list[str]) -> None:
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown claim '{claim_id}'{hint}")


class InputError(FactcliError):
    """Bad command-line input: an argument, a question file, stdin."""
