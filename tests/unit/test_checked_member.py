"""A body, place or field put to be checked as one of a list ("Did PolyU team up with Sun
Yat-sen University to build it?", 大灣區包唔包括汕頭): the list settles it, whoever is named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcli.checked_member import member_put_to_check
from factcli.index import Index
from factcli.match import Answer, Decline, answer_question
from factcli.normalize import fold_text


def _name(question: str) -> str | None:
    put = member_put_to_check(question, fold_text(question))
    return None if put is None else put[0]


@pytest.mark.parametrize(("question", "name"), [
    ("Did PolyU team up with Sun Yat-sen University to build the institute?",
     "Sun Yat-sen University"),
    ("Did HKUST set up the fund together with Shanghai Pharmaceuticals?",
     "Shanghai Pharmaceuticals"),
    ("Was the platform set up with Roswell Park and SUNY Buffalo?",
     "Roswell Park and SUNY Buffalo"),
    ("Is Xiamen one of the Greater Bay Area cities?", "Xiamen"),
    ("PolyU and PCL - is quantum computing one of the fields they plan to study?",
     "quantum computing"),
    ("Is Tencent Cloud among the new partners HKUST signed up in 2022-23?", "Tencent Cloud"),
    ("Does the Greater Bay Area include Shantou?", "Shantou"),
    ("科大上海中心是跟张江高科合作开设的吗？", "张江高科"),
    ("大灣區國際創新學院是否由理大與中山大學共同建設？", "中山大学"),
    ("大灣區包唔包括汕頭？", "汕头"),
])
def test_the_member_put_to_be_checked_is_read(question: str, name: str) -> None:
    """After a deed done "with", before "one of"/"among", after "include", 跟…合作, 包唔包括."""
    assert _name(question) == name


@pytest.mark.parametrize("question", [
    "Is HKUST among Clarivate's top 50 innovators?",  # a place in a table, not a list
    "Was PolyU one of the world's 100 best universities in 2024?",
    "Did the course include a field trip to the launch site?",  # no name
    "PolyU 同美國機構搞嘅 biotech platform 係咪 first of its kind？",  # says which platform
    "理大参与的平台是美国与大湾区之间首个此类合作平台吗？",  # a distinction, not a partner
    "Who did PolyU team up with?",
])
def test_what_puts_no_member_to_check_is_not_read_as_one(question: str) -> None:
    assert _name(question) is None


@pytest.mark.parametrize(("question", "claim_id"), [
    # A partner the list leaves out: the list corrects it.
    ("Did PolyU team up with Sun Yat-sen University to build the GBA International "
     "Institute for Innovation?", "gba-i3-partners"),
    ("Did HKUST set up the Hong Kong Biotechnology Fund together with Shanghai "
     "Pharmaceuticals?", "hkbf-founders"),
    ("Was PolyU's US-GBA biotech research platform set up with MD Anderson Cancer Center?",
     "us-gba-biotech-platform-partners"),
    ("科大上海中心是跟张江高科合作开设的吗？", "hkust-shanghai-center-partners"),
    ("Is Xiamen one of the Greater Bay Area cities listed on PolyU's page?",
     "greater-bay-area-cities"),
    # A body the file knows, as the one put: its own claims are no subject to draw by.
    ("Was HKU one of the co-organisers of the 2025 Belt and Road space science training "
     "course?", "belt-road-space-training-2025-co-organisers"),
    # A claim naming the one put answers before a list that leaves it out.
    ("港大嗰個深科技中心將來會唔會同中小學合作？", "hku-gic-school-outreach-2024-01"),
    # With the name and "include" set aside only the body is left: its list settles it.
    ("Does the Greater Bay Area include Shantou?", "greater-bay-area-cities"),
    ("Greater Bay Area 係咪包埋汕頭？", "greater-bay-area-cities"),
])
def test_the_list_settles_the_member_put(first_claim_id: Callable[[str], str], question: str,
                                         claim_id: str) -> None:
    assert first_claim_id(question) == claim_id


@pytest.mark.parametrize(("question", "claim_id"), [
    # The list naming the member confirms it, before one of another occasion that does not.
    ("Did HKUST partner with Inspur Group?", "hkust-new-strategic-partners-mainland-2022-23"),
    ("科大係咪同 Inspur 合作？", "hkust-new-strategic-partners-mainland-2022-23"),
    # Named as a whole item: Macau is a city of the area, not "Macau University of …".
    ("Does the Greater Bay Area include Macau?", "greater-bay-area-cities"),
    ("大灣區包括中山嗎？", "greater-bay-area-cities"),
    # "part of" is said by listing, as "include" is: no word a claim must hold.
    ("Is Guangzhou part of the Greater Bay Area?", "greater-bay-area-cities"),
])
def test_a_list_naming_the_member_confirms_it(first_claim_id: Callable[[str], str],
                                              question: str, claim_id: str) -> None:
    assert first_claim_id(question) == claim_id


@pytest.mark.parametrize("question", [
    "Is DJI one of the unicorns that came out of HKUST?",  # a count, no list, answers
    "Did HKUST sign a research cooperation agreement with Peng Cheng Laboratory?",  # another's
    "Does the Yangtze River Delta include Suzhou?",  # no list of its cities
    "Did HKUST partner with Tencent?",  # a university's partners: a list of some of them
    "Is Lingnan part of the University Social Responsibility Network?",  # a list of one
])
def test_a_member_put_no_list_of_the_thing_settles_is_declined(kb_index: Index,
                                                               question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_an_unknown_name_put_to_no_avail_is_still_the_reason_given(kb_index: Index) -> None:
    """Read as typed again, the question is declined for the name the file does not know."""
    result = answer_question(kb_index, "Is DJI one of the unicorns that came out of HKUST?")
    assert isinstance(result, Decline)
    assert "DJI" in result.reason


def test_a_verb_and_its_negation_ask_yes_or_no(kb_index: Index) -> None:
    """包唔包括: the name after it is put to be checked, not a name the file must know."""
    result = answer_question(kb_index, "PolyU 嘅 GBA alliance partners 包唔包括 University of "
                                       "Macau？")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "polyu-gba-alliance-partners"

