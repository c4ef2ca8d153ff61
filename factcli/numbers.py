"""Quantities read from text and written back: `1,747`, `HK$956M`, `9.56億`, `三十億`."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from factcli.lazyre import lazy
from factcli.model import Qualifier, Quantity
from factcli.structs import dataclass

if TYPE_CHECKING:
    from collections.abc import Iterable

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"萬": 10_000, "万": 10_000, "億": 100_000_000, "亿": 100_000_000}
_CN_NUMERAL = "零〇一二兩两三四五六七八九十百千萬万億亿"

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12,
}


def number_words() -> Iterable[str]:
    """The English words read as numbers (three, twelfth)."""
    return _WORD_NUMBERS.keys()


SCALE_WORDS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "billion": 1e9, "萬": 1e4, "万": 1e4, "億": 1e8, "亿": 1e8, "千萬": 1e7, "千万": 1e7,
    "百萬": 1e6, "百万": 1e6,
}
_AT_LEAST_BEFORE = ("over", "more than", "at least", "above", "exceeding", "upwards of", "逾",
                    "超過", "超过", "多於", "多于", "不少於", "不少于", "至少", "超")
_ABOUT_BEFORE = ("around", "about", "approximately", "approx.", "roughly", "nearly", "almost",
                 "some", "約", "约", "近", "大約", "大约", "差不多", "接近")
_AT_MOST_BEFORE = ("under", "less than", "below", "up to", "fewer than", "top", "前", "不足",
                   "少於", "少于", "不到", "未滿", "未满")
_AT_LEAST_AFTER = ("+", "多", "餘", "余", "以上", "or more", "plus")
_ABOUT_AFTER = ("左右",)

_ARABIC = r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?"
_CURRENCY = r"(?:HK\$|US\$|RMB|HKD|USD|\$|￥|¥)"
# A lone letter scale (M, B, K) must not be the start of a unit such as m2, m3 or km.
_SCALE = (r"(?:千萬|千万|百萬|百万|萬|万|億|亿|bn|mn|million|billion|thousand"
          r"|[kKmMbB](?![a-zA-Z0-9²³&]))")
_NUMBER_RE = lazy(
    rf"(?<![A-Za-z0-9])(?P<cur>{_CURRENCY})?\s?(?P<sign>[+\-−])?(?P<num>{_ARABIC})\s?"
    rf"(?P<scale>{_SCALE})?"
    rf"(?P<pct>\s?%)?(?P<ord>st|nd|rd|th)?",
)
_CN_RE = lazy(rf"[{_CN_NUMERAL}]{{1,12}}")
_WORD_RE = lazy(r"\b(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
_YEAR_RE = lazy(r"(?<![0-9.,])((?:19|20)[0-9]{2})(?![0-9])")


@dataclass(frozen=True, slots=True)
class Found:
    """A quantity found in text, with where it was."""

    quantity: Quantity
    start: int
    end: int


def parse_chinese_numeral(text: str) -> int | None:
    """三十億 → 3000000000, 一千七百四十七 → 1747, 十二 → 12; None when it is not a numeral."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_SMALL_UNITS
                       and ch not in _CN_BIG_UNITS for ch in text):
        return None
    if all(ch in _CN_DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * _CN_SMALL_UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * _CN_BIG_UNITS[ch] if total < _CN_BIG_UNITS[ch] \
                else total + section * _CN_BIG_UNITS[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _qualifier_near(text: str, start: int, end: int) -> Qualifier:
    before = text[max(0, start - 14):start].lower().rstrip()
    after = text[end:end + 8].lower().lstrip()
    if after.startswith(_AT_LEAST_AFTER) or before.endswith(_AT_LEAST_BEFORE):
        return Qualifier.AT_LEAST
    if after.startswith(_ABOUT_AFTER) or before.endswith(_ABOUT_BEFORE):
        return Qualifier.ABOUT
    if before.endswith(_AT_MOST_BEFORE):
        return Qualifier.AT_MOST
    return Qualifier.EXACT


def _unit_of(currency: str | None, percent: bool) -> str | None:
    if percent:
        return "percent"
    if currency:
        return "HKD" if currency.upper() in {"HK$", "HKD", "$"} else currency.upper()
    return None


# The Chinese currency words after a figure (三千萬元, 30億港元): they make it Hong Kong dollars.
CURRENCY_WORD_RE = lazy(r"港元|港幣|港币|元")


def find_quantities(text: str) -> list[Found]:
    """Every quantity in the text, left to right (Arabic, Chinese and English-word numbers)."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for match in _NUMBER_RE.finditer(text):
        number = float(match["num"].replace(",", "").replace("，", ""))
        if match["scale"]:
            number *= SCALE_WORDS[match["scale"].lower()]
        if match["sign"] in {"-", "−"}:
            number = -number
        if not math.isfinite(number):
            continue
        currency = match["cur"]
        if not currency and CURRENCY_WORD_RE.search(text, match.end(), match.end() + 3):
            currency = "HK$"
        start = min(match.start(g) for g in ("cur", "sign", "num") if match[g])
        end = max(match.end(g) for g in ("num", "scale", "pct", "ord") if match[g])
        quantity = Quantity(_tidy(number), _unit_of(currency, bool(match["pct"])),
                            _qualifier_near(text, start, end))
        found.append(Found(quantity, start, end))
        taken.append((start, end))
    for match in _CN_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        value = parse_chinese_numeral(match.group())
        if value is None or (len(match.group()) == 1 and match.group() in _CN_BIG_UNITS):
            continue
        if len(match.group()) == 1 and not _counts_something(text, match.start(), match.end()):
            continue  # 一帶一路, 淨零, 一國兩制: a numeral character used as a word
        currency = "HK$" if CURRENCY_WORD_RE.match(text, match.end()) else None
        end = match.end()
        percent = _is_tenths(text, match.group(), end)
        if percent:  # 五成 is five tenths: 50%
            value, end = value * 10, end + 1
        found.append(Found(Quantity(value, _unit_of(currency, percent=percent),
                                    _qualifier_near(text, match.start(), end)),
                           match.start(), end))
    for match in _WORD_RE.finditer(text):
        value = _WORD_NUMBERS[match.group().lower()]
        found.append(Found(Quantity(value, None, _qualifier_near(text, match.start(), match.end())),
                           match.start(), match.end()))
    found.sort(key=lambda item: item.start)
    return found


_COUNTED_AFTER = "個个屆届次名位項项間间家大年天倍成強强隊队層层棟栋人種种款條条座萬万億亿所"


def _counts_something(text: str, start: int, end: int) -> bool:
    """A lone numeral character counts when it is ordinal (第二) or measures a noun (三大, 兩個)."""
    return (start > 0 and text[start - 1] == "第") or (end < len(text)
                                                       and text[end] in _COUNTED_AFTER)


def _is_tenths(text: str, numeral: str, end: int) -> bool:
    """成 after a numeral of one to ten counts tenths (增長五成, 三成學生), not a verb (成為)."""
    return (text[end:end + 1] == "成" and len(numeral) <= 2
            and (parse_chinese_numeral(numeral) or 0) <= 10
            and text[end + 1:end + 2] not in ("為", "为", "立", "功", "果", "員", "员"))


def _tidy(number: float) -> float | int:
    rounded = round(number, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in the text, or None."""
    found = find_quantities(text)
    return found[0].quantity if found else None


def find_years(text: str) -> list[int]:
    """Four-digit years (1900-2099) named in the text, in order."""
    return [int(year) for year in _YEAR_RE.findall(text)]


def values_equal(left: float, right: float) -> bool:
    """Equal to the precision documents print (0.05% relative)."""
    if left == right:
        return True
    return abs(left - right) <= 0.0005 * max(abs(left), abs(right))


_QUALIFIER_WORDS = {
    "en": {Qualifier.AT_LEAST: "over ", Qualifier.ABOUT: "about ", Qualifier.AT_MOST: "up to "},
    "zh": {Qualifier.AT_LEAST: "逾", Qualifier.ABOUT: "約", Qualifier.AT_MOST: "最多"},
}


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 11th, 48th."""
    suffixes = {1: "st", 2: "nd", 3: "rd"}
    suffix = "th" if 10 <= number % 100 <= 20 else suffixes.get(number % 10, "th")
    return f"{number}{suffix}"


_UNIT_KINDS = {"HKD": "money", "USD": "money", "US$": "money", "RMB": "money", "percent": "percent",
               "rank": "rank", "date": "date", "edition": "edition", "m2": "area", "m3": "volume",
               "kWh": "energy", "tonnes": "mass", "tCO2e": "mass", "years": "duration",
               "months": "duration", "days": "duration", "m": "length", "km": "length"}


def unit_kind(unit: str | None) -> str:
    """What a unit measures: money, percent, rank, area …; every count noun is a 'count'."""
    return _UNIT_KINDS.get(unit or "", "count")


def format_number(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def format_money(value: float | int, unit: str) -> str:
    symbol = "HK$" if unit == "HKD" else f"{unit} "
    for scale, suffix in ((1e9, "B"), (1e6, "M")):
        if abs(value) >= scale:
            return f"{symbol}{format_number(round(value / scale, 3))}{suffix}"
    return f"{symbol}{format_number(value)}"


def format_quantity(value: float | int, unit: str | None, qualifier: Qualifier,
                    lang: str = "en") -> str:
    """A value for people: 'over 1,800 companies', 'HK$956M', '31.2%', '#3'."""
    prefix = _QUALIFIER_WORDS["zh" if lang.startswith("zh") else "en"].get(qualifier, "")
    if unit == "percent":
        sign = "+" if value > 0 and qualifier is Qualifier.EXACT else ""
        return f"{prefix}{sign}{format_number(value)}%"
    if unit in {"HKD", "USD", "RMB"}:
        return prefix + format_money(value, unit)
    if unit == "rank":
        if qualifier is Qualifier.AT_MOST:
            # "Among the world's top 30" is a band, not a place: 'up to #30' reads as one.
            return (f"前{format_number(value)}名" if lang.startswith("zh")
                    else f"top {format_number(value)}")
        return f"{prefix}#{format_number(value)}"
    if unit == "edition":
        return f"第{format_number(value)}屆" if lang.startswith("zh") else ordinal(int(value))
    text = format_number(value)
    if unit and unit not in {"date"}:
        text += f" {unit.replace('_', ' ')}"
    return prefix + text
