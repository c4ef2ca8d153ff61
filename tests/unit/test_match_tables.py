"""The matcher's shortcuts (tables read once, readings shared between candidates) give what the
plain reading gives, to the last bit."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.index import Index, held_among
from factcli.loader import load_questions
from factcli.match import (
    _GENERAL_DISCOUNT,
    _char_weights,
    _claims_valued,
    _Evidence,
    _value_matches,
    _weight,
)
from factcli.naming import _cjk_aliases_starting_in, claims_naming
from factcli.normalize import fold_text, has_cjk
from factcli.query import Query, parse_query

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


def _questions(count: int) -> list[str]:
    texts = [case.question for path in sorted(QUESTIONS.glob("dev*.yaml"))
             for case in load_questions(path)]
    return texts[::max(1, len(texts) // count)]


def _plain_holdings(query: Query, positions: list[int], holders: dict[str, set[int]],
                    unit_holders: dict[str, set[int]], latin: list[str],
                    weights: dict[str, float], char_weights: dict[int, float],
                    everyday_chars: dict[int, float], softened: list[tuple[str, float]]
                    ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...], float, float]]:
    """Each candidate read term by term, as the matcher once did."""
    candidates = set(positions)
    latin_gain = dict.fromkeys(positions, 0.0)
    for term in latin:
        for position in holders[term] & candidates:
            latin_gain[position] += weights[term]
    covered: dict[int, set[int]] = {position: set() for position in positions}
    for term, spots in query.cjk_units:
        for position in unit_holders[term] & candidates:
            covered[position].update(spots)
    found = {}
    for position in positions:
        spots = covered[position]
        soft = sum(share for term, share in softened if position not in holders[term])
        soft += sum(share for spot, share in everyday_chars.items() if spot not in spots)
        found[position] = (
            tuple(t for t in query.terms if position in holders[t]),
            tuple(t for t in query.terms if position not in holders[t]),
            latin_gain[position] + sum(char_weights[spot] for spot in spots
                                       if spot in char_weights),
            soft)
    return found


def test_candidates_holding_the_same_terms_share_one_exact_reading(kb_index: Index) -> None:
    compared = 0
    for question in _questions(300):
        query = parse_query(kb_index, question)
        positions = sorted({p for term in query.terms for p in kb_index.postings.get(term, ())}
                           | {p for term, _ in query.cjk_units
                              for p in kb_index.postings.get(term, ())})[:200]
        if not positions:
            continue
        weights = {term: _weight(kb_index, term) for term in query.terms}
        latin = [t for t in query.terms if t not in query.forms and not has_cjk(t)]
        char_weights, everyday_chars = _char_weights(kb_index, query)
        softened = [(term, weights[term] * _GENERAL_DISCOUNT) for term in latin
                    if term in query.general and term not in query.focus]
        reachable = set(positions)
        holders = {term: reachable.intersection(kb_index.postings.get(term, ()))
                   for term in query.terms}
        unit_holders = {term: reachable.intersection(kb_index.postings.get(term, ()))
                        for term, _ in query.cjk_units}
        shared = _Evidence(query, latin, weights, char_weights, everyday_chars, softened)
        assert shared.holdings(positions, reachable, holders, unit_holders) == _plain_holdings(
            query, positions, holders, unit_holders, latin, weights, char_weights,
            everyday_chars, softened), question
        compared += 1
    assert compared > 100


def test_the_claims_valued_at_a_figure_are_those_whose_value_equals_it(kb_index: Index
                                                                         ) -> None:
    values = sorted({float(c.value) for c in kb_index.kb.claims if c.is_numeric})  # type: ignore[arg-type]
    # Each value, and figures just inside and just outside the 0.05% a value may differ by.
    figures = [v * f for v in values for f in (1.0, 1.0004, 0.9996, 1.0006, 0.9994)]
    figures += [0.0, -1.0, 1e300, float("inf"), float("nan")]
    for figure in figures:
        numbers = [(figure, None)]
        plain = {i for i, claim in enumerate(kb_index.kb.claims)
                 if _value_matches(claim, numbers)}
        assert _claims_valued(kb_index, numbers) == plain, figure


@pytest.mark.parametrize("figures", [[(1747.0, None), (2023.0, "HKD")], []])
def test_several_figures_value_the_claims_of_each(kb_index: Index,
                                                  figures: list[tuple[float, str | None]]
                                                  ) -> None:
    plain = {i for i, claim in enumerate(kb_index.kb.claims) if _value_matches(claim, figures)}
    assert _claims_valued(kb_index, figures) == plain


@pytest.mark.parametrize("reachable", [set(), {0}, {3, 5, 7, 900, 10_000}, set(range(0, 3000, 7))])
def test_a_terms_holders_among_the_candidates_are_found_either_way(reachable: set[int]) -> None:
    for held in ([], [5], list(range(0, 5000, 5)), list(range(1, 20_000, 3))):
        assert held_among(reachable, held) == reachable.intersection(held)


def test_the_chinese_aliases_tried_are_those_starting_with_a_character_of_the_text(
        kb_index: Index) -> None:
    for question in _questions(200):
        text = fold_text(question)
        assert _cjk_aliases_starting_in(kb_index, text) == [
            form for form in kb_index.cjk_aliases if form[0] in text]


@pytest.mark.parametrize("name", ["医学院", "香港科技大学", "大学", "科大", "大", "教育大学",
                                  "无此名字"])
def test_the_claims_naming_a_chinese_name_hold_every_pair_of_it(kb_index: Index,
                                                                   name: str) -> None:
    pairs = [name[i:i + 2] for i in range(len(name) - 1)]
    plain = {i for i, _ in enumerate(kb_index.kb.claims)
             if pairs and all(i in kb_index.postings.get(pair, ()) for pair in pairs)}
    assert claims_naming(kb_index, name) == plain
