"""Write factcli/lexicon/general.txt and english.txt: everyday words, and real English words.

The matcher weighs a question word the knowledge file never uses as evidence that the question
is out of scope ("libraries", 東京). Everyday verbs, adjectives and adverbs ("keep track of",
"what's so special", 稱讚, 表示) are no such evidence: readers use them to phrase any question.
This script lists them once, from three well-kept sources, so that the tool itself needs none
of them at run time:

- English: words that lemminflect knows as a verb, adjective or adverb (inflected forms
  included), plus any word at Zipf frequency >= 5.5 (wordfreq), among words with Zipf >= 3.
- Chinese: words of two to four characters that jieba's dictionary tags as anything but a
  noun, a name or a place (time words and directions are everyday), with a dictionary count of
  at least MIN_JIEBA_COUNT.

english.txt lists every English word at Zipf >= MIN_ZIPF, most frequent first: a word on it
is spelt as meant ("province", "aside"), so the matcher must not "correct" it into a
knowledge-file word; a word one slip from it is read as the commonest it can be ("supprt").

pinyin.txt lists, for each toneless pinyin syllable, the common Chinese characters read so
(every reading of a character with several): a character typed by sound (獨腳獸 for 獨角獸)
is one of its homophones. Characters are those of jieba's words counted at least
MIN_PINYIN_COUNT times; readings come from pypinyin (MIT).

Run it in a throwaway environment (the three packages are not factcli dependencies):

    python -m venv /tmp/lex && /tmp/lex/bin/pip install wordfreq lemminflect jieba pypinyin
    /tmp/lex/bin/python bench/make_lexicon.py

wordfreq's data is CC-BY-SA 4.0 and jieba's dictionary MIT; the README credits both.
"""

from __future__ import annotations

import re
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "factcli" / "lexicon"
MIN_ZIPF = 3.0
ALWAYS_GENERAL_ZIPF = 5.5
MIN_JIEBA_COUNT = 200
MIN_PINYIN_COUNT = 50
# jieba's part-of-speech tags for things a question can be about: nouns, names, places,
# organisations, and verbal or adjectival nouns (合作, 研究, 安全). Time words (今年, 當時) and
# directions (之後, 期間, 以內) are everyday: the matcher reads dates apart, and a claim may
# place a thing in time or space in other words.
_SUBJECT_TAGS = {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "s",
                 "vn", "an", "j", "eng", "x"}
# Numerals (首屆, 第一), pronouns and distinguishing words: jieba files titles and ranks here
# (本科, 主任), which name subjects.
_MISREAD_TAGS = {"m", "mq", "r", "b", "q"}
_OPEN_CLASSES = {"VERB", "ADJ", "ADV", "AUX"}
_ASCII_WORD_RE = re.compile(r"^[a-z]+$")
_HAN_WORD_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def english_words() -> set[str]:
    from lemminflect import getAllInflections, getAllLemmas
    from wordfreq import top_n_list, zipf_frequency

    found: set[str] = set()
    for word in top_n_list("en", 60_000):
        if not _ASCII_WORD_RE.match(word):
            continue
        zipf = zipf_frequency(word, "en")
        if zipf < MIN_ZIPF:
            break
        readings = getAllLemmas(word)
        if zipf >= ALWAYS_GENERAL_ZIPF or _OPEN_CLASSES & readings.keys():
            found.add(word)
            for forms in getAllInflections(word, upos="VERB").values():
                found.update(form for form in forms if _ASCII_WORD_RE.match(form))
    return found


def chinese_words() -> set[str]:
    import jieba

    dictionary = Path(jieba.__file__).parent / "dict.txt"
    found: set[str] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, count, tag = parts
        if _HAN_WORD_RE.match(word) and int(count) >= MIN_JIEBA_COUNT \
                and tag not in _SUBJECT_TAGS and tag not in _MISREAD_TAGS:
            found.add(word)
    return found


def pinyin_lines() -> list[str]:
    import jieba
    from pypinyin import Style, pinyin

    dictionary = Path(jieba.__file__).parent / "dict.txt"
    characters: set[str] = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and int(parts[1]) >= MIN_PINYIN_COUNT:
            characters.update(char for char in parts[0] if "\u4e00" <= char <= "\u9fff")
    by_sound: dict[str, set[str]] = {}
    for char in characters:
        for reading in pinyin(char, style=Style.NORMAL, heteronym=True)[0]:
            if reading.isascii() and reading.isalpha():
                by_sound.setdefault(reading, set()).add(char)
    return [f"{sound} {''.join(sorted(chars))}" for sound, chars in sorted(by_sound.items())]


def real_english_words() -> list[str]:
    """Most frequent first: of two words one slip from a typed one, the matcher takes the
    commoner."""
    from wordfreq import top_n_list, zipf_frequency

    found: dict[str, None] = {}
    for word in top_n_list("en", 100_000):
        if zipf_frequency(word, "en") < MIN_ZIPF:
            break
        if _ASCII_WORD_RE.match(word):
            found[word] = None
    return list(found)


def write(name: str, words: list[str]) -> None:
    LEXICON.mkdir(exist_ok=True)
    header = "# Generated by bench/make_lexicon.py; do not edit by hand.\n"
    (LEXICON / name).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {LEXICON / name}")


def main() -> None:
    write("general.txt", sorted(english_words()) + sorted(chinese_words()))
    write("english.txt", real_english_words())
    write("pinyin.txt", pinyin_lines())


if __name__ == "__main__":
    main()
