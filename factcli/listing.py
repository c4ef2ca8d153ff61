"""What the listing commands hand the renderer: claims (list, show, export), entities, sources,
and a validation summary.

Kept out of render.py, which names them only for type checking: `ask` would otherwise pay
about 1 ms per dataclass to create them on every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcli.model import Claim, Entity, KnowledgeBase, Source


@dataclass(frozen=True, slots=True)
class ClaimList:
    kb: KnowledgeBase
    claims: tuple[Claim, ...]
    detailed: bool = False


@dataclass(frozen=True, slots=True)
class EntityList:
    entities: tuple[Entity, ...]
    claim_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class SourceList:
    sources: tuple[Source, ...]
    claim_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    files: tuple[str, ...]
    sources: int
    entities: int
    claims: int
