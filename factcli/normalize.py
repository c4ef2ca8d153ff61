"""Text folding for every matcher: NFKC, case, Traditional→Simplified, spacing, question words."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Callable

Lang = Literal["en", "zh-hant", "zh-hans"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RE = re.compile(f"[{_CJK}]")
_CJK_RUN_RE = re.compile(f"[{_CJK}]+")
_WORD_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_NOT_WORD_RE = re.compile(f"[^a-z0-9.{_CJK}]+")
_THOUSANDS_RE = re.compile(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")
_POSSESSIVE_RE = re.compile(r"(?<=[a-z0-9)])['’]s\b")
_INNER_HYPHEN_RE = re.compile(r"(?<=[a-z])[-‐‑–](?=[a-z])")
_LOOSE_DOT_RE = re.compile(r"(?<![0-9])\.|\.(?![0-9])")

# Question words and fillers in English, Mandarin and Cantonese, folded to Simplified. They carry
# no content, so neither the matcher's coverage test nor its scores should count them.
_EN_STOPWORDS = frozenset("""
a an the of in on at to for from by with and or as is are was were be been being it its it's
this that these those there their they them what which who whom whose when where why how many
much does do did has have had will would can could should shall may might please tell me us show
give find list know about any some number numbers total amount figure value count i we you your
our my than then so if not no yes get got s vs versus per into onto also just only still ever
exactly actually currently really very quite roughly approximately precisely anything something
come comes came go goes went going make makes out up down over off again further once here all
both each few more most other such own same too can't don't isn't aren't wasn't doesn't didn't
would've should've whats what's who's where's when's how's there's let let's like look see say
said says tell told ask asked want wanted need needed use used kind sort thing things way ways
one ones name named called call exist exists existing currently today now latest recent recently
together along among within without via per toward towards across behind beyond since until while
whether either neither nor yet though although because due onto upon regarding according accordingly
new produce produced produces generate generated include includes included contain contains achieve
achieved reach reached manage managed kind kinds type types sort sorts bring brings moment
present presently nowadays right last reported wise
""".split())  # noqa: SIM905 (word lists read better as text)
_ZH_QUESTION_PHRASES = tuple(sorted("""
有几多 几多 多少 几时 什么时候 甚么时候 什么 甚么 乜嘢 咩嘢 边个 边位 边间
边度 边一个 哪个 哪些 哪里 哪儿 哪一 哪 谁 系咪 系唔系 是不是 是否 有没有
有冇 有无 请问 想问 知唔知 知道 告诉我 话我知 同我讲 吗 呢 嘅 咩 啊 呀 喇
啦 㗎 嚟 咗 吖 嘛 的 了 吧 呢个 这个 这些 嗰个 个 有 是 一共 总共 合共
共有 到底 究竟 目前 现在 宜家 喺 啲 嗰 咁 噉 而家 依家 什么地方 甚么地方 咩地方 边个地方
哪个省份 哪个省 哪个区 哪个城市 边个区 边区 哪一区 入面 里面 里头 入边 职位 职务 身份 多咗
设在 建在 坐落 座落 搞到 包括 包含
为何 何人 何时 何处 何地 为什么 为甚么 点解 点样 如何 怎样 怎么 做咩 为咗 搞咩
第几 排第几 第几名 几耐 多久 多长 多大 多高 多远 几年 边年 哪年 哪天 几月 几号
呢间 呢个 嗰间 佢 佢哋 他们 它 其 该 此 请 问 一下 吓 睇 讲 说 话 可以 可否 能否
有没 会唔会 会不会 系唔系 是咪 咪 未 冇 没有 嘛 咧 喎 啰 呃 噃 哦
""".split(), key=len, reverse=True))  # noqa: SIM905
_MEASURE_WORDS = "间个位名家项所只条次座年届吨队款种层栋"
_ZH_QUESTION_RE = re.compile(
    f"(?:边一?[个位间]|谁|咩|乜嘢|几多|多少)系|(?:哪|边)[两几][{_MEASURE_WORDS}]?"
    f"|(?:系)?(?:有几多|几多|多少|边一|边|哪一|哪)[{_MEASURE_WORDS}]"
    f"|系(?=边|几多|咩|乜|唔系|咪)"
    "|" + "|".join(re.escape(p) for p in _ZH_QUESTION_PHRASES)
)


@cache  # one converter per direction, built once per process
def _converter(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def to_simplified(text: str) -> str:
    """Hong Kong Traditional (or any Traditional) to Simplified; other text unchanged."""
    return _converter("hk2s")(clean_text(text)) if has_cjk(text) else text


def to_traditional(text: str) -> str:
    """Simplified to Hong Kong Traditional."""
    return _converter("s2hk")(clean_text(text)) if has_cjk(text) else text


def detect_lang(text: str) -> Lang:
    """The language an answer should be given in: the question's own script."""
    cjk = _CJK_RUN_RE.findall(text)
    if not cjk:
        return "en"
    joined = "".join(cjk)
    simplified = to_simplified(joined)
    if simplified != joined:
        return "zh-hant"
    return "zh-hans" if to_traditional(joined) != joined else "zh-hant"


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Bytes that were not UTF-8 reach Python as lone surrogates; they become U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)


# Abbreviations whose capitals carry the meaning: "THE" is Times Higher Education, not "the".
_CASED_ABBREVIATIONS = ((re.compile(r"\bTHE\b(?=\s+(?:[A-Z]|world|asia|young|impact|"
                                    r"rank|20\d\d))"), "Times Higher Education"),)


def expand_abbreviations(text: str) -> str:
    """Spell out abbreviations that case folding would make ambiguous (THE → Times Higher …)."""
    for pattern, expansion in _CASED_ABBREVIATIONS:
        text = pattern.sub(expansion, text)
    return text


def fold_text(text: str) -> str:
    """One canonical form for matching; idempotent: fold_text(fold_text(x)) == fold_text(x)."""
    text = unicodedata.normalize("NFKC", clean_text(text)).casefold()
    text = to_simplified(text)
    text = _POSSESSIVE_RE.sub("", text).replace("%", " percent ")
    text = _THOUSANDS_RE.sub("", text)
    text = _INNER_HYPHEN_RE.sub("", text)
    text = _NOT_WORD_RE.sub(" ", text)
    text = _LOOSE_DOT_RE.sub(" ", text)
    return " ".join(text.split())


def strip_question_words(folded: str) -> str:
    """Remove question words and fillers from folded text, keeping the content."""
    folded = _ZH_QUESTION_RE.sub(" ", folded)
    return " ".join(word for word in folded.split() if word not in _EN_STOPWORDS)


_IRREGULAR = {"met": "meet", "held": "hold", "led": "lead", "won": "win", "spoke": "speak",
              "took": "take", "made": "make", "began": "begin", "built": "build", "sent": "send",
              "gave": "give", "became": "become", "grew": "grow", "chose": "choose",
              "signed": "sign", "centre": "center", "centres": "center", "programme": "program",
              "programmes": "program", "organisation": "organization",
              "organisations": "organization", "organise": "organize", "organised": "organize"}


def stem(word: str) -> str:
    """A light English stemmer: pairs 'startups' with 'startup', 'ranking' with 'ranked'."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5 and not word.endswith("eed"):
        word = word[:-2]
    elif word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"),
                                ("shes", "sh")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(folded: str, unigrams: bool = False) -> list[str]:
    """Terms of folded text: stemmed English words and numbers, CJK character bigrams.

    With unigrams, every CJK character is a term too, so that a one-character question word
    left standing alone (電, 錢) still meets the claims that use it.
    """
    terms: list[str] = []
    for chunk in folded.split():
        for run in re.split(f"([{_CJK}]+)", chunk):
            if not run:
                continue
            if _CJK_RE.match(run):
                if len(run) == 1:
                    terms.append(run)
                else:
                    terms.extend(run[i:i + 2] for i in range(len(run) - 1))
                    if unigrams:
                        terms.extend(run)
            else:
                terms.extend(stem(word) for word in _WORD_RE.findall(run))
    return terms


Intent = Literal["count", "when", "where", "who", "rank", "purpose"]
_INTENT_PATTERNS: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    ("rank", re.compile(r"\b(?:rank\w*|position|place|placed)\b.*\b(?:what|which|where)\b|"
                        r"\b(?:what|which|where)\b.*\b(?:rank\w*|position|place|placed|land)\b|"
                        r"\bhow (?:high|well)\b.*\brank|第几|排第|排名第|几名|排几|排名几")),
    ("when", re.compile(r"\bwhen\b|\bwhat (?:year|date|month|time)\b|\bwhich year\b|几时|"
                        r"什么时候|甚么时候|何时|哪一?年|边一?年|几时|日期|几号")),
    ("where", re.compile(r"\bwhere\b|\bwhich (?:city|district|place|region|province)\b|边度|"
                         r"哪里|哪儿|喺边|在哪|何处|边区|哪个城市|哪个地方|地点|位置|什么地方|"
                         r"甚么地方|位于|设在|选址|哪个区|哪个省|哪个城市")),
    ("who", re.compile(r"\bwho(?:m|se)?\b|边个|边位|谁|哪位|何人|职位|职务|身份|"
                       r"\bwhat (?:is|was) .* (?:role|title|job)\b")),
    ("purpose", re.compile(r"\bused for\b|\bwhat for\b|\bpurpose\b|\baims?\b|\bgoals?\b|"
                           r"\b(?:meant|supposed|designed|intended) to\b|\bwhat is .* about\b|"
                           r"\bwhy\b|\bfor what\b|\bobjective|为咗|做咩|用途|用嚟|目的|宗旨|"
                           r"为什么|为何|点解|作用")),
    ("count", re.compile(r"\bhow (?:many|much|big|large|high|long)\b|\bnumbers?\b|几多|多少|"
                         r"几个|几间|几大|几高|多大|多久|几耐|多长")),
)


def question_intent(folded: str) -> Intent | None:
    """What kind of answer the question words ask for: a count, a date, a place or a person."""
    for intent, pattern in _INTENT_PATTERNS:
        if pattern.search(folded):
            return intent
    return None


# Words that name the same idea, folded to one concept term on both sides, so that a question
# about "money" meets a claim about "funding" and 成立 meets "set up". Kept small and general:
# each group is a paraphrase readers use, never a rule for one claim.
_CONCEPTS = {
    "~money": "money cash funding fund funds financing finance budget dollar dollars grant grants "
              "钱 资金 经费 拨款 资助 款项",
    "~found": "found establish set launch creat inaugurat build construct 成立 创立 设立 创办 创建 "
              "建立 启动 兴建 建设",
    "~startup": "startup startups spinoff spinoffs venture ventures 初创 创企",
    "~place": "location locat situat site address 位于 地点 位置 选址 地址",
    "~goal": "purpose aim goal objective mission intend meant 目的 宗旨 目标 用途 旨在",
    "~rank": "rank position place 排名 名次 排第",
    "~student": "student students undergraduate undergraduates undergrad undergrads pupil "
                "学生 学员 本科生",
    "~partner": "partner partnership collaborator collaboration cooperation tie tieup ally "
                "伙伴 合作 协作",
    "~lead": "head lead leader direct director chief run 主任 院长 首长 领导 带领 率领",
    "~area": "area size big large floorspace 面积",
    "~award": "award awards prize prizes medal medals accolade 奖项 奖",
    "~company": "company companies firm firms enterprise enterprises business businesses 公司 企业 "
                "商界",
    "~email": "email e-mail mail 电邮 邮箱 邮件 电子邮件",
    "~org": "organization organisation institution body bodies agency 机构 单位 组织 团体",
    "~end": "end ends finish finishes close conclude 结束 完结 闭幕 完",
    "~begin": "begin begins commence open opening kick 开始 开幕 揭幕",
    "~external": "external outside 校外 外部",
    "~council": "council board governing 校董会 董事会 理事会",
    "~field": "expertise discipline disciplines field fields domain domains specialism "
              "领域 范畴 专长",
    "~america": "america american americans us usa 美国",
    "~internship": "internship internships placement placements 实习",
    "~delegate": "delegate delegates representative representatives participant participants "
                 "trainee trainees 代表 学员",
    "~device": "device devices robot robots instrument instruments machine 机器人 设备 仪器",
    "~visit": "visit visited tour toured 参观 到访 访问",
    "~abroad": "abroad overseas outbound 海外 境外 外地",
    "~water": "water 用水 水",
    "~electricity": "electricity power 耗电 电力 用电 电",
    "~expert": "professor professors academic academics scholar scholars 教授 学者",
    "~percent": "percent percentage share proportion 比例 百分比 比率 占比",
}
_CONCEPT_OF = {stem(word): concept for concept, words in _CONCEPTS.items()
               for word in words.split()}


def concept(term: str) -> str | None:
    """The concept a term names, if it is one of the listed paraphrases."""
    return _CONCEPT_OF.get(term)


def compact(text: str) -> str:
    """Folded text without spaces: aliases match 'poly u', 'polyu' and 'Poly-U' alike."""
    return fold_text(text).replace(" ", "")
