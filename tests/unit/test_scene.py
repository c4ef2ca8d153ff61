"""Chatty messages (factcli.scene.the_ask and its use in answering): the scene around a
question is read apart from what it asks."""

from __future__ import annotations

import pytest

from factcli.index import Index
from factcli.match import Answer, Decline, answer_question
from factcli.naming import name_proper
from factcli.normalize import detect_lang
from factcli.scene import the_ask


def _names_a_university(clause: str) -> bool:
    return any(name in clause for name in ("科大", "港大", "理大", "HKUST", "PolyU"))


@pytest.mark.parametrize(("question", "ask", "of_the_asker"), [
    # The asker's story is left out; the clause naming the topic stays.
    ("我下個月去上海出差，想順便去睇下科大上海中心，佢開喺上海邊度呀？",
     "想順便去睇下科大上海中心。佢開喺上海邊度呀？", True),
    ("老师布置了作业，我想确认一下，港大国际创新中心选址在哪里？",
     "港大国际创新中心选址在哪里？", True),
    ("因為要寫畢業論文，科大有幾多外來研究經費？", "科大有幾多外來研究經費？", False),
    # A clause holding a date is a condition of the ask.
    ("我做緊投資研究，想知截至2023年底計，科大有幾多間上市？",
     "想知截至2023年底計。科大有幾多間上市？", True),
    # 幾 in the asker's story is "several"; 邊 there still asks.
    ("我們家在幫孩子比較香港幾間大學，科大排第幾？", "科大排第幾？", True),
    ("琴日朋友同我講，我唔記得係邊日開幕，係咪7月24號呀？",
     "我唔記得係邊日開幕。係咪7月24號呀？", True),
    # Nothing asks: a message of several parts asks in its last.
    ("我在寫一篇文章，47,400 平方米", "47,400 平方米", True),
    ("Hi there! I'm preparing slides for a talk next week. HKUST net zero target year",
     "HKUST net zero target year", True),
    # English sentences stay sentences.
    ("Hi there. HKUST ranked 19th in 2025. I am curious. Where did it rank in 2024?",
     "HKUST ranked 19th in 2025. Where did it rank in 2024?", True),
    # 之前 opening a clause is the asker's "before", not a time asked about.
    ("之前喺新聞見過但唔記得咗，科大有幾多外來研究經費？", "科大有幾多外來研究經費？", True),
    # A question to ask brings in no thing; two fields are a figure.
    ("打擾了，有個問題想請教。科大有幾多學生？", "科大有幾多學生？", False),
    ("同事話佢好鍾意太空，分成四大領域，另外三個是什麼？",
     "分成四大領域。另外三個是什麼？", True),
])
def test_the_ask_leaves_out_the_scene(question: str, ask: str, of_the_asker: bool) -> None:
    assert the_ask(question, _names_a_university) == (ask, of_the_asker)


@pytest.mark.parametrize("question", [
    "科大QS排第幾？",  # one clause: nothing to leave out
    "科大上海中心喺邊度，理大有幾多個科研項目？",  # every clause names or asks
    "x，" * 400 + "科大排第幾？",  # longer than any question: read whole
    # A condition, or a thing brought in, is part of the question.
    "只計醫學院，科大攞咗幾多外來研究經費？",
    "疫情之前，科大有幾多外來研究經費？",
    "聽講有個浸沉式創業活動，學員成立了多少間初創公司？",
    "以學生人數計，科大排第幾？",
    "按软科的排名，科大2024年世界排第几？",
    "回歸前，科大嘅發明公佈係咩？",
    "我說的是另外一所學校，科大有幾多學生？",
    "只統計本科生，科大有幾多學生？",
])
def test_the_ask_is_none_when_nothing_would_be_left_out(question: str) -> None:
    assert the_ask(question, _names_a_university) is None


@pytest.mark.parametrize("story", [
    "老师布置了作业，我想确认一下，",
    "之前喺新聞見過但唔記得咗，",
    "我們部門要更新大學資料表，",
    "Background: our office keeps a fact sheet on local universities and it is out of date. ",
    "Hi there! I'm preparing slides for a student orientation talk next week. ",
])
@pytest.mark.parametrize("bare", [
    "港大國際創新中心的土地面積是多少？",
    "理大於2018/19學年共有多少個科研項目？",
    "hkust qs asia ranking 2024",
])
def test_a_story_before_the_question_changes_no_answer(kb_index: Index, story: str,
                                                        bare: str) -> None:
    plain = answer_question(kb_index, bare)
    assert isinstance(plain, Answer)
    chatty = answer_question(kb_index, story + bare)
    assert isinstance(chatty, Answer), chatty
    assert chatty.answers[0].claim.id == plain.answers[0].claim.id
    assert chatty.question == story + bare  # reported as typed
    assert chatty.lang == detect_lang(story + bare)  # in the message's language


@pytest.mark.parametrize("question", [
    # The topic names nothing the file knows: it is not left behind for a wider question.
    "該浸沉式創業活動結束後，學員成立了多少間初創公司？",
    "那个大学和科技园合办的年度创科比赛，2023年一共有多少支队伍参加？",
    "聽講有個浸沉式創業活動，學員成立了多少間初創公司？",
    # Another university the story asks of declines the message however it is read.
    "聽說城大有一個血液檢測，可以精準檢測出哪些病？",
    "我朋友話城大啱啱搞咗個太空培訓班，最後一日係幾號？",
    # A condition no claim meets.
    "只計醫學院，科大2022-23年攞咗幾多外來研究經費？",
    "淨係計日本嘅，科大2022-23年有幾多個學術合作夥伴？",
    "疫情之前，科大有幾多外來研究經費？",
    # "Our college" is none the file can name.
    "你们学院有多少个学术合作伙伴？",
])
def test_what_the_story_names_still_holds(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize(("question", "expected"), [
    ("HKUST ranked 19th in the THE Impact Rankings 2025. I'm tracking the trend - where did "
     "it rank in the Impact Rankings 2024?", None),
    ("PolyU had 416 academic collaboration agreements as of June 2019. What's the count as "
     "of June 2021?", None),
    ("HKUST's IP income was a record HK$13.1 million in 2022-23. What was the exact dollar "
     "figure the year before, in 2021-22?", None),
    ("HKUST was 2nd in THE's Young University Rankings 2023. Where did it place in the 2024 "
     "edition?", "hkust-rank-the-young-universities-2024"),
    # A year a span runs until is put to be checked, not asked of.
    ("科大2024年1月起擔任東亞研究型大學協會主席。任期係咪到2026年？",
     "hkust-aearu-chair-term-length-2024-01"),
])
def test_the_year_a_follow_up_asks_replaces_the_one_told(kb_index: Index, question: str,
                                                         expected: str | None) -> None:
    """A sentence tells a figure of one year; the question after it asks of another."""
    result = answer_question(kb_index, question)
    if expected is None:
        assert isinstance(result, Decline), result
    else:
        assert isinstance(result, Answer), result
        assert result.answers[0].claim.id == expected


@pytest.mark.parametrize(("found", "name"), [
    ("门要更新大学", ""),  # 更新大學資料表: updating the universities' table
    ("我们学院", "我们学院"),  # which college is not said: none the file holds
    ("想参考大学", ""),
    ("子报读大学", ""),
    ("清华大学", "清华大学"),
    ("华南理工大学", "华南理工大学"),
    ("在华南理工大学", "华南理工大学"),
])
def test_a_phrase_before_daxue_is_no_name(found: str, name: str) -> None:
    assert name_proper(found) == name
