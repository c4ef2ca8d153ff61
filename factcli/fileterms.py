"""One file's claim terms, inverted once: kept in the file's cache, they let a rebuild merge
each unchanged file's postings instead of splitting all its claims' terms again."""

from __future__ import annotations

import sys
from array import array
from binascii import a2b_base64, b2a_base64
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable


class FileTerms(NamedTuple):
    """A file's terms in order of first use, where each is held (positions counted from the
    file's first claim), and each claim's terms as numbers into vocabulary (for its weight,
    which sums its terms' rarity in the claim's own order)."""

    vocabulary: list[str]
    positions: array[int]  # every term's positions, term after term
    held: array[int]  # how many positions each term has
    numbers: array[int]  # every claim's terms as vocabulary numbers, claim after claim
    ends: array[int]  # where each claim's numbers end

    def claim_terms(self) -> list[str]:
        """Each claim's terms joined by single spaces, as ClaimRow.terms holds them."""
        vocabulary, numbers = self.vocabulary, self.numbers
        joined, start = [], 0
        for end in self.ends:
            joined.append(" ".join([vocabulary[n] for n in numbers[start:end]]))
            start = end
        return joined


def invert(claim_terms: Iterable[Iterable[str]]) -> FileTerms:
    """The FileTerms of a file's claims, given each claim's terms."""
    numbering: dict[str, int] = {}
    postings: list[array[int]] = []
    numbers: array[int] = array("i")
    ends: array[int] = array("i")
    for position, terms in enumerate(claim_terms):
        for term in terms:
            number = numbering.get(term)
            if number is None:
                number = numbering[term] = len(postings)
                postings.append(array("i"))
            postings[number].append(position)
            numbers.append(number)
        ends.append(len(numbers))
    positions: array[int] = array("i")
    for held in postings:
        positions.extend(held)
    return FileTerms(list(numbering), positions, array("i", map(len, postings)), numbers, ends)


def shifted(positions: array[int], start: int, claims: int) -> array[int]:
    """Positions counted from a file's first claim, made positions in the base (that file
    starting at start; it has claims claims), as 4-byte numbers.

    Added as one big integer: each position's four bytes are a lane that the same lane of
    start's copies is added to, and no lane carries into the next (start + a position stays
    below 2**31). A rebuild moves 9 million positions: 0.1 s, against 1.0 s number by number.
    """
    lanes = positions if positions.typecode == "i" else array("i", positions)
    if not start:
        return array("i", lanes)
    if start + claims >= 1 << 31 or lanes.itemsize != 4:
        return array("i", [start + position for position in lanes])
    order = sys.byteorder
    total = int.from_bytes(lanes.tobytes(), order) \
        + int.from_bytes((array("i", [start]) * len(lanes)).tobytes(), order)
    moved: array[int] = array("i")
    moved.frombytes(total.to_bytes(len(lanes) * 4, order))
    return moved


def encode(terms: FileTerms) -> dict[str, Any]:
    """JSON-ready: the number arrays packed (a list of 90,000 numbers decodes ten times
    slower than its packed bytes). Positions always take 4 bytes, as shifted() wants them."""
    return {"vocabulary": terms.vocabulary, "positions": _packed(terms.positions, "i"),
            "held": _packed(terms.held), "numbers": _packed(terms.numbers),
            "ends": _packed(terms.ends)}


def decode(data: dict[str, Any], claims: int) -> FileTerms:
    """The FileTerms encode() wrote, checked for consistency; ValueError if it is not."""
    vocabulary = data["vocabulary"]
    terms = FileTerms(vocabulary, _unpacked(data["positions"]), _unpacked(data["held"]),
                      _unpacked(data["numbers"]), _unpacked(data["ends"]))
    if not isinstance(vocabulary, list) or not all(type(term) is str for term in vocabulary) \
            or len(terms.held) != len(vocabulary) or sum(terms.held) != len(terms.positions) \
            or len(terms.ends) != claims or (claims and terms.ends[-1] != len(terms.numbers)):
        raise ValueError("inconsistent file terms")
    return terms


def _packed(values: array[int], code: str | None = None) -> list[str]:
    """Little-endian, in code, else the smallest of 2 or 4 bytes a number that holds every
    value."""
    if code is None:
        code = "H" if all(0 <= value < 1 << 16 for value in (min(values, default=0),
                                                             max(values, default=0))) else "i"
    packed = array(code, values) if code != values.typecode else values
    if sys.byteorder == "big":
        packed = array(code, packed)
        packed.byteswap()
    return [code, b2a_base64(packed.tobytes(), newline=False).decode("ascii")]


def _unpacked(data: list[str]) -> array[int]:
    code, text = data
    if code not in {"H", "i"} or array(code).itemsize != {"H": 2, "i": 4}[code]:
        raise ValueError(f"no packed array of type {code!r}")
    values: array[int] = array(code)
    values.frombytes(a2b_base64(text))
    if sys.byteorder == "big":
        values.byteswap()
    return values
