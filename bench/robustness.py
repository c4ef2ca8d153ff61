"""How well factcli reads questions it was not tuned on: robustness figures, not speed ones.

    python bench/robustness.py [--sets dev dev2 …] [--show N]

Every answerable tuning question (tests/questions/dev*.yaml) that factcli answers right as
written is changed in one way and asked again:

- English letter slips (en, cross-lingual, terse): one letter of a word of five letters or more
  swapped with the next, dropped or typed twice ("suppport", "cnosume"). Should still be
  answered right.
- Chinese sound slips (zh-hant, zh-hans, cantonese): one character, not a question word,
  replaced by a homophone from factcli's pinyin table (柯大 for 科大). Should still be answered
  right.
- Chatty context (every category but terse): a sentence of context a real user might type
  first ("I'm putting together a briefing note for my manager.", 我幫老闆整緊份報告。), drawn
  from a fixed list in the question's language, put before the question. Should still be
  answered right.
- Another university (every category): HKUST, PolyU, HKU (科大, 理大, 港大) replaced by
  CityU, Lingnan, CUHK (城大, 浸大, 中大), which the file knows nothing of. Should be declined.
- Another year: a lone year (2023, not 2022-23) moved to 2016, for which the file has no
  figure. Should be declined.

The changes are drawn with fixed seeds, one per question, so two runs of the same code give the
same figures, and a question that a new version answers right as written changes no other
question's draw.
Random slips include rare characters readers would never type: the slip figures are floors,
and a fair way to compare two versions.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcli.cache import CacheSettings, load_index  # noqa: E402
from factcli.evaluate import QuestionCase  # noqa: E402
from factcli.index import Index  # noqa: E402
from factcli.lexicon import homophones  # noqa: E402
from factcli.loader import load_questions  # noqa: E402
from factcli.match import Answer, answer_question  # noqa: E402
from factcli.normalize import has_cjk, to_simplified  # noqa: E402
from factcli.paths import shipped_data_dir  # noqa: E402

ENGLISH = ("en", "cross-lingual", "terse")
CHINESE = ("zh-hant", "zh-hans", "cantonese")
_LONG_WORD_RE = re.compile(r"[A-Za-z]{5,}")
# Question words and particles keep their place: a slip there is another matter.
_KEPT_CHARS = frozenset("幾多少邊個哪誰谁时時咩乜嘅咗喺係系是的了嗎吗呢甚什麼么")
_KEPT_WORDS = frozenset({"which", "where", "there", "their", "about", "would", "could"})


def letter_slip(question: str, rng: random.Random) -> str | None:
    words = [m for m in _LONG_WORD_RE.finditer(question) if m.group().lower() not in _KEPT_WORDS]
    if not words:
        return None
    word = rng.choice(words)
    text, at = word.group(), rng.randrange(1, len(word.group()) - 1)
    slipped = rng.choice((text[:at] + text[at + 1] + text[at] + text[at + 2:],  # swapped
                          text[:at] + text[at + 1:],  # dropped
                          text[:at] + text[at] + text[at:]))  # typed twice
    return question[:word.start()] + slipped + question[word.end():]


def sound_slip(question: str, rng: random.Random) -> str | None:
    spots = [i for i, char in enumerate(question)
             if "\u4e00" <= char <= "\u9fff" and char not in _KEPT_CHARS]
    rng.shuffle(spots)
    for at in spots:
        char = to_simplified(question[at])
        others = sorted(set(homophones(char)) - {char})
        if others:
            return question[:at] + rng.choice(others) + question[at + 1:]
    return None


_INSTITUTION_SWAPS = ((re.compile(r"\bHKUST\b"), "CityU"), (re.compile(r"\bPolyU\b"), "Lingnan"),
                      (re.compile(r"\bHKU\b"), "CUHK"), (re.compile("港科大|科大"), "城大"),
                      (re.compile("理大"), "浸大"), (re.compile("港大"), "中大"))
_LONE_YEAR_RE = re.compile(r"(?<!\d)20[12]\d(?!\d)(?!\s*[-/–]\s*\d)")


_ENGLISH_CONTEXTS = (
    "I'm putting together a briefing note for my manager.",
    "Quick one for a report I have to hand in tonight.",
    "My colleague and I were arguing about this over lunch, so settle it for us.",
    "I'm a journalist checking a few figures before we go to print.",
    "Sorry if this is a basic question, I'm new to all this.",
    "Hi there! I'm preparing slides for a student orientation talk next week.",
    "Background: our office keeps a fact sheet on local universities and it is out of date.",
    "I read something about this in a newsletter a while back but can't find it now.",
    "Doing some research for my thesis and want to get the facts right.",
    "Hello, hoping you can help me with something for work.",
)
_CHINESE_CONTEXTS = (
    "我幫老闆整緊份簡報，想確認一下。",
    "唔好意思想問少少嘢，",
    "朋友話我知但我唔太肯定，",
    "我正在準備一份報告，需要核實資料。",
    "你好，想請教一個問題。",
    "我在写一篇关于香港高校的文章，",
    "打扰一下，同事让我帮忙查一下：",
    "之前喺新聞見過但唔記得咗，",
    "我們部門要更新大學資料表，",
    "老师布置了作业，我想确认一下，",
)


def chatty_context(question: str, rng: random.Random) -> str | None:
    contexts = _CHINESE_CONTEXTS if has_cjk(question) else _ENGLISH_CONTEXTS
    context = rng.choice(contexts)
    return f"{context} {question}" if context[-1] in ".!" else context + question


def other_university(question: str, rng: random.Random) -> str | None:
    for pattern, other in _INSTITUTION_SWAPS:
        if pattern.search(question):
            return pattern.sub(other, question)
    return None


def other_year(question: str, rng: random.Random) -> str | None:
    found = _LONE_YEAR_RE.search(question)
    return question[:found.start()] + "2016" + question[found.end():] if found else None


def first_claim(index: Index, question: str) -> str:
    result = answer_question(index, question)
    return result.answers[0].claim.id if isinstance(result, Answer) else "decline"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", help="question sets (default: every dev*.yaml)")
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each kind")
    args = parser.parse_args()
    folder = REPO / "tests" / "questions"
    paths = [folder / f"{name}.yaml" for name in args.sets] if args.sets \
        else sorted(folder.glob("dev*.yaml"))
    cases: list[QuestionCase] = [case for path in paths for case in load_questions(path)
                                 if not case.is_statement and not case.should_decline]
    index = load_index([shipped_data_dir()], CacheSettings(None))
    every = ENGLISH + CHINESE + ("mixed", "typo", "number")
    checks = (("English letter slips", ENGLISH, letter_slip, False, 7),
              ("Chinese sound slips", CHINESE, sound_slip, False, 11),
              ("Chatty context", every, chatty_context, False, 13),
              ("Another university", every, other_university, True, 0),
              ("Another year", every, other_year, True, 0))
    right = {case.question: first_claim(index, case.question) in case.expect for case in cases}
    for label, categories, change, declined, seed in checks:
        asked = kept = 0
        misses: list[str] = []
        for case in cases:
            if case.category not in categories or not right[case.question]:
                continue
            # Each question draws its own change: a question answered right as written by a
            # new version then does not redraw the changes of every question after it.
            changed = change(case.question, random.Random(f"{seed}:{case.question}"))
            if changed is None:
                continue
            asked += 1
            got = first_claim(index, changed)
            if (got == "decline") if declined else (got in case.expect):
                kept += 1
            else:
                misses.append(f"  {changed}  ->  {got}")
        share = 100 * kept / asked if asked else 0.0
        verdict = "declined" if declined else "still answered right"
        print(f"{label}: {kept} of {asked} {verdict} ({share:.1f}%)")
        for miss in misses[:args.show]:
            print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
