"""How a claim reads to people: its value, time and statement in the answer's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcli.normalize import Lang, to_simplified
from factcli.numbers import format_quantity

if TYPE_CHECKING:
    from factcli.model import Claim, KnowledgeBase


def localise(text: str, lang: Lang) -> str:
    return to_simplified(text) if lang == "zh-hans" else text


def statement_in(claim: Claim, lang: Lang) -> str:
    return claim.statement.en if lang == "en" else localise(claim.statement.zh, lang)


def value_text(claim: Claim, lang: Lang = "en") -> str:
    """The value for people: 'over 1,800 companies', 'HK$956M', 'WANG Qiang'."""
    if claim.is_numeric:
        return format_quantity(claim.value, claim.unit, claim.qualifier, lang)  # type: ignore[arg-type]
    if isinstance(claim.value, tuple):
        return localise("; ".join(claim.value), lang)
    return localise(str(claim.value), lang)


def when_text(claim: Claim, lang: Lang = "en") -> str:
    """'as of 2025-05' / '截至2025-05'; a period as 'start to end' / 'start至end'."""
    zh = lang != "en"
    if claim.as_of:
        return f"截至{claim.as_of}" if zh else f"as of {claim.as_of}"
    if claim.period:
        joiner = "至" if zh else " to "
        return f"{claim.period.start}{joiner}{claim.period.end}"
    return ""


def claim_record(claim: Claim, kb: KnowledgeBase, lang: Lang = "en") -> dict[str, Any]:
    """The JSON shape of a claim, joined with its entity and source (the documented contract)."""
    entity = kb.entities.get(claim.entity)
    value: Any = list(claim.value) if isinstance(claim.value, tuple) else claim.value
    return {
        "id": claim.id,
        "entity": claim.entity,
        "entity_name": {"en": entity.name.en, "zh": entity.name.zh} if entity else None,
        "metric": claim.metric,
        "topic": claim.topic,
        "value": value,
        "value_text": value_text(claim, lang),
        "unit": claim.unit,
        "qualifier": claim.qualifier.value,
        "as_of": claim.as_of,
        "period": {"start": claim.period.start, "end": claim.period.end} if claim.period else None,
        "statement": statement_in(claim, lang),
        "statement_en": claim.statement.en,
        "statement_zh": claim.statement.zh,
        "quote": " … ".join(claim.quotes),
        "note": claim.note,
        "source": source_record(kb, claim.source),
    }


def source_record(kb: KnowledgeBase, source_id: str) -> dict[str, Any]:
    source = kb.sources.get(source_id)
    if source is None:
        return {"id": source_id}
    return {"id": source.id, "title": source.title.original, "title_en": source.title.en,
            "publisher": source.publisher, "published": source.published, "url": source.url,
            "file": source.file}
