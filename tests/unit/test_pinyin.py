"""pinyin: Chinese names (of people and of bodies) typed in pinyin read as the claims write them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from factcli.match import Answer, answer_question
from factcli.pinyin import name_in_claims, syllable_readings
from factcli.query import parse_query

if TYPE_CHECKING:
    from factcli.index import Index


def test_a_word_is_read_as_syllables_every_way_it_can_be() -> None:
    assert ("ding", "quan") in syllable_readings("dingquan")
    assert {("xian",), ("xi", "an")} <= set(syllable_readings("xian"))
    assert syllable_readings("hkust") == []


@pytest.mark.parametrize("words", [["pang", "dingquan"], ["dingquan", "pang"]])
def test_a_name_is_found_surname_first_or_last(kb_index: Index, words: list[str]) -> None:
    assert name_in_claims(kb_index, words) == "庞鼎全"


def test_a_name_no_claim_writes_is_not_found(kb_index: Index) -> None:
    assert name_in_claims(kb_index, ["zhuang", "shuangxiong"]) is None


def test_a_person_the_claims_name_only_in_chinese_is_found_from_pinyin(kb_index: Index) -> None:
    result = answer_question(kb_index, "What is Pang Dingquan's title at HKUST Guangzhou?")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.value == "龐鼎全"


def test_the_words_for_an_office_say_a_role_is_asked(kb_index: Index) -> None:
    result = answer_question(kb_index, "What post does Xia Baolong hold?")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.value == "夏寶龍"


@pytest.mark.parametrize(("question", "entity"), [
    ("Who leads Xianggang Keji Daxue?", "hkust"),
    ("What did Lei Haichao discuss with the Xianggang Keji Daxue delegation?", "hkust"),
    ("How big is the Zhangjiang Fudan Guoji Chuangxin Zhongxin?", "zhangjiang_fudan_iic"),
])
def test_a_body_named_in_pinyin_is_the_body_its_chinese_name_names(
        kb_index: Index, question: str, entity: str) -> None:
    query = parse_query(kb_index, question)
    assert entity in query.entities
    assert not {"xianggang", "keji", "daxue", "guoji", "zhongxin"} & set(query.terms)


@pytest.mark.parametrize("words", [["ni", "mingxuaan"], ["pang", "dingqaun"]])
def test_a_name_in_pinyin_typed_with_one_slip_is_still_found(kb_index: Index,
                                                              words: list[str]) -> None:
    exact = name_in_claims(kb_index, [word.replace("aan", "an").replace("qaun", "quan")
                                      for word in words])
    assert exact is not None
    assert name_in_claims(kb_index, words) == exact


def test_a_name_heard_with_one_vowel_for_another_is_still_the_name(kb_index: Index) -> None:
    assert name_in_claims(kb_index, ["ni", "mingxuen"]) == "倪明选"
