"""normalize: one folding for questions and claims alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.normalize import (
    detect_lang,
    fold_text,
    question_intent,
    strip_question_words,
    tokens,
)


def test_fold_is_idempotent_on_examples() -> None:
    for text in ("ＨＫＵＳＴ　有幾多間獨角獸？", "Poly-U 1,747 start-ups", "香港科技大學（廣州）"):
        assert fold_text(fold_text(text)) == fold_text(text)


@given(st.text(max_size=200))
def test_fold_is_idempotent(text: str) -> None:
    assert fold_text(fold_text(text)) == fold_text(text)


def test_full_width_and_case_fold_to_ascii() -> None:
    assert fold_text("ＨＫＵＳＴ　１，７４７") == "hkust 1747"


def test_traditional_and_simplified_fold_together() -> None:
    assert fold_text("香港科技大學有幾多間獨角獸") == fold_text("香港科技大学有几多间独角兽")


def test_hyphenated_words_join() -> None:
    assert fold_text("start-ups") == fold_text("startups")


@pytest.mark.parametrize(("question", "content"), [
    ("HKUST 有幾多間獨角獸?", "hkust 独角兽"),
    ("邊個係科大校長？", "科大校长"),
    ("理大有多少科研项目", "理大 科研项目"),
    ("How many unicorns does HKUST have?", "unicorns hkust"),
])
def test_question_words_are_stripped_in_three_languages(question: str, content: str) -> None:
    assert strip_question_words(fold_text(question)) == content


@pytest.mark.parametrize(("question", "intent"), [
    ("When did HKUST(GZ) open?", "when"), ("科大廣州幾時開幕", "when"),
    ("Where is the Shanghai Center?", "where"), ("上海中心喺邊度", "where"),
    ("Who chairs the council?", "who"), ("邊個係校長", "who"), ("谁是校长", "who"),
    ("How many unicorns?", "count"), ("有幾多間初創", "count"), ("HKUST unicorns", None),
])
def test_question_intent(question: str, intent: str | None) -> None:
    assert question_intent(fold_text(question)) == intent


def test_tokens_are_words_and_cjk_bigrams() -> None:
    assert tokens("unicorns 独角兽") == ["unicorn", "独角", "角兽"]
    assert "独" in tokens("独角兽", unigrams=True)


@pytest.mark.parametrize(("text", "lang"), [
    ("How many unicorns?", "en"), ("科大有幾多間獨角獸", "zh-hant"),
    ("科大有几多间独角兽", "zh-hans"), ("HKUST 嘅 unicorn 有幾多", "zh-hant"),
])
def test_answer_language_follows_the_question(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
