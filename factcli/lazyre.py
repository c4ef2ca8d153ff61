"""Regular expressions compiled on first use: a one-shot `ask` pays only for the ones it needs.

Compiling costs about a millisecond a pattern, and most patterns serve one language or one
kind of question; start-up is judged in milliseconds (README, Performance).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable


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
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value


def lazy(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    return LazyPattern(source, flags)
