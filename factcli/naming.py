"""The bodies a question names: aliases as typed, slipped, spaced or typed by sound, and the
institutions it names that the knowledge file does not hold."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from factcli.index import held_among
from factcli.lazyre import lazy
from factcli.lexicon import english_words, general_words, homophones
from factcli.normalize import (
    GLUE_CHARS,
    LATIN_WORD_RE,
    cjk_runs,
    compact,
    concept,
    fold_text,
    has_cjk,
    stem,
    tokens,
)

if TYPE_CHECKING:
    from factcli.index import Index
    from factcli.model import Entity

# Bounded by what is not a Latin letter: "CUHK嘅" names CUHK though no word boundary follows.
NAME_LIKE_RE = lazy(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]{2,})"
                    r"(?![A-Za-z0-9])")
# Hong Kong's other degree-awarding institutions, as readers type them in lower case ("cuhk
# rankings"): a question about one is about a body the knowledge file may not hold.
OTHER_INSTITUTIONS = frozenset({
    "cuhk", "cityu", "hkbu", "lingu", "lingnan", "eduhk", "hkmu", "ouhk", "hsuhk", "hkapa",
    "hksyu", "vtc", "thei", "chcc", "cihe", "twc", "hkcc", "umac"})
# Their short Chinese names, which other words contain too (中大 in 集中大量 is rare in a
# question, and the knowledge file's own pairs may hold them): read as names, not as pairs.
OTHER_INSTITUTIONS_ZH = ("中大", "城大", "浸大", "岭大", "教大", "都大", "树仁", "恒大")


# Words of possession that may stand inside a Chinese name (港大嘅創新中心, 港大個中心).
_POSSESSIVES = ("的", "嘅", "个", "之")
_POSSESSIVE_ZH_RE = lazy("[ " + "".join(_POSSESSIVES) + "]")
_ALIAS_GAP = "(?:" + "|".join((" ", *_POSSESSIVES)) + ")?"


# A name typed in lower case that English uses this rarely is still the name: "ust", "cas" and
# "moe" are on the word list (past the 14,000th word), "must" is its 185th.
_COMMON_ENGLISH_RANK = 10_000


def _common_english(word: str) -> bool:
    if word not in english_words():  # the set answers most words; the rank reads the list
        return False
    place = english_words().rank(word)
    return place is not None and place < _COMMON_ENGLISH_RANK


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
        if "香港大学" in folded:
            folded = _WHICH_HONG_KONG_UNIVERSITY_RE.sub(r"\1香港的大学", folded)
    words = folded.split()
    ascii_words = [w if not has_cjk(w) else "" for w in words]
    used = [False] * len(words)
    _exact_aliases(index, words, ascii_words, used, found, (8, 7, 6, 5, 4, 3, 2))
    # Before one-word names are taken: "Kellog HKUST EMBA" is one name typed with a slip.
    _multiword_slips(index, words, ascii_words, used, found)
    names = [w if not (w in lower_case and _common_english(w)) else "" for w in ascii_words]
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
            if all(_possessive_misplaced(found_form.group(), form)
                   for found_form in spaced.finditer(squeezed)):
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


def _possessive_misplaced(typed: str, form: str) -> bool:
    """Whether a possessive typed inside a Chinese name cannot be the name's own: one owner's
    name and the thing it owns stand around it (港大嘅創新中心), each of two characters or
    more (香港的大學 holds 港的大, not 港大), and the thing is more than the kind of body the
    name ends in (香港的大學 is a university in Hong Kong, not 香港大學, HKU)."""
    at = next((i for i, char in enumerate(typed) if char in _POSSESSIVES or char == " "), None)
    if at is None:
        return False
    if typed[at] == " ":
        return False  # folding's space, where brackets stood (港科大 广州)
    return at < _SHORTEST_SIDE or len(typed) - at - 1 < _SHORTEST_SIDE \
        or any(form.endswith(kind) and typed[at + 1:] == kind for kind in _KINDS_OF_BODY)


_SHORTEST_SIDE = 2


_KINDS_OF_BODY = ("大学", "学院")


# 哪所香港大學, 邊間香港大學: which university in Hong Kong, not HKU (香港大學) by name.
_WHICH_HONG_KONG_UNIVERSITY_RE = lazy(r"((?:哪|边)一?(?:所|间|家|个)?)香港大学")


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
                    if char in GLUE_CHARS or char in _COMMON_SOUNDALIKES:
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


def part_by_kind(index: Index, entities: list[str], folded: str) -> list[str]:
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


def owned_by_another(index: Index, entities: list[str], related: dict[str, set[int]],
                     folded: str) -> list[str]:
    """A university's own thing said to be another university's ("HKU's Net-Zero Action
    Plan", 理大嘅獨角獸日): the file knows the thing, but nothing of it as that one's. Only a
    university written right before the thing's name says so ("My son studies at HKU. What
    is the plan's target year?" does not); one the thing's claims bear on, or one of its
    owner's family (HKUST(GZ) and HKUST), is no other owner."""
    bodies = index.kb.entities
    universities = [entity for entity in entities if bodies[entity].kind == "university"]
    if not universities:
        return []
    squeezed = compact(folded)
    found = []
    for entity in entities:
        owner = bodies[entity].parent
        if owner is None or owner in entities or bodies[owner].kind != "university" \
                or any(form in squeezed for form in aliases_of(index, owner)):
            continue
        family = {owner, *index.children.get(owner, ())} | ({bodies[owner].parent} - {None})
        for university in universities:
            if university not in family and bodies[university].parent not in family \
                    and not related[university] & related[entity] \
                    and _written_as_its(index, squeezed, university, entity):
                found.append(_said_of(bodies[university], bodies[entity], bodies[owner],
                                      chinese=has_cjk(folded)))
    return found


def _written_as_its(index: Index, squeezed: str, university: str, entity: str) -> bool:
    """Whether the text writes the university right before the thing: HKU's plan (folded
    "hkus"), 港大嘅計劃, 港大的計劃, 港大計劃."""
    return any(f"{name}{link}{thing}" in squeezed
               for name in aliases_of(index, university) for link in _POSSESSIVE_LINKS
               for thing in aliases_of(index, entity))


_POSSESSIVE_LINKS = ("", "s", "嘅", "的", "之")


def _said_of(university: Entity, thing: Entity, owner: Entity, *, chinese: bool) -> str:
    """The thing named as the other university's: 香港大學的淨零行動計劃."""
    if chinese:
        return f"{university.name.zh}的{_without_owner(thing.name.zh, owner.names)}"
    return f"{university.name.en}'s {_without_owner(thing.name.en, owner.names)}"


def _without_owner(name: str, owner_names: tuple[str, ...]) -> str:
    """The thing's name without its owner's before it (HKUST Net-Zero Action Plan → Net-Zero
    Action Plan); a name joined to the owner's by a dash (PolyU-Shenzhen …) is one name."""
    for owner in sorted(owner_names, key=len, reverse=True):
        rest = name[len(owner):]
        if name.startswith(owner) and rest and rest[0] not in "-–—":
            return rest.lstrip()
    return name


def secondary_entity_terms(index: Index, entities: list[str]) -> list[str]:
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


def misspells_named_entity(index: Index, word: str, entities: list[str]) -> bool:
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
                    or _QUESTION_WORDS.intersection(window) \
                    or CALENDAR_WORDS.intersection(window):
                continue  # no name holds "how", "does" or "may": a window with one is no name
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


CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())  # noqa: SIM905 (word lists read better as text)
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
    found = entities_one_slip_from(index, word, most)
    index.derived[key] = closest = found.pop() if len(found) == 1 else None
    return closest


def entities_one_slip_from(index: Index, word: str, most: int = 2) -> set[str]:
    """The entities with an alias one slip from the word (two for a word of eight letters or
    more, when most allows)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    # A letter typed twice or left out (hkkust, hkst, pollyu) changes the length by one.
    slack = 2 if len(word) >= 8 else 1
    limit = min(most, 1 if len(word) < 8 else 2)
    by_length = index.latin_aliases_by_length
    forms = [form for size in range(len(word) - slack, len(word) + slack + 1)
             for form in by_length.get(size, ())]
    return {index.aliases[form] for form, _, _ in process.extract(
        word, forms, scorer=OSA.distance, score_cutoff=limit, limit=None)}


# The capitalised words of questions (names, mostly) come back question after question; each
# is folded once (folding them was a fiftieth of a question's time).
fold_name = lru_cache(maxsize=1 << 12)(fold_text)


def another_institution(name: str) -> bool:
    """Whether a name is a university or college the knowledge file may not hold (CUHK, 城大,
    "a university", …學院)."""
    folded = compact(fold_text(name))
    return folded in OTHER_INSTITUTIONS or folded in OTHER_INSTITUTIONS_ZH \
        or "universit" in folded or folded.endswith(("大学", "学院"))


def names_in_pinyin(index: Index, question: str,
                    content: str) -> tuple[set[str], list[str], list[str]]:
    """The Chinese names the question spells in pinyin ("Who is Pang Dingquan?" for 龐鼎全,
    "Xianggang Keji Daxue" for 香港科技大學): the words so read, as terms; the names of people
    as the claims write them; the bodies so named. Only capitalised words one of which is
    neither English ('Pang' is) nor known to the claims are read so."""
    left = set(LATIN_WORD_RE.findall(content))
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


# 醫學院, 商學院, 法學院: a faculty any university may have, not the name of an institution.
FACULTY_CHARS = frozenset("医商工法理文药农")


def cut_from_a_longer_name(index: Index, folded: str, name: str) -> bool:
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
NAME_BREAKERS = frozenset("在于於由被将把对向与和及或就也还又再所而但则即为跟同从自以"
                          "的是系个些这那其各做搞")
# Besides those, characters no university's name holds before 大学 that end the phrase before
# one: a verb's first character (更新大学资料, 报读大学). (我们学院, "our college", stays a
# name the file does not know: which college is not said.)
_BEFORE_A_NAME = NAME_BREAKERS | frozenset("读考报申更")


# Words that say how many universities, not which: 全港大学, 各大学, 每间学院.
_QUANTIFIER_CHARS = frozenset("全每诸众")  # (各 ends a phrase already)


def name_proper(found: str) -> str:
    """The name a run ending in 大学/学院 holds, once the phrase before it is cut off: after
    the last character that ends a phrase (发展列为|大学 holds none) and any word saying how
    many (全港大学 is every university in Hong Kong); "" when fewer than two characters stay
    before the 大学."""
    start = max((at + 1 for at, char in enumerate(found[:-2]) if char in _BEFORE_A_NAME),
                default=0)
    name = found[start:]
    while name and name[0] in _QUANTIFIER_CHARS:
        name = name[1:]
    if name[:-2].endswith(_KIND_OF_UNIVERSITY):
        return ""  # 年轻大学, 伙伴大学, 衡量大学: a kind of university, or what is done to one
    return name if len(name) >= 4 else ""


# Words before 大学/学院 that say what kind of university, or what is done to universities
# (衡量大學社會影響力, 專門給年輕大學做的排名), not which one.
_KIND_OF_UNIVERSITY = ("年轻", "顶尖", "本地", "海外", "内地", "公立", "私立", "一流", "知名",
                       "其他", "外国", "综合", "研究型", "伙伴", "合作", "成员", "参与", "姊妹",
                       "友好", "衡量", "评估", "评价", "比较", "资助", "培养", "重点", "社区",
                       "参考", "了解", "选择")


def sources_elsewhere(index: Index, question: str) -> list[str]:
    """Universities the file holds nothing of, named as where the reader read something
    ("according to CUHK's brochure", 根據中大資料): the file cannot say what they wrote."""
    found = []
    for aside in SET_ASIDE_RE.finditer(question):
        folded = fold_text(aside.group())
        found.extend(name for name in OTHER_INSTITUTIONS_ZH
                     if name in folded and name not in index.aliases)
        found.extend(word for word in NAME_LIKE_RE.findall(aside.group())
                     if compact(word) in OTHER_INSTITUTIONS
                     and compact(word) not in index.aliases)
    return found


def unknown_institutions(index: Index, question: str) -> list[str]:
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
        # ("Hong Kong Polytechinc University" is PolyU's name with a slip.)
        if distinctive and not distinctive <= university_words \
                and not _slips_of(distinctive - university_words, university_words) \
                and not any(key in alias for alias in index.aliases) \
                and not any(compact(" ".join(words)) in compact(name) for name in found):
            found.append(" ".join(words))
    return found


def _slips_of(words: set[str], known: frozenset[str]) -> bool:
    """Whether every word is one slip from a known word (of five letters or more)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    return all(len(word) >= _SLIP_LENGTH and process.extractOne(
        word, known, scorer=OSA.distance, score_cutoff=1) is not None for word in words)


_SLIP_LENGTH = 5


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


def known_name_typed_by_sound(index: Index, name: str) -> bool:
    """Whether one character typed by sound hides a known name (香港苛技大學, 國居大學聯盟): it is
    read as meant, not as a body the file does not know."""
    for at, char in enumerate(name[:-2]):  # the 大學 / 學院 that ends it is typed as meant
        for other in homophones(char):
            meant = name[:at] + other + name[at + 1:]
            if compact(meant) in index.aliases or named_in_claims(index, meant):
                return True
    return False


def named_in_claims(index: Index, name: str) -> bool:
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


_FACULTY_RE = lazy(f"[{''.join(sorted(FACULTY_CHARS))}]学院")
_FACULTY_EN_RE = lazy(r"\b(medical|business|law|dental|nursing) school\b"
                      r"|\b(?:school|faculty) of (medicine|business|law|engineering|science)\b")


# Where the reader read it (a source, or a body named as one), and what the question sets
# aside ("rather than", 而不是). 按 opens a source only where a clause starts (按理大網頁嘅講法),
# not inside a word (按年, 按揭).
# "according to" as often typed (acording, accordng).
SET_ASIDE_RE = lazy(r"(?i)\b(?:ac{1,2}ord?i?ng to|as per|as (?:stated|reported|said|identified"
                    r"|described|named|listed|mentioned|quoted|given|shown) (?:in|by|at)"
                    r"|rather than|instead of|as opposed to)\b[^,?.;!]*"
                    r"|(?:根据|根據|按照|依照|(?<![^，,\s])按|(?<![数數证證依])[據据])[^，,？?。；]{1,20}?"
                    r"(?:资料|資料|报道|報道|公布|新闻稿|新聞稿|文章|网页|網頁|介绍|介紹|所述|所讲"
                    r"|所講|显示|顯示|讲法|講法|说法|說法)[^，,？?。；]*|(?:而不是|而非)[^，,？?。；]*")
