"""A question taken apart: the bodies it names, its terms, figures, dates and what it asks for."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import PEOPLE, held_among
from factcli.lazyre import lazy
from factcli.lexicon import english_words, general_words, homophones
from factcli.normalize import (
    Intent,
    cjk_runs,
    compact,
    concept,
    expand_abbreviations,
    filler_stems,
    fold_text,
    has_cjk,
    mend_question_words,
    question_intent,
    stem,
    strip_question_words,
    tokens,
    with_doubled_letter_once,
)
from factcli.numbers import CURRENCY_WORD_RE, Found, find_quantities, find_years
from factcli.structs import dataclass, field

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.index import Index
# Bounded by what is not a Latin letter: "CUHK嘅" names CUHK though no word boundary follows.
_NAME_LIKE_RE = lazy(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]{2,})"
                     r"(?![A-Za-z0-9])")
# Hong Kong's other degree-awarding institutions, as readers type them in lower case ("cuhk
# rankings"): a question about one is about a body the knowledge file may not hold.
_OTHER_INSTITUTIONS = frozenset({
    "cuhk", "cityu", "hkbu", "lingu", "lingnan", "eduhk", "hkmu", "ouhk", "hsuhk", "hkapa",
    "hksyu", "vtc", "thei", "chcc", "cihe", "twc", "hkcc", "umac"})
# Their short Chinese names, which other words contain too (中大 in 集中大量 is rare in a
# question, and the knowledge file's own pairs may hold them): read as names, not as pairs.
_OTHER_INSTITUTIONS_ZH = ("中大", "城大", "浸大", "岭大", "教大", "都大", "树仁", "恒大")
# Characters that make …大 a word, not a university's short name: 其他大學 (other
# universities), 各大, 最大, 更大, 巨大, 擴大, 大唔大. (加大 is the University of California.)
_NOT_A_NAME_BEFORE_BIG = frozenset("他各最更很好太极较超巨偌扩放强伟庞宏远盛壮唔不")


@dataclass(slots=True)
class Query:
    """A question taken apart: its entities, content terms, numbers and years."""

    text: str
    folded: str
    entities: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    unknown_terms: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    numbers: list[tuple[float, str | None]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)
    intent: Intent | None = None
    forms: dict[str, str] = field(default_factory=dict)  # concept term → the Chinese pair typed
    all_terms: set[str] = field(default_factory=set)
    related: dict[str, set[int]] = field(default_factory=dict)
    linked: dict[str, set[int]] = field(default_factory=dict)
    focus: set[str] = field(default_factory=set)  # what is asked for: "which *organisations*"
    general: set[str] = field(default_factory=set)  # everyday words: keep, 稱讚
    # Words that only set the scene ("For a story on climate pledges: …"): a claim holding
    # them gains, one lacking them loses nothing.
    optional: set[str] = field(default_factory=set)
    # Of those, the words of whole sentences that ask nothing ("Hi, I'm a student writing a
    # feature on …"): a claim holding them gains less, as they may be about anything.
    scene: set[str] = field(default_factory=set)
    # Chinese text is judged by the characters the claim covers, so that the pairs that
    # straddle two words (面積|加 gives 積加) neither count against a claim nor for one.
    cjk_units: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    cjk_glue: set[int] = field(default_factory=set)
    # The words of a place put to be checked ("held in Shanghai?"): only a claim that says
    # where may lack them.
    place_checked: set[str] = field(default_factory=set)
    typed: str = ""  # the content terms as typed (stems and pairs, before concepts)
    listed: int | None = None  # how many things a "which eight …" question asks to be named
    capitalised: set[str] = field(default_factory=set)  # English words written as names
    ordinals: list[tuple[float, str | None]] = field(default_factory=list)
    yes_no: bool = False  # "Is PolyU part of …?", 理大係咪成員: whether, not what
    checking: bool = False  # "Is it true …", "can you confirm …": a figure typed to be checked


# 深科技是指甚麼, 甚麼是深科技, 即係乜嘢嚟, 何謂: what a word means is asked.
_MEANING_ASKED_ZH_RE = lazy(r"(?:是指|系指|指的是|即系|即是|(?<![是系])指)(?:什么|甚么|咩|乜嘢?|啥)"
                            r"|^(?:什么|甚么|咩|乜嘢?|啥)(?:是|系)|何谓"
                            r"|(?:系|是)(?:咩|乜嘢?)(?:嚟|来)|(?:什么|甚么|咩|乜嘢?|啥)意思")
_RANK_VERBS = frozenset({"~land", "stand", "~end", "come", "sit"})
# Words of possession that may stand inside a Chinese name (港大嘅創新中心, 港大個中心).
_POSSESSIVES = ("的", "嘅", "个", "之")
_POSSESSIVE_ZH_RE = lazy("[ " + "".join(_POSSESSIVES) + "]")
_ALIAS_GAP = "(?:" + "|".join((" ", *_POSSESSIVES)) + ")?"


def detect_entities(index: Index, folded: str,
                    lower_case: frozenset[str] = frozenset()) -> tuple[list[str], str]:
    """Entities named in folded text (longest alias first, typo-tolerant) and the text left over.

    A one-word name that is also an English word names the body only when not typed in lower
    case (`lower_case` lists the words that were): "MUST", not "results must complete".
    """
    found: list[str] = []
    if not folded.isascii():
        # 科大同alibaba cloud: a name in Latin letters typed against Chinese is a word of its own.
        folded = _SCRIPT_SEAM_RE.sub(" ", folded)
    words = folded.split()
    ascii_words = [w if not has_cjk(w) else "" for w in words]
    used = [False] * len(words)
    _exact_aliases(index, words, ascii_words, used, found, (8, 7, 6, 5, 4, 3, 2))
    # Before one-word names are taken: "Kellog HKUST EMBA" is one name typed with a slip.
    _multiword_slips(index, words, ascii_words, used, found)
    names = [w if not (w in lower_case and w in english_words()) else "" for w in ascii_words]
    _exact_aliases(index, words, names, used, found, (1,))
    rest = " ".join(w for w, u in zip(words, used, strict=True) if not u)
    squeezed = rest
    joined = _POSSESSIVE_ZH_RE.sub("", squeezed)
    for form in _cjk_aliases_starting_in(index, joined) if has_cjk(rest) else ():
        # A name may hold a possessive of its own (絲綢之路): it stands in the text as it is.
        if (form not in joined and form not in squeezed) or _inside_a_word(joined, form):
            continue
        # Folding turns brackets into spaces (港科大(广州) → 港科大 广州), and a possessive may
        # stand inside a name (港大嘅創新中心, 港大個創新中心): the alias may span either.
        if form in squeezed:
            found.append(index.aliases[form])
            squeezed = squeezed.replace(form, " ")
        else:
            spaced = _spaced_alias(form)
            if not spaced.search(squeezed):
                continue
            found.append(index.aliases[form])
            squeezed = spaced.sub(" ", squeezed)
        joined = _POSSESSIVE_ZH_RE.sub("", squeezed)
    if not found and has_cjk(squeezed):
        # 柯大, 香港苛技大學: a name with one character typed by sound (sought only when no
        # name is found as typed: a question seldom names two bodies and mistypes one).
        for form, entity_id in _sound_slipped_aliases(index, squeezed):
            found.append(entity_id)
            squeezed = squeezed.replace(form, " ")
    rest = squeezed
    leftover: list[str] = []
    for word in rest.split():
        if has_cjk(word) or len(word) < 4 or word in index.postings or stem(word) in index.postings:
            leftover.append(word)
            continue
        typo = None if word in english_words() else _closest_alias(index, word)
        if typo:
            found.append(typo)
        else:
            leftover.append(word)
    return list(dict.fromkeys(found)), " ".join(leftover)


_AFTER_EVENT_RE = lazy(r"([\u4e00-\u9fff]{2}) ?(?:之后|以后)")


def _unless_a_name(found: re.Match[str]) -> str:
    """An event before 之後 (建成之後) is dropped; a name (城大之後) is not an event, nor is a
    hope (部長希望科大之後…: what is hoped for follows)."""
    event = found.group(1)
    idea = concept(event)
    if idea == "~expect":
        return found.group()
    return " " if idea or event in general_words() else found.group()


_SCRIPT_SEAM_RE = lazy(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])")


def _sound_slipped_aliases(index: Index, text: str) -> list[tuple[str, str]]:
    """Chinese names in the text with one character replaced by a homophone (柯大 for 科大),
    as typed, with the entity each names: never a word of its own (可大 is no name)."""
    masked = _masked_aliases(index)
    found: list[tuple[str, str]] = []
    for run in cjk_runs(text):
        for size in _MASKED_SIZES:
            for start in range(len(run) - size + 1):
                window = run[start:start + size]
                if window in index.postings or window in general_words() \
                        or (size == 2 and _overlaps_a_word(run, start)):
                    continue
                for i, char in enumerate(window):
                    if char in _GLUE_CHARS or char in _COMMON_SOUNDALIKES:
                        continue
                    sounds = _sounds_like(char)
                    named = {entity for hidden, entity in masked.get(
                        window[:i] + "?" + window[i + 1:], ()) if hidden in sounds}
                    if len(named) == 1 and not named & {e for _, e in found}:
                        found.append((window, named.pop()))
    return found


_MASKED_SIZES = (8, 7, 6, 5, 4, 3, 2)  # names longer than eight characters are typed whole


@cache
def _sounds_like(char: str) -> frozenset[str]:
    return frozenset(homophones(char))


# Common characters that sound like a short name's (可 like 科, 里 like 理): typed on purpose.
_COMMON_SOUNDALIKES = frozenset("可克刻里利力立例")


def _overlaps_a_word(run: str, start: int) -> bool:
    """Whether a two-character window's first or last character makes an everyday word with
    its outer neighbour (努力|大, 利大|於): then the window is no short name."""
    pairs = (run[start - 1:start + 1] if start else "", run[start + 1:start + 3])
    return any(len(pair) == 2 and pair in general_words() for pair in pairs)


def _masked_aliases(index: Index) -> dict[str, set[tuple[str, str]]]:
    """Each Chinese alias with one character masked (?大 for 科大, 港大 …): the characters it
    hides, each with the entity it names."""
    masked = index.derived.get(("masked aliases",))
    if masked is None:
        masked = {}
        for form in index.cjk_aliases:
            if len(form) < 2 or not all("\u4e00" <= char <= "\u9fff" for char in form):
                continue
            for i, char in enumerate(form):
                masked.setdefault(form[:i] + "?" + form[i + 1:], set()).add(
                    (char, index.aliases[form]))
        index.derived[("masked aliases",)] = masked
    return masked


# 全港, 本港, 來港: 港 ends a word of its own there, so 全港大學 is every university in Hong Kong,
# not 港大 (HKU).
_BEFORE_GANG = frozenset("全本来访赴驻留抵离返旅")


def _inside_a_word(text: str, form: str) -> bool:
    """Whether every place the name stands in the text starts inside another word."""
    if form[0] != "港":
        return False
    at = text.find(form)
    while at != -1:
        if at == 0 or text[at - 1] not in _BEFORE_GANG:
            return False
        at = text.find(form, at + 1)
    return True


def _cjk_aliases_starting_in(index: Index, text: str) -> list[str]:
    """The Chinese aliases (longest first, as index.cjk_aliases) whose first character the text
    holds: taking names out of the text only removes characters, so no other alias can be
    found in it (at 100,000 claims there are thousands of aliases to try)."""
    by_first = index.derived.get(("cjk aliases by first character",))
    if by_first is None:
        by_first = {}
        for rank, form in enumerate(index.cjk_aliases):
            by_first.setdefault(form[0], []).append(rank)
        index.derived[("cjk aliases by first character",)] = by_first
    forms = index.cjk_aliases
    return [forms[rank] for rank in sorted(rank for char in set(text)
                                           for rank in by_first.get(char, ()))]


@lru_cache(maxsize=1 << 10)  # compiled once a form: re's own cache is often full by then
def _spaced_alias(form: str) -> re.Pattern[str]:
    """An alias with a space or a possessive allowed between its characters."""
    return re.compile(_ALIAS_GAP.join(map(re.escape, form)))


# Kinds of part a body may have: "HKU's centre", 港大個中心 name its one centre.
_PART_KINDS = (("centre", "center", "中心"), ("laboratory", "lab", "实验室"),
               ("institute", "研究院"), ("building", "大楼"))


def _part_by_kind(index: Index, entities: list[str], folded: str) -> list[str]:
    """The one part of a named body that the question names by its kind right after the
    body's name (港大個中心, "HKU's centre"), when the body has exactly one of that kind."""
    squeezed = folded.replace(" ", "")
    found = []
    for entity in entities:
        children = index.children.get(entity, ())
        if not children:
            continue
        aliases = [alias for alias in aliases_of(index, entity) if alias in squeezed]
        for kind in _PART_KINDS:
            if not any(alias + gap + word in squeezed for word in kind if word in squeezed
                       for alias in aliases for gap in ("", *_POSSESSIVES)):
                continue
            parts = [child for child in children
                     if any(word in compact(name) for word in kind
                            for name in index.kb.entities[child].names)]
            if len(parts) == 1 and parts[0] not in entities:
                found.append(parts[0])
    return found


def aliases_of(index: Index, entity_id: str) -> list[str]:
    """Every name form of an entity (once a process)."""
    key = ("aliases of", entity_id)
    found = index.derived.get(key)
    if found is None:
        found = [alias for alias, owner in index.aliases.items() if owner == entity_id]
        index.derived[key] = found
    return found


def _secondary_entity_terms(index: Index, entities: list[str]) -> list[str]:
    """When names are all a question says ("HKUST QS World University Rankings"), the names
    of all but the entity holding most claims say what is asked: their words become terms."""
    primary = max(entities, key=lambda e: len(index.entity_claims.get(e, ())))
    terms: list[str] = []
    for entity_id in entities:
        entity = index.kb.entities.get(entity_id)
        if entity_id == primary or entity is None:
            continue
        for word in tokens(fold_text(entity.name.en)):
            term = concept(word) or word
            if term in index.postings and term not in terms:
                terms.append(term)
    return terms


def _misspells_named_entity(index: Index, word: str, entities: list[str]) -> bool:
    """Whether the word is a slip of a word in the name of an entity the question names
    ('Kellog' in "Kellog HKUST EMBA"): then it names that entity, not an unknown one."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    words = {w for e in entities for w in index.name_words(e)}
    return process.extractOne(word, words, scorer=OSA.distance, score_cutoff=1) is not None


def _exact_aliases(index: Index, words: list[str], ascii_words: list[str], used: list[bool],
                   found: list[str], sizes: tuple[int, ...]) -> None:
    for size in sizes:
        for start in range(len(words) - size + 1):
            if any(used[start:start + size]) or not all(ascii_words[start:start + size]):
                continue
            entity_id = index.aliases.get("".join(words[start:start + size]))
            if entity_id:
                found.append(entity_id)
                used[start:start + size] = [True] * size


def _multiword_slips(index: Index, words: list[str], ascii_words: list[str], used: list[bool],
                     found: list[str]) -> None:
    """A name of two to eight words typed with slips ('Shenzen Univeristy', 'Hong Kong
    Univeristy of Science and Technology'): the words joined are at most two edits from an
    alias, and at least one of them is not a known word."""
    for size in (8, 7, 6, 5, 4, 3, 2):
        for start in range(len(words) - size + 1):
            window = words[start:start + size]
            if any(used[start:start + size]) or not all(ascii_words[start:start + size]) \
                    or _QUESTION_WORDS.intersection(window):
                continue  # no name holds "how", "does": a window with one is no name
            entity_id = _slip_of_alias(index, window)
            if entity_id:
                # A short name's words stay in the question, corrected one by one later: they
                # may say what is asked as well as whom it is about ("unicron day"); a name of
                # four words or more is only a name.
                found.append(entity_id)
                if size >= 4:
                    used[start:start + size] = [True] * size


def _slip_of_alias(index: Index, window: list[str]) -> str | None:
    """The entity whose alias the words joined are a slip of, if any."""
    # A batch meets the same runs of words again and again ("the Hong Kong University of"):
    # each is read once an index (a thirtieth of a question's time), the last few thousand.
    seen = index.derived.setdefault(("slips of aliases",), {})
    key = tuple(window)
    if key in seen:
        return seen[key]
    if len(seen) >= _REMEMBERED_WINDOWS:
        seen.clear()
    joined = "".join(window)
    entity_id = None
    if len(joined) >= 10 and joined not in index.aliases:
        # Two slips only where some word is unknown; known words allow one (Peng Chang).
        known = all(w in index.postings or stem(w) in index.postings
                    or w in english_words() for w in window)
        entity_id = _closest_alias(index, joined, 1 if known else 2)
    seen[key] = entity_id
    return entity_id


_REMEMBERED_WINDOWS = 1 << 15


# An auxiliary opening the question, a sentence of it ("Our copy says 1,800. Is that the right
# number?"), or what follows a dash or a colon ("HKUST's net-zero plan - is the target year
# 2050?").
_AUXILIARIES = "is|are|was|were|do|does|did|has|have|had|can|could|will|would|should"
_YES_NO_RE = lazy(r"(?i)(?:^\s*|\s[-–—:]\s+|[.!?]\s+)(?:" + _AUXILIARIES + r")\b")
# (Read on the question's last words only: a tag is short.)
_TAG_QUESTION_RE = lazy(
    r"(?i)(?:[,，]|\s[-–—])[ \t]*(?:correct|right|true|yes|no|accurate)[ \t]*[?？][ \t]*$"
    r"|(?:[,，]|\s[-–—]|\s)[ \t]*\b(?:right or wrong|true or false|am i right"
    r"|(?:" + _AUXILIARIES + r")(?:n'?t| not) (?:it|they|he|she|there|that)"
    r"(?: so)?|(?:is|was) (?:that|it|this) (?:right|correct|true|so|accurate))[ \t]*[?？][ \t]*$")
_TAG_SPAN = 60
# "PolyU had 461 agreements as of June 2019?": a statement with a question mark and no
# question word puts the statement to the reader to confirm.
_STATEMENT_ASKED_RE = lazy(r"^(?!\W*(?:\w+,\s*)?(?:" + _AUXILIARIES + r"|may|how|what|which"
                           r"|who|whom|whose|when|where|why|tell|give|show|list|name|find"
                           r"|explain|describe|please|let)\b)(?:\S+ +){4,}\S+ *[?？]\s*$",
                           re.IGNORECASE)
# A sentence ending inside it (". ") makes the question more than one statement.
_INNER_STOP_RE = lazy(r"[.!?]\s")
# A statement says something was or is so: it holds a verb ("PolyU had …", "funding rose").
_STATED_RE = lazy(r"(?i)\b(?:is|are|was|were|has|have|had|will|did|does|rose|fell|grew|won|ran"
                  r"|came|went|made|took|held|gave|met|led|got|set|began|became|spent|paid"
                  r"|sits?|[a-z]{3,}ed)\b")
_CHECKING_RE = lazy(r"\b(?:is it true|confirm|verify|really"
                    r"|(?:seen|read|heard) (?:it )?(?:quoted|said|reported))\b"
                    r"|是否属实|是不是真|系咪真|真系|真的")
_WILL_DO_RE = lazy(r"^what (?:will|would|are going to|is going to)(?: [a-z]+){1,8}? do\b")
# Only with nothing, or "together", between: 會主力做咩, 會用來做甚麼 ask a focus, a use.
_WILL_DO_ZH_RE = lazy(r"(?:会|将)(?:合作|一起|共同| )*[做搞](?:啲|些)?"
                      r"(?:咩嘢|乜嘢|咩|乜|什么|甚么)")
_YES_NO_ZH_RE = lazy("系咪|系唔系|是不是|是否|有冇|有没有|有无|会唔会|会不会|吗"
                     "|啱唔啱|对不对|冇错|没错|吧(?=\\W*$)")


_QUESTION_WORDS = frozenset("""
how many much what which who whom whose when where why does did do is are was were has have had
""".split())  # noqa: SIM905 (word lists read better as text)


def _closest_alias(index: Index, word: str, most: int = 2) -> str | None:
    """The one entity with an alias one slip away ('hksut', 'ployu', 'hkkust', 'hkst'), two
    for long words ('hust' is one slip from HKUST and from MUST: neither)."""
    # A batch meets the same words and word pairs again and again ("Tell me the …"): each is
    # looked up once an index (the search was a fifth of a question's time).
    key = ("closest alias", word, most)
    if key in index.derived:
        return index.derived[key]
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # A letter typed twice or left out (hkkust, hkst, pollyu) changes the length by one.
    slack = 2 if len(word) >= 8 else 1
    limit = min(most, 1 if len(word) < 8 else 2)
    by_length = index.latin_aliases_by_length
    forms = [form for size in range(len(word) - slack, len(word) + slack + 1)
             for form in by_length.get(size, ())]
    found = {index.aliases[form] for form, _, _ in process.extract(
        word, forms, scorer=OSA.distance, score_cutoff=limit, limit=None)}
    index.derived[key] = closest = found.pop() if len(found) == 1 else None
    return closest


# The capitalised words of questions (names, mostly) come back question after question; each
# is folded once (folding them was a fiftieth of a question's time).
_fold_name = lru_cache(maxsize=1 << 12)(fold_text)


def parse_query(index: Index, question: str, *, whole: bool = True) -> Query:
    """The question taken apart: entities, terms, intent, figures and dates asked about
    (whole: look for the sentences around the question that ask nothing)."""
    if "’" in question:
        question = question.replace("’", "'")  # "isn’t it?" is "isn't it?"
    question = _without_courtesies(question)
    query = _parse(index, question)
    pieces = _scene_and_ask(question) if whole else []
    if any(asks for _, asks in pieces) and not all(asks for _, asks in pieces):
        # "Hi, I'm a student writing a feature on campus sustainability. By what year …?
        # Thanks!": sentences that ask nothing say why the question is asked. Their words
        # may name what it is about (我係中學老師，想帶學生參觀港大。…), so they stay as words
        # a claim may hold but need not; a figure in them is not one asked about, nor a year
        # someone else is reported to give.
        asked_text = " ".join(text for text, asks in pieces if asks)
        asked = parse_query(index, asked_text, whole=False)
        first = next(at for at, (_, asks) in enumerate(pieces) if asks)
        refers_back = _REFERS_BACK_RE.search(asked_text) is not None
        if not _names_its_own(asked) and first > 0:
            # "I heard HKUST showed officials a blood test - what can it detect?": a question
            # that names nothing of its own asks about what was said just before it.
            # (What "it" refers to is then part of the question.)
            pieces[first - 1] = (pieces[first - 1][0], True)
            asked_text = " ".join(text for text, asks in pieces if asks)
            asked = parse_query(index, asked_text, whole=False)
            refers_back = False
        if _names_its_own(asked) and not all(asks for _, asks in pieces):
            context = [text for text, asks in pieces if not asks]
            _set_the_scene(query, asked, context, refers_back=refers_back)
            return query
    lead_in = _LEAD_IN_RE.match(question)
    if lead_in is not None and not _ASKING_RE.search(lead_in.group(1)) \
            and _ASKING_RE.search(question, lead_in.end()):
        # "For a story on climate pledges: by which year …", 撰寫環保專題：…: what comes before
        # the colon says why the question is asked. Its words may still name what it is about
        # (港大薄扶林用地的政策來源：…), so they stay, as words a claim may hold but need not;
        # the question after it says what is asked.
        _ask_only(query, _parse(index, question[lead_in.end():]), dates=False, figures=False)
        return query
    premise = _PREMISE_RE.match(question)
    if premise is not None and not _WH_RE.search(premise.group(1)) \
            and _WH_WORD_RE.search(question, premise.end()):
        # "Some sources say HKUST(GZ) opened in 2021. When did it officially open?": what
        # others say is the premise to check, not a condition: its years and figures are not
        # the ones asked for, and its words name what the question is about, as a lead-in's
        # do. What the reader says of themselves ("I'm preparing a briefing on …") sets the
        # scene too, but a year in it says which figure is meant ("Our graphic lists its QS
        # standing for 2016 — what number should it show?").
        reported = bool(_REPORTED_RE.search(premise.group(1)) or premise.group(2))
        if reported or _OF_THE_READER_RE.match(premise.group(1)):
            _ask_only(query, _parse(index, question[premise.end():]), dates=reported,
                      figures=reported)
            return query
    aside = _ASIDE_RE.search(question)
    if aside is not None:
        # "Besides Xia Baolong, which official …": the one set aside is no word the answer
        # must hold. (除咗…之外 is left alone: "除了開展科研項目之外，還會在哪些方面合作" is
        # answered by the claim that holds the projects too.)
        named = _parse(index, aside.group(1))
        query.optional.update(set(named.terms) | {term for term, _ in named.cjk_units})
    after = _AFTERWORD_RE.match(question)
    if after is not None and not _WH_RE.search(after.group(2)) \
            and _WH_WORD_RE.search(after.group(1)):
        # "理大一共有多少个科研项目？我在写一份报告。": a sentence after the question says why
        # it is asked, as a lead-in does; a year in it still says which figure is meant
        # ("…排第幾？泰晤士2024學科排名嗰個。").
        _ask_only(query, _parse(index, after.group(1)), dates=False, figures=False)
    return query


_ZH_GREETINGS = "你好|您好|哈囉|哈啰|哈佬"
# Greetings before the question and thanks after it ask nothing and name nothing. (A name
# after "Dear" may be a body asked about: "Dear HKUST, how many …".)
_GREETING_RE = lazy(
    r"(?i)^\s*(?:(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day))"
    r"(?: there| all| team| everyone)?|dear (?:all|team|colleagues|editor|sir(?: or madam)?"
    r"|madam))(?![\w'-])|" + _ZH_GREETINGS + r"|(?:早晨|早安|午安)(?=[,，!！。\s]))"
    r"\s*[,，.!！。]?\s*")
# Thanks close a sentence of their own ("… in 2023? Thanks a lot!"): "the letter of thanks"
# is a question's words.
_THANKS_RE = lazy(
    r"(?i)(?<=[?？.!！。,，~])\s*(?:(?:many )?thanks?(?: you)?(?: (?:so|very) much| a lot"
    r"| in advance)?|thx|ty|cheers|much appreciated|(?:i )?appreciate (?:it|your help)"
    r"|唔該(?:晒|哂|你)?|唔该(?:晒|哂|你)?|(?:謝謝|谢谢)(?:你|您|晒|指點|指点)?|多謝(?:晒|你)?"
    r"|多谢(?:晒|你)?|麻煩(?:晒|你|您|了)?|麻烦(?:晒|你|您|了)?|感謝|感谢)\s*[.!！。~]*\s*$")


def _without_courtesies(question: str) -> str:
    """The question without a greeting before it or thanks after it (when some question is
    left)."""
    stripped = _GREETING_RE.sub("", question, count=1)
    # Thanks fit in the last few characters; reading only those keeps a long text cheap.
    thanks = _THANKS_RE.search(stripped, max(0, len(stripped) - _THANKS_TAIL))
    if thanks is not None:
        stripped = stripped[:thanks.start()]
    stripped = stripped.strip()
    return stripped if len(stripped) >= 4 else question


_THANKS_TAIL = 40


def _names_its_own(asked: Query) -> bool:
    """Whether the asking part says what it asks of: a body and something asked of it, or
    two words of its own ("Can you confirm HKU's figure?" says neither)."""
    own = set(asked.terms) - asked.general - asked.optional
    return (bool(asked.entities) and bool(asked.terms or asked.intent)) or len(own) > 1


def _set_the_scene(query: Query, asked: Query, context: list[str], *,
                   refers_back: bool) -> None:
    """Let the part that asks say what is asked; the scene's words are optional and weigh
    less, and what it names is no body the answer must bear on, nor one the file must know
    ("I'm a journalist from Cairo", "a VC firm") — unless it is another university and the
    question asks of it ("A reader insists CityU aims for 2050. What year does its plan
    set?") or names no body of its own ("I'm at CityU. How many unicorns …?")."""
    # What others say, or a draft's line ("Draft line: '… by 2050.'"), is the premise to check.
    reported = any(_REPORTED_RE.search(sentence) or _DRAFT_RE.search(sentence.lower())
                   for sentence in context)
    # A figure in the scene is none the question asks about ("for my F.3 class"), unless the
    # question points back at it ("HK$400 billion — what is that number?").
    points_back = refers_back or _POINTS_BACK_RE.search(asked.text) is not None
    _ask_only(query, asked, dates=reported, figures=reported or not points_back)
    if asked.years:
        # "How many at the end of 2024? I've got figures for end-2023": the year the
        # question asks is the one meant.
        query.years, query.periods = asked.years, asked.periods
    # Another university said of the reader ("my daughter is applying to CityU") is where
    # they stand; said of the thing asked about ("in CUHK's table of labs") it is a body the
    # file knows nothing of.
    of_the_reader = " ".join(piece for piece in context if _OF_THE_READER_RE.search(piece))
    query.unknown_names = [name for name in query.unknown_names
                           if name in asked.unknown_names
                           or (_another_institution(name)
                               and (refers_back or not asked.entities
                                    or compact(fold_text(name))
                                    not in compact(fold_text(of_the_reader))))]
    if not refers_back and asked.entities:
        query.entities = [e for e in query.entities if e in asked.entities]
        query.related = {e: query.related[e] for e in query.entities}
        query.linked = {e: query.linked[e] for e in query.entities}
    query.scene = set(query.optional)
    # What kind of answer is sought is read off the asking part alone: "我是一名中學老師"
    # counts no people.
    query.folded = asked.folded


def _another_institution(name: str) -> bool:
    folded = compact(fold_text(name))
    return folded in _OTHER_INSTITUTIONS or folded in _OTHER_INSTITUTIONS_ZH \
        or "universit" in folded or folded.endswith(("大学", "学院"))


def _ask_only(query: Query, asked: Query, *, dates: bool, figures: bool) -> None:
    """Let the part of the question that asks give the intent and focus (and the dates and
    figures asked about); the rest of its words are ones a claim may hold but need not."""
    query.intent, query.focus = asked.intent, asked.focus
    if dates:
        query.years, query.periods = asked.years, asked.periods
    if figures:
        query.numbers, query.ordinals = asked.numbers, asked.ordinals
    asked_terms = (set(asked.terms) | {term for term, _ in asked.cjk_units}) - asked.optional
    query.optional = {term for term in (*query.terms, *(t for t, _ in query.cjk_units))
                      if term not in asked_terms}


def _scene_and_ask(question: str) -> list[tuple[str, bool]]:
    """The question's parts in order, each with whether it asks: sentences, a lead-in before a
    colon or a dash, and clauses before a Chinese comma that say who asks. When some sentence
    ends in a question mark, only such sentences ask ("I'm thinking about where to apply.
    What does …?"); otherwise any with a question word does ("I'd like to know how many …")."""
    sentences = _sentences(question)
    if len(sentences) == 1 and "，" not in question and not _CLAUSE_BREAK_RE.search(question):
        return []  # one sentence with no lead-in: nothing sets the scene
    marked = any(_ends_asking(sentence) for sentence in sentences)
    pieces: list[tuple[str, bool]] = []
    for sentence in sentences:
        if not (_ends_asking(sentence) if marked else _asks(sentence)):
            pieces.append((sentence, False))
            continue
        lead_in = _CLAUSE_BREAK_RE.search(sentence)
        before, after = (sentence[:lead_in.start()].rstrip(), sentence[lead_in.end():].lstrip()) \
            if lead_in is not None else ("", sentence)
        if before and not _ASKING_RE.search(before) and _asks(after):
            # "My editor wants a hard date: by what year …?"
            pieces.append((before, False))
            sentence = after
        clauses = [clause.strip() for clause in sentence.split("，")]
        while len(clauses) > 1 and not _asks(clauses[0]) \
                and _SELF_OR_GREETING_RE.search(clauses[0]):
            # "你好，我在寫一份關於港科大（廣州）的報告，想確認…？": who the reader is, before
            # the comma, sets the scene too.
            pieces.append((clauses.pop(0), False))
        pieces.append(("，".join(clauses), True))
    return pieces


def _ends_asking(sentence: str) -> bool:
    return _ENDS_ASKING_RE.search(sentence[-_ASKING_TAIL:]) is not None


def _sentences(text: str) -> list[str]:
    sentences: list[list[str]] = []
    for piece in _SENTENCE_END_RE.split(text.strip()):
        if not piece.strip():
            continue
        # "Dr. Wu", "e.g. the": a full stop that ends an abbreviation ends no sentence.
        if sentences and _ABBREVIATION_END_RE.search(sentences[-1][-1][-_ABBREVIATION_TAIL:]):
            sentences[-1].append(piece)
        else:
            sentences.append([piece])
    return [" ".join(parts) for parts in sentences]


def _asks(text: str) -> bool:
    return bool(_WH_RE.search(text) or _YES_NO_ZH_RE.search(fold_text(text))
                or _OPENING_AUXILIARY_RE.match(text))


# The reader speaking of themselves (I'm, my, 我, 本人), or greeting (你好, 唔好意思).
_OF_THE_READER = r"(?i)\b(?:i|i'm|im|i've|i'd|me|my|we|we're|our|us)\b|我|本人"
_OF_THE_READER_RE = lazy(_OF_THE_READER)
_POINTS_BACK_RE = lazy(r"(?i)\b(?:that|this|these|those)\b|那个|这个|那笔|这笔|呢个|嗰个|呢笔|嗰笔")
_REFERS_BACK_RE = lazy(r"(?i)\b(?:it|its|they|their|them|he|his|she|her)\b"
                       r"|佢|其|他|她|該|该|那裏|那里|嗰度")
_ENDS_ASKING_RE = lazy(r"[?？]\W*$")  # (read on a sentence's last few characters)
_ASKING_TAIL = 12
_SELF_OR_GREETING_RE = lazy(_OF_THE_READER + r"|" + _ZH_GREETINGS + r"|唔好意思|不好意思")
# A sentence ends at its mark, or at an emoji that closes it ("I run a drone start-up 🚁 What
# kinds …").
_SENTENCE_END_RE = lazy(r"(?<=[.!?])\s+|(?<=[.!?]['\"”’])\s+|(?<=[。！？])|\n+"
                        r"|(?<=[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f])"
                        r"\s*(?=[^\s\U0001F1E6-\U0001F1FF\U0001F3FB-\U0001F3FF\u200d\ufe0f])")
# (An initial is a capital: "Harry S. Shum"; "quick q." ends a sentence.)
_ABBREVIATION_END_RE = lazy(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|No|Nos|St|Jr|Sr|Inc|Ltd|Co|dr|prof|vs"
                            r"|approx|e\.g|i\.e|etc)|\b[A-Z])\.$")
_ABBREVIATION_TAIL = 8
_CLAUSE_BREAK_RE = lazy(r"[:：]|\s[-–—]\s|——")
_OPENING_AUXILIARY_RE = lazy(r"(?i)^\W*(?:" + _AUXILIARIES + r")\b")
_BRACKETED_RE = lazy(r"\(([^()]*)\)")
_M_AND_A_RE = lazy(r"(?i)\bm ?& ?a\b")
_R_AND_D_RE = lazy(r"(?i)\br ?& ?d\b")
_RELATED_RE = lazy(r"(?i)(?<=\w)-related\b")
# A lead-in that asks nothing, then a question: the lead-in sets the scene.
_LEAD_IN_RE = lazy(r"^([^:：?？]{3,90}?)\s*[:：]\s*(?=\S)")
# A statement of what others say, then the question: the sentence ends, or a comma comes
# before 請問 ("may I ask").
_PREMISE_RE = lazy(r"^(.{6,160}?)(?:[.;。；!！]\s*|\s*[—–]\s*|\s-\s|[,，]\s*(請問|请问|想問|想问))"
                   r"(?=\S)")
# "Besides X", "apart from X": someone or something the question sets aside.
ASIDE_WORDS = r"besides|apart from|aside from|other than"
_ASIDE_RE = lazy(r"(?i)\b(?:" + ASIDE_WORDS + r")\s+([^,?.;]{2,60}?)\s*[,，]")
# The question, then a sentence that asks nothing.
_AFTERWORD_RE = lazy(r"^(.+?[?？])\s*([^?？]{4,}?)\s*$")
_REPORTED_RE = lazy(r"(?i)\b(?:says?|said|insists?|insisted|claims?|claimed|reports?|reported"
                    r"|wr(?:o|i)tes?|written|states?|stated|suggests?|suggested|believes?"
                    r"|thinks?|thought|assumes?|assumed|argues?|argued|tells?|told|quotes?"
                    r"|quoted|has it)\b|說|说|寫|写|稱|称|報道|报道|聲稱|声称|以為|以为|指出|提到")
_WH_WORDS = (r"(?i)\b(?:what|which|whom?|whose|when|where|why|how)\b"
             r"|甚麼|什么|什麼|咩|乜|邊|哪|幾|几|多少|何|誰|谁")
_YES_NO_MARKS = r"|[?？]|嗎|吗|係咪|是否|有冇"
# A question word proper: "Is that correct?" after a premise asks whether the premise holds,
# so the premise is what is asked.
_WH_WORD_RE = lazy(_WH_WORDS)
# Anything that asks: a question word, a question mark, a yes/no particle.
_WH_RE = lazy(_WH_WORDS + _YES_NO_MARKS)
# Anything that asks, an auxiliary opening a yes/no question included (a lead-in asks none).
_ASKING_RE = lazy(_WH_WORDS + _YES_NO_MARKS + r"|\b(?:" + _AUXILIARIES + r")\b")


def _parse(index: Index, question: str) -> Query:
    if not question.isascii():
        # Full-width digits and marks (２０１８／１９) read as their ASCII forms.
        question = unicodedata.normalize("NFKC", question)
    if _CHINESE_YEAR_RE.search(question):
        question = _CHINESE_YEAR_RE.sub(_arabic_year, question).replace("／", "/")
    question = _SHORT_PERIOD_RE.sub(_full_period, question)
    if "&" in question:
        # Folding drops the '&': M&A would leave a lone 'm' (the claims spell these out).
        question = _M_AND_A_RE.sub("mergers and acquisitions", question)
        question = _R_AND_D_RE.sub("research and development", question)
    if "-relat" in question:
        # "Alzheimer's-related innovation": what the thing is about, not a word to find.
        question = _RELATED_RE.sub("", question)
    tail = max(0, len(question) - _TAG_SPAN)
    tag = _TAG_QUESTION_RE.search(question, tail)
    if tag is not None:
        # "HKUST had 9 unicorns, correct?", "… is 2050, isn't it?": a statement put to the
        # reader to confirm; the tag names nothing.
        question = question[:tag.start()] + "?"
    folded = mend_question_words(fold_text(expand_abbreviations(question)))
    query = Query(question, folded, intent=question_intent(folded))
    stated = tag is not None \
        or (not has_cjk(question) and _STATEMENT_ASKED_RE.match(question) is not None
            and not _INNER_STOP_RE.search(question) and not _WH_WORD_RE.search(question)
            and _STATED_RE.search(question) is not None)
    english_yes_no = stated or _YES_NO_RE.search(question) is not None
    query.yes_no = english_yes_no \
        or (not folded.isascii() and _YES_NO_ZH_RE.search(folded) is not None)
    # "Is 1,828 tonnes the recyclables or the trash?" chooses by the figure; it checks none.
    # A statement put to be confirmed chooses nothing, whatever "or" it holds ("rated world
    # leading or internationally excellent - true?").
    query.checking = stated or (query.yes_no and " or " not in folded) \
        or _CHECKING_RE.search(folded) is not None
    query.entities, rest = detect_entities(index, folded,
                                           frozenset(_LOWER_CASE_WORD_RE.findall(question)))
    # "According to the HKUST course announcement", 根據港大的資料: where the reader read it,
    # which the claim names by its source, not in its words, nor is the source what is asked.
    # "Bought out rather than floated": what the question sets aside is not asked either.
    set_aside = _SET_ASIDE_RE.search(question) is not None
    if set_aside:
        kept, rest = detect_entities(
            index, mend_question_words(fold_text(expand_abbreviations(
                _SET_ASIDE_RE.sub(" ", question)))),
            frozenset(_LOWER_CASE_WORD_RE.findall(question)))
        query.entities = [entity for entity in query.entities if entity in kept]
    query.entities.extend(_part_by_kind(index, query.entities, folded))
    quantities = find_quantities(question)
    query.years, query.periods = asked_dates(question)
    if query.checking and query.intent is None and _names_a_day(question):
        # "Did Xia Baolong meet them on 13 March 2025?", 是3月12日會見的嗎: the day typed is
        # the date to check; the claim that dates the meeting answers, or corrects it.
        query.intent = "when"
    place, place_text = (_place_typed(question, folded) or ("", "")) \
        if query.checking and query.intent in {None, "where"} else ("", "")
    if place:
        # "Did Lei Haichao meet them in Shanghai?", 係咪喺北京見: the place typed is the one to
        # check; the claim that says where answers, or corrects it.
        query.intent = "where"
    if query.checking and query.intent == "when":
        # "Can you confirm the year it aims for? I've seen 2050": the year is the answer to
        # check, not the time the question asks about.
        query.years, query.periods = [], []
    # Evidence is a figure the reader typed: not a year, not a number word ("first", "two"),
    # not a count that only says how many things are asked for ("which four fields", 哪四大).
    dates = _date_spans(question) if quantities else []
    # "The third course" names which one: the claim must say so (third, 3rd, 第三屆); 第三屆
    # is no figure to look up (a count of three is not the third course).
    ordinals = [f for f in quantities
                if question[f.start:f.end].lower() in _ORDINAL_WORDS
                or _SERIES_WORD_RE.search(question[max(0, f.start - 7):f.start])
                or _is_edition(question, f)]
    query.numbers = [(f.quantity.value, f.quantity.unit) for f in quantities
                     if not _is_descriptor(question, f, query.years, query.checking)
                     and not any(start <= f.start < end for start, end in dates)
                     and not _is_one_in_words(question, f) and not _is_edition(question, f)
                     and f not in ordinals]
    query.ordinals = [(f.quantity.value, None) for f in ordinals]
    # "Was it the third edition?", "built around four directions?": the figure put to be
    # checked is compared with the claims' values; its words are no words to find.
    checked_words = {stem(question[f.start:f.end].lower()) for f in quantities
                     if question[f.start:f.end].isalpha()} if query.checking else set()
    query.listed = next((int(f.quantity.value) for f in quantities
                         if _names_how_many_asked(question, f)), None)
    undated = _DATE_WORDS_RE.sub(" ", rest) if _has_digit(rest) else rest
    for found in quantities:
        typed = question[found.start:found.end]
        # 三千萬元: the currency word read as the unit goes with the figure.
        currency = CURRENCY_WORD_RE.match(question, found.end)
        typed += currency.group() if currency else ""
        if not typed.isascii() and (found.quantity.value, found.quantity.unit) in query.numbers:
            # 三千萬: a figure in Chinese numerals is looked up as a value, as 30 million is,
            # not as the character pairs of its words.
            undated = undated.replace(fold_text(typed), " ")
    stripped = strip_question_words(undated)
    content = _sound_slips(index, stripped, query.entities)
    if content != stripped and has_cjk(content):
        # 低空經際研究中心: a name with a character typed by sound is found once it is mended;
        # a shorter name read inside it as typed (大灣區 in 大灣區國際創薪學院) is not named.
        mended, left = detect_entities(index, content)
        found = [entity for entity in mended if entity not in query.entities]
        if found:
            whole = compact(_sound_slips(index, strip_question_words(folded), query.entities))
            names = [form for entity in found for form in aliases_of(index, entity)
                     if form in whole]
            query.entities = [entity for entity in query.entities
                              if not any(form in name for name in names
                                         for form in aliases_of(index, entity))]
            query.entities.extend(found)
            content = left
    if "后" in content:
        # 起好之後會做乜: what follows an event is asked, the event only sets the time.
        content = _AFTER_EVENT_RE.sub(_unless_a_name, content)
    # An acronym or a word with an inner capital is a name: 'CityU' must not become 'city'.
    name_like = _NAME_LIKE_RE.findall(question)
    names = {stem(_fold_name(name)) for name in name_like if not name[1:].islower()}
    capitalised = {stem(_fold_name(name)) for name in name_like}
    query.capitalised = capitalised
    query.all_terms = {name for term in tokens(strip_question_words(folded))
                       for name in (term, concept(term)) if name}
    typed = {stem(word): word for word in _LATIN_WORD_RE.findall(content)}
    corrected: dict[str, str] = {}  # a slip as stemmed → the term it was read as
    respelled: dict[str, str] = {}  # a slip as stemmed → the word it was read as, stemmed
    slipped_everyday: set[str] = set()  # everyday words typed with a slip, as read
    fillers: dict[str, str] = {}  # question words and fillers typed with a slip, as read
    hyphenated = {stem(first + second): [concept(stem(w)) or stem(w) for w in (first, second)]
                  for first, second in _HYPHENATED_RE.findall(question.lower())}
    if len(query.entities) > 1 \
            and (_WILL_DO_RE.search(folded)
                 or (not folded.isascii() and _WILL_DO_ZH_RE.search(folded))):
        # "What will PolyU and PCL do together", 理大同鵬城會一齊做啲咩: what two bodies will
        # do together is their joint activities (what one body does asks its purpose).
        content += " activities"
    everyday = _general_terms(content)
    content_terms = _content_terms(index, content, everyday)
    in_pinyin, pinyin_names, pinyin_bodies = _names_in_pinyin(index, question, content)
    query.entities.extend(body for body in pinyin_bodies if body not in query.entities)
    held: Callable[[str], tuple[int, int]] | None = None
    for original, term in content_terms:
        if has_cjk(original):
            query.forms.setdefault(term, original)
        if term in query.terms or term in query.unknown_terms or term in in_pinyin:
            continue
        if term.isdigit() and len(term) == 4 and int(term) in query.years:
            continue  # a year is judged against the claims' dates, not matched as a word
        if term.isdigit() and len(term) == 2 and any(f"{last % 100:02d}" == term
                                                     for _, last in query.periods):
            continue  # the end of a period (2022-23)
        if query.checking and ((term[:1].isdigit() and any(
                _number_prefix(term) == value for value, _ in query.numbers))
                or term in checked_words):
            continue  # a figure to check is compared with the claims' values, not matched
        if term in index.postings:
            query.terms.append(term)
            continue
        if term in _OTHER_INSTITUTIONS and term not in index.aliases:
            query.unknown_terms.append(term)
            query.unknown_names.append(term)
            continue
        beside_name = _name_word_beside(index, question, typed.get(term, term), respelled) \
            if term in capitalised and term.isascii() and term.isalpha() else None
        if beside_name:
            # "Shereef Sedky", "Nancy Yip": a word of a person's name, typed with a slip or
            # spelt another way, is that name's word where the claims write it beside the
            # name's other word.
            respelled[term] = corrected[term] = beside_name
            query.terms.append(beside_name)
            continue
        if not has_cjk(term) and term.isalpha() and len(typed.get(term, term)) >= 4 \
                and term not in names \
                and (term in capitalised or typed.get(term, term) not in english_words()):
            # A capitalised word may be a name (Lingnan, Kellog): it gets one slip, not two,
            # even when it is also an English word; a lower-case English word is meant as typed.
            most = 1 if term in capitalised else 2
            # A slip can make a word look inflected ("Zhangjaing" stems to "zhangja"): the
            # word as typed is tried too.
            if held is None:  # the words the slip is read beside: every known one
                held = _holders_beside(index, [known for _, known in content_terms
                                               if known in index.postings])
            fixed = _doubled_letter(index, typed.get(term, term)) \
                or _correct_typo(typed.get(term, term), index.words, most, held) \
                or _correct_typo(term, index.words, most, held)
            filler = filler_stems().get(fixed) if fixed else None
            if filler and len(filler) > _SHORT_FILLER:
                # "trying to acheive": a filler or question word typed with a slip ('theem'
                # may be 'them' or 'theme': a short one is read as the claims' word).
                fillers[typed.get(term, term)] = filler
                continue
            if fixed:
                respelled[term] = fixed
                corrected[term] = concept(fixed) or fixed
                query.terms.append(corrected[term])
                if typed.get(term, term) not in capitalised \
                        and _everyday_slip(index, typed.get(term, term)):
                    slipped_everyday.update({fixed, corrected[term]})  # 'supprt': support
                continue
        if term[:1].isdigit() and any(_number_prefix(term) == value for value, _ in query.numbers):
            continue  # "105635m2": the number is matched as a value, not as a word
        if term.isascii() and term.isalpha() and query.entities \
                and _misspells_named_entity(index, typed.get(term, term), query.entities):
            continue  # "Kellog": a slip in the name of an entity already found
        word = _english_slip(index, typed.get(term, term)) \
            if term.isalpha() and term.isascii() and len(term) >= 4 and term not in capitalised \
            and typed.get(term, term) not in english_words() else None
        if word:
            # "supprt", "cnosume": an English word typed with a slip is read as that word:
            # known to the claims, everyday, or a word they never use.
            if not strip_question_words(word):
                continue
            respelled[term] = stem(word)
            meant = concept(stem(word)) or stem(word)
            if meant not in query.terms:
                query.terms.append(meant)
            if word in general_words():
                slipped_everyday.update({meant, stem(word)})
            elif meant not in index.postings:
                query.unknown_terms.append(meant)
            continue
        parts = [glued for part in hyphenated.get(term, ()) if strip_question_words(part)
                 for glued in (part not in index.postings and _glued_words(index, part))
                 or [part]]
        if parts:
            # "city-wide" is unknown as one word; its parts may not be ("city", "wide").
            query.terms.extend(part for part in parts if part not in query.terms)
            query.unknown_terms.extend(part for part in parts if part not in index.postings)
            continue
        parts = _glued_words(index, typed.get(term, term))
        if parts:
            # "activestart-ups": two words the claims use, typed without the space.
            query.terms.extend(part for part in parts if part not in query.terms)
            continue
        query.terms.append(term)
        query.unknown_terms.append(term)
    if fillers and query.intent is None:
        query.intent = question_intent(" ".join(fillers.get(word, word)
                                                for word in folded.split()))
    # Chinese short names of universities (中大, 城大, 浸大) are a character plus 大, full names
    # end in 大学 or 学院: unknown to the knowledge base, such a name is an institution it
    # does not hold.
    query.unknown_names.extend(term for term in query.unknown_terms
                               if has_cjk(term) and len(term) == 2 and term.endswith("大")
                               and term[0] not in _NOT_A_NAME_BEFORE_BIG
                               and not _ends_a_known_word(index, folded, term))
    query.unknown_names.extend(name for name in _OTHER_INSTITUTIONS_ZH
                               if name in content and name not in index.aliases
                               and not _ends_a_known_word(index, folded, name))
    query.unknown_names.extend(
        # Read before known names are taken out: 華南理工大學 is not 理工大學 (PolyU).
        name for name in (_name_proper(found) for found in _UNIVERSITY_NAME_RE.findall(
            strip_question_words(_DATE_WORDS_RE.sub(" ", folded) if _has_digit(folded)
                                 else folded)) if has_cjk(folded))
        if name and not _cut_from_a_longer_name(index, folded, name)
        if not _named_in_claims(index, name) and compact(name) not in index.aliases
        and not (name.endswith("学院") and name[-3] in _FACULTY_CHARS)
        and not _known_name_typed_by_sound(index, name))
    query.unknown_names.extend(_unknown_institutions(index, question))
    if set_aside:
        query.unknown_names.extend(_sources_elsewhere(index, question))
    # The words sentences begin with ("Fact-check for …" gives its first part, "Fact").
    sentence_starts = set(_SENTENCE_START_RE.findall(question))
    for name in name_like:
        folded_name = _fold_name(name)
        if folded_name in _STOPWORD_NAMES or stem(folded_name) in index.postings:
            continue
        # "Apart from …", "… Cheers.": a capital that only starts a sentence is no name.
        if (name in sentence_starts and folded_name in english_words()) \
                or folded_name in _CALENDAR_WORDS:
            continue
        if (folded_name in query.unknown_terms or stem(folded_name) in query.unknown_terms) \
                and not _misspells_named_entity(index, folded_name, query.entities):
            query.unknown_names.append(name)
    # One name once, as typed ("CUHK", not also "cuhk").
    spelt: dict[str, str] = {}
    for name in query.unknown_names:
        key = compact(name)
        if sum(c.isupper() for c in name) > sum(c.isupper() for c in spelt.get(key, "")):
            spelt[key] = name
        spelt.setdefault(key, name)
    query.unknown_names = list(spelt.values())
    if query.unknown_names and "(" in question:
        # "the Director-General for international cooperation (Guoji Si)": a gloss in
        # brackets restates what stands before it; a name only there is no other body, and a
        # claim need not hold its words.
        outside = _BRACKETED_RE.sub(" ", question)
        glossed = [name for name in query.unknown_names if name not in outside]
        if glossed:
            query.unknown_names = [n for n in query.unknown_names if n not in glossed]
            inside = set(tokens(fold_text(" ".join(_BRACKETED_RE.findall(question)))))
            inside -= set(tokens(fold_text(outside)))
            query.optional.update(term for term in query.terms if term in inside)
    if query.intent == "rank":
        # "Where did HKUST land / stand / finish": verbs of placing say a rank is asked.
        query.terms = [term for term in query.terms if term not in _RANK_VERBS]
    if query.intent in {None, "what"} and folded.startswith("what") \
            and OFFICE_WORDS.intersection(respelled.values()):
        # "What is Ge Ming's positino": an office asked for, typed with a slip, as typed right.
        query.intent = "who"
    if query.intent == "who":
        # "What post does Xia Baolong hold": the words for an office say a role is asked.
        query.terms = [term for term in query.terms if term not in OFFICE_WORDS]
    if not query.terms and len(query.entities) > 1:
        query.terms = _secondary_entity_terms(index, query.entities)
    query.all_terms.update(query.terms)  # with slips corrected: 'presdient' names a president
    query.all_terms.update(respelled.values())  # and as words: 'extrenal' names a metric
    query.related = {entity: _related_claims(index, entity) for entity in query.entities}
    query.focus = {corrected.get(word, word) for word in _focus_terms(folded, capitalised)}
    # "What is the Hong Kong Biotechnology *Fund* for": a measure word inside a name the
    # question names is no measure asked for.
    named = {term for entity in query.entities
             for term in name_terms(index, entity, has_cjk(folded))}
    measures = query.focus & _MEASURES
    if measures == {"~area"} and _AREAS_RE.search(folded):
        measures = set()  # "which research areas": fields, where "the floor area" is a size
    if query.intent in {None, "what"} and measures and not query.focus <= named:
        query.intent = "count"  # "what is the floor area …" asks for a figure
    if query.intent is None and not query.yes_no and query.terms \
            and _TERSE_RANK_RE.search(folded):
        # "Kellogg HKUST EMBA Financial Times ranking 2023": a search-box query that ends on
        # the ranking asks for the place.
        query.intent = "rank"
    query.cjk_units, query.cjk_glue = _cjk_units(content)
    for name in pinyin_names:
        # The name's characters, placed after the question's own: each pair is a term.
        start = 1 + max((spot for _, spots in query.cjk_units for spot in spots), default=0)
        for k in range(len(name) - 1):
            query.cjk_units.append((name[k:k + 2], (start + k, start + k + 1)))
            if name[k:k + 2] not in query.terms:
                query.terms.append(name[k:k + 2])
    for pair, spots in _bridging_pairs(index, content):
        query.cjk_units.append((pair, spots))
        if pair not in query.terms:
            query.terms.append(pair)
    asked = set(query.terms) | {term for term, _ in query.cjk_units}
    query.linked = {entity: _linked_claims(index, entity, query.related[entity], asked)
                    for entity in query.entities}
    shared = _shared_work(index, query.entities)
    for entity in query.entities:
        query.linked[entity] |= shared - query.related[entity]
    if ((query.intent == "count" and _HEIGHT_ASKED_RE.search(folded))
            or (_TALLER_ASKED_RE.search(folded) and _BUILDING_RE.search(folded))) \
            and "~height" not in query.terms:
        # 起得幾高, "how tall", 會唔會比住宅高: the words that ask how high name the height
        # asked for. ("Taller" names it already.)
        query.terms.append("~height")
    if not folded.isascii() and _MEANING_ASKED_ZH_RE.search(folded) \
            and "~definition" not in query.terms:
        # 深科技是指甚麼, 即係乜嘢嚟: what a word means is asked; a claim that defines it
        # gains, one that does not loses nothing (X 係咩嚟 may ask what a thing is for).
        query.terms.append("~definition")
        query.optional.add("~definition")
    if query.intent == "purpose" and "~focus" in query.terms and not folded.isascii():
        # 主要 focus 咩, 主要聚焦咩: the focus asked is what the thing is for; a claim that gives
        # its purpose in other words need not say "focus". (An English question's other
        # words weigh enough: "what does the park focus on" wants the claim that says so.)
        query.optional.add("~focus")
    query.general = set(everyday) | slipped_everyday
    if english_yes_no:
        # "Has the government approved it?": the everyday verb is what is asked. (Chinese
        # yes/no questions are left as they are: 係咪打算 leans on its everyday words.)
        query.general = set()
    elif query.yes_no:
        # "innovation centre 會唔會 delay": an English word no claim uses, in a Chinese yes/no
        # question, is what is asked, as in an English one.
        query.general -= {term for term in query.unknown_terms if not has_cjk(term)}
    # One half of a hyphenated word the file never uses ("city-*wide*") only qualifies the
    # other: a claim may say it otherwise ("city-scale").
    query.general.update(part for parts in hyphenated.values() for part in parts
                         if part in query.unknown_terms and any(p in index.postings for p in parts))
    # Years are judged against the claims' dates, not as words a statement shares.
    years = {str(year) for year in query.years}
    # A slip is compared as the word it was read as ('scieence' as 'science').
    query.typed = " ".join(dict.fromkeys(respelled.get(term, term) for term in tokens(content)
                                         if term not in years))
    if place:
        # The place checked need not be the claim's: its own place corrects it ("going up in
        # Cyberport?" is answered by Pok Fu Lam), nor is a place the file never names another
        # body ("located in Pudong?"); the verb that places it ("sits in") asks where.
        query.unknown_names = [name for name in query.unknown_names if name not in place]
        words = {concept(stem(word)) or stem(word) for word in tokens(fold_text(place_text))}
        pairs = {place_text[at:at + 2] for at in range(len(place_text) - 1)}
        checked = {term for term in (*query.terms, *(unit for unit, _ in query.cjk_units))
                   if term in words or query.forms.get(term, term) in pairs}
        if query.entities or set(query.terms) - query.optional - checked:
            query.optional.update(checked)
            query.place_checked = checked
    if query.checking and _REPORTED_RE.search(question):
        # "Our copy says …. Is that the right number?": who says it, and in what, is no word
        # the claim that settles it must hold.
        said = _REPORTED_RE.findall(folded) + _DRAFT_RE.findall(folded)
        # English words as terms are stemmed; Chinese ones are the pairs inside what was said.
        told = {concept(stem(word)) or stem(word) for word in said if word.isascii()}
        told |= {term for term in query.terms if has_cjk(term)
                 and any(term in word for word in said if not word.isascii())}
        if set(query.terms) - query.optional - told:  # (some word must still be asked)
            query.optional.update(told & set(query.terms))
    return query


# What a checked statement was read in (稿件寫, 篇稿話: a draft says).
_DRAFT_RE = lazy(r"\b(?:copy|draft|line|story|article|piece|caption|headline|memo|script"
                 r"|wire|post)\b|(?:稿件|初稿|篇稿|新闻稿|文章|报道)(?:写|说|话|指|称)?")


def _sound_slips(index: Index, content: str, entities: list[str]) -> str:
    """Characters typed by sound (獨腳獸 for 獨角獸, 懷進朋 for 懷進鵬): inside a Chinese run,
    a character whose pairs with its neighbours are unknown, and for which exactly one
    homophone makes them known words; at either end of a run, a character whose one pair is
    unknown beside a known pair, mended the same way; a two-character word (港科大廣洲) only
    into one that the claims about the bodies the question names use."""
    if not has_cjk(content):
        return content
    postings = index.postings
    fixed = list(content)
    # Other universities' short names (中大, 城大) are spelt as meant.
    named = {at for name in _OTHER_INSTITUTIONS_ZH for found in re.finditer(name, content)
             for at in range(found.start(), found.end())} if "大" in content else set()
    about: set[int] | None = None
    for start, run in _pair_runs_at(content):
        if run in postings or any(char in _GLUE_CHARS for char in run) \
                or concept(run) or run in general_words() or run in _OTHER_INSTITUTIONS_ZH:
            continue  # a word the file or the language knows (建成, 中大) is spelt as meant
        if about is None and entities:
            about = set().union(*(_related_claims(index, e) for e in entities))
        # With bodies named, only a word their claims use; with none, any claim's word.
        fits = [fit for fit in (run[:i] + other + run[i + 1:] for i in range(2)
                                for other in homophones(run[i]))
                if _as_term(fit) in postings
                and (about is None or not about.isdisjoint(postings[_as_term(fit)]))]
        if len(fits) > 1:
            # 定味: 定位 (position), not 定為, whose 為 only glues a sentence together.
            fits = [fit for fit in fits if not _GLUE_CHARS.intersection(fit)]
        if len(fits) == 1:
            fixed[start:start + 2] = list(fits[0])
    for start, run in _runs_at(content):
        for i in range(len(run)):
            if run[i] in _GLUE_CHARS or start + i in named:
                continue  # 搞, 喺: a particle, not a slip
            pairs = [(run[i - 1], "")] if i else []
            if i + 1 < len(run):
                pairs.append(("", run[i + 1]))
            if any(_as_term(left + run[i] + right) in postings
                   or left + run[i] + right in general_words() for left, right in pairs):
                continue  # beside a neighbour, a word the file or the language knows (提到)
            named_fits = {other for other in homophones(run[i]) for left, right in pairs
                          if left + other + right in index.aliases} \
                if run[i] not in postings else set()
            if len(named_fits) == 1:
                # 锂大同鵬城: a body's short name typed by sound, beside whatever follows it, with
                # a character no claim uses (可大可小 is no 科大).
                fixed[start + i] = named_fits.pop()
                continue
            inner = ""
            if len(pairs) == 1:
                # At an end: only beside a known word (懷進|朋) that some claim holds together
                # with the mended pair, never a lone unknown word.
                inner = run[i - 2:i] if i else run[1:3]
                if inner not in postings:
                    continue  # a word, not an idea many words share (高校: ~university)
            fits = [other for other in homophones(run[i])
                    if all(_as_term(left + other + right) in postings for left, right in pairs)
                    and (not inner or _held_together(index, inner, *(
                        left + other + right for left, right in pairs)))]
            if len(fits) == 1:
                fixed[start + i] = fits[0]
    return "".join(fixed)


def _held_together(index: Index, first: str, second: str) -> bool:
    postings = index.postings
    return not set(postings[first]).isdisjoint(postings[_as_term(second)])


def _as_term(pair: str) -> str:
    """A character pair as the index keeps it: 機構 under its idea (~org)."""
    return concept(pair) or pair


def _pair_runs_at(text: str) -> list[tuple[int, str]]:
    return [(found.start(), found.group()) for found in _CJK_PAIR_RUN_RE.finditer(text)]


_CJK_PAIR_RUN_RE = lazy(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])")


def _runs_at(text: str) -> list[tuple[int, str]]:
    return [(found.start(), found.group()) for found in _CJK_SPAN_RE.finditer(text)]


_CJK_SPAN_RE = lazy(r"[\u4e00-\u9fff]{3,}")
_LATIN_WORD_RE = lazy(r"[a-z]+")
_LOWER_CASE_WORD_RE = lazy(r"\b[a-z]+\b")
_HYPHENATED_RE = lazy(r"\b([a-z]{2,})[-‐‑–]([a-z]{2,})\b")
# Years written digit by digit in Chinese (二零一八年, 二〇二五/二六): read as 2018, 2025/26.
_CHINESE_YEAR_RE = lazy(r"[〇零一二三四五六七八九]{4}(?=\s*(?:年|/|／|至|-))"
                        r"|(?<=[/／])\s*[〇零一二三四五六七八九]{2}(?![〇零一二三四五六七八九])")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _arabic_year(found: re.Match[str]) -> str:
    return found.group().strip().translate(_CHINESE_DIGITS)


# An academic year written short ("22-23", 22/23年度) is the year 2022-23.
_SHORT_PERIOD_RE = lazy(r"(?<![\d/.:-])([0-4]\d)\s*[-/]\s*([0-4]\d)(?![\d/.:%-])")


def _full_period(found: re.Match[str]) -> str:
    first, second = found.group(1), found.group(2)
    return f"20{first}-{second}" if int(second) == int(first) + 1 else found.group()


_UNIVERSITY_NAME_RE = lazy(r"([\u4e00-\u9fff]{2,4}(?:大学|学院))")
_FOCUS_EN_RE = lazy(r"\b(?:which|what(?:\s+(?:is|was|are|were)(?:\s+(?:the|its|their))?)?"
                    r"|how many|how much|number of)\s+((?:[a-z0-9]+\s+){0,3}[a-z0-9]+)")
_NUMBER_OF_RE = lazy(r"\b(?:number|count|amount|total) of\s+((?:[a-z0-9]+\s+){0,3}[a-z0-9]+)")
_FOCUS_STOP = frozenset("""
is are was were did does do has have had will would can could the a an of in on at
to for from by with that which who kind type sort it they this these those
spoke led met gave took made said held won ran began became saw went came chose wrote told
sat stood sent brought
""".split())  # noqa: SIM905 (word lists read better as text); the verbs end what is asked
_FOCUS_ZH_RE = lazy(
    r"(?:(?:哪|边)(?:些|啲|几|两|[一二三四五六七八九十]+)?[间个位名家项所只条次座届队款种层栋]?"
    r"|(?:什么|甚么|咩|乜嘢)|(?:几多|多少)[间个位名家项所只条次座届队款种层栋]?)"
    r"([\u4e00-\u9fff]{2})")
# "Phase two", "stage 3": the number names which one of a series, as "the third" does.
_SERIES_WORD_RE = lazy(r"\b(?:phase|stage|round|batch|part)\s+$", re.IGNORECASE)


def _glued_words(index: Index, word: str) -> list[str]:
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


def _names_in_pinyin(index: Index, question: str,
                     content: str) -> tuple[set[str], list[str], list[str]]:
    """The Chinese names the question spells in pinyin ("Who is Pang Dingquan?" for 龐鼎全,
    "Xianggang Keji Daxue" for 香港科技大學): the words so read, as terms; the names of people
    as the claims write them; the bodies so named. Only capitalised words one of which is
    neither English ('Pang' is) nor known to the claims are read so."""
    left = set(_LATIN_WORD_RE.findall(content))
    read: set[str] = set()
    names: list[str] = []
    bodies: list[str] = []
    for run in _CAPITALISED_RUN_RE.findall(question):
        words = [word.lower() for word in _RUN_BREAK_RE.split(run)]
        if not all(word in left for word in words) or not any(
                word not in english_words() and stem(word) not in index.postings
                for word in words):
            continue
        from factcli.pinyin import alias_in_pinyin, name_in_claims  # only for pinyin-like words

        body = alias_in_pinyin(index, words)
        if body:
            start, end, entity = body
            read.update(stem(word) for word in words[start:end])
            bodies.append(entity)
            continue
        name = name_in_claims(index, words)
        if name:
            read.update(stem(word) for word in words)
            names.append(name)
    return read, names, bodies


_CAPITALISED_RUN_RE = lazy(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b")
_RUN_BREAK_RE = lazy(r"[ -]")


# Units a figure is measured in, which "how many … of" names before the thing measured.
_UNIT_WORDS = frozenset({"tonne", "tonnes", "ton", "tons", "kwh", "mwh", "gwh", "litre", "litres",
                         "liter", "liters", "kilogram", "kilograms", "kg", "square", "cubic",
                         "metre", "metres", "meter", "meters", "hectare", "hectares", "hour",
                         "hours"})


def _focus_terms(folded: str, names: set[str]) -> set[str]:
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
                 if concept(pair) or not any(char in _GLUE_CHARS for char in pair))
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


def _general_terms(content: str) -> set[str]:
    """The terms that are everyday words rather than subjects: a claim may phrase them otherwise.

    The word as typed is looked up, then named as the matcher names it (希望 → ~expect).
    """
    words = general_words()
    found = {stem(word) for word in _LATIN_WORD_RE.findall(content) if word in words}
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


def _cjk_units(content: str) -> tuple[list[tuple[str, tuple[int, ...]]], set[int]]:
    """Chinese character pairs (or lone characters) with the character positions they cover,
    and the positions of glue characters (在, 同, 咗), which carry no content."""
    units: list[tuple[str, tuple[int, ...]]] = []
    glue: set[int] = set()
    offset = 0
    for run in cjk_runs(content):
        glue.update(offset + i for i, char in enumerate(run) if char in _GLUE_CHARS)
        if len(run) == 1:
            units.append((concept(run) or run, (offset,)))
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            units.append((_pair_concept(pair) or pair, (offset + i, offset + i + 1)))
        offset += len(run)
    return units, glue


def _bridging_pairs(index: Index, content: str) -> list[tuple[str, tuple[int, ...]]]:
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


# 醫學院, 商學院, 法學院: a faculty any university may have, not the name of an institution.
_FACULTY_CHARS = frozenset("医商工法理文药农")


def _cut_from_a_longer_name(index: Index, folded: str, name: str) -> bool:
    """擔任亞洲大學聯盟: 擔任亞洲大學 is read across the start of a known name that runs on
    (亞洲大學聯盟, the Asian Universities Alliance), not a university of its own. (華南理工大學
    holds 理工大學 whole, and stays unknown.)"""
    start = folded.find(name)
    if start < 0:
        return False
    end = start + len(name)
    return any(folded[inner:outer] in index.aliases
               for inner in range(start + 1, end - 1)
               for outer in range(end + 1, min(len(folded), end + 6) + 1))


# Characters that end a phrase rather than start a name: in "在大学", "的学院", 係(系)全港大學
# no name precedes.
_NAME_BREAKERS = frozenset("在于於由被将把对向与和及或就也还又再所而但则即为跟同从自以"
                           "的是系个些这那其各做搞")


# Words that say how many universities, not which: 全港大学, 各大学, 每间学院.
_QUANTIFIER_CHARS = frozenset("全每诸众")  # (各 ends a phrase already)


def _name_proper(found: str) -> str:
    """The name a run ending in 大学/学院 holds, once the phrase before it is cut off: after
    the last character that ends a phrase (发展列为|大学 holds none) and any word saying how
    many (全港大学 is every university in Hong Kong); "" when fewer than two characters stay
    before the 大学."""
    start = max((at + 1 for at, char in enumerate(found[:-2]) if char in _NAME_BREAKERS),
                default=0)
    name = found[start:]
    while name and name[0] in _QUANTIFIER_CHARS:
        name = name[1:]
    return name if len(name) >= 4 else ""


_MEASURE_CHARS = frozenset("个间位名家所只条项座")
# Everyday words that end in 中 (其中大部分, 當中大多數): with 大 after them they name no 中大.
_ENDS_IN_ZHONG = frozenset({"其中", "当中", "之中", "集中", "心中", "期中", "空中", "初中", "高中"})


def _pair_known(index: Index, pair: str) -> bool:
    return (concept(pair) or pair) in index.postings


def _ends_a_known_word(index: Index, content: str, pair: str) -> bool:
    """Whether the pair's first character ends a known word before it (培訓班|大概): then the
    pair straddles two words and names nothing."""
    at = content.find(pair)
    before = content[at - 1:at + 1] if at > 0 else ""
    # 個|城大: a measure word or a particle ends no word with the name's first character.
    if not before or before in _ENDS_IN_ZHONG:
        return bool(before)
    return before[0] not in _GLUE_CHARS and before[0] not in _MEASURE_CHARS \
        and before[0] not in _NAME_BREAKERS \
        and (before in index.postings or before in general_words())


def _sources_elsewhere(index: Index, question: str) -> list[str]:
    """Universities the file holds nothing of, named as where the reader read something
    ("according to CUHK's brochure", 根據中大資料): the file cannot say what they wrote."""
    found = []
    for aside in _SET_ASIDE_RE.finditer(question):
        folded = fold_text(aside.group())
        found.extend(name for name in _OTHER_INSTITUTIONS_ZH
                     if name in folded and name not in index.aliases)
        found.extend(word for word in _NAME_LIKE_RE.findall(aside.group())
                     if compact(word) in _OTHER_INSTITUTIONS
                     and compact(word) not in index.aliases)
    return found


def _unknown_institutions(index: Index, question: str) -> list[str]:
    """Universities named in English that the file holds nothing of: one of Hong Kong's and
    Macau's others ("City University of Hong Kong", "the University of Macau"), or a name of
    the form "X University" / "University of X" with a word no university of the file has."""
    if "university" not in question.lower():
        return []
    squeezed = compact(question)
    found = [name for key, name in _OTHER_UNIVERSITIES.items()
             if key in squeezed and not any(key in alias for alias in index.aliases)]
    university_words = _university_name_words(index)
    for name in _UNIVERSITY_EN_RE.findall(question):
        words = [w for w in name.split() if w not in _NAME_GLUE]
        while words and words[0].lower() in _LEADING_WORDS:
            words.pop(0)
        distinctive = {stem(fold_text(w)) for w in words} - {"university"}
        key = compact(" ".join(words))
        # "World University Rankings", "Asia University" of a ranking's name: not a university.
        if distinctive and not distinctive <= university_words \
                and not any(key in alias for alias in index.aliases) \
                and not any(compact(" ".join(words)) in compact(name) for name in found):
            found.append(" ".join(words))
    return found


def _university_name_words(index: Index) -> frozenset[str]:
    """Every word of the names of the file's universities (once a process)."""
    found = index.derived.get(("university words",))
    if found is None:
        found = frozenset(stem(word) for entity in index.kb.entities.values()
                          if entity.kind == "university"
                          for name in entity.names if name.isascii()
                          for word in fold_text(name).split())
        index.derived[("university words",)] = found
    return found


_UNIVERSITY_EN_RE = lazy(r"\b((?:[A-Z][a-z]+ (?:(?:and|of|for) )?)*University"
                         r"(?: of (?:[A-Z][a-z]+)(?: (?:and )?[A-Z][a-z]+)*|(?! [A-Z])))")
_NAME_GLUE = frozenset({"and", "of", "for"})
_LEADING_WORDS = frozenset({"is", "are", "was", "were", "did", "does", "do", "how", "what",
                            "where", "when", "which", "who", "why", "the", "in", "at", "has"})
# Hong Kong's and Macau's other universities, by the compact form compact() gives their names.
_OTHER_UNIVERSITIES = {
    "chineseuniversityofhongkong": "The Chinese University of Hong Kong",
    "cityuniversityofhongkong": "City University of Hong Kong",
    "hongkongbaptistuniversity": "Hong Kong Baptist University",
    "lingnanuniversity": "Lingnan University",
    "educationuniversityofhongkong": "The Education University of Hong Kong",
    "hongkongmetropolitanuniversity": "Hong Kong Metropolitan University",
    "openuniversityofhongkong": "The Open University of Hong Kong",
    "hongkongshueyanuniversity": "Hong Kong Shue Yan University",
    "hangsenguniversity": "The Hang Seng University of Hong Kong",
    "universityofmacau": "University of Macau",
    "macaopolytechnicuniversity": "Macao Polytechnic University",
}


def _known_name_typed_by_sound(index: Index, name: str) -> bool:
    """Whether one character typed by sound hides a known name (香港苛技大學, 國居大學聯盟): it is
    read as meant, not as a body the file does not know."""
    for at, char in enumerate(name[:-2]):  # the 大學 / 學院 that ends it is typed as meant
        for other in homophones(char):
            meant = name[:at] + other + name[at + 1:]
            if compact(meant) in index.aliases or _named_in_claims(index, meant):
                return True
    return False


def _named_in_claims(index: Index, name: str) -> bool:
    """Whether some claim holds every character pair of a Chinese name (教育大学)."""
    return bool(claims_naming(index, name))


def claims_naming(index: Index, name: str) -> set[int]:
    """The claims that name a Chinese name (every pair of 醫學院), or a word beginning as an
    English one does (the first five letters: medic, busin)."""
    if name.isascii():
        # Every term is read to find those beginning so: once a process per beginning (a
        # handful of faculty words), not once a question.
        key = ("claims naming", name[:5])
        found = index.derived.get(key)
        if found is None:
            found = index.derived[key] = frozenset(
                position for term, held in index.postings.items()
                if term.startswith(name[:5]) for position in held)
        return set(found)
    # The rarest pair first: at 100,000 claims a common pair (大学) holds tens of thousands.
    pairs = sorted((index.postings.get(name[i:i + 2], ()) for i in range(len(name) - 1)),
                   key=len)
    holders: set[int] = set(pairs[0]) if pairs else set()
    for found in pairs[1:]:
        if not holders:
            break
        holders = held_among(holders, found)
    return holders


def faculties_named(folded: str) -> list[str]:
    """The faculties a question names: 醫學院, "medical school", "the School of Business"."""
    found = _FACULTY_RE.findall(folded) if has_cjk(folded) else []
    for first, second in _FACULTY_EN_RE.findall(folded):
        found.append(stem(first or second))
    return found


_FACULTY_RE = lazy(f"[{''.join(sorted(_FACULTY_CHARS))}]学院")
_FACULTY_EN_RE = lazy(r"\b(medical|business|law|dental|nursing) school\b"
                      r"|\b(?:school|faculty) of (medicine|business|law|engineering|science)\b")


# Characters that glue a Chinese question together (at, all, of, by, to, go, do …): a pair made
# of one of them and a neighbour is an accident of segmentation, not a word the question asks
# about.
_GLUE_CHARS = frozenset("在都于於由被将把对向与和及或就也还又再所以而且但则即为跟同两兩给让比往从自"
                        "去搞整攞畀俾嚟佢咗过得会唔多到先𠮶嗰喺啲嘅系做之那这"
                        "仲紧晒埋咁噉嘢吓幅返点想借")


def _pair_concept(pair: str) -> str | None:
    """The concept a Chinese pair names, or that its one content character names beside a
    glue character (先|完: ~end, 用|水: ~water)."""
    named = concept(pair)
    if named is None and pair[0] in _GLUE_CHARS and pair[1] not in _GLUE_CHARS:
        named = concept(pair[1])
    if named is None and pair[1] in _GLUE_CHARS and pair[0] not in _GLUE_CHARS:
        named = concept(pair[0])
    return named


def _content_terms(index: Index, content: str, everyday: set[str]) -> list[tuple[str, str]]:
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
            if all(char in covered or char in _GLUE_CHARS for char in term) \
                    or _joins_two_words(overlaps, terms, words, at):
                continue
            lone = _lone_end(raw, overlaps, terms, words, at)
            if lone:
                # 人員|談: the word and a last character that names a concept on its own.
                kept.append((lone, concept(lone) or lone))
                continue
        if has_cjk(term) and len(term) == 1 and term in _GLUE_CHARS:
            continue
        kept.append((original, term))
    return kept



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


_HEIGHT_ASKED_RE = lazy(r"几高|多高|\bhow (?:tall|high)\b")
# Whether a building stands higher than something (會唔會比住宅高): a comparison that ends
# the question, of a building. (比例, 比較, 相比 are no comparison of two things' heights, and
# a rank, a count or an income compared "higher" is no building.)
_TALLER_ASKED_RE = lazy(r"(?<![相对])比(?![例率较])[^高]{1,15}高(?:吗|呢|啲|些|过|咩|嘅|㗎)?$")
_BUILDING_RE = lazy(r"楼|大厦|建筑|住宅|塔")


# Where the reader read it (a source, or a body named as one), and what the question sets
# aside ("rather than", 而不是).
# "according to" as often typed (acording, accordng).
_SET_ASIDE_RE = lazy(r"(?i)\b(?:ac{1,2}ord?i?ng to|as per|as (?:stated|reported|said|identified"
                     r"|described|named|listed|mentioned|quoted|given|shown) (?:in|by|at)"
                     r"|rather than|instead of|as opposed to)\b[^,?.;!]*"
                     r"|(?:根据|根據|(?<![数數证證依])[據据])[^，,？?。；]{1,20}?"
                     r"(?:资料|資料|报道|報道|公布|新闻稿|新聞稿|文章|网页|網頁|介绍|介紹|所述|所讲"
                     r"|所講|显示|顯示)[^，,？?。；]*|(?:而不是|而非)[^，,？?。；]*")


# Words that only place a year ("end 2023", "Dec 2023", "2023年底"): the year itself is judged
# against the claims' dates, these words would only count against the match.
_DATE_WORDS_RE = lazy(
    r"\b(?:end|start|mid|early|late|beginning|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\s+(?:of\s+)?(?=(?:19|20)\d\d\b)|(?<=\d)年(?:度|底|初|中|尾|末)?|(?<=\d)[月日号]")


# A year that starts a span or that a figure is compared with ("since 2014-15", "against the
# 2014-15 baseline", 自2014-15年度以來, 由 2024年1月起, 較2014-15年度) is the baseline of a change,
# not the date the question asks about: the figure is for a later year.
_BASELINE_RE = lazy(
    r"\b(?:since|from|against|versus|vs\.?|compared (?:with|to)|relative to)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning)\s+of\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?"
    r"|[自由从從較较比]\s*(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?"
    r"|[与與和同](?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?年?度?(?:相比|比较|比較|对比|對比)")


def _has_digit(text: str) -> bool:
    """Whether the text holds a digit (the date patterns need one; they compile on first use)."""
    return any(char.isdigit() for char in text)


def asked_dates(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The years and academic periods a text asks about (a baseline such as 'since 2014-15'
    is not one)."""
    # A baseline names a year: without a digit there is none to take out.
    dated_part = _BASELINE_RE.sub(" ", text) if _has_digit(text) else text
    return find_years(dated_part), _periods(dated_part)


# Days and months are no bodies ("by Friday"), nor places ("held in March").
_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())  # noqa: SIM905 (word lists read better as text)
# Capitals after in/at that name no place: a season, a language, a field.
_NO_PLACES = ("Spring", "Summer", "Autumn", "Fall", "Winter", "English", "Chinese", "Mandarin",
              "Cantonese", "Putonghua", "AI", "IT")
# Being somewhere, said with the place: "held in Beijing", "going up in Pok Fu Lam" (a capital
# after in/at: not a day, a month, one of those, or a figure's "60th in QS"), 在香港會見,
# 係咪喺北京見, 是在上海舉辦的, 建在數碼港, 位於浦東.
_PLACE_TYPED_RE = lazy(
    r"\b(?P<verb>located|situated|based|held|built|housed|hosted|sited|going up|take place"
    r"|took place|taking place|meet|met|meeting|sits?|stands?)\b(?: +[A-Za-z'’-]+){0,4}? +"
    r"(?:in|at) +(?!(?:"
    + "|".join([*(word.capitalize() for word in sorted(_CALENDAR_WORDS)), *_NO_PLACES])
    + r")\b)(?P<place>[A-Z][\w'’-]*(?: +[A-Z][\w'’-]*){0,3})")
_PLACE_VERBS_ZH = "会见|会面|见面|见|举行|举办|兴建|开幕|召开|开班|设立|成立"
_PLACE_TYPED_ZH_RE = lazy(
    r"(?:在|喺|于)(?P<met>[^\W\d_]{2,5}?)(?:" + _PLACE_VERBS_ZH + r")"
    r"|是(?:在|喺)(?P<is>[^\W\d_]{2,5}?)(?:" + _PLACE_VERBS_ZH + r")?的"
    r"|(?:建|起|设)(?:在|喺|于)(?P<built>[^\W\d_]{2,4})"
    r"|(?:位于|设于|坐落|座落)(?:在|于)?(?P<lies>[^\W\d_]{2,4})")
# 在三月, 喺上午, 是在去年的: a time, not a place.
_TIME_NOT_PLACE_RE = lazy(r"[年月日号时周]|[上下中]午|晚上|早上|暑假|寒假|假期|期间|当天|今天|昨天"
                          r"|会上|席间|网上|线上|^[一二三四五六七八九十两]")


# "The first time in Hong Kong", 第一次喺香港, "the only one in Hong Kong": the place is part
# of a distinction asked about, not a place to check.
_DISTINCTION_RE = lazy(r"(?i)\b(?:first|1st|only|sole)\b|首次|首度|第一次|第一个|第一间|第一所"
                       r"|唯一|首个|首间|首所")


def _place_typed(question: str, folded: str) -> tuple[str, str] | None:
    """The place a question puts to be checked, and the text it is read in: for Chinese the
    folded place with the character on either side (在|上海|會: the pairs that straddle it),
    for English the place and the verb that puts something there ("sits in Pudong")."""
    if _DISTINCTION_RE.search(folded):
        return None
    found = None if folded.isascii() else _PLACE_TYPED_ZH_RE.search(folded)
    if found is not None:
        group = next(name for name, place in found.groupdict().items() if place)
        start, end = found.span(group)
        if _TIME_NOT_PLACE_RE.search(found[group]):
            return None
        return found[group], folded[max(0, start - 1):end + 1]
    found = _PLACE_TYPED_RE.search(question)
    return (found["place"], f"{found['place']} {found['verb']}") if found is not None else None


def _names_a_day(question: str) -> bool:
    from factcli.figures import dates_in

    return any(iso.count("-") == 2 for iso in dates_in(question))


def _date_spans(question: str) -> list[tuple[int, int]]:
    from factcli.figures import date_spans

    return date_spans(question)


def _is_descriptor(question: str, found: Found, years: list[int], checking: bool = False
                   ) -> bool:
    """A number that describes the question rather than stating a value to look up (a number
    in words does, unless it is the figure put to be checked: "built around four
    directions?")."""
    text = question[found.start:found.end]
    if isinstance(found.quantity.value, int) and found.quantity.value in years:
        return True
    if text.isascii() and text.isalpha():
        return not checking
    return _follows_which(question, found)


def _is_one_in_words(question: str, found: Found) -> bool:
    """第一, 一間, 首: one written as a word says "first" or "a", seldom a figure to look up."""
    return found.quantity.value == 1 and not question[found.start:found.end].isdigit()


def _names_how_many_asked(question: str, found: Found) -> bool:
    """'Which *eight* universities', 哪*兩*個機構: the number of things the answer must name."""
    if not isinstance(found.quantity.value, int) or not 1 < found.quantity.value < 100:
        return False
    return _follows_which(question, found)


def _follows_which(question: str, found: Found) -> bool:
    """Whether the number comes right after which, what, 哪 or 邊 ("which four fields")."""
    before = question[max(0, found.start - 6):found.start].rstrip().lower()
    return before.endswith(("哪", "邊", "边", "which", "what"))


def _is_edition(question: str, found: Found) -> bool:
    """第三屆, 第48屆: the number of an edition in a series, in Chinese."""
    return question[found.start - 1:found.start] == "第" \
        and question[found.end:found.end + 1] in _EDITION_WORDS


_EDITION_WORDS = frozenset("屆届次期輪轮批")
_ORDINAL_WORDS = frozenset("""
second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
""".split())  # noqa: SIM905 (word lists read better as text)


def _number_prefix(term: str) -> float | None:
    digits = re.match(r"[0-9]+(?:\.[0-9]+)?", term)
    return float(digits.group()) if digits else None


def _doubled_letter(index: Index, word: str) -> str | None:
    """A key pressed twice ('fuunded' is funded, though founded is as near): the English word
    left with one of the letters, as the claims keep it, when they use it."""
    return next((stem(single) for single in with_doubled_letter_once(word)
                 if single in english_words() and stem(single) in index.postings), None)


def _correct_typo(term: str, vocabulary: list[str], most: int = 2,
                  frequency: Callable[[str], tuple[int, int]] | None = None) -> str | None:
    """The known word one slip away: a transposition or typo in a short word, two in a long one.
    Of words equally near, the one the claims use beside the question's other words ("Xi
    Jinpng" is Jinping, not Huai Jinpeng), then the one they use most ("presdent" is
    "president", not "present")."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    limit = min(most, 1 if len(term) <= 6 else 2)
    # Slips rarely touch the first letter; a word that differs there is another word (pull, full).
    same_start = [word for word in vocabulary if word[0] == term[0]]
    found = process.extract(term, same_start, scorer=OSA.distance, score_cutoff=limit,
                            limit=None)
    if not found:
        return None
    nearest = min(distance for _, distance, _ in found)
    ties = [word for word, distance, _ in found if distance == nearest]
    return max(ties, key=frequency) if frequency and len(ties) > 1 else ties[0]


# Of a name's other word, the claims read to find the word written beside it: a name's word
# is rare, and a common one ("hong") would cost a scan of many claims for nothing.
_MOST_NAME_HOLDERS = 40
_SHORTEST_SLIPPED_NAME = 4


def _name_word_beside(index: Index, question: str, word: str,
                      respelled: dict[str, str]) -> str | None:
    """The word of a name the claims write beside the name's other word, which the question
    types beside this one, when this word is one slip from it (two in a word of seven letters
    or more): 'Nanci' in "Nanci Ip" is Nancy, 'Shereef' is Sherif; of a shorter word only the
    spelling with a Y before it ('Yip' in "Nancy Yip" is Ip)."""
    from rapidfuzz.distance import OSA

    if len(word) < _SHORTEST_SLIPPED_NAME and not word.startswith("y"):
        return None  # Xie is not Xia: a short name one letter off is another name
    words = [stem(w) for w in _LATIN_WORD_RE.findall(question.lower())]
    limit = 1 if len(word) < 7 else 2
    for at, here in enumerate(words):
        if here != word:
            continue
        for step in (-1, 1):
            if not 0 <= at + step < len(words):
                continue
            other = respelled.get(words[at + step], words[at + step])
            holders = index.postings.get(other, ())
            if not holders or len(holders) > _MOST_NAME_HOLDERS:
                continue
            for position in holders:
                held_words = index.statement_terms[position].split()
                for spot, held in enumerate(held_words):
                    meant = held_words[spot - step] if held == other and 0 <= spot - step < len(
                        held_words) else ""
                    if not meant.isalpha() or meant == word:
                        continue
                    if len(word) < _SHORTEST_SLIPPED_NAME:
                        if word == "y" + meant:  # Yip for Ip: one name spelt two ways
                            return meant
                    elif OSA.distance(meant, word, score_cutoff=limit) <= limit:
                        return meant
    return None


def _everyday_slip(index: Index, word: str) -> bool:
    """Whether a word typed with a slip is an everyday English word ('supprt')."""
    meant = _english_slip(index, word)
    return meant is not None and meant in general_words()


def _english_slip(index: Index, word: str) -> str | None:
    """The English word one slip away from a word that is none ('supprt' → support): of
    several, the one the claims use most ('sace' → space), else the commonest ('manily' →
    mainly)."""
    key = ("english slip", word)
    if key in index.derived:
        return index.derived[key]
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # The list runs from the commonest word down.
    found = [near for near, _, _ in sorted(process.extract(
        word, english_words().starting_with(word[0]), scorer=OSA.distance, score_cutoff=1,
        limit=None), key=lambda hit: (hit[1], hit[2]))]
    known = [near for near in found if (concept(stem(near)) or stem(near)) in index.postings]
    if known:
        # 'sace' is space, safe or sale: the one the claims use most.
        meant: str | None = max(known, key=lambda near: len(
            index.postings[concept(stem(near)) or stem(near)]))
    else:
        meant = found[0] if found else None  # 'manily': mainly, the commonest
    index.derived[key] = meant
    return meant


def _holders_beside(index: Index, others: list[str]) -> Callable[[str], tuple[int, int]]:
    """How many claims hold a word together with the question's other words, and in all."""
    beside = set().union(*(index.postings[other] for other in others)) if others else set()

    def held(word: str) -> tuple[int, int]:
        holders = index.postings.get(word, ())
        return len(beside.intersection(holders)), len(holders)

    return held


def _linked_claims(index: Index, entity_id: str, related: set[int],
                   asked: set[str]) -> set[int]:
    """Claims about a thing the question names beside the entity, when some claim of that
    thing names the entity: HKUST's Belt and Road course (whose organisers' claim names HKUST)
    has a theme that never names HKUST. Only events, programmes and buildings: another
    university's claims that name HKUST are about that university."""
    if len(asked) < 2:
        return set()  # a thing is named by two of its words or more
    mentioning = set(index.mentions.get(entity_id, ()))
    linked: set[int] = set()
    for thing in _things_named(index, frozenset(asked)):
        own = index.entity_claims.get(thing, ())
        if thing != entity_id and mentioning.intersection(own):
            linked.update(own)
    return linked - related


def _shared_work(index: Index, entities: list[str]) -> set[int]:
    """The claims of a body whose claims name every one of two or more bodies the question
    names: "the summer programme run by PolyU and Shenzhen University" is run by the institute
    the two set up, whose partners' claim names both."""
    if len(entities) < 2:
        return set()
    claims = index.kb.claims
    named_by: set[str] | None = None
    naming: dict[str, set[str]] = {}
    for entity_id in entities:
        bodies = {claims[position].entity for position in index.mentions.get(entity_id, ())}
        naming[entity_id] = bodies
        named_by = bodies if named_by is None else named_by & bodies
    # "港科大和上实搞的生物科技基金": a body named beside two or more others whose claims name
    # them all is described by them, as one the question leaves unnamed is. Beside one other
    # (its parent aside) it is only a body that deals with it: LAERC's proposal to the
    # government.
    described: set[str] = set()
    for body in entities:
        others = [other for other in entities
                  if other != body and body not in index.children.get(other, ())]
        if len(others) > 1 and all(body in naming[other] for other in others):
            described.add(body)
    shared: set[int] = set()
    for body in ((named_by or set()) - set(entities)) | described:
        entity = index.kb.entities.get(body)
        if entity is not None and entity.kind not in {"university", "ranking", "alliance"}:
            shared.update(index.entity_claims.get(body, ()))
    return shared


def _things_named(index: Index, asked: frozenset[str]) -> list[str]:
    """Events, programmes and buildings two or more of whose name terms the question uses."""
    by_term = _things_by_name_term(index, any(has_cjk(term) for term in asked))
    hits: dict[str, int] = {}
    for term in asked:
        for entity_id in by_term.get(term, ()):
            hits[entity_id] = hits.get(entity_id, 0) + 1
    return [entity_id for entity_id, count in hits.items() if count >= 2]


def _things_by_name_term(index: Index, chinese: bool) -> dict[str, list[str]]:
    """Name term → the events, programmes and buildings whose names hold it (once a process)."""
    found = index.derived.get(("things by name term", chinese))
    if found is None:
        found = {}
        for entity_id, entity in index.kb.entities.items():
            if entity.kind in _LINKED_KINDS:
                for term in name_terms(index, entity_id, chinese):
                    found.setdefault(term, []).append(entity_id)
        index.derived[("things by name term", chinese)] = found
    return found


def name_terms(index: Index, entity_id: str, chinese: bool) -> frozenset[str]:
    """The terms of an entity's names (folded once per process): its Latin names, and its
    Chinese ones when the question is Chinese (an English question loads no converter)."""
    key = ("name terms", entity_id, chinese)
    found = index.derived.get(key)
    if found is None:
        found = frozenset(concept(term) or term
                          for name in index.kb.entities[entity_id].names
                          if chinese or name.isascii()
                          for term in tokens(fold_text(name)))
        index.derived[key] = found
    return found


def _related_claims(index: Index, entity_id: str) -> set[int]:
    """Claims about the entity and its sub-entities, and claims that name it."""
    positions = set(index.entity_claims.get(entity_id, ()))
    positions.update(index.mentions.get(entity_id, ()))
    for child in index.children.get(entity_id, ()):
        positions.update(index.entity_claims.get(child, ()))
    return positions


_STOPWORD_NAMES = frozenset({"how", "what", "which", "who", "when", "where", "why", "does", "did",
                             "is", "are", "was", "tell", "give", "show", "list", "please",
                             # languages a reader says they read, not bodies
                             "english", "chinese", "cantonese", "mandarin", "putonghua"})


def distinctive_name_terms(index: Index, entity_id: str, chinese: bool) -> frozenset[str]:
    """The name terms few claims hold: "university", 香港 would credit every claim of every
    university."""
    key = ("distinctive name terms", entity_id, chinese)
    found = index.derived.get(key)
    if found is None:
        common = common_term_limit(index)
        found = frozenset(term for term in name_terms(index, entity_id, chinese)
                          if not term.startswith("~")
                          and len(index.postings.get(term, ())) <= common)
        index.derived[key] = found
    return found


_TERSE_RANK_RE = lazy(r"(?:\b(?:rank|ranking|rankings|ranked|place)|排名|名次)"
                      r"(?:\s*(?:in\s+)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?)?\s*$")
# The word a sentence begins with ("Cheers.", "Apart from …").
_SENTENCE_START_RE = lazy(r"(?:^|[.!?。！？;；]\s*|\s[-–—]\s+)[\s\"'“‘(（]{0,3}([A-Za-z]+)")
_PERIOD_RE = lazy(r"((?:19|20)\d{2})\s*(?:[-/–]|至|到)\s*(?:19|20)?(\d{2})(?!\d)")


def _periods(question: str) -> list[tuple[int, int]]:
    """Academic and budget years written '2018/19' or '2024-25'."""
    found = []
    for start, end in _PERIOD_RE.findall(question):
        first, last = int(start), int(start[:2] + end)
        if last == first + 1:
            found.append((first, last))
    return found


_COMMON_TERM_CLAIMS = 60  # at least this many claims before a term counts as common
_COMMON_TERM_SHARE = 0.05
_LINKED_KINDS = frozenset({"event", "programme", "building"})
_AREAS_RE = lazy(r"\bareas\b")
OFFICE_WORDS = frozenset({"post", "position", "titl", "job", "~role", "~hold"})
_SHORT_FILLER = 4  # them, that: a slip of one may as well be a claim word (theem: theme)
_GLUED_LENGTH = 7
# Two words typed without the space are no longer than this: a longer run is read as typed
# (each split costs two stems; 60,000 letters would take a minute).
_LONGEST_GLUED = 30
# Words that, named as what is asked ("what is the floor area"), ask for a figure.
_MEASURES = frozenset({"~area", "~height", "~cost", "~budget", "~money", "~percent",
                       "~duration", "~population", "~income", "~investment"})


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
    focus = set(query.focus) if english else {concept(pair) or pair
                                              for pair in _COUNTED_ZH_RE.findall(query.folded)}
    if not english and _PEOPLE_COUNTED_RE.search(query.folded):
        focus.add("人")  # 多少名, 幾多位: the measure word counts people, whatever follows
    if not english and _TEAMS_COUNTED_RE.search(query.folded):
        focus.add("~team")  # 幾多隊: the measure word counts teams
    return focus


_COUNTED_ZH_RE = lazy(r"(?:几多|多少)[间个位名家项所只条次座届队款种层栋份]?"
                            r"([\u4e00-\u9fff]{2})(?:呢|啊|呀|㗎|嘅|啦)?$")
_PEOPLE_COUNTED_RE = lazy(r"(?:几多|多少)[名位]")
_TEAMS_COUNTED_RE = lazy(r"(?:几多|多少)[队支]")


def common_term_limit(index: Index) -> float:
    """How many claims may hold a term before it counts as common ("university", 研究)."""
    return max(_COMMON_TERM_CLAIMS, len(index.kb.claims) * _COMMON_TERM_SHARE)
