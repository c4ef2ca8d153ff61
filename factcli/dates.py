"""The years, academic periods and days a question types, in digits or in Chinese numerals."""

from __future__ import annotations

import re

from factcli.lazyre import lazy
from factcli.numbers import find_years

# Years written digit by digit in Chinese (二零一八年, 二〇二五/二六): read as 2018, 2025/26.
CHINESE_YEAR_RE = lazy(r"[〇零一二三四五六七八九]{4}(?=\s*(?:年|/|／|至|-))"
                       r"|(?<=[/／])\s*[〇零一二三四五六七八九]{2}(?![〇零一二三四五六七八九])")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def arabic_year(found: re.Match[str]) -> str:
    """A year matched by CHINESE_YEAR_RE, in digits."""
    return found.group().strip().translate(_CHINESE_DIGITS)


# An academic year written short ("22-23", 22/23年度) is the year 2022-23.
SHORT_PERIOD_RE = lazy(r"(?<![\d/.:-])([0-4]\d)\s*[-/]\s*([0-4]\d)(?![\d/.:%-])")


def full_period(found: re.Match[str]) -> str:
    """A period matched by SHORT_PERIOD_RE in full (22-23 → 2022-23), when its years follow."""
    first, second = found.group(1), found.group(2)
    return f"20{first}-{second}" if int(second) == int(first) + 1 else found.group()


# A year that starts a span or that a figure is compared with ("since 2014-15", "against the
# 2014-15 baseline", 自2014-15年度以來, 由 2024年1月起, 較2014-15年度, 跟2014-15年度比) is
# the baseline of a change, not the date the question asks about: the figure is for a later
# year. ("Since 2019, …" may open the question.)
_BASELINE_RE = lazy(
    r"(?i)\b(?:since|from|against|versus|vs\.?|compared (?:with|to)|relative to)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning)\s+of\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?"
    r"|[自由从從較较比]\s*(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?"
    r"|[与與和同跟](?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?年?度?"
    r"(?:相比|比较|比較|对比|對比|比(?![例率赛賽重分如]))")
# 2014-15起, 2014年以來: where a change is asked about, its start, with the 自 left out (not
# 2024年1月起擔任主席, a date).
_SINCE_ZH_RE = lazy(r"(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\s*年?度?(?:起|以来|以來)")
# The words that ask how a figure moved, up or down (the ~increase concept is read beside).
CHANGE_ASKED_RE = lazy(r"\b(?:more|fewer|less|since|doubl\w*|halv\w*|jump\w*|rose|ris(?:e|es|ing)"
                       r"|fell|fall\w*|drop\w*|declin\w*|decreas\w*|reduc\w*|chang\w*"
                       r"|compar\w*|percent\w*|boost\w*|expan\w*|added|extra|additional"
                       r"|gain\w*|climb\w*|surg\w*|trend|yoy|growth|grow\w*|grew|differ\w*"
                       r"|by how much|up (?:on|from|by)|(?:the )?(?:year|years) before"
                       r"|previous year|from \d{4})\b|%|year ?on ?year"
                       r"|多咗|多了|加咗|加了|少咗|少了|以来|以嚟|自从|由 ?\d{4}"
                       r"|翻倍|增|升|涨|跌|减|降|变|扩|多出|额外|倍|幅|按年|同比")


def has_digit(text: str) -> bool:
    """Whether the text holds a digit (the date patterns need one; they compile on first use)."""
    return any(char.isdigit() for char in text)


def asked_dates(text: str, folded: str | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """The years and academic periods a text asks about (a baseline such as 'since 2014-15'
    is not one); `folded` is the text folded, where the words asking a change are read."""
    # A baseline names a year: without a digit there is none to take out.
    dated_part = text
    if has_digit(text):
        dated_part = _BASELINE_RE.sub(" ", text)
        if CHANGE_ASKED_RE.search(dated_part if folded is None else folded):
            dated_part = _SINCE_ZH_RE.sub(" ", dated_part)
    return find_years(dated_part), _periods(dated_part)


def names_a_day(question: str) -> bool:
    """Whether the question writes a whole date, day included (13 March 2025, 3月12日).
    (figures.py is imported only here and below: a question typing no figure needs none of it.)"""
    from factcli.figures import dates_in

    return any(iso.count("-") == 2 for iso in dates_in(question))


def find_date_spans(question: str) -> list[tuple[int, int]]:
    """Where the question writes dates, each one figure (not a year, a month and a day)."""
    from factcli.figures import date_spans

    return date_spans(question)


_PERIOD_RE = lazy(r"((?:19|20)\d{2})\s*(?:[-/–]|至|到)\s*(?:19|20)?(\d{2})(?!\d)")


def _periods(question: str) -> list[tuple[int, int]]:
    """Academic and budget years written '2018/19' or '2024-25'."""
    found = []
    for start, end in _PERIOD_RE.findall(question):
        first, last = int(start), int(start[:2] + end)
        if last == first + 1:
            found.append((first, last))
    return found
