"""The person a question puts to be checked in a role: "国家卫健委主任是夏宝龙，对吗？",
"Is Hu Shaofeng the head of the Egyptian Space Agency?". The claim that says who holds the
role settles it, whoever the question names; the name is no word that claim must hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.lazyre import lazy
from factcli.normalize import fold_text
from factcli.people import names_a_person

if TYPE_CHECKING:
    from factcli.index import Index

# Put after 是/係 and closing the clause (folded text: 係 reads 系, punctuation a space):
# 主任是夏宝龙 对吗, 部长 是雷海潮吗, 院长是高扬教授吗, 主任系咪马晓伟.
_NAME_PUT_ZH_RE = lazy(r"(?:是不是|系咪|是|系)(?P<name>[\u4e00-\u9fff]{2,4}?)"
                       r"(?:教授|博士|先生|女士|本人)?(?:吗|嚟|呀|啊|嘛|呢|\s|$)")
# A romanised name after 是/係 in a Chinese question: "provost 係 Tim Cheng，啱唔啱".
# (Possessive runs of spaces: a long run must not be split every way before failing.)
_LATIN_NAME_PUT_ZH_RE = lazy(r"(?:是不是|係咪|系咪|是|係|系)\s*+"
                             r"(?P<name>[A-Z][a-z'’-]++(?:\s++[A-Z][a-z'’-]++){1,2})"
                             r"\s*+(?:[，,？?。]|嗎|吗|$)")
# "Is Hu Shaofeng the head of …", "Was it Guo Yike who …", "Is the head … Ma Xiaowei?".
_NAME_PUT_EN_RE = lazy(
    r"^(?i:is|was)\s++(?:(?i:it)\s++)?(?P<lead>[A-Z][a-z'’-]++(?:\s++[A-Z][a-z'’-]++){1,2})"
    r"\s++(?i:the|a|an|one|who|that|still|really|actually)\b"
    r"|\s(?P<end>[A-Z][a-z'’-]++\s++[A-Z][a-z'’-]++)"
    r"\s*+(?:,\s*+(?i:right|correct))?[?？]?\s*+$")


def name_put_to_check(index: Index, question: str, folded: str,
                      unknown: set[str]) -> str | None:
    """The name a yes/no question puts to be checked (folded), when it reads as a person's:
    one the claims name as a person, a Chinese one whose pairs no claim holds, or a romanised
    one with a word no claim holds. None when the question puts no one to be checked.
    (Whether the role's claim then answers is the matcher's to judge: a word no claim holds
    after 是 may be anything, 免費, 藍色.)"""
    found = None if folded.isascii() else _NAME_PUT_ZH_RE.search(folded)
    if found is not None:
        name = found["name"]
        if names_a_person(index, name) or not any(
                name[at:at + 2] in index.postings for at in range(len(name) - 1)):
            return name
    latin = (_LATIN_NAME_PUT_ZH_RE.search(question) if not folded.isascii()
             else _NAME_PUT_EN_RE.search(question))
    if latin is None:
        return None
    name = fold_text(next(group for group in latin.groups() if group))
    if names_a_person(index, name) or any(word in unknown for word in name.split()):
        return name
    return None
