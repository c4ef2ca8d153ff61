"""Entities side by side: one row per metric, newest value per entity, period mismatches marked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcli.browse import resolve_entity
from factcli.errors import ExitCode, InputError
from factcli.numbers import unit_kind

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Claim, Entity


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    metric: str
    topic: str
    cells: tuple[tuple[Claim, ...], ...]
    periods_differ: bool
    larger: str | None

    @property
    def is_numeric(self) -> bool:
        return any(cell and cell[0].is_numeric for cell in self.cells)


@dataclass(frozen=True, slots=True)
class Comparison:
    entities: tuple[Entity, ...]
    rows: tuple[ComparisonRow, ...]
    chart: bool = False
    metric_names: dict[str, str] = field(default_factory=dict)

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.OK if self.rows else ExitCode.NOT_FOUND


def build_comparison(index: Index, names: list[str], *, topic: str | None = None,
                     metric: str | None = None, common: bool = False, chart: bool = False
                     ) -> Comparison:
    """Rows for every metric any entity has (only shared ones with common=True), shared first."""
    if len(names) < 2:
        raise InputError("compare needs at least two entities (e.g. factcli compare hkust polyu)")
    entities = tuple(dict.fromkeys(resolve_entity(index, name) for name in names))
    if len(entities) < 2:
        raise InputError("compare needs two different entities")
    metrics: dict[str, str] = {}
    for entity in entities:
        for position in index.entity_claims.get(entity.id, ()):
            claim = index.kb.claims[position]
            if (topic is None or claim.topic == topic) and (metric in (None, claim.metric)):
                metrics.setdefault(claim.metric, claim.topic)
    rows = []
    for name, row_topic in metrics.items():
        cells = tuple(_newest(index, entity.id, name) for entity in entities)
        present = [cell for cell in cells if cell]
        if common and len(present) < len(entities):
            continue
        dates = {cell[0].when for cell in present}
        rows.append(ComparisonRow(name, row_topic, cells, len(present) > 1 and len(dates) > 1,
                                  _larger(entities, cells)))
    rows.sort(key=lambda row: (-sum(1 for cell in row.cells if cell), row.topic, row.metric))
    names = {row.metric: _metric_label(index, row.metric) for row in rows}
    return Comparison(entities, tuple(rows), chart, names)


def _metric_label(index: Index, metric_id: str) -> str:
    metric = index.kb.metrics.get(metric_id)
    return f"{metric.name.en} {metric.name.zh}" if metric else metric_id


def _newest(index: Index, entity_id: str, metric: str) -> tuple[Claim, ...]:
    """The entity's newest claims for the metric (several when they share that date)."""
    positions = index.metric_groups.get(f"{entity_id}\t{metric}", [])
    claims = sorted((index.kb.claims[p] for p in positions), key=lambda c: c.sort_date,
                    reverse=True)
    if not claims:
        return ()
    return tuple(c for c in claims if c.sort_date == claims[0].sort_date)


def _larger(entities: tuple[Entity, ...], cells: tuple[tuple[Claim, ...], ...]) -> str | None:
    """The entity ahead (larger figure, better rank) when figures share unit and qualifier."""
    numeric = [(entity.id, cell[0]) for entity, cell in zip(entities, cells, strict=True)
               if len(cell) == 1 and cell[0].is_numeric]
    if len(numeric) < 2:
        return None
    kinds = {(unit_kind(claim.unit), claim.qualifier) for _, claim in numeric}
    if len(kinds) != 1:
        return None
    unit = next(iter(kinds))[0]
    best = (min if unit == "rank" else max)(numeric, key=lambda item: float(item[1].value))  # type: ignore[arg-type]
    values = [float(claim.value) for _, claim in numeric]  # type: ignore[arg-type]
    return None if values.count(float(best[1].value)) > 1 else best[0]  # type: ignore[arg-type]
