"""Statements held against the record: supported, contradicted, outdated, or not in the file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from factcli.errors import ExitCode
from factcli.match import Answer, answer_question
from factcli.model import Qualifier, Quantity
from factcli.normalize import detect_lang, fold_text
from factcli.numbers import find_quantities, find_years, values_equal

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Claim
    from factcli.normalize import Lang

_ABOUT_TOLERANCE = 0.1  # "around 800" holds for 720..880


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


def _stated_quantity(statement: str) -> tuple[Quantity | None, str]:
    """The figure the statement asserts (not a year), and the statement without it."""
    years = set(find_years(statement))
    chosen = None
    text = statement
    for found in find_quantities(statement):
        value = found.quantity.value
        if isinstance(value, int) and value in years and found.quantity.unit is None:
            continue
        if chosen is None:
            chosen = found
    if chosen is not None:
        text = statement[: chosen.start] + " " + statement[chosen.end:]
    return (chosen.quantity if chosen else None), text


def check_statement(index: Index, statement: str, lang: Lang | None = None) -> Verdict:
    """Find the claim a statement is about and say whether the record bears it out."""
    verdict_lang = lang or detect_lang(statement)
    stated, rest = _stated_quantity(statement)
    result = answer_question(index, rest, lang=verdict_lang)
    if not isinstance(result, Answer):
        return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                       "no claim in the knowledge file is about this", stated)
    claim = result.answers[0].claim
    group = index.group_of(claim)
    years = find_years(statement)
    if years:
        dated = [c for c in group if any(str(y) in c.when for y in years)]
        group = dated or group
    if not claim.is_numeric:
        return _check_text(statement, verdict_lang, stated, group)
    if stated is None:
        return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                       "the statement gives no figure to check", None, group[0])
    newest = group[0]
    fits = [(c, _fits(stated, c)) for c in group if c.is_numeric]
    if fits and fits[0][1] is _Fit.YES:
        return Verdict(statement, verdict_lang, VerdictKind.SUPPORTED,
                       "the recorded value bears the statement out", stated, newest)
    older = next((c for c, fit in fits[1:] if fit is _Fit.YES), None)
    if older is not None and fits[0][1] is not _Fit.UNDECIDABLE:
        return Verdict(statement, verdict_lang, VerdictKind.OUTDATED,
                       f"true as of {older.when or 'an earlier date'}; a newer value exists",
                       stated, older, newest)
    if fits and fits[0][1] is _Fit.NO:
        return Verdict(statement, verdict_lang, VerdictKind.CONTRADICTED,
                       "the recorded value differs", stated, newest)
    return Verdict(statement, verdict_lang, VerdictKind.NOT_FOUND,
                   "the record is a bound that neither confirms nor refutes this figure",
                   stated, newest)


def _check_text(statement: str, lang: Lang, stated: Quantity | None,
                group: list[Claim]) -> Verdict:
    folded = fold_text(statement).replace(" ", "")
    newest = group[0]
    for claim in group:
        items = claim.value if isinstance(claim.value, tuple) else (str(claim.value),)
        if any(fold_text(item).replace(" ", "") in folded for item in items):
            kind = VerdictKind.SUPPORTED if claim is newest else VerdictKind.OUTDATED
            return Verdict(statement, lang, kind, "the recorded value is named in the statement",
                           stated, claim, None if claim is newest else newest)
    return Verdict(statement, lang, VerdictKind.NOT_FOUND,
                   "the statement does not name the recorded value; it cannot be decided",
                   stated, newest)
