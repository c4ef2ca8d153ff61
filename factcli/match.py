"""Question → Answer or Decline: candidates, scoring, abstention."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from factcli.errors import ExitCode
from factcli.fit import (
    KIND_WORDS,
    LISTED_KINDS,
    Asked,
    asked_for,
    intent_fit,
    lists_members,
    member_named,
    mismatch,
    number_word_stems,
    settles_member,
    told_in_words,
)
from factcli.index import held_among
from factcli.normalize import (
    Lang,
    detect_lang,
    fold_text,
    has_cjk,
)
from factcli.numbers import values_equal
from factcli.people import claims_naming_people, names_a_person
from factcli.query import (
    Query,
    asks_words_said,
    other_intents,
    parse_query,
    question_parts,
    undo_member_put,
    undo_person_put,
)
from factcli.related import common_term_limit, distinctive_name_terms
from factcli.scene import the_ask, without_check_framing, without_courtesies
from factcli.structs import dataclass
from factcli.terms import counted_nouns

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Claim
    from factcli.normalize import Intent

# The reason given when no claim answers well enough (a chatty message is then read again).
_NOT_FOUND = "not in the knowledge file"
# Calibrated on the tuning sets tests/questions/dev*.yaml; test.yaml is never used to tune.
DEFAULT_MIN_SCORE = 0.62
MIN_COVERAGE = 0.6
# A part of a message read alone must be covered nearly whole (see _parts_answered).
_PART_MIN_COVERAGE = 0.8
STATEMENT_MIN_SCORE = 0.6
STATEMENT_MIN_COVERAGE = 0.6
# A term the knowledge base never uses weighs this share of the rarest known term: an unknown
# Chinese word pair (東京, 人口) is strong evidence the question is out of scope, an unknown
# English word as much as the rarest known one ("tuition", "weather"; an everyday word or a
# paraphrase is discounted apart), a lone Chinese character (錢, 做) little.
_UNKNOWN_WEIGHTS = {"cjk_pair": 1.3, "word": 1.0, "cjk_char": 0.3}
# A word of a sentence that asks nothing weighs this much of what it would in the question.
_SCENE_SHARE = 0.5
# An everyday word the claim lacks ("keep track of", 稱讚) counts this much less.
_GENERAL_DISCOUNT = 0.7
_TIME_WORDS = frozenset({"year", "month", "date", "day"})
# How the parts add up to a claim's ranking score (calibrated on the tuning sets).
_SCORE_WEIGHTS = {"coverage": 0.65, "fuzzy": 0.1, "metric": 0.1, "entity": 0.05, "intent": 0.1,
                  "specificity": 0.05, "value": 0.3, "focus": 0.08}


# Named tuples, not frozen dataclasses: as immutable, and built in a fifth of the time (a
# frozen dataclass sets each field through object.__setattr__: 2.3 µs for ScoreParts against
# 0.4 µs), and every candidate of every question gets one.
class ScoreParts(NamedTuple):
    """Why a claim scored what it did (shown by --explain)."""

    coverage: float
    fuzzy: float
    metric: float
    entity: float
    intent: float
    specificity: float
    value: float
    total: float
    matched_terms: tuple[str, ...]
    missing_terms: tuple[str, ...]
    focus: float = 0.0
    bearing: float = 1.0
    fit: float = 1.0  # how far the claim was scaled down for answering another question

    @property
    def score(self) -> float:
        """The ranking score as shown to readers, 0..1 (a matched value may push it past 1)."""
        return min(self.total, 1.0)


class Scored(NamedTuple):
    claim: Claim
    parts: ScoreParts
    role: str = "answer"


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    lang: Lang
    answers: tuple[Scored, ...]
    entities: tuple[str, ...]
    exit_code: ExitCode = ExitCode.OK


@dataclass(frozen=True, slots=True)
class Decline:
    question: str
    lang: Lang
    reason: str
    suggestions: tuple[Scored, ...] = ()
    entities: tuple[str, ...] = ()
    exit_code: ExitCode = ExitCode.NOT_FOUND


def _weight(index: Index, term: str) -> float:
    known = index.idf(term)
    if known is not None:
        # Words that name a metric (unicorns, 校長, funding) say what is asked: a claim that
        # lacks one is about something else, however rare its other words are.
        return known * (1.5 if term in index.metric_vocabulary else 1.0)
    if has_cjk(term):
        share = _UNKNOWN_WEIGHTS["cjk_pair" if len(term) > 1 else "cjk_char"]
    else:
        share = _UNKNOWN_WEIGHTS["word"]
    return index.max_idf * share


def _term_weight(index: Index, query: Query, term: str) -> float:
    """A question term's weight: less for a word that only sets the scene."""
    return _weight(index, term) * (_SCENE_SHARE if term in query.scene else 1.0)


def _candidates(index: Index, query: Query, naming: set[int]) -> list[int]:
    if any(entity not in query.member_entities for entity in query.entities):
        return sorted(set.union(*query.related.values(), *query.linked.values(), naming))
    # With no entity named, claims are drawn by the question's distinctive terms: a term that
    # half the claims share ("university", 研究) would make every claim a candidate, and a
    # claim sharing only such terms covers too little of the question to be its answer.
    common = common_term_limit(index)
    postings = [index.postings.get(term, ()) for term in query.terms]
    distinctive = [held for held in postings if 0 < len(held) <= common]
    positions: set[int] = set()
    for held in distinctive or postings:
        positions.update(held)
    # "Was HKU one of the co-organisers of the course?": the body put to be checked is no
    # subject to draw the claims by, though its own lists may hold the answer.
    for entity in query.entities:
        positions.update(query.related[entity])
    return sorted(positions)


def _free_share(query: Query, term: str) -> float:
    """How much of a term's weight a claim may lack at no cost: all of a word that only sets
    the scene, most of an everyday word that does not name what is asked."""
    if term in query.optional:
        return 1.0
    return _GENERAL_DISCOUNT if term in query.general and term not in query.focus else 0.0


def _char_weights(index: Index, query: Query) -> tuple[dict[int, float], dict[int, float]]:
    """Each Chinese content character's weight: that of the rarest known pair holding it, else
    that of an unknown word (less for an everyday word such as 稱讚, nothing for glue); and the
    share of it a claim may lack at no cost, when that pair is an everyday word (表示, 組成: a
    claim may say it otherwise).

    An unknown pair half of which belongs to a known word or is glue (部長|時, 做|些) is an
    accident of segmentation: its other character weighs what a lone character does.
    """
    known: dict[int, float] = {}
    everyday: dict[int, float] = {}
    for term, spots in query.cjk_units:
        if term in index.postings:
            weight = _term_weight(index, query, term) / len(spots)
            for spot in spots:
                if weight > known.get(spot, 0.0):
                    known[spot] = weight
                    everyday[spot] = weight * _free_share(query, term)
    unknown: dict[int, float] = {}
    lone = index.max_idf * _UNKNOWN_WEIGHTS["cjk_char"]
    for term, spots in query.cjk_units:
        if term in index.postings:
            continue
        weight = _term_weight(index, query, term) / len(spots)
        if len(spots) > 1 and any(spot in known or spot in query.cjk_glue for spot in spots):
            weight = min(weight, lone)
        if term in query.optional:
            weight = 0.0
        elif term in query.general:
            weight *= 1 - _GENERAL_DISCOUNT
        for spot in spots:
            unknown[spot] = min(unknown.get(spot, weight), weight)
    spots = (known.keys() | unknown.keys()) - query.cjk_glue
    return ({spot: known.get(spot, unknown.get(spot, 0.0)) for spot in spots},
            {spot: share for spot, share in everyday.items() if share and spot in spots})


def _credit_entity_names(index: Index, query: Query, positions: list[int],
                         holders: dict[str, set[int]], unit_holders: dict[str, set[int]]) -> None:
    """A claim is about its entity even where its text does not spell the entity's name: words
    of that name in the question ("the joint lab with the CAS Guangzhou Institute of
    Geochemistry") count as held by every claim of the entity."""
    claims = index.kb.claims
    asked = holders.keys() | unit_holders.keys()
    chinese = any(has_cjk(term) for term in asked)
    by_entity: dict[str, list[int]] = {}  # candidates share a few entities
    for position in positions:
        by_entity.setdefault(claims[position].entity, []).append(position)
    for entity, members in by_entity.items():
        names = distinctive_name_terms(index, entity, chinese) & asked
        for table in (holders, unit_holders):
            for term in names & table.keys():
                # A new set, not the one given: holders and unit_holders may share one.
                lacking = [position for position in members if position not in table[term]]
                if lacking:
                    table[term] = table[term].union(lacking)


def _value_matches(claim: Claim, numbers: list[tuple[float, str | None]]) -> bool:
    if not numbers or not claim.is_numeric:
        return False
    return any(values_equal(float(claim.value), value) for value, _ in numbers)  # type: ignore[arg-type]


def _claims_valued(index: Index, numbers: list[tuple[float, str | None]]) -> set[int]:
    """The numeric claims whose value equals one of the numbers (as _value_matches has it)."""
    table = index.derived.get(("numeric values",))
    if table is None:
        # Read once a process: reading every claim for each question that states a figure
        # decoded the whole file each time (at 100,000 claims, seconds a question).
        valued = [(float(claim.value), position)  # type: ignore[arg-type]
                  for position, claim in enumerate(index.kb.claims) if claim.is_numeric]
        finite = sorted(pair for pair in valued if math.isfinite(pair[0]))
        table = index.derived[("numeric values",)] = (
            array("d", [value for value, _ in finite]), array("i", [p for _, p in finite]),
            [pair for pair in valued if not math.isfinite(pair[0])])
    values, positions, unbounded = table
    found: set[int] = set()
    for number, _ in numbers:
        # An infinite value is within 0.05% of anything (values_equal): those are read
        # one by one, as NaN would unsort the rest.
        found.update(p for value, p in unbounded if values_equal(value, number))
        if math.isfinite(number):
            # values_equal allows 0.05% of the larger value: 0.1% of this one holds every
            # match.
            slack = abs(number) * 0.001
            span = range(bisect_left(values, number - slack), bisect_right(values, number + slack))
        else:
            span = range(len(values))
        found.update(positions[k] for k in span if values_equal(values[k], number))
    return found


class _Weighing(NamedTuple):
    """How much each word of the question counts, and all of them together."""

    weights: dict[str, float]
    latin: list[str]  # the words weighed one by one (Chinese is weighed by character)
    char_weights: dict[int, float]
    everyday_chars: dict[int, float]
    intent_weight: float
    figure_weight: float
    telling_figure: bool
    total: float


def _weigh(index: Index, query: Query) -> _Weighing:
    """Each word's weight, the question words' and a typed figure's, and their sum."""
    weights = {term: _term_weight(index, query, term) for term in query.terms}
    latin = [t for t in query.terms if t not in query.forms and not has_cjk(t)]
    char_weights, everyday_chars = _char_weights(index, query)
    # With an entity named, the question words are evidence too: "Where is the Shanghai
    # Center?" is answered by the centre's location even though no other word matches.
    intent_weight = index.max_idf * 0.5 if query.intent and query.entities else 0.0
    # "港科大的一千七百四十七是指什么": a figure typed to be looked up is a word of the
    # question that the claims holding that value hold (in digits it is one already).
    # A figure of 1,000 or more, or with a unit, is no "top 50" saying which thing is asked.
    telling_figure = any(abs(number) >= 1000 or unit for number, unit in query.numbers)
    figure_weight = index.max_idf if telling_figure and query.intent in {None, "what"} \
        and not query.checking and not any(t[:1].isdigit() for t in query.terms) else 0.0
    total = sum(weights[t] for t in latin) + sum(char_weights.values()) + intent_weight \
        + figure_weight
    return _Weighing(weights, latin, char_weights, everyday_chars, intent_weight, figure_weight,
                     telling_figure, total)


def score_candidates(index: Index, query: Query) -> list[Scored]:
    """Every candidate claim with its score parts, best first."""
    naming = _claims_naming_people(index, query)
    positions = _candidates(index, query, naming)
    if query.numbers and not query.entities:
        positions = sorted(set(positions) | _claims_valued(index, query.numbers))
    if not positions:
        return []
    weighing = _weigh(index, query)
    # Only the candidates' holdings matter; a term's postings at 100,000 claims can run to tens
    # of thousands of claims no candidate is.
    reachable = set(positions)
    holders = {term: held_among(reachable, index.postings.get(term, ())) for term in query.terms}
    held_elsewhere = {term: len(index.postings.get(term, ())) - len(holders[term])
                      for term in query.terms}
    unit_holders = {term: holders.get(term) or held_among(reachable, index.postings.get(term, ()))
                    for term, _ in query.cjk_units}
    positions = _prune(index, query, positions, holders, weighing.weights,
                       weighing.intent_weight)
    _widen_holders(index, query, positions, holders, unit_holders)
    rows = _covered(index, query, positions, weighing, holders, unit_holders)
    fuzzy_scores = _fuzzy_scores(index, query, positions, rows)
    # What is asked is read from the holders as widened: a list of names holds "organisations".
    asked = asked_for(index, query, positions, holders, held_elsewhere)
    return _ranked(index, query, rows, fuzzy_scores, weighing, asked, holders, naming)


def _claims_naming_people(index: Index, query: Query) -> set[int]:
    """The claims naming a person the question names: "郭毅可向教育部代表團介紹了甚麼" is told
    by a claim of HKUST, which the question does not name. Not a name put to be checked in a
    role (主任是夏宝龙，对吗 asks nothing about him), nor a claim about another university
    than one the question names (夏寶龍有冇見埋港大代表團)."""
    if query.person_put is not None:
        return set()
    naming = claims_naming_people(index, query.folded, {
        *query.terms, *(unit for unit, _ in query.cjk_units)})
    for entity in query.entities:
        if naming and index.kb.entities[entity].kind == "university":
            naming &= query.related[entity]
    return naming


def _widen_holders(index: Index, query: Query, positions: list[int],
                   holders: dict[str, set[int]], unit_holders: dict[str, set[int]]) -> None:
    """Count as holding a word the claims that say it without writing it. The sets in
    `holders` and `unit_holders` may be shared between terms, so each is replaced by a new
    one, never changed in place."""
    candidates = set(positions)
    if query.intent in {"which", "who"}:
        # "Which two organisations set up the fund": a list of names is a list of the kind
        # asked for, though it seldom says "organisations".
        listed = {p for p in positions if isinstance(index.kb.claims[p].value, tuple)}
        for term in query.focus & KIND_WORDS:
            if holders.get(term, set()) & candidates or unit_holders.get(term, set()) & candidates:
                continue  # some candidate says it: let the word count as it stands
            holders[term] = holders.get(term, set()) | listed
            unit_holders[term] = unit_holders.get(term, set()) | listed
    if query.listed:
        # "Which two organisations": a list of two names says "two" without the word.
        of_that_many = {p for p in positions if isinstance(index.kb.claims[p].value, tuple)
                        and len(index.kb.claims[p].value) == query.listed}
        for term in query.terms:
            if term in number_word_stems():
                holders[term] = holders.get(term, set()) | of_that_many
    if query.intent == "when" and query.focus & _TIME_WORDS:
        # "In which month and year did it open": a date is a month and a year, though the
        # claim seldom says so.
        dated = {p for p in positions if index.kb.claims[p].unit == "date"}
        for term in query.focus & _TIME_WORDS:
            holders[term] = holders.get(term, set()) | dated
    _credit_entity_names(index, query, positions, holders, unit_holders)


class _Row(NamedTuple):
    """A candidate with what it covers of the question, before the other parts are scored."""

    position: int
    claim: Claim
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    coverage: float
    specificity: float
    intent: float


def _covered(index: Index, query: Query, positions: list[int], weighing: _Weighing,
             holders: dict[str, set[int]], unit_holders: dict[str, set[int]]) -> list[_Row]:
    """Each candidate's coverage of the question's words, its specificity and intent fit."""
    # Everyday words count less when a claim lacks them, except one that names what is asked
    # ("what is the land *area*"): that one counts in full.
    softened = [(term, weighing.weights[term] * share) for term in weighing.latin
                if (share := _free_share(query, term))]
    evidence = _Evidence(query, weighing.latin, weighing.weights, weighing.char_weights,
                         weighing.everyday_chars, softened)
    held = evidence.holdings(positions, set(positions), holders, unit_holders)
    only_everyday = all(term in query.general or term in query.optional for term in query.terms)
    fits = _intent_fits(index, query.intent) if query.intent else {}
    listed = counted_nouns(query) if query.intent == "count" else set()
    rows = []
    for position in positions:
        claim = index.kb.claims[position]
        matched, missing, matched_weight, soft_missing = held[position]
        if weighing.figure_weight and _value_matches(claim, query.numbers):
            matched_weight += weighing.figure_weight
        intent = _intent_fit(fits, position, claim, query.intent) if query.intent else 0.0
        if not intent and query.intent == "count" and (
                told_in_words(query, claim, matched)
                or (isinstance(claim.value, tuple) and listed & index.count_terms(claim)
                    and float(len(claim.value)) in index.numbers_in(position))):
            # "How many cities does the GBA cover": a list of its cities that says how many
            # it holds (共11個城市) counts them; a list of some ("countries including …") not.
            intent = _MEASURE_IN_WORDS_FIT
        # The kind of answer counts as evidence beside a matched word, or when the question
        # has nothing but everyday words besides its names ("What does X mainly work on?").
        if intent >= 0.7 and (matched or only_everyday):
            matched_weight += weighing.intent_weight
        denominator = weighing.total - soft_missing
        coverage = min(1.0, matched_weight / denominator) if denominator > 0 else 0.0
        specificity = matched_weight / (index.claim_weights[position] or 1.0)
        rows.append(_Row(position, claim, matched, missing, coverage, specificity, intent))
    return rows


def _fuzzy_scores(index: Index, query: Query, positions: list[int],
                  rows: list[_Row]) -> dict[int, float]:
    """How like each statement the question reads, for the best-covered candidates."""
    fuzzy_scores = dict.fromkeys(positions, 0.0)
    # Statements are matched as written, so the question's words are too (not their concepts).
    # Only the best-covered candidates are compared: fuzzy likeness weighs too little to lift
    # a claim that covers far less of the question.
    if query.typed:
        from rapidfuzz import fuzz, process

        leaders = sorted(rows, key=lambda row: -row.coverage)[:_FUZZY_SHORTLIST]
        choices = {row.position: index.statement_terms[row.position] for row in leaders}
        for _, score, position in process.extract(query.typed, choices,
                                                  scorer=fuzz.token_set_ratio, limit=None):
            fuzzy_scores[position] = score / 100
    return fuzzy_scores


def _ranked(index: Index, query: Query, rows: list[_Row], fuzzy_scores: dict[int, float],
            weighing: _Weighing, asked: Asked, holders: dict[str, set[int]],
            naming: set[int]) -> list[Scored]:
    """The candidates' parts added up, weighed by how well each fits what is asked."""
    top_specificity = max((row.specificity for row in rows), default=0.0) or 1.0
    scored: list[tuple[tuple[float, int], Scored]] = []
    metric_fits: dict[str, tuple[float, float]] = {}
    # A metric whose names hold none of the question's terms fits it not at all.
    named = _metrics_naming(index, query.all_terms | query.focus)
    # "653,000 square metres refers to which facility": a figure no one would use to say which
    # thing is asked (as "top 50" does) is itself looked up.
    # "Which frontier fields is the HK$3bn for" asks for fields: the figure says which sum.
    looked_up = query.intent == "which" and weighing.telling_figure \
        and not query.all_terms & LISTED_KINDS
    w = _SCORE_WEIGHTS
    words_said = asks_words_said(query.folded)
    for position, claim, matched, missing, coverage, specificity, intent in rows:
        if claim.metric not in metric_fits:
            forms = index.metric_terms.get(claim.metric, []) if claim.metric in named else []
            metric_fits[claim.metric] = (
                _metric_match(forms, query.all_terms),
                1.0 if any(term in form for form in forms for term in query.focus) else 0.0)
        metric, focus = metric_fits[claim.metric]
        entity = 1.0 if claim.entity in query.entities else (0.5 if query.entities else 0.0)
        # A number beside question words describes what is asked ("top 50"), it is not the
        # answer; a bare number ("1747") is looked up as a value.
        value = (0.3 if query.intent not in {None, "what"} and not looked_up else 1.0) \
            if _value_matches(claim, query.numbers) else 0.0
        if value and query.checking and query.years \
                and not speaks_for(index, claim, query.years, query.periods):
            # "Was HKUST 2nd in the 2024 table?": the figure checked is the 2024 one, whatever
            # the 2023 table said; another year's equal value proves nothing.
            value = 0.0
        if value and query.checking and claim.unit == "rank" and asked.regions_named \
                and not any(region in claim.metric for region in asked.regions_named):
            # "是亞洲第四嗎": nor does an equal place in another region's table.
            value = 0.0
        bearing = _bearing(query, asked, position, claim, value, naming)
        if not query.terms and not query.entities:
            coverage = 1.0 if value else 0.0
        total = (w["coverage"] * coverage + w["fuzzy"] * fuzzy_scores[position]
                 + w["metric"] * metric + w["entity"] * entity + w["intent"] * intent
                 + w["specificity"] * specificity / top_specificity + w["value"] * value
                 + w["focus"] * focus)
        if query.intent and not value:
            total *= 0.7 + 0.3 * intent
        fit = mismatch(index, query, asked, position, claim, holders, value, intent, metric)
        total *= fit
        total *= bearing
        if (asked.subject or len(query.entities) == 1) and position not in asked.own_claims:
            # "Inspur 同科大合作做啲咩": the claim about Inspur, not the list naming it; "who
            # spoke for the government at the opening": the government's own claim, not the
            # course's list of speakers.
            total *= _MENTION_ONLY_SHARE
        if words_said and _names_people(index, claim):
            # "What did Sherif Sedky say in his speech?": a claim naming who spoke, or who
            # holds an office, says nothing of what was said.
            total *= _WHO_NOT_WHAT_SAID_SHARE
        parts = ScoreParts(coverage, fuzzy_scores[position], metric, entity, intent,
                           specificity / top_specificity, value, round(total, 4),
                           matched, missing, focus, bearing, fit)
        scored.append(((-parts.total, position), Scored(claim, parts)))
    # Ties keep file order; a claim's position is its place in the file (ids are unique).
    scored.sort(key=itemgetter(0))
    return [entry for _, entry in scored]


def _bearing(query: Query, asked: Asked, position: int, claim: Claim, value: float,
             naming: set[int]) -> float:
    """How far the organisations the question names bear on the claim, 0..1."""
    if not query.entities:
        # The raises below never take a bearing past 1 (both are 0.9).
        return 1.0
    # Every organisation the question names must bear on the claim: "PolyU's QS ranking"
    # is not answered by a claim about the QS table that never mentions PolyU.
    # "Did PolyU team up with Sun Yat-sen University to build it?": the list of its partners
    # answers, whether or not it names the university checked.
    bearing = sum(1.0 if position in query.related[e]
                  else _LINKED_BEARING if position in query.linked[e]
                  or (e in query.member_entities and lists_members(query, claim)) else 0.0
                  for e in query.entities) / len(query.entities)
    if asked.subject and position in asked.own_claims:
        # A claim about the body the question is most about ("the head of the Egyptian
        # Space Agency at the opening at HKUST") need not name the others it mentions.
        bearing = max(bearing, _SUBJECT_BEARING)
    if position in naming:
        # The claim naming a person the question names tells what he did, though it names
        # another body than the one he spoke to (HKUST, not the ministry).
        bearing = max(bearing, _LINKED_BEARING)
    if value == 1.0 and bearing < _LINKED_BEARING and not query.yes_no and (
            claim.entity in query.entities or position in query.related.get(claim.entity, ())):
        # "What does the 416 on PolyU's Greater Bay Area page count": the figure looked up
        # says which claim is meant; the other names may only say where it was read.
        bearing = _LINKED_BEARING
    return bearing


# What a candidate holds of the question: the terms it matches and lacks, the weight of those
# it matches, and the weight of the everyday words it lacks at no cost.
_Held = tuple[tuple[str, ...], tuple[str, ...], float, float]


class _Evidence:
    """What each candidate holds of one question's terms, read once per set of terms held: of
    a question's few dozen candidates most hold the same few terms, and reading the terms one
    by one for each candidate was a tenth of a question's time. The sums are taken in the
    order the terms come in, so that each candidate's weights are the same to the last bit."""

    def __init__(self, query: Query, latin: list[str], weights: dict[str, float],
                 char_weights: dict[int, float], everyday_chars: dict[int, float],
                 softened: list[tuple[str, float]]) -> None:
        self._terms = query.terms
        self._units = query.cjk_units
        self._bits: dict[str, int] = {}
        for term in query.terms:
            self._bits.setdefault(term, 1 << len(self._bits))
        self._latin = [(self._bits[term], weights[term]) for term in latin]
        self._softened = [(self._bits[term], share) for term, share in softened]
        self._char_weights = char_weights
        self._everyday_chars = everyday_chars
        self._seen: dict[tuple[int, int], _Held] = {}

    def holdings(self, positions: list[int], candidates: set[int],
                 holders: dict[str, set[int]],
                 unit_holders: dict[str, set[int]]) -> dict[int, _Held]:
        """Each candidate's terms matched and lacked, matched weight and everyday weight lacked."""
        terms = dict.fromkeys(positions, 0)
        for term, bit in self._bits.items():
            for position in holders[term] & candidates:
                terms[position] |= bit
        units = dict.fromkeys(positions, 0)
        for number, (term, _) in enumerate(self._units):
            for position in unit_holders[term] & candidates:
                units[position] |= 1 << number
        seen, held = self._seen, self._held  # a reading is never empty: `or` means not yet seen
        return {position: seen.get((terms[position], units[position]))
                or held(terms[position], units[position]) for position in positions}

    def _held(self, terms: int, units: int) -> _Held:
        found = self._seen.get((terms, units))
        if found is not None:
            return found
        bits = self._bits
        matched = tuple(term for term in self._terms if terms & bits[term])
        missing = tuple(term for term in self._terms if not terms & bits[term])
        gain = 0.0
        for bit, weight in self._latin:
            if terms & bit:
                gain += weight
        spots: set[int] = set()
        for number, (_, unit_spots) in enumerate(self._units):
            if units >> number & 1:
                spots.update(unit_spots)
        char_weights = self._char_weights
        gain += sum(char_weights[spot] for spot in spots if spot in char_weights)
        soft_missing = sum(share for bit, share in self._softened if not terms & bit)
        soft_missing += sum(share for spot, share in self._everyday_chars.items()
                            if spot not in spots)
        self._seen[terms, units] = found = (matched, missing, gain, soft_missing)
        return found


def _metrics_naming(index: Index, terms: set[str]) -> set[str]:
    """The metrics one of whose names (in any language) holds one of the terms."""
    by_term = index.derived.get(("metrics by name term",))
    if by_term is None:
        by_term = {}
        for metric, forms in index.metric_terms.items():
            for term in {term for form in forms for term in form}:
                by_term.setdefault(term, set()).add(metric)
        index.derived[("metrics by name term",)] = by_term
    return set().union(*(by_term[term] for term in terms & by_term.keys()))


def _intent_fits(index: Index, intent: Intent) -> dict[int, float]:
    """intent_fit of each claim scored so far, by position, for one kind of question: a batch
    scores the same claims again and again, and reading a metric's patterns each time was a
    twentieth of a question's time."""
    key = ("intent fits", intent)
    fits = index.derived.get(key)
    if fits is None or len(fits) > _REMEMBERED_FITS:
        index.derived[key] = fits = {}
    return fits


def _intent_fit(fits: dict[int, float], position: int, claim: Claim, intent: Intent) -> float:
    fit = fits.get(position)
    if fit is None:
        fits[position] = fit = intent_fit(claim, intent)
    return fit


_REMEMBERED_FITS = 200_000  # a few MiB of floats, whatever the size of the knowledge base


def _metric_match(forms: list[list[str]], query_terms: set[str]) -> float:
    """How fully the question names the claim's metric, in its best-matching language."""
    # A form's terms are distinct (build.metric_name_terms): those the question holds are
    # counted by one set intersection, not a test each.
    return max((len(query_terms.intersection(form)) / len(form) for form in forms if form),
               default=0.0)


# "How tall can it be": a limit told in words answers, as a figure would, but less surely.
_MEASURE_IN_WORDS_FIT = 0.7
_SHORTLIST = 40
_FUZZY_SHORTLIST = 12
_SIBLING_MARGIN = 0.35  # candidates scored in full; the rest cannot catch up on matched weight
_TEXT_SIBLING_MARGIN = 0.1
_STATEMENT_SIBLING_SHARE = 0.5
_LINKED_BEARING = 0.9
_DATED_COVERAGE_SLACK = 0.05
_SUBJECT_BEARING = 0.9
_MENTION_ONLY_SHARE = 0.95
# What a claim naming people scores when the question asks what someone said.
_WHO_NOT_WHAT_SAID_SHARE = 0.6
# Measured over the twenty tuning sets: a best claim 0.04 under the threshold, with a runner-up
# under half its score and no figure typed, answered four more questions and declined none
# fewer.
_NEAR_MISS = 0.04
_CLEAR_LEAD = 0.5
# A list naming the member put to be checked goes first when it is among the next few and
# scores at least this share of the best (_naming_first).
_NAMING_RIVALS = 5
_NAMING_NEAR = 0.8
# Measured over all 116 sets: a best claim 0.02 under the threshold that no rule scaled down,
# with the runner-up under 0.8 of its score, answered 20 more questions right (2 of them in
# sets never tuned on) and 2 that were to be declined.
_HAIR_MISS = 0.02
_AHEAD_LEAD = 0.8
# A claim passing the threshold with half the question's words answers when it scores more
# than twice any other and none of the next four covers more (measured over every set: 0.4
# answered 'the land area of the AI park in Beijing', which the file does not give; a lead of
# 0.65, 'HKBF 嘅 fund manager 係邊個').
_FAR_AHEAD_COVERAGE = 0.5
_FAR_AHEAD_RIVALS = 4


def _prune(index: Index, query: Query, positions: list[int], holders: dict[str, set[int]],
           weights: dict[str, float], intent_weight: float) -> list[int]:
    """Keep the candidates with the most matched weight (plus a fitting answer kind or value)."""
    if len(positions) <= _SHORTLIST:
        return positions
    candidates = set(positions)
    rough = dict.fromkeys(positions, 0.0)
    for term, held in holders.items():
        for position in held & candidates:
            rough[position] += weights[term]
    if len(query.entities) > 1:
        # A claim about only some of the bodies named is scaled down by its bearing: of
        # claims holding the same words, those about all of them are kept.
        share = index.max_idf / len(query.entities)
        for entity in query.entities:
            for position in (query.related[entity] | query.linked[entity]) & candidates:
                rough[position] += share
    # Only a claim whose words alone come within the largest bonus of the shortlist's last
    # place can reach it, so only those are read (a large base reads claims lazily).
    bonus = (intent_weight if query.intent else 0.0) + (index.max_idf if query.numbers else 0.0)
    by_words = sorted(positions, key=rough.__getitem__, reverse=True)
    cutoff = rough[by_words[_SHORTLIST - 1]] - bonus
    # A claim is read only when its fit is not yet known or the question states a figure.
    fits = _intent_fits(index, query.intent) if query.intent else {}
    for position in by_words:
        if rough[position] < cutoff:
            break
        if not bonus:
            continue
        if query.intent:
            fit = fits.get(position)
            if fit is None:
                fit = _intent_fit(fits, position, index.kb.claims[position], query.intent)
            if fit >= 0.7:
                rough[position] += intent_weight
        if query.numbers and _value_matches(index.kb.claims[position], query.numbers):
            rough[position] += index.max_idf
    best = sorted(positions, key=rough.__getitem__, reverse=True)[:_SHORTLIST]
    return sorted(best)


def speaks_for(index: Index, claim: Claim, years: list[int],
               periods: list[tuple[int, int]] | None = None) -> bool:
    """Whether the claim holds for a year the text names (a period must match as a whole)."""
    if periods:
        if claim.period is not None:
            span = (int(claim.period.start[:4]), int(claim.period.end[:4]))
            return span in periods
        return bool(claim.as_of) and any(a <= int(claim.as_of[:4]) <= b for a, b in periods)
    claim_years = index.claim_years[index.claim_positions[claim.id]]
    return any(year in claim_years for year in years)


def answer_question(index: Index, question: str, *, top: int = 1,
                    min_score: float = DEFAULT_MIN_SCORE, lang: Lang | None = None,
                    is_statement: bool = False) -> Answer | Decline:
    """The claim(s) that answer the question, newest value first, or a Decline with suggestions.

    A statement (for `check`) asks nothing: words like "aims" or "numbers" in it are not
    question words, so the kind of answer they would ask for is ignored.

    A claim framed to be checked ("Someone wrote that …. Can you confirm?") is read as put to
    be checked, every word of it counting; when no claim settles it so, it is read as the plain
    statement it frames, as the words a claim may say otherwise.
    """
    result = _answer(index, question, top, min_score, lang, is_statement, framing=True)
    if isinstance(result, Decline) and not is_statement \
            and without_check_framing(without_courtesies(question))[1]:
        plain = _answer(index, question, top, min_score, lang, is_statement, framing=False)
        if isinstance(plain, Answer):
            return plain
    if isinstance(result, Decline) and not is_statement and result.suggestions \
            and result.reason == _NOT_FOUND:
        # A chatty message read whole drowns its ask in the words around it; read down to the
        # ask, it may find its answer. It stands when the ask names what it is about and only
        # the asker's story was left out; otherwise it must be among the claims the whole
        # message ranks best, and one of those two must hold (a topic the file holds no name
        # for, 該浸沉式創業活動, is not left behind for a wider question). (A name the file does
        # not know declines the message however it is read: "聽說城大有一個血液檢測，…".)
        ask = the_ask(question, lambda clause: bool(parse_query(index, clause,
                                                                 whole=False).entities))
        if ask is not None:
            ask_text, of_the_asker = ask
            # (Answered in the message's language, not the ask's: "我在寫文章。HKUST GFA".)
            focused = _answer(index, ask_text, top, min_score, lang or result.lang,
                              is_statement, framing=True)
            near = {candidate.claim.id for candidate in result.suggestions}
            if isinstance(focused, Answer) and (
                    (focused.entities and of_the_asker)
                    or ((focused.entities or of_the_asker)
                        and focused.answers[0].claim.id in near)):
                return Answer(question, focused.lang, focused.answers, focused.entities,
                              focused.exit_code)
    return result


def _answer(index: Index, question: str, top: int, min_score: float, lang: Lang | None,
            is_statement: bool, *, framing: bool) -> Answer | Decline:
    answer_lang = lang or detect_lang(question)
    query = parse_query(index, question, framing=framing)
    also_answered: list[Scored] = []  # the other questions of a message asking several
    if is_statement:
        query.intent = None
    scored = score_candidates(index, query)
    if query.person_checked and not _says_who(index, scored, min_score):
        # "Is the president Peter Mathieson?", 培訓班係咪免費: read as a person put to be
        # checked, the question found no claim saying who holds a role; it is read as typed.
        undo_person_put(query)
        scored = score_candidates(index, query)
    if (query.member_checked or query.member_entities) and scored:
        if not _settles_member(index, query, scored[0].claim):
            # "Is DJI one of HKUST's unicorns?": no list of the kind answers, and the count
            # of them does not say; the name is read as typed (one no claim knows declines
            # the question).
            undo_member_put(query)
            scored = score_candidates(index, query)
        else:
            scored = _naming_first(index, query, scored)
    suggestions = tuple(scored[:3])
    if not scored:
        return Decline(question, answer_lang, "no claim matches the question", (),
                       tuple(query.entities))
    if query.unknown_names:
        names = ", ".join(query.unknown_names)
        return Decline(question, answer_lang, f"the knowledge file knows nothing of {names}",
                       suggestions, tuple(query.entities))
    if not is_statement:
        scored = _best_reading(index, query, scored, min_score)
        suggestions = tuple(scored[:3])
        if scored[0].parts.total < min_score \
                and not _clear_winner(scored, min_score, MIN_COVERAGE):
            query, scored, also_answered = _parts_answered(index, query, scored, min_score)
    best = scored[0]
    if is_statement:
        # A statement asks nothing, so it earns no question-word points: it is judged on its
        # own calibration (tests/questions/check_dev*.yaml).
        min_score, min_coverage = min(min_score, STATEMENT_MIN_SCORE), STATEMENT_MIN_COVERAGE
    else:
        min_coverage = MIN_COVERAGE
    # A figure, an ordinal or a year typed is a condition the claims meet or not: no leeway.
    typed_figures = query.numbers or query.ordinals or query.years
    if (best.parts.total < min_score
            and (typed_figures or not _clear_winner(scored, min_score, min_coverage))) \
            or (best.parts.coverage < min_coverage and not best.parts.value
                # (A year typed is judged below against the claims' dates; a figure or an
                # ordinal the best claim does not hold leaves no leeway.)
                and (query.numbers or query.ordinals or not _far_ahead(scored, min_score))):
        return Decline(question, answer_lang, _NOT_FOUND, suggestions,
                       tuple(query.entities))
    min_score = min(min_score, best.parts.total)
    if query.years:
        scored = _prefer_dated(index, scored, query, max(min_score, best.parts.total - 0.15),
                               {t for t in best.parts.matched_terms if not t.isdigit()},
                               best.parts.metric)
    totals = {s.claim.id: s.parts.total for s in scored}
    chosen: list[Scored] = []
    seen_groups: set[str] = set()
    for candidate in scored:
        if len(seen_groups) >= top:
            break
        key = index.group_key(candidate.claim)
        if key in seen_groups or candidate.parts.total < min_score:
            continue
        # Earlier and later values of the metric stand beside the answer only when they match
        # the question nearly as well: one metric may hold figures for different occasions.
        # Values at the same date are different facts (Europe's partners, Asia's), not
        # one figure over time; a named thing is the same thing over time only when it
        # matches as well as the answer does.
        margin = _SIBLING_MARGIN if candidate.claim.is_numeric else _TEXT_SIBLING_MARGIN
        # A statement is checked against every earlier value of its figure that speaks of
        # the same thing, however differently that claim is worded.
        floor = (candidate.parts.total * _STATEMENT_SIBLING_SHARE if is_statement
                 else candidate.parts.total - margin)
        group = [c for c in index.group_of(candidate.claim)
                 if c.id == candidate.claim.id
                 or (c.sort_date != candidate.claim.sort_date
                     and totals.get(c.id, 0.0) >= floor)]
        if query.years and not (query.checking and candidate.claim.unit == "date"):
            # (A date typed to be checked, "Did it open in September 2021?", is the value the
            # claim's own date corrects, not a time the question is limited to.)
            dated = [c for c in group if speaks_for(index, c, query.years, query.periods)]
            if not dated and not is_statement:
                if chosen:
                    continue
                nearest = sorted(group, key=lambda c: _year_distance(c, query.years))
                by_id = {s.claim.id: s for s in scored}
                return Decline(question, answer_lang,
                               "the knowledge file has no figure for "
                               + ", ".join(map(str, query.years)),
                               tuple(by_id.get(c.id, Scored(c, candidate.parts))
                                     for c in nearest[:3]),
                               tuple(query.entities))
            group = dated + [c for c in group if c not in dated]
        elif query.numbers:
            matching = [c for c in group if _value_matches(c, query.numbers)]
            group = matching + [c for c in group if c not in matching]
        elif query.member_checked or query.member_entities:
            # Of one metric's values, the one naming the member put to be checked first.
            naming = [c for c in group if _names_member(index, query, c)]
            group = naming + [c for c in group if c not in naming]
        seen_groups.add(key)
        first = group[0]
        chosen.append(Scored(first, candidate.parts, "answer"))
        chosen.extend(Scored(c, candidate.parts, "related") for c in group if c.id != first.id)
    given = {candidate.claim.id for candidate in chosen}
    chosen.extend(Scored(other.claim, other.parts, "answer") for other in also_answered
                  if other.claim.id not in given)
    return Answer(question, answer_lang, tuple(chosen), tuple(query.entities))


def _names_people(index: Index, claim: Claim) -> bool:
    """Whether the claim's value is a person, or a list of people (once a process a claim:
    a batch asks it of the same candidates question after question)."""
    key = ("names people", claim.id)
    found = index.derived.get(key)
    if found is None:
        values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
        found = index.derived[key] = bool(values) and all(
            isinstance(value, str) and names_a_person(index, fold_text(value))
            for value in values)
    return found


def _names_member(index: Index, query: Query, claim: Claim) -> bool:
    """Whether the claim names the body, place or field put to be checked as a member."""
    position = index.claim_positions[claim.id]
    return member_named(index, query, position, _holders_of(index, query, position))


def _settles_member(index: Index, query: Query, claim: Claim) -> bool:
    """Whether the claim confirms or corrects the member put to be checked."""
    position = index.claim_positions[claim.id]
    return settles_member(index, query, position, claim, _holders_of(index, query, position))


def _holders_of(index: Index, query: Query, position: int) -> dict[str, set[int]]:
    """The question's terms the claim holds, as score_candidates reads them, for one claim."""
    return {term: held_among({position}, index.postings.get(term, ())) for term in query.terms}


def _naming_first(index: Index, query: Query, scored: list[Scored]) -> list[Scored]:
    """A list naming the member put to be checked among its items, scoring near the best,
    before a best that leaves it out: "Did HKUST partner with Inspur?" is answered by the
    partners list that names Inspur (yes), not by a newer one of another occasion (no)."""
    best = scored[0]
    if _names_member(index, query, best.claim):
        return scored
    for at, candidate in enumerate(scored[1:_NAMING_RIVALS + 1], start=1):
        if candidate.parts.total < best.parts.total * _NAMING_NEAR:
            break
        if lists_members(query, candidate.claim) and _names_member(index, query, candidate.claim):
            return [candidate, *scored[:at], *scored[at + 1:]]
    return scored


def _says_who(index: Index, scored: list[Scored], min_score: float) -> bool:
    """Whether the best claim, near enough the threshold to answer, says who holds a role:
    its value is a person."""
    if not scored or scored[0].parts.total < min_score - _NEAR_MISS:
        return False
    value = scored[0].claim.value
    return isinstance(value, str) and names_a_person(index, fold_text(value))


def _best_reading(index: Index, query: Query, scored: list[Scored],
                  min_score: float) -> list[Scored]:
    """Of a message asking two things ("建築面積有幾大？喺邊度？"), the reading under which a
    claim answers best, when the one the question words lead with finds none that passes: a
    claim that answers one of the two is better than none. The claim must be among the three
    the leading reading ranks best too, so that a second question cannot bring up a claim
    that bears on nothing else the message says."""
    if scored and scored[0].parts.total >= min_score:
        return scored
    near = {candidate.claim.id for candidate in scored[:3]}
    best = scored
    leading = query.intent
    try:
        for intent in other_intents(query):
            query.intent = intent
            reading = score_candidates(index, query)
            if reading and reading[0].claim.id in near \
                    and (not best or reading[0].parts.total > best[0].parts.total):
                best = reading
    finally:
        # (Switched in place, not copied: the copy module costs a start-up on the ask path,
        # and the answer reports the question as it was read.)
        query.intent = leading
    return best


def _parts_answered(index: Index, query: Query, scored: list[Scored],
                    min_score: float) -> tuple[Query, list[Scored], list[Scored]]:
    """Of a message asking two things in one breath ("位於哪個城市，建築面積為何"), the parts a
    claim answers on their own, read alone (a part that names nothing is about what the
    message names): each half of the words dilutes the other's. The first part answered
    leads; the best claims of the others stand beside it. As for the second reading, each
    claim must be among the three the whole message ranks best."""
    near = {candidate.claim.id for candidate in scored[:3]}
    answered: list[tuple[Query, list[Scored]]] = []
    for part in question_parts(query.text):
        part_query = parse_query(index, part)
        if not part_query.entities and query.entities:
            # "建築面積為何" after "臨港實驗室位於哪個城市": the lab's, as named before.
            names = " ".join(index.kb.entities[entity].name.zh if has_cjk(part)
                             else index.kb.entities[entity].name.en
                             for entity in query.entities)
            part_query = parse_query(index, f"{names} {part}")
        if part_query.unknown_names or part_query.unknown_terms:
            continue  # a part asking what the file does not hold is declined with the whole
        if not part_query.years and query.years:
            # "科大2025年5月嗰1,800幾間初創，總經濟成效有幾多": the date holds for each part.
            part_query.years, part_query.periods = list(query.years), list(query.periods)
        reading = score_candidates(index, part_query)
        if reading and _answers_alone(reading[0], near, min_score) \
                and all(reading[0].claim.id != other[0].claim.id for _, other in answered):
            answered.append((part_query, reading))
    if not answered:
        return query, scored, []
    (lead_query, lead), others = answered[0], answered[1:]
    return lead_query, lead, [reading[0] for _, reading in others]


def _answers_alone(best: Scored, near: set[str], min_score: float) -> bool:
    """Whether a part's best claim answers it: fewer words make weaker evidence, so the part's
    own words must be found, nearly all, and the claim be among the whole message's best."""
    return best.claim.id in near and best.parts.total >= min_score \
        and bool(best.parts.matched_terms) and best.parts.coverage >= _PART_MIN_COVERAGE


def _clear_winner(scored: list[Scored], min_score: float, min_coverage: float) -> bool:
    """Whether the best claim, just short of the threshold, stands far above every other: one
    claim covering most of a question no other comes near (科大有冇驗血驗腦退化嘅技術) is the
    answer, though the question's own words (技術) are not all in it. A hair short of it, a
    clear lead is enough, unless a rule scaled the claim down for answering another question
    ("Has the government approved the sandbox?": the claim that it was proposed)."""
    return _stands_alone(scored, min_score - _NEAR_MISS, min_coverage) \
        or (scored[0].parts.fit == 1.0
            and _stands_alone(scored, min_score - _HAIR_MISS, min_coverage, _AHEAD_LEAD))


def _far_ahead(scored: list[Scored], min_score: float) -> bool:
    """Whether the best claim, passing the threshold though short of the coverage asked,
    stands so far above every other that nothing else the file holds comes near: the one
    claim about the first edition's venue answers 首屆…在哪個城市辦 though 辦 is not in it.
    (No other among the next few may cover more of the question: one that does, ranked lower
    only for the kind of answer, says the best lacks words a claim could hold.)"""
    best = scored[0].parts.coverage
    return _stands_alone(scored, min_score, _FAR_AHEAD_COVERAGE) \
        and all(other.parts.coverage <= best for other in scored[1:1 + _FAR_AHEAD_RIVALS])


def _stands_alone(scored: list[Scored], min_total: float, min_coverage: float,
                  lead: float = _CLEAR_LEAD) -> bool:
    best = scored[0].parts
    runner_up = scored[1].parts.total if len(scored) > 1 else 0.0
    return best.total >= min_total and best.coverage >= min_coverage \
        and runner_up < best.total * lead


def _prefer_dated(index: Index, scored: list[Scored], query: Query, floor: float,
                  needed: set[str], metric_floor: float) -> list[Scored]:
    """Among near-best candidates that match every word the best one matches (or nearly as
    much of the question), one whose metric has a figure for the asked year goes first."""
    coverage_floor = scored[0].parts.coverage - _DATED_COVERAGE_SLACK
    for candidate in scored:
        if candidate.parts.total < floor:
            break
        # It must match what the best one matches, or nearly as much of the question.
        matches = needed <= set(candidate.parts.matched_terms) \
            or candidate.parts.coverage >= coverage_floor
        if not matches or candidate.parts.metric < metric_floor:
            continue
        # The figure for that year must be one the answer would show beside this one.
        margin = _SIBLING_MARGIN if candidate.claim.is_numeric else _TEXT_SIBLING_MARGIN
        shown = {candidate.claim.id} | {s.claim.id for s in scored
                                        if s.parts.total >= candidate.parts.total - margin}
        if any(speaks_for(index, c, query.years, query.periods)
               for c in index.group_of(candidate.claim) if c.id in shown):
            return [candidate, *(s for s in scored if s is not candidate)]
    return scored


def _year_distance(claim: Claim, years: list[int]) -> int:
    if not claim.sort_date:
        return 10_000
    return min(abs(int(claim.sort_date[:4]) - year) for year in years)
