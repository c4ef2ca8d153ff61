"""The people the claims name, and the claims that name a person a question names: a person
is no entity, so a question naming one ("郭毅可向教育部代表團介紹了甚麼") is not drawn to the
claims about what he did by the bodies it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.normalize import compact, fold_text, has_cjk, stem

if TYPE_CHECKING:
    from factcli.index import Index

# A person's name is short: a Chinese one two to four characters, a romanised one two or three
# words. A longer value (a purpose, a list of aims) names no one.
_SHORTEST_CJK_NAME = 2
_LONGEST_CJK_NAME = 4
_LONGEST_LATIN_NAME = 3
# The metrics whose lists hold people (the guests of an opening, a course's tutors).
_PEOPLE_LISTS = frozenset({"attendees", "speakers", "tutors", "host"})
# A person is named in a few claims; a "name" a great many hold is a word.
_MOST_HOLDERS = 50
# Words of a title or a body among a holder's English keywords ("Minister Huai", "Fourth
# Bureau", "United Nations"): no part of a name.
_NOT_NAME_WORDS = frozenset({"minister", "vice", "director", "deputy", "dr", "prof", "professor",
                             "president", "chairman", "chair", "secretary", "commissioner",
                             "dean", "provost", "head", "chief", "vp", "r", "d", "council",
                             "bureau", "office", "fourth", "international", "cooperation",
                             "united", "nations", "education", "hkust", "gz", "guangzhou",
                             "university", "government", "department", "division", "centre",
                             "center", "agency", "mr", "ms"})


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
    """The claims holding every pair of a Chinese name, or every word of a romanised one."""
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
    """Whether the claim names the name as a person: its value, an item of its list of
    guests, or the English form it gives its holder."""
    claim = index.kb.claims[position]
    if claim.topic != "people" and claim.metric not in _PEOPLE_LISTS:
        return False
    values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
    if any(isinstance(value, str) and _reads_as_name(value) and fold_text(value) == name
           for value in values):
        return True
    return name in english_forms(index, position)


def english_forms(index: Index, position: int) -> tuple[str, ...]:
    """The folded English forms a claim gives the person who is its value ("wu yan" for
    吳岩, "nancy ip"), read once a process; none when its value is no person, and no title
    or body's name among its keywords ("Minister Huai", "National Health Commission")."""
    key = ("english forms", position)
    found = index.derived.get(key)
    if found is None:
        claim = index.kb.claims[position]
        forms: list[str] = []
        if claim.topic == "people" and isinstance(claim.value, str) \
                and _reads_as_name(claim.value):
            for keyword in claim.keywords_en:
                name = fold_text(keyword)
                if _reads_as_name(keyword) and not _NOT_NAME_WORDS.intersection(name.split()) \
                        and compact(keyword) not in index.aliases:
                    forms.append(name)
        found = index.derived[key] = tuple(forms)
    return found


def _reads_as_name(value: str) -> bool:
    """Whether a value is of a person's name's length and shape (capitalised, if romanised)."""
    if has_cjk(value):
        return _SHORTEST_CJK_NAME <= len(value) <= _LONGEST_CJK_NAME
    words = value.split()
    return 2 <= len(words) <= _LONGEST_LATIN_NAME and all(word[0].isupper() for word in words)


def claims_naming_people(index: Index, folded: str, terms: set[str]) -> set[int]:
    """The claims that name a person the (folded) question names, other than those whose value
    he is (the claim that he holds an office says who he is, not what he did). Only runs of
    the question's terms (words, character pairs) that are rare are read as names: a name's
    every word is rare, and the question's terms are looked up already."""
    found: set[int] = set()
    for name in _names_in(index, folded, terms):
        found |= {position for position in _claims_holding(index, name)
                  if not _holds_as_value(index, position, name)}
    return found


def _names_in(index: Index, folded: str, terms: set[str]) -> list[str]:
    """The runs of two or three rare words, or two to four characters whose every pair is
    rare, that some claim names as a person (each word and pair looked up once)."""
    names = []
    words = folded.split()
    rare_words = [word.isascii() and word.isalpha() and _rare(index, stem(word), terms)
                  for word in words]
    for start in range(len(words)):
        for size in range(2, _LONGEST_LATIN_NAME + 1):
            if start + size <= len(words) and all(rare_words[start:start + size]):
                name = " ".join(words[start:start + size])
                if names_a_person(index, name):
                    names.append(name)
    for run in words:
        if not has_cjk(run):
            continue
        rare_pairs = [_rare(index, run[at:at + 2], terms) for at in range(len(run) - 1)]
        for start in range(len(run) - 1):
            for size in range(_SHORTEST_CJK_NAME, _LONGEST_CJK_NAME + 1):
                window = run[start:start + size]
                if len(window) == size and all(rare_pairs[start:start + size - 1]) \
                        and names_a_person(index, window):
                    names.append(window)
    return names


def _rare(index: Index, term: str, terms: set[str]) -> bool:
    """Whether a question's term is held by a few claims only, as a name's words are."""
    if term not in terms:
        return False
    held = index.postings.get(term)
    return held is not None and len(held) <= _MOST_HOLDERS


def _holds_as_value(index: Index, position: int, name: str) -> bool:
    """Whether the name is the claim's value (the claim says who holds an office)."""
    claim = index.kb.claims[position]
    if not isinstance(claim.value, str):
        return False
    return fold_text(claim.value) == name \
        or any(fold_text(keyword) == name for keyword in claim.keywords_en)
