"""People in questions: a person put to be checked in a role (the role's own claim settles it,
whoever is named), and a person named (the claims naming him tell what he did)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcli.checked_person import name_put_to_check
from factcli.index import Index
from factcli.match import Answer, Decline, answer_question
from factcli.people import claims_naming_people, names_a_person
from factcli.query import parse_query


def _put(index: Index, question: str) -> str | None:
    """The name the question puts to be checked, as the reader finds it."""
    query = parse_query(index, question)
    return name_put_to_check(index, question, query.folded, set(query.unknown_terms))


@pytest.mark.parametrize(("question", "name"), [
    ("国家卫健委主任是夏宝龙，对吗？", "夏宝龙"),  # a name the claims hold, in another role
    ("國家衛健委主任係咪馬曉偉？", "马晓伟"),  # a name no claim holds
    ("三月在北京會見科大代表團的教育部部長，是雷海潮嗎？", "雷海潮"),
    ("科大太空科學與技術研究院院長是高揚教授嗎？", "高扬"),  # a title after the name
    ("HKUST provost 係 Tim Cheng，啱唔啱？", "tim cheng"),  # an English name the claims give
    ("Is Hu Shaofeng the head of the Egyptian Space Agency?", "hu shaofeng"),  # pinyin
    ("Is the head of the National Health Commission Ma Xiaowei?", "ma xiaowei"),  # unknown
])
def test_the_name_put_to_be_checked_is_read(kb_index: Index, question: str, name: str) -> None:
    """After 是/係/係咪, after Is/Was, or closing the question: a name the claims give a person,
    or one no claim holds."""
    assert _put(kb_index, question) == name


@pytest.mark.parametrize("question", [
    "科大嘅初創係咪獨角獸？",  # words the claims use, not a name
    "科大係咪第一？",  # an ordinal
    "Did HKUST sign with Peng Cheng Lab?",  # a body, not a person
    "Is the centre in Pok Fu Lam?",  # a place
    "Is HKUST's president Wang Yang?",  # pinyin of no name the claims hold, in known words
])
def test_what_is_not_a_person_is_not_read_as_one(kb_index: Index, question: str) -> None:
    """Words the claims use, an ordinal, a body, a place, or pinyin of no name they hold."""
    assert _put(kb_index, question) is None


def test_a_person_is_a_holder_or_a_guest_the_claims_name(kb_index: Index) -> None:
    """Names are values of people's claims, or the English forms those claims give them."""
    for name in ("雷海潮", "sherif sedky", "harry shum", "向斌", "于宏宇"):
        assert names_a_person(kb_index, name), name
    # A title or a body among the holders' English keywords is no name.
    for keyword in ("minister huai", "fourth bureau", "united nations", "egyptian space agency"):
        assert not names_a_person(kb_index, keyword), keyword
    assert not names_a_person(kb_index, "科大")  # a word many claims hold
    assert not names_a_person(kb_index, "马晓伟")  # a name no claim holds


@pytest.mark.parametrize(("question", "claim_id"), [
    ("国家卫健委主任是夏宝龙，对吗？", "nhc-minister-2025-03-12"),
    ("國家衛健委主任係咪馬曉偉？", "nhc-minister-2025-03-12"),
    ("Is the head of the National Health Commission Ma Xiaowei?", "nhc-minister-2025-03-12"),
    ("Is Hu Shaofeng the head of the Egyptian Space Agency?",
     "egyptian-space-agency-head-2025-07"),
    ("港科大校董会主席是叶玉如吗？", "hkust-council-chairman-2025-03"),
])
def test_the_roles_own_claim_settles_the_person_put(
        first_claim_id: Callable[[str], str], question: str, claim_id: str) -> None:
    """The claim saying who holds the role named answers, whoever the question names."""
    assert first_claim_id(question) == claim_id


def test_the_claims_naming_a_person_the_question_names_are_drawn(
        kb_index: Index, first_claim_id: Callable[[str], str]) -> None:
    """A person is no entity: "郭毅可向教育部代表團介紹了甚麼" is told by a claim of HKUST, which
    the question does not name; his own office's claim says who he is, not what he did."""
    query = parse_query(kb_index, "郭毅可向教育部代表团介绍了什么样的大模型？")
    naming = claims_naming_people(kb_index, query.folded,
                                  {*query.terms, *(unit for unit, _ in query.cjk_units)})
    ids = {kb_index.kb.claims[position].id for position in naming}
    assert "hkust-research-highlight-large-models" in ids
    assert "hkust-provost-2025-03" not in ids  # his value, not what he did
    assert first_claim_id("郭毅可向教育部代表团介绍了什么样的大模型？") \
        == "hkust-research-highlight-large-models"
    # A claim naming him that is about another university than one the question names is
    # no answer to it.
    assert not isinstance(answer_question(kb_index, "夏寶龍有冇見埋港大代表團？"), Answer)


@pytest.mark.parametrize("question", [
    "Is the president Peter Mathieson?",  # no body named
    "Is the president of HKU Xiang Zhang?",  # a body with no such role's holder in the file
    "Is Li Zexiang the director of LAERC?",
    "培訓班係咪免費？",  # a word no claim holds after 係咪, no name
    "科大嘅合作夥伴係咪騰訊？",
    "Is HKUST's partner Tencent Cloud?",
])
def test_a_name_put_that_no_roles_claim_settles_is_read_as_typed(kb_index: Index,
                                                                 question: str) -> None:
    """Read as a person put to be checked, these find no claim saying who holds a role: read
    as typed, they are declined, an unknown name named as the reason."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Decline), result


def test_an_unknown_name_put_to_no_avail_is_still_the_reason_given(kb_index: Index) -> None:
    """Read as typed again, the question is declined for the name the file does not know."""
    result = answer_question(kb_index, "Is Li Zexiang the director of LAERC?")
    assert isinstance(result, Decline)
    assert "Zexiang" in result.reason


def test_a_long_run_of_spaces_does_not_stall_the_name_reader(kb_index: Index) -> None:
    """Possessive runs: before, 2,000 spaces after a capitalised pair took 20 s."""
    import time

    started = time.perf_counter()
    _put(kb_index, "Is the head of the Egyptian Space Agency" + " " * 20_000 + "Hu Shaofeng?")
    _put(kb_index, "Is Aaaa Bbbb" + " " * 20_000 + "x")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("question", [
    "What did Sherif Sedky say in his speech at the opening of the space course?",
    "葛明博士喺培訓班開幕禮講咗啲乜？",
    "What did Education Secretary Choi Yuk-lin say during Wu Yan's visit to HKUST?",
])
def test_what_someone_said_is_not_told_by_who_spoke(kb_index: Index, question: str) -> None:
    """The file lists who spoke and who holds which office, not what they said: declined."""
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize(("question", "claim_id"), [
    ("What did Xi Jinping say about the role of companies in innovation, in the speech HKU "
     "quotes?", "academicians-conference-2021-speech-enterprises"),
    ("What did Nancy Ip say has been HKUST's mission since day one?", "hkust-mission-2025-03"),
    ("Who spoke at the opening of the Belt and Road space course?",
     "belt-road-space-training-2025-opening-speakers"),
    # What someone asked for or wanted is what they said, not who they are.
    ("What did China's health minister want HKUST to do about medical training when they "
     "met last March?", "hkust-nhc-minister-meeting-2025-expectations"),
    ("What did the Education Minister ask of HKUST when they met on 13 March?",
     "hkust-moe-minister-meeting-2025-expectations"),
])
def test_what_someone_said_is_still_told_by_what_they_said(
        first_claim_id: Callable[[str], str], question: str, claim_id: str) -> None:
    assert first_claim_id(question) == claim_id


@pytest.mark.parametrize("question", ["Who is the Under Secretary for Education in Hong Kong?",
                                      "who is hong kong's undersecretary for education"])
def test_an_under_secretary_is_not_the_secretary(kb_index: Index, question: str) -> None:
    """The file names the Secretary for Education, not her deputy."""
    assert isinstance(answer_question(kb_index, question), Decline)
    assert isinstance(answer_question(kb_index, "Who is the Secretary for Education in Hong "
                                                "Kong?"), Answer)
