"""Words typed with a slip: English misspellings, doubled letters, Chinese characters typed by
sound."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcli.lazyre import lazy
from factcli.lexicon import english_words, general_words, homophones
from factcli.naming import OTHER_INSTITUTIONS, OTHER_INSTITUTIONS_ZH, entities_one_slip_from
from factcli.normalize import (
    GLUE_CHARS,
    LATIN_WORD_RE,
    compact,
    concept,
    has_cjk,
    stem,
    strip_question_words,
    with_doubled_letter_once,
)
from factcli.related import related_claims
from factcli.scene import SENTENCE_START_RE

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.index import Index


def sound_slips(index: Index, content: str, entities: list[str]) -> str:
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
    named = {at for name in OTHER_INSTITUTIONS_ZH for found in re.finditer(name, content)
             for at in range(found.start(), found.end())} if "大" in content else set()
    about: set[int] | None = None
    for start, run in _pair_runs_at(content):
        if run in postings or any(char in GLUE_CHARS for char in run) \
                or concept(run) or run in general_words() or run in OTHER_INSTITUTIONS_ZH:
            continue  # a word the file or the language knows (建成, 中大) is spelt as meant
        if about is None and entities:
            about = set().union(*(related_claims(index, e) for e in entities))
        # With bodies named, only a word their claims use; with none, any claim's word.
        fits = [fit for fit in (run[:i] + other + run[i + 1:] for i in range(2)
                                for other in homophones(run[i]))
                if _as_term(fit) in postings
                and (about is None or not about.isdisjoint(postings[_as_term(fit)]))]
        if len(fits) > 1:
            # 定味: 定位 (position), not 定為, whose 為 only glues a sentence together.
            fits = [fit for fit in fits if not GLUE_CHARS.intersection(fit)]
        if len(fits) == 1:
            fixed[start:start + 2] = list(fits[0])
    for start, run in _runs_at(content):
        for i in range(len(run)):
            if run[i] in GLUE_CHARS or start + i in named:
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
    """Whether some claim holds both pairs (the second as the index keeps it)."""
    postings = index.postings
    return not set(postings[first]).isdisjoint(postings[_as_term(second)])


def _as_term(pair: str) -> str:
    """A character pair as the index keeps it: 機構 under its idea (~org)."""
    return concept(pair) or pair


def _pair_runs_at(text: str) -> list[tuple[int, str]]:
    """Runs of exactly two Chinese characters, with where each starts."""
    return [(found.start(), found.group()) for found in _CJK_PAIR_RUN_RE.finditer(text)]


_CJK_PAIR_RUN_RE = lazy(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])")


def _runs_at(text: str) -> list[tuple[int, str]]:
    """Runs of three Chinese characters or more, with where each starts."""
    return [(found.start(), found.group()) for found in _CJK_SPAN_RE.finditer(text)]


_CJK_SPAN_RE = lazy(r"[\u4e00-\u9fff]{3,}")


def doubled_letter(index: Index, word: str) -> str | None:
    """A key pressed twice ('fuunded' is funded, though founded is as near): the English word
    left with one of the letters, as the claims keep it, when they use it."""
    return next((stem(single) for single in with_doubled_letter_once(word)
                 if single in english_words() and stem(single) in index.postings), None)


def holders_beside(index: Index, others: list[str]) -> Callable[[str], tuple[int, int]]:
    """How many claims hold a word together with the question's other words, and in all."""
    beside = set().union(*(index.postings[other] for other in others)) if others else set()

    def held(word: str) -> tuple[int, int]:
        holders = index.postings.get(word, ())
        return len(beside.intersection(holders)), len(holders)

    return held


def correct_typo(term: str, vocabulary: list[str], most: int = 2,
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


def name_word_beside(index: Index, question: str, word: str,
                     respelled: dict[str, str]) -> str | None:
    """The word of a name the claims write beside the name's other word, which the question
    types beside this one, when this word is one slip from it (two in a word of seven letters
    or more): 'Nanci' in "Nanci Ip" is Nancy, 'Shereef' is Sherif; of a shorter word only the
    spelling with a Y before it ('Yip' in "Nancy Yip" is Ip)."""
    from rapidfuzz.distance import OSA

    if len(word) < _SHORTEST_SLIPPED_NAME and not word.startswith("y"):
        return None  # Xie is not Xia: a short name one letter off is another name
    words = [stem(w) for w in LATIN_WORD_RE.findall(question.lower())]
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


def everyday_slip(index: Index, word: str) -> bool:
    """Whether a word typed with a slip is an everyday English word ('supprt')."""
    meant = english_slip(index, word)
    return meant is not None and meant in general_words()


def english_slip(index: Index, word: str) -> str | None:
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


# A word of four letters or more, not part of a hyphenated or contracted one (hasn't, kellog-).
_RESPELLABLE_RE = lazy(r"(?<![A-Za-z'’-])[A-Za-z]{4,}+(?![A-Za-z'’-])")
_LATIN_RUN_RE = lazy(r"[A-Za-z]+")
_NAME_REACH = 24
_LONGEST_NAME_WORD = 7


def respell_english(index: Index, question: str) -> str:
    """The question with English words typed with a slip spelt as meant ('Secretery for
    Educaton', 'what is the HK$30 milion for'), before it is read: a misspelt question word
    or everyday word is then read as one, as a claim's word is.

    A word is left as typed when the claims or the language know it (an inflection of a word
    the language knows included: deriving, courted), when it is one slip from a body's short
    name (ployu, cityu: the names are read apart), when the claims hold a word as near that the
    language's word is not (theem: theme, not them), when the word it would become says
    nothing (wich: which or with), when it reads as pinyin among pinyin (ye yuru), and when
    it is written as a name: capitalised inside a sentence (Professor Keung, Moderna), in
    capitals (ASIC) or with a capital inside (LegCo). A name the file does not know is then
    declined as one."""
    starts: set[int] | None = None  # where the question's sentences begin, read once if needed

    def respelled(found: re.Match[str]) -> str:
        nonlocal starts
        typed = found.group()
        meant = _meant_word(index, typed.lower()) if typed[1:].islower() else None  # not ASIC
        if meant is None:
            return typed
        if starts is None:
            starts = {start.start(1) for start in SENTENCE_START_RE.finditer(question)}
        return _respelled(index, question, found, meant, found.start() in starts)

    return _RESPELLABLE_RE.sub(respelled, question)


def _respelled(index: Index, question: str, found: re.Match[str], meant: str,
               starts_a_sentence: bool) -> str:
    from factcli.pinyin import syllable_readings  # only for a word typed with a slip

    typed = found.group()
    word = typed.lower()
    if syllable_readings(word) and _pinyin_beside(question, found):
        return typed
    # A capital inside a sentence writes a name.
    if typed[0].isupper() and not starts_a_sentence \
            and not _completes_a_name(index, question, found, meant) \
            and not (len(word) >= _LONGEST_NAME_WORD and stem(meant) in index.postings):
        # Professor Keung, Tsim, Yeung: a name the file may not know, as typed; a long
        # capitalised word is seldom a name ("THE Impact Rankigns", "Secratary").
        return typed
    return meant.capitalize() if typed[0].isupper() else meant


def _completes_a_name(index: Index, question: str, found: re.Match[str], meant: str) -> bool:
    """Whether the word as meant, with the word before or after it, is part of a name the
    file knows ("QS Wrold University Rankngs", "Ministry of Educaton")."""
    before, after = _words_beside(question, found)
    joined = [compact(word + meant) for word in before] + [compact(meant + word) for word in after]
    return any(part in name for name in index.latin_aliases for part in joined)


def _meant_word(index: Index, word: str) -> str | None:
    """The English word meant by one typed with a slip, or None (kept once an index)."""
    key = ("meant word", word)
    if key not in index.derived:
        index.derived[key] = _read_meant_word(index, word)
    return index.derived[key]


def _read_meant_word(index: Index, word: str) -> str | None:
    if _known_word(index, word) or _near_a_short_name(index, word):
        return None
    meant = english_slip(index, word)
    if meant is None or meant not in english_words() or not strip_question_words(meant):
        return None
    in_claims = doubled_letter(index, word) or correct_typo(word, index.words)
    return None if in_claims and in_claims != stem(meant) else meant


# Endings of regular inflections, with what each may have taken off the word (derive+ing).
_INFLECTIONS = (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")), ("er", ("", "e")),
                ("ly", ("", "le")), ("s", ("",)), ("d", ("",)))


def _known_word(index: Index, word: str) -> bool:
    """Whether the claims or the language know the word, or the language knows it as an
    inflection of one of its words (deriving, courted, leaner) or spelt in British
    (optimise, prioritised)."""
    if word in index.postings or stem(word) in index.postings or word in index.aliases:
        return True
    british = word.rfind("is")
    forms = (word, word[:british] + "iz" + word[british + 2:]) if british > 0 else (word,)
    return any(_in_the_language(form) for form in forms)


def _in_the_language(word: str) -> bool:
    if word in english_words():
        return True
    for ending, restored in _INFLECTIONS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[:-len(ending)]
            if any(base + tail in english_words() for tail in restored) \
                    or (base[-1] == base[-2] and base[:-1] in english_words()):
                return True  # planned, stopping: a doubled last letter
    return False


def _near_a_short_name(index: Index, word: str) -> bool:
    """Whether the word is one slip from a body's short name (ployu, cityu)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    return bool(entities_one_slip_from(index, word, 1)) or process.extractOne(
        word, OTHER_INSTITUTIONS, scorer=OSA.distance, score_cutoff=1) is not None


def _pinyin_beside(question: str, found: re.Match[str]) -> bool:
    """Whether the word beside this one reads as pinyin and is no English word (yuru ye)."""
    from factcli.pinyin import syllable_readings

    before, after = _words_beside(question, found)
    return any(word.lower() not in english_words() and syllable_readings(word.lower())
               for word in (*before, *after))


def _words_beside(question: str, found: re.Match[str]) -> tuple[list[str], list[str]]:
    """The Latin word just before the word found and the one just after (none or one each).
    Only the few characters either side are read: a name's words stand together."""
    before = _LATIN_RUN_RE.findall(question, max(0, found.start() - _NAME_REACH),
                                   found.start())[-1:]
    after = _LATIN_RUN_RE.findall(question, found.end(), found.end() + _NAME_REACH)[:1]
    return before, after
