"""Word lists in English and Chinese, made once by bench/make_lexicon.py and read on demand."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# A single question looks up a dozen words: searching the file's text costs less than building
# a set of 26,000 words. A batch looks up thousands, so after this many it builds the set.
_LOOKUPS_BEFORE_SET = 300


class WordList:
    """Membership in a one-word-a-line list, cheap for a few lookups and for many."""

    def __init__(self, path: Path) -> None:
        self._text = "\n" + path.read_text(encoding="utf-8").partition("\n")[2]
        self._words: frozenset[str] | None = None
        self._lookups = 0
        self._by_initial: dict[str, list[str]] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        if self._words is None:
            self._lookups += 1
            if self._lookups <= _LOOKUPS_BEFORE_SET:
                return f"\n{word}\n" in self._text
            self._words = frozenset(self._text.split())
        return word in self._words

    def rank(self, word: str) -> int | None:
        """The word's place in the list (0 for the first; the lists run most frequent first),
        or None when it is not on it."""
        if not word or "\n" in word:
            return None
        at = self._text.find(f"\n{word}\n")
        return None if at < 0 else self._text.count("\n", 0, at)

    def starting_with(self, letter: str) -> list[str]:
        """The words that begin with a letter (a slip seldom touches the first)."""
        if self._by_initial is None:
            self._by_initial = {}
            for word in self._text.split():
                self._by_initial.setdefault(word[0], []).append(word)
        return self._by_initial.get(letter, [])


@cache  # read once per process, and only when a question needs it
def general_words() -> WordList:
    """Verbs, adjectives, adverbs and other words that name no subject of their own."""
    return WordList(Path(__file__).with_name("general.txt"))


@cache
def english_words() -> WordList:
    """Real English words: spelt as meant, never 'corrected' into a knowledge-file word."""
    return WordList(Path(__file__).with_name("english.txt"))


@cache
def _readings() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    sounds: dict[str, list[str]] = {}
    chars_of: dict[str, str] = {}
    text = Path(__file__).with_name("pinyin.txt").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        sound, _, chars = line.partition(" ")
        chars_of[sound] = chars
        for char in chars:
            sounds.setdefault(char, []).append(sound)
    return {char: tuple(found) for char, found in sounds.items()}, chars_of


def homophones(char: str) -> str:
    """The common characters read like this one (any reading, tones ignored), itself excluded."""
    sounds, chars_of = _readings()
    return "".join(dict.fromkeys(other for sound in sounds.get(char, ())
                                 for other in chars_of[sound] if other != char))


def sounds_of(char: str) -> tuple[str, ...]:
    """The toneless pinyin syllables the character is read as (() for none known)."""
    return _readings()[0].get(char, ())


def characters_read(sound: str) -> str:
    """The common characters read as this toneless pinyin syllable ('' for none)."""
    return _readings()[1].get(sound, "")
