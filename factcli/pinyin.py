"""Chinese names typed in pinyin ("Pang Dingquan" for 龐鼎全): read as the characters the
claims use, so that an English question finds a person the claims name only in Chinese."""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING

from factcli.lexicon import characters_read

if TYPE_CHECKING:
    from factcli.index import Index

# A Chinese name has two to four characters: a surname and a given name of one or two.
_MIN_SYLLABLES, _MAX_SYLLABLES = 2, 4
_LONGEST_SYLLABLE = 6  # zhuang, shuang


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
    ("Pang Dingquan", "Dingquan Pang"); None when they spell none, or several."""
    per_word = [syllable_readings(word) for word in words]
    if not all(per_word):
        return None
    found: set[str] = set()
    orders = [[*range(len(words))]]
    if len(words) > 1:
        orders.append([*range(1, len(words)), 0])
    for order in orders:
        for choice in product(*(per_word[k] for k in order)):
            sounds = [sound for reading in choice for sound in reading]
            if _MIN_SYLLABLES <= len(sounds) <= _MAX_SYLLABLES:
                found |= _written(index, sounds)
    return found.pop() if len(found) == 1 else None


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
