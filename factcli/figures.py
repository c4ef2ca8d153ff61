"""Figures printed in a document: counts, money, percentages, areas, dates, ranks, ordinals.

A figure is a number a reader could ask about. Not figures: numbers inside names (6G, COVID-19,
"New Research Building 2"), row numbers at the start of a table line, single Chinese numerals
used as words (一帶一路, 一國兩制) rather than counts (三大方向, 第二屆), and the English word
"one". Dates are one figure each (2025年7月24日, September 2022, 2018/19), not three numbers.
"""

from __future__ import annotations

import re

from factcli.numbers import find_quantities
from factcli.structs import dataclass

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MONTH_RE = "|".join(name.capitalize() for name in _MONTHS)
_NAME_AFTER = rf" (?!{_MONTH_RE})[A-Z][a-z]"
_DATE_PATTERNS = (
    # (號, 号: the day as Hong Kong speech writes it, 8月15號.)
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日號号])?"),
    re.compile(rf"(?P<mn>{_MONTH_RE})\s+(?P<d>\d{{1,2}}),\s*(?P<y>(?:19|20)\d{{2}})"),
    re.compile(rf"(?<![\d.,])(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_RE}),?\s+(?P<y>(?:19|20)\d{{2}})"),
    re.compile(rf"(?P<mn>{_MONTH_RE}),?\s+(?P<y>(?:19|20)\d{{2}})"),
    re.compile(r"(?<![\d.,])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日號号]"),
    re.compile(r"(?<![\d.,])(?P<y>(?:19|20)\d{2})\s*[-/／–]\s*(?P<y2>\d{2})(?![\d])"),
    # A year, but not a count such as "1900+", nor a name such as "2028 Sustainability Challenge".
    re.compile(r"(?<![\d.,])(?P<y>(?:19|20)\d{2})(?!\d|[,.]\d|\+|\s*[-/]\s*\d|" + _NAME_AFTER
               + ")"),
)
_LONGEST_MONTH = 31
_COUNTABLE_AFTER = "個屆次名位項間家大年天倍成強隊層棟人種款條座"
_NAME_NEIGHBOUR = re.compile(r"[A-Za-z]")
_UNIT_SUFFIX = re.compile(r"(?:st|nd|rd|th|m2|m3|M|B|K|bn|kWh|s\b)")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in a document: its value, the kind of figure and where it stands."""

    value: float | str  # a number, or an ISO date ("2025-07-24", "2022-09", "2018/2019")
    kind: str  # number | date
    start: int
    end: int
    context: str


def _dates(text: str) -> list[tuple[int, int, str]]:
    """Where the text writes dates (2025年3月20日, 20 March 2025, 2018/19), each as ISO text."""
    found: list[tuple[int, int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso is not None and not _overlaps(match.start(), match.end(),
                                                 [(s, e) for s, e, _ in found]):
                found.append((match.start(), match.end(), iso))
    return found


def dates_in(text: str) -> list[str]:
    """The dates the text writes, as ISO text ("2025-03-13", "????-03-12", "2023-09")."""
    return [iso for _, _, iso in _dates(text)]


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes dates: one figure each, not a year, a month and a day."""
    return [(start, end) for start, end, _ in _dates(text)]


def find_figures(text: str) -> list[Figure]:
    """Every figure in the document, left to right, each once."""
    figures = [Figure(iso, "date", start, end, _context(text, start, end))
               for start, end, iso in _dates(text)]
    taken = [(figure.start, figure.end) for figure in figures]
    for found in find_quantities(text):
        if _overlaps(found.start, found.end, taken) or not _is_figure(text, found.start,
                                                                       found.end):
            continue
        figures.append(Figure(found.quantity.value, "number", found.start, found.end,
                              _context(text, found.start, found.end)))
    figures.sort(key=lambda f: f.start)
    return figures


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = groups.get("y")
    if groups.get("y2"):
        end = int(year[:2] + groups["y2"])  # type: ignore[index]
        return f"{year}/{end}" if end == int(year) + 1 else None  # type: ignore[arg-type]
    month = _MONTHS.get((groups.get("mn") or "").lower()) or (
        int(groups["m"]) if groups.get("m") else None)
    if month is not None and not 1 <= month <= 12:
        return None
    day = int(groups["d"]) if groups.get("d") else None
    if day is not None and not 1 <= day <= _LONGEST_MONTH:
        return None  # "Top 50 Under 50 June 2024" holds no 50th of June
    parts = [year or "????"]
    if month:
        parts.append(f"{month:02d}")
        if day:
            parts.append(f"{day:02d}")
    return "-".join(parts)


def _is_figure(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    before_hyphen = text[start - 2] if start >= 2 and before in "-–" else ""
    if (before.isalpha() and before.isascii() and not span.startswith(("HK$", "US$"))) or \
            (before_hyphen.isascii() and before_hyphen.isalpha()):
        return False  # COVID-19, G20
    if after.isascii() and after.isalpha() and not _UNIT_SUFFIX.match(text, end):
        return False  # 6G
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() == "" and text[end:end + 1] == "\t":
        return False  # a table's row number
    if span.lower() == "one" or (span.isdigit() and len(span) == 4
                                 and re.match(_NAME_AFTER, text[end:end + 12])):
        return False
    if len(span) == 1 and not span.isdigit() and "\u4e00" <= span <= "\u9fff":
        return before == "第" or after in _COUNTABLE_AFTER
    return not re.fullmatch(r"[一二兩两三四五六七八九十]", span) or after in _COUNTABLE_AFTER


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    return " ".join(text[max(0, start - width):min(len(text), end + width)].split())
