"""The knowledge base as plain, frozen, typed objects.

They behave as frozen, slotted dataclasses do (keyword or positional construction, equality and
hash by field values, the same repr, FrozenInstanceError on assignment), but are written out:
`@dataclass` compiles each class's methods at import, 0.6 ms a class and 6 ms of every run,
which is more than a plain `ask` may spend on the model (bench/run.py's start-up bounds).
"""

from __future__ import annotations

from enum import StrEnum
from operator import attrgetter
from typing import Any, ClassVar

from factcli.structs import FrozenInstanceError

Value = float | int | str | tuple[str, ...]
_set = object.__setattr__


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"
    AT_MOST = "at_most"


class _Frozen:
    """Equality, hash, repr and immutability from __slots__, each class writing its __init__."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # in order: construction, repr, equality
    _values: ClassVar[Any]

    def __init_subclass__(cls) -> None:
        cls._values = attrgetter(*cls._fields)
        cls.__match_args__ = cls._fields

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(self._values(self) == self._values(other))

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return self.__class__, self._values(self)


class Period(_Frozen):
    """A span of time as the document states it; dates are ISO strings of any precision."""

    _fields = ("start", "end")
    __slots__ = _fields
    start: str
    end: str

    def __init__(self, start: str, end: str) -> None:
        _set(self, "start", start)
        _set(self, "end", end)

    def label(self) -> str:
        return f"{self.start}..{self.end}"


class Quantity(_Frozen):
    """A number read from text, with its unit and how the text hedges it."""

    _fields = ("value", "unit", "qualifier")
    __slots__ = _fields
    value: float
    unit: str | None
    qualifier: Qualifier

    def __init__(self, value: float, unit: str | None = None,
                 qualifier: Qualifier = Qualifier.EXACT) -> None:
        _set(self, "value", value)
        _set(self, "unit", unit)
        _set(self, "qualifier", qualifier)


class Bilingual(_Frozen):
    _fields = ("en", "zh")
    __slots__ = _fields
    en: str
    zh: str

    def __init__(self, en: str, zh: str) -> None:
        _set(self, "en", en)
        _set(self, "zh", zh)


class Title(_Frozen):
    """A document's title in its own language, and in English."""

    _fields = ("original", "en")
    __slots__ = _fields
    original: str
    en: str

    def __init__(self, original: str, en: str) -> None:
        _set(self, "original", original)
        _set(self, "en", en)


class Source(_Frozen):
    _fields = ("id", "title", "publisher", "file", "languages", "published", "period", "url",
                 "origin")
    __slots__ = _fields
    id: str
    title: Title
    publisher: str
    file: str
    languages: tuple[str, ...]
    published: str | None
    period: Period | None
    url: str | None
    origin: str

    def __init__(self, id: str, title: Title, publisher: str, file: str,
                 languages: tuple[str, ...], published: str | None = None,
                 period: Period | None = None, url: str | None = None,
                 origin: str = "") -> None:
        _set(self, "id", id)
        _set(self, "title", title)
        _set(self, "publisher", publisher)
        _set(self, "file", file)
        _set(self, "languages", languages)
        _set(self, "published", published)
        _set(self, "period", period)
        _set(self, "url", url)
        _set(self, "origin", origin)


class Entity(_Frozen):
    _fields = ("id", "kind", "name", "aliases", "parent", "origin")
    __slots__ = _fields
    id: str
    kind: str
    name: Bilingual
    aliases: tuple[str, ...]
    parent: str | None
    origin: str

    def __init__(self, id: str, kind: str, name: Bilingual,
                 aliases: tuple[str, ...], parent: str | None = None,
                 origin: str = "") -> None:
        _set(self, "id", id)
        _set(self, "kind", kind)
        _set(self, "name", name)
        _set(self, "aliases", aliases)
        _set(self, "parent", parent)
        _set(self, "origin", origin)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the entity goes by: English, Chinese, then its aliases."""
        return (self.name.en, self.name.zh, *self.aliases)


class Metric(_Frozen):
    """A kind of figure or fact, named alike across entities so that like compares with like."""

    _fields = ("id", "name", "description", "origin")
    __slots__ = _fields
    id: str
    name: Bilingual
    description: str
    origin: str

    def __init__(self, id: str, name: Bilingual, description: str,
                 origin: str = "") -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "description", description)
        _set(self, "origin", origin)


class Claim(_Frozen):
    _fields = ("id", "entity", "metric", "topic", "value", "statement", "source", "quotes",
                 "unit", "qualifier", "as_of", "period", "keywords_en", "keywords_zh", "note",
                 "origin")
    __slots__ = _fields
    id: str
    entity: str
    metric: str
    topic: str
    value: Value
    statement: Bilingual
    source: str
    quotes: tuple[str, ...]
    unit: str | None
    qualifier: Qualifier
    as_of: str | None
    period: Period | None
    keywords_en: tuple[str, ...]
    keywords_zh: tuple[str, ...]
    note: str | None
    origin: str

    def __init__(self, id: str, entity: str, metric: str, topic: str,
                 value: Value, statement: Bilingual, source: str, quotes: tuple[str, ...],
                 unit: str | None = None, qualifier: Qualifier = Qualifier.EXACT,
                 as_of: str | None = None, period: Period | None = None,
                 keywords_en: tuple[str, ...] = (), keywords_zh: tuple[str, ...] = (),
                 note: str | None = None, origin: str = "") -> None:
        _set(self, "id", id)
        _set(self, "entity", entity)
        _set(self, "metric", metric)
        _set(self, "topic", topic)
        _set(self, "value", value)
        _set(self, "statement", statement)
        _set(self, "source", source)
        _set(self, "quotes", quotes)
        _set(self, "unit", unit)
        _set(self, "qualifier", qualifier)
        _set(self, "as_of", as_of)
        _set(self, "period", period)
        _set(self, "keywords_en", keywords_en)
        _set(self, "keywords_zh", keywords_zh)
        _set(self, "note", note)
        _set(self, "origin", origin)

    @property
    def is_numeric(self) -> bool:
        return isinstance(self.value, int | float) and not isinstance(self.value, bool)

    @property
    def when(self) -> str:
        """The time the claim holds for, as one sortable label ('' when the document gives none)."""
        if self.as_of:
            return self.as_of
        if self.period:
            return self.period.label()
        return ""

    @property
    def sort_date(self) -> str:
        """The latest date the claim speaks for; ISO strings of any precision sort correctly."""
        if self.as_of:
            return self.as_of
        if self.period:
            return self.period.end
        return ""


class KnowledgeBase(_Frozen):
    _fields = ("sources", "entities", "claims", "metrics")
    __slots__ = _fields
    sources: dict[str, Source]
    entities: dict[str, Entity]
    claims: tuple[Claim, ...]
    metrics: dict[str, Metric]

    def __init__(self, sources: dict[str, Source] | None = None,
                 entities: dict[str, Entity] | None = None, claims: tuple[Claim, ...] = (),
                 metrics: dict[str, Metric] | None = None) -> None:
        _set(self, "sources", {} if sources is None else sources)
        _set(self, "entities", {} if entities is None else entities)
        _set(self, "claims", claims)
        _set(self, "metrics", {} if metrics is None else metrics)
