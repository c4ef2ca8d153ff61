"""A question taken apart: the bodies it names, its terms, figures, dates and what it asks for."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from factcli.checked_member import member_put_to_check
from factcli.checked_person import name_put_to_check
from factcli.dates import (
    CHINESE_YEAR_RE,
    SHORT_PERIOD_RE,
    arabic_year,
    asked_dates,
    find_date_spans,
    full_period,
    has_digit,
    names_a_day,
)
from factcli.lazyre import LazyPattern, lazy
from factcli.lexicon import english_words, general_words
from factcli.naming import (
    CALENDAR_WORDS,
    FACULTY_CHARS,
    NAME_LIKE_RE,
    OTHER_INSTITUTIONS,
    OTHER_INSTITUTIONS_ZH,
    SET_ASIDE_RE,
    aliases_of,
    another_institution,
    claims_naming,
    cut_from_a_longer_name,
    detect_entities,
    fold_name,
    known_name_typed_by_sound,
    misspells_named_entity,
    name_proper,
    named_in_claims,
    names_in_pinyin,
    owned_by_another,
    part_by_kind,
    secondary_entity_terms,
    sources_elsewhere,
    unknown_institutions,
)
from factcli.normalize import (
    GLUE_CHARS,
    LATIN_WORD_RE,
    Intent,
    compact,
    concept,
    expand_abbreviations,
    filler_stems,
    fold_text,
    has_cjk,
    mend_question_words,
    question_intent,
    stem,
    strip_question_words,
    tokens,
)
from factcli.numbers import (
    CURRENCY_WORD_RE,
    SCALE_WORDS,
    Found,
    find_quantities,
    unit_kind,
    values_equal,
)
from factcli.related import (
    linked_claims,
    name_terms,
    related_claims,
    set_up_with_others,
    shared_work,
)
from factcli.scene import (
    ASKING_RE,
    AUXILIARY_ALTERNATIVES,
    OF_THE_READER_RE,
    SENTENCE_START_RE,
    WH_RE,
    WH_WORD_RE,
    YES_NO_ZH_RE,
    ends_asking,
    scene_and_ask,
    without_check_framing,
    without_courtesies,
)
from factcli.slips import (
    correct_typo,
    doubled_letter,
    english_slip,
    everyday_slip,
    holders_beside,
    name_word_beside,
    respell_english,
    sound_slips,
)
from factcli.structs import dataclass, field
from factcli.terms import (
    bridging_pairs,
    ends_a_known_word,
    find_cjk_units,
    find_content_terms,
    focus_terms,
    general_terms,
    glued_words,
    joined_split_words,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from factcli.index import Index
# Characters that make …大 a word, not a university's short name: 其他大學 (other
# universities), 各大, 最大, 更大, 巨大, 擴大, 大唔大, 三大 (three major). (加大 is the
# University of California.)
# 為建創新學院: a verb of making before a name the claims hold (創新學院) is no part of it.
_MAKING_VERBS = frozenset("建办设开起搞")
_SHORTEST_NAME_AFTER_VERB = 4
_NOT_A_NAME_BEFORE_BIG = frozenset("他各最更很好太极较超巨偌扩放强伟庞宏远盛壮唔不"
                                   "一二两三四五六七八九十")


@dataclass(slots=True)
class Query:
    """A question taken apart: its entities, content terms, numbers and years."""

    text: str
    folded: str
    entities: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    unknown_terms: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    numbers: list[tuple[float, str | None]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    periods: list[tuple[int, int]] = field(default_factory=list)
    intent: Intent | None = None
    forms: dict[str, str] = field(default_factory=dict)  # concept term → the Chinese pair typed
    all_terms: set[str] = field(default_factory=set)
    related: dict[str, set[int]] = field(default_factory=dict)
    linked: dict[str, set[int]] = field(default_factory=dict)
    focus: set[str] = field(default_factory=set)  # what is asked for: "which *organisations*"
    general: set[str] = field(default_factory=set)  # everyday words: keep, 稱讚
    # Words that only set the scene ("For a story on climate pledges: …"): a claim holding
    # them gains, one lacking them loses nothing.
    optional: set[str] = field(default_factory=set)
    # Of those, the words of whole sentences that ask nothing ("Hi, I'm a student writing a
    # feature on …"): a claim holding them gains less, as they may be about anything.
    scene: set[str] = field(default_factory=set)
    # Chinese text is judged by the characters the claim covers, so that the pairs that
    # straddle two words (面積|加 gives 積加) neither count against a claim nor for one.
    cjk_units: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    cjk_glue: set[int] = field(default_factory=set)
    # The words of a place put to be checked ("held in Shanghai?"): only a claim that says
    # where may lack them.
    place_checked: set[str] = field(default_factory=set)
    # The words of two alternatives offered (喺上海定北京): the claim names one of them, and
    # naming it is the answer, not something the question already said.
    offered: set[str] = field(default_factory=set)
    # The words of a person's name put to be checked in a role (主任是夏宝龙，对吗): the claim
    # that says who holds the role settles it, and need not hold the name.
    person_checked: set[str] = field(default_factory=set)
    person_unknown_names: list[str] = field(default_factory=list)  # its words no claim knows
    person_put: str | None = None  # that name (folded), kept when the reading is undone
    # The words of a body, place or field put to be checked as one of a list (跟张江高科合作开设
    # 的吗, "one of the Greater Bay Area cities?"), and the bodies named in it: the claim that
    # lists them settles it, and need neither hold the name nor bear on the body.
    member_checked: set[str] = field(default_factory=set)
    member_entities: set[str] = field(default_factory=set)
    member_partner: bool = False  # put as a partner in a deed ("set up with", 跟…合作)
    member_name: str = ""  # the name put (folded)
    member_intent: bool = False  # whether the put alone made the question ask "which"
    member_unknown_names: list[str] = field(default_factory=list)  # its words no claim knows
    # Two alternatives closing a Chinese question (上海, 北京 of 喺上海定北京), and where in the
    # folded text they start and end; read once, by the first step that needs them.
    choice: tuple[str, str, int, int] | None = None
    typed: str = ""  # the content terms as typed (stems and pairs, before concepts)
    listed: int | None = None  # how many things a "which eight …" question asks to be named
    capitalised: set[str] = field(default_factory=set)  # English words written as names
    ordinals: list[tuple[float, str | None]] = field(default_factory=list)
    yes_no: bool = False  # "Is PolyU part of …?", 理大係咪成員: whether, not what
    checking: bool = False  # "Is it true …", "can you confirm …": a figure typed to be checked


# 深科技是指甚麼, 甚麼是深科技, 即係乜嘢嚟, 何謂: what a word means is asked.
_MEANING_ASKED_ZH_RE = lazy(r"(?:是指|系指|指的是|即系|即是|(?<![是系])指)(?:什么|甚么|咩|乜嘢?|啥)"
                            r"|^(?:什么|甚么|咩|乜嘢?|啥)(?:是|系)|何谓"
                            r"|(?:系|是)(?:咩|乜嘢?)(?:嚟|来)|(?:什么|甚么|咩|乜嘢?|啥)意思")
_RANK_VERBS = frozenset({"~land", "stand", "~end", "come", "sit"})


_AFTER_EVENT_RE = lazy(r"([\u4e00-\u9fff]{2}) ?(?:之后|以后)")


def _unless_a_name(found: re.Match[str]) -> str:
    """An event before 之後 (建成之後) is dropped; a name (城大之後) is not an event, nor is a
    hope (部長希望科大之後…: what is hoped for follows)."""
    event = found.group(1)
    idea = concept(event)
    if idea == "~expect":
        return found.group()
    return " " if idea or event in general_words() else found.group()


# An auxiliary opening the question, a sentence of it ("Our copy says 1,800. Is that the right
# number?"), or what follows a dash or a colon ("HKUST's net-zero plan - is the target year
# 2050?").
_YES_NO_RE = lazy(r"(?i)(?:^\s*|\s[-–—:]\s+|[.!?]\s+)(?:" + AUXILIARY_ALTERNATIVES + r")\b")
# (Read on the question's last words only: a tag is short.)
_TAG_QUESTION_RE = lazy(
    r"(?i)(?:[,，]|\s[-–—])[ \t]*(?:correct|right|true|yes|no|accurate)[ \t]*[?？][ \t]*$"
    r"|(?:[,，]|\s[-–—]|\s)[ \t]*\b(?:right or wrong|true or false|am i right"
    r"|(?:" + AUXILIARY_ALTERNATIVES + r")(?:n'?t| not) (?:it|they|he|she|there|that)"
    r"(?: so)?|(?:is|was) (?:that|it|this) (?:right|correct|true|so|accurate))[ \t]*[?？][ \t]*$")
_TAG_SPAN = 60
_UNDER_SECRETARY_RE = lazy(r"(?i)\bunder[- ]?secretary\b")
# "PolyU had 461 agreements as of June 2019?": a statement with a question mark and no
# question word puts the statement to the reader to confirm.
_STATEMENT_ASKED_RE = lazy(r"^(?!\W*(?:\w+,\s*)?(?:" + AUXILIARY_ALTERNATIVES
                           + r"|may|how|what|which"
                           r"|who|whom|whose|when|where|why|tell|give|show|list|name|find"
                           r"|explain|describe|please|let)\b)(?:\S+ +){4,}\S+ *[?？]\s*$",
                           re.IGNORECASE)
# A sentence ending inside it (". ") makes the question more than one statement.
_INNER_STOP_RE = lazy(r"[.!?]\s")
# A statement says something was or is so: it holds a verb ("PolyU had …", "funding rose").
_STATED_RE = lazy(r"(?i)\b(?:is|are|was|were|has|have|had|will|did|does|rose|fell|grew|won|ran"
                  r"|came|went|made|took|held|gave|met|led|got|set|began|became|spent|paid"
                  r"|sits?|[a-z]{3,}ed)\b")
_CHECKING_RE = lazy(r"\b(?:is it true|confirm|verify|really|fact ?check(?:ing)?"
                    r"|(?:is|was) (?:that|this|it) (?:right|correct|accurate)|rite"
                    r"|(?:seen|read|heard) (?:it )?(?:quoted|said|reported))\b"
                    r"|属实|是不是真|系咪真|真系|真的|真唔真|真定假|是真是假|对吗|对不对|啱唔啱"
                    r"|冇错吧|没错吧")
# "HKUST scholarships 2022-23 HK$140.4 million?", "…嘅比例係 34.9%？": a figure put with a
# question mark and no question word is put to be checked (a year alone dates what is asked).
# (An ordinal or a place, "the 12th time", "no.1", is read with the ranks, not checked so.)
_FIGURE_PUT_RE = lazy(r"(?<![\d/.-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*(?![\d/-]|st|nd|rd|th)")
# 怎樣, 點樣 ask how, as the question words proper do.
_ASKS_HOW_ZH_RE = lazy(r"怎|點樣|点样|如何")
_WILL_DO_RE = lazy(r"^what (?:will|would|are going to|is going to)(?: [a-z]+){1,8}? do\b")
# Only with nothing, or "together", between: 會主力做咩, 會用來做甚麼 ask a focus, a use.
_WILL_DO_ZH_RE = lazy(r"(?:会|将)(?:合作|一起|共同| )*[做搞](?:啲|些)?"
                      r"(?:咩嘢|乜嘢|咩|乜|什么|甚么)")


def parse_query(index: Index, question: str, *, whole: bool = True,
                framing: bool = True) -> Query:
    """The question taken apart: entities, terms, intent, figures and dates asked about
    (whole: look for the sentences around the question that ask nothing; framing: read a
    claim framed to be checked, "Someone wrote that …", as put to be checked)."""
    if "’" in question:
        question = question.replace("’", "'")  # "isn’t it?" is "isn't it?"
    question = without_courtesies(question)
    framed = False
    if whole and framing:
        question, framed = without_check_framing(question)
    if whole:
        question = respell_english(index, question)
    query = _parse(index, question, framed)
    pieces = scene_and_ask(question) if whole else []
    if any(asks for _, asks in pieces) and not all(asks for _, asks in pieces):
        # "Hi, I'm a student writing a feature on campus sustainability. By what year …?
        # Thanks!": sentences that ask nothing say why the question is asked. Their words
        # may name what it is about (我係中學老師，想帶學生參觀港大。…), so they stay as words
        # a claim may hold but need not; a figure in them is not one asked about, nor a year
        # someone else is reported to give.
        asked_text = " ".join(text for text, asks in pieces if asks)
        asked = parse_query(index, asked_text, whole=False)
        own_ask = asked
        first = next(at for at, (_, asks) in enumerate(pieces) if asks)
        refers_back = _REFERS_BACK_RE.search(asked_text) is not None
        if not _names_its_own(asked) and first > 0:
            # "I heard HKUST showed officials a blood test - what can it detect?": a question
            # that names nothing of its own asks about what was said just before it.
            # (What "it" refers to is then part of the question.)
            pieces[first - 1] = (pieces[first - 1][0], True)
            asked_text = " ".join(text for text, asks in pieces if asks)
            asked = parse_query(index, asked_text, whole=False)
            refers_back = False
        if _names_its_own(asked) and not all(asks for _, asks in pieces):
            context = [text for text, asks in pieces if not asks]
            _set_the_scene(query, asked, context, refers_back=refers_back)
            return query
        if own_ask.years and not set(query.years) <= set(own_ask.years) \
                and not _UNTIL_YEAR_RE.search(own_ask.text):
            # "HKUST ranked 19th in the THE Impact Rankings 2025. Where did it rank in 2024?":
            # the question asks of what the sentence before it names, in a year of its own;
            # the year and the figure told are not the ones asked for. (A year a span runs
            # until, 任期係咪到2026年, is a figure put to be checked.)
            query.years, query.periods = own_ask.years, own_ask.periods
            query.numbers, query.ordinals = own_ask.numbers, own_ask.ordinals
    lead_in = _LEAD_IN_RE.match(question)
    if lead_in is not None and not ASKING_RE.search(lead_in.group(1)) \
            and ASKING_RE.search(question, lead_in.end()):
        # "For a story on climate pledges: by which year …", 撰寫環保專題：…: what comes before
        # the colon says why the question is asked. Its words may still name what it is about
        # (港大薄扶林用地的政策來源：…), so they stay, as words a claim may hold but need not;
        # the question after it says what is asked.
        _ask_only(query, _parse(index, question[lead_in.end():]), dates=False, figures=False)
        return query
    premise = _PREMISE_RE.match(question)
    if premise is not None and not WH_RE.search(premise.group(1)) \
            and WH_WORD_RE.search(question, premise.end()):
        # "Some sources say HKUST(GZ) opened in 2021. When did it officially open?": what
        # others say is the premise to check, not a condition: its years and figures are not
        # the ones asked for, and its words name what the question is about, as a lead-in's
        # do. What the reader says of themselves ("I'm preparing a briefing on …") sets the
        # scene too, but a year in it says which figure is meant ("Our graphic lists its QS
        # standing for 2016 — what number should it show?").
        reported = bool(_REPORTED_RE.search(premise.group(1)) or premise.group(2))
        if reported or OF_THE_READER_RE.match(premise.group(1)):
            _ask_only(query, _parse(index, question[premise.end():]), dates=reported,
                      figures=reported)
            return query
    aside = _ASIDE_RE.search(question)
    if aside is not None:
        # "Besides Xia Baolong, which official …": the one set aside is no word the answer
        # must hold. (除咗…之外 is left alone: "除了開展科研項目之外，還會在哪些方面合作" is
        # answered by the claim that holds the projects too.)
        named = _parse(index, aside.group(1))
        query.optional.update(set(named.terms) | {term for term, _ in named.cjk_units})
    after = _AFTERWORD_RE.match(question)
    if after is not None and not WH_RE.search(after.group(2)) \
            and WH_WORD_RE.search(after.group(1)):
        # "理大一共有多少个科研项目？我在写一份报告。": a sentence after the question says why
        # it is asked, as a lead-in does; a year in it still says which figure is meant
        # ("…排第幾？泰晤士2024學科排名嗰個。").
        _ask_only(query, _parse(index, after.group(1)), dates=False, figures=False)
    return query


def other_intents(query: Query) -> set[Intent]:
    """The kinds of answer the other questions of a message ask for, when it asks two
    ("建築面積有幾大？喺邊度？"): each question is read on its own."""
    questions = _QUESTION_END_RE.split(query.text)
    if sum(bool(question.strip()) for question in questions) < 2:
        return set()
    return {question_intent(fold_text(question)) for question in questions} - {None, query.intent}


def question_parts(text: str) -> list[str]:
    """The questions of a message that says more than one thing, each in its own words: split
    at question marks, and at a comma or a joining word (同埋, 以及, "and also") when each side
    asks for a kind of answer of its own ("位於哪個城市，建築面積為何", "喺邊度同埋建築面積幾大").
    A part that asks nothing (係咪隊隊都有獎？, a premise, a heading) is left out, so one
    question may come back alone, to be read without the rest; [] for a single sentence."""
    if len(text) > _LONGEST_PARTED:
        return []
    pieces = [piece for piece in _QUESTION_END_RE.split(text) if piece.strip()]
    if len(pieces) == 1 and not _CLAUSE_JOIN_RE.search(pieces[0]):
        return []  # one sentence: nothing to read apart (most questions end here)
    asked: list[str] = []
    for piece in pieces:
        clauses = [(clause, _asks_of_its_own(clause)) for clause in _CLAUSE_JOIN_RE.split(piece)]
        if len(clauses) > 1 and all(asks for _, asks in clauses):
            asked.extend(clause for clause, _ in clauses)
        elif _asks_of_its_own(piece) if len(clauses) > 1 else clauses[0][1]:
            asked.append(piece)
    said_more = len(pieces) > 1 or len(asked) > 1
    return asked[:_MOST_PARTS] if said_more else []


def _asks_of_its_own(clause: str) -> bool:
    """Whether a clause is a question in its own words, not a premise ("Of the 236 students
    who got aid"), a heading ("QS 2025 學科排名") or an aside ("Like the total in HK$")."""
    folded = _question_folded(clause)
    return question_intent(folded) is not None and _ASKS_RE.search(folded) is not None


def _owners_of_the_asked(text: str, focus: set[str]) -> set[str]:
    """Whose thing is asked, where the thing is asked too: "what was the fund's stated
    mission" asks a mission, not a sum. ("Which minister's visit", "the president's name":
    the possessor is what is asked, as the word after it names nothing of its own.)"""
    owners = set()
    lowered = text.lower()
    for found in _POSSESSOR_RE.finditer(lowered):
        owner, owned = found.groups()
        if lowered[max(0, found.start() - 6):found.start()].split()[-1:] in (["which"],
                                                                            ["whose"]):
            continue  # "which minister's visit": whose is asked
        term = concept(stem(owned)) or stem(owned)
        if (term in focus and owned not in _NAMING_WORDS) or owned in _POSSESSED_DESCRIBERS:
            owners.add(concept(stem(owner)) or stem(owner))
    return owners if focus - owners else set()


# Words between a possessive and the thing asked that describe it ("the fund's stated
# mission"), and words that ask the possessor's name, not a thing of theirs ("the
# president's name").
_POSSESSED_DESCRIBERS = frozenset({"stated", "official", "main", "declared", "own", "overall"})
_NAMING_WORDS = frozenset({"name", "names", "title", "titles", "full"})


def _names_its_own(asked: Query) -> bool:
    """Whether the asking part says what it asks of: a body and something asked of it, or
    two words of its own ("Can you confirm HKU's figure?" says neither)."""
    own = set(asked.terms) - asked.general - asked.optional
    return (bool(asked.entities) and bool(asked.terms or asked.intent)) or len(own) > 1


def _set_the_scene(query: Query, asked: Query, context: list[str], *,
                   refers_back: bool) -> None:
    """Let the part that asks say what is asked; the scene's words are optional and weigh
    less, and what it names is no body the answer must bear on, nor one the file must know
    ("I'm a journalist from Cairo", "a VC firm") — unless it is another university and the
    question asks of it ("A reader insists CityU aims for 2050. What year does its plan
    set?") or names no body of its own ("I'm at CityU. How many unicorns …?")."""
    # What others say, or a draft's line ("Draft line: '… by 2050.'"), is the premise to check.
    reported = any(_REPORTED_RE.search(sentence) or _DRAFT_RE.search(sentence.lower())
                   for sentence in context)
    # A figure in the scene is none the question asks about ("for my F.3 class"), unless the
    # question points back at it ("HK$400 billion — what is that number?").
    points_back = refers_back or _POINTS_BACK_RE.search(asked.text) is not None
    _ask_only(query, asked, dates=reported, figures=reported or not points_back)
    if asked.years:
        # "How many at the end of 2024? I've got figures for end-2023": the year the
        # question asks is the one meant.
        query.years, query.periods = asked.years, asked.periods
    # Another university said of the reader ("my daughter is applying to CityU") is where
    # they stand; said of the thing asked about ("in CUHK's table of labs") it is a body the
    # file knows nothing of.
    of_the_reader = " ".join(piece for piece in context if OF_THE_READER_RE.search(piece))
    query.unknown_names = [name for name in query.unknown_names
                           if name in asked.unknown_names
                           or (another_institution(name)
                               and (refers_back or not asked.entities
                                    or compact(fold_text(name))
                                    not in compact(fold_text(of_the_reader))))]
    if not refers_back and asked.entities:
        query.entities = [e for e in query.entities if e in asked.entities]
        query.related = {e: query.related[e] for e in query.entities}
        query.linked = {e: query.linked[e] for e in query.entities}
    query.scene = set(query.optional)
    # What kind of answer is sought is read off the asking part alone: "我是一名中學老師"
    # counts no people.
    query.folded = asked.folded


def _ask_only(query: Query, asked: Query, *, dates: bool, figures: bool) -> None:
    """Let the part of the question that asks give the intent and focus (and the dates and
    figures asked about); the rest of its words are ones a claim may hold but need not."""
    query.intent, query.focus = asked.intent, asked.focus
    if dates:
        query.years, query.periods = asked.years, asked.periods
    if figures:
        query.numbers, query.ordinals = asked.numbers, asked.ordinals
    asked_terms = (set(asked.terms) | {term for term, _ in asked.cjk_units}) - asked.optional
    query.optional = {term for term in (*query.terms, *(t for t, _ in query.cjk_units))
                      if term not in asked_terms}


_UNTIL_YEAR_RE = lazy(r"(?i)(?:到|至|直至|\buntil|\btill|\bthrough)\s*(?:19|20)\d\d")
_POINTS_BACK_RE = lazy(r"(?i)\b(?:that|this|these|those)\b|那个|这个|那笔|这笔|呢个|嗰个|呢笔|嗰笔")
_REFERS_BACK_RE = lazy(r"(?i)\b(?:it|its|they|their|them|he|his|she|her)\b"
                       r"|佢|其|他|她|該|该|那裏|那里|嗰度")
_QUESTION_END_RE = lazy(r"[?？]")
# A question in so many words, read on folded text (no punctuation left): an English clause
# whose question word or auxiliary opens it or follows a joining word ("and how long",
# "for how long"), a Chinese one holding a question word or particle.
_ASKS_RE = lazy(r"(?:^|\b(?:and|but|also|so|hi|hey|ok|then|for|in|by|to|since|from"
                r"|until|with)\s)(?:what|which|who|whom|whose|when|where|why|how|is|are|was"
                r"|were|do|does|did|can|could|has|have|had|will|would|should)\b"
                r"|哪|边|几|多少|多大|多高|多久|多长|多远|什么|甚么|咩|乜|谁|为何|如何|怎样|怎么|点样"
                r"|点解|吗|呢|是否|有没有|有冇|系咪|是不是|对不对|对吗")
_MOST_PARTS = 4
# Where a message may join two questions in one sentence.
# (Not the comma of a figure between two digits, 1,747.)
_CLAUSE_JOIN_RE = lazy(r"(?<!\d)[,，]|[,，](?!\d)|[；;]|同埋|以及|\band also\b")
# A message longer than any question is read whole: each part read costs a whole reading.
_LONGEST_PARTED = 600
# A possessor and the word after it ("the fund's stated"): the left guard keeps a long run of
# letters from being tried at each of its letters.
_POSSESSOR_RE = lazy(r"(?<![a-z])([a-z]+)['’]s\s+([a-z]+)")
_BRACKETED_RE = lazy(r"\(([^()]*)\)")
_M_AND_A_RE = lazy(r"(?i)\bm ?& ?a\b")
_R_AND_D_RE = lazy(r"(?i)\br ?& ?d\b")
_RELATED_RE = lazy(r"(?i)(?<=\w)-related\b")
# A lead-in that asks nothing, then a question: the lead-in sets the scene.
_LEAD_IN_RE = lazy(r"^([^:：?？]{3,90}?)\s*[:：]\s*(?=\S)")
# A statement of what others say, then the question: the sentence ends, or a comma comes
# before 請問 ("may I ask").
_PREMISE_RE = lazy(r"^(.{6,160}?)(?:[.;。；!！]\s*|\s*[—–]\s*|\s-\s|[,，]\s*(請問|请问|想問|想问))"
                   r"(?=\S)")
# "Besides X, …", "… apart from X?": someone or something the question sets aside.
ASIDE_WORDS = r"besides|apart from|aside from|other than"
_ASIDE_RE = lazy(r"(?i)\b(?:" + ASIDE_WORDS + r")\s+([^,?.;]{2,60}?)\s*(?:[,，]|[?？.]?\s*$)")
# The question, then a sentence that asks nothing.
_AFTERWORD_RE = lazy(r"^(.+?[?？])\s*([^?？]{4,}?)\s*$")
# "Top how many", "within the top what", 前多少名, 前幾位: a band of places, not one place.
BAND_ASKED_RE = lazy(r"\btop (?:how many|what)\b|前(?:多少|几)(?:名|位|强)?")
# 喺上海定北京, 在安徽还是上海: the alternatives offered are places.
_AT_CHARS = frozenset("喺在")
# Two short alternatives closing a Chinese question: 上海定北京, 上海还是北京, 上海或者北京.
# (一定, 決定, 定案, 定位 are words: 定 offers no choice in them; nor does a 嗎 question.)
_WORD_BEFORE_DING = "一决确肯指规预固特稳认制选锁约否设鉴评拟审核限议既倾谈讲搞"
_WORD_AFTER_DING = "案义位期下了好制出局型时要于咗"
_CHOICE_ZH_RE = lazy(r"([\u4e00-\u9fff]{2,6})(?:定系|(?<![" + _WORD_BEFORE_DING + r"])定(?!["
                     + _WORD_AFTER_DING + r"])|还是)"
                     r"([\u4e00-\u9fff]{2,6}?)(?:呢|啊|呀|㗎|嘅)?(?<![吗么])\W*$")


# Names offered as alternatives in English: "Shanghai, Anhui or Beijing", "Shenzhen or
# Dongguan" (each of one to three capitalised words).
# (Each word read whole, from its start: a run of capitals is read once, not once a letter.)
_NAME_OFFERED = r"(?<![\w'-])[A-Z][\w'-]*+(?: [A-Z][\w'-]*+){0,2}"
# (Places: after in, at, of or from; "the Chairman or Deputy Chairman" are offices.)
# ("at Pok Fu Lam or at Cyberport": the word before a place may come again.)
_NAMES_OFFERED_RE = lazy(r"\b(?:in|at|of|from) " + _NAME_OFFERED + r"(?:, " + _NAME_OFFERED
                         + r"){0,4},? or (?:(?:in|at|of|from) )?" + _NAME_OFFERED + r"\b")
_NAME_OFFERED_RE = lazy(_NAME_OFFERED)
_PREPOSITION_AGAIN_RE = lazy(r" or (?:in|at|of|from) ")
_RANK_WORDS_RE = lazy(r"\b(?:rank\w*|top|table|index|placed|no\.?\s?1)\b")


def metric_words(words: str) -> LazyPattern:
    """Whole words of a metric name (attending_bodies holds no 'end', startup_exits no 'start')."""
    return lazy(r"(?:^|_)(?:" + "|".join(words.split()) + r")(?:s|es|ies|y|ed)?(?:_|$)")


# The metrics of claims that say where something is.
PLACE_METRIC_RE = metric_words("location venue region site place address city cities district")


def _says_where(index: Index, positions: Iterable[int]) -> bool:
    claims = index.kb.claims
    return any(PLACE_METRIC_RE.search(claims[position].metric) for position in positions)


def _place_in_claims(index: Index, name: str) -> bool:
    """Whether a Chinese name is a place some claim says something is in (上海, not 規劃階段)."""
    return _says_where(index, claims_naming(index, name))


def _names_a_place(index: Index, name: str) -> bool:
    """Whether a capitalised name offered is a place: no body's name nor a month, and held
    whole by a claim that says where something is (Pok Fu Lam, not March, HKUST or
    Cyberport)."""
    folded = fold_text(name)
    if compact(folded) in index.aliases or CALENDAR_WORDS.intersection(folded.split()):
        return False
    held = [set(index.postings.get(stem(word), ())) for word in folded.split()]
    return bool(held) and all(held) and _says_where(index, set.intersection(*held))
_CHOICE_SPAN = 20  # the longest choice the pattern reads, with its particle
_IS_BEFORE_RE = lazy(r"是|系|在|喺|于")
_IS_SPAN = 8


def _choice_offered(folded: str) -> tuple[str, str, int, int] | None:
    """Two alternatives closing the (folded) question, and where they start and end; only its
    end is read. The first is read back no further than the second is long, and a character
    more (代表團是在上午還是下午 offers 在上午, not 表團是在上午)."""
    found = _CHOICE_ZH_RE.search(folded, max(0, len(folded.rstrip()) - _CHOICE_SPAN))
    if found is None:
        return None
    if folded[found.end(1):found.start(2)] == "还是" \
            and not _IS_BEFORE_RE.search(folded, max(0, found.start(1) - _IS_SPAN), found.end(1)):
        return None  # 排名还是全港第一: "still", unless 是 or 在 puts the first (是A还是B)
    second = found.group(2)
    first = found.group(1)[-(len(second) + 1):]
    return first, second, found.end(1) - len(first), found.end(2)


_REPORTED_RE = lazy(r"(?i)\b(?:says?|said|insists?|insisted|claims?|claimed|reports?|reported"
                    r"|wr(?:o|i)tes?|written|states?|stated|suggests?|suggested|believes?"
                    r"|thinks?|thought|assumes?|assumed|argues?|argued|tells?|told|quotes?"
                    r"|quoted|has it)\b|說|说|寫|写|稱|称|報道|报道|聲稱|声称|以為|以为|指出|提到")


def _question_folded(text: str) -> str:
    """A question's text as it is read: abbreviations spelt out, folded, slips mended."""
    return mend_question_words(fold_text(expand_abbreviations(text)))


def _parse(index: Index, question: str, framed: bool = False) -> Query:
    """One question read step by step; each step fills in part of the Query, and the later
    ones read what the earlier found (the figures before the words, the words before the
    names nobody holds). Framed: the question was put as a claim to be checked."""
    question, tagged = _prepared(question)
    tagged = tagged or framed
    folded = _question_folded(question)
    query = Query(question, folded, intent=question_intent(folded))
    english_yes_no = _read_yes_no_and_checking(query, question, folded, tagged)
    rest, set_aside = _read_entities(index, query, question, folded)
    quantities = find_quantities(question)
    figures = _read_figures(index, query, question, folded, quantities)
    # The words' reading may add to the content words ("activities"): later steps read its copy.
    words = _read_terms(index, query, question, folded,
                        _content_of(index, query, question, folded, rest, quantities),
                        figures.checked_words)
    for measure in sorted(figures.measures - set(query.terms)):
        if measure in index.postings:
            query.terms.append(measure)
    _read_unknown_names(index, query, question, folded, words, set_aside)
    _settle_terms_and_intent(index, query, folded, words)
    _read_units_and_links(index, query, words, figures)
    query.unknown_names.extend(owned_by_another(index, query.entities, query.related, folded))
    _add_asked_words(query, folded)
    _weigh_words(index, query, question, folded, words, english_yes_no, figures)
    return query


def _prepared(question: str) -> tuple[str, bool]:
    """The question with its figures, dates and marks in the forms the matcher reads, and
    whether it ended on a tag ("…, correct?")."""
    if not question.isascii():
        # Full-width digits and marks (２０１８／１９) read as their ASCII forms.
        question = unicodedata.normalize("NFKC", question)
    if CHINESE_YEAR_RE.search(question):
        question = CHINESE_YEAR_RE.sub(arabic_year, question).replace("／", "/")
    question = SHORT_PERIOD_RE.sub(full_period, question)
    if "&" in question:
        # Folding drops the '&': M&A would leave a lone 'm' (the claims spell these out).
        question = _M_AND_A_RE.sub("mergers and acquisitions", question)
        question = _R_AND_D_RE.sub("research and development", question)
    if "ecretar" in question:
        # An under secretary is the secretary's deputy, not the secretary.
        question = _UNDER_SECRETARY_RE.sub("Deputy Secretary", question)
    if "-relat" in question:
        # "Alzheimer's-related innovation": what the thing is about, not a word to find.
        question = _RELATED_RE.sub("", question)
    tail = max(0, len(question) - _TAG_SPAN)
    tag = _TAG_QUESTION_RE.search(question, tail)
    if tag is not None:
        # "HKUST had 9 unicorns, correct?", "… is 2050, isn't it?": a statement put to the
        # reader to confirm; the tag names nothing.
        question = question[:tag.start()] + "?"
    return question, tag is not None


def _read_yes_no_and_checking(query: Query, question: str, folded: str, tagged: bool) -> bool:
    """Whether the question asks yes or no, or puts a figure to be checked; returns whether
    it is an English yes/no question (a statement put to be confirmed is one)."""
    stated = tagged \
        or (not has_cjk(question) and _STATEMENT_ASKED_RE.match(question) is not None
            and not _INNER_STOP_RE.search(question) and not WH_WORD_RE.search(question)
            and _STATED_RE.search(question) is not None)
    english_yes_no = stated or _YES_NO_RE.search(question) is not None
    query.yes_no = english_yes_no \
        or (not folded.isascii() and YES_NO_ZH_RE.search(folded) is not None)
    query.choice = None if folded.isascii() else _choice_offered(folded)
    # "Is 1,828 tonnes the recyclables or the trash?" chooses by the figure; it checks none.
    # A statement put to be confirmed chooses nothing, whatever "or" it holds ("rated world
    # leading or internationally excellent - true?").
    query.checking = stated or (query.yes_no and " or " not in folded) \
        or _CHECKING_RE.search(folded) is not None \
        or (ends_asking(question) and " or " not in folded
            and not WH_WORD_RE.search(question) and not _ASKS_HOW_ZH_RE.search(question)
            and _FIGURE_PUT_RE.search(question) is not None) \
        or _figures_offered(query.choice)
    return english_yes_no


def _closes_the_question(question: str, found: Found) -> bool:
    """Whether a Chinese ordinal closes the question (…是第三屆？, 係咪第3屆呀): what it puts is
    what is checked."""
    return question[found.start - 1:found.start] == "第" \
        and len(question[found.end:].rstrip(" ？?。！!呀啊嗎吗呢㗎")) <= 1


def _figures_offered(choice: tuple[str, str, int, int] | None) -> bool:
    """三大方向還是五大方向, 第二届还是第三届: two figures offered, one of which the claim
    states (the other it corrects)."""
    return choice is not None and (
        all(_FIGURE_OFFERED_RE.search(alternative) for alternative in choice[:2])
        or all(_DURATION_OFFERED_RE.search(alternative) for alternative in choice[:2]))


# 兩年, 三個月: how long.
_DURATION_OFFERED_RE = lazy(r"[一二两三四五六七八九十]+个?(?:年|月|天|日|星期|周)$")
# A figure: digits, or a Chinese numeral counting (三大, 五个, 第二届), not one naming an
# office (四局副局长), nor 一個 ("a": 一個研究所還是一個孵化器).
_FIGURE_OFFERED_RE = lazy(r"\d|第[一二两三四五六七八九十]|(?!一[个间位家所])"
                          r"[一二两三四五六七八九十百千万亿]+[个位名间家所届大成倍万亿项条种类次]")


def _read_entities(index: Index, query: Query, question: str, folded: str
                   ) -> tuple[str, bool]:
    """The bodies the question names; the text left over, and whether it sets a source or an
    alternative aside."""
    query.entities, rest = detect_entities(index, folded,
                                           frozenset(_LOWER_CASE_WORD_RE.findall(question)))
    # "According to the HKUST course announcement", 根據港大的資料: where the reader read it,
    # which the claim names by its source, not in its words, nor is the source what is asked.
    # "Bought out rather than floated": what the question sets aside is not asked either.
    set_aside = SET_ASIDE_RE.search(question) is not None
    if set_aside:
        kept, rest = detect_entities(index, _question_folded(SET_ASIDE_RE.sub(" ", question)),
                                     frozenset(_LOWER_CASE_WORD_RE.findall(question)))
        query.entities = [entity for entity in query.entities if entity in kept]
    query.entities.extend(part_by_kind(index, query.entities, folded))
    return rest, set_aside


@dataclass(slots=True)
class _FiguresRead:
    """What reading the figures leaves for the steps after: the place put to be checked, the
    text it is read in, and the words of a figure put to be checked ("the third edition?")."""

    place: str
    place_text: str
    checked_words: set[str]
    measures: set[str]  # of an ordinal put to be checked (第三屆: 屆)


def _read_figures(index: Index, query: Query, question: str, folded: str,
                  quantities: list[Found]) -> _FiguresRead:
    """The years, figures, ordinals and counts the question types, and the place it puts to be
    checked. A day or a place put to be checked makes the question ask when or where, and a
    date put to be checked is no date the question is about."""
    query.years, query.periods = asked_dates(question, folded)
    if query.checking and query.intent is None and names_a_day(question):
        # "Did Xia Baolong meet them on 13 March 2025?", 是3月12日會見的嗎: the day typed is
        # the date to check; the claim that dates the meeting answers, or corrects it.
        query.intent = "when"
    # "The third course" names which one: the claim must say so (third, 3rd, 第三屆); 第三屆
    # is no figure to look up (a count of three is not the third course).
    ordinals = [f for f in quantities
                if question[f.start:f.end].lower() in _ORDINAL_WORDS
                or _is_ordinal_in_digits(question, f)
                or _SERIES_WORD_RE.search(question[max(0, f.start - 7):f.start])
                or _is_edition(question, f)]
    # (在科大舉行的培訓班是第三屆嗎: the edition closing the question is what is checked, not
    # the place it was held; "Was the second course held in Beijing?" checks the place.)
    edition_checked = any(_closes_the_question(question, f) for f in ordinals)
    ordinal_starts = {f.start for f in ordinals}
    place, place_text = (_place_typed(index, question, folded) or ("", "")) \
        if query.checking and query.intent in {None, "where"} and not edition_checked \
        else ("", "")
    if place:
        # "Did Lei Haichao meet them in Shanghai?", 係咪喺北京見: the place typed is the one to
        # check; the claim that says where answers, or corrects it.
        query.intent = "where"
    if query.checking and query.intent == "when":
        # "Can you confirm the year it aims for? I've seen 2050": the year is the answer to
        # check, not the time the question asks about.
        query.years, query.periods = [], []
    # Evidence is a figure the reader typed: not a year, not a number word ("first", "two"),
    # not a count that only says how many things are asked for ("which four fields", 哪四大).
    dates = find_date_spans(question) if quantities else []
    query.numbers = [(f.quantity.value, f.quantity.unit) for f in quantities
                     if not _is_descriptor(question, f, query.years, query.checking)
                     and not any(start <= f.start < end for start, end in dates)
                     and not _is_one_in_words(question, f) and not _is_edition(question, f)
                     and f.start not in ordinal_starts]
    query.ordinals = [(f.quantity.value, None) for f in ordinals]
    # "Was it the third edition?", "built around four directions?": the figure put to be
    # checked is compared with the claims' values; its words are no words to find.
    # "Was it the first one ever held?": being first is said in words (first, inaugural), not
    # as a figure, so the word stays to be found; a first place in a table is a figure.
    first_in_words = _TABLE_PLACE_RE.search(question) is None
    checked_words = {stem(question[f.start:f.end].lower()) for f in quantities
                     if question[f.start:f.end].isalpha()
                     and not (first_in_words and question[f.start:f.end].lower() == "first")
                     } if query.checking else set()
    measures: set[str] = set()
    if query.checking and not folded.isascii():
        # 係咪第三屆: the pairs the numeral makes with its 第 and its measure word (第三, 三屆)
        # are the figure checked, not words a claim must hold; the measure word says what is
        # counted (屆, as "edition" does in "the third edition?").
        for f in ordinals:
            # (Being the first is said in words, 首屆, 第一次: those stay to be found.)
            if question[f.start - 1:f.start] == "第" and f.quantity.value != 1:
                # 第十九次, 第3屆: every pair from 第 to the measure word is the figure.
                span = question[f.start - 1:f.end + 1]
                checked_words.update(fold_text(span[at:at + 2]) for at in range(len(span) - 1))
                if has_cjk(question[f.end:f.end + 1]):
                    measures.add(fold_text(question[f.end]))
    query.listed = next((int(f.quantity.value) for f in quantities
                         if _names_how_many_asked(question, f)), None)
    return _FiguresRead(place, place_text, checked_words, measures)


# HK as a place (first in HK), and HK as anything else: a currency (HK$, HK dollars, HK cents)
# or an address (gic@hku.hk).
_HK_TYPED_RE = lazy(r"(?i)(?<![.@])\bhk\b(?!\s*[$＄]|\s*(?:dollars?|cents?|currency)\b)")
_HK_OTHERWISE_RE = lazy(r"(?i)(?<=[.@])hk\b|\bhk(?=\s*[$＄]|\s*(?:dollars?|cents?|currency)\b)")
# Folded text has lost the $, @ and . that tell the uses apart: the raw question decides, for
# all of its HKs at once.
_HK_WORD_RE = lazy(r"\bhk\b")


def _content_of(index: Index, query: Query, question: str, folded: str, rest: str,
                quantities: list[Found]) -> str:
    """The words left to find once names, dates, figures and question words are taken out,
    with HK read as Hong Kong and characters typed by sound mended (and a name so mended
    taken out too)."""
    if "hk" in rest and _HK_TYPED_RE.search(question) and not _HK_OTHERWISE_RE.search(question):
        # "first in HK": Hong Kong typed short, read once names that hold it (HK PolyU) are
        # taken out. (The shipped claims say Hong Kong wherever they say HK as a place.)
        rest = _HK_WORD_RE.sub("hong kong", rest)
    undated = _DATE_WORDS_RE.sub(" ", rest) if has_digit(rest) else rest
    for found in quantities:
        typed = question[found.start:found.end]
        # 三千萬元: the currency word read as the unit goes with the figure.
        currency = CURRENCY_WORD_RE.match(question, found.end)
        typed += currency.group() if currency else ""
        if not typed.isascii() and (found.quantity.value, found.quantity.unit) in query.numbers:
            # 三千萬: a figure in Chinese numerals is looked up as a value, as 30 million is,
            # not as the character pairs of its words.
            undated = undated.replace(fold_text(typed), " ")
    stripped = strip_question_words(undated)
    content = sound_slips(index, stripped, query.entities)
    if content != stripped and has_cjk(content):
        # 低空經際研究中心: a name with a character typed by sound is found once it is mended;
        # a shorter name read inside it as typed (大灣區 in 大灣區國際創薪學院) is not named.
        mended, left = detect_entities(index, content)
        found = [entity for entity in mended if entity not in query.entities]
        if found:
            whole = compact(sound_slips(index, strip_question_words(folded), query.entities))
            names = [form for entity in found for form in aliases_of(index, entity)
                     if form in whole]
            query.entities = [entity for entity in query.entities
                              if not any(form in name for name in names
                                         for form in aliases_of(index, entity))]
            query.entities.extend(found)
            content = left
    if "后" in content:
        # 起好之後會做乜: what follows an event is asked, the event only sets the time.
        content = _AFTER_EVENT_RE.sub(_unless_a_name, content)
    return content


@dataclass(slots=True)
class _WordsRead:
    """What reading a question's words leaves for the steps after: the content words (with any
    the reading added), the names typed, and the slips read as meant."""

    content: str
    name_like: list[str]
    capitalised: set[str]
    corrected: dict[str, str]
    respelled: dict[str, str]
    slipped_everyday: set[str]
    hyphenated: dict[str, list[str]]
    everyday: set[str]
    pinyin_names: list[str]


@dataclass(slots=True)
class _Slips:
    """What the words typed with a slip were read as, while the words are read."""

    corrected: dict[str, str] = field(default_factory=dict)  # slip, stemmed → term read
    respelled: dict[str, str] = field(default_factory=dict)  # slip, stemmed → word, stemmed
    everyday: set[str] = field(default_factory=set)  # everyday words typed with a slip, read
    fillers: dict[str, str] = field(default_factory=dict)  # question words and fillers, read


def _read_terms(index: Index, query: Query, question: str, folded: str, content: str,
                checked_words: set[str]) -> _WordsRead:
    """The terms to find: each word known to the claims, a slip read as the word meant, a word
    typed without its space split, or a word the claims never use. Also notes the names typed
    (capitalised, in pinyin: a body so named joins the entities), each Chinese term's form as
    typed, other institutions typed in lower case, and, when slipped fillers were all that
    said so, what the question asks."""
    # An acronym or a word with an inner capital is a name: 'CityU' must not become 'city'.
    name_like = NAME_LIKE_RE.findall(question)
    names = {stem(fold_name(name)) for name in name_like if not name[1:].islower()}
    capitalised = {stem(fold_name(name)) for name in name_like}
    query.capitalised = capitalised
    query.all_terms = {name for term in tokens(strip_question_words(folded))
                       for name in (term, concept(term)) if name}
    typed = {stem(word): word for word in LATIN_WORD_RE.findall(content)}
    slips = _Slips()
    hyphenated = {stem(first + second): [concept(stem(w)) or stem(w) for w in (first, second)]
                  for first, second in _HYPHENATED_RE.findall(question.lower())}
    if len(query.entities) > 1 \
            and (_WILL_DO_RE.search(folded)
                 or (not folded.isascii() and _WILL_DO_ZH_RE.search(folded))):
        # "What will PolyU and PCL do together", 理大同鵬城會一齊做啲咩: what two bodies will
        # do together is their joint activities (what one body does asks its purpose).
        content += " activities"
    everyday = general_terms(content)
    content_terms = joined_split_words(index, find_content_terms(index, content, everyday))
    in_pinyin, pinyin_names, pinyin_bodies = names_in_pinyin(index, question, content)
    query.entities.extend(body for body in pinyin_bodies if body not in query.entities)
    held: Callable[[str], tuple[int, int]] | None = None  # read at the first slip
    for original, term in content_terms:
        if has_cjk(original):
            query.forms.setdefault(term, original)
        if term in query.terms or term in query.unknown_terms or term in in_pinyin \
                or _compared_not_matched(query, term, checked_words):
            continue
        if term in index.postings:
            query.terms.append(term)
            continue
        if term in OTHER_INSTITUTIONS and term not in index.aliases:
            query.unknown_terms.append(term)
            query.unknown_names.append(term)
            continue
        word = typed.get(term, term)
        beside_name = name_word_beside(index, question, word, slips.respelled) \
            if term.isascii() and term.isalpha() \
            and (term in capitalised or word not in english_words()) else None
        if beside_name:
            # "Shereef Sedky", "Nancy Yip": a word of a person's name, typed with a slip or
            # spelt another way, is that name's word where the claims write it beside the
            # name's other word. (Typed in lower case, "nancy yip", only a word no English
            # word is.)
            slips.respelled[term] = slips.corrected[term] = beside_name
            query.terms.append(beside_name)
            continue
        if not has_cjk(term) and term.isalpha() and len(word) >= 4 and term not in names \
                and (term in capitalised or word not in english_words()):
            if held is None:  # the words the slip is read beside: every known one
                held = holders_beside(index, [known for _, known in content_terms
                                              if known in index.postings])
            if _read_slip(index, query, term, word, capitalised, held, slips):
                continue
        if term[:1].isdigit() and _is_figure_read(query, term):
            continue  # "105635m2": the number is matched as a value, not as a word
        if term.isascii() and term.isalpha() and query.entities \
                and misspells_named_entity(index, word, query.entities):
            continue  # "Kellog": a slip in the name of an entity already found
        if _read_english_slip(index, query, term, word, capitalised, slips) \
                or _read_parts(index, query, term, word, hyphenated):
            continue
        query.terms.append(term)
        query.unknown_terms.append(term)
    if slips.fillers and query.intent is None:
        query.intent = question_intent(" ".join(slips.fillers.get(word, word)
                                                for word in folded.split()))
    return _WordsRead(content, name_like, capitalised, slips.corrected, slips.respelled,
                      slips.everyday, hyphenated, everyday, pinyin_names)


def _compared_not_matched(query: Query, term: str, checked_words: set[str]) -> bool:
    """A year, the end of a period (2022-23) or a figure to check: compared with the claims'
    dates and values, not matched as a word."""
    if term.isdigit() and len(term) == 4 and int(term) in query.years:
        return True
    if term.isdigit() and len(term) == 2 and any(f"{last % 100:02d}" == term
                                                 for _, last in query.periods):
        return True
    return query.checking and ((term[:1].isdigit() and _is_figure_read(query, term))
                               or term in checked_words)


def _read_slip(index: Index, query: Query, term: str, word: str, capitalised: set[str],
               held: Callable[[str], tuple[int, int]], slips: _Slips) -> bool:
    """A word the claims never use read as one they do, typed with a slip; whether it was."""
    # A capitalised word may be a name (Lingnan, Kellog): it gets one slip, not two, even
    # when it is also an English word; a lower-case English word is meant as typed.
    most = 1 if term in capitalised else 2
    # A slip can make a word look inflected ("Zhangjaing" stems to "zhangja"): the word as
    # typed is tried too.
    fixed = doubled_letter(index, word) or correct_typo(word, index.words, most, held) \
        or correct_typo(term, index.words, most, held)
    filler = filler_stems().get(fixed) if fixed else None
    if filler and len(filler) > _SHORT_FILLER:
        # "trying to acheive": a filler or question word typed with a slip ('theem' may be
        # 'them' or 'theme': a short one is read as the claims' word).
        slips.fillers[word] = filler
        return True
    if not fixed:
        return False
    slips.respelled[term] = fixed
    slips.corrected[term] = concept(fixed) or fixed
    query.terms.append(slips.corrected[term])
    if word not in capitalised and everyday_slip(index, word):
        slips.everyday.update({fixed, slips.corrected[term]})  # 'supprt': support
    return True


def _read_english_slip(index: Index, query: Query, term: str, word: str,
                       capitalised: set[str], slips: _Slips) -> bool:
    """"supprt", "cnosume": an English word typed with a slip is read as that word: known to
    the claims, everyday, or a word they never use. Whether it was."""
    meant_word = english_slip(index, word) \
        if term.isalpha() and term.isascii() and len(term) >= 4 and term not in capitalised \
        and word not in english_words() else None
    if not meant_word:
        return False
    if not strip_question_words(meant_word):
        return True
    slips.respelled[term] = stem(meant_word)
    meant = concept(stem(meant_word)) or stem(meant_word)
    if meant not in query.terms:
        query.terms.append(meant)
    if meant_word in general_words():
        slips.everyday.update({meant, stem(meant_word)})
    elif meant not in index.postings:
        query.unknown_terms.append(meant)
    return True


def _read_parts(index: Index, query: Query, term: str, word: str,
                hyphenated: dict[str, list[str]]) -> bool:
    """A hyphenated word or two typed without their space, read as its parts; whether it was."""
    parts = [glued for part in hyphenated.get(term, ()) if strip_question_words(part)
             for glued in (part not in index.postings and glued_words(index, part)) or [part]]
    if parts:
        # "city-wide" is unknown as one word; its parts may not be ("city", "wide").
        query.terms.extend(part for part in parts if part not in query.terms)
        query.unknown_terms.extend(part for part in parts if part not in index.postings)
        return True
    parts = glued_words(index, word)
    if parts:
        # "activestart-ups": two words the claims use, typed without the space.
        query.terms.extend(part for part in parts if part not in query.terms)
        return True
    return False


def _read_unknown_names(index: Index, query: Query, question: str, folded: str,
                        reading: _WordsRead, set_aside: bool) -> None:
    """Institutions and names the question gives that the knowledge file does not hold."""
    content, name_like = reading.content, reading.name_like
    # Chinese short names of universities (中大, 城大, 浸大) are a character plus 大, full names
    # end in 大学 or 学院: unknown to the knowledge base, such a name is an institution it
    # does not hold.
    query.unknown_names.extend(term for term in query.unknown_terms
                               if has_cjk(term) and len(term) == 2 and term.endswith("大")
                               and term[0] not in _NOT_A_NAME_BEFORE_BIG
                               and not ends_a_known_word(index, folded, term))
    # (Read in the folded question too: an approximation set aside, 城大約有, takes its 大.)
    query.unknown_names.extend(name for name in OTHER_INSTITUTIONS_ZH
                               if (name in content or name in folded)
                               and name not in index.aliases
                               and not ends_a_known_word(index, folded, name))
    query.unknown_names.extend(
        # Read before known names are taken out: 華南理工大學 is not 理工大學 (PolyU).
        name for name in (name_proper(found) for found in _UNIVERSITY_NAME_RE.findall(
            strip_question_words(_DATE_WORDS_RE.sub(" ", folded) if has_digit(folded)
                                 else folded)) if has_cjk(folded))
        if name and not cut_from_a_longer_name(index, folded, name)
        if not named_in_claims(index, name) and compact(name) not in index.aliases
        and not (len(name) > _SHORTEST_NAME_AFTER_VERB and name[0] in _MAKING_VERBS
                 and named_in_claims(index, name[1:]))
        and not (name.endswith("学院") and name[-3] in FACULTY_CHARS)
        and not known_name_typed_by_sound(index, name))
    query.unknown_names.extend(unknown_institutions(index, question))
    if set_aside:
        query.unknown_names.extend(sources_elsewhere(index, question))
    # The words sentences begin with ("Fact-check for …" gives its first part, "Fact").
    sentence_starts = set(SENTENCE_START_RE.findall(question))
    for name in name_like:
        folded_name = fold_name(name)
        if folded_name in _STOPWORD_NAMES or stem(folded_name) in index.postings \
                or folded_name in _UNIT_WORDS:
            continue
        # "Apart from …", "… Cheers.": a capital that only starts a sentence is no name.
        if (name in sentence_starts and folded_name in english_words()) \
                or folded_name in CALENDAR_WORDS:
            continue
        if (folded_name in query.unknown_terms or stem(folded_name) in query.unknown_terms) \
                and not misspells_named_entity(index, folded_name, query.entities):
            query.unknown_names.append(name)
    # One name once, as typed ("CUHK", not also "cuhk").
    spelt: dict[str, str] = {}
    for name in query.unknown_names:
        key = compact(name)
        if sum(c.isupper() for c in name) > sum(c.isupper() for c in spelt.get(key, "")):
            spelt[key] = name
        spelt.setdefault(key, name)
    query.unknown_names = list(spelt.values())
    if query.unknown_names and "(" in question:
        # "the Director-General for international cooperation (Guoji Si)": a gloss in
        # brackets restates what stands before it; a name only there is no other body, and a
        # claim need not hold its words.
        outside = _BRACKETED_RE.sub(" ", question)
        glossed = [name for name in query.unknown_names if name not in outside]
        if glossed:
            query.unknown_names = [n for n in query.unknown_names if n not in glossed]
            inside = set(tokens(fold_text(" ".join(_BRACKETED_RE.findall(question)))))
            inside -= set(tokens(fold_text(outside)))
            query.optional.update(term for term in query.terms if term in inside)


def _settle_terms_and_intent(index: Index, query: Query, folded: str, reading: _WordsRead
                             ) -> None:
    """What the words left say of what is asked (a rank, an office, a figure), and what the
    question asks for."""
    respelled, capitalised, corrected = reading.respelled, reading.capitalised, reading.corrected
    if query.intent is None and (choice := query.choice) is not None:
        # 上海定北京: the question asks which of the two; 喺上海定北京, 在安徽还是上海, where.
        # 是在上午还是下午: two times offered ask when; 兩年定三年, how long.
        lasting = all(_DURATION_OFFERED_RE.search(alternative) for alternative in choice[:2])
        timed = not lasting \
            and all(_TIME_NOT_PLACE_RE.search(alternative) for alternative in choice[:2])
        # (在 or 喺 right before the first: 用于基础研究还是应用研究 offers no places.)
        placed = _AT_CHARS.intersection(folded[max(0, choice[2] - 1):choice[2] + 2])
        # 第二届还是第三届: which edition or place; 三大方向还是五大方向: how many.
        ordinal = all("第" in alternative for alternative in choice[:2])
        figures = _figures_offered(choice)
        query.intent = "when" if timed else "rank" if ordinal and figures \
            else "count" if lasting or figures else "where" if placed else "which"
        if figures:
            query.listed = None  # 三大 offered is a count put to be checked, not three to name
    elif query.intent is None and (named := _NAMES_OFFERED_RE.search(query.text)) is not None \
            and named.group().startswith(("in ", "at ")) \
            and _RANK_WORDS_RE.search(folded) is None \
            and any(_names_a_place(index, name) for name in _NAME_OFFERED_RE.findall(
                named.group())):
        # "Is it going up at Pok Fu Lam or at Cyberport?": which of the places, where (not
        # "first in Hong Kong or in Asia", a ranking's region, nor "at HKUST or at HKU").
        query.intent = "where"
    if BAND_ASKED_RE.search(folded):
        # "Among the world's top how many", 前多少名: the band a place falls in.
        query.intent = "rank"
    if query.intent == "rank":
        # "Where did HKUST land / stand / finish": verbs of placing say a rank is asked.
        query.terms = [term for term in query.terms if term not in _RANK_VERBS]
    if query.intent in {None, "what"} and folded.startswith("what") \
            and OFFICE_WORDS.intersection(respelled.values()):
        # "What is Ge Ming's positino": an office asked for, typed with a slip, as typed right.
        query.intent = "who"
    if query.intent == "who":
        # "What post does Xia Baolong hold": the words for an office say a role is asked.
        query.terms = [term for term in query.terms if term not in OFFICE_WORDS]
    if not query.terms and len(query.entities) > 1:
        query.terms = secondary_entity_terms(index, query.entities)
    query.all_terms.update(query.terms)  # with slips corrected: 'presdient' names a president
    query.all_terms.update(respelled.values())  # and as words: 'extrenal' names a metric
    query.focus = {corrected.get(word, word) for word in focus_terms(folded, capitalised)}
    query.focus -= _owners_of_the_asked(query.text, query.focus)
    # "What is the Hong Kong Biotechnology *Fund* for": a measure word inside a name the
    # question names is no measure asked for.
    named = {term for entity in query.entities
             for term in name_terms(index, entity, has_cjk(folded))}
    measures = query.focus & _MEASURES
    if measures == {"~area"} and _AREAS_RE.search(folded):
        measures = set()  # "which research areas": fields, where "the floor area" is a size
    if measures == {"~money"} and _FUND_ASKED_RE.search(folded):
        measures = set()  # "what fund did they set up": a fund is a body, not a sum
    if "~investment" in measures and _INVESTED_IN_RE.search(folded):
        measures.discard("~investment")  # "what does the fund invest in": in what, not how much
    if query.intent in {None, "what"} and measures and not query.focus <= named:
        query.intent = "count"  # "what is the floor area …" asks for a figure
    if query.intent is None and not query.yes_no and query.terms:
        if _TERSE_RANK_RE.search(folded):
            # "Kellogg HKUST EMBA Financial Times ranking 2023": a search-box query that ends
            # on the ranking asks for the place.
            query.intent = "rank"
        elif not _QUESTION_END_RE.search(query.text):
            # "hkust shanghai center opening date", 培訓班 開幕 日期: one that ends on the
            # date asks when ("… and for which academic year?" asks it beside a figure);
            # "space course budget", 科大上海中心 面積: one that ends on a measure asks how
            # much.
            if _TERSE_WHEN_RE.search(folded):
                query.intent = "when"
            elif _TERSE_MEASURE_RE.search(folded):
                query.intent = "count"


def _read_units_and_links(index: Index, query: Query, reading: _WordsRead,
                          figures: _FiguresRead) -> None:
    """The Chinese units a claim is judged by, and the claims related and linked to the bodies
    named."""
    content, pinyin_names = reading.content, reading.pinyin_names
    query.related = {entity: related_claims(index, entity) for entity in query.entities}
    query.cjk_units, query.cjk_glue = find_cjk_units(content)
    if figures.measures:
        # 係咪第三屆: 第三 and 三屆 are the figure checked; 屆 alone says what is counted.
        kept = [(unit, spots) for unit, spots in query.cjk_units
                if unit not in figures.checked_words]
        kept.extend((unit[-1], spots[-1:]) for unit, spots in query.cjk_units
                    if unit in figures.checked_words and unit[-1] in figures.measures)
        query.cjk_units = kept
    for name in pinyin_names:
        # The name's characters, placed after the question's own: each pair is a term.
        start = 1 + max((spot for _, spots in query.cjk_units for spot in spots), default=0)
        for k in range(len(name) - 1):
            query.cjk_units.append((name[k:k + 2], (start + k, start + k + 1)))
            if name[k:k + 2] not in query.terms:
                query.terms.append(name[k:k + 2])
    for pair, spots in bridging_pairs(index, content):
        query.cjk_units.append((pair, spots))
        if pair not in query.terms:
            query.terms.append(pair)
    asked = set(query.terms) | {term for term, _ in query.cjk_units}
    query.linked = {entity: linked_claims(index, entity, query.related[entity], asked)
                    for entity in query.entities}
    shared = shared_work(index, query.entities)
    for entity in query.entities:
        query.linked[entity] |= (shared | set_up_with_others(
            index, entity, query.related[entity], asked)) - query.related[entity]


_DEEDS_OF_MAKING = frozenset({"~found", "~begin", "~organise"})
# A thing described by its making: 主辦的, 合辦嘅, 搞個, 成立的 (folded).
_MADE_THING_RE = lazy(r"(?:主办|合办|举办|承办|协办|筹办|创办|开办|成立|设立|建立|合建|共建|搞)"
                      r"(?:咗|了)?(?:的|嘅|个|𠮶个|嗰个)")


# "who attended", "who took part in", "who were the participants at": the people present.
_PRESENCE_ASKED_RE = lazy(r"\bwho\s+(?:else\s+|all\s+)?(?:attended|attends|attend|took\s+part"
                          r"|takes?\s+part|sat\s+in|(?:was|were)\s+(?:present|there|at)"
                          r"|participated|participate|went\s+to)\b"
                          r"|\bwho\s+(?:were|are)\s+(?:the\s+)?(?:participants|attendees)\b")
_TITLE_WORD_RE = lazy(r"\b(?:minister|president|provost|chair\w*|secretary|dean|director|head"
                      r"|commissioner|chief|leader|vice)\b")
# One person asked after all: "who attended as Secretary for Education", "from UNESCO".
_ONE_PRESENT_RE = lazy(r"\s*(?:in|on|at)?\s*(?:as|the capacity of|from|for|on behalf of)\b")
# What people are present at: a meeting, a visit, an opening, a course (not a founding, a
# platform or an agreement, which one takes part in by doing).
_OCCASION_RE = lazy(r"\b(?:meeting|meet|met|visit|visits|visited|opening|ceremony|course|training"
                    r"|workshop|conference|forum|event|session|talks|summit|programme|program"
                    r"|dinner|banquet|reception|tour|delegation|exhibition|competition|day"
                    r"|received|receive|hosted|welcomed|toured|tours|with|when)\b"
                    r"|会面|会见|会晤|接见|开幕|典礼|仪式|培训|访问|会议|活动|晚宴|代表团")
# Taking part in a deed is doing it: "took part in organising the course", "participated in
# setting up" (folded: establish), not being present.
_DEED_TAKEN_PART_RE = lazy(r"\s+in\s+(?:organi[sz]\w*|found\w*|establish\w*|set\w*|guid\w*"
                           r"|run\w*|plan\w*|creat\w*|design\w*|build\w*|fund\w*|launch\w*"
                           r"|sign\w*|draft\w*|lead\w*)\b")


def presence_asked(folded: str) -> bool:
    """Whether the question asks who was at an occasion a title may describe: "Who attended
    HKUST's meeting with the Minister of Education?" asks for the people there, not for the
    minister ("Who was the minister who attended …", "Who attended as Provost?" ask for one
    office; "Who took part in founding the fund?" for no occasion)."""
    presence = _PRESENCE_ASKED_RE.search(folded)
    return presence is not None \
        and _TITLE_WORD_RE.search(folded, 0, presence.start()) is None \
        and _ONE_PRESENT_RE.match(folded, presence.end()) is None \
        and _DEED_TAKEN_PART_RE.match(folded, presence.end()) is None \
        and _OCCASION_RE.search(folded, presence.end()) is not None


_HOPED_AIM_RE = lazy(r"\b(?:hop|expect)(?:e|es|ed|ing|s)? to (?:achieve|accomplish|gain|get out)\b")


def _add_asked_words(query: Query, folded: str) -> None:
    """Words the question asks by its shape: a height, a meaning, a focus, presence."""
    if query.intent == "who" and "~attend" not in query.terms and presence_asked(folded):
        # "Who was present at / took part in the meeting": being there is what is asked,
        # whatever the word; the claim that lists who attended says so.
        query.terms.append("~attend")
    if query.intent == "purpose" and "~expect" in query.terms \
            and _HOPED_AIM_RE.search(folded):
        # "What were the organisers hoping to achieve": the hope is the aim asked, not a
        # hope the claim must tell of (the minister's hopes for HKUST).
        query.terms.remove("~expect")
        query.focus.discard("~expect")
    if ((query.intent == "count" and _HEIGHT_ASKED_RE.search(folded))
            or (_TALLER_ASKED_RE.search(folded) and _BUILDING_RE.search(folded))) \
            and "~height" not in query.terms:
        # 起得幾高, "how tall", 會唔會比住宅高: the words that ask how high name the height
        # asked for. ("Taller" names it already.)
        query.terms.append("~height")
    if not folded.isascii() and _MEANING_ASKED_ZH_RE.search(folded) \
            and "~definition" not in query.terms:
        # 深科技是指甚麼, 即係乜嘢嚟: what a word means is asked; a claim that defines it
        # gains, one that does not loses nothing (X 係咩嚟 may ask what a thing is for).
        query.terms.append("~definition")
        query.optional.add("~definition")
    if query.intent == "purpose" and "~focus" in query.terms and not folded.isascii():
        # 主要 focus 咩, 主要聚焦咩: the focus asked is what the thing is for; a claim that gives
        # its purpose in other words need not say "focus". (An English question's other
        # words weigh enough: "what does the park focus on" wants the claim that says so.)
        query.optional.add("~focus")
    if query.intent == "purpose":
        # "Why is PolyU opening the Futian institute", 為何成立, 合搞嗰個基金係為咗乜: the
        # deed whose purpose is asked is the thing's making; the claim that gives the purpose
        # need not say it was opened, founded or organised.
        query.optional.update(_DEEDS_OF_MAKING & set(query.terms))


def _weigh_words(index: Index, query: Query, question: str, folded: str, reading: _WordsRead,
                 english_yes_no: bool, figures: _FiguresRead) -> None:
    """Which words are everyday, which only set the scene or report who said something, and
    the words as typed."""
    everyday, slipped_everyday = reading.everyday, reading.slipped_everyday
    hyphenated, respelled, content = reading.hyphenated, reading.respelled, reading.content
    place, place_text = figures.place, figures.place_text
    query.general = set(everyday) | slipped_everyday
    if english_yes_no:
        # "Has the government approved it?": the everyday verb is what is asked. (Chinese
        # yes/no questions are left as they are: 係咪打算 leans on its everyday words.)
        query.general = set()
    elif query.yes_no:
        # "innovation centre 會唔會 delay": an English word no claim uses, in a Chinese yes/no
        # question, is what is asked, as in an English one.
        query.general -= {term for term in query.unknown_terms if not has_cjk(term)}
    elif query.intent == "count":
        # "How many tonnes of *plastic*": an everyday word no claim uses, naming what is
        # counted, is no word a claim may say otherwise.
        query.general -= {term for term in query.unknown_terms
                          if term in query.focus and not has_cjk(term)}
    # One half of a hyphenated word the file never uses ("city-*wide*") only qualifies the
    # other: a claim may say it otherwise ("city-scale").
    query.general.update(part for parts in hyphenated.values() for part in parts
                         if part in query.unknown_terms and any(p in index.postings for p in parts))
    if query.intent not in {"who", "which", "when", "purpose"} and not query.yes_no \
            and _MADE_THING_RE.search(folded):
        # 科大主辦的培訓班主題是甚麼, 理大與中科院合辦的聯合實驗室研究甚麼: the deed before 的
        # says which thing is meant; a claim about that thing need not repeat it, though one
        # that does (its founders) is the likelier. (Who or when it was made, or whether,
        # asks the deed itself.)
        query.general.update(_DEEDS_OF_MAKING & set(query.terms))
    # Years are judged against the claims' dates, not as words a statement shares.
    years = {str(year) for year in query.years}
    # A slip is compared as the word it was read as ('scieence' as 'science').
    query.typed = " ".join(dict.fromkeys(respelled.get(term, term) for term in tokens(content)
                                         if term not in years))
    if place:
        # The place checked need not be the claim's: its own place corrects it ("going up in
        # Cyberport?" is answered by Pok Fu Lam), nor is a place the file never names another
        # body ("located in Pudong?"); the verb that places it ("sits in") asks where.
        query.unknown_names = [name for name in query.unknown_names if name not in place]
        checked = _words_put_to_check(query, place_text)
        if query.entities or set(query.terms) - query.optional - checked:
            query.optional.update(checked)
            query.place_checked = checked
    if query.yes_no or query.checking:
        _read_person_put(index, query, question, folded)
        if not query.person_checked:
            _read_member_put(index, query, question, folded)
    if (choice := query.choice) is not None and not WH_WORD_RE.search(question):
        # 喺上海定北京, 上午還是下午: the claim names one of the two, never both.
        # The pairs and lone characters of the two and the word between them (两年定三年
        # gives 年定 and 年), but none with a glue character (在上 of 是在上午).
        span = folded[choice[2]:choice[3]]
        offered = {piece for size in (1, 2) for at in range(len(span) - size + 1)
                   if not GLUE_CHARS.intersection(piece := span[at:at + size])}
        inside = {term for term in (*query.terms, *(unit for unit, _ in query.cjk_units))
                  if query.forms.get(term, term) in offered}
        if query.entities or set(query.terms) - query.optional - inside:
            query.optional.update(inside)
            query.offered = inside
    elif query.choice is None and (named := _NAMES_OFFERED_RE.search(question)) is not None \
            and (not _PREPOSITION_AGAIN_RE.search(named.group())
                 or any(_names_a_place(index, name)
                        for name in _NAME_OFFERED_RE.findall(named.group()))):
        # "in Shanghai, Anhui or Beijing?": the claim names one of the places offered ("in
        # March or in April" offers no place).
        offered = {concept(term) or term for term in tokens(fold_text(named.group()))}
        inside = {term for term in query.terms if term in offered}
        if len(inside) > 1 and (query.entities or set(query.terms) - query.optional - inside):
            query.optional.update(inside)
            query.offered = inside
    if query.checking and _REPORTED_RE.search(question):
        # "Our copy says …. Is that the right number?": who says it, and in what, is no word
        # the claim that settles it must hold.
        said = _REPORTED_RE.findall(folded) + _DRAFT_RE.findall(folded)
        # English words as terms are stemmed; Chinese ones are the pairs inside what was said.
        told = {concept(stem(word)) or stem(word) for word in said if word.isascii()}
        told |= {term for term in query.terms if has_cjk(term)
                 and any(term in word for word in said if not word.isascii())}
        if set(query.terms) - query.optional - told:  # (some word must still be asked)
            query.optional.update(told & set(query.terms))


# What a checked statement was read in (稿件寫, 篇稿話: a draft says).
_DRAFT_RE = lazy(r"\b(?:copy|draft|line|story|article|piece|caption|headline|memo|script"
                 r"|wire|post)\b|(?:稿件|初稿|篇稿|新闻稿|文章|报道)(?:写|说|话|指|称)?")


_LOWER_CASE_WORD_RE = lazy(r"\b[a-z]+\b")
_HYPHENATED_RE = lazy(r"\b([a-z]{2,})[-‐‑–]([a-z]{2,})\b")


_UNIVERSITY_NAME_RE = lazy(r"([\u4e00-\u9fff]{2,4}(?:大学|学院))")
# "Phase two", "stage 3": the number names which one of a series, as "the third" does.
_SERIES_WORD_RE = lazy(r"\b(?:phase|stage|round|batch|part)\s+$", re.IGNORECASE)


_HEIGHT_ASKED_RE = lazy(r"几高|多高|\bhow (?:tall|high)\b")
# Whether a building stands higher than something (會唔會比住宅高): a comparison that ends
# the question, of a building. (比例, 比較, 相比 are no comparison of two things' heights, and
# a rank, a count or an income compared "higher" is no building.)
_TALLER_ASKED_RE = lazy(r"(?<![相对])比(?![例率较])[^高]{1,15}高(?:吗|呢|啲|些|过|咩|嘅|㗎)?$")
_BUILDING_RE = lazy(r"楼|大厦|建筑|住宅|塔")


# Words that only place a year ("end 2023", "Dec 2023", "2023年底"): the year itself is judged
# against the claims' dates, these words would only count against the match.
_DATE_WORDS_RE = lazy(
    r"\b(?:end|start|mid|early|late|beginning|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\s+(?:of\s+)?(?=(?:19|20)\d\d\b)|(?<=\d)年(?:度|底|初|中|尾|末)?|(?<=\d)[月日号]")


# Capitals after in/at that name no place: a season, a language, a field (nor a day or a
# month, naming.CALENDAR_WORDS: "held in March").
_NO_PLACES = ("Spring", "Summer", "Autumn", "Fall", "Winter", "English", "Chinese", "Mandarin",
              "Cantonese", "Putonghua", "AI", "IT")
# Being somewhere, said with the place: "held in Beijing", "going up in Pok Fu Lam" (a capital
# after in/at: not a day, a month, one of those, or a figure's "60th in QS"), 在香港會見,
# 係咪喺北京見, 是在上海舉辦的, 建在數碼港, 位於浦東.
_PLACE_TYPED_RE = lazy(
    r"\b(?P<verb>located|situated|based|held|built|housed|hosted|sited|going up|take place"
    r"|took place|taking place|meet|met|meeting|sits?|stands?)\b(?: +[A-Za-z'’-]+){0,4}? +"
    r"(?:in|at) +(?!(?:"
    + "|".join([*(word.capitalize() for word in sorted(CALENDAR_WORDS)), *_NO_PLACES])
    + r")\b)(?P<place>[A-Z][\w'’-]*(?: +[A-Z][\w'’-]*){0,3})")
_PLACE_VERBS_ZH = "会见|会面|见面|见|举行|举办|兴建|开幕|召开|开班|设立|成立"
# Characters of verbs and particles, which no place between 在 and 嗎 holds.
_NOT_IN_A_PLACE = "有做搞办开设建举读系是会见的了咗过排名度处这那呢嗰此"
_PLACE_TYPED_ZH_RE = lazy(
    r"(?:在|喺|于)(?P<met>[^\W\d_]{2,5}?)(?:" + _PLACE_VERBS_ZH + r")"
    r"|是(?:在|喺)(?P<is>[^\W\d_]{2,5}?)(?:" + _PLACE_VERBS_ZH + r")?的"
    r"|(?:建|起|设)(?:在|喺|于)(?P<built>[^\W\d_]{2,4})"
    r"|(?:位于|设于|坐落|座落)(?:在|于)?(?P<lies>[^\W\d_]{2,4})"
    # 係咪喺北京, 在上海吗: the place closes the question.
    r"|(?:系咪|是否|是不是|系唔系)(?:在|喺|于)(?P<closing>(?!全球|世界|全港|前|第)[^\W\d_]{2,5}?)"
    r"(?:吗|咩|呀|嘛|啊|呢|㗎)?$"
    # 在上海吗, 喺上海，係咪: a place alone between 在 and the question's end (no verb in it:
    # 在香港有分校吗 puts no place).
    r"|(?:在|喺|于)(?P<asked>(?!全球|世界|全港|前|第)[^\W\d_" + _NOT_IN_A_PLACE + r"]{2,4})"
    r"\s*(?:吗|咩|么|系咪|是不是|是吗|对吗|对吧|系唔系)$")
# 在三月, 喺上午, 是在去年的: a time, not a place.
_TIME_NOT_PLACE_RE = lazy(r"[年月日号时周]|[上下中]午|晚上|早上|暑假|寒假|假期|期间|当天|今天|昨天"
                          r"|会上|席间|网上|线上|^[一二三四五六七八九十两]"
                          # 喺度搞 (folded 在场搞), 在这里: here, there, not a place named
                          r"|^[度处这那呢嗰𠮶此场]")


# "The first time in Hong Kong", 第一次喺香港, "the only one in Hong Kong": the place is part
# of a distinction asked about, not a place to check.
_DISTINCTION_RE = lazy(r"(?i)\b(?:first|1st|only|sole)\b|首次|首度|第一次|第一个|第一间|第一所"
                       r"|唯一|首个|首间|首所")


def _read_person_put(index: Index, query: Query, question: str, folded: str) -> None:
    """The words of a person's name a yes/no question puts to be checked in a role of a body
    it names, made optional, and no unknown name to decline for (the matcher undoes this
    when no claim saying who holds a role answers: undo_person_put)."""
    person = name_put_to_check(index, question, folded, set(query.unknown_terms))
    if person is None:
        return
    query.person_put = person
    if not query.entities:
        return
    checked = _words_put_to_check(query, person)
    if checked and set(query.terms) - query.optional - checked:
        query.optional.update(checked)
        query.person_checked = checked
        unknown = [name for name in query.unknown_names if fold_text(name) in person.split()]
        query.unknown_names = [name for name in query.unknown_names if name not in unknown]
        query.person_unknown_names = unknown


def _read_member_put(index: Index, query: Query, question: str, folded: str) -> None:
    """The words of a body, place or field a yes/no question puts to be checked as one of a
    list, made optional, with the bodies named in it and no unknown name to decline for (a
    claim that lists nothing of the kind is scaled down instead: fit.mismatch)."""
    put = member_put_to_check(question, folded)
    if put is None:
        return
    name, text, partner = put
    folded_name = fold_text(name)
    inside = set(detect_entities(index, folded_name)[0]).intersection(query.entities)
    checked = _words_put_to_check(query, text)
    if not (checked or inside) or not (set(query.entities) - inside
                                       or set(query.terms) - query.optional - checked):
        return
    query.optional.update(checked)
    query.member_checked = checked
    query.member_entities = inside
    query.member_partner = partner
    if query.intent is None and not set(query.terms) - query.optional:
        # 大灣區包唔包括汕頭: with the name and the verb set aside, nothing is left but the
        # body; which members it has is what settles it.
        query.intent = "which"
        query.member_intent = True
    query.member_name = folded_name
    query.member_unknown_names = [unknown for unknown in query.unknown_names
                                  if fold_text(unknown) in folded_name]
    query.unknown_names = [unknown for unknown in query.unknown_names
                           if unknown not in query.member_unknown_names]


def undo_member_put(query: Query) -> None:
    """The question read again as typed: the name put to be checked is words to match and a
    body to bear on, and one no claim knows is unknown."""
    query.optional -= query.member_checked
    query.member_checked = set()
    query.member_entities = set()
    if query.member_intent:
        query.intent = None
        query.member_intent = False
    query.unknown_names.extend(query.member_unknown_names)
    query.member_unknown_names = []


def undo_person_put(query: Query) -> None:
    """The question read again as typed: the name put to be checked is a word to match, and
    one no claim knows is unknown."""
    query.optional -= query.person_checked
    query.person_checked = set()
    query.unknown_names.extend(query.person_unknown_names)
    query.person_unknown_names = []


def _words_put_to_check(query: Query, text: str) -> set[str]:
    """The question's terms inside a place or name put to be checked: its words as the terms
    read them, and its character pairs (for Chinese, the pairs that straddle it too when the
    text carries a character on either side)."""
    words = {concept(stem(word)) or stem(word) for word in tokens(fold_text(text))}
    pairs = {text[at:at + 2] for at in range(len(text) - 1)}
    return {term for term in (*query.terms, *(unit for unit, _ in query.cjk_units))
            if term in words or query.forms.get(term, term) in pairs}


def _place_typed(index: Index, question: str, folded: str) -> tuple[str, str] | None:
    """The place a question puts to be checked, and the text it is read in: for Chinese the
    folded place with the character on either side (在|上海|會: the pairs that straddle it),
    for English the place and the verb that puts something there ("sits in Pudong")."""
    if _DISTINCTION_RE.search(folded):
        return None
    found = None if folded.isascii() else _PLACE_TYPED_ZH_RE.search(folded)
    if found is not None:
        group = next(name for name, place in found.groupdict().items() if place)
        start, end = found.span(group)
        if _TIME_NOT_PLACE_RE.search(found[group]) \
                or (group == "asked" and not _place_in_claims(index, found[group])):
            return None  # 仲喺規劃階段嗎: a stage, not a place
        return found[group], folded[max(0, start - 1):end + 1]
    found = _PLACE_TYPED_RE.search(question)
    return (found["place"], f"{found['place']} {found['verb']}") if found is not None else None


def _is_descriptor(question: str, found: Found, years: list[int], checking: bool = False
                   ) -> bool:
    """A number that describes the question rather than stating a value to look up (a number
    in words does, unless it is the figure put to be checked: "built around four
    directions?")."""
    text = question[found.start:found.end]
    if isinstance(found.quantity.value, int) and found.quantity.value in years:
        return True
    if text.isascii() and text.isalpha():
        return not checking
    return _follows_which(question, found) or _names_the_major(question, found)


def _is_one_in_words(question: str, found: Found) -> bool:
    """第一, 一間, 首: one written as a word says "first" or "a", seldom a figure to look up."""
    return found.quantity.value == 1 and not question[found.start:found.end].isdigit()


def _names_how_many_asked(question: str, found: Found) -> bool:
    """'Which *eight* universities', 哪*兩*個機構: the number of things the answer must name."""
    if not isinstance(found.quantity.value, int) or not 1 < found.quantity.value < 100:
        return False
    return _follows_which(question, found) or _names_the_major(question, found)


def _names_the_major(question: str, found: Found) -> bool:
    """四大研究領域, 三大方向: "the four major fields" names a list and how many it holds,
    no figure to look up (a figure in digits, 三大學, 第二大 or 二十大 is not so read)."""
    text = question[found.start:found.end]
    after = question[found.end + 1:found.end + 2]
    # 第二大 is a rank (second largest), 二十大 a congress.
    return found.quantity.value <= 10 and question[found.start - 1:found.start] != "第" \
        and not any(char.isdigit() for char in text) and question[found.end:found.end + 1] == "大" \
        and bool(after) and has_cjk(after) and after not in "學学廈厦樓楼"


def _follows_which(question: str, found: Found) -> bool:
    """Whether the number comes right after which, what, 哪 or 邊 ("which four fields")."""
    before = question[max(0, found.start - 6):found.start].rstrip().lower()
    return before.endswith(("哪", "邊", "边", "which", "what"))


def _is_ordinal_in_digits(question: str, found: Found) -> bool:
    """"the 2nd Belt and Road course": an ordinal in digits before a name says which one of a
    series, as "the second" does (not a place in a table, "came 29th", "46th in the THE
    table", nor 1st, a distinction said in words)."""
    return found.quantity.value != 1 \
        and _ORDINAL_IN_DIGITS_RE.fullmatch(question[found.start:found.end]) is not None \
        and _THE_BEFORE_RE.search(question[max(0, found.start - 12):found.start]) is not None \
        and _NAME_AFTER_RE.match(question, found.end) is not None


_ORDINAL_IN_DIGITS_RE = lazy(r"(?i)[0-9]+(?:st|nd|rd|th)")
_THE_BEFORE_RE = lazy(r"(?i)\bthe\s+$")
# (A capitalised word, not a month: "the 13th March" is a date.)
_NAME_AFTER_RE = lazy(r"\s+(?!(?:January|February|March|April|May|June|July|August|September"
                      r"|October|November|December)\b)[A-Z]")


def _is_edition(question: str, found: Found) -> bool:
    """第三屆, 第48屆: the number of an edition in a series, in Chinese."""
    return question[found.start - 1:found.start] == "第" \
        and question[found.end:found.end + 1] in _EDITION_WORDS


# The words of a place in a table ("ranked first", "top"), where "first" is a figure; "take
# place" is being held.
_TABLE_PLACE_RE = lazy(r"(?i)\b(?:rank\w*|(?<!take )(?<!took )(?<!taking )plac(?:e|ed|es|ing)"
                       r"|position\w*|table|league|top)\b")
_EDITION_WORDS = frozenset("屆届次期輪轮批")
_ORDINAL_WORDS = frozenset("""
second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
""".split())  # noqa: SIM905 (word lists read better as text)


def _number_prefix(term: str) -> float | None:
    digits = re.match(r"[0-9]+(?:\.[0-9]+)?", term)
    return float(digits.group()) if digits else None


def _is_figure_read(query: Query, term: str) -> bool:
    """Whether the term is a figure the question reads as a value: its digits ("105635m2"),
    or, for a sum of money, its digits scaled by a suffix ("HK$100M" reads 100,000,000; a
    "3B award" is a name, and stays a word)."""
    prefix = _number_prefix(term)
    if any(prefix is not None and values_equal(value, prefix) for value, _ in query.numbers):
        return True
    scaled = _SCALED_FIGURE_RE.fullmatch(term)
    return scaled is not None and any(
        unit is not None and unit_kind(unit) == "money"
        and values_equal(value, float(scaled[1]) * SCALE_WORDS[scaled[2]])
        for value, unit in query.numbers)


_SCALED_FIGURE_RE = lazy(r"([0-9]+(?:\.[0-9]+)?)(k|mn|m|bn|b)")


# Units of measure written with capitals ("93,923,338 MWh"): a unit the file does not use is
# no body it does not know; the figure is matched as typed (no unit is converted), and a
# claim holding it may correct the unit. Only forms no body is called (not HA, KW, MVA).
_UNIT_WORDS = frozenset({"kwh", "mwh", "gwh", "twh", "km2", "m2", "m3", "sqft", "sqm", "gj",
                         "tj", "pj", "tco2", "tco2e", "co2e"})


_STOPWORD_NAMES = frozenset({"how", "what", "which", "who", "when", "where", "why", "does", "did",
                             "is", "are", "was", "tell", "give", "show", "list", "please",
                             # languages a reader says they read, not bodies
                             "english", "chinese", "cantonese", "mandarin", "putonghua"})


# (The table's publisher may follow: "hkust computer science world rank THE 2024".)
_TERSE_RANK_RE = lazy(r"(?:\b(?:rank|ranking|rankings|ranked|place)|排名|名次)"
                      r"(?:\s*(?:in\s+|by\s+)?(?:qs|times higher education|financial times|ft"
                      r"|clarivate|nature index|泰晤士|金融时报))?"
                      r"(?:\s*(?:in\s+)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?)?\s*$")
# The date of an event, named ("opening date", 開幕日期): a bare "year" or "date" closing a
# search is as often the year a figure is for ("… academic year", "… to date").
_EVENT_NOUNS = r"open(?:ing)?|start(?:ing)?|end(?:ing)?|launch(?:ing)?|completion|closing"
_TERSE_WHEN_RE = lazy(r"\b(?:(?:" + _EVENT_NOUNS + r")\s+(?:date|year|day)s?|when)\s*$"
                      r"|(?:开幕|开始|结束|启用|落成|完工|开学|开班)\s*日期\s*$|几时\s*$")


# A budget, an amount, a building's height and 面積: an area, a size, a cost or an income
# closing an English search is as often another kind of figure ("hkust floor area": research
# areas; "ip cost": its income); nor is a year's Budget ("2023-24 budget"), nor a total (a
# whole, which no part gives). 預算 and 人數 closing a Chinese search lost answers.
_TERSE_MEASURE_RE = lazy(r"(?<!\d )(?<!\d)(?<!\btotal )(?:\b(?:budget|amount"
                         r"|(?:building|max|maximum) height)|(?<!研究)面积)\s*$")
_AREAS_RE = lazy(r"\bareas\b")
# Invested in what: "what does it invest in", 投資咩, 投资哪些.
_INVESTED_IN_RE = lazy(r"\binvest(?:s|ed|ing)? in\b"
                       r"|投资(?:了|咗|过|于|喺|在)?啲?(?:咩|乜|什么|甚么|哪|边)")
# Which fund, not how much: "what fund", "which new funds", 成立咗咩基金, 哪个基金 ("what
# funds did it get" asks a sum).
_FUND_ASKED_RE = lazy(r"\bwhat(?: (?!the\b|a\b|this\b|that\b|its\b)[a-z]+)? fund\b"
                      r"|\bwhich(?: [a-z]+)? funds?\b"
                      r"|(?:什么|甚么|咩|乜嘢|乜|哪个|哪一个|哪些|边个|边啲|哪)基金")
OFFICE_WORDS = frozenset({"post", "position", "titl", "job", "~role", "~hold"})
_SHORT_FILLER = 4  # them, that: a slip of one may as well be a claim word (theem: theme)
# Words that, named as what is asked ("what is the floor area"), ask for a figure.
_MEASURES = frozenset({"~area", "~height", "~cost", "~budget", "~money", "~percent",
                       "~duration", "~population", "~income", "~investment"})


# "What did Sherif Sedky say in his speech?", 葛明喺開幕禮講咗啲乜: what someone said.
_WORDS_SAID_RE = lazy(
    r"\bwhat (?:did|does|do|has|have|had|will|would) (?:[\w'-]++ ){1,8}?(?:say|tell|ask|urge"
    r"|request|want|expect|hope)\b"
    r"|\bwhat (?:was|is|were) (?:in |said in )?(?:his|her|their|the) (?:speech|remarks|address)"
    r"|(?:讲|话|说|致辞)(?:咗|了)?(?:啲|些)?(?:咩|乜|什么|甚么)")


def asks_words_said(folded: str) -> bool:
    """Whether the (folded) question asks what someone said."""
    return _WORDS_SAID_RE.search(folded) is not None
