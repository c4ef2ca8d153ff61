"""Which figures printed in the source documents no claim holds as a structured value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcli.errors import ExitCode
from factcli.figures import Figure, find_figures
from factcli.numbers import find_quantities, values_equal

if TYPE_CHECKING:
    from factcli.model import Claim, KnowledgeBase


@dataclass(frozen=True, slots=True)
class DocumentCoverage:
    source_id: str
    file: str
    figures: int
    covered: int
    uncovered: tuple[Figure, ...]

    @property
    def share(self) -> float:
        return self.covered / self.figures if self.figures else 1.0


@dataclass(frozen=True, slots=True)
class CoverageReport:
    documents: tuple[DocumentCoverage, ...]
    min_share: float | None = None

    @property
    def figures(self) -> int:
        return sum(d.figures for d in self.documents)

    @property
    def covered(self) -> int:
        return sum(d.covered for d in self.documents)

    @property
    def share(self) -> float:
        return self.covered / self.figures if self.figures else 1.0

    @property
    def exit_code(self) -> ExitCode:
        if self.min_share is not None and self.share < self.min_share:
            return ExitCode.NOT_FOUND
        return ExitCode.OK


def measure_coverage(kb: KnowledgeBase, documents: dict[str, str | None],
                     min_share: float | None = None) -> CoverageReport:
    """Distinct figures per source document, and those no claim of that source holds as a value."""
    results = []
    for source in kb.sources.values():
        text = documents.get(source.file)
        if text is None:
            continue
        claims = [c for c in kb.claims if c.source == source.id]
        distinct: dict[tuple[str, object], Figure] = {}
        for figure in find_figures(text):
            distinct.setdefault((figure.kind, figure.value), figure)
        uncovered = tuple(f for f in distinct.values() if not any(holds(c, f) for c in claims))
        results.append(DocumentCoverage(source.id, source.file, len(distinct),
                                        len(distinct) - len(uncovered), uncovered))
    return CoverageReport(tuple(results), min_share)


def holds(claim: Claim, figure: Figure) -> bool:
    """Whether the claim holds the figure as a structured value (value, date or period)."""
    dates = _claim_dates(claim)
    texts = claim.value if isinstance(claim.value, tuple) else (
        (claim.value,) if isinstance(claim.value, str) and claim.unit != "date" else ())
    if any(f.kind == figure.kind and f.value == figure.value
           for text in texts for f in find_figures(text)):
        return True
    if figure.kind == "date":
        iso = str(figure.value)
        if "/" in iso:
            start, end = iso.split("/")
            return claim.period is not None and claim.period.start[:4] == start \
                and claim.period.end[:4] == end
        if iso.startswith("????"):
            return any(d[4:] == iso[4:] for d in dates if len(d) == len(iso))
        return any(d == iso or (len(iso) == 4 and d[:4] == iso) for d in dates)
    value = float(figure.value)
    if claim.is_numeric:
        recorded = float(claim.value)  # type: ignore[arg-type]
        if values_equal(recorded, value) or values_equal(abs(recorded), abs(value)):
            return True
    if isinstance(claim.value, tuple):
        for item in claim.value:
            if any(values_equal(f.quantity.value, value) for f in find_quantities(item)):
                return True
    return value.is_integer() and 1900 <= value <= 2099 and any(
        d[:4] == str(int(value)) for d in dates)


def _claim_dates(claim: Claim) -> list[str]:
    dates = [d for d in (claim.as_of,) if d]
    if claim.period:
        dates += [claim.period.start, claim.period.end]
    if claim.unit == "date":
        dates.append(str(claim.value))
    return dates
