"""Whether a claim is the kind of answer a question asks for, or answers another question."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from factcli.concepts import OPPOSITES
from factcli.dates import CHANGE_ASKED_RE
from factcli.index import held_among
from factcli.lazyre import lazy
from factcli.lexicon import english_words
from factcli.model import Qualifier
from factcli.naming import aliases_of, claims_naming, faculties_named
from factcli.normalize import (
    HOW_MANY_ZH,
    Intent,
    compact,
    concept,
    fold_text,
    has_cjk,
    stem,
    tokens,
)
from factcli.numbers import find_quantities, number_words, unit_kind, values_equal
from factcli.people import claims_naming_people, english_forms, names_a_person
from factcli.query import (
    ASIDE_WORDS,
    BAND_ASKED_RE,
    OFFICE_WORDS,
    PLACE_METRIC_RE,
    metric_words,
    presence_asked,
)
from factcli.related import distinctive_name_terms, name_terms
from factcli.structs import dataclass
from factcli.terms import counted_things, straddles

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.index import Index
    from factcli.model import Claim
    from factcli.query import Query

# 首屆, "the first … course": the first of a series, which a claim must say it is about.
_FIRST_ASKED_RE = lazy(r"首届|第一届|\b(?:first|inaugural) edition\b"
                       r"|\bthe (?:very )?first (?:one|run)\b"
                       r"|\bthe (?:very )?(?:first|inaugural) (?:[a-z&-]+ ){0,8}"
                       r"(?:course|edition|session|conference|workshop|exhibition|forum)\b")
_FIRST_STATED_RE = lazy(r"首[届屆]|第一[届屆]|\bfirst\b|\b1st\b|\binaugural\b", re.IGNORECASE)
# The first in the world asked for ("the world's first", "the first … in the world", 全球首創).
_WORLD_FIRST_ASKED_RE = lazy(r"\b(?:world|global) first\b"
                             r"|\bfirst (?!place\b)(?:[a-z]+ ){1,3}"
                             r"(?:in the world|worldwide|globally)\b"
                             r"|(?:全球|世界)(?:首(?:个|间|所|次|创|例|部|台|款|家|位)|第一[个间所次])")
# A first said of the whole world ("the world's first", "first … globally", 全球首創).
_WORLD_STATED_RE = lazy(r"\bworld'?s? first\b"
                        r"|\bfirst\b.{0,40}\b(?:in the world|worldwide|globally)\b"
                        r"|(?:全球|世界)首", re.IGNORECASE)
# What things are called: 叫咩名, 叫什麼名字, "what are their names", "name them".
_NAMES_ASKED_RE = lazy(r"叫(?:什么|甚么|咩|乜嘢?)名|(?:什么|甚么|咩|乜)名(?:字|称)"
                       r"|\bwhat (?:are|were|is|was) (?:their|the|its) names?\b"
                       r"|\bname (?:them|all of them)\b|\bwhat are they called\b")
_MONTH_NAMES = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_STATED_RE = lazy(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\b\d{1,2}\s+" + _MONTH_NAMES
                      + r"\b|\b" + _MONTH_NAMES + r"\s+\d{1,2}\b", re.IGNORECASE)
# "The only Hong Kong university on the list", 唯一一間: being the only one of a kind is asked
# ("the only ranking that counts", "not only Hong Kong" ask nothing of the sort).
_ONLY_ASKED_RE = lazy(r"(?<!not )\bonly (?:one|(?:[a-z]+ ){0,2}(?:university|universities"
                      r"|institution|organi[sz]ation|school|college))\b|唯一(?!无二)")
# "Was it the first university in the world to …", 全球首創: being first of a kind is asked;
# a claim that does not say so neither confirms nor denies it.
_FIRST_OF_KIND_ASKED_RE = lazy(
    r"\b(?:first|1st) (?:[a-z]+ ){0,2}?(?:university|universities|institution|school|college"
    r"|one|team|lab|laboratory|company|centre|center|platform|app|device|robot|plan)"
    r" (?:to|in the world|worldwide|globally|in (?:hong kong|asia|china|the country))\b"
    r"|\b(?:first of its kind|world ?first)\b"
    r"|首创|首(?:个|间|家)(?!学期|星期|季|年|月|阶段|次)|(?:全球|全港|本港|全国|亚洲|世界)首"
    r"|(?:全球|全港|本港|全国|亚洲|世界)第一(?:个|间|家|所|款)|率先")
# 首個…合作平台: a body's name, as the words that end the names of bodies show. The name must
# end within a short window and hold no 的 or 嘅 (首間推出AI課程的大學 asks which university
# was first; it names none).
_BODY_NAME_WINDOW = 20  # characters after 首個 within which the body's name must end
_BEFORE_A_NAME = frozenset("的嘅「」\"' ")  # what may stand between 首個 and the name
_BODY_NAMED_RE = lazy(f"[^？?，,。、的嘅]{{0,{_BODY_NAME_WINDOW}}}?"
                      "(?:平台|中心|实验室|研究院|学院|大学|基金|联盟)")
# 首席 (chief), 首都 (capital), 首爾 and "first-year" say nothing of being first.
_FIRST_OF_KIND_STATED_RE = lazy(r"\bfirst\b(?![- ]year)|\bpioneer|首(?!席|都|尔|爾)|率先",
                                re.IGNORECASE)
_ONLY_STATED_RE = lazy(r"\bthe only\b|\bsole\b|唯一|獨一", re.IGNORECASE)
_BODIES_RE = lazy(r"bodies|organi[sz]|partner|institution|countr|universit|compan|alliance"
                  r"|founders|members")
# 為何 asks why before a verb (為何選在香港); closing a question it asks what (姓名為何), before
# 人 who (為何人), and inside 作為何種 or 成為何 it is "as what".
_WHY = (r"\bwhy\b|为什么|为甚么|点解|何以"
        r"|(?<![成作认因称视])为何(?!\s*(?:[人物种]|$))")
_WHY_RE = lazy(_WHY)
# What a figure typed stands for is asked: the claim stating it answers.
_FIGURE_EXPLAINED_RE = lazy(
    # "三千萬港元是甚麼", "38,014噸是什麼數據", "What is the 137?", "What's the 137 about?",
    # "What does HK$30m refer to": the figure itself is what is asked (目的係乜, 指出, 代表團,
    # 大數據 and "the news about it" ask nothing of it).
    r"[\d〇一二两三四五六七八九十百千万亿](?!大)\S{0,5}?(?: [a-z%]{1,8}){0,2}\s?(?:的)?"
    r"(?:是指|系指|指的是|所指|是|系|代表|意思是)(?:什么|甚么|咩|乜|啥)(?:嘢|来|嚟|数据|数字|意思)?$"
    r"|\bwhat (?:is|was|are|were) (?:the |this |that )?(?:hk |us |rmb )?[\d.,]{1,20}\w{0,10}"
    r"(?: (?:million|billion|thousand|m|bn|tonnes|people|students))?$"
    r"|(?<![\d.,])[\d.,]{1,20}\w{0,10}(?: \S+){0,3} (?:refers? to|stands? for|means?|represents?"
    r"|about)$")
# A total says nothing of each person's share of it.
_PER_HEAD = (r"\bper ?(?:person|capita|head|student|staff|employee|member|user)"
             r"|人均|每(?:人|名|位|[个個]人)")
_PER_HEAD_ASKED_RE = lazy(_PER_HEAD + r"|每(?:个学生|个员工|个用户)|平均每(?:人|名|位|个)")
_PER_HEAD_CLAIMED_RE = lazy(_PER_HEAD, re.IGNORECASE)
# Another place in the table than the first answers "which university ranked first" with a
# body that was not first.
_TOP_PLACE_RE = lazy(r"(?i)\b(?:rank(?:ed|s)?|plac(?:ed|es)|came|comes|finish(?:ed|es)?)"
                     r" (?:at )?(?:first|1st|no 1|number one|1)\b|\bfirst place\b"
                     r"|\btop(?:ped|s)? the\b|(?<!安)排(?:名)?(?:第一|首位)|第一名|位列第一|榜首")
# A claim stating how much a figure grew answers only a question about the change, not one
# asking the figure itself ("the campus's total floor area" is no increase of 105,635 m²).
_CHANGE_METRIC_RE = lazy(r"_(?:increase|growth|change|decrease|reduction|decline)$")
# A move asked in so many words, not only a comparison ("more than 1,800"), or the ~increase
# concept: the level gives way to the candidate stating its change.
_MOVE_ASKED_RE = lazy(r"\b(?:by how much|go(?:es|ne)? up|went up|went down|go(?:es|ne)? down"
                      r"|year on year|yoy|fell|dropped|declined|decreased)\b"
                      r"(?! (?:out|in|the|an?|to)\b)"
                      r"|按年|同比|增幅|升幅|跌幅|减幅|多咗几多|多了多少")
# A figure for one phase of works is none for another ("phase two", 二期 against 一期工程).
# (Folding joins hyphens: "phase-two" is "phasetwo".)
_PHASE_RE = lazy(r"(?i)\bphase[ -]?(?P<after>one|two|three|four|[1-4]|i{1,3}|iv)\b"
                 r"|\b(?P<before>first|second|third|fourth|1st|2nd|3rd|4th)[ -]?phase\b"
                 r"|(?<![\d十百千同单單这這每上下那哪])(?P<zh>[一二三四1-4])期(?![间間限望])")
_PHASE_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
                  "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_CLOCK_ASKED_RE = lazy(r"\bwhat time\b(?! of (?:the )?year)|\bat what time\b|\bwhat hour\b"
                       r"|几点|点钟")
# The day asked ("on what date", 具體日期, 哪一天): a year or a month does not give it.
_DAY_ASKED_RE = lazy(r"\b(?:on what|exact|precise|specific) date\b|\b(?:what|which) day\b"
                     r"|(?:具体|确切|准确)日期|哪一?天|哪一?日|边一?日|几月几[号日]|几号(?![线楼])")
_FULL_DATE_LENGTH = len("2025-01-01")  # a date value that gives the day
_TIME_OF_DAY_RE = lazy(r"\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|[上下]午\s*\d"
                       r"|\d{1,2}\s*[点點时時](?![间間期])")
# "Who was president before Nancy Ip", 之後邊個接任: who held an office before or after someone.
_SUCCESSION_ASKED_RE = lazy(r"\b(?:before|after) (?:[A-Z][a-z]+|[A-Z]{2,})|\bpredecessor"
                            r"|\bsuccessor|\bsucceed|\bpreceded|接任|继任|繼任|前任|上一任|下一任"
                            # "the founding president", 首任校長: who held an office first.
                            r"|\b(?:founding|first|former|previous|past) (?:vice[- ]?)?"
                            r"(?:president|chair\w*|director|head|dean|provost|minister)"
                            r"|首任|第一任|創校校長|创校校长")
_SUCCESSION_STATED_RE = lazy(r"\bpredecessor|\bsuccessor|\bsucceed|\bpreceded|\bformer|\bprevious"
                             r"|\bfounding|\bfirst (?:president|director|head)"
                             r"|接任|继任|繼任|前任|上一任|下一任|首任|第一任|創校|创校")
# 哪幾位, 邊兩間, "which professors", "who were the tutors": several things are asked to be named.
# "Which medical campus is it next to", 旁邊是哪個醫學院: one thing is asked for.
_ONE_ASKED_RE = lazy(r"\bwhich (?:[a-z]+ ){0,2}?[a-z]+(?<!s) (?:is|was|did|does|will|has)\b"
                     r"|(?:哪|边)一?(?:个|间|所)")
_SEVERAL_ASKED_RE = lazy(r"(?:哪|边)(?:几|两|三|四|五)|\bwho (?:are|were)\b"
                         r"|\bwho (?:will |did )?(?:gave|give|delivered|deliver|made|make)"
                         r"(?: (?:the|opening|welcome|keynote|closing)){0,2}"
                         r" (?:speeches|talks|addresses)\b"
                         r"|\bwhich (?:[a-z]+ )?(?!does\b|goes\b)[a-z]{2,}[^su]s\b"
                         r"|\b(?:name|list) (?:the |all (?:the )?)?[a-z]{2,}[^su]s\b")
# 于宏宇係咩身份, "what is Yu Hongyu's role": the office of someone the question names.
_ROLE_WORDS = r"身份|职位|职务|头衔|角色|\b(?:role|title|position|post|job)s?\b"
_ROLE_ASKED_RE = lazy(_ROLE_WORDS)
# 係咩官, 負責咩, 是做什麼的, 擔任甚麼, 哪個部門的首長, "who was": what someone is, or does,
# in a body (a role asked in other words).
_OFFICE_ASKED_RE = lazy(_ROLE_WORDS + r"|职衔|首长|担任|负责|部门"
                        r"|\bwho (?:is|was)\b(?!\s+(?:in|at|on|with|there|present|among)\b)"
                        r"|\bwhat (?:does|did) (?:\S+ ){1,8}?do\b"
                        r"|(?:咩|乜|什么|甚么|啥)(?:嘢)?(?:官|职|人)|做(?:咩|乜|什么|甚么|啥)(?:嘢)?(?:的|嘅)"
                        r"|(?:喺|在)[^做]{1,8}做(?:咩|乜|什么|甚么|啥)")
# "In total", 總人數: the whole of what is counted, not a part its metric narrows it to.
_TOTAL_ASKED_RE = lazy(r"\bin total\b|\btotal number\b|\baltogether\b"
                       r"|\btotal (?:income|spending|expenditure|budget|revenue|cost)"
                       r"|总人数|总数|全部学生|全体学生|总(?:开支|支出|收入|预算|成本)")
_HOW_LONG_RE = lazy(r"\bhow long\b|\bhow many years\b|多久|几耐|多长时间|多长|几长"
                    r"|(?:几多|多少)个?年(?![级代度])")
# 百分之幾 is read as a question word ("what per cent"), so no term holds the measure it asks.
_PERCENT_ASKED_RE = lazy(r"百分之(?:几|多少)")
_HOW_MANY_RE = lazy(r"\bhow many\b|" + HOW_MANY_ZH + r"(?:[个位名间家所只条队种]"
                   r"|(?=学生|学员|人(?!民币|均)|员工|职员|教员|教师|老师|代表|校友|公司|企业|机构"
                   r"|大学|院校|国家|城市|项目|发明|专利))")
# "How much funding", 幾多錢: a sum of money, which no count of funded things gives.
_HOW_MUCH_MONEY_RE = lazy(r"\bhow much\b(?! of\b)"
                          r"|(?:几多|多少)(?:钱|资金|经费|拨款|港元|港币|美元|人民币)"
                          r"|(?:钱|资金|经费|拨款)(?:有|系|是)?(?:几多|多少)")
# "How many of the unicorns are biotech", 物種之中有多少種是雀鳥: a part of a whole is asked for.
_PART_OF_RE = lazy(r"\bhow (?:many|much) of\b|\b(?:percentage|proportion|share|fraction|portion)"
                   r" of\b|(?:之中|当中|其中|入面|里面|里头)(?:有)?(?:多少|几多|几)"
                   r"|(?:多少|几多)[个位名间家所只条队种]?(?:是|系)(?![咪否唔不])")


def _unnamed_parts(index: Index, query: Query) -> set[str]:
    """The named bodies' parts (sub-entities), and bodies their claims name, whose names the
    question does not use."""
    asked = set(query.terms) | {term for term, _ in query.cjk_units}
    chinese = has_cjk(query.folded)
    claims = index.kb.claims
    near = {child for entity in query.entities for child in index.children.get(entity, ())}
    near |= {claims[position].entity for entity in query.entities
             for position in index.mentions.get(entity, ())}
    return {body for body in near - set(query.entities)
            if body in index.kb.entities
            and not distinctive_name_terms(index, body, chinese) & asked
            and not _described(index, body, query)}


def _described(index: Index, body: str, query: Query) -> bool:
    """Whether the question calls the body by two of its name's English words, everyday ones
    included: "the space training course at UST" is the course, though no word of "space
    training course" is the course's alone."""
    latin = {term for term in query.terms if not has_cjk(term)}
    return len(name_terms(index, body, False) & latin) >= 2


def _subject(index: Index, entities: list[str]) -> str | None:
    """Of several organisations a question names, the one it is most about: the one the file
    says least of (Inspur beside HKUST)."""
    # A ranking measures its members, an alliance gathers them: "HKUST QS world ranking",
    # "HKUST chairs the AUA" are about HKUST.
    named = [e for e in entities if e in index.kb.entities
             and index.kb.entities[e].kind not in {"ranking", "alliance"}]
    if len(named) < 2:
        return None
    return min(named, key=lambda e: len(_own_claims(index, e)))


def _own_claims(index: Index, entity_id: str) -> set[int]:
    positions = set(index.entity_claims.get(entity_id, ()))
    for child in index.children.get(entity_id, ()):
        positions.update(index.entity_claims.get(child, ()))
    return positions


def _its_own_edition(index: Index, entities: list[str],
                     ordinals: list[tuple[float, str | None]]) -> bool:
    """Whether the ordinals typed are the edition of an event named (第二屆培訓班: the 2025
    course is the second, though its tutor's claim does not say so)."""
    editions: set[float] = set()
    for entity in entities:
        key = ("editions", entity)
        found = index.derived.get(key)
        if found is None:
            claims = index.kb.claims
            found = index.derived[key] = frozenset(
                float(claims[position].value)  # type: ignore[arg-type]
                for position in index.entity_claims.get(entity, ())
                if claims[position].metric == "edition" and claims[position].is_numeric)
        editions |= found
    return all(float(number) in editions for number, _ in ordinals)


_Reading = TypeVar("_Reading")
_T = TypeVar("_T")


def _statements_read(index: Index, position: int, read: Callable[[str], _Reading]) -> _Reading:
    """What `read` finds in a claim's two statements (once a process)."""
    key = (read.__name__, position)
    found = index.derived.get(key)
    if found is None:
        claim = index.kb.claims[position]
        found = index.derived[key] = read(f"{claim.statement.en} {claim.statement.zh}")
    return found


def _first_of_kind_asked(index: Index, query: Query) -> bool:
    """Whether being first of a kind is asked, not said of a body to name it (美國與大灣區首個
    生物科技…平台 is that platform's description; a rank's first place is its value)."""
    text = query.folded
    for found in _FIRST_OF_KIND_ASKED_RE.finditer(text):
        after = found.end()
        while after < len(text) and text[after] in _BEFORE_A_NAME:
            after += 1
        if not _BODY_NAMED_RE.match(text, after) and not any(
                text.startswith(alias, after) for entity in query.entities
                for alias in aliases_of(index, entity)):
            return True
    return False


@cache  # one reading a metric, not one a candidate
def _is_change_metric(metric: str) -> bool:
    """Whether a metric measures how much a figure moved (campus_population_increase)."""
    return _CHANGE_METRIC_RE.search(metric) is not None


def _states_money(text: str) -> bool:
    """Whether a text states a sum of money."""
    return any(unit_kind(found.quantity.unit) == "money" for found in find_quantities(text))


def _states_first_of_kind(text: str) -> bool:
    """Whether a text says something was the first of its kind."""
    return _FIRST_OF_KIND_STATED_RE.search(text) is not None


def _states_world(text: str) -> bool:
    """Whether a text speaks of the whole world (a world first, 全球首創)."""
    return _WORLD_STATED_RE.search(text) is not None


def _states_only_one(text: str) -> bool:
    """Whether a text says something is the only one of its kind."""
    return _ONLY_STATED_RE.search(text) is not None


def _states_day(text: str) -> bool:
    """Whether a text gives a day of a month (13 March, 3月13日)."""
    return _DAY_STATED_RE.search(text) is not None


def _states_per_head(text: str) -> bool:
    """Whether a text gives a figure for each person."""
    return _PER_HEAD_CLAIMED_RE.search(text) is not None


def phases_named(text: str) -> frozenset[int]:
    """The phases of works a text names."""
    if "phase" not in text.lower() and "期" not in text:
        return frozenset()
    found: set[int] = set()
    for match in _PHASE_RE.finditer(text):
        word = (match.group("after") or match.group("before") or match.group("zh")).lower()
        found.add(int(word) if word.isdigit() else _PHASE_NUMBERS[word])
    return frozenset(found)


def _states_numbers(index: Index, position: int,
                    numbers: list[tuple[float, str | None]]) -> bool:
    """Whether the claim states every figure of the question (one is left out: 'a year',
    一年, 'first' are words as often as figures), in its text or in its entity's name (the
    2nd Belt and Road course)."""
    stated = index.numbers_in(position)
    wanted = [value for value, _ in numbers if value != 1]
    if all(any(values_equal(value, seen) for seen in stated) for value in wanted):
        return True
    named = stated | _numbers_named(index, index.kb.claims[position].entity)
    return all(any(values_equal(value, seen) for seen in named) for value in wanted)


def _numbers_named(index: Index, entity_id: str) -> frozenset[float]:
    """The figures in an entity's names ('2nd', 第二屆), found once per process."""
    key = ("name numbers", entity_id)
    found = index.derived.get(key)
    if found is None:
        entity = index.kb.entities.get(entity_id)
        found = frozenset(float(f.quantity.value) for name in (entity.names if entity else ())
                          for f in find_quantities(name))
        index.derived[key] = found
    return found



def _listed_members(index: Index, query: Query, positions: list[int],
                    holders: dict[str, set[int]],
                    held_elsewhere: dict[str, int]) -> dict[str, set[str]]:
    """By entity, the rare names in the question that a list claim of that entity holds (Egypt,
    among the countries a course's trainees came from): they pick one member of the list."""
    claims = index.kb.claims
    members: dict[str, set[str]] = {}
    for term in query.terms:
        held = holders.get(term, set())
        if term.startswith("~") or term in query.general or term in query.scene or not held \
                or len(held) + held_elsewhere.get(term, 0) > _MEMBER_HOLDERS \
                or not (has_cjk(term) or term in query.capitalised):
            continue
        for position in held & set(positions):
            value = claims[position].value
            # A Chinese pair picks a member when the question names one of the items listed,
            # not when it is a word of the statement around them (基线, "the baseline", beside
            # a list of percentages). An English name may pick an item written in Chinese
            # (Egypt, 埃及), so the statement is read for it.
            if isinstance(value, tuple) and (not has_cjk(term)
                                             or _names_an_item(value, query.folded)):
                members.setdefault(claims[position].entity, set()).add(term)
    return members


def member_list_factor(index: Index, query: Query, position: int, claim: Claim,
                        holders: dict[str, set[int]]) -> float:
    """How far a claim settles whether the body, place or field put to be checked is one of a
    list. One naming it confirms it. A list of the kind asked (partners, cities, fields) of the
    thing asked about that leaves it out corrects it, though less surely; a claim listing
    nothing of the kind, or a list of another thing's, neither confirms nor corrects it ("Did
    HKUST sign an agreement with Peng Cheng Laboratory?", "Does the Yangtze River Delta include
    Suzhou?")."""
    if member_named(index, query, position, holders):
        return 1.0
    if not lists_members(query, claim) or len(claim.value) < 2:  # type: ignore[arg-type]
        # (A list of one, "PolyU is among the members", names a member, not the members.)
        return _NOT_SETTLED_SHARE
    if query.member_partner and _kind_of(index, claim.entity) == "university":
        # A university's partners on one occasion, or of one kind, are some of its hundreds:
        # one left out ("Did HKUST partner with Tencent?") may be among the others.
        return _NOT_SETTLED_SHARE
    # The thing asked about: a body named (for a deed done together, either party: "Did HKUST
    # team up with PCL?" is settled by PCL's partners too), or one named by its words ("the
    # US-GBA biotech research platform").
    named = claim.entity in query.entities and (
        query.member_partner or claim.entity not in query.member_entities)
    if named or distinctive_name_terms(index, claim.entity, has_cjk(query.folded)) \
            .intersection(query.terms):
        return _MEMBER_UNLISTED_SHARE
    return _NOT_SETTLED_SHARE


def settles_member(index: Index, query: Query, position: int, claim: Claim,
                   holders: dict[str, set[int]]) -> bool:
    """Whether the claim confirms or corrects the member put to be checked."""
    return member_list_factor(index, query, position, claim, holders) > _NOT_SETTLED_SHARE


def lists_members(query: Query, claim: Claim) -> bool:
    """Whether the claim lists things of the kind a member is put as: partners, founders or
    organisers for a deed done with someone; those, or places, fields and members, for "one
    of" and "include" (not a list of aims or expectations)."""
    kinds = _PARTNERS_RE if query.member_partner else _MEMBERSHIP_RE
    return isinstance(claim.value, tuple) and kinds.search(claim.metric) is not None


def member_named(index: Index, query: Query, position: int, holders: dict[str, set[int]]
                 ) -> bool:
    """Whether the claim names the body, place or field put to be checked: a list of members
    as one of its items, whole ("Macau" is no item "Macau University of Science and
    Technology", 中山 none "中山大學"), another claim by most of the name's words or as a body
    it bears on (a word's idea, ~centre, is no part of a name, nor a pair straddling its edge,
    同中 of 同中小學)."""
    if lists_members(query, index.kb.claims[position]):
        names = {compact(query.member_name)} | {
            compact(form) for body in query.member_entities for form in aliases_of(index, body)}
        return any(compact(item) in names for item in _folded_items(index, position))
    if any(position in query.related.get(body, ()) for body in query.member_entities):
        return True
    words = [term for term in query.member_checked if not term.startswith("~")
             and query.forms.get(term, term) in query.member_name]
    held = sum(position in holders.get(term, ()) for term in words)
    return held * 2 > len(words)


def _names_an_item(items: tuple[object, ...], folded: str) -> bool:
    """Whether the folded question names one of a list's items written in words."""
    return any(len(item) >= _SHORTEST_ITEM and not item.isdigit() and item in folded
               for item in (fold_text(str(value)) for value in items))


_SHORTEST_ITEM = 2


_ROLE_RE = metric_words("""president chair chairman director minister secretary head leader host
                         speaker attendee provost professor commissioner member founder tutor
                         organiser partner signator collaborator sponsor funder delegation dean
                         principal officer governor guiding role""")
# What a body does, beside why it exists: "為了甚麼", "why" ask the latter; either answers
# "what is it for".
_WORK_WORDS = "focus houses research_areas activities investment_focus requirement"
_PURPOSE_RE = metric_words("purpose mission vision aim goal rationale reason motivation "
                             + _WORK_WORDS)
_WORK_RE = metric_words(_WORK_WORDS)
# "What is the fund for", "what is it meant to achieve", 開嚟做咩: why it exists (not what
# it is known for, responsible for or looking for: its work).
_AIM_ASKED_RE = lazy(_WHY + r"|\bpurpose\b|\baims?\b|\bgoals?\b|\bachieve\b|\bpoint of\b"
                     r"|\b(?:supposed|meant|intended|trying|hoping) to\b"
                     r"|(?<!looking )(?<!known )(?<!famous )(?<!responsible )(?<!searching )"
                     r"\bfor\s*$|为了|为咗|目的|目标|宗旨|开[嚟来]做")
# "Which bodies are meant to guide it", "What partners is it supposed to have", "What is the
# target year meant to be": a thing is asked, not an aim.
_THING_ASKED_RE = lazy(r"(?:which|what) (?!(?:is|are|was|were|did|does|do|will|would|has|have"
                       r"|had|can|could|should|may|might|the|a|an|it|its|this|that|they|he|she"
                       r"|we|you|i)\b)[a-z]+\b|.*\b(?:supposed|meant) to be\W*$")
# 主要做什麼, 搞嚟做咩, 有咩用: what a thing does, which who runs it, where or when says not.
_DEED_ASKED_RE = lazy(r"(?:做|干|搞)(?:嚟做|来做)?(?:什么|甚么|咩|乜|啥|嘛)"
                      r"|有(?:咩|乜|什么|甚么|啥)用")
_PARTNER_WORDS = "partner founder organiser organizer member signator collaborator alliance sponsor"
_PARTNERS_RE = metric_words(_PARTNER_WORDS)
# (Stems that take their plural's ending: cit-ies, countr-y.)
_MEMBERSHIP_RE = metric_words(_PARTNER_WORDS + " cit countr region area field topic disciplin "
                               "sector participant facilit institution universit compan")
_DATE_RE = metric_words("date year opened founded established start end intake term launch")


_PLACE_NAMED_RE = lazy(r"[區区市省縣县鎮镇](?![域别別])|\b(?:district|city|province|county|town)\b",
                       re.IGNORECASE)


def _items(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


# A measure a claim may state in words ("no higher than the road's lowest homes"): the concept
# the question asks for and the word its metric names.
_MEASURES_IN_WORDS = {"~height": "height", "~area": "area"}


_UNIT_ASKED_RE = lazy(r"\bhow many\b|\bmet(?:re|er)s?\b|\bfeet\b|\bstor(?:ey|y|ies|eys)\b"
                      r"|\bfloors\b|几多|多少|米|层")


def told_in_words(query: Query, claim: Claim, matched: tuple[str, ...]) -> bool:
    """Whether a "how tall" question meets a claim that states that measure in words; not
    when a figure in some unit is asked ("how many storeys", "in metres", 幾多米)."""
    return isinstance(claim.value, str) and not _UNIT_ASKED_RE.search(query.folded) and any(
        concept in matched and word in claim.metric
        for concept, word in _MEASURES_IN_WORDS.items())


def intent_fit(claim: Claim, intent: Intent) -> float:
    """How well the claim's kind of value suits what the question words ask for (0..1)."""
    metric = claim.metric
    if intent == "purpose":
        if _PURPOSE_RE.search(metric):
            return 1.0
        # What a thing does or is for may be told by any description of it.
        return 0.7 if isinstance(claim.value, (str, tuple)) and claim.unit != "date" else 0.0
    if intent == "rank":
        # 第幾屆 asks which edition as 第幾名 asks which place.
        return 1.0 if claim.unit in {"rank", "edition"} else (0.3 if claim.is_numeric else 0.0)
    if intent == "count":
        if claim.is_numeric and claim.unit not in {"date", "rank"}:
            return 1.0
        # A list is counted only by its own items, seldom what "how many" asks ("how many of
        # the trainees came from Egypt" is not answered by the countries they came from).
        return 0.5 if claim.unit == "rank" else (_LIST_COUNT_FIT
                                                 if isinstance(claim.value, tuple) else 0.0)
    if intent == "when":
        # A count of years since a founding is no date ("which year was it founded").
        if claim.unit == "date" or (_DATE_RE.search(metric) and not claim.is_numeric):
            return 1.0
        return 0.3 if claim.when else 0.0
    if intent == "where":
        if PLACE_METRIC_RE.search(metric):
            return 1.0
        # A named place or a list of them ("瑪麗醫院同埋邊度": Queen Mary Hospital and where);
        # a description naming a district or a city ("take part in building the Northern
        # Metropolis area") tells where more surely.
        if isinstance(claim.value, (str, tuple)) and claim.unit != "date" and any(
                _PLACE_NAMED_RE.search(str(item)) for item in _items(claim.value)):
            return 0.7
        return 0.4 if isinstance(claim.value, (str, tuple)) and claim.unit != "date" else 0.0
    if intent == "which":
        # "Which organisations / 哪些國家": named things, a list best, a count of them least.
        if isinstance(claim.value, tuple):
            return 1.0
        return 0.7 if isinstance(claim.value, str) and claim.unit != "date" else 0.2
    if intent == "what":
        if claim.unit == "date":
            return _WHAT_DATE_FIT
        return _WHAT_FIGURE_FIT if claim.is_numeric else 1.0
    if _ROLE_RE.search(metric):
        # How many members a body has names none of them (member_count), nor does the day
        # a chair's term starts.
        return _WHO_FIGURE_FIT if claim.is_numeric or claim.unit == "date" else 1.0
    return 0.3 if isinstance(claim.value, str) and claim.unit != "date" else 0.0
# "What did they agree", 用甚麼方法: a thing or a description, seldom a bare figure or date.
_WHAT_FIGURE_FIT = 0.5
_WHAT_DATE_FIT = 0.3
_WHO_FIGURE_FIT = 0.5
_GIVEN_FIGURE_PENALTY = 0.5
_NUMBER_MISMATCH_PENALTY = 0.6
_EXCLUDED_TERM_SHARE = 0.8
_VALUE_GIVEN_SHARE = 0.6
_NEITHER_OFFERED_SHARE = 0.4
_PLACE_UNSAID_SHARE = 0.7
_NOT_SETTLED_SHARE = 0.7
_MEMBER_UNLISTED_SHARE = 0.93
_OPPOSITE_SHARE = 0.6
_DISTINCTION_UNSAID_SHARE = 0.6
_OTHER_COUNT_PENALTY = 0.6
_NO_REASON_SHARE = 0.6
_TOTAL_FOR_EACH_SHARE = 0.6
# A phase's figure shares every word of another phase's but the number, which weighs little.
_OTHER_PHASE_SHARE = 0.4
# A change for the figure, or a count of funded things for a sum, is a figure of another kind
# with every word of the right one: as strong a mismatch as a given figure's.
_CHANGE_UNASKED_SHARE = _GIVEN_FIGURE_PENALTY
_LEVEL_FOR_CHANGE_SHARE = _GIVEN_FIGURE_PENALTY
_COUNT_FOR_SUM_SHARE = _GIVEN_FIGURE_PENALTY
_NO_COUNT_PENALTY = 0.75
_OTHER_TITLE_PENALTY = 0.6
_LIST_COUNT_FIT = 0.0
_OTHER_EVENT_PENALTY = 0.6
_OTHER_KIND_PENALTY = 0.75
_FOCUS_MISSING_SHARE = 0.9
_REGIONAL_TABLE_SHARE = 0.95
_REGIONAL_TABLE_RE = metric_words("asia hong_kong greater_china china")
_OTHER_TABLE_PENALTY = 0.5
# A place asked for in the world, not a table's name ("THE World University Rankings").
_WORLD_PLACE_RE = lazy(r"\b(?:world|global)\s+(?:rank|ranking|place|position|standing)\b"
                       r"|\bin the world\b|\bworldwide\b|\bglobally\b"
                       r"|(?:全球|世界)(?:排名|排第|第[一二三四五六七八九十\d]|位列)")
# Who publishes a ranking, as the question names it and as a rank metric begins
# (rank_qs_world, rank_the_impact): a place in one publisher's table is none in another's.
_PUBLISHERS = {
    "qs": lazy(r"(?<![a-z])qs(?![a-z])|quacquarelli"),
    "the": lazy(r"times higher education|泰晤士"),
    "ft": lazy(r"(?<![a-z])ft(?![a-z])|financial times|金融时报"),
    "clarivate": lazy(r"clarivate|科睿唯安"),
    "nature_index": lazy(r"nature index|自然指数"),
}
# The metric prefixes of the tables whose publisher a question may name.
_PUBLISHED_RANKS = tuple(f"rank_{publisher}_" for publisher in _PUBLISHERS)
_REGION_TERMS = frozenset({"asia", "asian", "hong", "kong", "hk", "china", "chines", "mainland",
                           "亚洲", "香港", "本港", "全港", "中华", "大中", "中国", "内地", "两岸"})
# The region words a question uses, as the metrics of regional tables name the region.
_METRIC_REGIONS = {"asia": "asia", "asian": "asia", "亚洲": "asia", "hong": "hong_kong",
                   "kong": "hong_kong", "香港": "hong_kong", "本港": "hong_kong",
                   "全港": "hong_kong", "大中": "greater_china"}
_OTHER_REGION_SHARE = 0.9
# The scope a place is asked in, in so many words ("rank in Asia", 在亞洲排第幾), not a table's
# name ("QS Asia University Rankings", 全球大學就業能力排名), and the scope a rank claim states.
# (In English the scope follows the place asked: "HKUST, a leader in Asia: its QS World
# position?" asks no place in Asia. "Locally" may mean the table's own Hong Kong list.)
_SCOPE_ASKED_EN_RE = lazy(r"\b(?:rank\w*|plac\w*|position\w*|stand\w*|stood|finish\w*|came|come"
                          r"|comes|sit|sits|sat|top)\b(?: [\w'-]+){0,4}? (?:in|within|among|across)"
                          r" (?:the )?(asia|hong kong|greater china|world|china)\b"
                          r"(?! (?:universit|rank|young|top|impact))|\b(globally|worldwide)\b")
_SCOPE_ASKED_ZH_RE = lazy(r"(?:在|喺|于)(亚洲|全港|香港|大中华|全球|世界|全国|中国)(?:地区)?内?"
                          r"(?:排|位列|名列|第|嘅排名|的排名|嘅名次|的名次)"
                          r"|(亚洲|全港|大中华|全球|世界)(?:排第|排名第|第几|排几|排名几)")
_SCOPES = r"(?:asia|hong kong|greater china|the world|world|china|亚洲|香港|全港|大中华|全球|世界)"
_SCOPES_LISTED_RE = lazy(_SCOPES + r"\s*(?:,|and|or|&|/|、|和|同|及|与|以及)\s*" + _SCOPES)
_SCOPE_WORDS = {"asia": "asia", "亚洲": "asia", "hong kong": "hong_kong",
                "香港": "hong_kong", "全港": "hong_kong", "greater china": "greater_china",
                "大中华": "greater_china", "world": "world", "globally": "world",
                "worldwide": "world", "全球": "world", "世界": "world", "china": "china",
                "中国": "china", "全国": "china"}
_SCOPE_STATED = (("world", lazy(r"\bin the world\b|\bworldwide\b|\bthe world's\b"
                                r"|\bglobal top\b")),
                 ("asia", lazy(r"\bin asia\b|\basia's\b")),
                 ("hong_kong", lazy(r"\bin hong kong\b")),
                 ("greater_china", lazy(r"\bin greater china\b")),
                 ("china", lazy(r"\bin china\b")))
_OTHER_SCOPE_SHARE = 0.6
# Words any table's name may hold (the world's universities), the little words between, and
# the publishers' names (read by _PUBLISHERS).
_ANY_TABLE_WORDS = frozenset({"world", "global", "university", "top", "and", "for", "by", "of",
                              "in", "the", "qs", "ft", "clarivat", "natur", "index", "time",
                              "higher", "education", "financial"})
# Where a question names the table a rank is in: the words before "ranking(s)", "table" or
# "list" ("the THE *Impact* Rankings", "QS *subject* rankings"), and those after "rank(ed)
# for/in" ("its global rank for *computer science*").
_TABLE_PHRASE_RE = lazy(r"((?:[a-z]+ ){1,3})"
                        r"(?=(?:rank|ranking|rankings|table|tables|league|list)\b)"
                        r"|\brank(?:ed|ing)? (?:for|in) ((?:[a-z]+ ?){1,3})")
_WORK_FOR_AIM_SHARE = 0.9
_ONE_FOR_SEVERAL_SHARE = 0.9
# Bodies whose people a list of an occasion's guests or speakers is itself about.
_HOSTING_KINDS = frozenset({"university", "event"})
# Several asked (哪幾位) against a claim naming one of them weighs more than one asked against a
# list: 0.85, not 0.9, gained four on the tuning sets; 0.8 lost a list of places asked (哪兩地).
_ONE_NAMED_FOR_SEVERAL_SHARE = 0.85
# "Who else", 仲有邊個, 還有哪位: one more person, besides those the question names.
_ONE_MORE_RE = lazy(r"\bwho else\b|\b(?:" + ASIDE_WORDS + r")\b"
                    r"|(?:仲有|还有|另外|另一)(?:边|哪)(?:一)?(?:个|位)")
# "Which other university", "besides SYSU", 除咗中大, 另外: another than those named is asked.
_ANOTHER_ASKED_RE = lazy(r"\b(?:other|others|else|" + ASIDE_WORDS + r")\b"
                         r"|除咗|除了|另外|仲有|还有|其他|其它")
# Words for one person asked for ("which official"), as the question's focus spells them.
_ONE_PERSON_WORDS = frozenset({"official", "representativ", "person", "~expert", "professor",
                               "scholar", "~lead", "~deputy", "~minister", "~chair"})
_NOT_THE_HOLDER_SHARE = 0.85
_MISSING_PREDICATE_SHARE = 0.85
_PREDICATE_RE = lazy(r"(?:has|have|had|is|are|was|were) (?:[a-z0-9]+ ){1,8}?([a-z]{3,}(?:ed|en))\b")
# 批咗未, 獲批准了嗎, 建成了沒有: whether a thing has come to pass, asked in Chinese.
_DEEDS_ZH = r"(获批准|获批|批准|批|建成|落成|完工|启用|动工)"
# 批咗未, 批准了吗: the question asks whether; 批了多少錢 asks how much, of a deed done.
_PREDICATE_ZH_RE = lazy(_DEEDS_ZH + r"(?=(?:咗|了|过)?(?:未|吗|没有|冇)"
                                    r"|(?:咗|了|过).{0,20}?(?:未|吗|没有|冇)$)")
# A yes/no question already (係咪已經獲批): the deed may end it.
_PREDICATE_ZH_CHECKED_RE = lazy(_DEEDS_ZH + r"(?=咗|了|过|$)")
# Those words ask of one deed only, where an English participle may stand for a state.
_MISSING_DEED_SHARE = 0.75
_WHEN_FIT = 0.5
_DAY_LENGTH = len("YYYY-MM-DD")  # an as-of date to the day: a snapshot, not a year's event
_KIND_NOT_VALUED_SHARE = 0.9
_NARROWER_TABLE_SHARE = 0.9
# Words that name the kind of thing a list holds ("which *organisations*", 哪些*機構*).
KIND_WORDS = frozenset({"~org", "~company"})
# Kinds of thing a list names, never a figure: a which-question asking for them ("which
# frontier fields is the HK$3bn for") takes a figure it types as given.
LISTED_KINDS = frozenset({"~field", "~partner"})
# Words asking for bodies: "which universities are partners" asks for the list of them.
_BODY_WORDS = KIND_WORDS | {"~partner", "~member", "~university", "~alliance", "~government"}
# "叫甚麼名稱", "what is it called": a list naming the bodies may be where the name is told.
_NAME_ASKED_RE = lazy(r"名称|名字|姓名|全名|叫(?:什么|甚么|咩|乜)|(?:咩|乜|什么|甚么)名"
                     r"|姓(?:咩|乜|什么|甚么)|\bnamed?\b|\bcalled\b|\bcall\b|\bsurname\b")
# Characters of the words that ask for a part (之中, 是), which no claim need hold.
_PART_MARKS = frozenset("之当其中入里面头是系有")
_MEMBER_HOLDERS = 3  # a term this few claims hold may name one member of a list
# What kind of figure a measure word asks for (numbers.unit_kind names the claims' kinds).
_MEASURE_KINDS = {"~cost": "money", "~budget": "money", "~money": "money", "~income": "money",
                  "~salary": "money", "pay": "money", "paid": "money",
                  "~investment": "money", "~percent": "percent", "~duration": "duration",
                  "~height": "length", "~tonnes": "mass"}
_PHYSICAL_KINDS = frozenset({"area", "volume", "energy", "mass", "length"})
# The parts of a building counted ("how many floors", 幾多層): no measure of it counts them.
_PARTS_COUNTED_RE = lazy(r"\bhow many (?:more )?(?:floors|storeys|stories|levels|buildings|blocks"
                         r"|towers|rooms|wings)\b|(?:几多|多少|几)(?:层|栋|座|幢)")
# "How many billion Hong Kong dollars", "in RMB": a sum, however it is counted. (Read on the
# folded text: 'dollars' is a filler, since the claims write HK$.)
_CURRENCY_ASKED_RE = lazy(r"\b(?:dollars?|hkd|usd|rmb|yuan)\b")
# A body's own beginning and end: its part's founding or opening is not its own. (Land reserved
# for HKU's centre was reserved for HKU.)
_LIFE_EVENTS = frozenset({"~found", "~begin", "~end", "~join", "~enrol", "~appoint"})
# What happens on a date: a question asking when one happened wants that one's date.
_EVENTS = frozenset({"~found", "~begin", "~end", "~enrol", "~sign", "~meet", "~visit", "~hold",
                     "~reserve", "~recruit", "~attend", "~merger", "~exit", "~join", "~appoint",
                     "~announce"})
# Titles that name one office: a question asking who holds one is answered only by a claim
# about that office.
# A deputy's office is not the head's: "deputy director", 副主任, 副局長 (as the question's
# terms have them: a concept, or the pair that starts the office's name).
_DEPUTY_TITLES = frozenset({"~deputy", "副主", "副部", "副局", "副司", "副院"})
# "the vice minister of …", "the NHC's deputy director?" as the office asked, not a title
# before a name or a possessive ("Vice Minister Wu Yan's visit").
_DEPUTY_ASKED_RE = lazy(r"\b(?:vice|deputy)[ -](?:minister|director|president|chair\w*|secretary"
                        r"|head|dean|provost|governor)(?:\s+(?:of|for|at|in)\b|\s*[?？]|\s*$)",
                        re.IGNORECASE)
_TITLES = frozenset({"president", "vicepresident", "provost", "chairman", "~chair", "secretary",
                     "~minister", "dean", "校长", "副校长", *_DEPUTY_TITLES})


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks for beyond its words, worked out once for all its candidates."""

    counted: set[str]  # what "how many" counts (students, partners)
    subject: str | None  # of several bodies named, the one it is most about
    own_claims: set[int]  # that body's (or the one body named) claims and its parts'
    titles: set[str]  # the office "who is the president of X" asks about
    offices: set[str]  # any office asked about, heads included
    events: list[str]  # what happened, when "when" asks the date of an event
    unnamed_parts: set[str]  # parts of the named bodies the question does not name
    many: bool  # "how many", 多少名: a count, not a sum or a share
    clock: bool  # "what time": the hour, not the date
    day: bool  # "on what date", 哪一天: the day, not the year or month
    why: bool  # "why": a reason, which no figure gives
    aim: bool  # what something is for: "what's the point of it", 目的係乜
    first_edition: bool  # 首屆, "the first … course"
    only_one: bool  # 唯一, "the only university": a distinction the claim must state
    first_of_kind: bool  # 全球首創, "the first university to": a distinction to be stated
    world_first: bool  # the first in the world, not in Hong Kong ("the world's first", 全球首)
    names_asked: bool  # what things are called (叫咩名, "what are their names"): no count says
    # The office asked is told by a deed ("the minister who received Harry Shum and Nancy Ip",
    # 接見科大代表團的部長): the claim of that deed naming who did it answers too.
    titled_by_deed: bool
    measures: set[str]  # the kinds of figure asked for (money, percent)
    members: dict[str, set[str]]  # by entity, the listed members a count is narrowed to
    part_of: bool  # "how many of the …": a part of a whole
    succession: bool  # who held an office before or after someone
    region_named: bool  # a region a ranking may be limited to (Asia, 香港)
    regions_named: frozenset[str]  # those regions as metrics name them (asia, hong_kong)
    faculties: list[set[int]]  # the claims naming each faculty the question names (醫學院)
    several: bool  # several names are asked for: 哪幾位, "which professors"
    holders_named: set[int]  # the candidates whose value is the person whose role is asked
    kind_valued: set[int]  # the candidates whose value names the kind a "which" asks for
    chinese: bool  # the question is Chinese: claims are read in Chinese too
    excluded_counts: bool  # a claim that sets a word aside does not count it (the question
    # does not set anything aside itself)
    focus_held: set[str]  # the words naming what "what field …" asks for that a candidate holds
    bodies_given: frozenset[str]  # the bodies named, when the question does not ask for bodies
    kind_unknown: bool  # "which architect": the kind of answer asked is a word no claim uses
    predicate: str | None  # "Has the government approved …": the deed a yes/no question asks
    predicate_zh: bool  # the deed is asked in Chinese (批咗未), which names one deed only
    world_place: bool  # a place in the world asked in so many words ("world rank", 全球排名)
    scope_asked: str | None  # the one scope a place is asked in ("in Asia": asia), if any
    publishers: frozenset[str]  # the rankings' publishers named (qs, the), as metrics name them
    tables_named: frozenset[str]  # words naming which table a rank is in (impact, computer)
    # A subject named whose table the file does not hold (商科, "business"): no subject
    # table's place answers.
    subject_unheld: bool
    opposed: set[int]  # the candidates saying the opposite of a word asked and not the word
    one_more: bool  # one more person asked for: "who else", 仲有邊個, "besides X"
    one_asked: bool  # one thing asked for: "which official", 哪個醫學院
    # The folded names of the people holding a role in a body the question names (the
    # Egyptian Space Agency's head), when a person is asked: a list naming one of them
    # among others is not that body's own answer.
    bodies_holders: frozenset[str]
    office_asked: bool  # what someone is, or does, in a body: 係咩官, 擔任甚麼, "who was"
    what_asked: bool  # a what-question, not of an office nor of which body a person serves
    post_names_holder: bool  # "What did the minister discuss": a deed asked, no name
    deputy_asked: bool  # a deputy's office is the one asked (副主席, "the vice minister of")
    phases: frozenset[int]  # the phase of works asked about ("phase two", 二期)
    figure_described: bool  # a figure typed to say which thing, described by a claim in words
    top_place: bool  # the first place in a table named ("which university ranked first")
    band: bool  # a band of places asked ("top how many", 前多少名), not one place
    per_head: bool  # a figure for each person asked ("per student", 人均, 每人)
    change_asked: bool  # how a figure moved ("how many more", 增加, "since 2014-15")
    # The (entity, metric) whose level a candidate's change metric moves, when a rise or fall
    # is asked in so many words ("by how much did it grow", 按年增幅): the level is not it.
    moved_levels: frozenset[tuple[str, str]]
    cost_asked: bool  # what a thing cost (cost, price, 成本), as a question, not a yes/no
    sum_asked: bool  # how much money ("how much funding", 多少資金), not how many
    whole_asked: bool  # a whole ("in total", "how many students" and nothing else), which no
    # count of a kind of it gives
    # The metrics of the universities named together: another university's claim of one of
    # them is their sibling, not theirs (Sun Yat-sen University's joint initiatives, not
    # Shenzhen's).
    named_universities_metrics: frozenset[str]


@cache
def number_word_stems() -> frozenset[str]:
    """Number words as question terms are kept ("which *five* fields": how many are named)."""
    return frozenset(stem(word) for word in number_words())


def _focus_held(query: Query, holders: dict[str, set[int]]) -> set[str]:
    """The words naming what is asked ("what field", "which topics") that some candidate
    holds: a claim without one answers something else. For a which-question, only words for
    a thing: a body, a person, an office or a place asked for is named, seldom called one
    ("which institution", "which city"), a verb ("which startup *developed*") says what was
    done, a number ("which *two*") how many, and a Chinese pair may be cut from a name (新发
    of 新发展区)."""
    if query.intent in {None, "what"}:
        return {term for term in query.focus if holders.get(term)}
    if query.intent != "which":
        return set()
    done = {stem(word) for word in query.folded.split() if word.endswith("ed")}
    done |= {found for term in done if (found := concept(term))}
    return {term for term in query.focus - _NAMED_NOT_CALLED - done - number_word_stems()
            if holders.get(term) and (term.startswith("~") or not has_cjk(term))}


# Things asked for by a which-question that claims name without calling them so.
_NAMED_NOT_CALLED = _BODY_WORDS | _ONE_PERSON_WORDS | OFFICE_WORDS | frozenset(
    {"~startup", "school", "city", "country", "venu", "region", "district", "plac", "location"})


def asked_for(index: Index, query: Query, positions: list[int], holders: dict[str, set[int]],
              held_elsewhere: dict[str, int]) -> Asked:
    """What the question asks for; `holders` are the candidates holding each term,
    `held_elsewhere` how many other claims hold it."""
    subject = _subject(index, query.entities)
    events = [term for term in query.terms if term in _EVENTS] if query.intent == "when" else []
    titles = query.all_terms & _TITLES - _titles_of_named(index, query, positions) \
        if query.intent == "who" and not presence_asked(query.folded) else set()
    english_deed = _predicate(query) if query.yes_no else None
    chinese_deed = None if english_deed else _predicate_zh(query)
    many = query.intent == "count" and _HOW_MANY_RE.search(query.folded) is not None
    measures = {_MEASURE_KINDS[term] for term in query.terms if term in _MEASURE_KINDS} \
        | ({"duration"} if _HOW_LONG_RE.search(query.folded) else set()) \
        | ({"percent"} if _PERCENT_ASKED_RE.search(query.folded) else set()) \
        | ({"money"} if _CURRENCY_ASKED_RE.search(query.folded) else set())
    office_asked = _OFFICE_ASKED_RE.search(query.folded) is not None
    what_asked = (query.intent in {"what", "purpose"} or (
        query.intent is None and _WHAT_OPENS_RE.match(query.folded) is not None)) \
        and not query.yes_no and not office_asked \
        and _BODY_OF_POST_ASKED_RE.search(query.folded) is None
    return Asked(
        counted=counted_things(index, query) if query.intent == "count" else set(),
        subject=subject,
        own_claims=_own_claims(index, subject) if subject
        else _own_claims(index, query.entities[0]) if len(query.entities) == 1 else set(),
        titles=titles,
        offices=query.all_terms & (_TITLES | {"~lead"}) if query.intent == "who" else set(),
        events=events,
        unnamed_parts=_unnamed_parts(index, query)
        if query.entities and (events or query.intent == "who") else set(),
        many=many,
        clock=_CLOCK_ASKED_RE.search(query.folded) is not None,
        day=_DAY_ASKED_RE.search(query.folded) is not None,
        why=_WHY_RE.search(query.folded) is not None,
        aim=query.intent == "purpose" and _THING_ASKED_RE.match(query.folded) is None and (
            _AIM_ASKED_RE.search(query.folded) is not None
            or (_DEED_ASKED_RE.search(query.folded) is not None
                and not office_asked
                # 科大校長主要做什麼, 夏寶龍主要做什麼: what a person does is his office.
                and not query.all_terms & (_TITLES | OFFICE_WORDS)
                and not claims_naming_people(index, query.folded, set(query.terms)))),
        per_head=_PER_HEAD_ASKED_RE.search(query.folded) is not None,
        change_asked="~increase" in query.all_terms
        or CHANGE_ASKED_RE.search(query.folded) is not None,
        moved_levels=_moved_levels(index, query, positions),
        cost_asked="~cost" in query.terms and not query.yes_no
        and query.intent in {None, "what", "count"},
        sum_asked=query.intent == "count" and "money" in measures
        and _HOW_MUCH_MONEY_RE.search(query.folded) is not None,
        whole_asked=_TOTAL_ASKED_RE.search(query.folded) is not None
        or _student_body_asked(query, many),
        phases=phases_named(query.folded),
        named_universities_metrics=_named_universities_metrics(index, query),
        figure_described=_figure_described(index, query, positions),
        top_place=_TOP_PLACE_RE.search(query.folded) is not None,
        band=query.intent == "rank" and BAND_ASKED_RE.search(query.folded) is not None,
        # 首屆, 第一屆 name the first of a series, as "the third" names another: the claim
        # must be about that one (a one the value-one rule of numbers would let pass).
        first_edition=_FIRST_ASKED_RE.search(query.folded) is not None,
        only_one=_ONLY_ASKED_RE.search(query.folded) is not None,
        first_of_kind=_first_of_kind_asked(index, query),
        world_first=_WORLD_FIRST_ASKED_RE.search(query.folded) is not None,
        names_asked=_NAMES_ASKED_RE.search(query.folded) is not None,
        titled_by_deed=bool(titles) and _TITLE_BY_DEED_RE.search(query.folded) is not None,
        measures=measures,
        members=_listed_members(index, query, positions, holders, held_elsewhere)
        if query.intent == "count" else {},
        part_of=query.intent == "count" and _PART_OF_RE.search(query.folded) is not None,
        faculties=[claims_naming(index, name) for name in faculties_named(query.folded)],
        # The words left when the names are taken out: 香港科技大學 names no region.
        region_named=bool(_REGION_TERMS & {*query.terms, *(t for t, _ in query.cjk_units)}),
        regions_named=frozenset(region for term in {*query.terms, *(t for t, _ in query.cjk_units)}
                                if (region := _METRIC_REGIONS.get(term))),
        succession=query.intent in {"who", "which"}
        and _SUCCESSION_ASKED_RE.search(query.text) is not None,
        several=query.intent in {"who", "which"}
        and (_SEVERAL_ASKED_RE.search(query.folded) is not None
             or presence_asked(query.folded)),
        holders_named=_holders_named(index, query, positions)
        if (query.intent in {"who", "what"} and _ROLE_ASKED_RE.search(query.folded))
        or (query.intent == "who" and _only_a_name_asked(query))
        # 主任是雷海潮還是夏寶龍: the claim whose value is one of the two offered settles it.
        or query.offered else set(),
        predicate=english_deed or chinese_deed,
        predicate_zh=chinese_deed is not None,
        world_place=_WORLD_PLACE_RE.search(query.folded) is not None,
        scope_asked=_scope_asked(query.folded),
        publishers=frozenset(publisher for publisher, named in _PUBLISHERS.items()
                             if named.search(query.folded)),
        tables_named=_tables_named(index, query) if query.intent == "rank" else frozenset(),
        subject_unheld=query.intent == "rank" and bool(
            _subjects_named(query) - _table_words(index)),
        opposed=_opposed(index, query, positions, holders),
        one_more=query.intent == "who" and _ONE_MORE_RE.search(query.folded) is not None,
        one_asked=query.intent == "which" and bool(
            query.focus & _ONE_PERSON_WORDS or _ONE_ASKED_RE.search(query.folded)),
        bodies_holders=_bodies_holders(index, query, positions)
        if query.intent in {"who", "which"} or _NAME_ASKED_RE.search(query.folded)
        else frozenset(),
        office_asked=office_asked,
        what_asked=what_asked,
        post_names_holder=what_asked and _DEED_WHAT_RE.match(query.folded) is not None
        and _NAME_ASKED_RE.search(query.folded) is None,
        deputy_asked=_deputy_asked(query, titles),
        kind_valued=_kind_valued(index, query, positions)
        if query.intent == "which" and query.focus else set(),
        chinese=has_cjk(query.folded),
        excluded_counts=not _EXCLUSION_ASKED_RE.search(query.text),
        focus_held=_focus_held(query, holders),
        # "Is PolyU part of the alliance": a list naming PolyU is the answer asked for.
        bodies_given=frozenset(query.entities) if query.intent in {None, "what", "purpose"}
        and not query.yes_no
        and not query.focus & _BODY_WORDS and not _NAME_ASKED_RE.search(query.folded)
        else frozenset(),
        kind_unknown=query.intent in {"which", "who"} and any(
            term.isascii() and term in english_words() and term not in number_word_stems()
            and term not in OFFICE_WORDS  # "what post does he hold" asks a role, not a post
            for term in query.focus.intersection(query.unknown_terms)),
    )


def _named_universities_metrics(index: Index, query: Query) -> frozenset[str]:
    """The metrics of the universities a question names, when it names two or more (one
    with another: "has SYSU joined PolyU in …") and asks of them, not of another ("which
    other university …"); one named alone may be asked of through another ("HKUST's sister
    campus in Guangzhou")."""
    bodies = index.kb.entities
    universities = [entity for entity in query.entities if bodies[entity].kind == "university"]
    if len(universities) < 2 or _ANOTHER_ASKED_RE.search(query.folded):
        return frozenset()
    return frozenset(index.kb.claims[position].metric for entity in universities
                     for position in index.entity_claims.get(entity, ()))


# A what-question the parser leaves without an intent ("What did Wu Yan praise HKUST for").
_WHAT_OPENS_RE = lazy(r"what\b")
# A deed asked of someone: "What did the minister discuss", not "What is the minister".
_DEED_WHAT_RE = lazy(r"what (?:did|does|do|will|would|has|have|had)\b")
# Which body a person serves: "What ministry is Huai Jinpeng minister of?", "What does Yang
# Dan direct?" — his post's claim says.
_BODY_OF_POST_ASKED_RE = lazy(
    r"\bwhat (?:ministry|department|university|institute|agency|commission|bureau|body"
    r"|office|organi[sz]ation|division|centre|center|school|faculty|lab\w*|unit)\b"
    r"|\b(?:of|in|heads?|directs?|chairs?|leads?|runs?)\W*$")


def _deputy_asked(query: Query, titles: set[str]) -> bool:
    """Whether the office asked is a deputy's: 副主席係邊個, "Who is the vice minister of the
    NHC?" (not "Who joined Vice Minister Wu Yan's visit?", where "vice" names another's)."""
    deputy = titles & _DEPUTY_TITLES
    return bool(deputy - {"~deputy"}) or (bool(deputy) and _DEPUTY_ASKED_RE.search(query.text)
                                          is not None)


def _opposed(index: Index, query: Query, positions: list[int],
             holders: dict[str, set[int]]) -> set[int]:
    """The candidates that hold the opposite of a word the question asks and not the word."""
    found: set[int] = set()
    reachable: set[int] | None = None
    for term in query.terms:
        if term in OPPOSITES and term not in query.optional:
            for opposite in OPPOSITES[term]:
                if opposite in query.terms:
                    continue  # both asked ("inbound and outbound"): each answers a part
                reachable = set(positions) if reachable is None else reachable
                found |= held_among(reachable, index.postings.get(opposite, ())) \
                    - holders.get(term, set())
    return found


def _kind_valued(index: Index, query: Query, positions: list[int]) -> set[int]:
    """The candidates whose value names the kind of thing asked: "which UNESCO *programme*"
    is answered by 可持續發展科學十年*計劃*, not by a list of topics that names a programme."""
    # Organisations and firms are named by their names, which seldom hold the word (教育部).
    kinds = query.focus - KIND_WORDS
    return {position for position in positions
            if kinds & _value_terms(index, position)} if kinds else set()


def _bodies_listed(index: Index, position: int) -> frozenset[str]:
    """The bodies a list value names, each item by one of its names; an item naming no body
    known to the file makes the list more than bodies (it never falls within those asked)."""
    key = ("bodies listed", position)
    found = index.derived.get(key)
    if found is None:
        value = index.kb.claims[position].value
        named = [index.aliases.get(compact(str(item))) for item in value]
        found = frozenset(named) if all(named) else frozenset({""})
        index.derived[key] = found
    return found


def _folded_items(index: Index, position: int) -> tuple[str, ...]:
    """A list claim's items as folded text, once a process."""
    value = index.kb.claims[position].value
    items = value if isinstance(value, tuple) else (value,)
    return _once(index, ("folded items", position),
                 lambda: tuple(fold_text(str(item)) for item in items))


def _folded_entity_name(index: Index, entity: str) -> str:
    """An entity's names, English and Chinese, as folded text, once a process."""
    name = index.kb.entities[entity].name
    return _once(index, ("folded name", entity), lambda: fold_text(f"{name.en} {name.zh}"))


def _once(index: Index, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
    """What make() returns, made once a process and kept in the index's derived table."""
    found = index.derived.get(key)
    if found is None:
        found = index.derived[key] = make()
    return found  # type: ignore[no-any-return]


def _folded_value(index: Index, position: int) -> str:
    """A claim's value as folded text (a list's items joined), once a process."""
    key = ("folded value", position)
    found = index.derived.get(key)
    if found is None:
        value = index.kb.claims[position].value
        text = " ".join(map(str, value)) if isinstance(value, tuple) else str(value)
        found = index.derived[key] = fold_text(text)
    return found


def _value_given(index: Index, query: Query, position: int) -> bool:
    """Whether the question itself states the claim's value (a place, a name)."""
    if has_cjk(str(index.kb.claims[position].value)) and not has_cjk(query.folded):
        # An English question states a Chinese name by the English form a claim gives it
        # ("Wu Yan" for 吳岩), and no other Chinese value (it loads no converter).
        padded = f" {query.folded} "
        return any(f" {name} " in padded for name in english_forms(index, position))
    folded = _folded_value(index, position)
    return len(folded) > (1 if has_cjk(folded) else 3) and folded in query.folded


def _places_all_named(index: Index, query: Query, position: int) -> bool:
    """Whether a claim's value names a place (大灣區 in 在大灣區設立分校) and every place it
    names is inside the name of a body the question names."""
    folded = _folded_value(index, position)
    if not _PLACE_NAMED_RE.search(folded):
        return False
    for alias in sorted((alias for entity in query.entities for alias in aliases_of(index, entity)),
                        key=len, reverse=True):
        folded = folded.replace(alias, " ")
    return not _PLACE_NAMED_RE.search(folded)


def _value_terms(index: Index, position: int) -> frozenset[str]:
    key = ("value terms", position)
    found = index.derived.get(key)
    if found is None:
        found = index.derived[key] = _names_of([_folded_value(index, position)])
    return found


def _excluded_terms(index: Index, position: int, chinese: bool) -> frozenset[str]:
    """The terms a claim's statement names only to leave out ("study abroad programmes *other
    than outbound exchange*", 交流以外): what it counts is not that. Read in the question's
    language (an English question loads no converter). The terms are remembered only for
    claims that set something aside, the others by one byte each, whatever the base's size
    (reading their statements again was a twentieth of a question's time)."""
    memo = index.derived.setdefault(("excluded terms", chinese), {})
    found = memo.get(position)
    if found is not None:
        return found
    plain = index.derived.get(("sets nothing aside", chinese))
    if plain is None:
        plain = index.derived["sets nothing aside", chinese] = bytearray(len(index.kb.claims))
    if plain[position]:
        return _NOTHING_EXCLUDED
    statement = index.kb.claims[position].statement
    spans = _EXCLUDED_EN_RE.findall(statement.en)
    rest = [_EXCLUDED_EN_RE.sub(" ", statement.en)]
    if chinese and _EXCLUDED_ZH_HINT_RE.search(statement.zh):
        folded = fold_text(statement.zh)
        spans += _EXCLUDED_ZH_RE.findall(folded)
        rest.append(_EXCLUDED_ZH_RE.sub(" ", folded))
    if not spans:
        plain[position] = 1
        return _NOTHING_EXCLUDED
    # A word the claim also says outside what it sets aside still counts: "study *abroad*
    # other than outbound exchange" counts study abroad, though "outbound" means abroad too.
    found = memo[position] = _names_of(spans) - _names_of(rest)
    return found


def _names_of(texts: list[str]) -> frozenset[str]:
    """The terms of the texts and the concepts they name."""
    return frozenset(name for text in texts for term in tokens(fold_text(text))
                     for name in (term, concept(term)) if name)


_NOTHING_EXCLUDED: frozenset[str] = frozenset()
_SETTING_ASIDE = r"\b(?:other than|apart from|besides|excluding|except)\b"
_EXCLUDED_EN_RE = lazy(_SETTING_ASIDE + r"(?: for)? ([^,.;()]+)")
_EXCLUSION_ASKED_RE = lazy(r"(?i)" + _SETTING_ASIDE + r"|除|以外|之外")
_EXCLUDED_ZH_HINT_RE = lazy(r"以外|之外")
# 交流以外的其他計劃 sets exchange aside; 香港以外 alone is "outside Hong Kong", a place.
_EXCLUDED_ZH_RE = lazy(r"([\u4e00-\u9fff]{2})(?:以外|之外)的?其[他它]")


def _only_a_name_asked(query: Query) -> bool:
    """"向斌係咩人", "Who is Gao Yang?": a question of a name and question words only."""
    return not query.entities and len(query.terms) <= 3 \
        and all(has_cjk(term) or term.isalpha() for term in query.terms)


def _negated_only(index: Index, query: Query, position: int) -> bool:
    """Whether a pair the question uses stands in the claim only after 非 (not), which the
    question does not put before it."""
    key = ("folded zh statement", position)
    text = index.derived.get(key)
    if text is None:
        text = index.derived[key] = fold_text(index.kb.claims[position].statement.zh)
    for pair, _ in query.cjk_units:
        negated = "非" + pair
        if negated in text and negated not in query.folded and pair in query.folded \
                and pair not in text.replace(negated, ""):
            return True
    return False


def _moved_levels(index: Index, query: Query,
                  positions: list[int]) -> frozenset[tuple[str, str]]:
    """The levels whose change some candidate gives, when a move is asked in so many words."""
    if "~increase" not in query.all_terms and not _MOVE_ASKED_RE.search(query.folded):
        return frozenset()
    claims = index.kb.claims
    return frozenset((claims[position].entity, _CHANGE_METRIC_RE.sub("", claims[position].metric))
                     for position in positions if _is_change_metric(claims[position].metric))


def _figure_described(index: Index, query: Query, positions: list[int]) -> bool:
    """Whether the question types a figure to say which thing it means and asks what, not
    what the figure is, and some candidate whose value is no figure states it in its text
    (預留的三十億元希望實現甚麼: the reserve's purpose says 三十億元 too)."""
    if not query.numbers or query.intent not in {"what", "purpose"} or query.yes_no \
            or query.checking or _FIGURE_EXPLAINED_RE.search(query.folded):
        return False
    typed = [number for number, _ in query.numbers]
    return any(not index.kb.claims[position].is_numeric
               and any(values_equal(number, seen) for number in typed
                       for seen in index.numbers_in(position))
               for position in positions)


def _predicate(query: Query) -> str | None:
    """The participle a yes/no question asks about ("Has the government *approved* it?",
    "Was it *completed*?"), as the question's term for it."""
    found = _PREDICATE_RE.match(query.folded)
    if found is None:
        return None
    term = concept(stem(found.group(1))) or stem(found.group(1))
    return term if term in query.terms else None


def _predicate_zh(query: Query) -> str | None:
    """The deed a Chinese question asks whether it has come to pass (政府批咗未), as the
    question's term for it."""
    if not has_cjk(query.folded):
        return None
    found = (_PREDICATE_ZH_CHECKED_RE if query.yes_no else _PREDICATE_ZH_RE).search(query.folded)
    if found is None:
        return None
    deed = found.group(1)
    terms = set(query.terms)
    return next((term for term in (deed, deed[-2:], concept(deed)) if term in terms), None)


def _titles_of_named(index: Index, query: Query, positions: list[int]) -> set[str]:
    """The titles of people the question names ("隨吳岩副部長訪問…的司長是誰": 副部長 is Wu
    Yan's, not the office asked about)."""
    titles: set[str] = set()
    for position in positions:
        claim = index.kb.claims[position]
        if isinstance(claim.value, str) and _ROLE_RE.search(claim.metric) \
                and _value_given(index, query, position):
            titles.update(term for form in index.metric_terms.get(claim.metric, [])
                          for term in form if term in _TITLES)
    return titles


def _bodies_holders(index: Index, query: Query, positions: list[int]) -> frozenset[str]:
    """The folded names of the role holders of the bodies the question names (not a
    university or an event, whose people a list of an occasion's guests is about)."""
    entities = index.kb.entities
    named = {entity for entity in query.entities
             if entities[entity].kind not in _HOSTING_KINDS}
    return frozenset(_folded_value(index, position) for position in positions
                     if (claim := index.kb.claims[position]).entity in named
                     and isinstance(claim.value, str) and _ROLE_RE.search(claim.metric))


def _holders_named(index: Index, query: Query, positions: list[int]) -> set[int]:
    """The candidates whose value is a name the question uses (于宏宇 in 于宏宇係咩身份)."""
    named = set()
    for position in positions:
        value = index.kb.claims[position].value
        if isinstance(value, str) and len(value) > 1 and not value.isdigit():
            folded = _folded_value(index, position)
            if (len(folded) > (1 if has_cjk(folded) else 4) and folded in query.folded) \
                    or (has_cjk(folded) and not has_cjk(query.folded)
                        and _value_given(index, query, position)):
                named.add(position)
    return named


# How far off a count put to be checked may be and still be a miscount of a list's names
# (nine cities for eleven; not fifty representatives for five kinds of them).
_MISCOUNT_SPAN = 2


def mismatch(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
             holders: dict[str, set[int]], value: float, intent: float, metric: float) -> float:
    """How much to scale a claim down for answering another question than the one asked
    (1.0 when it answers this one)."""
    return (_kind_factor(query, asked, claim, value, intent, metric)
            * _figure_factor(index, query, asked, position, claim, value)
            * _other_part_factor(index, query, asked, position, claim, holders)
            * _already_said_factor(index, query, asked, position, claim, holders, value,
                                   metric)
            * _subject_factor(index, query, asked, position, claim, holders)
            * _count_factor(index, query, asked, position, claim, holders)
            * _office_factor(index, query, asked, claim)
            * _event_factor(index, query, asked, position, claim, holders))


def _figure_factor(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
                   value: float) -> float:
    """Whether the claim states the figures, the place in a table and the phase asked of,
    and is no figure the question takes as given to ask for a part of it."""
    factor = 1.0
    # A list is checked by how many it names ("links nine cities, right?"), when the count
    # put is one it might have miscounted (not "50 representatives" against five kinds).
    corrects = query.checking and (claim.is_numeric or (
        isinstance(claim.value, tuple) and all(
            number <= _MISCOUNT_SPAN * len(claim.value) + _MISCOUNT_SPAN
            for number, _ in query.numbers + query.ordinals)))
    if (query.numbers and not value and not _states_numbers(index, position, query.numbers)
            and not corrects) \
            or (query.ordinals and not _states_numbers(index, position, query.ordinals)
                and not corrects and not _its_own_edition(index, [claim.entity, *query.entities],
                                                             query.ordinals)) \
            or (asked.first_edition and not _FIRST_STATED_RE.search(
                claim.statement.en + claim.statement.zh)):
        # "the 47th exhibition", 第三屆, "top 100": a figure the question names that the
        # claim nowhere states means the claim is about something else — unless the question
        # checks a figure ("Is it true HKUST has 20 unicorns?"): the claim's own corrects it.
        factor *= _NUMBER_MISMATCH_PENALTY
    if asked.band and claim.unit == "rank" and claim.qualifier is not Qualifier.AT_MOST:
        # "Among the world's top how many": the band (top 30), not a place in one year's table.
        factor *= _NUMBER_MISMATCH_PENALTY
    if asked.top_place and not query.checking and claim.unit == "rank" and claim.value != 1:
        # "Which university ranked first in the Young University Rankings": not HKUST, 3rd.
        factor *= _NUMBER_MISMATCH_PENALTY
    if not asked.change_asked and not value and claim.is_numeric \
            and _is_change_metric(claim.metric):
        # "What is the campus's total floor area": the increase since 2014-15 is not it
        # (unless the figure is typed: "What is the 105,635 m² about?").
        factor *= _CHANGE_UNASKED_SHARE
    if (claim.entity, claim.metric) in asked.moved_levels and not value:
        # "Did scholarship spending go up, and by how much": the candidates give the rise
        # beside the sum; the sum is not what moved.
        factor *= _LEVEL_FOR_CHANGE_SHARE
    if asked.phases:
        claimed = _statements_read(index, position, phases_named)
        if claimed and not claimed & asked.phases:
            # "the floor area of phase two": the claim gives phase one's.
            factor *= _OTHER_PHASE_SHARE
    if (value or (query.intent == "which" and query.numbers and claim.is_numeric
                  and _states_numbers(index, position, query.numbers))) \
            and (query.intent == "count"
                 or (query.intent == "which" and (unit_kind(claim.unit) in {"count", "rank"}
                                                  or query.all_terms & LISTED_KINDS))
                 or (asked.names_asked and unit_kind(claim.unit) == "count")):
        # "How many of PolyU's 416 agreements …", "19支队伍分别叫什么", "which start-ups
        # made up the 11 IPOs": the question takes this figure as given and asks for a part
        # of it, or for its members, which the count does not hold.
        # A measure is no such whole: "which lab has 500,000 m² of floor space" is answered
        # by the claim that states it.
        factor *= _GIVEN_FIGURE_PENALTY
    return factor


def _other_part_factor(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
                       holders: dict[str, set[int]]) -> float:
    """Whether the claim counts the part asked of, not the rest or the opposite, and says the
    place, the first or the only that is put to be checked."""
    factor = 1.0
    excluded = _excluded_terms(index, position, asked.chinese) if asked.excluded_counts else None
    if excluded and any(position in holders.get(term, ()) for term in
                        excluded.intersection(query.terms)):
        # "How many students went on exchange": not the claim counting those who did
        # something other than exchange (unless the question too sets exchange apart).
        factor *= _EXCLUDED_TERM_SHARE
    if position in asked.opposed:
        # "How many inbound exchange students": not the count of those who went abroad.
        factor *= _OPPOSITE_SHARE
    if query.place_checked and not PLACE_METRIC_RE.search(claim.metric) \
            and not any(position in holders.get(term, ()) for term in query.place_checked):
        # "The branch campus will be in Dongguan, right?": a claim that names no place for it
        # neither confirms nor corrects the place.
        factor *= _PLACE_UNSAID_SHARE
    if query.member_checked or query.member_entities:
        factor *= member_list_factor(index, query, position, claim, holders)
    if asked.first_of_kind and claim.unit != "rank" \
            and not _statements_read(index, position, _states_first_of_kind):
        # "Was HKUST the first in the world to lead a lunar robot project?": that it led one
        # does not say it was first.
        factor *= _DISTINCTION_UNSAID_SHARE
    if asked.world_first and _statements_read(index, position, _states_first_of_kind) \
            and not _statements_read(index, position, _states_world):
        # "the first university in the world to lead a lunar robot project": the first in
        # Hong Kong to lead deep-space work is not that.
        factor *= _DISTINCTION_UNSAID_SHARE
    if asked.only_one and not _statements_read(index, position, _states_only_one):
        # "Is HKUST the only Hong Kong university in Clarivate's top 50?": its place on the
        # list does not say that no other got there.
        factor *= _DISTINCTION_UNSAID_SHARE
    if asked.chinese and "非" in claim.statement.zh and _negated_only(index, query, position):
        # 本地生: the claim about 非本地生 (non-local students) is about the others.
        factor *= _OTHER_COUNT_PENALTY
    return factor


def _already_said_factor(index: Index, query: Query, asked: Asked, position: int,
                         claim: Claim, holders: dict[str, set[int]], value: float,
                         metric: float) -> float:
    """Whether the claim's answer is only what the question itself says (a place, a person,
    a figure or the bodies it names), which tells nothing asked; or, of two alternatives the
    question offers, names neither."""
    factor = 1.0
    if query.offered and not any(position in holders.get(term, ()) for term in query.offered):
        # 係上晝定下晝: a claim naming neither of the two offered does not choose between them.
        factor *= _NEITHER_OFFERED_SHARE
    if query.intent in {"where", "which", "what", "purpose"} and not query.yes_no \
            and not (query.checking and query.intent == "where") and not query.offered \
            and isinstance(claim.value, str) \
            and PLACE_METRIC_RE.search(claim.metric) and _value_given(index, query, position):
        # "Which city in Anhui hosts the lab", "在北京舉辦的第一屆培訓班主題是甚麼": a claim
        # whose answer is the place the question names tells nothing it does not already say
        # (a place put to be checked is no such answer).
        factor *= _VALUE_GIVEN_SHARE
    if query.intent == "where" and not query.yes_no and isinstance(claim.value, str) \
            and not PLACE_METRIC_RE.search(claim.metric) \
            and _places_all_named(index, query, position):
        # "In which city will PolyU's Greater Bay Area campus be built": that it will be in
        # the Greater Bay Area is where the question already puts it.
        factor *= _VALUE_GIVEN_SHARE
    if value and claim.is_numeric and asked.figure_described:
        # "政府預留三十億元加強基礎研究，希望實現甚麼能力": the sum typed says which reserve,
        # and another claim tells what it is for; the one that states the sum tells nothing
        # asked (not so "三千萬港元是指甚麼", "What's the 137 about?").
        factor *= _VALUE_GIVEN_SHARE
    role_claim = isinstance(claim.value, str) and _ROLE_RE.search(claim.metric) is not None \
        and not asked.holders_named
    if role_claim and ((query.intent in {"who", "which"} and not metric
                        and not asked.office_asked) or asked.what_asked) \
            and _value_given(index, query, position):
        # "雷海潮在北京會見了港科大哪些人", "懷進鵬和科大代表團談了甚麼": he is named to say
        # which meeting; the claim that he is the minister tells nothing asked (unless the
        # question names his post, "蘇慧是哪個學系的講座教授", asks what he is, or which
        # body he serves: "What ministry is Huai Jinpeng minister of?").
        factor *= _VALUE_GIVEN_SHARE
    elif role_claim and asked.post_names_holder and metric >= 1.0 \
            and _OFFICE_RE.search(claim.metric):
        # "What did the Minister of Education and HKUST talk about": the post names the
        # holder to say which meeting; who holds it is not asked (as it is by "What is the
        # Minister of Education called?", or by "What is the Minister of Education?").
        factor *= _VALUE_GIVEN_SHARE
    if query.intent == "which" and isinstance(claim.value, tuple) and "~member" in query.terms \
            and any(entity != claim.entity and entity in _bodies_listed(index, position)
                    for entity in query.entities):
        # "Which universities are the members of AUA": a list that holds AUA itself among
        # HKUST's alliances lists no member of it.
        factor *= _VALUE_GIVEN_SHARE
    if asked.bodies_given and isinstance(claim.value, tuple) \
            and _bodies_listed(index, position) <= asked.bodies_given:
        # "理大同鵬城實驗室合作做啲咩": the list of the partners names only bodies the
        # question names itself; it tells nothing asked.
        factor *= _VALUE_GIVEN_SHARE
    return factor


def _subject_factor(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
                    holders: dict[str, set[int]]) -> float:
    """Whether the claim is about the kind of thing asked: a firm, a faculty, a world table."""
    factor = 1.0
    if query.intent in {"which", "who"} and not isinstance(claim.value, tuple) and any(
            position not in holders.get(term, ()) for term in query.focus & KIND_WORDS):
        # "Which architecture firm designed it": a claim that names no firm (nor lists any
        # names) tells what was designed, not by whom.
        factor *= _OTHER_KIND_PENALTY
    if asked.kind_unknown:
        # "Which architect designed it": a kind of answer no claim ever names (architect) is
        # one the file does not hold.
        factor *= _OTHER_KIND_PENALTY
    if asked.focus_held and not any(position in holders[term] for term in asked.focus_held):
        # "What field does the joint lab work on": the claim naming its partners says who,
        # where the one that says its field says what.
        factor *= _FOCUS_MISSING_SHARE
    if asked.predicate and position not in holders.get(asked.predicate, ()):
        # "Has the government approved the sandbox": the claim that it was proposed does not
        # say whether it was approved.
        factor *= _MISSING_DEED_SHARE if asked.predicate_zh else _MISSING_PREDICATE_SHARE
    if asked.holders_named and position not in asked.holders_named:
        # "于宏宇係咩身份": the claim whose holder he is, not one that only mentions him.
        factor *= _NOT_THE_HOLDER_SHARE
    if asked.kind_valued and position not in asked.kind_valued:
        factor *= _KIND_NOT_VALUED_SHARE
    if not asked.several and not query.listed and isinstance(claim.value, tuple) \
            and (asked.one_asked or asked.one_more):
        # "Which UNESCO official spoke": one person's own claim, before the list of all
        # the speakers that names them.
        factor *= _ONE_FOR_SEVERAL_SHARE
    if not asked.several and isinstance(claim.value, tuple) \
            and claim.entity not in query.entities and asked.bodies_holders \
            and len(asked.bodies_holders.intersection(_folded_items(index, position))) == 1 \
            and not any(holder in _folded_entity_name(index, claim.entity)
                        for holder in asked.bodies_holders):
        # "Who spoke for the Egyptian Space Agency at the opening": the agency's head, whose
        # own claim says he spoke, before the list of all the speakers that names him (not
        # so a list naming two of the body's people, the institute's two tutors, nor the
        # list of a meeting named after one of them, "雷海潮會見科大代表團": the body is a
        # party to it, and the question asks who met them).
        factor *= _ONE_FOR_SEVERAL_SHARE
    if asked.several and isinstance(claim.value, str):
        # "哪幾位教授擔任導師": the claim listing the tutors, before one naming one of them.
        factor *= _ONE_NAMED_FOR_SEVERAL_SHARE
    if claim.metric in asked.named_universities_metrics and claim.entity not in query.entities \
            and index.kb.entities[claim.entity].kind == "university":
        # "Has Sun Yat-sen University joined any joint initiative with PolyU": Shenzhen
        # University's joint initiatives are a sibling of the one asked about.
        factor *= _OTHER_TITLE_PENALTY
    if asked.faculties and not all(position in held for held in asked.faculties):
        # "科大醫學院幾時收第一批學生", "HKUST's medical school": the first intake of
        # HKUST(GZ) is not its medical school's.
        factor *= _OTHER_TITLE_PENALTY
    if query.intent == "rank" and claim.unit == "rank" \
            and not any(region in claim.metric for region in asked.regions_named) \
            and _narrower_metric(index, query, claim):
        # "泰晤士2024年世界大學排名": the world table, not the young universities' one, whose
        # name holds a word the question does not use.
        factor *= _NARROWER_TABLE_SHARE
    if (query.intent == "rank" or (query.checking and query.numbers)) and claim.unit == "rank" \
            and asked.regions_named \
            and not any(region in claim.metric for region in asked.regions_named):
        # "位列全港第幾", "within Hong Kong": the place in the region named, not in the world.
        factor *= _OTHER_REGION_SHARE
    if asked.scope_asked and claim.unit == "rank" \
            and _rank_scope(index, position) not in {None, asked.scope_asked}:
        # "What was HKUST's employability rank in Asia?": 29th in the world is not it, and no
        # claim may give it.
        factor *= _OTHER_SCOPE_SHARE
    if asked.publishers and claim.unit == "rank" and not any(
            claim.metric.startswith(f"rank_{publisher}_") for publisher in asked.publishers) \
            and claim.metric.startswith(_PUBLISHED_RANKS):
        # "its THE subject ranking for computer science": not its place in QS's table.
        factor *= _OTHER_TABLE_PENALTY
    if asked.subject_unheld and claim.unit == "rank" \
            and _ALL_SUBJECT_STEMS.intersection(_metric_words_of(index, claim.metric)):
        # "科大商科喺香港排第幾": the file holds no business table; its engineering one is no
        # answer (a table of no subject may be the one meant: 工商管理碩士, the EMBA's).
        factor *= _OTHER_TABLE_PENALTY
    if asked.tables_named and claim.unit == "rank" and any(
            term not in _metric_words_of(index, claim.metric)
            and position not in holders.get(term, ()) for term in asked.tables_named):
        # "its THE Impact ranking in 2024": not its place in the world table, whose names say
        # nothing of impact.
        factor *= _OTHER_TABLE_PENALTY
    if claim.unit == "rank" and _REGIONAL_TABLE_RE.search(claim.metric) \
            and not asked.region_named:
        # "科大 QS 排名": a ranking named with no region is the world table; "its world rank
        # for computer science" asks for it in so many words, and a place in Asia is none.
        factor *= _OTHER_TABLE_PENALTY if asked.world_place else _REGIONAL_TABLE_SHARE
    if query.intent == "purpose" and _WORK_RE.search(claim.metric) \
            and _AIM_ASKED_RE.search(query.folded):
        # "理大和鵬城實驗室合作是為了甚麼": why they work together, not what they work on.
        factor *= _WORK_FOR_AIM_SHARE
    return factor


def _kind_factor(query: Query, asked: Asked, claim: Claim, value: float, intent: float,
                 metric: float) -> float:
    if query.intent == "count" and claim.is_numeric:
        return 0.85 + 0.15 * min(1.0, metric / 0.5)
    if query.intent == "purpose" and claim.is_numeric and (asked.why or not value):
        # "Why did the funding jump 31.2%?": the figure says how much, never why.
        return _OTHER_COUNT_PENALTY if asked.why else _NO_COUNT_PENALTY
    if (asked.why or asked.aim) and query.intent != "who" \
            and not _PURPOSE_RE.search(claim.metric) \
            and (_ROLE_RE.search(claim.metric) or PLACE_METRIC_RE.search(claim.metric)
                 or _DATE_RE.search(claim.metric)):
        # "Why did the organisers pick Hong Kong?", "What's the point of the centre in
        # Xuhui?": who organised it, where or when it was held, says no reason or aim.
        return _NO_REASON_SHARE
    if query.intent == "when" and claim.is_numeric and claim.unit != "date" and not value:
        # "What year was HKUST founded": how many years it has run is no date.
        return _NO_COUNT_PENALTY
    if query.intent == "when" and claim.unit != "date" and intent < _WHEN_FIT and not value \
            and claim.period is None and (not claim.as_of or len(claim.as_of) == _DAY_LENGTH):
        # "When did Harry Shum first become chairman": that he chaired it on a day says no
        # date of his own; a thing dated by its year or its years (led in 2024, 2023-24) does.
        return _NO_COUNT_PENALTY
    if query.intent == "count" and not intent and not value:
        # "How many …", "how much did it cost": a name, a date or a description does not
        # say how many, however well its words match.
        return _NO_COUNT_PENALTY
    if ((query.intent == "which" and asked.several) or asked.names_asked) \
            and claim.is_numeric and not value and unit_kind(claim.unit) == "count":
        # "Name the unicorns", "which universities are members": how many names none.
        return _NO_COUNT_PENALTY
    return 1.0


def _count_factor(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
                  holders: dict[str, set[int]]) -> float:
    factor = 1.0
    if asked.per_head and not _statements_read(index, position, _states_per_head):
        # "electricity use per person": the campus's total is no one's share of it.
        factor *= _TOTAL_FOR_EACH_SHARE
    if asked.measures and claim.is_numeric and unit_kind(claim.unit) not in asked.measures \
            and not any(position in holders[term] for term in query.terms
                        if term in _MEASURE_KINDS) \
            and not (asked.change_asked and unit_kind(claim.unit) == "percent"):
        # "How much will it cost" is not answered by its floor area. (How much the spending
        # grew is, as a share of the year before.)
        factor *= _OTHER_COUNT_PENALTY
    if asked.cost_asked and not claim.is_numeric and claim.unit != "date" \
            and not _statements_read(index, position, _states_money):
        # "What's the estimated construction cost of the centre": a claim about its
        # construction that states no sum says nothing of the cost.
        factor *= _OTHER_COUNT_PENALTY
    if asked.sum_asked and not asked.many and claim.is_numeric \
            and unit_kind(claim.unit) == "count":
        # "How much research funding did HKUST(GZ) receive": not how many funded projects
        # it has, though that claim holds the word.
        factor *= _COUNT_FOR_SUM_SHARE
    if query.intent == "count" and claim.is_numeric and asked.members \
            and any(position not in holders[term] for entity, names in asked.members.items()
                    for term in names if entity == claim.entity or not has_cjk(term)):
        # "How many trainees came from Egypt": Egypt is one of the course's listed
        # countries; the count of all trainees does not say how many came from there.
        # An English name listed for another body (Zhaoqing, a Bay Area city) also names
        # what the count is not about; Chinese pairs are too loose to say so.
        factor *= _OTHER_COUNT_PENALTY
    if asked.many and claim.is_numeric and unit_kind(claim.unit) in {"money", "percent"} \
            and unit_kind(claim.unit) not in asked.measures:
        # "How many students got aid" counts people, not dollars ("how much" would),
        # nor the percentage by which they grew.
        factor *= _OTHER_COUNT_PENALTY
    elif asked.many and claim.is_numeric and unit_kind(claim.unit) in _PHYSICAL_KINDS \
            and _PARTS_COUNTED_RE.search(query.folded):
        # "How many floors will the centre have": its floor area counts no floors.
        factor *= _OTHER_COUNT_PENALTY
    if query.intent == "count" and claim.is_numeric and asked.counted \
            and not asked.counted & index.count_terms(claim) \
            and unit_kind(claim.unit) not in asked.measures:
        # "How many students …" is not answered by a count of partner institutions; "how much
        # money" by a sum of money, whatever it was spent on, not by a count of projects.
        factor *= _OTHER_COUNT_PENALTY
    if asked.part_of and claim.is_numeric and any(
            position not in holders[term] for term in query.terms
            if term not in query.general and term not in query.optional
            and not (has_cjk(term) and (any(char in _PART_MARKS for char in term)
                                        or straddles(index, query.folded, term)))):
        # "How many of HKUST's unicorns are biotech": the count of all unicorns holds every
        # word but the part asked about, and does not say how many are that part.
        factor *= _OTHER_COUNT_PENALTY
    if query.intent == "count" and claim.is_numeric and asked.many and any(
            term in query.terms and term not in query.general and position not in holders[term]
            # a word the file never uses counts when it is a word ("gold"), not a slip
            and (term not in query.unknown_terms or term in english_words() or has_cjk(term))
            for term in query.focus) and any(
            position in holders.get(term, ()) for term in query.focus):
        # "How many *gold* medals": a count of all the awards holds "medals" but does not say
        # how many were gold.
        factor *= _OTHER_COUNT_PENALTY
    if query.intent == "count" and claim.is_numeric and asked.whole_asked \
            and _narrower_metric(index, query, claim):
        # "How many students does HKUST have in total": not its outbound exchange students.
        factor *= _GIVEN_FIGURE_PENALTY
    if query.listed and isinstance(claim.value, tuple) and len(claim.value) < query.listed:
        # "Which eight universities …" is not answered by a list of three (one of which may
        # be "eight other local universities", naming none),
        factor *= _GIVEN_FIGURE_PENALTY
    elif query.listed and claim.is_numeric and claim.value == query.listed:
        # nor by the count of eight, which names none of them.
        factor *= _GIVEN_FIGURE_PENALTY
    return factor


def _metric_words_of(index: Index, metric: str) -> frozenset[str]:
    """Every term of every name of a metric (once a process)."""
    key = ("metric words", metric)
    found = index.derived.get(key)
    if found is None:
        found = index.derived[key] = frozenset(
            term for form in index.metric_terms.get(metric, ()) for term in form)
    return found


def _tables_named(index: Index, query: Query) -> frozenset[str]:
    """The words that tell one ranking table from another, where the question names the table
    ("HKUST, a research university, in the QS world ranking" names no research table)."""
    phrases = " ".join(part for found in _TABLE_PHRASE_RE.finditer(query.folded)
                       for part in found.groups() if part)
    named = {concept(term) or term for term in tokens(phrases)}
    # 科大計算機科學排第幾, 工程學科: a subject named in Chinese is the English table words the
    # rank metrics are named by (only the subject: the tables' Chinese names vary).
    named |= _subjects_named(query)
    return _table_words(index).intersection(named - query.optional)


def _subjects_named(query: Query) -> set[str]:
    """The stems that tell the academic subjects a question names from one another, in either
    language ("computer" of 計算機科學 and of "computer science")."""
    if has_cjk(query.folded):
        named = [subject for words, subject in _SUBJECTS_ZH.items() if words in query.folded]
    else:
        named = [found.group() for found in _SUBJECT_EN_RE.finditer(query.folded)]
    return {_SUBJECT_STEMS[subject] for subject in named}


# Subjects as Chinese questions name them (folded), as English ones do (not "education",
# which Times Higher Education's name holds, nor "arts" or "social"), and the stems of the rank
# metrics' names that tell each apart.
_SUBJECTS_ZH = {"计算机": "computer science", "电脑科学": "computer science",
                "数据科学": "data science", "人工智能": "ai", "工程": "engineering",
                "商科": "business", "商学": "business", "工商管理": "business",
                "经济": "economics", "医学": "medicine", "法律": "law", "法学": "law",
                "化学": "chemistry", "物理": "physics", "数学": "mathematics",
                "生命科学": "life sciences", "社会科学": "social sciences",
                "人文": "arts and humanities", "心理": "psychology", "建筑": "architecture"}
_SUBJECT_EN_RE = lazy(r"\b(?:computer science|engineering|business|economics|medicine|law"
                      r"|chemistry|physics|mathematics|maths|psychology|architecture)\b")
_SUBJECT_STEMS = {"computer science": "computer", "data science": "data", "ai": "ai",
                  "engineering": "engineer", "business": "business", "economics": "economic",
                  "medicine": "medicin", "law": "law", "chemistry": "chemistry",
                  "physics": "physic", "mathematics": "mathematic", "maths": "mathematic",
                  "life sciences": "life", "social sciences": "social",
                  "arts and humanities": "humanity", "psychology": "psychology",
                  "architecture": "architectur"}
_ALL_SUBJECT_STEMS = frozenset(_SUBJECT_STEMS.values())


def _table_words(index: Index) -> frozenset[str]:
    """The English words that tell one ranking table from another (impact, young, computer
    science): those in the names of some rank metrics but not of most, nor a region's.
    (Chinese names of a table vary too much to be read so: 世界大學學科排名 is QS's subject
    table, whose Chinese name in the claims says neither 世界 nor 大學.)"""
    key = ("table words",)
    found = index.derived.get(key)
    if found is None:
        tables = [_metric_words_of(index, metric) for metric in index.metric_terms
                  if metric.startswith("rank_")]
        counts = Counter(term for words in tables for term in words)
        found = index.derived[key] = frozenset(
            term for term, count in counts.items()
            if count <= len(tables) // 2 and term.isascii() and not term.startswith("~")
            and term not in _REGION_TERMS and term not in _METRIC_REGIONS
            and term not in _ANY_TABLE_WORDS)
    return found


def _student_body_asked(query: Query, many: bool) -> bool:
    """Whether "how many" asks for students and names nothing else ("How many students does
    HKUST have?", 理大有幾多個學生): the whole student body, which no count of students who
    went on exchange or received aid gives. (Students only: read of alumni and staff too, it
    declined "首個科大獨角獸日有幾多個校友去", where the event is named by words, not as a body.)"""
    return many and set(query.terms) - query.optional == {"~student"}


def _scope_asked(folded: str) -> str | None:
    """The one scope a place is asked in, in so many words ("in Asia", 在亞洲排第幾); none
    when several are listed ("in Hong Kong, Greater China and Asia")."""
    if _SCOPES_LISTED_RE.search(folded):
        return None
    found = {_SCOPE_WORDS[word] for match in _SCOPE_ASKED_EN_RE.finditer(folded)
             for word in match.groups() if word}
    if has_cjk(folded):
        found |= {_SCOPE_WORDS[word] for match in _SCOPE_ASKED_ZH_RE.finditer(folded)
                  for word in match.groups() if word}
    return found.pop() if len(found) == 1 else None


def _rank_scope(index: Index, position: int) -> str | None:
    """The scope a rank claim's place is in: named by its metric (rank_the_engineering_asia),
    else stated as its only scope ("17th in the world"); None when it says none or several."""
    metric = index.kb.claims[position].metric
    # (greater_china before china: rank_employability_greater_china ends with _china too.)
    for scope in ("greater_china", "hong_kong", "asia", "china", "world"):
        if metric.endswith(f"_{scope}"):
            return scope
    stated = _statements_read(index, position, _scopes_stated)
    return next(iter(stated)) if len(stated) == 1 else None


def _scopes_stated(text: str) -> frozenset[str]:
    """The scopes a statement places something in ("in the world", "in Hong Kong")."""
    lowered = text.lower()
    return frozenset(scope for scope, stated in _SCOPE_STATED if stated.search(lowered))


def _narrower_metric(index: Index, query: Query, claim: Claim) -> bool:
    """Whether every name of the claim's metric, in the question's language, qualifies what
    it measures with a word the question does not use (*outbound exchange* students, the
    *young* universities' table)."""
    chinese = has_cjk(query.folded)
    forms = [form for form in index.metric_terms.get(claim.metric, [])
             if any(has_cjk(term) for term in form) == chinese]
    if chinese:
        # Character pairs straddle words (教育|世界 makes 育世): characters are compared.
        typed = set(query.folded)
        return bool(forms) and all(
            any(char not in typed for term in form if not term.startswith("~") for char in term)
            for form in forms)
    asked = query.all_terms | {term for term, _ in query.cjk_units}
    # A word the question says otherwise ('partnerships' for a partner) qualifies nothing.
    return bool(forms) and all(
        any(term not in asked and not term.startswith("~") and concept(term) not in asked
            for term in form) for form in forms)


def _kind_of(index: Index, entity_id: str) -> str | None:
    entity = index.kb.entities.get(entity_id)
    return entity.kind if entity is not None else None


def _office_factor(index: Index, query: Query, asked: Asked, claim: Claim) -> float:
    factor = 1.0
    if asked.offices and claim.entity in asked.unnamed_parts \
            and _kind_of(index, claim.entity) in {_kind_of(index, e) for e in query.entities}:
        # "Who is HKUST's vice-president for administration": HKUST(GZ), a university the
        # question does not name, has one; HKUST's own is another office.
        factor *= _OTHER_TITLE_PENALTY
    if asked.succession and not _SUCCESSION_STATED_RE.search(
            claim.statement.en + claim.statement.zh):
        # "Who was HKUST's president before Nancy Ip": a claim naming today's president
        # says nothing of who came before.
        factor *= _GIVEN_FIGURE_PENALTY
    if asked.offices and isinstance(claim.value, tuple) and _BODIES_RE.search(claim.metric):
        # "Who is the director of X" is not answered by a list of bodies that names X.
        factor *= _OTHER_TITLE_PENALTY
    forms = index.metric_terms.get(claim.metric, [])
    if asked.titles and not any(title in form for form in forms for title in asked.titles) \
            and not (asked.titled_by_deed and _states_host(index, claim)
                     and _holds_title(index, claim.value, asked.titles)):
        # "Who is the president of HKU?" is not answered by who spoke at an event.
        factor *= _OTHER_TITLE_PENALTY
    elif asked.deputy_asked and not any(title in form for form in forms
                                        for title in _DEPUTY_TITLES):
        # "科大校董會副主席係邊個", "Who is the NHC's vice minister?": the head's claim holds
        # the title but is no deputy's. (An English "vice" may name someone else's office:
        # "Who joined the vice minister's visit?")
        factor *= _OTHER_TITLE_PENALTY
    return factor


def _states_host(index: Index, claim: Claim) -> bool:
    """Whether the claim says who hosted or led an event: its value one person, its metric
    the host's or the leader's."""
    return isinstance(claim.value, str) and _HOST_RE.search(claim.metric) is not None \
        and names_a_person(index, fold_text(claim.value))


def _holds_title(index: Index, person: object, titles: set[str]) -> bool:
    """Whether another claim gives the person one of the titles asked (懷進鵬, the Minister of
    Education): the deed's host is the office-holder asked, not a guest who holds it ("the
    president who led the delegation" is the guest's title). Read from the claims holding a
    title's word, not from every claim."""
    claims = index.kb.claims
    return any(claims[position].value == person
               and any(title in form
                       for form in index.metric_terms.get(claims[position].metric, []))
               for title in titles for position in index.postings.get(title, ()))


# "the minister who met …", "the director-general who spoke at …", 會見科大代表團的部長.
_TITLE_BY_DEED_RE = lazy(r"\bwho\s+(?:met|received|hosted|welcomed|greeted|led|headed"
                         r"|chaired|spoke|addressed)\b"
                         r"|(?:会见|接见|接待|会晤|率领|率团|致辞|主持)[^?？]{0,16}?(?:的|嘅)")
_HOST_RE = metric_words("host leader speaker")
# Posts by whose title a question may name the holder ("the Minister of Education"), a
# deputy's or a co-director's among them; not a professor or a speaker, one of many.
_OFFICE_RE = metric_words("""president chair chairman director minister secretary head leader
                           commissioner provost dean governor principal""")


def _event_factor(index: Index, query: Query, asked: Asked, position: int, claim: Claim,
                  holders: dict[str, set[int]]) -> float:
    factor = 1.0
    if asked.clock and not _TIME_OF_DAY_RE.search(claim.statement.en + claim.statement.zh):
        # "What time did the ceremony start": a date does not say the hour.
        factor *= _OTHER_EVENT_PENALTY
    if asked.day and claim.unit == "date" and len(str(claim.value)) < _FULL_DATE_LENGTH:
        # "习近平讲话的具体日期是哪天": a year (2021) does not say the day.
        factor *= _OTHER_EVENT_PENALTY
    elif asked.day and query.intent == "when" and claim.unit != "date" \
            and not _statements_read(index, position, _states_day):
        # "讲话是几月几号发表的": who gave the speech says no day either.
        factor *= _OTHER_EVENT_PENALTY
    if _LIFE_EVENTS.intersection(asked.events) and query.entities \
            and claim.entity not in query.entities and claim.entity in asked.unnamed_parts:
        # "科大幾時成立": a centre of HKUST was set up in 2024, HKUST was not; the date of
        # an event of a part the question does not name is not the named body's.
        factor *= _OTHER_EVENT_PENALTY
    if asked.events and not any(position in holders[term] for term in asked.events):
        # "When will it be completed?" is not answered by the day its land was reserved.
        factor *= _OTHER_EVENT_PENALTY
    return factor
