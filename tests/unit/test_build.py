"""factcli.build: the tables a build derives once every claim is in."""

from __future__ import annotations

from factcli.build import IndexBuilder, _MentionFinder, alias_forms, claim_row, metric_name_terms
from factcli.index import build_claim_text
from factcli.loader import load_knowledge, shipped_data_dir


def test_mentions_of_the_whole_base_are_those_found_piece_by_piece() -> None:
    """The whole base is searched with term masks, a changed file with posting slices: both
    find the same claims naming each entity."""
    kb = load_knowledge([shipped_data_dir()])
    builder = IndexBuilder()
    builder.add_file([claim_row(claim, build_claim_text(claim)) for claim in kb.claims], None)
    metric_terms = metric_name_terms(builder._metric_claims, kb.metrics)
    postings = builder._with_metric_names(metric_terms)
    finder = _MentionFinder(kb.entities, builder._texts, builder._entity_claims,
                            alias_forms(kb.entities), postings)
    whole = finder.find(0, builder.count)
    pieces: dict[str, list[int]] = {}
    for start in range(0, builder.count, 37):
        for entity_id, positions in finder.find(start, min(start + 37, builder.count)).items():
            pieces.setdefault(entity_id, []).extend(positions)
    assert whole
    assert whole == {entity_id: sorted(positions) for entity_id, positions in pieces.items()}
