"""Claim stubs for a new document: one per figure no claim of its source holds yet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcli.coverage import holds
from factcli.figures import Figure, find_figures
from factcli.numbers import find_quantities
from factcli.verify import squeeze

if TYPE_CHECKING:
    from factcli.index import Index

FILL = "FILL"  # marks a field a person must write; validate rejects it until they do
_CLAUSE_END = re.compile(r"[。；;!?！？\n]|[,，、](?=\s*\S)|\.(?=\s|$)")
_MAX_QUOTE = 110


@dataclass(frozen=True, slots=True)
class Stub:
    """A drafted claim: what the document gives, and guesses a person must check."""

    figure: Figure
    quote: str
    value: float | int | str
    unit: str | None
    qualifier: str | None
    entity: str | None
    as_of: str | None


@dataclass(frozen=True, slots=True)
class Draft:
    source_id: str
    file: str
    stubs: tuple[Stub, ...]


def draft_claims(index: Index, text: str, source_id: str, file_name: str) -> Draft:
    """Stubs for every figure in the text that no claim of source_id holds as a value."""
    claims = [c for c in index.kb.claims if c.source == source_id]
    squeezed = squeeze(text)
    stubs = []
    seen: set[tuple[str, object]] = set()
    for figure in find_figures(squeezed):
        key = (figure.kind, figure.value)
        if key in seen or any(holds(c, figure) for c in claims):
            continue
        seen.add(key)
        quote = _clause(squeezed, figure.start, figure.end)
        stubs.append(_stub(index, figure, quote, squeezed))
    return Draft(source_id, file_name, tuple(stubs))


def _stub(index: Index, figure: Figure, quote: str, text: str) -> Stub:
    from factcli.naming import detect_entities
    from factcli.normalize import fold_text

    unit: str | None = None
    qualifier: str | None = None
    value: float | int | str = figure.value
    if figure.kind == "date":
        unit = "date"
        value = str(figure.value).replace("????", FILL).split("/")[0]
    else:
        found = next((f for f in find_quantities(text[figure.start:figure.end + 3])), None)
        if found is not None:
            unit = found.quantity.unit
            if found.quantity.qualifier.value != "exact":
                qualifier = found.quantity.qualifier.value
        qualifier = qualifier or _qualifier_in(quote, figure)
    entities, _ = detect_entities(index, fold_text(quote))
    if not entities:
        window = text[max(0, figure.start - 400):figure.start]
        entities, _ = detect_entities(index, fold_text(window))
        entities = entities[-1:]
    window = text[max(0, figure.start - 250):figure.start] + " " + quote
    dates = [f for f in find_figures(window) if f.kind == "date"
             and "?" not in str(f.value) and "/" not in str(f.value)]
    as_of = str(dates[-1].value) if dates and figure.kind != "date" else None
    return Stub(figure, quote, value, unit, qualifier, entities[0] if entities else None, as_of)


def _qualifier_in(quote: str, figure: Figure) -> str | None:
    for found in find_quantities(quote):
        if found.quantity.value == figure.value and found.quantity.qualifier.value != "exact":
            return found.quantity.qualifier.value
    return None


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a figure, cut verbatim from the (whitespace-folded) text."""
    left = start
    while left > 0 and start - left < _MAX_QUOTE // 2 and not _CLAUSE_END.match(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and right - left < _MAX_QUOTE and not _CLAUSE_END.match(text, right):
        right += 1
    return text[left:right].strip(" ,，、")


def render_yaml(draft: Draft) -> str:
    """The stubs as a knowledge-file fragment; FILL marks what a person must write or check."""
    lines = [f"# Draft claims for {draft.file} (source '{draft.source_id}').",
             f"# Replace every {FILL}; check each GUESSED field against the document; delete",
             "# stubs that are not claims. Then: factcli validate, factcli verify --sources DIR.",
             "claims:"]
    for number, stub in enumerate(draft.stubs, start=1):
        lines += [f"  - id: {draft.source_id}-{FILL.lower()}-{number}",
                  f"    entity: {stub.entity or FILL}"
                  + ("    # GUESSED from the names near the figure" if stub.entity else ""),
                  f"    metric: {FILL}",
                  f"    topic: {FILL}",
                  f"    value: {_yaml_scalar(stub.value)}"]
        if stub.unit:
            lines.append(f"    unit: {stub.unit}")
        else:
            lines.append(f"    unit: {FILL}    # a count noun (students, projects …), or delete")
        if stub.qualifier:
            lines.append(f"    qualifier: {stub.qualifier}")
        if stub.as_of:
            lines.append(f'    as_of: "{stub.as_of}"    # GUESSED from the nearest date before it')
        lines += ["    statement:", f"      en: {FILL}", f"      zh: {FILL}",
                  f"    source: {draft.source_id}",
                  f"    quote: {_yaml_scalar(stub.quote)}"]
    return "\n".join(lines) + "\n"


def _yaml_scalar(value: float | int | str) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)
