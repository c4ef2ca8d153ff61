"""English words typed with a slip, spelt as meant before the question is read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcli.index import Index
from factcli.match import Answer, Decline, answer_question
from factcli.slips import respell_english


@pytest.mark.parametrize(("typed", "meant"), [
    ("Who is the Secretery for Educaton?", "Who is the Secretary for Education?"),
    ("what is the HK$30 milion for", "what is the HK$30 million for"),
    ("why did hkust set asside the money", "why did hkust set aside the money"),
])
def test_a_word_typed_with_a_slip_is_spelt_as_meant(kb_index: Index, typed: str,
                                                    meant: str) -> None:
    assert respell_english(kb_index, typed) == meant


@pytest.mark.parametrize("typed", [
    "ployu research projects",        # one slip from a body's short name: read as a name
    "cityu unicorns",                 # another university, not "city"
    "whats the theem of the course",  # the claims' "theme" is as near as the language's "them"
    "wich labs did they visit",       # which or with: the word it would become says nothing
    "What title did Ye Yuru hold?",   # pinyin beside pinyin: a name
    "the Xianggang Keji Daxue leaders",
    "HKUST hasn't said",              # a contraction
    "Kellog-HKUST EMBA",              # part of a hyphenated name
    "recaps of the course",           # a plural of a known word
    "what about deriving it then",    # an inflection of a known word (derive)
    "Who is Professor Keung at HKUST?",  # a capitalised name inside a sentence
    "How many start-ups did ASIC fund?",  # an acronym
    "Did LegCo attend the meeting?",  # a capital inside the word
])
def test_a_word_that_may_be_meant_as_typed_is_left_alone(kb_index: Index, typed: str) -> None:
    assert respell_english(kb_index, typed) == typed


@pytest.mark.parametrize(("typed", "spelt"), [
    ("Who is the Secretery for Educaton who joined Wu Yan's vist to HKUST?",
     "Who is the Secretary for Education who joined Wu Yan's visit to HKUST?"),
    ("what is the HK$30 milion in HKUST's net zero action plan meant to be used for?",
     "what is the HK$30 million in HKUST's net zero action plan meant to be used for?"),
])
def test_a_question_with_slips_is_answered_as_the_one_spelt_right(kb_index: Index, typed: str,
                                                                  spelt: str) -> None:
    meant = answer_question(kb_index, spelt)
    got = answer_question(kb_index, typed)
    assert isinstance(meant, Answer)
    assert isinstance(got, Answer)
    assert got.answers[0].claim.id == meant.answers[0].claim.id


@pytest.mark.parametrize(("typed", "meant"), [
    ("wat was HKUST's rank in the QS Wrold University Rankngs 2024?",
     "wat was HKUST's rank in the QS World University Rankings 2024?"),
    ("Who led the delegaton from the Ministry of Educaton?",
     "Who led the delegation from the Ministry of Education?"),
])
def test_a_capitalised_word_is_respelt_when_it_completes_a_known_name(kb_index: Index,
                                                                    typed: str,
                                                                    meant: str) -> None:
    assert respell_english(kb_index, typed) == meant


def test_a_name_the_file_does_not_know_is_declined_as_typed(kb_index: Index) -> None:
    result = answer_question(kb_index, "Who is Professor Keung at HKUST?")
    assert isinstance(result, Decline)
    assert "Keung" in result.reason


def test_a_name_typed_in_lower_case_another_way_is_read_as_the_claims_spell_it(
        kb_index: Index, first_claim_id: Callable[[str], str]) -> None:
    """"nancy yip": Yip is how Ip is spelt in Cantonese, in lower case as in capitals."""
    from factcli.query import parse_query

    query = parse_query(kb_index, "nancy yip hkust president?")
    assert "ip" in query.terms
    assert "yip" not in query.unknown_terms
    assert first_claim_id("nancy yip hkust president?") == "hkust-president-2025-03"


def test_a_given_name_after_a_surname_the_file_does_not_know_is_not_joined(
        kb_index: Index) -> None:
    """"Chan Yuk Lin" is not CHOI Yuk-lin: the surname is another person's."""
    assert isinstance(answer_question(kb_index, "Who is Chan Yuk Lin?"), Decline)


@pytest.mark.parametrize("question", ["who is zhou tian hua", "Zhou Tian Hua, MOE department"])
def test_a_given_name_typed_a_syllable_at_a_time_is_read_whole(kb_index: Index,
                                                               question: str) -> None:
    """Tian and Hua are no words of the claims; Tianhua is."""
    from factcli.query import parse_query

    query = parse_query(kb_index, question)
    assert "tianhua" in query.terms
    assert not {"tian", "hua"} & set(query.unknown_terms)


def test_two_known_words_are_not_joined(kb_index: Index) -> None:
    """"net zero": each word is the claims' own, so each is read as it is."""
    from factcli.query import parse_query

    terms = parse_query(kb_index, "HKUST net zero target year").terms
    assert {"net", "zero"} <= set(terms)
    assert "netzero" not in terms
