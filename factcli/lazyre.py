"""Regular expressions compiled on first use: a one-shot `ask` pays only for the ones it needs.

Compiling costs about a millisecond a pattern, and most patterns serve one language or one
kind of question; start-up is judged in milliseconds (README, Performance).

The programs the compiler makes can be kept between runs (cache.py stores them beside the
index): a pattern whose program is known is built from it without parsing its source again.
A plain `ask` compiles some 40 patterns, 6 ms of a run bounded at 3.5× an empty argparse CLI.
"""

from __future__ import annotations

import _sre
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

# A compiled program: final flags, code, group count, group names → numbers, numbers → names.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# The CPython versions whose re._compiler.compile is the four steps of _program below (3.11 to
# 3.13 alike); elsewhere patterns are compiled as usual and no program is kept.
_KEEPS_PROGRAMS = (3, 11) <= sys.version_info[:2] <= (3, 13)
PROGRAM_FORMAT = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"

_known: dict[tuple[str, int], Program] = {}
_made: dict[tuple[str, int], Program] = {}


class LazyPattern:
    """Stands in for `re.compile(source, flags)`; compiles when first used.

    Each method, once looked up, is kept on the instance, so later calls cost what calls on a
    compiled pattern cost.
    """

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            if callable(self._source):  # a source that costs time to write is written here
                self._source = self._source()
            self._compiled = _compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value


def lazy(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    return LazyPattern(source, flags)


def adopt_programs(programs: dict[tuple[str, int], Program]) -> None:
    """Programs kept from earlier runs (PROGRAM_FORMAT names the interpreter they are for)."""
    if _KEEPS_PROGRAMS:
        _known.update(programs)


def new_programs() -> dict[tuple[str, int], Program]:
    """The programs compiled in this run that were not known before it."""
    return dict(_made)


def known_programs() -> dict[tuple[str, int], Program]:
    return dict(_known)


def _compile(source: str, flags: int) -> re.Pattern[str]:
    key = (source, flags)
    program = _known.get(key)
    if program is not None:
        try:
            return _sre.compile(source, *program)  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError, OverflowError):
            del _known[key]  # damaged or foreign: compiled afresh below
    if not _KEEPS_PROGRAMS:
        return re.compile(source, flags)
    program = _program(source, flags)
    _made[key] = program
    return _sre.compile(source, *program)  # type: ignore[no-any-return]


def _program(source: str, flags: int) -> Program:
    """What re._compiler.compile hands _sre.compile for a text pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))
