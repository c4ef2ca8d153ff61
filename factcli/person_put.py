"""The person a question puts to be checked in a role: "国家卫健委主任是夏宝龙，对吗？",
"Is Hu Shaofeng the head of the Egyptian Space Agency?". The claim that says who holds the
role settles it, whoever the question names; the name is no word that claim must hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.lazyre import lazy
from factcli.normalize import GLUE_CHARS, compact, fold_text, has_cjk, stem

if TYPE_CHECKING:
    from factcli.index import Index

# A person's name is short: a Chinese one two to four characters, a romanised one two or three
# words. A longer value (a purpose, a list of aims) names no one.
_LONGEST_CJK_NAME = 4
_LONGEST_LATIN_NAME = 3
# The metrics whose lists hold people (the guests of an opening, a course's tutors).
_PEOPLE_LISTS = frozenset({"attendees", "speakers", "tutors", "host"})
# A person is named in a few claims; a "name" a great many hold is a word.
_MOST_HOLDERS = 50

# Put after 是/係 and closing the clause (folded text: 係 reads 系, punctuation a space):
# 主任是夏宝龙 对吗, 部长 是雷海潮吗, 院长是高扬教授吗, 主任系咪马晓伟.
_NAME_PUT_ZH_RE = lazy(r"(?:是不是|系咪|是|系)(?P<name>[\u4e00-\u9fff]{2,4}?)"
                       r"(?:教授|博士|先生|女士|本人)?(?:吗|嚟|呀|啊|嘛|呢|\s|$)")
# A romanised name after 是/係 in a Chinese question: "provost 係 Tim Cheng，啱唔啱".
_LATIN_NAME_PUT_ZH_RE = lazy(r"(?:是不是|係咪|系咪|是|係|系)\s*"
                             r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"
                             r"\s*(?:[，,？?。]|嗎|吗|$)")
# "Is Hu Shaofeng the head of …", "Was it Guo Yike who …", "Is the head … Ma Xiaowei?".
_NAME_PUT_EN_RE = lazy(
    r"^(?i:is|was)\s+(?:(?i:it)\s+)?(?P<lead>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"
    r"\s+(?i:the|a|an|one|who|that|still|really|actually)\b"
    r"|\s(?P<end>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)"
    r"\s*(?:,\s*(?i:right|correct))?\s*[?？]?\s*$")
# Characters no name holds: an ordinal, a time, a yes/no word.
_NOT_IN_A_NAME = frozenset("第年月日号时真假否唔不咪啲嘅个间所首全")


def names_a_person(index: Index, name: str) -> bool:
    """Whether some claim names the (folded) name as a person: as a role's holder or among
    an occasion's guests, or as the English form it gives its holder ("Nancy Ip"). Only the
    few claims holding the name's words are read: at 100,000 claims, reading every claim
    for its people would read them all."""
    key = ("names a person", name)
    found = index.derived.get(key)
    if found is None:
        holders = _claims_holding(index, name)
        found = index.derived[key] = len(holders) <= _MOST_HOLDERS and any(
            _names_as_person(index, position, name) for position in holders)
    return found


def _claims_holding(index: Index, name: str) -> set[int]:
    if has_cjk(name):
        from factcli.naming import claims_naming  # only for a name put to be checked

        return claims_naming(index, name)
    held = [index.postings.get(stem(word), ()) for word in name.split()]
    if not all(held):
        return set()
    holders = set(held[0])
    for more in held[1:]:
        holders.intersection_update(more)
    return holders


def _names_as_person(index: Index, position: int, name: str) -> bool:
    claim = index.kb.claims[position]
    if claim.topic != "people" and claim.metric not in _PEOPLE_LISTS:
        return False
    values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
    if any(isinstance(value, str) and _reads_as_name(value) and fold_text(value) == name
           for value in values):
        return True
    # The English forms a claim gives its holder ("Nancy Ip", "Harry Shum"), not a body's
    # name among them ("National Health Commission").
    return claim.topic == "people" and isinstance(claim.value, str) \
        and _reads_as_name(claim.value) and any(
            fold_text(keyword) == name and _reads_as_name(keyword)
            and compact(keyword) not in index.aliases for keyword in claim.keywords_en)


def _reads_as_name(value: str) -> bool:
    if has_cjk(value):
        return 2 <= len(value) <= _LONGEST_CJK_NAME
    words = value.split()
    return 2 <= len(words) <= _LONGEST_LATIN_NAME and all(word[0].isupper() for word in words)


def person_put(index: Index, question: str, folded: str, unknown: set[str]) -> str | None:
    """The name a yes/no question puts to be checked (folded), when it reads as a person's:
    one the claims name, or a Chinese one whose pairs no claim holds, or a romanised one with
    a word no claim holds. None when the question puts no one to be checked."""
    found = None if folded.isascii() else _NAME_PUT_ZH_RE.search(folded)
    if found is not None and not _NOT_IN_A_NAME.intersection(found["name"]) \
            and not GLUE_CHARS.intersection(found["name"]):
        name = found["name"]
        if names_a_person(index, name) or not any(
                name[at:at + 2] in index.postings for at in range(len(name) - 1)):
            return name
    latin = (_LATIN_NAME_PUT_ZH_RE.search(question) if not folded.isascii()
             else _NAME_PUT_EN_RE.search(question))
    if latin is None:
        return None
    name = next(group for group in latin.groups() if group)
    folded_name = fold_text(name)
    words = folded_name.split()
    if names_a_person(index, folded_name) or any(word in unknown for word in words):
        return folded_name
    from factcli.pinyin import name_in_claims  # only for a name put in pinyin

    spelt = name_in_claims(index, words)
    return folded_name if spelt is not None and names_a_person(index, fold_text(spelt)) \
        else None
