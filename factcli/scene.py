"""Which sentences of a question ask, and which only greet, thank or set the scene."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.lazyre import lazy
from factcli.normalize import fold_text, has_cjk

if TYPE_CHECKING:
    from collections.abc import Callable

# The English auxiliaries, as a pattern's alternatives: a yes/no question opens with one, a tag
# question ("isn't it?") closes on one.
AUXILIARY_ALTERNATIVES = "is|are|was|were|do|does|did|has|have|had|can|could|will|would|should"


YES_NO_ZH_RE = lazy("系咪|系唔系|是不是|是否|有冇|有没有|有无|会唔会|会不会|吗"
                    "|啱唔啱|对不对|冇错|没错|吧(?=\\W*$)"
                    # 包唔包括, 算不算, 參唔參加: a verb asked as itself and its negation.
                    "|([\u4e00-\u9fff])[唔不]\\1")


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


def without_courtesies(question: str) -> str:
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

# A sentence's first word: at the start, after a sentence's mark or a dash between spaces,
# past an opening quotation mark or bracket ("Fact-check for …" gives its first part, "Fact").
SENTENCE_START_RE = lazy(r"(?:^|[.!?。！？;；]\s*|\s[-–—]\s+)[\s\"'“‘(（]{0,3}([A-Za-z]+)")

# How a fact-checker puts a claim to be checked: a lead-in saying who claims it or asking
# whether it holds ("Someone wrote that …", "Is it accurate that …", "Fact-check: …") and a
# closing sentence asking for a verdict (". Can you confirm?", ". Right?"). Neither names
# anything a claim holds.
_CLAIMANT = (r"(?:someone|somebody|people|they|a (?:blog|blogger|report|post|story|article|website"
             r"|site|source|draft|piece|tweet|friend|colleague|reader|student|press release"
             r"|news (?:report|story|site)|profile|brochure|video|forum)|an? (?:article|op-ed"
             r"|editor|online post)|my (?:editor|colleague|source|draft|friend)|the (?:press"
             r"|media|article|report|blog|draft|story)|(?:news )?reports|wikipedia)")
# What follows a reporting verb when a claim is reported: "that", a colon or comma, or the
# claim itself, which opens with a name, a figure or a quotation ("A blog says HKUST …"), not
# with a word of the sentence going on ("The press reported on …", "My friend says hi").
_REPORTED = r"(?:\s+that\s+|\s*[:：,]\s*|\s+(?=(?-i:[A-Z0-9\u4e00-\u9fff\"“「'‘])))"
_CHECK_LEAD_IN_RE = lazy(
    r"(?i)^\s*(?:(?:fact[- ]?check|quick (?:check|fact[- ]?check)|checking (?:a|an|the|this|one"
    r"|my) (?:[\w'-]+ ){0,3}?(?:line|claim|quote|figure|statement|fact|detail)s?)\s*[:：,-]\s*"
    r"|(?:is it|was it|would it be) (?:accurate|true|correct|right|fair) (?:to say(?: that)?"
    r"|that)\s+"
    r"|(?:i|we) (?:read|heard|saw|was told|were told|have (?:read|heard|seen))"
    r"(?: (?:somewhere|online|once|recently))?" + _REPORTED
    + r"|" + _CLAIMANT + r"(?: [\w'-]+){0,3}? (?:says?|said|wrote|writes|claims?|claimed|reports?"
    r"|reported|states?|stated|suggests?|suggested|mentions?|mentioned)" + _REPORTED + r")")
# (Only the last few characters are read for the closing sentence: a long text stays cheap.)
_CHECK_CLOSE_RE = lazy(
    r"(?i)(?<=[.!?,;:\-–—])\s*(?:(?:can|could|would) you (?:please )?(?:confirm|verify|check)"
    r"(?: (?:that|this|it|for me))?|(?:is|was) (?:that|this|it) (?:accurate|right|true|correct)"
    r"|(?:right|true|correct|accurate)(?: or not| or wrong| or false)?)\s*[?？]\s*$")
_CHECK_CLOSE_TAIL = 50


def without_check_framing(question: str) -> tuple[str, bool]:
    """The claim put to be checked without the words that frame it so, and whether there
    were any: "Someone wrote that HKUST was 46th in THE 2024. Can you confirm?" puts "HKUST
    was 46th in THE 2024" to be checked. (A lead-in must leave a question behind it.)"""
    stripped = question
    close = _CHECK_CLOSE_RE.search(stripped, max(0, len(stripped) - _CHECK_CLOSE_TAIL))
    if close is not None:
        stripped = stripped[:close.start()].rstrip(" .!,;:-–—") + "?"
    lead = _CHECK_LEAD_IN_RE.match(stripped)
    if lead is not None and len(stripped) - lead.end() >= _SHORTEST_CLAIM:
        stripped = stripped[lead.end():]
    if stripped == question:
        return question, False
    if not stripped.rstrip().endswith(("?", "？")):
        stripped = stripped.rstrip(" .!") + "?"
    return stripped, True


_SHORTEST_CLAIM = 12


def scene_and_ask(question: str) -> list[tuple[str, bool]]:
    """The question's parts in order, each with whether it asks: sentences, a lead-in before a
    colon, a dash or (saying who asks or why) an English comma, and clauses before a Chinese
    comma that say who asks. When some sentence ends in a question mark, only such sentences
    ask ("I'm thinking about where to apply. What does …?"); otherwise any with a question word
    does ("I'd like to know how many …")."""
    sentences = _sentences(question)
    if len(sentences) == 1 and "，" not in question and not _CLAUSE_BREAK_RE.search(question) \
            and not _ENGLISH_LEAD_IN_RE.match(question):
        return []  # one sentence with no lead-in: nothing sets the scene
    marked = any(ends_asking(sentence) for sentence in sentences)
    pieces: list[tuple[str, bool]] = []
    for sentence in sentences:
        if not (ends_asking(sentence) if marked else _asks(sentence)):
            pieces.append((sentence, False))
            continue
        lead_in = _CLAUSE_BREAK_RE.search(sentence)
        before, after = (sentence[:lead_in.start()].rstrip(), sentence[lead_in.end():].lstrip()) \
            if lead_in is not None else ("", sentence)
        if before and not ASKING_RE.search(before) and _asks(after):
            # "My editor wants a hard date: by what year …?"
            pieces.append((before, False))
            sentence = after
        english_lead = _ENGLISH_LEAD_IN_RE.match(sentence)
        if english_lead is not None and not ASKING_RE.search(english_lead.group(1)):
            pieces.append((english_lead.group(1), False))
            sentence = sentence[english_lead.end():]
        clauses = [clause.strip() for clause in sentence.split("，")]
        while len(clauses) > 1 and not _asks(clauses[0]) \
                and _SELF_OR_GREETING_RE.search(clauses[0]):
            # "你好，我在寫一份關於港科大（廣州）的報告，想確認…？": who the reader is, before
            # the comma, sets the scene too.
            pieces.append((clauses.pop(0), False))
        pieces.append(("，".join(clauses), True))
    return pieces


def ends_asking(sentence: str) -> bool:
    """Whether a question mark closes the text, only marks after it (its last few characters
    are read, whatever its length)."""
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
    return bool(WH_RE.search(text) or YES_NO_ZH_RE.search(fold_text(text))
                or _OPENING_AUXILIARY_RE.match(text))


# The reader speaking of themselves (I'm, my, 我, 本人), or greeting (你好, 唔好意思).
_OF_THE_READER = r"(?i)\b(?:i|i'm|im|i've|i'd|me|my|we|we're|our|us)\b|我|本人"
OF_THE_READER_RE = lazy(_OF_THE_READER)


_ENDS_ASKING_RE = lazy(r"[?？]\W*$")  # (read on a sentence's last few characters)
_ASKING_TAIL = 12
_SELF_OR_GREETING = _OF_THE_READER + r"|" + _ZH_GREETINGS + r"|唔好意思|不好意思"
_SELF_OR_GREETING_RE = lazy(_SELF_OR_GREETING)
# A sentence ends at its mark, or at an emoji that closes it ("I run a drone start-up 🚁 What
# kinds …").
_SENTENCE_END_RE = lazy(r"(?<=[.!?])\s+|(?<=[.!?]['\"”’])\s+|(?<=[。！？])|\n+"
                        r"|(?<=[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f])"
                        r"\s*(?=[^\s\U0001F1E6-\U0001F1FF\U0001F3FB-\U0001F3FF\u200d\ufe0f])")
# (An initial is a capital: "Harry S. Shum"; "quick q." ends a sentence.)
_ABBREVIATION_END_RE = lazy(r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|No|Nos|St|Jr|Sr|Inc|Ltd|Co|dr|prof|vs"
                            r"|approx|e\.g|i\.e|etc)|\b[A-Z])\.$")
_ABBREVIATION_TAIL = 8
# "For a piece on GBA networks, which …", "As a PolyU alum, I'd like to know …", "Comparing
# regional tables, what …": who asks, or why, before a comma and a question. Only openings that
# speak of the reader or their purpose are read so: a topic or a condition there ("For the
# Wuxi partnership", "According to the THE table", "In THE's Impact Rankings 2025", "Of the 20
# awards", "Counting only gold medals") is part of what is asked.
_ENGLISH_LEAD_IN_RE = lazy(
    r"(?i)^((?:for (?:a|an|my|our)|as (?:a|an)"
    r"|(?:comparing|writing|researching|preparing|checking|fact-checking|compiling|reporting"
    r"|working))\b[^,]{3,120}?),\s+"
    r"(?=(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has"
    r"|have|can|could|will|would|i need|i'd like|please)\b)")
_CLAUSE_BREAK_RE = lazy(r"[:：]|\s[-–—]\s|——")
_OPENING_AUXILIARY_RE = lazy(r"(?i)^\W*(?:" + AUXILIARY_ALTERNATIVES + r")\b")


_WH_WORDS = (r"(?i)\b(?:what|which|whom?|whose|when|where|why|how)\b"
             r"|甚麼|什么|什麼|咩|乜|邊|哪|幾|几|多少|何|誰|谁")
_YES_NO_MARKS = r"|[?？]|嗎|吗|係咪|是否|有冇"
# A question word proper: "Is that correct?" after a premise asks whether the premise holds,
# so the premise is what is asked.
WH_WORD_RE = lazy(_WH_WORDS)
# Anything that asks: a question word, a question mark, a yes/no particle.
WH_RE = lazy(_WH_WORDS + _YES_NO_MARKS)
# Anything that asks, an auxiliary opening a yes/no question included (a lead-in asks none).
ASKING_RE = lazy(_WH_WORDS + _YES_NO_MARKS + r"|\b(?:" + AUXILIARY_ALTERNATIVES + r")\b")


def the_ask(question: str, names_something: Callable[[str], bool]) -> tuple[str, bool] | None:
    """The question without the parts that only set the scene, for a chatty message that read
    whole finds no answer: who asks and why, where they heard of it ("我下個月去上海出差，想順便
    去睇下科大上海中心，佢開喺上海邊度呀？" leaves out the trip). A part stays when it asks, names
    something the file knows (names_something), holds a figure or a date, brings in a thing
    (聽講有個…) or sets a condition (只計醫學院, 之前). With no part asking, the last is the ask
    ("I'm preparing slides for a talk. LAERC vision"). Also whether every part left out speaks
    of the asker (我, 朋友, 聽講); None when nothing would be left out."""
    if len(question) > _LONGEST_ASK_READ:
        return None
    # Sentences, then the clauses of each between Chinese commas and semicolons.
    clauses = [clause.strip() for sentence in _sentences(question)
               for clause in _CLAUSE_BREAK_ZH_RE.split(sentence) if clause.strip()]
    if len(clauses) < 2:
        return None
    asking = [at for at, clause in enumerate(clauses) if _asks(clause)]
    last = asking[-1] if asking else len(clauses) - 1

    def sets_the_scene(at: int, clause: str) -> bool:
        if at == last or names_something(clause) or _FIGURE_OR_DATE_RE.search(clause) \
                or _BRINGS_IN_RE.search(clause) or _CONDITION_RE.search(clause):
            return False
        # (幾 where the asker tells their story, 比較香港幾間大學, is "several": it asks nothing.)
        return at not in asking or (_OF_THE_ASKER_RE.search(clause) is not None
                                    and _ONLY_SEVERAL_RE.match(clause) is not None)

    scene = {at for at, clause in enumerate(clauses) if sets_the_scene(at, clause)}
    if not scene:
        return None
    kept = [clause for at, clause in enumerate(clauses) if at not in scene]
    of_the_asker = all(_OF_THE_ASKER_RE.search(clauses[at]) for at in scene)
    # What is kept besides the ask is read as its scene: each part becomes a sentence.
    sentences = [clause if at == len(kept) - 1 or _ENDS_SENTENCE_RE.search(clause)
                 else clause + ("。" if has_cjk(clause) else ".")
                 for at, clause in enumerate(kept)]
    return "".join(sentence + ("" if sentence.endswith(_CJK_MARKS) else " ")
                   for sentence in sentences).strip(), of_the_asker


_CLAUSE_BREAK_ZH_RE = lazy(r"[，；]")
_ENDS_SENTENCE_RE = lazy(r"[.!?。！？]\W{0,2}$")
_CJK_MARKS = ("。", "！", "？")
# Who asks, or how they came to ask: the reader and the people around them, a greeting, what
# they heard, saw or recall.
_OF_THE_ASKER_RE = lazy(_SELF_OR_GREETING + r"|\b(?:hi|hello|hey|sorry)\b|打擾|打扰"
                        r"|聽講|听讲|聽說|听说|聽人|听人|記得|记得|見過|见过|聽過|听过|睇過|睇到"
                        r"|看過|看过|看到|朋友|同事|同學|同学|老闆|老板|老細|老细|老師|老师|領導"
                        r"|领导|上司|屋企人|家人|家長|家长")
# A thing brought in (有個…, 呢個…, a quoted name, "there was a …") is what the question is about.
_BRINGS_IN_RE = lazy(r"有一?(?:[個个](?!問題|问题)|[間间項项位種种])"
                     r"|[嗰那這这呢該该][個个間间項项位種种]|[「『\"“]"
                     r"|(?i:\b(?:there (?:is|was|are|were)|a (?:new|certain))\b)")
# A condition on what is asked: a part only, a part left out, a measure (以…計, 按…排名), what
# is meant (說的是), a time before or during something (疫情之前, 回歸前; 之前 opening the
# clause is the asker's "before": 之前喺新聞見過).
_CONDITION_RE = lazy(r"只[計计算看睇統统]|淨係|净系|淨計|净计|單計|单计|僅[限計]|仅[限计]|唔計|不計"
                     r"|不计|不算|除咗|除了|不包括|以\S{1,8}?[計计]|按\S{0,8}?(?:[計计算]|排名)"
                     r"|[說说]的是|[係系][講讲]|(?<=\w)前$"
                     r"|(?<=\w)(?:之前|以前|之後|之后|以後|以后|期間|期间|嗰陣|那時|那时)"
                     r"|出年|舊年|旧年"
                     r"|上年|下年|學年|学年|(?i:\b(?:only|except|excluding)\b)")
_ONLY_SEVERAL_RE = lazy(r"^[^?？嗎吗呢咩乜邊边哪誰谁甚什多何幾几]*(?:[幾几](?![多時时耐點点號号])"
                        r"[^?？嗎吗呢咩乜邊边哪誰谁甚什多何幾几]*)+$")
# (Not 一: 一個問題 is no figure.)
_FIGURE_OR_DATE_RE = lazy(r"\d|[零〇一二三四五六七八九十兩两][十百千萬万億亿年月]|[去今明前]年"
                          r"|[兩两二三四五六七八九十][個个大位間间項项種种名類类條条]")
_LONGEST_ASK_READ = 600
