"""Proofs: each claim's quote stands verbatim in its source, and its value can be read from it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcli.errors import ExitCode
from factcli.normalize import fold_text
from factcli.numbers import find_quantities, values_equal

if TYPE_CHECKING:
    from factcli.model import Claim, KnowledgeBase

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


@dataclass(frozen=True, slots=True)
class VerifyFailure:
    claim_id: str
    origin: str
    message: str


@dataclass(frozen=True, slots=True)
class VerifyReport:
    checked: int
    failures: tuple[VerifyFailure, ...]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.NOT_FOUND if self.failures else ExitCode.OK


def squeeze(text: str) -> str:
    """NFKC and one space for every run of whitespace: how quotes are compared with documents."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def verify_claims(kb: KnowledgeBase, documents: dict[str, str | None]) -> VerifyReport:
    """Check every claim against its source document's text (file name → text, None if missing)."""
    squeezed = {name: squeeze(text) for name, text in documents.items() if text is not None}
    failures: list[VerifyFailure] = []
    for claim in kb.claims:
        source = kb.sources[claim.source]
        document = squeezed.get(source.file)
        if document is None:
            failures.append(VerifyFailure(claim.id, claim.origin,
                                          f"source document '{source.file}' not found"))
            continue
        for quote in claim.quotes:
            if squeeze(quote) not in document:
                failures.append(VerifyFailure(claim.id, claim.origin,
                                              f"quote not found in {source.file}: "
                                              f"'{_shorten(quote)}'"))
        problem = value_problem(claim)
        if problem:
            failures.append(VerifyFailure(claim.id, claim.origin, problem))
    return VerifyReport(len(kb.claims), tuple(failures))


def value_problem(claim: Claim) -> str | None:
    """Why the value cannot be read from the quote, or None when it can."""
    quote = " … ".join(claim.quotes)
    if claim.unit == "date":
        return None if _date_in(str(claim.value), quote) else \
            f"date {claim.value} cannot be read from the quote"
    if claim.is_numeric:
        numbers = [found.quantity.value for found in find_quantities(quote)]
        target = float(claim.value)  # type: ignore[arg-type]
        if any(values_equal(target, n) or values_equal(abs(target), abs(n)) for n in numbers):
            return None
        return f"value {claim.value} cannot be read from the quote (found: " \
               f"{', '.join(str(n) for n in numbers) or 'no numbers'})"
    folded_quote = fold_text(quote).replace(" ", "")
    items = claim.value if isinstance(claim.value, tuple) else (str(claim.value),)
    missing = [item for item in items if fold_text(item).replace(" ", "") not in folded_quote]
    if missing:
        return f"value text not in the quote: {', '.join(repr(m) for m in missing)}"
    return None


def _date_in(value: str, quote: str) -> bool:
    """Each part of an ISO date (year, month, day) is stated in the quote."""
    parts = value.split("-")
    folded = quote.casefold()
    numbers = {int(found.quantity.value) for found in find_quantities(quote)
               if float(found.quantity.value).is_integer()}
    if int(parts[0]) not in numbers:
        return False
    if len(parts) >= 2:
        month = int(parts[1])
        if month not in numbers and _MONTHS[month - 1] not in folded \
                and _MONTHS[month - 1][:3] not in folded:
            return False
    return len(parts) < 3 or int(parts[2]) in numbers


def _shorten(text: str, limit: int = 60) -> str:
    text = squeeze(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
