"""Two versions of a knowledge base compared: claims added, removed, changed, newly outdated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcli.errors import ExitCode

if TYPE_CHECKING:
    from factcli.model import Claim, KnowledgeBase


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # added | removed | changed | newest_moved | outdated
    claim_id: str
    entity: str
    metric: str
    before: str
    after: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KnowledgeDiff:
    changes: tuple[Change, ...]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.NOT_FOUND if self.changes else ExitCode.OK

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


_COMPARED = ("entity", "metric", "value", "unit", "qualifier", "as_of", "period", "quotes",
             "source", "statement")


def diff_knowledge(old: KnowledgeBase, new: KnowledgeBase) -> KnowledgeDiff:
    """What changed between two knowledge bases, claim by claim and metric by metric."""
    from factcli.present import value_text

    before = {c.id: c for c in old.claims}
    after = {c.id: c for c in new.claims}
    changes: list[Change] = []
    for claim_id in after.keys() - before.keys():
        claim = after[claim_id]
        changes.append(Change("added", claim_id, claim.entity, claim.metric, "",
                              _describe(claim)))
    for claim_id in before.keys() - after.keys():
        claim = before[claim_id]
        changes.append(Change("removed", claim_id, claim.entity, claim.metric,
                              _describe(claim), ""))
    for claim_id in before.keys() & after.keys():
        old_claim, new_claim = before[claim_id], after[claim_id]
        fields = tuple(name for name in _COMPARED
                       if getattr(old_claim, name) != getattr(new_claim, name))
        if fields:
            changes.append(Change("changed", claim_id, new_claim.entity, new_claim.metric,
                                  _describe(old_claim), _describe(new_claim), fields))
    old_newest = _newest(old.claims)
    new_newest = _newest(new.claims)
    for key, claim in new_newest.items():
        previous = old_newest.get(key)
        if previous is None:
            continue
        if value_text(previous) != value_text(claim) or previous.when != claim.when:
            changes.append(Change("newest_moved", claim.id, claim.entity, claim.metric,
                                  _describe(previous), _describe(claim)))
        if previous.id != claim.id and previous.id in after:
            changes.append(Change("outdated", previous.id, previous.entity, previous.metric,
                                  _describe(previous), f"superseded by {claim.id}"))
    order = {"added": 0, "removed": 1, "changed": 2, "newest_moved": 3, "outdated": 4}
    changes.sort(key=lambda c: (order[c.kind], c.entity, c.metric, c.claim_id))
    return KnowledgeDiff(tuple(changes))


def _newest(claims: tuple[Claim, ...]) -> dict[tuple[str, str], Claim]:
    newest: dict[tuple[str, str], Claim] = {}
    for claim in claims:
        key = (claim.entity, claim.metric)
        if key not in newest or claim.sort_date > newest[key].sort_date:
            newest[key] = claim
    return newest


def _describe(claim: Claim) -> str:
    from factcli.present import value_text

    return f"{value_text(claim)} ({claim.when})" if claim.when else value_text(claim)
