"""Queries for browsing: list, show, entities, sources, export; entity resolution for commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.errors import UnknownClaimError, UnknownEntityError
from factcli.normalize import compact, fold_text

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Claim, Entity, KnowledgeBase


def resolve_entity(index: Index, name: str) -> Entity:
    """An entity from any alias, id or name (typo-tolerant); UnknownEntityError with suggestions."""
    from factcli.naming import detect_entities

    kb = index.kb
    form = compact(name)
    entity_id = index.aliases.get(form) or (form if form in kb.entities else None)
    if entity_id is None:
        found, rest = detect_entities(index, fold_text(name))
        if len(found) == 1 and not rest.strip():
            entity_id = found[0]
    if entity_id is None:
        raise UnknownEntityError(name, suggest_entities(index, name))
    return kb.entities[entity_id]


def suggest_entities(index: Index, name: str, limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    form = compact(name)
    suggestions: list[str] = []
    for alias, _, _ in process.extract(form, list(index.aliases), scorer=fuzz.ratio, limit=30):
        entity_id = index.aliases[alias]
        if entity_id not in suggestions:
            suggestions.append(entity_id)
        if len(suggestions) == limit:
            break
    return suggestions


def filter_claims(index: Index, entity: str | None = None, topic: str | None = None,
                  metric: str | None = None, source: str | None = None) -> tuple[Claim, ...]:
    """Claims matching every filter given; entity accepts any alias."""
    entity_id = resolve_entity(index, entity).id if entity else None
    return tuple(claim for claim in index.kb.claims
                 if (entity_id is None or claim.entity == entity_id)
                 and (topic is None or claim.topic == topic)
                 and (metric is None or claim.metric == metric)
                 and (source is None or claim.source == source))


def find_claim(kb: KnowledgeBase, claim_id: str) -> Claim:
    for claim in kb.claims:
        if claim.id == claim_id:
            return claim
    import difflib

    raise UnknownClaimError(claim_id, difflib.get_close_matches(claim_id,
                                                                [c.id for c in kb.claims], n=3))
