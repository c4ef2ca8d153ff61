"""Chinese names typed in pinyin ("Pang Dingquan" for 龐鼎全, "Xianggang Daxue" for 香港大學):
read as the characters the claims use, so that an English question finds a person or a body
the claims name only in Chinese."""

from __future__ import annotations

from itertools import product
from math import prod
from typing import TYPE_CHECKING

from factcli.lexicon import characters_read, sounds_of
from factcli.normalize import with_doubled_letter_once

if TYPE_CHECKING:
    from factcli.index import Index

# A Chinese name has two to four characters: a surname and a given name of one or two.
_MIN_SYLLABLES, _MAX_SYLLABLES = 2, 4
_LONGEST_SYLLABLE = 6  # zhuang, shuang
_MOST_SLIPPED_SYLLABLES = 3
_VOWELS = "aeiou"
# Readings tried per alias: a few characters have two or three; a long name with many such
# would multiply past any use.
_MOST_READINGS = 64


def syllable_readings(word: str) -> list[tuple[str, ...]]:
    """Every way to read a lower-case word as pinyin syllables ('xian': xian, xi-an)."""
    readings: list[tuple[str, ...]] = []
    pending: list[tuple[int, tuple[str, ...]]] = [(0, ())]
    while pending:
        start, read = pending.pop()
        if start == len(word):
            readings.append(read)
            continue
        if len(read) == _MAX_SYLLABLES:
            continue
        for end in range(start + 1, min(len(word), start + _LONGEST_SYLLABLE) + 1):
            if characters_read(word[start:end]):
                pending.append((end, (*read, word[start:end])))
    return readings


def name_in_claims(index: Index, words: list[str]) -> str | None:
    """The one name in the claims' Chinese that the pinyin words spell, surname first or last
    ("Pang Dingquan", "Dingquan Pang"), or with one slip ("Ni Mingxuaan"); None when they spell
    none, or several."""
    found = _names_spelled(index, [syllable_readings(word) for word in words])
    if not found:
        # A slip is undone only in a name of a person's length: a longer run of pinyin is
        # more often the English name of a place the claims spell ('Zhangjaing Fudan').
        found = _names_spelled(index, [syllable_readings(word) + _slipped_readings(word)
                                       for word in words], _MOST_SLIPPED_SYLLABLES)
    if not found and len(words) > 1:
        # One vowel for another ('Ni Mingxuen'), last, and only in a name of two words or
        # more: a lone word so read is more often an English word typed with a slip.
        found = _names_spelled(index, [syllable_readings(word) + _misheard_readings(word)
                                       for word in words], _MOST_SLIPPED_SYLLABLES)
    return found.pop() if len(found) == 1 else None


def _names_spelled(index: Index, per_word: list[list[tuple[str, ...]]],
                   most: int = _MAX_SYLLABLES) -> set[str]:
    if not all(per_word):
        return set()
    found: set[str] = set()
    orders = [[*range(len(per_word))]]
    if len(per_word) > 1:
        orders.append([*range(1, len(per_word)), 0])
    for order in orders:
        for choice in product(*(per_word[k] for k in order)):
            sounds = [sound for reading in choice for sound in reading]
            if _MIN_SYLLABLES <= len(sounds) <= most:
                found |= _written(index, sounds)
    return found


def _slipped_readings(word: str) -> list[tuple[str, ...]]:
    """The readings of the word with one slip undone, a key pressed twice or two swapped
    ('Mingxuaan', 'Dingqaun'): a name typed fast is still the name."""
    variants = set(with_doubled_letter_once(word))
    variants |= {word[:at] + word[at + 1] + word[at] + word[at + 2:]
                 for at in range(len(word) - 1)}
    return _readings_of(variants)


def _misheard_readings(word: str) -> list[tuple[str, ...]]:
    """The readings of the word with one vowel for another ('Mingxuen'): a name heard rather
    than read is still the name."""
    return _readings_of({word[:at] + vowel + word[at + 1:] for at, letter in enumerate(word)
                         if letter in _VOWELS for vowel in _VOWELS if vowel != letter})


def _readings_of(variants: set[str]) -> list[tuple[str, ...]]:
    return [reading for variant in sorted(variants) for reading in syllable_readings(variant)]


def _written(index: Index, sounds: list[str]) -> set[str]:
    """The character strings read as the sounds whose every pair some claim holds."""
    spelled = set(characters_read(sounds[0]))
    for sound in sounds[1:]:
        following = characters_read(sound)
        spelled = {text + char for text in spelled for char in following
                   if text[-1] + char in index.postings}
        if not spelled:
            break
    return spelled


def alias_in_pinyin(index: Index, words: list[str]) -> tuple[int, int, str] | None:
    """The longest run of the words (start, end) that spells a Chinese alias in pinyin
    ("Xianggang Keji Daxue" for 香港科技大學), with the entity it names; None for none."""
    spelled = _aliases_by_sound(index)
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            entity = spelled.get("".join(words[start:start + size]))
            if entity:
                return start, start + size, entity
    return None


def _aliases_by_sound(index: Index) -> dict[str, str]:
    """Each Chinese alias of two characters or more by its toneless pinyin, run together;
    a reading two entities share names neither."""
    table = index.derived.get(("aliases by sound",))
    if table is None:
        owners: dict[str, set[str]] = {}
        for form in index.cjk_aliases:
            readings = [sounds_of(char) for char in form]
            if len(form) < 2 or not all(readings) \
                    or prod(len(sounds) for sounds in readings) > _MOST_READINGS:
                continue
            for sounds in product(*readings):
                owners.setdefault("".join(sounds), set()).add(index.aliases[form])
        table = {sound: next(iter(found)) for sound, found in owners.items() if len(found) == 1}
        index.derived[("aliases by sound",)] = table
    return table
