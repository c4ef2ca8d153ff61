"""KnowledgeBase → Index: folded claim text, term postings, alias table, value lookup."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from factcli.normalize import (
    concept,
    concepts_of,
    expand_abbreviations,
    fold_text,
    has_cjk,
    term_readings,
    tokens,
)
from factcli.structs import dataclass, field

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from factcli.model import Claim, KnowledgeBase



# Words for people in general: "how many people" may count students, members or delegates.
# They are spelt as the matcher's terms are (stemmed: 'peopl'; concepts: ~staff).
PEOPLE = frozenset({"peopl", "person", "人", "人数", "~delegate", "~student", "~member", "member",
                    "representativ", "~staff", "staff", "~expert", "expert", "~alumni", "alumni",
                    "~volunteer"})

# Kinds of body: "how many institutions" may count universities, firms or partners.
BODIES = frozenset({"~university", "~company", "~startup", "~partner"})


@dataclass(slots=True)
class ClaimText:
    """What the matcher reads of one claim, folded once at build time."""

    terms: tuple[str, ...]
    text: str
    years: tuple[int, ...]
    statement_terms: str


@dataclass
class Index:
    """Everything `ask`, `check` and `compare` need, built once and cached.

    The tables are dicts and lists when built, read-only views of the SQLite cache when opened
    from it (store.py): the matcher only reads them.
    """

    kb: KnowledgeBase
    postings: Mapping[str, list[int]]  # each term's claims in ascending order (held_among)
    aliases: dict[str, str]
    entity_claims: Mapping[str, list[int]]
    mentions: Mapping[str, list[int]]
    metric_groups: Mapping[str, list[int]]
    metric_terms: dict[str, list[list[str]]]
    metric_vocabulary: set[str]
    claim_years: Sequence[list[int]]
    claim_weights: Sequence[float]
    statement_terms: Sequence[str]
    claim_positions: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.claim_positions:
            self.claim_positions = {claim.id: i for i, claim in enumerate(self.kb.claims)}

    def adopt_derived(self, words: list[str], countable_terms: frozenset[str]) -> None:
        """Take the tables derived from every claim as stored, so that they are not derived
        again from lazily read claims (which would read them all)."""
        self.__dict__["words"] = words
        self.__dict__["countable_terms"] = countable_terms

    @property
    def max_idf(self) -> float:
        return math.log(1 + len(self.kb.claims)) + 1.0

    def idf(self, term: str) -> float | None:
        """Rarity of a term (None when no claim uses it), derived from its postings."""
        holders = self.postings.get(term)
        if holders is None:
            return None
        return math.log(1 + len(self.kb.claims) / len(holders)) + 1.0

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """Entity id → the ids of entities whose parent it is."""
        table: dict[str, list[str]] = defaultdict(list)
        for entity in self.kb.entities.values():
            if entity.parent:
                table[entity.parent].append(entity.id)
        return dict(table)

    @cached_property
    def cjk_aliases(self) -> list[str]:
        """Chinese alias forms, longest first, so that 香港科技大學 wins over 科大."""
        return sorted((form for form in self.aliases if has_cjk(form)), key=len, reverse=True)

    @cached_property
    def latin_aliases_by_length(self) -> dict[int, list[str]]:
        """The Latin alias forms grouped by length, for typo look-ups near a word's length."""
        table: dict[int, list[str]] = defaultdict(list)
        for form in self.latin_aliases:
            table[len(form)].append(form)
        return dict(table)

    @cached_property
    def latin_aliases(self) -> list[str]:
        """Alias forms in Latin letters long enough to take a typo (4 characters or more)."""
        return [form for form in self.aliases if len(form) >= 4 and not has_cjk(form)]

    @cached_property
    def words(self) -> list[str]:
        """The English words of the claims, for typo correction."""
        return [term for term in self.postings if term.isalpha() and term.isascii()
                and len(term) >= 4]

    @cached_property
    def countable_terms(self) -> frozenset[str]:
        """Words for the things numeric claims count (their units and metric names)."""
        return frozenset(term for claim in self.kb.claims if claim.is_numeric
                         and claim.unit not in {None, "rank", "percent", "date"}
                         for term in self.count_terms(claim))

    @cached_property
    def _count_terms_seen(self) -> dict[tuple[str, str | None], frozenset[str]]:
        return {}

    def count_terms(self, claim: Claim) -> frozenset[str]:
        """What a numeric claim counts: the words of its metric's names and of its unit."""
        key = (claim.metric, claim.unit)
        seen = self._count_terms_seen.get(key)
        if seen is None:
            seen = self._count_terms_seen[key] = count_terms(self.metric_terms, *key)
        return seen

    @cached_property
    def _name_words_seen(self) -> dict[str, frozenset[str]]:
        return {}

    def name_words(self, entity_id: str) -> frozenset[str]:
        """The Latin words of an entity's English name and aliases, folded (read on first use)."""
        seen = self._name_words_seen.get(entity_id)
        if seen is None:
            entity = self.kb.entities.get(entity_id)
            names = [entity.name.en, *entity.aliases] if entity is not None else []
            seen = frozenset(word for name in names for word in fold_text(name).split()
                             if not has_cjk(word))
            self._name_words_seen[entity_id] = seen
        return seen

    @cached_property
    def _numbers_seen(self) -> dict[int, frozenset[float]]:
        return {}

    @cached_property
    def derived(self) -> dict[tuple[object, ...], Any]:
        """Tables the matcher derives from this index on first use (by a key naming the table
        and its arguments): they live and die with the index they describe."""
        return {}

    def numbers_in(self, position: int) -> frozenset[float]:
        """Every figure the claim's text states (its value, and numbers in its statements and
        quote), read on first use: only questions that carry a number need them."""
        seen = self._numbers_seen.get(position)
        if seen is None:
            from factcli.numbers import find_quantities

            claim = self.kb.claims[position]
            text = " ".join([claim.statement.en, claim.statement.zh, *claim.quotes])
            seen = frozenset(float(f.quantity.value) for f in find_quantities(text))
            if claim.is_numeric:
                seen |= {float(claim.value)}  # type: ignore[arg-type]
            self._numbers_seen[position] = seen
        return seen

    def group_key(self, claim: Claim) -> str:
        return f"{claim.entity}\t{claim.metric}"

    def group_of(self, claim: Claim) -> list[Claim]:
        """Claims of the same entity and metric, newest first (ties keep file order)."""
        members = [self.kb.claims[i] for i in self.metric_groups.get(self.group_key(claim), [])]
        return sorted(members, key=lambda c: c.sort_date, reverse=True)


def held_among(reachable: set[int], held: Sequence[int]) -> set[int]:
    """The positions of a term's postings (ascending) that are in `reachable`."""
    if len(held) <= _BISECT_SHARE * len(reachable):
        return reachable.intersection(held)
    # A common term's postings at 100,000 claims hold tens of thousands of positions, a
    # question's candidates some hundreds: each candidate is looked for, not each posting.
    found: set[int] = set()
    for position in reachable:
        at = bisect_left(held, position)
        if at < len(held) and held[at] == position:
            found.add(position)
    return found


_BISECT_SHARE = 16  # a bisection costs about as much as hashing this many postings


def claim_search_text(claim: Claim) -> str:
    """The claim's words in both languages: statements, keywords, metric, topic, quotes, value."""
    return " \n ".join(_search_parts(claim))


def _search_parts(claim: Claim) -> list[str]:
    parts = [claim.statement.en, claim.statement.zh, *claim.keywords_en, *claim.keywords_zh,
             claim.metric.replace("_", " "), claim.topic.replace("_", " "), *claim.quotes]
    if isinstance(claim.value, str):
        parts.append(claim.value)
    elif isinstance(claim.value, tuple):
        parts.extend(claim.value)
    return parts


def build_claim_text(claim: Claim) -> ClaimText:
    from factcli.numbers import find_years

    # Folding reads no further than a space in either direction, so text folded in pieces
    # and joined by spaces is the text folded whole (tests/unit/test_index.py): the statements
    # are folded once for both uses, not twice (a tenth of a cold build), and the other pieces
    # (keywords, metric, topic, quotes) one by one, as the same ones come back claim after claim.
    statements = _joined(fold_text(claim.statement.en), fold_text(claim.statement.zh))
    parts = _search_parts(claim)
    terms, names, statement_terms = _words_terms(statements)
    if any("THE" in part for part in parts):  # an abbreviation spelt out may reach further
        folded = fold_text(expand_abbreviations(" \n ".join(parts)))
        terms = [term for word in folded.split() for term in _word_terms(word)[1]]
        names = concepts_of(terms)
    else:
        pieces = [_folded_piece(part) for part in parts[2:]]
        folded = _joined(statements, *(text for text, _, _, _ in pieces))
        for _, piece_terms, piece_names, _ in pieces:
            terms += piece_terms
            names += piece_names
    years = {int(claim.sort_date[:4])} if claim.sort_date else set()
    if claim.period:
        years.update(range(int(claim.period.start[:4]), int(claim.period.end[:4]) + 1))
    years.update(find_years(folded))
    return ClaimText(tuple(dict.fromkeys(terms + names)), folded,
                     tuple(sorted(years)), " ".join(dict.fromkeys(statement_terms)))


def _joined(*folded: str) -> str:
    return " ".join(part for part in folded if part)


# A word's or a piece's folded text, its terms as a claim's (Chinese characters alone as well
# as in pairs), the concepts those name, and its terms as a statement's (pairs only). A plain
# tuple: a named one costs a tenth of a millisecond of every start-up to define.
_Terms = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


# tokens() reads each whitespace-separated word on its own, so a text's terms are its words'
# terms in order, and the concepts they name its words' concepts in order. Words repeat across
# claims: remembering them makes a cold build about twice as fast (tests/unit/test_index.py
# holds the result equal to tokens() on every shipped claim). A long "word" is a run of Chinese
# without spaces, a clause or a whole sentence: remembered without bound, their dozens of
# character pairs held 300 MiB of a 100,000-claim build, so only the last few thousand are
# (a third of them come back: a file's claims share clauses). Plain dicts, looked up inline: a
# claim has some 40 words, and a call per word cost a tenth of a cold build.
_REMEMBERED_WORD = 12
_REMEMBERED_WORDS = 1 << 17
_REMEMBERED_CLAUSES = 1 << 12
_WORD_TERMS: dict[str, _Terms] = {}
_CLAUSE_TERMS: dict[str, _Terms] = {}


def _word_terms(word: str) -> _Terms:
    long = len(word) > _REMEMBERED_WORD
    found = _CLAUSE_TERMS.get(word) if long else None
    if found is not None:
        return found
    with_characters, pairs = term_readings(word)
    terms = tuple(with_characters)
    # Latin words and numbers hold no Chinese character to stand alone: one reading serves.
    paired = terms if pairs is with_characters else tuple(pairs)
    found = (word, terms, tuple(concepts_of(terms)), paired)
    memo, limit = (_CLAUSE_TERMS, _REMEMBERED_CLAUSES) if long else (_WORD_TERMS,
                                                                    _REMEMBERED_WORDS)
    if len(memo) >= limit:
        memo.clear()
    memo[word] = found
    return found


# Keywords, metric and topic names and quotes recur across claims, mostly within one file's
# claims (4,096 remembered serve as well as 65,536, which held 50 MiB at 100,000 claims);
# statements seldom recur and are not remembered.
@lru_cache(maxsize=1 << 12)
def _folded_piece(text: str) -> _Terms:
    folded = fold_text(text)
    terms, names, _ = _words_terms(folded)
    return folded, tuple(terms), tuple(names), ()


def _words_terms(folded: str) -> tuple[list[str], list[str], list[str]]:
    """A folded text's terms, the concepts they name and its terms as a statement's, word by
    word from the remembered words (the look-up inline: a call per word costs more)."""
    terms: list[str] = []
    names: list[str] = []
    paired: list[str] = []
    for word in folded.split():
        _, word_terms, word_names, word_paired = _WORD_TERMS.get(word) or _word_terms(word)
        terms += word_terms
        names += word_names
        paired += word_paired
    return terms, names, paired


def count_terms(metric_terms: Mapping[str, list[list[str]]], metric: str,
                unit: str | None) -> frozenset[str]:
    """What a numeric claim counts: the words of its metric's names and of its unit."""
    terms = {term for form in metric_terms.get(metric, []) for term in form}
    unit_words = tokens(fold_text(unit.replace("_", " "))) if unit else []
    terms.update(name for word in unit_words for name in (word, concept(word)) if name)
    if terms & PEOPLE:
        terms.update(PEOPLE)
    if terms & BODIES:
        terms.add("~org")  # universities and firms are institutions too
    return frozenset(terms)
