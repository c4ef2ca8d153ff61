"""Paths → Index, from a JSON cache keyed by file content when it can, else loader + index."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import ItemsView, ValuesView
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from factcli.errors import KnowledgeFileError, Problem
from factcli.index import ClaimText, Index, build_claim_text, build_index
from factcli.model import (
    Bilingual,
    Claim,
    Entity,
    KnowledgeBase,
    Metric,
    Period,
    Qualifier,
    Source,
    Title,
)
from factcli.paths import CACHE_FORMAT as _FORMAT
from factcli.paths import default_cache_dir as default_cache_dir
from factcli.paths import expand_paths, file_set_signature

if TYPE_CHECKING:
    from factcli.loader import FileRecords


class CacheSettings(NamedTuple):
    """Where the cache lives; directory None means no cache at all.

    NamedTuple, not a frozen dataclass: cheaper to create on every start.
    """

    directory: Path | None




def load_index(paths: list[Path], settings: CacheSettings) -> Index:
    """The index for these files: whole-index cache, else per-file caches, else the YAML."""
    files = expand_paths(paths)
    if not files:
        raise KnowledgeFileError([Problem(", ".join(map(str, paths)), None, None,
                                          "no knowledge files (*.yaml) found")])
    directory = settings.directory
    signature = file_set_signature(files)
    if directory is not None and signature is not None:
        cached = _read_json(directory / f"index-{signature}.json")
        if cached is not None and _has_index_shape(cached):
            try:
                return _decode_index(cached)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                pass
    # Only a miss reads YAML: the loader (difflib, its patterns) stays out of a warm start.
    from factcli.loader import link

    records, texts = [], []
    for path in files:
        file_records, file_texts = _load_file(path, directory)
        records.append(file_records)
        texts.extend(file_texts)
    kb = link(records)
    index = build_index(kb, texts)
    if directory is not None and signature is not None:
        _write_json(directory / f"index-{signature}.json", _encode_index(index))
        _write_json(directory / f"summary-{signature}.json",
                    {"format": _FORMAT, "claims": len(kb.claims)})
        _prune(directory, keep=signature)
    return index


def claim_count(paths: list[Path], settings: CacheSettings) -> int:
    """How many claims the knowledge files hold: from the cache's summary when it is there."""
    files = expand_paths(paths)
    signature = file_set_signature(files) if files else None
    if settings.directory is not None and signature is not None:
        summary = _read_json(settings.directory / f"summary-{signature}.json")
        if summary is not None and isinstance(summary.get("claims"), int):
            return summary["claims"]
    return len(load_index(paths, settings).kb.claims)


def _prune(directory: Path, keep: str, limit: int = 8) -> None:
    """Drop whole-index caches of old file sets (edited files leave them behind)."""
    try:
        stale = sorted((p for p in directory.glob("index-*.json") if keep not in p.name),
                       key=lambda p: p.stat().st_mtime, reverse=True)[limit:]
        for path in stale:
            path.unlink(missing_ok=True)
            path.with_name(path.name.replace("index-", "summary-")).unlink(missing_ok=True)
    except OSError:
        return


_INDEX_SHAPE = {"sources": list, "entities": list, "metrics": list, "claims": list,
                "postings": dict, "aliases": dict, "entity_claims": dict,
                "mentions": dict, "metric_groups": dict, "metric_terms": dict,
                "metric_vocabulary": list,
                "claim_years": list, "claim_weights": list, "statement_terms": list}


def _has_index_shape(data: dict[str, Any]) -> bool:
    """A cache body of the wrong shape is rebuilt, not trusted because its header matches."""
    if not all(isinstance(data.get(key), kind) for key, kind in _INDEX_SHAPE.items()):
        return False
    claims = len(data["claims"])
    return len(data["claim_years"]) == len(data["claim_weights"]) == \
        len(data["statement_terms"]) == claims




def _load_file(path: Path, directory: Path | None) -> tuple[FileRecords, list[ClaimText]]:
    from factcli.loader import FileRecords, parse_file, read_text

    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        return FileRecords(str(path), problems=problems), []
    digest = hashlib.sha256(f"{_FORMAT}\0{path.resolve()}\0{text}".encode()).hexdigest()[:32]
    cache_file = directory / "files" / f"{digest}.json" if directory is not None else None
    if cache_file is not None:
        cached = _read_json(cache_file)
        if cached is not None:
            try:
                return _decode_file(cached)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                pass
    records = parse_file(str(path), text)
    texts = [build_claim_text(claim) for claim in records.claims]
    if cache_file is not None and not records.problems:
        _write_json(cache_file, _encode_file(records, texts))
    return records, texts


def _read_json(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            data = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically (temporary file + os.replace); a cache that cannot be written is skipped."""
    import tempfile  # only a cache miss writes; tempfile pulls in random and shutil

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                # dumps() uses the C encoder; dump() to a stream would not.
                stream.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return


def _period(data: list[str] | None) -> Period | None:
    return Period(data[0], data[1]) if data else None


def _encode_source(source: Source) -> list[Any]:
    return [source.id, source.title.original, source.title.en, source.publisher, source.file,
            list(source.languages), source.published,
            [source.period.start, source.period.end] if source.period else None, source.url,
            source.origin]


def _decode_source(row: list[Any]) -> Source:
    return Source(row[0], Title(row[1], row[2]), row[3], row[4], tuple(row[5]), row[6],
                  _period(row[7]), row[8], row[9])


def _encode_entity(entity: Entity) -> list[Any]:
    return [entity.id, entity.kind, entity.name.en, entity.name.zh, list(entity.aliases),
            entity.parent, entity.origin]


def _decode_entity(row: list[Any]) -> Entity:
    return Entity(row[0], row[1], Bilingual(row[2], row[3]), tuple(row[4]), row[5], row[6])


def _encode_claim(claim: Claim) -> list[Any]:
    value = list(claim.value) if isinstance(claim.value, tuple) else claim.value
    return [claim.id, claim.entity, claim.metric, claim.topic, value, claim.statement.en,
            claim.statement.zh, claim.source, list(claim.quotes), claim.unit,
            claim.qualifier.value, claim.as_of,
            [claim.period.start, claim.period.end] if claim.period else None,
            list(claim.keywords_en), list(claim.keywords_zh), claim.note, claim.origin]


def _decode_claim(row: list[Any]) -> Claim:
    value = tuple(row[4]) if isinstance(row[4], list) else row[4]
    return Claim(row[0], row[1], row[2], row[3], value, Bilingual(row[5], row[6]), row[7],
                 tuple(row[8]), row[9], Qualifier(row[10]), row[11], _period(row[12]),
                 tuple(row[13]), tuple(row[14]), row[15], row[16])


def _encode_metric(metric: Metric) -> list[Any]:
    return [metric.id, metric.name.en, metric.name.zh, metric.description, metric.origin]


def _decode_metric(row: list[Any]) -> Metric:
    return Metric(row[0], Bilingual(row[1], row[2]), row[3], row[4])


def _encode_text(text: ClaimText) -> list[Any]:
    return [list(text.terms), text.text, list(text.years), text.statement_terms]


def _decode_text(row: list[Any]) -> ClaimText:
    return ClaimText(tuple(row[0]), row[1], tuple(row[2]), row[3])


def _encode_file(records: FileRecords, texts: list[ClaimText]) -> dict[str, Any]:
    return {"format": _FORMAT, "path": records.path,
            "sources": [_encode_source(s) for s in records.sources],
            "entities": [_encode_entity(e) for e in records.entities],
            "metrics": [_encode_metric(m) for m in records.metrics],
            "claims": [_encode_claim(c) for c in records.claims],
            "texts": [_encode_text(t) for t in texts],
            "references": [[r.kind, r.target, r.origin] for r in records.references]}


def _decode_file(data: dict[str, Any]) -> tuple[FileRecords, list[ClaimText]]:
    from factcli.loader import FileRecords, Reference

    records = FileRecords(data["path"], [_decode_source(r) for r in data["sources"]],
                          [_decode_entity(r) for r in data["entities"]],
                          [_decode_claim(r) for r in data["claims"]],
                          metrics=[_decode_metric(r) for r in data["metrics"]],
                          references=[Reference(*row) for row in data["references"]])
    return records, [_decode_text(r) for r in data["texts"]]


def _encode_index(index: Index) -> dict[str, Any]:
    kb = index.kb
    return {"format": _FORMAT,
            "sources": [_encode_source(s) for s in kb.sources.values()],
            "entities": [_encode_entity(e) for e in kb.entities.values()],
            "metrics": [_encode_metric(m) for m in kb.metrics.values()],
            "claims": [_encode_claim(c) for c in kb.claims],
            "postings": _encode_postings(index.postings), "aliases": index.aliases,
            "entity_claims": index.entity_claims, "mentions": index.mentions,
            "metric_groups": index.metric_groups, "metric_terms": index.metric_terms,
            "metric_vocabulary": sorted(index.metric_vocabulary),
            "claim_years": index.claim_years, "claim_weights": index.claim_weights,
            "statement_terms": index.statement_terms}


def _decode_index(data: dict[str, Any]) -> Index:
    sources = {row[0]: _decode_source(row) for row in data["sources"]}
    entities = {row[0]: _decode_entity(row) for row in data["entities"]}
    claims = tuple(_decode_claim(row) for row in data["claims"])
    metrics = {row[0]: _decode_metric(row) for row in data["metrics"]}
    kb = KnowledgeBase(sources, entities, claims, metrics)
    return Index(kb, _decode_postings(data["postings"]), data["aliases"], data["entity_claims"],
                 data["mentions"], data["metric_groups"], data["metric_terms"],
                 set(data["metric_vocabulary"]),
                 data["claim_years"], data["claim_weights"], data["statement_terms"])


class _Postings(dict[str, list[int]]):
    """Term → claim positions, each list read from its "3,17,45" text when first looked up.

    Numbers are most of a warm start's JSON time (40,000 of them for the shipped file), and one
    question looks up a few dozen terms. `in`, len() and iteration read keys only, at dict speed.
    """

    __slots__ = ()

    def __getitem__(self, term: str) -> list[int]:
        positions = dict.__getitem__(self, term)
        if isinstance(positions, str):
            positions = [int(position) for position in positions.split(",")]
            dict.__setitem__(self, term, positions)
        return positions

    def get(self, term: str, default: Any = None) -> Any:  # type: ignore[override]
        if term not in self:
            return default
        return self[term]

    def values(self) -> ValuesView[list[int]]:  # type: ignore[override]
        return ValuesView(self)

    def items(self) -> ItemsView[str, list[int]]:  # type: ignore[override]
        return ItemsView(self)


# Read over all lists at once when the cache is read (0.3 ms), so that text other than digits
# and commas is a rebuilt cache, not a failure in the middle of an answer. Like the list form
# before it, the positions themselves are trusted: a full grammar check would cost 2 ms.
_POSITION_TEXT = re.compile(r"[0-9,\n]*")


def _encode_postings(postings: dict[str, list[int]]) -> dict[str, str]:
    return {term: ",".join(map(str, positions)) for term, positions in postings.items()}


def _decode_postings(data: dict[str, str]) -> _Postings:
    """Raises TypeError or ValueError for a damaged table, as the other decoders do."""
    if not _POSITION_TEXT.fullmatch("\n".join(data.values())):
        raise ValueError("postings hold more than positions")
    return _Postings(data)
