"""Statements held against the record: supported, contradicted, outdated, or not in the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from factcli.dates import asked_dates
from factcli.errors import ExitCode
from factcli.match import Answer, answer_question, speaks_for
from factcli.model import Qualifier, Quantity
from factcli.normalize import detect_lang, fold_text, strip_question_words, tokens
from factcli.numbers import find_quantities, values_equal

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Claim
    from factcli.normalize import Lang

_ABOUT_TOLERANCE = 0.1  # "around 800" holds for 720..880
_TOP_BAND_RE = re.compile(r"(?:\btop|前)\s*$", re.IGNORECASE)


class VerdictKind(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    OUTDATED = "outdated"
    NOT_FOUND = "not in the knowledge file"


class _Fit(Enum):
    YES = "yes"
    NO = "no"
    UNDECIDABLE = "undecidable"


@dataclass(frozen=True, slots=True)
class Verdict:
    statement: str
    lang: Lang
    verdict: VerdictKind
    explanation: str
    stated: Quantity | None = None
    evidence: Claim | None = None
    newer: Claim | None = None

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.OK if self.verdict is VerdictKind.SUPPORTED else ExitCode.NOT_FOUND


def _fits(stated: Quantity, recorded: Claim) -> _Fit:
    """Whether the recorded value makes the stated one true, false, or cannot tell."""
    r = float(recorded.value)  # type: ignore[arg-type]
    s = stated.value
    rq, sq = recorded.qualifier, stated.qualifier
    if stated.unit == "percent" and recorded.unit not in {"percent", None}:
        return _Fit.UNDECIDABLE
    if rq is Qualifier.EXACT:
        if sq is Qualifier.EXACT:
            return _Fit.YES if values_equal(s, r) else _Fit.NO
        if sq is Qualifier.AT_LEAST:
            return _Fit.YES if r >= s else _Fit.NO
        if sq is Qualifier.AT_MOST:
            return _Fit.YES if r <= s else _Fit.NO
        return _Fit.YES if abs(s - r) <= _ABOUT_TOLERANCE * abs(r) else _Fit.NO
    if rq is Qualifier.AT_LEAST:
        if values_equal(s, r) and sq in {Qualifier.AT_LEAST, Qualifier.EXACT, Qualifier.ABOUT}:
            return _Fit.YES
        if sq is Qualifier.AT_LEAST and s <= r:
            return _Fit.YES
        if sq is Qualifier.AT_MOST:
            return _Fit.UNDECIDABLE if s >= r else _Fit.NO
        return _Fit.NO if s < r * (1 - _ABOUT_TOLERANCE if sq is Qualifier.ABOUT else 1) \
            else _Fit.UNDECIDABLE
    if rq is Qualifier.AT_MOST:
        if sq is Qualifier.AT_MOST and s >= r:
            return _Fit.YES
        return _Fit.NO if s > r and sq is not Qualifier.AT_MOST else _Fit.UNDECIDABLE
    return _Fit.YES if abs(s - r) <= _ABOUT_TOLERANCE * abs(r) else _Fit.NO


def _stated_quantities(statement: str) -> tuple[list[Quantity], list[str], str]:
    """The figures the statement asserts, the dates it names, and the statement without figures.

    Numbers inside dates and periods ("2022-23", "2019年6月", "24 July 2025") are dates, not
    figures: "理大在2018/19學年有超過3,000個科研項目" asserts 3,000.
    """
    from factcli.figures import find_figures

    figures = find_figures(statement)
    dates = [str(f.value) for f in figures if f.kind == "date"]
    date_spans = [(f.start, f.end) for f in figures if f.kind == "date"]
    found = [f for f in find_quantities(statement)
             if not any(s <= f.start < e for s, e in date_spans)]
    # A bare year-like number ("the 2025 course") is a date unless nothing else is stated.
    figures_only = [f for f in found if not (f.quantity.unit is None and f.quantity.value
                                             in range(1900, 2100))] or found
    # "top 50" and 前50 name a band of a ranking; the figure asserted is another ("eleven").
    figures_only = [f for f in figures_only
                    if not _TOP_BAND_RE.search(statement[max(0, f.start - 8):f.start])
                    ] or figures_only
    text = statement
    for item in sorted(found, key=lambda f: f.start, reverse=True):
        text = text[: item.start] + " " + text[item.end:]
    return [f.quantity for f in figures_only], dates, text


def _best_reading(index: Index, claims: list[Claim], stated: list[Quantity]
                  ) -> tuple[Claim, Quantity | None]:
    """The candidate claim and stated figure that belong together.

    A statement may carry several figures ("No.1 for the 12th time") and resemble several claims
    (exits and IPOs): a figure the record bears out decides; otherwise the best-matching claim
    is judged on the stated figure closest to its value.
    """
    def borne_out(claim: Claim, quantity: Quantity) -> bool:
        return any(c.is_numeric and _fits(quantity, c) is _Fit.YES for c in index.group_of(claim))

    for quantity in stated:  # any of its figures may be what the best claim records
        if borne_out(claims[0], quantity):
            return claims[0], quantity
    for claim in claims[1:]:  # a close runner-up only on the statement's main figure
        if stated and borne_out(claim, stated[0]):
            return claim, stated[0]
    claim = claims[0]
    if stated and not claim.is_numeric and claim.unit != "date":
        # A statement of a figure is about a figure: a close runner-up that records one is
        # what it asserts ("近百名學生參加了…活動" is about the count, not the activity's name).
        claim = next((c for c in claims[1:] if c.is_numeric), claim)
    if not stated or not claim.is_numeric:
        return claim, stated[0] if stated else None
    recorded = float(claim.value)  # type: ignore[arg-type]
    return claim, min(stated, key=lambda q: abs(q.value - recorded) / (abs(recorded) or 1.0))


def check_statement(index: Index, statement: str, lang: Lang | None = None) -> Verdict:
    """Find the claim a statement is about and say whether the record bears it out."""
    verdict_lang = lang or detect_lang(statement)
    stated_all, dates, rest = _stated_quantities(statement)
    result = answer_question(index, rest, lang=verdict_lang, top=3, is_statement=True)
    if not isinstance(result, Answer):
        return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                       "no claim in the knowledge file is about this",
                       stated_all[0] if stated_all else None)
    primary = [s.claim for s in result.answers if s.role == "answer"]
    claim, stated = _best_reading(index, primary, stated_all)
    group = _series(index, claim, result)
    years, periods = asked_dates(statement)
    if years or periods:
        dated = [c for c in group if speaks_for(index, c, years, periods)]
        if not dated and claim.unit != "date":
            named = ", ".join([f"{a}-{str(b)[2:]}" for a, b in periods] or map(str, years))
            return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                           f"the knowledge file has no figure for {named}", stated, group[0])
        group = dated or group
    if claim.unit == "date":
        return _check_date(statement, verdict_lang, dates, group)
    misdated = _misdated(dates, claim)
    if misdated is not None:
        return Verdict(statement, verdict_lang, VerdictKind.CONTRADICTED,
                       f"the record dates this {misdated}", stated, claim)
    if not claim.is_numeric:
        chosen = next(s for s in result.answers if s.claim.id == claim.id)
        return _check_text(statement, verdict_lang, stated, group,
                           not chosen.parts.missing_terms)
    if stated is None:
        return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                       "the statement gives no figure to check", None, group[0])
    newest = group[0]
    fits = [(c, _fits(stated, c)) for c in group if c.is_numeric]
    if fits and fits[0][1] is _Fit.YES:
        return Verdict(statement, verdict_lang, VerdictKind.SUPPORTED,
                       "the recorded value bears the statement out", stated, newest)
    older = next((c for c, fit in fits[1:] if fit is _Fit.YES), None)
    # An earlier exact figure bears the statement out and the newest is only a bound
    # ("1,800+" after "1,747"): the statement is out of date, not undecidable.
    if older is not None and (fits[0][1] is not _Fit.UNDECIDABLE
                              or older.qualifier is Qualifier.EXACT):
        return Verdict(statement, verdict_lang, VerdictKind.OUTDATED,
                       f"true as of {older.when or 'an earlier date'}; a newer value exists",
                       stated, older, newest)
    if fits and fits[0][1] is _Fit.NO:
        return Verdict(statement, verdict_lang, VerdictKind.CONTRADICTED,
                       "the recorded value differs", stated, newest)
    return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                   "the record is a bound that neither confirms nor refutes this figure",
                   stated, newest)


def _misdated(dates: list[str], claim: Claim) -> str | None:
    """The claim's own date when the statement gives a different day or month for it."""
    recorded = claim.as_of or ""
    for stated in dates:
        if len(stated) < 7 or stated.startswith("????") or len(recorded) < len(stated):
            continue  # a year alone is a filter, not a date to check
        if recorded[:len(stated)] != stated:
            return recorded
    return None


def _series(index: Index, claim: Claim, result: Answer) -> list[Claim]:
    """The claim and the other values of its figure over time that the matcher paired with it,
    newest first: other facts under the same metric (another event's awards) are not older
    values of this one."""
    key = index.group_key(claim)
    members = {claim.id: claim}
    members.update((s.claim.id, s.claim) for s in result.answers
                   if index.group_key(s.claim) == key)
    return sorted(members.values(), key=lambda c: c.sort_date, reverse=True)


def _check_date(statement: str, lang: Lang, dates: list[str], group: list[Claim]) -> Verdict:
    """A date claim: the statement's date agrees with the recorded one at the precision of both."""
    newest = group[0]
    if not dates:
        return Verdict(statement, lang, VerdictKind.NOT_FOUND,
                       "the statement gives no date to check", None, newest)

    def agrees(stated: str, recorded: str) -> bool:
        if stated.startswith("????"):
            return recorded[4:].startswith(stated[4:]) or stated[4:].startswith(recorded[4:])
        shorter = min(len(stated), len(recorded))
        return stated[:shorter] == recorded[:shorter]

    for claim in group:
        if any(agrees(date, str(claim.value)) for date in dates):
            kind = VerdictKind.SUPPORTED if claim is newest else VerdictKind.OUTDATED
            return Verdict(statement, lang, kind, "the recorded date bears the statement out",
                           None, claim, None if claim is newest else newest)
    return Verdict(statement, lang, VerdictKind.CONTRADICTED, "the recorded date differs", None,
                   newest)


def _names(statement: str, item: str) -> bool:
    """Whether the statement names the value, allowing for small words ("of the Xuhui")."""
    folded = fold_text(statement)
    if fold_text(item).replace(" ", "") in folded.replace(" ", ""):
        return True
    wanted = set(tokens(strip_question_words(fold_text(item))))
    return bool(wanted) and wanted <= set(tokens(folded))


def _check_text(statement: str, lang: Lang, stated: Quantity | None,
                group: list[Claim], every_word_matched: bool) -> Verdict:
    """A claim whose value is a name or a phrase: the statement must name it.

    The value may be recorded in the other language (北京 for "Beijing"); a statement every
    word of which the claim's own bilingual text holds is borne out as well.
    """
    newest = group[0]
    for claim in group:
        items = claim.value if isinstance(claim.value, tuple) else (str(claim.value),)
        if any(_names(statement, item) for item in items):
            kind = VerdictKind.SUPPORTED if claim is newest else VerdictKind.OUTDATED
            return Verdict(statement, lang, kind, "the recorded value is named in the statement",
                           stated, claim, None if claim is newest else newest)
    if every_word_matched and stated is None:
        return Verdict(statement, lang, VerdictKind.SUPPORTED,
                       "every word of the statement is in the claim's text", stated, newest)
    return Verdict(statement, lang, VerdictKind.NOT_FOUND,
                   "the statement does not name the recorded value; it cannot be decided",
                   stated, newest)
