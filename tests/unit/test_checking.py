"""Claims put to be checked the way fact-checkers put them, in English and Chinese."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from factcli.index import Index
from factcli.match import Answer, Decline, answer_question
from factcli.query import parse_query
from factcli.scene import without_check_framing


@pytest.mark.parametrize(("framed", "claim"), [
    ("Someone wrote that HKUST was 46th in the THE World University Rankings 2024. "
     "Can you confirm?", "HKUST was 46th in the THE World University Rankings 2024?"),
    ("Is it accurate that HKUST placed 5th in the QS Asia University Rankings 2024?",
     "HKUST placed 5th in the QS Asia University Rankings 2024?"),
    ("A blog says PolyU had 500 research projects in 2018/19. Is that accurate?",
     "PolyU had 500 research projects in 2018/19?"),
    ("Checking a press line: HKUST was No.1 in THE's Young University Rankings 2023. Right?",
     "HKUST was No.1 in THE's Young University Rankings 2023?"),
    ("Fact-check: HKUST has 12 unicorns.", "HKUST has 12 unicorns?"),
    ("I read that HKUST has 12 unicorns. Right?", "HKUST has 12 unicorns?"),
    ("Reports say HKUST has 12 unicorns - right?", "HKUST has 12 unicorns?"),
])
def test_the_words_framing_a_claim_to_check_are_set_aside(framed: str, claim: str) -> None:
    assert without_check_framing(framed) == (claim, True)


@pytest.mark.parametrize("question", [
    "What is the right answer?",             # "right" is asked about, not a verdict asked for
    "Is it true that X?",                    # nothing would be left to check
    "Who wrote the report on HKUST's net-zero plan?",
    "How many students did HKUST say took part in exchange?",
    "The press reported on HKUST's net zero plan. What is the target year?",
    "My friend says hi. Which year did the Shanghai Center open?",
    "Would it be right to call HKUST a young university?",
])
def test_a_question_that_frames_nothing_is_left_alone(question: str) -> None:
    assert without_check_framing(question) == (question, False)


@pytest.mark.parametrize(("question", "claim_id"), [
    ("Someone wrote that HKUST was 46th in the Times Higher Education World University "
     "Rankings 2024. Can you confirm?", "hkust-rank-the-world-2024"),
    ("Is it accurate that HKUST placed 5th in the QS Asia University Rankings 2024?",
     "hkust-rank-qs-asia-2024"),
])
def test_a_framed_claim_is_answered_by_the_claim_that_settles_it(
        first_claim_id: Callable[[str], str], question: str, claim_id: str) -> None:
    """The figure put to be checked is wrong: the claim with the right one answers."""
    assert first_claim_id(question) == claim_id


def test_a_framed_claim_the_file_does_not_hold_is_still_declined(kb_index: Index) -> None:
    question = "Someone wrote that HKUST was 46th in the US News Best Global Universities 2024. " \
               "Can you confirm?"
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_chinese_ordinal_put_to_be_checked_is_compared_not_found(
        kb_index: Index, first_claim_id: Callable[[str], str]) -> None:
    """第三屆 put to be checked: 第三 and 三屆 are no words a claim must hold; 屆 says that the
    edition is what is checked, and the claim giving the edition (the second) answers."""
    question = "是否屬實：在科大舉行的「一帶一路」空間科學應用國際培訓班是第三屆？"
    query = parse_query(kb_index, question)
    assert query.ordinals == [(3, None)]
    assert "届" in query.terms
    assert not {"第三", "三届"} & {unit for unit, _ in query.cjk_units}
    assert first_claim_id(question) == "belt-road-space-training-2025-edition"


def test_a_first_put_to_be_checked_stays_a_word(kb_index: Index) -> None:
    """Being the first is said in words (首屆, 第一次), so 第一 stays to be found."""
    query = parse_query(kb_index, "聽講科大喺Unicorn Day之前冇搞過呢類活動，係咪第一屆？")
    assert "第一" in query.terms


def test_a_long_framed_text_is_read_quickly() -> None:
    text = "Someone wrote that " + "HKUST " * 20_000 + ". Can you confirm?"
    started = time.perf_counter()
    without_check_framing(text)
    assert time.perf_counter() - started < 5


def test_another_university_beside_an_approximation_is_still_read(kb_index: Index) -> None:
    """城大約有: the approximation (大約) set aside takes the name's 大; the name is read in
    the question as typed, so the question is declined for it, as 科大約有 is answered."""
    result = answer_question(kb_index, "2022-23年度城大約有多少學生參加了海外交流？")
    assert isinstance(result, Decline)
    assert "城大" in result.reason
    assert isinstance(answer_question(kb_index, "2022-23年度科大約有多少學生參加了海外交流？"),
                      Answer)


def test_a_framed_true_statement_still_finds_its_claim(
        first_claim_id: Callable[[str], str]) -> None:
    """Read as put to be checked, every word counts and the question declines; read as the
    statement it frames, its claim answers."""
    assert first_claim_id("Fact check: HKUST's low-altitude economy centre sent its sandbox "
                          "proposal to the Shenzhen municipal government.") \
        == "laerc-sandbox-proposal"


@pytest.mark.parametrize(("question", "claim_id"), [
    # The edition names which course; the place is what is checked.
    ("Was the second Belt and Road space science training course held in Beijing?",
     "belt-road-space-training-2025-venue"),
    # A numeral of two characters: 第十九次 is the figure, 次 what is counted.
    ("習近平2021年講話的中國科學院院士大會係咪第十九次？",
     "academicians-conference-2021-cas-edition"),
])
def test_an_ordinal_is_checked_only_where_it_closes_the_question(
        first_claim_id: Callable[[str], str], question: str, claim_id: str) -> None:
    assert first_claim_id(question) == claim_id
