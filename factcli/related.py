"""Claims tied to the bodies a question names: what they run, the work they share, and the words
of their names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.index import PEOPLE
from factcli.lazyre import lazy
from factcli.normalize import concept, fold_text, has_cjk, tokens

if TYPE_CHECKING:

    from factcli.index import Index


def linked_claims(index: Index, entity_id: str, related: set[int],
                  asked: set[str]) -> set[int]:
    """Claims about a thing the question names beside the entity, when some claim of that
    thing names the entity: HKUST's Belt and Road course (whose organisers' claim names HKUST)
    has a theme that never names HKUST. Only events, programmes and buildings: another
    university's claims that name HKUST are about that university."""
    if len(asked) < 2:
        return set()  # a thing is named by two of its words or more
    mentioning = set(index.mentions.get(entity_id, ()))
    linked: set[int] = set()
    for thing in _things_named(index, frozenset(asked)):
        own = index.entity_claims.get(thing, ())
        if thing != entity_id and mentioning.intersection(own):
            linked.update(own)
    return linked - related


def shared_work(index: Index, entities: list[str]) -> set[int]:
    """The claims of a body whose claims name every one of two or more bodies the question
    names: "the summer programme run by PolyU and Shenzhen University" is run by the institute
    the two set up, whose partners' claim names both."""
    if len(entities) < 2:
        return set()
    claims = index.kb.claims
    named_by: set[str] | None = None
    naming: dict[str, set[str]] = {}
    for entity_id in entities:
        bodies = {claims[position].entity for position in index.mentions.get(entity_id, ())}
        naming[entity_id] = bodies
        named_by = bodies if named_by is None else named_by & bodies
    # "港科大和上实搞的生物科技基金": a body named beside two or more others whose claims name
    # them all is described by them, as one the question leaves unnamed is. Beside one other
    # (its parent aside) it is only a body that deals with it: LAERC's proposal to the
    # government.
    described: set[str] = set()
    for body in entities:
        others = [other for other in entities
                  if other != body and body not in index.children.get(other, ())]
        if len(others) > 1 and all(body in naming[other] for other in others):
            described.add(body)
    shared: set[int] = set()
    for body in ((named_by or set()) - set(entities)) | described:
        entity = index.kb.entities.get(body)
        if entity is not None and entity.kind not in {"university", "ranking", "alliance"}:
            shared.update(index.entity_claims.get(body, ()))
    return shared


def set_up_with_others(index: Index, entity_id: str, related: set[int],
                       asked: set[str]) -> set[int]:
    """The claims of the bodies a university set up or runs with others, whose partners' or
    founders' claim names it, when the question uses two words of theirs that none of the
    university's own claims holds: PolyU's immersive summer programme is its institute's with
    Shenzhen University (GBA I3), whose own claims never name PolyU; 理大國際學生 asks of PolyU
    itself (國際 is in the institute's name, 學生 in PolyU's claims). Not an alliance it
    belongs to nor a ranking that places it, which are no work of its own."""
    found: set[int] = set()
    common = common_term_limit(index)  # a word many claims hold is nobody's own
    chinese = any(has_cjk(term) for term in asked)  # an English question loads no converter
    for body, own in _bodies_set_up_with_others(index, entity_id).items():
        names = name_terms(index, body, chinese)
        theirs = [term for term in asked if term not in names and term not in PEOPLE
                  and 0 < len(held := index.postings.get(term, ())) <= common
                  and not own.isdisjoint(held) and related.isdisjoint(held)]
        if len(theirs) >= _THEIR_WORDS:
            found |= own
    return found


def _bodies_set_up_with_others(index: Index, entity_id: str) -> dict[str, frozenset[int]]:
    """Body → its claims, for the bodies whose partners' or founders' claim names the
    university (once a process)."""
    key = ("set up with others", entity_id)
    found = index.derived.get(key)
    if found is None:
        found = {}
        entities = index.kb.entities
        if entity_id in entities and entities[entity_id].kind == "university":
            claims = index.kb.claims
            for position in index.mentions.get(entity_id, ()):
                claim = claims[position]
                body = entities.get(claim.entity)
                if body is not None and claim.entity != entity_id \
                        and body.kind not in _NOT_SET_UP_KINDS \
                        and _SETTERS_UP_RE.search(claim.metric):
                    found[claim.entity] = frozenset(index.entity_claims.get(claim.entity, ()))
        index.derived[key] = found
    return found


# Words of a body's own the question must use to be asking of it, words for people aside
# (理大國際學生人數 asks of the university, though only the institute's claims say 人數).
_THEIR_WORDS = 2
_NOT_SET_UP_KINDS = frozenset({"university", "alliance", "ranking", "body", "region"})
_SETTERS_UP_RE = lazy(r"(?:^|_)(?:partners|founders|co_organisers|organisers)$")


def _things_named(index: Index, asked: frozenset[str]) -> list[str]:
    """Events, programmes and buildings two or more of whose name terms the question uses."""
    by_term = _things_by_name_term(index, any(has_cjk(term) for term in asked))
    hits: dict[str, int] = {}
    for term in asked:
        for entity_id in by_term.get(term, ()):
            hits[entity_id] = hits.get(entity_id, 0) + 1
    return [entity_id for entity_id, count in hits.items() if count >= 2]


def _things_by_name_term(index: Index, chinese: bool) -> dict[str, list[str]]:
    """Name term → the events, programmes and buildings whose names hold it (once a process)."""
    found = index.derived.get(("things by name term", chinese))
    if found is None:
        found = {}
        for entity_id, entity in index.kb.entities.items():
            if entity.kind in _LINKED_KINDS:
                for term in name_terms(index, entity_id, chinese):
                    found.setdefault(term, []).append(entity_id)
        index.derived[("things by name term", chinese)] = found
    return found


def name_terms(index: Index, entity_id: str, chinese: bool) -> frozenset[str]:
    """The terms of an entity's names (folded once per process): its Latin names, and its
    Chinese ones when the question is Chinese (an English question loads no converter)."""
    key = ("name terms", entity_id, chinese)
    found = index.derived.get(key)
    if found is None:
        found = frozenset(concept(term) or term
                          for name in index.kb.entities[entity_id].names
                          if chinese or name.isascii()
                          for term in tokens(fold_text(name)))
        index.derived[key] = found
    return found


def related_claims(index: Index, entity_id: str) -> set[int]:
    """Claims about the entity and its sub-entities, and claims that name it."""
    positions = set(index.entity_claims.get(entity_id, ()))
    positions.update(index.mentions.get(entity_id, ()))
    for child in index.children.get(entity_id, ()):
        positions.update(index.entity_claims.get(child, ()))
    return positions


def distinctive_name_terms(index: Index, entity_id: str, chinese: bool) -> frozenset[str]:
    """The name terms few claims hold: "university", 香港 would credit every claim of every
    university."""
    key = ("distinctive name terms", entity_id, chinese)
    found = index.derived.get(key)
    if found is None:
        common = common_term_limit(index)
        found = frozenset(term for term in name_terms(index, entity_id, chinese)
                          if not term.startswith("~")
                          and len(index.postings.get(term, ())) <= common)
        index.derived[key] = found
    return found


_COMMON_TERM_CLAIMS = 60  # at least this many claims before a term counts as common
_COMMON_TERM_SHARE = 0.05
_LINKED_KINDS = frozenset({"event", "programme", "building"})


def common_term_limit(index: Index) -> float:
    """How many claims may hold a term before it counts as common ("university", 研究)."""
    return max(_COMMON_TERM_CLAIMS, len(index.kb.claims) * _COMMON_TERM_SHARE)
