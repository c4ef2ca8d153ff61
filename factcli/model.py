"""The knowledge base as plain, frozen, typed objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Value = float | int | str | tuple[str, ...]


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    ABOUT = "about"
    AT_MOST = "at_most"


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time as the document states it; dates are ISO strings of any precision."""

    start: str
    end: str

    def label(self) -> str:
        return f"{self.start}..{self.end}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text, with its unit and how the text hedges it."""

    value: float
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT


@dataclass(frozen=True, slots=True)
class Bilingual:
    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class Title:
    """A document's title in its own language, and in English."""

    original: str
    en: str


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: Title
    publisher: str
    file: str
    languages: tuple[str, ...]
    published: str | None = None
    period: Period | None = None
    url: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: Bilingual
    aliases: tuple[str, ...]
    parent: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Metric:
    """A kind of figure or fact, named alike across entities so that like compares with like."""

    id: str
    name: Bilingual
    description: str
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    entity: str
    metric: str
    topic: str
    value: Value
    statement: Bilingual
    source: str
    quotes: tuple[str, ...]
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    as_of: str | None = None
    period: Period | None = None
    keywords_en: tuple[str, ...] = ()
    keywords_zh: tuple[str, ...] = ()
    note: str | None = None
    origin: str = ""

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


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()
    metrics: dict[str, Metric] = field(default_factory=dict)
