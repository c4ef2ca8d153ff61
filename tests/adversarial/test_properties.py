"""For any text, the core returns a result or raises FactcliError, and folding is idempotent."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcli.cache import CacheSettings, load_index
from factcli.check import Verdict, check_statement
from factcli.compare import Comparison, build_comparison
from factcli.errors import FactcliError
from factcli.index import Index
from factcli.loader import shipped_data_dir
from factcli.match import Answer, Decline, answer_question
from factcli.normalize import fold_text

MAX_CHARS = 100_000

# Deterministic (derandomize) and modest: the whole adversarial suite must stay well under
# two minutes on two cores; no example database is written into the checkout.
_SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_CHARS = st.one_of(
    _CJK,
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),      # CJK punctuation
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),      # full-width forms
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),      # Hebrew, Arabic (RTL)
    st.sampled_from("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"),  # bidi
    st.characters(categories=["Mn", "Me"]),                         # combining marks
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),    # emoji
    st.sampled_from("\u200d\ufe0f\U0001F3FB"),                       # ZWJ, VS16, skin tone
    st.characters(categories=["Cc", "Cf"]),                         # control, format
    st.characters(codec="utf-8"),                                   # anything but surrogates
    st.sampled_from(list("HKUST PolyU HKU 科大理大港大 0123456789,.%$億萬千 ?？")),
)
_SHORT = st.text(_CHARS, max_size=200)
# Long inputs are built by repetition: drawing 100 kB character by character is too slow.
_LONG = st.builds(lambda unit, times: (unit * times)[:MAX_CHARS],
                  st.text(_CHARS, min_size=1, max_size=40), st.integers(1, MAX_CHARS))
_NEAR_MISS = st.builds(lambda seed, noise, back: seed + noise if back else noise + seed,
                       st.sampled_from(["How many unicorns does HKUST have?",
                                        "科大有幾多間獨角獸？", "理大有多少科研项目",
                                        "HKUST has 10 unicorns", "HKU 2025"]),
                       _SHORT, st.booleans())
TEXTS = st.one_of(_SHORT, _LONG, _NEAR_MISS)
# Inputs that once broke, or nearly did: run on every test run whatever hypothesis draws.
_HUGE_NUMBER = "HKUST has " + "9" * 400 + " unicorns"
_HUGE_CJK_NUMBER = "科大有" + "九" * 500 + "億間獨角獸"


@pytest.fixture(scope="module")
def index() -> Index:
    """The shipped knowledge base, indexed once, with no cache."""
    return load_index([shipped_data_dir()], CacheSettings(None))


@_SETTINGS
@given(question=TEXTS)
@example(question=_HUGE_NUMBER)
@example(question=_HUGE_CJK_NUMBER)
def test_answer_question_returns_answer_or_decline_for_any_text(index: Index,
                                                                question: str) -> None:
    try:
        result = answer_question(index, question)
    except FactcliError:
        return
    assert isinstance(result, Answer | Decline)


@_SETTINGS
@given(statement=TEXTS)
@example(statement=_HUGE_NUMBER)
@example(statement=_HUGE_CJK_NUMBER)
@example(statement="HKUST has 1e999 unicorns")
def test_check_statement_returns_a_verdict_for_any_text(index: Index, statement: str) -> None:
    try:
        result = check_statement(index, statement)
    except FactcliError:
        return
    assert isinstance(result, Verdict)


@_SETTINGS
@given(names=st.lists(st.one_of(TEXTS, st.sampled_from(["hkust", "polyu", "科大", "HKU"])),
                      min_size=0, max_size=4))
def test_build_comparison_returns_a_comparison_or_factcli_error_for_any_names(
        index: Index, names: list[str]) -> None:
    try:
        result = build_comparison(index, names)
    except FactcliError:
        return
    assert isinstance(result, Comparison)


@_SETTINGS
@given(text=TEXTS)
def test_fold_text_is_idempotent_for_any_text(text: str) -> None:
    try:
        once = fold_text(text)
    except FactcliError:
        return
    assert isinstance(once, str)
    assert fold_text(once) == once


@settings(max_examples=5, deadline=None, derandomize=True, database=None)
@given(before=st.text(_CJK, min_size=1, max_size=5),
       surrogate=st.characters(categories=["Cs"]), after=_SHORT)
def test_fold_text_survives_lone_surrogates_next_to_cjk(before: str, surrogate: str,
                                                        after: str) -> None:
    with contextlib.suppress(FactcliError):
        fold_text(before + surrogate + after)
