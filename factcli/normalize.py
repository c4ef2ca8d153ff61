"""Text folding for every matcher: NFKC, case, Traditional→Simplified, spacing, question words."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from factcli.lazyre import LazyPattern, lazy
from factcli.numbers import parse_chinese_numeral

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

Lang = Literal["en", "zh-hant", "zh-hans"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RE = lazy(f"[{_CJK}]")
_CJK_RUN_RE = lazy(f"[{_CJK}]+")
_WORD_RE = lazy(r"[a-z0-9]+(?:\.[0-9]+)?")
_NOT_WORD_RE = lazy(f"[^a-z0-9.{_CJK}]+")
_NOT_LATIN_WORD_RE = lazy("[^a-z0-9.]+")
_CJK_SPLIT_RE = lazy(f"([{_CJK}]+)")
# Each pattern opens with the character it removes, its neighbours checked after: a pattern
# that opens with a look-behind is tried at every position of the text, one that opens with a
# character jumps from one of them to the next (2-7 times faster on a claim's statement;
# tests/unit/test_normalize.py holds each equal to its look-behind-first form).
_THOUSANDS_RE = lazy(r"[,，](?<=[0-9][,，])(?=[0-9]{3}(?![0-9]))")
_POSSESSIVE_RE = lazy(r"(?<=[a-z0-9)])['’]s\b")
_INNER_HYPHEN_RE = lazy(r"[-‐‑–](?<=[a-z][-‐‑–])(?=[a-z])")
_LOOSE_DOT_RE = lazy(r"\.(?:(?<![0-9]\.)|(?![0-9]))")
_OTHER_HYPHENS_RE = lazy("[‐‑–]")

# Question words and fillers in English (Cantonese particles typed in Latin letters, "what la",
# among them), Mandarin and Cantonese, folded to Simplified. They carry
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
would've should've whats what's who's where's when's how's there's let let's like look see
tell told ask asked want wanted need needed use used kind sort thing things way ways
one ones name named called call exist exists existing currently today now latest recent recently
together along among within without via per toward towards across behind beyond since until while
whether either neither nor yet though although because due onto upon regarding according accordingly
new produce produced produces generate generated include includes included contain contains achieve
achieved reach reached manage managed kind kinds type types sort sorts bring brings moment
present presently nowadays right last reported wise
pls plz he him his she her hers himself herself itself themselves ourselves yourself
brochure brochures leaflet leaflets booklet booklets pamphlet pamphlets webpage webpages website
websites mainly primarily chiefly mostly largely actually basically generally typically
try tries tried trying refer refers referring represent represents else put puts putting
supposed everyone everybody anyone anybody someone somebody
true confirm confirms confirmed verify verified mention mentions mentioned ve ll re seen heard
apparently reportedly supposedly allegedly indeed truly honestly seriously definitely obviously
la lah lor wor meh hor leh ah ar rite during actual context dollar dollars hkd usd rmb stated
m d example examples somewhere anywhere mine alongside
""".split())  # noqa: SIM905 (word lists read better as text)


def _longest_of(words: Iterable[str]) -> str:
    """A pattern for any of the words, the longest of those that start at a place, as the
    words joined by | longest first would be; written as a tree of their prefixes, so that a
    place is read once, not once a word (two hundred words: a sixth of the time)."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        # Each word's longer continuations are tried before it ends, as longer words come first.
        found = [re.escape(char) + branches(child) for char, child in node.items() if char]
        if not found:
            return ""
        group = found[0] if len(found) == 1 and "" not in node else f"(?:{'|'.join(found)})"
        return group + "?" if "" in node else group

    return branches(tree)


_ZH_QUESTION_PHRASES = tuple(sorted("""
有几多 几多 多少 几时 什么时候 甚么时候 什么 甚么 乜嘢 咩嘢 边个 边位 边间
边度 边一个 哪个 哪些 哪里 哪儿 哪一 哪 谁 系咪 系唔系 是不是 是否 有没有
有冇 有无 乜嘢人 哪些地方 边啲地方 叫咩名 叫乜名 叫乜嘢名 叫什么名字 叫甚么名字
请问 想问 用嚟 用来 用黎 知唔知 知道 告诉我 话我知 同我讲 吗 呢 嘅 咩 啊 呀 喇
啦 㗎 嚟 咗 吖 嘛 了 吧 呢个 这个 这些 嗰个 个 有 是 一共 总共 合共
共有 到底 究竟 目前 现在 宜家 喺 啲 嗰 咁 噉 而家 依家
什么地方 甚么地方 咩地方 边个地方
哪个省份 哪个省 哪个区 哪个城市 边个区 边区 哪一区 入面 里面 里头 入边 职位 职务 身份 官职 多咗
设在 建在 坐落 座落 搞到 包括 包含 今次 呢次 𠮶次 这次 那次 该次 今届 呢届 呢间 𠮶间 𠮶个 𠮶啲
为何 何人 何时 何日 何年 何月 何处 何地 为什么 为甚么 点解 点样 如何 怎样 怎么 做咩 为咗 搞咩
干什么用 干什么 干嘛 干啥 做什么用 做什么 做甚么 做乜 搞乜 有什么用 有咩用 有乜用
百分之几 百分之多少 百分之几多 有几大 几大 有几高 几高 有几长 几长 有几远 几远
时候 主要 所有 整个
第几 排第几 第几名 几耐 多久 多长 多大 多高 多远 几年 边年 哪年 哪一天 哪一日 哪天
几月 几号 边日 边一日 哪日 边天
呢间 呢个 嗰间 佢 佢哋 他们 它 其 该 此 请 问 一下 吓 睇 可以 可否 能否
有没 会唔会 会不会 系唔系 是咪 咪 未 冇 没有 嘛 咧 喎 啰 呃 噃 哦 约为 大约 大概
可唔可以 可不可以 能唔能够 能不能 得唔得 那笔 这笔 呢笔 嗰笔 该笔
除咗 除了 分别 搞嚟 为咗乜 为乜 有何 之处 哪方面 哪个方面 哪一方面 边方面 边个方面 哪些方面 边啲方面
成间大学 成间学校 成个大学 成个学校 成个校园 整间大学 整间学校
真唔真 是真是假 真定假 啱唔啱 属实 属唔属实
所言 所述 至今 此次 本次 是次 本届 边类 边种 边款 哪个年度 边个年度
""".split(), key=len, reverse=True))  # noqa: SIM905
# The measure words things are counted in (間, 個, 位 for people, 棟 and 幢 for buildings …),
# folded, in one place: each pattern that reads them adds the few only it reads.
MEASURE_WORDS_ZH = "间个位名家项所只条次座届队款种栋幢"
_MEASURE_WORDS = MEASURE_WORDS_ZH + "年吨"
# How many, in Chinese (folded): 幾多, 多少, or 幾 before its measure word (幾位, 幾間, 幾支;
# 十幾間 is "over ten", 哪幾 and 邊幾 ask which, 自主研發的幾款 and 這幾間 are "the several").
# The matcher's readings of a count start here.
HOW_MANY_ZH = r"(?:几多|多少|(?<![十百千万哪边的这那呢嗰])几(?=[" + MEASURE_WORDS_ZH + r"层份支]))"
_ZH_QUESTION_RE = lazy(lambda: (
    # (周邊, 海邊, 旁邊, 呢邊, 路邊: a side, not "which".)
    f"(?:边一?[个位间]|谁|咩|乜嘢|几多|多少)系|(?:哪|(?<![周海旁身东西南北外里左右呢𠮶路])边)"
    f"[两几三四五六七八九十][{_MEASURE_WORDS}]?(?:地方(?!政府))?"
    f"|(?:系)?(?:有几多|几多|多少|边一|边|哪一|哪|(?<![十百千万])几)(?:年度|[{_MEASURE_WORDS}])"
    # 現時 (currently) and 好多 (a lot) say nothing of what is asked; 實現時間, 出現時,
    # 多元化 and 多樣 keep their characters.
    "|(?<![实出表发呈体])现时(?!间)|好多(?![元样媒])"
    # 具體 (specifically), 已經 (already), 雙方 (both sides): fillers, but not inside 工具體系,
    # 玩具體驗, 已經營 (has operated), 已經歷 (has been through), 雙方向 (two-way), 雙方案.
    "|(?<![工玩刀家模农教餐道文量器灯厨])具体(?![系验积化])|已经(?!营(?!运)|历)"
    "|双方(?![向案面位法程])"
    # 幾支隊伍: teams are counted in 支 too (支持, 支出 keep theirs).
    "|(?:有几多|几多|多少|(?<![十百千万])几)支(?=[队团])"
    # 係 (is) before a question word; 關係, 體系 and 聯繫 keep their 系.
    f"|(?<![关体联派世谱维直])系(?=边|几多|几时|咩|乜|唔系|咪|想?做[咩乜什]|为咗)"
    # 係幾時嘅事, 是哪一天的事: "the matter" a question closes on is no word to find.
    "|(?<=[的嘅])事情?(?=\\W*$)"
    # 的 is a particle, except inside 目的 (purpose), 的士 and 的确; 項目的, 題目的 hold one.
    "|(?:(?<!目)|(?<=[项题节科数条栏名]目))的(?![士确])"
    # 咩人, 甚麼人: who, but not 甚麼人工智能, 咩人數.
    "|(?:咩|乜|什么|甚么)人(?![工员口才力数士])"
    # 這個數字代表甚麼: the figure typed is what the question is about.
    "|(?:这个|呢个|此)?数字|代表(?:什么|甚么|咩|乜)|指(?:什么|甚么|咩|乜)"
    # 會用在甚麼地方: what money is for, asked in so many words.
    "|(?:会|将)?[用花](?:在|喺|于)(?:什么|甚么|咩|边啲)(?:地方|方面|用途)?"
    # 一年用幾多電: "in a year", the span any yearly figure covers (not 上一年, 一年內).
    "|(?<![上下前后去今明每第同])一年(?![度内间半级])"
    # 有冇理大份: "does PolyU have a share in it"; the name taken out, a lone 份 asks whether
    # the body takes part (股份, 身份 stay).
    "|(?<![\u4e00-\u9fff])份(?=\\s|$)"
    # 喺培訓班度做乜: Cantonese 喺 … 度 is "at …"; with the name taken out, 度 opens a run.
    "|(?<![\u4e00-\u9fff])度(?=[做搞有系读教住讲])"
    # 導師有哪些人: "which people" asks who (not 哪些人才, which talents).
    "|(?:哪些|边啲|哪啲)人(?![\u4e00-\u9fff])"
    # 多少億港元, 幾多萬: the unit the amount asked for is counted in, not a word to find.
    "|(?<=多少|几多)(?:[亿万千百]+(?:港元|港币|美元|人民币|元)?|港元|港币|美元|人民币|元)"
    # 排在第幾: "ranked at" (not 安排在, arranged at).
    "|(?<!安)排(?:在|喺)"
    # 撥咗幾多錢出嚟: "out", closing a verb of giving or setting aside, not a word to find
    # (推出, to launch, keeps its 出).
    "|(?<=[钱款拨捐])出(?:嚟|黎|来)"
    # 係咪真㗎, 真係有, 是真的嗎: "really", "is it true"; 仿真系統, 認真的, 逼真 keep their 真.
    "|(?<![仿认逼当天写传纯率保失求较])真(?:㗎|嘅|的|系)"
    # 排名裡, 名單裏: "in" closing a phrase (not 公里, a kilometre), after a table or
    # document (資料裡引用), or opening a run where a name was taken out (排名里排第幾).
    "|(?<![公英海华千万百十])里(?=\\s|$)|(?<=[名单榜表料])里|(?<![\u4e00-\u9fff])里(?![程面头])"
    # 當時 (at the time) names nothing asked; 適當時候, 相當時間 and 每當時 keep their words.
    "|(?<![适相应每正恰充妥])当时"
    "|" + _longest_of(_ZH_QUESTION_PHRASES)
    # 講, 說, 話 (tell, say), after the phrases that hold them (話我知, 同我講), but not in
    # 講話 (a speech), 講師, 講席, 話題, 話事, 說明, 電話, 對話 or 廣東話.
    + "|(?<!演)[讲说](?![话座者题解明述法服师席堂义课])"
    "|(?<![讲说电对通笑童神东])话(?![题事])"
))


@cache  # one converter per direction, built once per process
def _converter(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def cjk_runs(text: str) -> list[str]:
    """The runs of Chinese characters in the text, in order."""
    return _CJK_RUN_RE.findall(text) if has_cjk(text) else []


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK_RE.search(text) is not None


def to_simplified(text: str) -> str:
    """Hong Kong Traditional (or any Traditional) to Simplified; other text unchanged."""
    return _converter("hk2s")(clean_text(text)) if has_cjk(text) else text


def to_traditional(text: str) -> str:
    """Simplified to Hong Kong Traditional."""
    return _converter("s2hk")(clean_text(text)) if has_cjk(text) else text


def detect_lang(text: str) -> Lang:
    """The language an answer should be given in: the question's own script."""
    cjk = cjk_runs(text)
    if not cjk:
        return "en"
    joined = "".join(cjk)
    simplified = to_simplified(joined)
    if simplified != joined:
        return "zh-hant"
    return "zh-hans" if to_traditional(joined) != joined else "zh-hant"


_SURROGATE_RE = lazy("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Bytes that were not UTF-8 reach Python as lone surrogates; they become U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)


# Abbreviations whose capitals carry the meaning: "THE" is Times Higher Education, not "the".
_CASED_ABBREVIATIONS = ((lazy(r"\bTHE\b(?=\s+(?:[A-Z]|world|asia|young|impact|subject|table|"
                                    r"league|list|rank|20\d\d)|'s\b)"),
                          "Times Higher Education"),
                        # Beside Chinese (科大喺THE亞洲大學排名), capitals are no "the".
                        (lazy(r"(?<![A-Za-z])THE(?![A-Za-z])(?=\s*[\u4e00-\u9fff])"
                              r"|(?<=[\u4e00-\u9fff])\s*THE(?![A-Za-z])"),
                         " Times Higher Education "))


def expand_abbreviations(text: str) -> str:
    """Spell out abbreviations that case folding would make ambiguous (THE → Times Higher …)."""
    for pattern, expansion in _CASED_ABBREVIATIONS:
        text = pattern.sub(expansion, text)
    return text


# Written Cantonese content words and their standard written Chinese, so that a Cantonese
# question meets claims written in standard Chinese (after Traditional→Simplified folding).
# Particles and question words (咗, 嘅, 邊個, 幾時) are not here: the question-word patterns
# read them as they are. Ambiguous characters are left alone (係/系 is also 關係).
_CANTONESE = {
    "琴日": "昨天", "寻日": "昨天", "听日": "明天", "今日": "今天", "旧年": "去年",
    "出年": "明年", "𠮶阵": " ", "嗰阵": " ", "喺度": "在场", "睇": "看", "揾": "找",
    "搵": "找", "攞": "获", "畀": "给", "俾": "给", "返工": "工作",
    "做紧": "做", "夹埋": " ", "同埋": "和", "净系": "只是", "仲有": "还有",
    "倾偈": "谈话", "一齐": " ", "特登": " ", "应承": "答应", "头头": "负责人", "加埋": "总共",
    "嚟自": "来自", "谂": "想", "投落": "投入", "拎": "获",
    "起好": "建成", "起紧": "兴建", "听讲": " ", "听闻": " ", "上年": "去年", "使咗": "花费",
    "上昼": "上午", "下昼": "下午", "晏昼": "下午", "合搞": "合办",
    "搞掂": "完成", "起楼": "建楼", "起咗": "建了", "起嘅": "建嘅", "啱啱": " ", "起喺": "建在",
}
# Words Cantonese uses otherwise only in some places: 傾 (talk) but not 傾向; 人工 (wages) but
# not 人工智能; 班人 (the people of: 科大班人 is HKUST's people) but not 培訓班人數.
# 起 ends a clause as "build" (喺邊度起, 幾時起), not after 一 (一起), 不 or a verb of speech.
_CANTONESE_IN_PLACE = {"倾": "谈", "人工": "工资", "班人": " ", "起": "建"}
_CANTONESE_OPENERS = frozenset(word[0] for word in (*_CANTONESE, *_CANTONESE_IN_PLACE))
# Folding twice must read as folding once, so no replacement may make a new match with its
# neighbour: 應承承 (答应 then 应承 again), 做緊緊, 返返工, 人返工 (人|工作), 頭頭工 (負責人|工),
# and 起 beside a word folding removes (起聽講, 聽講起: 起 would then stand alone).
_GUARDED = {"应承": "(?<!答)应承", "做紧": "做紧(?!紧)", "返工": "(?<!返)返工(?!资)"}
_REMOVED = "|".join(word for word, standard in _CANTONESE.items() if standard == " ")
_CANTONESE_RE = lazy("|".join(_GUARDED.get(word, re.escape(word))
                              for word in sorted(_CANTONESE, key=len, reverse=True))
                     + "|倾(?![向斜销注覆])|(?<!责)人工(?![资作智岛湖林降合])|(?<![训课])班人(?!数)"
                     + "|(?<![一不说看想得])(?<!(?<!听)讲)起(?=[？?！!。，,\\s]|$|班人|"
                     + _REMOVED + ")")


# 多咗百分之幾, 漲了多少, 跌咗幾多: "went up (down) by how much", a change asked for, in the
# words claims use (增加, 減少). (多 and 少 alone are no change: 多少 is "how many".)
# The verb stands alone: 減少, 下降, 提升 and 上漲 are words already, and 每升 is a litre.
_CHANGE_BY_HOW_MUCH_RE = lazy("(?:(?<![减增缩])(多|少)[咗了]"
                              "|(?<![上下提回攀飙暴急每一二两三四五六七八九十百千万几])(涨|升|跌|降)[咗了]?)"
                              "(?=百分之|几多|多少)")
_UP_WORDS = frozenset("多涨升")


def _change_word(found: re.Match[str]) -> str:
    return "增加" if (found.group(1) or found.group(2)) in _UP_WORDS else "减少"


# Cantonese words typed with another character of the same sound, as phone keyboards offer
# them: 果陣 for 嗰陣, 佢地 for 佢哋, 岩唔岩 for 啱唔啱, 過黎 for 過嚟 (the particles 咗, 嘢, 嘅 and
# 㗎 are read later, by _PARTICLE_TYPED_BY_SOUND_RE). Each only where the sound-alike cannot be
# the word it is: 如果, 成果, 黎 as a surname. (嗰 is written 𠮶, as the converter folds it.)
_SOUND_SLIPS = {"果": "𠮶", "佢地": "佢哋", "岩唔岩": "啱唔啱", "岩岩": "啱啱", "黎": "嚟"}
_SOUND_SLIP_RE = lazy(r"(?<![如结效成后水苹芒糖硕战恶因坚苦无硬开青])果"
                      r"(?=阵|个|间|次|啲|位|度|边|日|年|班)"
                      # (佢地址: his address; 吳岩岩唔岩: a name ending in 岩, then the slip; 巴黎.)
                      r"|佢地(?![址方区点盘产铁图下球位带段标面皮震理域价势])|岩唔岩|岩岩(?!唔)"
                      r"|(?<!巴)黎(?=[㗎咗紧啦架])|(?<=[过番返出])黎")
_SOUND_SLIP_OPENERS = frozenset("果佢岩黎")


def _standard_chinese(text: str) -> str:
    if not _SOUND_SLIP_OPENERS.isdisjoint(text):
        text = _SOUND_SLIP_RE.sub(lambda found: _SOUND_SLIPS[found.group()], text)
    if _CANTONESE_OPENERS.isdisjoint(text):
        return text  # most text holds no character a Cantonese word opens with
    return _CANTONESE_RE.sub(
        lambda found: _CANTONESE.get(found.group()) or _CANTONESE_IN_PLACE[found.group()], text)


# Phrasal verbs read as the one word a claim may use instead ("put forward" a proposal).
_PHRASAL = {"put forward": "propose", "puts forward": "propose", "putting forward": "propose",
            "set up": "establish", "sets up": "establish", "setting up": "establish",
            "take part": "participate", "took part": "participate", "taking part": "participate",
            "takes part": "participate", "carry out": "conduct", "carried out": "conduct",
            "carries out": "conduct", "carrying out": "conduct", "have to": "required",
            "has to": "required", "had to": "required", "take place": "held",
            "takes place": "held", "took place": "held", "taking place": "held",
            "taken place": "held", "wrap up": "end", "wraps up": "ends",
            "wrapped up": "ended", "wrapping up": "ending", "set for": "target for",
            "sets for": "targets for", "next to": "beside", "per cent": "percent",
            "sat down with": "met with", "sit down with": "meet with",
            "sits down with": "meets with", "in charge of": "heading",
            "league table": "ranking", "league tables": "rankings", "in terms of": "about",
            "fall under": "under", "falls under": "under", "fell under": "under",
            "come under": "under", "comes under": "under", "came under": "under",
            "ask of": "expect of", "asked of": "expected of", "asks of": "expects of",
            "people like me": "me", "people like us": "us",
            # A currency is one word as HK$ folds: "Hong Kong dollars" names no region.
            "hong kong dollar": "hk dollar", "hong kong dollars": "hk dollars"}
_PHRASAL_RE = lazy(r"\b(?:" + "|".join(_PHRASAL) + r")\b")
# The particles that end them: text without one holds no phrasal verb to read.
_PHRASAL_PARTICLES = tuple(sorted({" " + phrase.rsplit(" ", 1)[1] for phrase in _PHRASAL}))


def fold_text(text: str) -> str:
    """One canonical form for matching; idempotent: fold_text(fold_text(x)) == fold_text(x)."""
    if text.isascii():
        # NFKC, the converter and the Cantonese table leave ASCII text as it is: an English
        # statement folds in a third of the time (the tests hold the two paths equal).
        text = text.lower()
    else:
        text = clean_text(text)
        if not unicodedata.is_normalized("NFKC", text):  # most text is: a quick check
            text = unicodedata.normalize("NFKC", text)
        text = text.casefold()
        if has_cjk(text):
            text = _standard_chinese(_converter("hk2s")(text))
            if "多少" in text or "几多" in text or "百分之" in text:
                text = _CHANGE_BY_HOW_MUCH_RE.sub(_change_word, text)
    if any(particle in text for particle in _PHRASAL_PARTICLES):
        text = _PHRASAL_RE.sub(lambda found: _PHRASAL[found.group()], text)
    # Each pattern is tried only on text holding the character it opens with: most pieces
    # of a claim hold none (a tenth of a cold build's folding).
    ascii_only = text.isascii()
    if "'" in text or (not ascii_only and "’" in text):
        text = _POSSESSIVE_RE.sub("", text)
    if "%" in text:
        text = text.replace("%", " percent ")
    if "," in text or (not ascii_only and "，" in text):
        text = _THOUSANDS_RE.sub("", text)
    if "-" in text or (not ascii_only and _OTHER_HYPHENS_RE.search(text)):
        text = _INNER_HYPHEN_RE.sub("", text)
    text = (_NOT_LATIN_WORD_RE if ascii_only else _NOT_WORD_RE).sub(" ", text)
    if "." in text:
        text = _LOOSE_DOT_RE.sub(" ", text)
    return " ".join(text.split())


@cache
def filler_stems() -> dict[str, str]:
    """Each English question word or filler by its stem (its shortest form: 'achieve', not
    'achieved'): a slip read as one is one."""
    table: dict[str, str] = {}
    for word in sorted(_EN_STOPWORDS, key=lambda word: (len(word), word)):
        table.setdefault(stem(word), word)
    return table


def with_doubled_letter_once(word: str) -> list[str]:
    """The word with one letter it holds twice in a row typed once ('fuunded' → 'funded'),
    each way it can be: a key pressed twice is a common slip. (A run longer than any word is
    no word typed with a slip, and each way would copy it whole.)"""
    if len(word) > _LONGEST_WORD:
        return []
    return [word[:at] + word[at + 1:] for at in range(1, len(word)) if word[at] == word[at - 1]]


_LONGEST_WORD = 40


def strip_question_words(folded: str) -> str:
    """Remove question words and fillers from folded text, keeping the content."""
    if has_cjk(folded):
        folded = _ZH_QUESTION_RE.sub(" ", folded)
    if "check" in folded:
        folded = _FACT_CHECK_RE.sub(" ", folded)
    return " ".join(word for word in folded.split() if word not in _EN_STOPWORDS)


# "Fact check: …", "fact-checking a line": what the reader is doing, not what is asked.
_FACT_CHECK_RE = lazy(r"\bfact ?check(?:ing|ed|s)?\b")


_IRREGULAR = {"met": "meet", "held": "hold", "led": "lead", "won": "win", "spoke": "speak",
              "took": "take", "made": "make", "began": "begin", "built": "build", "sent": "send",
              "gave": "give", "became": "become", "grew": "grow", "chose": "choose",
              "signed": "sign", "centre": "center", "centres": "center", "programme": "program",
              "programmes": "program", "grad": "graduat", "grads": "graduat",
              "undergrad": "undergraduat", "undergrads": "undergraduat",
              "postgrad": "postgraduat", "postgrads": "postgraduat"}


# British -ise spellings fold to -ize (organised, recognising); these -ise words have no -ize
# twin and stay as they are.
_ISE_RE = lazy(r"^(.{3,}?)is(e|es|ed|ing|ation|ations|er|ers)$")
_PLAIN_ISE = frozenset("""
wise rise arise raise praise promise premise exercise advise devise revise supervise televise
expertise franchise enterprise compromise otherwise likewise clockwise surprise comprise
disguise despise merchandise improvise chastise advertise paradise precise concise excise
treatise noise poise cruise bruise demise reprise appraise incise
""".split())  # noqa: SIM905


def _american(word: str) -> str:
    found = _ISE_RE.match(word)
    if not found or any(word.startswith(plain[:-1]) for plain in _PLAIN_ISE):
        return word
    return f"{found.group(1)}iz{found.group(2)}"


def _undoubled(base: str) -> str:
    """'topped' and 'planning' double the last letter of 'top' and 'plan'. Only letters few
    words end on twice ('staffed', 'added', 'billed' keep theirs), less the words that do
    (boycotting, erred)."""
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] in "bgmnprt" \
            and base not in _DOUBLED_ENDINGS:
        return base[:-1]
    return base


_DOUBLED_ENDINGS = frozenset({"boycott", "butt", "watt", "putt", "mitt", "err", "purr", "inn",
                              "ebb", "egg", "herr"})


@lru_cache(maxsize=8192)  # a batch meets the same words again and again
def stem(word: str) -> str:
    """A light English stemmer: pairs 'startups' with 'startup', 'ranking' with 'ranked'."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _american(word)
    if word.endswith("ing") and len(word) >= 6:
        return _undoubled(word[:-3])  # 'proposing' is 'propos', like 'proposes', not 'propo'
    if word.endswith("ed") and len(word) >= 5 and not word.endswith("eed"):
        return _undoubled(word[:-2])
    if word.endswith("e") and len(word) >= 5:
        return word[:-1]
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"),
                                ("shes", "sh")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
        if word.endswith("ing") and len(word) >= 6:
            return word[:-3]  # 'buildings' is 'building' is 'build'
        # 'organizes' meets 'organized' and 'organize' at 'organiz'.
        return word[:-1] if word.endswith("e") and len(word) >= 5 else word
    return word


def tokens(folded: str, unigrams: bool = False) -> list[str]:
    """Terms of folded text: stemmed English words and numbers, CJK character bigrams.

    With unigrams, every CJK character is a term too, so that a one-character question word
    left standing alone (電, 錢) still meets the claims that use it.
    """
    with_characters, pairs = term_readings(folded)
    return with_characters if unigrams else pairs


def term_readings(folded: str) -> tuple[list[str], list[str]]:
    """tokens(folded, unigrams=True) and tokens(folded), read in one pass: a cold build wants
    both of every claim's words (the same list twice for text without Chinese)."""
    terms: list[str] = []
    if folded.isascii():
        for chunk in folded.split():
            terms.extend(stem(word) for word in _WORD_RE.findall(chunk))
        return terms, terms
    pairs: list[str] = []
    for chunk in folded.split():
        for run in _CJK_SPLIT_RE.split(chunk) if has_cjk(chunk) else (chunk,):
            if not run:
                continue
            if has_cjk(run[:1]):
                if len(run) == 1:
                    terms.append(run)
                    pairs.append(run)
                else:
                    run_pairs = [run[i:i + 2] for i in range(len(run) - 1)]
                    terms += run_pairs
                    terms.extend(run)
                    pairs += run_pairs
            else:
                words = [stem(word) for word in _WORD_RE.findall(run)]
                terms += words
                pairs += words
    return terms, pairs


_INTENT_SPAN = 2000  # characters: eight times the longest question in the question sets (258)
Intent = Literal["count", "when", "where", "who", "rank", "purpose", "which", "what"]
# Each kind of answer asked for, by its English and its Chinese question words (apart, so that
# an English question compiles no Chinese pattern: start-up counts every millisecond).
# 第幾次奪得全球第一, 第幾度榮登, 第幾次做第一: how many times something was won, counted
# (第幾次院士大會, 第幾回合 ask which one).
_TIMES_WON = (r"[次度回趟](?=\S{0,3}?(?:获|夺|荣|赢|攞|拿|登|入选|位列|取得|得到|打入|摘"
              # (做/成為/排 only before a first place: 第幾次做AUA執行主席 asks which term.)
              r"|(?:做|成为|当|排)[^，。？?]{0,8}?(?:第一|冠军|榜首|首位|no\.? ?1\b)))")
_INTENT_PATTERNS: tuple[tuple[Intent, LazyPattern, LazyPattern], ...] = (
    ("rank", lazy(r"\brank\w*\b.*\b(?:what|which|where)\b|"
                  r"\b(?:what|which|where)\b.*\brank\w*\b|"
                  # The words that start the match are looked for before the table words
                  # after them: tried first at every position, the look-ahead made this
                  # pattern seven times slower (a twentieth of a question's time).
                  r"(?=\b(?:position|place|placed|what|which|where)\b)"
                  r"(?=.*\b(?:rank\w*|league|table|qs|times higher|index)\b)"
                  r"(?:\b(?:position|place|placed)\b.*\b(?:what|which|where)\b|"
                  r"\b(?:what|which|where)\b.*\b(?:position|place|placed|land"
                  # ("What does QS stand for" asks what a name means.)
                  r"|stand(?! for\b)|stood(?! for\b))\b)|"
                  r"\bhow (?:high|well)\b.*\brank|\bhow did .+ do in .*\brank"
                  # "In THE's Industry Income Index, where did HKUST stand": the table first.
                  r"|\b(?:league|table|index|ranking)\b.*\b(?:what|which|where)\b.*"
                  r"\b(?:stand|stood|land|landed)\b(?! for\b)"
                  # "Where did HKUST place in Greater China": a place in a table, named or not.
                  r"|\bwhere (?:did|does|do|will) (?:\w+ ){1,5}(?:place|finish)"
                  r"(?= (?:in|among|overall|globally|worldwide|out of)\b|\W*$)"
                  # "Which edition": the place in a series, as 第幾屆 asks.
                  r"|\b(?:which|what) edition\b"
                  r"|\bwhich number\b(?! of\b| (?:is|was) (?:correct|right)\b)"),
     lazy(r"第几(?!" + _TIMES_WON + r")|排第|排名第|几名|排几|排名几|排名.{0,8}几多名"
          r"|排名(?:系|是)?(?:几多|多少|$)"
          # "QS Asia ranking 多少": the English table word before the Chinese question word
          # (not "ranking 有幾多間大學", which counts the table's field).
          r"|\brank(?:ings?|ed|s)?\s?(?:系|是)?(?:几多|多少)(?![间所个家])"
          r"|排(?:到|得|喺|在)?(?:几|多)高|前(?:多少|几多|几)(?:名|位)")),
    ("when", lazy(r"\bwhen\b|\bwhat (?:year|date|month|day|time)\b"
                  r"|\bwhich (?:year|date|month|day)\b"
                  # "the year by which": the relative 'which' is dropped before this is read.
                  r"|\bthe (?:year|date) by\b"),
     lazy(r"几时|什么时候|甚么时候|何时|(?<![任为如几])何(?:日|年|月)|(?:哪|边)[一个]?年|日期|几号|哪一?天|哪一?日|边一?日|边一?天"
          r"|几月几|(?:哪|边)一?个?月(?!份?[内间])|(?<![个])几月(?![内间])")),
    ("where", lazy(r"\bwhere\b|\bwhich (?:city|district|place|region|province|part of)\b"
                   r"(?! (?:council|board|office|government|authority)\b)"
                   # "In which Greater Bay Area city will …": the place word ends the phrase.
                   r"|\bwhich (?:(?!(?:in|of|from|at|the|a|an|for|on|to|with)\b)[a-z]+ ){1,3}?"
                   r"(?:city|district|province)"
                   r"(?= (?:will|is|was|does|did|has|hosts?)\b)"),
     # (重點放在哪: where the focus goes, no place.)
     lazy(r"(?<!放喺)边度|(?<!意义在)(?<!放在)哪里|哪儿|(?<!重点放)(?<!焦点放)喺边(?![啲几两份])"
          r"|(?<!意义)(?<!重点放)(?<!焦点放)(?<!重心放)在哪(?![些几个一])|何处|边区|哪个城市|哪个地方"
          r"|地点|位置"
          r"|边个(?:地?区|地方|城市|省|国家)"
          r"|(?<!用在)(?<!花在)(?:什么|甚么|哪些|边啲|哪啲)地方|位于|设在|选址|哪个区(?![议会域])|哪一?区(?![议会域别])"
          r"|哪个省")),
    ("who", lazy(r"\bwho(?:m|se)?\b|\bwhat (?:is|was) .* (?:role|title|job|position|post)\b"
                 r"|\bwhat (?:roles?|titles?|jobs?|positions?|posts?|offices?)"
                 # "What role does it play": a part in something, not an office.
                 r" (?:did|does|do|is|are|was|were|has|have)\b(?!.*\bplay)"),
     # 邊個 alone asks who; before a noun it asks which (邊個區, 邊個階段).
     lazy(r"边个(?![\u4e00-\u9fff])|边个(?=[系是嚟做咗会去负教主院副部局司处长人]|校(?![园舍区]))|(?:边|哪)一?位|谁"
          r"|何人|职位|职务|身份|官职|(?:咩|乜|什么|甚么)人(?![工员口才力数士])|(?:哪些|边啲|哪啲)人(?![\u4e00-\u9fff])")),
    ("purpose", lazy(r"\bused for\b|\bwhat for\b|\bpurpose\b|\baims?\b|\bgoals?\b|"
                     r"\bwhat (?:is|was) the (?:actual |whole |real )?point of\b|"
                     r"\brole\b.*\bplay|"
                     r"^what (?:is|are|was|were) .+ for\W*$|"
                     r"\bwhat (?:is|are|was|were) (?:it|they|this|that) (?:for|about)\b|"
                     # "What's X for / about": folding takes the 's with the possessives.
                     r"^what (?:the|a|an|this|that) .+ (?:for|about)\W*$|"
                     r"\b(?:meant|supposed|designed|intended) to\b|\bwhat is .* about\b|"
                     r"^what (?:is|are|was|were) .+ (?:dedicated|devoted|committed) to\W*$|"
                     r"\bwhy\b|\bfor what\b|\bobjective|"
                     r"\bwhat (?:do|does|did|will) .+ (?:do|work on|focus on|deal with|study"
                     r"|research|cover|investigate|look at|look into)\b|"
                     r"\bwhat (?:kind|kinds|type|types|sort|sorts) of\b|"
                     r"\b(?:trying|try|tries|seeking|seeks?|hoping|hopes?|wants?) to "
                     r"(?:achieve|accomplish)\b"),
     lazy(r"为咗|做咩|用途|用嚟|(?<![项题节科数条栏名])目的|宗旨|意义|用意|初衷|为什么|为何|点解|作用|为了什么|为了甚么|做乜|搞咩|做什么|做甚么"
          r"|想(?:要)?(?:做|达到|实现|达成)|[用花](?:在|喺|于)(?:什么|甚么|咩|边啲)(?:地方|方面|用途)?"
          r"|干什么|从事|主攻|有(?:什么|甚么|咩|乜|啥)(?:用(?!户)|好处)"
          # "主要 focus 咩", 主要聚焦咩: the focus asked is what a thing is for.
          r"|(?:\bfocus(?:es)?\s?(?:on\s?)?|聚焦|专注)(?:系|是|于|喺)?(?:咩|乜嘢?|什么|甚么|啥)")),
    ("count", lazy(r"\bhow (?:many|much|big|large|high|long|tall|far|wide|old)\b|\bnumber of\b|"
                   r"\bhow (?:accurate|effective|efficient|fast|quick|precise|reliable)\b|"
                   r"\btotal number\b"),
     # 多久舉辦一次 asks how often, not how long.
     lazy(HOW_MANY_ZH + r"|(?<![十百千万哪边])几大|百分之几|几高|多大"
          r"|(?:多久|几耐)(?![\u4e00-\u9fff]{0,4}(?<!第)一次)|多长|人数$"
          r"|有多(?:高(?![兴校])|快|远|厚|准|精确|精准)|第几" + _TIMES_WON)),
    ("which", lazy(r"\bwhich\b|\bwhat (?:are|were)\b"
                   # "What research areas does it list": things named in the plural.
                   r"|\bwhat (?:[a-z]+ ){0,2}[a-z]{3,}(?<!s)s "
                   r"(?:do|does|did|are|were|will|have|has)\b"
                   r"|\bname (?:the|all)\b|\blist (?:the|all)\b"
                   # A search-box "list of X", "X list" (not "Is HKUST on the list?").
                   r"|^list of\b"
                   r"|^(?!(?:is|are|was|were|do|does|did|has|have|can)\b).*\blist\W*$"),
     lazy(r"列出|一览|清单|哪类|哪种|什么类|哪些|边啲|边几|哪几|哪两|边两|(?:哪|边)[一二三四五六七八九十]+|有边|有哪"
          r"|边个|边间|边条|边项|(?:哪|边)(?:个|一个|些|啲)?方面"
          r"|哪[个家间所类种]")),
    # Anything else the question words ask for: a thing, a description, a manner.
    ("what", lazy(r"\bhow (?:do|does|did|will|would|can|could|is|are|was|were)\b"),
     lazy(r"什么|甚么|咩|乜|点样|怎样|怎么|如何")),
)


_LATIN_LETTER_RE = lazy(r"[a-z]")
_AUXILIARIES = frozenset("""
did does do is was were are will would can could has have had should shall may might
""".split())  # noqa: SIM905 (word lists read better as text)


_OTHER_QUESTION_WORDS = frozenset({"how", "what", "which", "when", "where", "why"})
# Words after an opening 'when' or 'where' that keep it asking ("When exactly did …", "When
# and where …").
_CLAUSE_ADVERBS = frozenset({"exactly", "precisely", "roughly", "approximately", "and", "or"})
_QUESTION_OPENERS = _OTHER_QUESTION_WORDS | {"who"}


# "I need to know when …", "any idea where …", "tell me when …": a question asked inside a
# sentence, not a clause joined to one.
_ASKING_WITHIN = frozenset({"know", "wondering", "wonder", "confirm", "check", "clarify",
                            "explain", "idea", "remember", "recall", "specify"})
_TOLD_WITHIN = frozenset({"tell", "show", "remind"})
_FOUND_OUT = frozenset({"find", "found", "figure", "work"})


def _asked_within(words: list[str], i: int) -> bool:
    """Whether the 'when' or 'where' at i asks, after a verb of asking or knowing. (Folded
    text has no commas: "…, you know, when the course opened" is a filler, "do you know when"
    asks; "came out when" tells when, "find out when" asks.)"""
    before, earlier = words[i - 1], words[i - 2]
    if _QUESTION_OPENERS.intersection(words[i + 1:]) - {"when", "where"}:
        return False  # "Do you know, when the course opened, how many trainees came?"
    if before == "know" and earlier == "you":
        return words[i - 3] in _AUXILIARIES
    return before in _ASKING_WITHIN or (before in {"me", "us"} and earlier in _TOLD_WITHIN) \
        or (before == "out" and earlier in _FOUND_OUT)


def _without_relatives(folded: str) -> str:
    """Drop English 'when', 'where', 'which' and 'who' that join clauses rather than ask: "what
    did they talk about when they met", "the ranking in which HKUST placed", "of the students
    who got aid, how many …", "when they toured the labs, which …"."""
    words = folded.split()
    kept = []
    asks_otherwise = bool(_OTHER_QUESTION_WORDS.intersection(words))
    # "… is meant for basic research in which frontier fields?": with no other question word,
    # "in which" asks.
    which_asks = not _QUESTION_OPENERS.intersection(words) - {"which"} \
        and not (words and words[0] in _AUXILIARIES)  # "Was it first in the table in which …"
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if i >= 3 and following and (
                (word in {"when", "where"} and following not in _AUXILIARIES
                 and following not in {"exactly", "precisely"}
                 and not _asked_within(words, i))
                or (word == "which" and not which_asks
                    and words[i - 1] in {"in", "at", "of", "by", "for", "from"})
                or (word == "who" and asks_otherwise)):
            continue
        if i == 0 and word in {"when", "where"} and following not in _AUXILIARIES \
                and following not in _CLAUSE_ADVERBS \
                and not _AUXILIARIES.intersection(words[1:3]) \
                and _QUESTION_OPENERS.intersection(words[1:]):
            continue  # "When the delegation toured the labs, which two did they visit?"
        kept.append(word)
    return " ".join(kept)


# Question words typed with a slip: they are read as meant, not looked up as content.
_QUESTION_SLIPS = {"wat": "what", "wht": "what", "whats": "what is", "wats": "what is",
                   "hw": "how", "hwo": "how", "wich": "which", "whcih": "which", "wen": "when",
                   "whn": "when", "wher": "where", "whr": "where", "hou": "how", "whos": "who is",
                   "waht": "what", "whta": "what", "manny": "many", "mnay": "many", "meny": "many",
                   # Short forms readers type for the words the claims spell out.
                   "univ": "university", "uni": "university", "dept": "department",
                   "intl": "international", "prof": "professor", "profs": "professors",
                   "assoc": "association", "admin": "administration", "yr": "year",
                   "yrs": "years", "govt": "government", "approx": "approximately",
                   "ppl": "people", "abt": "about"}
_QUESTION_SLIP_RE = lazy(r"\b(" + "|".join(_QUESTION_SLIPS) + r")\b")


# Texting shorthand for two words too short to spell out anywhere: "belt n road" (n between
# two words), "met w the minister" (w before a determiner or a pronoun); Block W and Core N stay.
_TEXTING_AND_WITH_RE = lazy(r"(?<=[a-z] )n(?= [a-z])"
                            r"|\bw(?= (?:the|a|an|his|her|their|its|him|them)\b)")


def mend_question_words(folded: str) -> str:
    """'wat does …', 'hw many …': question words with a slip, and short forms ('univ',
    'dept'), spelt as meant; and a few turns of phrase as the word the claims would use:
    asking someone to do something is urging them, receiving people is meeting them, what
    someone said a body would do is a pledge, what an abbreviation is short for is what it
    stands for, "how many million" asks how many, to address a gathering is to speak at it,
    "No. 幾" is 第幾, 年年 (year after year) is 每年, and a question's closing 架 is the
    particle 㗎 (as 左, 野 and 既 are 咗, 嘢 and 嘅 where only those can stand)."""
    folded = _QUESTION_SLIP_RE.sub(lambda found: _QUESTION_SLIPS[found.group()], folded)
    if " n " in folded or "w " in folded:
        folded = _TEXTING_AND_WITH_RE.sub(lambda found: "and" if found.group() == "n" else "with",
                                          folded)
    if "ask" in folded or "want" in folded:
        folded = _ASKED_TO_RE.sub("urge", folded)
    if "receiv" in folded:
        folded = _RECEIVED_PEOPLE_RE.sub("met", folded)
    if "address" in folded:
        folded = _ADDRESSED_PEOPLE_RE.sub("spoke at", folded)
    if "do" in folded or "做" in folded:
        folded = _TOLD_WOULD_DO_RE.sub(r"\1\2 pledge", folded)
        folded = _TOLD_WOULD_DO_ZH_RE.sub(r"\1\2承诺", folded)
    if "short" in folded:
        folded = _SHORT_FOR_RE.sub("stand for", folded)
    if "many" in folded:
        folded = _SCALE_ASKED_RE.sub("how many", folded)
    if "成" in folded:
        folded = _TENTHS_ASKED_RE.sub("多少比例", folded)
    if "香港" in folded:
        folded = _NOT_FROM_HONG_KONG_RE.sub("香港以外", folded)
    if "几" in folded:
        folded = _NUMBER_WHICH_RE.sub("第几", folded)
    if "年年" in folded:
        folded = _YEAR_AFTER_YEAR_RE.sub("每年", folded)
    if "架" in folded:
        folded = _PARTICLE_TYPED_AS_FRAME_RE.sub("㗎", folded)
    if "左" in folded or "野" in folded or "既" in folded:
        folded = _PARTICLE_TYPED_BY_SOUND_RE.sub(
            lambda found: _PARTICLES_BY_SOUND[found.group()], folded)
    if "啥" in folded or "咋" in folded:
        folded = _COLLOQUIAL_QUESTION_RE.sub(lambda found: _COLLOQUIAL_QUESTIONS[found.group()],
                                             folded)
    if "何" in folded or "否" in folded:
        folded = _FORMAL_QUESTION_RE.sub(_plain_question, folded)
    if "月" in folded:
        folded = _CHINESE_NUMERAL_DATE_RE.sub(_month_day_in_digits, folded)
    if "年" in folded:
        folded = _CHINESE_NUMERAL_YEAR_RE.sub(_year_in_digits, folded)
    return folded


# 三月十二日, 十二月三十一號, 2025年三月: a month (and day) in Chinese numerals, as the claims
# write them (3月12日). A month of one numeral counts only with a day after it or a year before
# it: 同一月, 統一月費, 五月天 and 每一月 are words, not dates.
_CHINESE_NUMERAL_DATE_RE = lazy(
    r"(?<![零一二三四五六七八九十百千万几两第每上下本])(?P<month>十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<day>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])(?P<mark>[日号]))?")


def _month_day_in_digits(found: re.Match[str]) -> str:
    month, day = found.group("month"), found.group("day")
    if month != "十" and len(month) == 1 and not day \
            and not found.string.endswith("年", 0, found.start()):
        return found.group()  # 同一月, 五月天: a word, not a month
    date = f"{parse_chinese_numeral(month)}月"
    return date + f"{parse_chinese_numeral(day)}{found.group('mark')}" if day else date


# 二零二五年, 二〇二三年: a year written digit by digit.
_CHINESE_NUMERAL_YEAR_RE = lazy(r"(?<![零〇一二三四五六七八九十百千万])"
                                r"(?P<year>[一二][零〇一二三四五六七八九]{3})年")


def _year_in_digits(found: re.Match[str]) -> str:
    return f"{parse_chinese_numeral(found.group('year'))}年"


# The written register's question words as the plain ones: 數目為何 (what is the number), 何種
# (what kind), 為何人 (who), 曾否 and 有否 (whether … ever, whether … has). 為何 before a verb,
# or after 是, 此 or 竟 (這是為何, 究竟為何), still asks why; 任何 (any), 如何 and 幾何 keep
# their 何, except 擔任何種 before a role; 否認, 否決 and 否定 keep their 否.
_FORMAL_QUESTION_RE = lazy(
    r"(?P<figure>数目|数量|金额|总额|数额|总数|人数|面积|幅度|比例|比率|百分比|年期|规模)为何(?=\W*$)"
    r"|(?P<ranked>排名位置|排名|名次)为何(?=\W*$)"
    r"|(?P<place>地点|地址|所在地|位置|选址)为何(?=\W*$)"
    r"|(?P<day>日期|时间|年份|年度)为何(?=\W*$)"
    r"|为何人|(?<=[" + _CJK + r"])(?<![是这此那其竟举故])为何(?=\W*$)"
    r"|(?<=[担兼出就上]任)何种(?=角色|职|身份|岗位|工作)|(?<![任如奈几为])何(?:种|类|项|者)"
    r"|(?<![没沒])有否(?![认決决定])|曾否(?![认決决定])")
_FORMAL_QUESTIONS = {"为何人": "是谁", "为何": "是什么", "何种": "什么", "何类": "什么类",
                     "何项": "哪项", "何者": "哪个", "曾否": "是否曾", "有否": "有没有"}
_FORMAL_NOUN_ASKED = {"figure": "是多少", "ranked": "排第几", "place": "在哪里",
                      "day": "是什么时候"}


def _plain_question(found: re.Match[str]) -> str:
    for group, asked in _FORMAL_NOUN_ASKED.items():
        if found.group(group):
            return found.group(group) + asked
    return _FORMAL_QUESTIONS[found.group()]


# 係邊度搞架, 真係架: the final particle 㗎 typed as its commoner twin 架 (a frame), after the
# verbs and particles a question ends on before it; a measure word (有幾多架, 幾千架) or a
# word's end (框架, 棚架, 腳手架) stays.
_PARTICLE_TYPED_AS_FRAME_RE = lazy(r"(?<=[搞做真系嘅咩点解边度未有冇噉咁嚟咗讲话得去开用见办])架"
                                   r"(?=[呀啊喎咩嘛]?\s*$)")
# Cantonese particles typed as the commoner character read alike: 傾左 (咗, done), 乜野 (嘢, a
# thing), 教育局既人 (嘅, of). 左 after a verb, not in 左右, 左邊, 向左, 相左 or 左上角; 野
# after a question word or 做/搞, not in 野生, 野心 or 野外; 既 not in 既然, 既有, 既定 or
# 既係…又係 (係 is folded to 系 by then).
_PARTICLES_BY_SOUND = {"左": "咗", "野": "嘢", "既": "嘅"}
_PARTICLE_TYPED_BY_SOUND_RE = lazy(
    r"(?<=[\u4e00-\u9fff])(?<![向往靠偏极最在于至中正坐大相江打用])左"
    r"(?![右边侧手翼岸派转面方眼脚营联上下脑宗倾])"
    r"|(?<=[乜咩啲d做搞])野(?![生心外性蛮味])"
    r"|(?<=[\u4e00-\u9fffA-Za-z])(?<!一)既(?![然有定往是系要能可得而为包具强])")
# Northern colloquial question words (啥時候, 為啥, 幹啥, 咋樣) as the written ones.
_COLLOQUIAL_QUESTIONS = {"啥时候": "什么时候", "为啥": "为什么", "干啥": "干什么", "做啥": "做什么",
                         "啥样": "什么样", "咋样": "怎样", "咋办": "怎么办", "咋": "怎么",
                         "啥": "什么"}
# 咋 asks "how" only before a verb; closing a Cantonese sentence it is a particle (得9隻咋).
_COLLOQUIAL_QUESTION_RE = lazy("|".join(sorted(set(_COLLOQUIAL_QUESTIONS) - {"咋"}, key=len,
                                               reverse=True))
                               + "|咋(?=[样办回么会弄整搞说看想做知])")


# "排名 No. 幾", "排名No.幾", "number 几": which place in a table, as 第幾 asks it (not
# "number 幾多", "room number 幾號").
_NUMBER_WHICH_RE = lazy(r"(?<![a-z0-9])(?:no|number|num) ?几(?![多个号点时耐])")
# 年年都搞 (every year), but not 2024年年輕 or 今年年底; claims keep their text as written.
_YEAR_AFTER_YEAR_RE = lazy(r"(?<![0-9今去明前后每])年年(?=都|有|举|办|搞|会)")


# 唔係香港人, 不是香港的: from outside Hong Kong, as the claims say it.
_NOT_FROM_HONG_KONG_RE = lazy(r"(?:唔系|不是|并非|非)(?:来自)?香港(?=人|的|嘅|本地|嚟|来)")


# 幾多成係香港人: 成 counts tenths, so the share is asked (not 多少成本, a cost).
_TENTHS_ASKED_RE = lazy(r"(?:几多|多少|几)成(?![本功员立果绩就长为交效熟])")


# "SIIC is short for what": what an abbreviation is short for is what it stands for (not a
# purpose, which "for what" alone would ask).
_SHORT_FOR_RE = lazy(r"\b(?:is |are )?short (?:form )?for\b")
# "How many million kWh": the scale is the answer's, not a word a claim must hold.
_SCALE_ASKED_RE = lazy(r"\bhow many (?:million|billion|thousand|hundred|mn|bn)s?\b")


# "What did the minister ask HKUST to do": asking someone to do something is what an
# official's expectations are; "want to know" and "ask you to" ask nothing of anyone.
_ASKED_TO_RE = lazy(r"\b(?:ask|asks|asked|want|wants|wanted)\b"
                    r"(?=(?: (?!to\b|me\b|us\b|you\b)[a-z]+){1,5} to [a-z])")
# "What did Nancy Ip tell Xia Baolong HKUST would do next", 葉玉如話科大之後會做啲咩: what
# someone said a body would do is what it pledged.
_TOLD_WOULD_DO_RE = lazy(r"\b(tell|told|tells|say|said|says)\b((?: [a-z]+){0,6}?)"
                         r" (?:would|will) do(?: next)?\b")
_TOLD_WOULD_DO_ZH_RE = lazy(r"([话讲说]|表示|承诺|答应)([\u4e00-\u9fff ]{0,12}?)"
                            r"会(?:点|怎么|怎样)?做")


# "Which official addressed the opening": to address a gathering is to speak at it, not a place.
_ADDRESSED_PEOPLE_RE = lazy(r"\baddress(?:ed|es)\b(?= (?:the |an? |its )?(?:opening|ceremony|forum"
                            r"|conference|audience|meeting|event|gathering|delegates|participants"
                            r"|trainees|guests|crowd|launch)(?: (?:of|at|on|in|for)\b|\s*$))")


# "Xia Baolong received the HKUST delegation": to receive people is to meet them, not to obtain.
_RECEIVED_PEOPLE_RE = lazy(r"\breceiv(?:e|es|ed|ing)\b(?=(?: [a-z]+){0,4} (?:delegations?|delegates"
                           r"|visitors?|guests?|leaders?|representatives?|officials?|team)\b)")


def question_intent(folded: str) -> Intent | None:
    """What kind of answer the question words ask for: a count, a date, a place or a person.

    Of two questions joined by "and" ("How much is behind it, and where did it come from?"),
    the first leads when it asks for a kind of answer itself."""
    # The patterns look past words to other words (rank … which): on a hostile line of tens of
    # thousands of words that is quadratic, so only the question's end is read, which is
    # where a long message puts its question.
    folded = folded[-_INTENT_SPAN:]
    words = folded.split()
    for i in range(3, len(words) - 2):
        if words[i] == "and" and words[i + 1] in _QUESTION_OPENERS \
                and words[i + 2] in _AUXILIARIES:
            first = _intent_of(" ".join(words[:i]))
            if first is not None:
                return first
            break
    return _intent_of(folded)


def _intent_of(folded: str) -> Intent | None:
    folded = _without_relatives(folded)
    latin = _LATIN_LETTER_RE.search(folded) is not None
    chinese = has_cjk(folded)
    for intent, english, chinese_words in _INTENT_PATTERNS:
        if (latin and english.search(folded)) or (chinese and chinese_words.search(folded)):
            return intent
    return None


@cache
def _concept_table() -> dict[str, str]:
    from factcli.concepts import CONCEPTS

    table: dict[str, str] = {}
    for name, words in CONCEPTS.items():
        for word in words.split():
            # English words are stemmed like question words; Chinese ones are written in
            # Simplified, as folded text is (a test keeps them so; no converter is loaded here).
            table.setdefault(stem(word) if word.isascii() else word, name)
    return table


def concept(term: str) -> str | None:
    """The concept a term names, if it is one of the listed paraphrases."""
    return _concept_table().get(term)


def concepts_of(terms: Iterable[str]) -> list[str]:
    """The concepts the terms name, in their order (read in one pass: a cold build reads
    every claim's few hundred terms)."""
    return list(filter(None, map(_concept_table().get, terms)))


def compact(text: str) -> str:
    """Folded text without spaces: aliases match 'poly u', 'polyu' and 'Poly-U' alike."""
    return fold_text(text).replace(" ", "")


# An English word in folded text (folding lower-cases it). It and GLUE_CHARS live here, beside
# the folding they assume, for the modules that take a question apart.
LATIN_WORD_RE = lazy(r"[a-z]+")


# Characters that glue a Chinese question together (at, all, of, by, to, go, do, set up …): a
# pair made of one of them and a neighbour is an accident of segmentation, not a word the
# question asks about.
GLUE_CHARS = frozenset("在都于於由被将把对向与和及或就也还又再所以而且但则即为跟同两兩给让比往从自"
                       "去搞整攞畀俾嚟佢咗过得会唔多到先𠮶嗰喺啲嘅系做之那这"
                       "仲紧晒埋咁噉嘢吓幅返点想借开")
