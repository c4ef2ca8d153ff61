"""The shipped knowledge file: valid, provable against its documents, and consistently named."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from factcli.index import Index
from factcli.loader import load_knowledge, shipped_data_dir
from factcli.numbers import unit_kind
from factcli.verify import verify_claims


def test_shipped_file_loads_without_problems() -> None:
    kb = load_knowledge([shipped_data_dir()])
    assert len(kb.claims) >= 300
    assert {"hkust", "polyu", "hku"} <= set(kb.entities)


def test_every_claim_is_proved_by_its_source_document(kb_index: Index, seeds_dir: Path) -> None:
    """Quote verbatim in the cited document, value readable from the quote: the provenance rule."""
    documents = {s.file: (seeds_dir / s.file).read_text(encoding="utf-8")
                 for s in kb_index.kb.sources.values()}
    report = verify_claims(kb_index.kb, documents)
    assert report.checked == len(kb_index.kb.claims)
    assert [f"{f.claim_id}: {f.message}" for f in report.failures] == []


def test_one_file_per_source_document(kb_index: Index, seeds_dir: Path) -> None:
    files = {s.file for s in kb_index.kb.sources.values()}
    assert files == {p.name for p in seeds_dir.iterdir() if p.suffix == ".txt"}
    origins = defaultdict(set)
    for claim in kb_index.kb.claims:
        origins[claim.source].add(claim.origin.rsplit(":", 2)[0])
    assert all(len(paths) == 1 for paths in origins.values())


def test_quotes_stay_short(kb_index: Index) -> None:
    """Quotes are evidence, one clause each, not copied passages."""
    long_quotes = [(c.id, q) for c in kb_index.kb.claims for q in c.quotes if len(q) > 200]
    assert long_quotes == []


def test_statements_are_not_copies_of_quotes(kb_index: Index) -> None:
    copied = [c.id for c in kb_index.kb.claims
              if any(q.strip() == c.statement.en.strip() or q.strip() == c.statement.zh.strip()
                     for q in c.quotes)]
    assert copied == []


def test_a_metric_keeps_one_unit_across_entities(kb_index: Index) -> None:
    """Like is named like: a metric never mixes kinds of unit (money with percent, say)."""
    units: dict[str, set[str]] = defaultdict(set)
    for claim in kb_index.kb.claims:
        if claim.is_numeric or claim.unit == "date":
            units[claim.metric].add(unit_kind(claim.unit))
    assert {metric: u for metric, u in units.items() if len(u) > 1} == {}


def test_timeline_metrics_keep_both_dates(kb_index: Index) -> None:
    """HKUST's start-ups, unicorns and exits appear at end-2023 and May 2025: both are kept."""
    for metric in ("active_startups", "unicorns", "startup_exits"):
        dates = {c.as_of for c in kb_index.kb.claims if c.entity == "hkust" and c.metric == metric}
        assert {"2023-12-31", "2025-05"} <= dates, metric


def test_hong_kong_annual_highlights_default_to_their_period(kb_index: Index) -> None:
    source = kb_index.kb.sources["hkust-highlights-2022-23"]
    assert source.period is not None
    assert (source.period.start, source.period.end) == ("2022-07-01", "2023-06-30")
    undated = [c.id for c in kb_index.kb.claims if c.source == source.id and not c.when]
    assert undated == []


def test_json_schema_ships_beside_the_files_and_names_every_field() -> None:
    """The schema for editors lists exactly the fields the loader accepts."""
    import json

    from factcli import loader

    schema = json.loads((shipped_data_dir() / "knowledge-file.schema.json").read_text("utf-8"))
    items = {key: set(schema["properties"][key]["items"]["properties"])
             for key in ("sources", "entities", "metrics", "claims")}
    assert items == {"sources": set(loader._SOURCE_FIELDS), "entities": set(loader._ENTITY_FIELDS),
                     "metrics": set(loader._METRIC_FIELDS), "claims": set(loader._CLAIM_FIELDS)}
