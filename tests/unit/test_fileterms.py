"""factcli.fileterms: a file's terms inverted, as its cache keeps them."""

from __future__ import annotations

from array import array

import pytest

from factcli.build import IndexBuilder, claim_row
from factcli.fileterms import checked, invert, shifted
from factcli.index import build_claim_text
from factcli.loader import load_knowledge, shipped_data_dir


def test_inverted_terms_come_back_as_the_claims_had_them() -> None:
    kb = load_knowledge([shipped_data_dir()])
    rows = [claim_row(claim, build_claim_text(claim)) for claim in kb.claims]
    terms = checked(invert(row.terms.split(" ") for row in rows), len(rows))
    assert terms.claim_terms() == [row.terms for row in rows]
    at = 0
    for term, held in zip(terms.vocabulary, terms.held, strict=True):
        assert all(term in rows[p].terms.split(" ") for p in terms.positions[at:at + held])
        at += held


def test_a_base_built_from_inverted_files_has_the_same_postings() -> None:
    """Files merged from their cached terms give the postings of the claims' own terms, term
    order (first use in the whole base) included."""
    kb = load_knowledge([shipped_data_dir()])
    rows = [claim_row(claim, build_claim_text(claim)) for claim in kb.claims]
    whole, pieces = IndexBuilder(), IndexBuilder()
    whole.add_file(rows, None)
    for start in range(0, len(rows), 50):
        part = rows[start:start + 50]
        cached = checked(invert(row.terms.split(" ") for row in part), len(part))
        pieces.add_file(part, None, cached, lambda part=part: [row.text for row in part])
    assert list(pieces._postings.items()) == list(whole._postings.items())
    idf = {term: 1.0 + len(held) / 7 for term, held in whole._postings.items()}
    assert pieces._weights(idf) == whole._weights(idf)


def test_inconsistent_terms_are_refused() -> None:
    terms = invert([["a", "b"], ["b"]])
    with pytest.raises(ValueError, match="inconsistent"):
        checked(terms, 3)
    with pytest.raises(ValueError, match="inconsistent"):
        checked(terms._replace(held=terms.held[:1]), 2)
    assert checked(terms, 2).claim_terms() == ["a b", "b"]


def test_positions_move_to_their_place_in_the_base() -> None:
    local = array("i", [0, 1, 7, 65535, 65536, 1_000_000])
    for start in (0, 1, 999, 70_000, (1 << 31) - 1_000_001):
        assert shifted(local, start, 1_000_001).tolist() == [start + p for p in local]
    assert shifted(array("H", [3, 4]), 10, 5).tolist() == [13, 14]
