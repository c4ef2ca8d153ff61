"""The body, place or field a yes/no question puts to be checked as one of a list: "Did PolyU
team up with Sun Yat-sen University to build it?", "Is Xiamen one of the Greater Bay Area
cities?", 科大上海中心是跟张江高科合作开设的吗, 大灣區包唔包括汕頭. The claim listing the
partners, the cities or the fields settles it, whoever the question names: the name is no word
that claim must hold, nor a body it must bear on."""

from __future__ import annotations

from factcli.lazyre import lazy

# A deed done with someone, then "with" and the name (a run of capitalised words, joined by
# of/and/for): "set up the fund together with Shanghai Pharmaceuticals?", "team up with Sun
# Yat-sen University to build". (Possessive runs: a long line must not be split every way.)
_WITH_NAME_EN_RE = lazy(
    r"\b(?i:together|jointly|alongside|team(?:ed|ing)?\s++up|partner(?:ed|ing)?|co-?found(?:ed)?"
    r"|co-?organi[sz]ed?|set\s++up|launch(?:ed)?|found(?:ed)?|establish(?:ed)?|buil[dt]"
    r"|sign(?:ed)?|creat(?:ed?)|form(?:ed)?|collaborat(?:e|ed|ing)|co-?operat(?:e|ed|ing)"
    r"|join(?:ed)?|ally|allied)\b[^?.;!]{0,40}?\b(?i:with)\s++(?:(?i:the)\s++)?"
    r"(?P<name>[A-Z][\w'’.&()-]*+(?:\s++(?:of|and|&|for|[A-Z][\w'’.&()-]*+)){0,8}?)"
    r"(?=\s++(?i:to|for|in|on|at|as|back|when|during|under|or|so|last|this)\b|\s*+[?,.!]|\s*+$)")
# "Is Xiamen one of the Greater Bay Area cities", "Is quantum computing one of the fields",
# "Was HKU among the co-organisers": not a place in a table ("among Clarivate's top 50"), nor
# one said to be from somewhere ("Is Prof Gao Yang from CityU one of the tutors": a person).
_ONE_OF_EN_RE = lazy(
    r"(?:^|[-–—:,.;]\s*+)(?i:is|was|are|were)\s++"
    r"(?P<name>(?!(?i:it|this|that|there|they|he|she|its|their)\b)[^\s?,]++"
    r"(?:\s++(?!(?i:from|at|in|of|by|with)\b)[^\s?,]++){0,4}?)"
    r"\s++(?P<phrase>(?i:one\s++of|among|amongst|part\s++of|included\s++in|a\s++member\s++of"
    r"|on\s++the\s++list\s++of))\b"
    r"(?![^?]{0,80}?\b(?i:top|best|leading|ranked|ranking|rank|most)\b)"
    r"(?![^?]{0,80}?\d(?:st|nd|rd|th)\b)")
# "Does the Greater Bay Area include Shantou?"
_INCLUDES_EN_RE = lazy(
    r"\b(?i:does|do|did)\b[^?]{1,60}?\b(?P<verb>(?i:include|cover|contain|list))\s++(?:(?i:the)\s++)?"
    r"(?P<name>[A-Z][^?,]{1,39}?)\s*+[?？]?\s*+$")
# In folded Chinese (simplified, punctuation a space): 跟张江高科合作, 同深大合作, 由理大与中山
# 大学共同建设, 同 Alibaba 一齐搞; 包唔包括汕头, 包埋汕头吗, 包括厦门吗.
# (Not inside a phrase that only says which thing is meant, 同美國機構搞嘅平台, 與理大共建
# 的學院係咪…: the deed is no longer what is asked; nor a run holding 之間, 首個, 此類.)
_WITH_NAME_ZH_RE = lazy(
    r"(?:跟|同|与|和|联同|伙同|连同)"
    r"(?P<name>[^\W\d_之的嘅个首第此该]{2,10}?|\s?+[a-z][a-z ]{0,30}[a-z]\s?+)"
    r"(?:一起|一齐|一同|共同|合作|合办|合建|共建|联合|携手|签|成立|创办|创立|开设|设立|组建|搞)"
    r"(?![^\W\d_]{0,2}(?:嘅|嗰|个|的(?![吗吧呢嘛]|\s*$)))")
_INCLUDES_ZH_RE = lazy(
    r"包(?:括|含|埋|唔包括|唔包含|不包括|不包含|唔包埋|唔包|不包)"
    r"(?P<name>[^\W\d_之的嘅个]{2,12}?|\s?+[a-z][a-z ]{0,30}[a-z])"
    r"(?:在内|喺度|在里面)?(?:吗|咩|呀|啊|呢|㗎|嘛)?\s*+$")


# Longer messages are not read for a member put (their words are read as typed): a line of
# many deeds and names must not be searched from every one of them.
_LONGEST_READ = 600


def member_put_to_check(question: str, folded: str) -> tuple[str, str, bool] | None:
    """The name a yes/no question puts to be checked as one of a list, the text its words are
    read in, and whether it is put as a partner in a deed ("set up with", 跟…合作), which the
    list of partners, founders or organisers settles. For Chinese the text is the folded name
    with the character on either side (the pairs that straddle it); after "include", 包括, it
    holds the verb too, which a list says by listing. None when the question puts no one to
    be checked as a member."""
    if len(question) > _LONGEST_READ:
        return None
    if not folded.isascii():
        found = _WITH_NAME_ZH_RE.search(folded)
        if found is not None:
            start, end = found.span("name")
            return found["name"].strip(), folded[max(0, start - 1):end + 1], True
        found = _INCLUDES_ZH_RE.search(folded)
        if found is None:
            return None
        return found["name"].strip(), folded[max(0, found.start() - 1):], False
    found = _WITH_NAME_EN_RE.search(question)
    if found is not None:
        return found["name"], found["name"], True
    found = _ONE_OF_EN_RE.search(question)
    if found is not None:
        # ("part of", "included in": words a list says by listing, as "include" is; not "a
        # member of", which a claim of membership says.)
        phrase = "" if "member" in found["phrase"].lower() else found["phrase"]
        return found["name"], f"{found['name']} {phrase}", False
    found = _INCLUDES_EN_RE.search(question)
    if found is None:
        return None
    return found["name"], question[found.start("verb"):found.end("name")], False
