"""index: claim text and terms as the matcher reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.build import claim_row, row_text
from factcli.index import build_claim_text, claim_search_text
from factcli.normalize import concept, expand_abbreviations, fold_text, tokens

if TYPE_CHECKING:
    from factcli.index import Index


def test_terms_read_word_by_word_equal_tokens_of_the_whole_text(kb_index: Index) -> None:
    """build_claim_text folds in pieces and remembers each word's terms; that must equal
    folding the whole text and tokens() on it."""
    for claim in kb_index.kb.claims:
        folded = fold_text(expand_abbreviations(claim_search_text(claim)))
        terms = tokens(folded, unigrams=True)
        terms += [name for name in map(concept, terms) if name]
        statements = fold_text(f"{claim.statement.en} {claim.statement.zh}")
        text = build_claim_text(claim)
        assert text.text == folded, claim.id
        assert text.terms == tuple(dict.fromkeys(terms)), claim.id
        assert text.statement_terms == " ".join(dict.fromkeys(tokens(statements))), claim.id


def test_terms_never_hold_whitespace(kb_index: Index) -> None:
    """A claim row keeps its terms joined by spaces (build.ClaimRow), read back by split."""
    for claim in kb_index.kb.claims:
        text = build_claim_text(claim)
        assert not any(char.isspace() for term in text.terms for char in term), claim.id
        assert row_text(claim_row(claim, text)) == text, claim.id
