"""Run a question set against the knowledge base: accuracy per category, misses, confusion."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcli.errors import ExitCode
from factcli.match import Answer, answer_question

if TYPE_CHECKING:
    from factcli.index import Index

DECLINE = "decline"


@dataclass(frozen=True, slots=True)
class QuestionCase:
    question: str
    category: str
    expect: tuple[str, ...]  # acceptable claim ids, or ("decline",); for statements, the verdict
    origin: str = ""
    is_statement: bool = False

    @property
    def should_decline(self) -> bool:
        return self.expect == (DECLINE,)


@dataclass(frozen=True, slots=True)
class Outcome:
    case: QuestionCase
    got: str  # the first answer's claim id, or "decline"
    correct: bool
    kind: str  # correct | wrong_claim | wrongly_declined | wrongly_answered


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: str
    total: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class EvalReport:
    outcomes: tuple[Outcome, ...]
    categories: tuple[CategoryScore, ...]
    confusion: tuple[tuple[str, int], ...]
    answerable_accuracy: float
    decline_accuracy: float
    min_accuracy: float | None = None

    @property
    def accuracy(self) -> float:
        return sum(o.correct for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0

    @property
    def exit_code(self) -> ExitCode:
        if self.min_accuracy is not None and self.accuracy < self.min_accuracy:
            return ExitCode.NOT_FOUND
        return ExitCode.OK


def evaluate(index: Index, cases: list[QuestionCase], min_accuracy: float | None = None
             ) -> EvalReport:
    outcomes = []
    for case in cases:
        if case.is_statement:
            outcomes.append(_judge_statement(index, case))
            continue
        result = answer_question(index, case.question)
        got = result.answers[0].claim.id if isinstance(result, Answer) else DECLINE
        if case.should_decline:
            kind = "correct" if got == DECLINE else "wrongly_answered"
        elif got == DECLINE:
            kind = "wrongly_declined"
        else:
            kind = "correct" if got in case.expect else "wrong_claim"
        outcomes.append(Outcome(case, got, kind == "correct", kind))
    by_category: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_category[outcome.case.category].append(outcome)
    categories = tuple(CategoryScore(name, len(items), sum(o.correct for o in items))
                       for name, items in sorted(by_category.items()))
    counts = Counter(o.kind for o in outcomes if not o.correct)
    answerable = [o for o in outcomes if not o.case.should_decline and not o.case.is_statement]
    unanswerable = [o for o in outcomes if o.case.should_decline and not o.case.is_statement]
    return EvalReport(tuple(outcomes), categories,
                      tuple((k, counts.get(k, 0)) for k in
                            ("wrong_claim", "wrongly_declined", "wrongly_answered",
                             "wrong_verdict")),
                      _share(answerable), _share(unanswerable), min_accuracy)


_VERDICT_NAMES = {"supported": "supported", "contradicted": "contradicted",
                  "outdated": "outdated", "not_found": "not in the knowledge file",
                  "not in the knowledge file": "not in the knowledge file"}


def _judge_statement(index: Index, case: QuestionCase) -> Outcome:
    from factcli.check import check_statement

    verdict = check_statement(index, case.question).verdict.value
    expected = _VERDICT_NAMES.get(case.expect[0], case.expect[0])
    correct = verdict == expected
    return Outcome(case, verdict, correct, "correct" if correct else "wrong_verdict")


def _share(outcomes: list[Outcome]) -> float:
    return sum(o.correct for o in outcomes) / len(outcomes) if outcomes else 0.0
