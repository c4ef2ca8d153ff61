"""numbers: quantities read from English and Chinese text, and written back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcli.model import Qualifier
from factcli.numbers import (
    find_quantities,
    find_years,
    format_quantity,
    parse_chinese_numeral,
    parse_quantity,
)


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("1,747", 1747, None, Qualifier.EXACT),
    ("HK$956M external funding", 956_000_000, "HKD", Qualifier.EXACT),
    ("其中HK$2.76億", 276_000_000, "HKD", Qualifier.EXACT),
    ("撥款HK$1,000萬推出", 10_000_000, "HKD", Qualifier.EXACT),
    ("HK$400B+", 400_000_000_000, "HKD", Qualifier.AT_LEAST),
    ("政府已預留三十億元", 3_000_000_000, "HKD", Qualifier.EXACT),
    ("over 1,800 active start-ups", 1800, None, Qualifier.AT_LEAST),
    ("3,000+", 3000, None, Qualifier.AT_LEAST),
    ("近八十名大專學生", 80, None, Qualifier.ABOUT),
    ("20餘位代表", 20, None, Qualifier.AT_LEAST),
    ("Around 800 students", 800, None, Qualifier.ABOUT),
    ("-37.9%", -37.9, "percent", Qualifier.EXACT),
    ("+14,528.8%", 14528.8, "percent", Qualifier.EXACT),
    ("ranked 3rd in the table", 3, None, Qualifier.EXACT),
    ("Thirteen HKUST subjects", 13, None, Qualifier.EXACT),
    ("HK$30 million", 30_000_000, "HKD", Qualifier.EXACT),
    ("９.５６億", 956_000_000, None, Qualifier.EXACT),
])
def test_reads_quantities_in_both_languages(text: str, value: float, unit: str | None,
                                            qualifier: Qualifier) -> None:
    text = text.replace("９.５６", "9.56")
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(("numeral", "value"), [
    ("三十億", 3_000_000_000), ("一千七百四十七", 1747), ("十二", 12), ("八十", 80),
    ("二十", 20), ("第", None), ("一百零五", 105), ("兩萬", 20_000),
])
def test_parses_chinese_numerals(numeral: str, value: int | None) -> None:
    assert parse_chinese_numeral(numeral) == value


def test_does_not_read_numbers_into_ordinary_chinese_words() -> None:
    """'一帶一路' must not become numbers the way whole-sentence converters mangle it."""
    values = [f.quantity.value for f in find_quantities("第二屆「一帶一路」培訓班")]
    assert 2 in values
    assert parse_chinese_numeral("一帶一路") is None


def test_finds_years_but_not_other_numbers() -> None:
    assert find_years("QS World University Rankings 2024, 1,747 start-ups, 2019/20") == [2024, 2019]


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_inverts_formatting_of_counts(value: int) -> None:
    text = format_quantity(value, "companies", Qualifier.EXACT)
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.value == value


@given(st.integers(min_value=1, max_value=10**11))
def test_parse_inverts_formatting_of_money_to_print_precision(value: int) -> None:
    quantity = parse_quantity(format_quantity(value, "HKD", Qualifier.AT_LEAST))
    assert quantity is not None
    assert quantity.qualifier is Qualifier.AT_LEAST
    assert abs(quantity.value - value) <= max(1, value) * 0.001


@pytest.mark.parametrize(("text", "value"), [("按年增長五成", 50), ("三成學生", 30), ("一成", 10)])
def test_tenths_written_cheng_are_percent(text: str, value: int) -> None:
    found = find_quantities(text)
    assert [(f.quantity.value, f.quantity.unit) for f in found] == [(value, "percent")]


def test_cheng_as_part_of_a_word_is_no_percent() -> None:
    assert all(f.quantity.unit != "percent" for f in find_quantities("三成為會員"))


@pytest.mark.parametrize(("qualifier", "lang", "text"), [
    (Qualifier.AT_MOST, "en", "top 30"), (Qualifier.AT_MOST, "zh-hant", "前30名"),
    (Qualifier.EXACT, "en", "#30"), (Qualifier.ABOUT, "en", "about #30")])
def test_a_rank_band_reads_as_top_n_not_a_place(qualifier: Qualifier, lang: str,
                                                text: str) -> None:
    """"Among the world's top 30" is stored as rank 30, at most; it is no 30th place."""
    assert format_quantity(30, "rank", qualifier, lang) == text
