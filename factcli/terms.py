"""A question's content words: Chinese character pairs and units, words typed without a space,
the thing asked for and the nouns counted."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import PEOPLE
from factcli.lazyre import lazy
from factcli.lexicon import general_words
from factcli.naming import NAME_BREAKERS
from factcli.normalize import (
    GLUE_CHARS,
    HOW_MANY_ZH,
    LATIN_WORD_RE,
    MEASURE_WORDS_ZH,
    cjk_runs,
    concept,
    has_cjk,
    stem,
    strip_question_words,
    tokens,
)

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.query import Query


_FOCUS_EN_RE = lazy(r"\b(?:which|what(?:\s+(?:is|was|are|were)(?:\s+(?:the|its|their))?)?"
                    r"|how many|how much|number of)\s+((?:[a-z0-9]+\s+){0,3}[a-z0-9]+)")
_NUMBER_OF_RE = lazy(r"\b(?:number|count|amount|total) of\s+((?:[a-z0-9]+\s+){0,3}[a-z0-9]+)")
_FOCUS_STOP = frozenset("""
is are was were did does do has have had will would can could the a an of in on at
to for from by with that which who kind type sort it they this these those
spoke led met gave took made said held won ran began became saw went came chose wrote told
sat stood sent brought
""".split())  # noqa: SIM905 (word lists read better as text); the verbs end what is asked
# A Chinese question word that names what it asks after it (哪些, 邊兩個, 幾多個) …
_WHICH_OR_HOW_MANY_ZH = (r"(?:哪|边)(?:些|啲|几|两|[一二三四五六七八九十]+)?[" + MEASURE_WORDS_ZH
                         + r"层]?|" + HOW_MANY_ZH + r"[" + MEASURE_WORDS_ZH + r"层支]?")
# … in Chinese (哪些領域, and after 甚麼: 甚麼領域), or in English (幾多個 gold medal; 咩 before
# English is too often "what about": 咩 programme 同活動).
_FOCUS_ZH_RE = lazy(r"(?:" + _WHICH_OR_HOW_MANY_ZH + r"|什么|甚么|咩|乜嘢)([\u4e00-\u9fff]{2})")
_FOCUS_MIXED_RE = lazy(r"(?:" + _WHICH_OR_HOW_MANY_ZH + r") ?((?:[a-z]+ ){0,2}[a-z]+)")


def glued_words(index: Index, word: str) -> list[str]:
    """Two words the claims use, typed without the space between them, as terms; [] when the
    word splits into no such pair (the most even split wins)."""
    if not _GLUED_LENGTH <= len(word) <= _LONGEST_GLUED or not (word.isascii()
                                                                and word.isalpha()):
        return []
    splits = []
    for cut in range(3, len(word) - 2):
        halves = (word[:cut], word[cut:])
        # A question word or filler may be one of the two ("unicornsdoes"): it is no term.
        parts = [concept(stem(half)) or stem(half) for half in halves
                 if strip_question_words(half)]
        if parts and all(part in index.postings for part in parts):
            splits.append((min(cut, len(word) - cut), parts))
    return max(splits)[1] if splits else []


# Units a figure is measured in, which "how many … of" names before the thing measured.
_UNIT_WORDS = frozenset({"tonne", "tonnes", "ton", "tons", "kwh", "mwh", "gwh", "litre", "litres",
                         "liter", "liters", "kilogram", "kilograms", "kg", "square", "cubic",
                         "metre", "metres", "meter", "meters", "hectare", "hectares", "hour",
                         "hours"})


def focus_terms(folded: str, names: set[str]) -> set[str]:
    """The words that name what is asked for ("which organisations", 哪兩個機構, 幾多個學生);
    `names` are the stems of the words typed with a capital.

    They say what kind of answer fits: a claim whose metric they name ("how many prizes" →
    awards) gains a little, they tell what a "how many" question counts, and an everyday word
    among them is not discounted.
    """
    words: list[str] = []
    for found in _FOCUS_EN_RE.finditer(folded):
        asked = found.group(1)
        counted = _NUMBER_OF_RE.search(folded, found.start(1), found.end(1) + 40) \
            if " of " in folded else None
        if counted is not None and counted.start() < found.end(1):
            # "What was the record number of licence agreements": what is counted follows.
            asked = counted.group(1)
        measured = False
        for word in asked.split():
            if word in {"and", "or"}:
                continue  # "start-ups and innovation teams": both are asked for
            if word == "of" and measured:
                continue  # "how many tonnes of plastic": what is measured follows the unit
            if word in _FOCUS_STOP:
                break
            measured = word in _UNIT_WORDS
            words.append(stem(word))
    # A pair holding glue (在這, 做咩) names nothing, unless it is a word readers use for an idea
    # (方向: directions of work).
    words.extend(pair for pair in (_FOCUS_ZH_RE.findall(folded) if has_cjk(folded) else ())
                 if concept(pair) or not any(char in GLUE_CHARS for char in pair))
    if has_cjk(folded):
        # 攞咗幾多個 gold medal, 邊幾間 university: the English words after a Chinese question
        # word name what is asked, as after an English one (a name typed there, 邊間 HKUST
        # lab, is whose it is).
        for found in _FOCUS_MIXED_RE.finditer(folded):
            for word in found.group(1).split():
                if word in _FOCUS_STOP:
                    break
                if stem(word) not in names:
                    words.append(stem(word))
    deed = _ASKED_DEED_ZH_RE.search(folded) if has_cjk(folded) else None
    if deed and concept(stem(deed.group(1))):
        # 討論了甚麼, 傾咗啲咩: the deed the question ends on is what is asked about.
        words.append(stem(deed.group(1)))
    found = _ASKED_DEED_RE.match(folded)
    if found:
        # "What did Harry Shum pledge", "what did the head of the NHC urge HKUST to do": the
        # deed asked about is the first word after the doer (names, titles), when it names
        # an idea readers word in many ways.
        for word in found.group(1).split():
            term = stem(word)
            name = concept(term)
            if term in names or word in _DOER_GLUE or name in _TITLE_CONCEPTS:
                continue
            if name:
                words.append(name)
            break
    return {concept(word) or word for word in words}


_ASKED_DEED_RE = lazy(r"what (?:did|does|do|will|would|has|have|had) ((?:[a-z]+ ?){2,10})")
_ASKED_DEED_ZH_RE = lazy(r"([\u4e00-\u9fff]{2}|[a-z]{3,}) ?(?:了|咗)?(?:啲)?"
                         r"(?:什么|甚么|咩|乜嘢?)\W*$")
_DOER_GLUE = frozenset({"the", "its", "their", "of", "and", "for"})
_TITLE_CONCEPTS = frozenset({"~minister", "~lead", "~chair", "~deputy", "~expert", "~tutor",
                             "~member", "~delegate", "~guest", "~staff", "~faculty"})


def general_terms(content: str) -> set[str]:
    """The terms that are everyday words rather than subjects: a claim may phrase them otherwise.

    The word as typed is looked up, then named as the matcher names it (希望 → ~expect).
    """
    words = general_words()
    found = {stem(word) for word in LATIN_WORD_RE.findall(content) if word in words}
    for run in cjk_runs(content):
        # An everyday word of two to four characters (表示, 接下來) makes its pairs everyday.
        for size in (2, 3, 4):
            for i in range(len(run) - size + 1):
                if run[i:i + size] in words:
                    found.update(run[j:j + 2] for j in range(i, i + size - 1))
        # 搞 (Cantonese "do, run, set up") says little of what was done.
        found.update(_LIGHT_VERBS.intersection(run))
    return found | {name for name in map(concept, found) if name}


_LIGHT_VERBS = frozenset("搞")


def find_cjk_units(content: str) -> tuple[list[tuple[str, tuple[int, ...]]], set[int]]:
    """Chinese character pairs (or lone characters) with the character positions they cover,
    and the positions of glue characters (在, 同, 咗), which carry no content."""
    units: list[tuple[str, tuple[int, ...]]] = []
    glue: set[int] = set()
    offset = 0
    for run in cjk_runs(content):
        glue.update(offset + i for i, char in enumerate(run) if char in GLUE_CHARS)
        if len(run) == 1:
            units.append((concept(run) or run, (offset,)))
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            units.append((_pair_concept(pair) or pair, (offset + i, offset + i + 1)))
        offset += len(run)
    return units, glue


def bridging_pairs(index: Index, content: str) -> list[tuple[str, tuple[int, ...]]]:
    """Known words split by a question word ("用咗幾多水" leaves 用 … 水): the last character
    of one Chinese run and the first of the next, when together they are a word claims use
    and one of the runs is that lone character."""
    runs = cjk_runs(content)
    found = []
    offset = 0
    for before, after in pairwise(runs):
        offset += len(before)
        if len(before) > 1 and len(after) > 1:
            continue  # two words (東京 … 人口), not one split in two
        if (len(after) > 1 and _pair_known(index, after[:2])) \
                or (len(before) > 1 and _pair_known(index, before[-2:])):
            continue  # 辦 … 創業: the longer run's character starts (or ends) a word of its own
        term = before[-1] + after[0]
        pair = concept(term) or term
        if pair in index.postings:
            found.append((pair, (offset - 1, offset)))
    return found


_MEASURE_CHARS = frozenset("个间位名家所只条项座")
# Everyday words that end in 中 (其中大部分, 當中大多數): with 大 after them they name no 中大.
_ENDS_IN_ZHONG = frozenset({"其中", "当中", "之中", "集中", "心中", "期中", "空中", "初中", "高中"})


def _pair_known(index: Index, pair: str) -> bool:
    return (concept(pair) or pair) in index.postings


def ends_a_known_word(index: Index, content: str, pair: str) -> bool:
    """Whether the pair's first character ends a known word before it (培訓班|大概): then the
    pair straddles two words and names nothing."""
    at = content.find(pair)
    before = content[at - 1:at + 1] if at > 0 else ""
    # 個|城大: a measure word or a particle ends no word with the name's first character.
    if not before or before in _ENDS_IN_ZHONG:
        return bool(before)
    return before[0] not in GLUE_CHARS and before[0] not in _MEASURE_CHARS \
        and before[0] not in NAME_BREAKERS \
        and (before in index.postings or before in general_words())


def _pair_concept(pair: str) -> str | None:
    """The concept a Chinese pair names, or that its one content character names beside a
    glue character (先|完: ~end, 用|水: ~water)."""
    named = concept(pair)
    if named is None and pair[0] in GLUE_CHARS and pair[1] not in GLUE_CHARS:
        named = concept(pair[1])
    if named is None and pair[1] in GLUE_CHARS and pair[0] not in GLUE_CHARS:
        named = concept(pair[0])
    return named


def find_content_terms(index: Index, content: str, everyday: set[str]) -> list[tuple[str, str]]:
    """The question's terms (as typed, as matched), without pairs that straddle two known words."""
    raw = tokens(content)
    terms = [(_pair_concept(term) if has_cjk(term) and len(term) == 2 else concept(term)) or term
             for term in raw]
    known = {t for t in terms if t in index.postings}
    words = known | everyday
    # The characters of words the claims use or everyday words (打算): a pair of them and a
    # glue character (打算|在) is a seam.
    covered = {char for original, term in zip(raw, terms, strict=True)
               if has_cjk(original) and (term in known or original in words) for char in original}
    kept = []
    overlaps = _overlaps(raw, content)
    for at, (original, term) in enumerate(zip(raw, terms, strict=True)):
        if has_cjk(term) and len(term) == 2 and term not in known and original not in words:
            if all(char in covered or char in GLUE_CHARS for char in term) \
                    or _joins_two_words(overlaps, terms, words, at):
                continue
            lone = _lone_end(raw, overlaps, terms, words, at)
            if lone:
                # 人員|談: the word and a last character that names a concept on its own.
                kept.append((lone, concept(lone) or lone))
                continue
        if has_cjk(term) and len(term) == 1 and term in GLUE_CHARS:
            continue
        kept.append((original, term))
    return kept


def joined_split_words(index: Index, content_terms: list[tuple[str, str]]
                       ) -> list[tuple[str, str]]:
    """Two words the claims never use that make one they use when joined ("zhou tian hua":
    Tianhua, a given name typed a syllable at a time), as that word; not after a third word
    they never use ("Chan Yuk Lin": a surname the claims do not write is another person)."""
    joined: list[tuple[str, str]] = []
    at = 0
    while at < len(content_terms):
        original, term = content_terms[at]
        before = content_terms[at - 1] if at else None
        after_unknown = before is not None and before[0].isascii() and before[0].isalpha() \
            and before[1] not in index.postings
        if at + 1 < len(content_terms) and original.isascii() and original.isalpha() \
                and term not in index.postings and not after_unknown:
            following, next_term = content_terms[at + 1]
            whole = stem(original + following)
            if following.isascii() and following.isalpha() \
                    and next_term not in index.postings and whole in index.postings:
                joined.append((original + following, whole))
                at += 2
                continue
        joined.append((original, term))
        at += 1
    return joined


def _overlaps(raw: list[str], content: str) -> list[bool]:
    """For each term, whether it is a Chinese pair overlapping the one before it in the same
    run (施工, 工時): pairs of two runs that share a character (開幕禮 … 禮堂) do not."""
    found = [False] * len(raw)
    cursor = 0
    previous = -2
    for at, term in enumerate(raw):
        if not (len(term) == 2 and has_cjk(term)):
            continue
        spot = content.find(term, cursor)
        if spot < 0:
            continue
        found[at] = spot == previous + 1 and at > 0
        previous, cursor = spot, spot + 1
    return found


def _joins_two_words(overlaps: list[bool], terms: list[str], words: set[str], at: int) -> bool:
    """Whether an unknown pair is the seam of two words (施工|時用, 辦法|減少, 接下來|在): one of
    its characters ends or starts a word beside it (known to the claims or everyday), the other
    belongs to the pair on its other side."""
    joined_before = overlaps[at]
    joined_after = at + 1 < len(overlaps) and overlaps[at + 1]
    return joined_before and joined_after and (terms[at - 1] in words or terms[at + 1] in words)


def _lone_end(raw: list[str], overlaps: list[bool], terms: list[str], words: set[str],
              at: int) -> str | None:
    """The last (or first) character of a run, when the pair it ends (starts) joins it to a
    word and the character alone names a concept (人員|談: ~discuss)."""
    pair = raw[at]
    joined_before = overlaps[at]
    joined_after = at + 1 < len(overlaps) and overlaps[at + 1]
    if joined_before and not joined_after and terms[at - 1] in words and concept(pair[1]):
        return pair[1]
    if joined_after and not joined_before and terms[at + 1] in words and concept(pair[0]):
        return pair[0]
    return None


_GLUED_LENGTH = 7
# Two words typed without the space are no longer than this: a longer run is read as typed
# (each split costs two stems; 60,000 letters would take a minute).
_LONGEST_GLUED = 30


def counted_things(index: Index, query: Query) -> set[str]:
    """The things a 'how many' question counts, when they are things some claim counts.

    In Chinese only a noun that ends the question is read (理大有幾多個學生): inside a longer
    phrase the first two characters are seldom its head (多少个学生交流计划伙伴).
    """
    countable = index.countable_terms
    return {term for term in counted_nouns(query) if term in countable or term in PEOPLE}


def counted_nouns(query: Query) -> set[str]:
    """The nouns a 'how many' question counts ("how many cities", 多少個城市), whether or not
    any claim counts them."""
    english = _FOCUS_EN_RE.search(query.folded) is not None
    focus = set(query.focus) if english else {
        concept(pair) or pair for pair in (*_COUNTED_ZH_RE.findall(query.folded),
                                           *_COUNTED_OWNER_ZH_RE.findall(query.folded))}
    if not english and _PEOPLE_COUNTED_RE.search(query.folded):
        focus.add("人")  # 多少名, 幾多位: the measure word counts people, whatever follows
    if not english and _TEAMS_COUNTED_RE.search(query.folded):
        focus.add("~team")  # 幾多隊: the measure word counts teams
    return focus


_COUNTED_ZH_RE = lazy(HOW_MANY_ZH + r"[" + MEASURE_WORDS_ZH + r"层份]?"
                      r"([\u4e00-\u9fff]{2})(?:呢|啊|呀|㗎|嘅|啦)?$")
# 幾多個國家嘅學員: the measure word counts the noun it stands before, whose people follow.
# (Only a place or a body is such a noun: 幾多個本地嘅教授 counts professors.)
_COUNTED_OWNER_ZH_RE = lazy(HOW_MANY_ZH + r"[个间所家]"
                            r"(国家|地区|城市|大学|院校|高校|机构|学校|公司)(?=[嘅的](?:学员|学生|代表|人|员工|教授|成员|参加者|参与者|嘉宾))")
_PEOPLE_COUNTED_RE = lazy(HOW_MANY_ZH + r"[名位]")
_TEAMS_COUNTED_RE = lazy(HOW_MANY_ZH + r"[队支]")


def straddles(index: Index, folded: str, pair: str) -> bool:
    """Whether a Chinese pair no claim holds is cut across two words (科大人創立: 人創, beside
    創立; 科大人搞嘅: 人搞, holding the glue of 搞): no word of the question, only an accident
    of reading it by pairs."""
    if pair in index.postings:
        return False
    if any(char in GLUE_CHARS for char in pair):
        return True
    at = folded.find(pair)
    while at >= 0:
        for neighbour in (folded[at - 1:at + 1] if at else "", folded[at + 1:at + 3]):
            # A word of the language or an idea, not any pair the claims hold (their pairs
            # cross word boundaries too).
            if len(neighbour) == 2 and (concept(neighbour) or neighbour in general_words()):
                return True
        at = folded.find(pair, at + 1)
    return False
