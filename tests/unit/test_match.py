"""match: the parts of a question the matcher reads, and the rules that keep answers honest."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.check import VerdictKind, check_statement
from factcli.dates import asked_dates
from factcli.fit import (
    _AIM_ASKED_RE,
    _ONE_ASKED_RE,
    _ROLE_RE,
    _SEVERAL_ASKED_RE,
    _WHY_RE,
    _first_of_kind_asked,
    _focus_held,
    _rank_scope,
    _scope_asked,
    intent_fit,
    phases_named,
)
from factcli.index import Index
from factcli.lexicon import WordList, english_words, general_words
from factcli.loader import load_questions
from factcli.match import (
    DEFAULT_MIN_SCORE,
    MIN_COVERAGE,
    Answer,
    Decline,
    Scored,
    ScoreParts,
    _answers_alone,
    answer_question,
    score_candidates,
)
from factcli.model import Claim
from factcli.naming import unknown_institutions
from factcli.normalize import (
    fold_text,
    mend_question_words,
    question_intent,
    stem,
    strip_question_words,
)
from factcli.numbers import unit_kind
from factcli.people import english_forms
from factcli.query import (
    _ASIDE_RE,
    other_intents,
    parse_query,
    presence_asked,
    question_parts,
)
from factcli.scene import _sentences, ends_asking, scene_and_ask, without_courtesies
from factcli.slips import english_slip
from factcli.terms import counted_nouns, straddles

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


def _first_claim(index: Index, question: str) -> Claim:
    """The claim the question is answered with; failing when it is declined."""
    result = answer_question(index, question)
    assert isinstance(result, Answer), result
    return result.answers[0].claim


@pytest.mark.parametrize(("text", "years", "periods"), [
    ("How many unicorns did HKUST have in 2023?", [2023], []),
    ("HKUST's income in 2022-23", [2022], [(2022, 2023)]),
    ("How much has the floor area grown since 2014-15?", [], []),
    ("自2014-15年度以來，科大校園使用者增加了多少人？", [], []),
    ("科大由2024年1月起擔任主席", [], []),
    ("科大 campus population 由 2014-15 起計加咗幾多人？", [], []),
    ("跟2014-15年度比，科大校園面積增加了多少？", [], []),
    ("同2023年比例係幾多？", [2023], []),
    ("跟2024年比賽有幾多隊？", [2024], []),
])
def test_a_year_that_starts_a_span_is_no_date_asked_about(
        text: str, years: list[int], periods: list[tuple[int, int]]) -> None:
    assert asked_dates(text) == (years, periods)


def test_everyday_words_are_listed_and_subjects_are_not() -> None:
    general = general_words()
    assert all(word in general for word in ("keep", "talk", "special", "称赞", "表示", "组成"))
    assert not any(word in general for word in ("library", "population", "tuition", "人口",
                                                "首届", "主任", "本科"))


def test_an_everyday_chinese_word_a_claim_lacks_costs_it_little(kb_index: Index) -> None:
    """組成 ("made up of") is phrasing: the list of the Bay Area's cities answers."""
    result = answer_question(kb_index, "粤港澳大湾区一共由哪几个城市组成?")
    assert isinstance(result, Answer)
    assert isinstance(result.answers[0].claim.value, tuple)


def test_word_list_answers_alike_before_and_after_it_builds_its_set(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# header\nalpha\nbeta\n", encoding="utf-8")
    words = WordList(path)
    asked = ["alpha", "beta", "alph", "gamma", "", "a\nb", "# header"] * 100
    assert [w in words for w in asked] == [w in {"alpha", "beta"} for w in asked]


def test_a_word_lists_rank_counts_from_zero_and_skips_the_header(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# header\nalpha\nbeta\n", encoding="utf-8")
    words = WordList(path)
    assert [words.rank(w) for w in ("alpha", "beta", "gamma", "alph", "", "# header")] \
        == [0, 1, None, None, None, None]


def test_a_real_english_word_is_not_corrected_into_a_knowledge_file_word(kb_index: Index
                                                                         ) -> None:
    question = "Which province is the national big gene centre in?"
    assert "province" in english_words()
    typed = {stem(word) for word in question.lower().rstrip("?").split()}
    query = parse_query(kb_index, question)
    assert all(term.startswith("~") or term in typed for term in query.terms)


def test_a_misspelt_word_is_corrected(kb_index: Index) -> None:
    query = parse_query(kb_index, "HKUST extrenal reserch funding")
    assert {"~external", "~research"} <= set(query.terms)


@pytest.mark.parametrize("question", [
    "香港都會大學的淨零目標是哪一年？", "香港城市大學有多少個學術合作夥伴？",
    "教育大學而家邊個做校長？", "cuhk graduate employability ranking 2024",
    "CUHK嘅start-up有幾多間做到unicorn？", "中大在2024年QS世界大學排名中排第幾？",
    "城大有幾多間初創？", "Where did the University of Macau rank in THE Asia 2023?",
    "How many unicorns has City University of Hong Kong produced?",
    "南方科技大學有幾多間獨角獸？", "華南理工大學同科大有咩合作？",  # hold 科技大學, 理工大學
    "嶺南大學同各大學比較有幾多間初創？", "科大同復旦大學有咩合作？",
])
def test_a_chinese_university_name_the_knowledge_file_lacks_is_unknown(kb_index: Index,
                                                                       question: str) -> None:
    assert parse_query(kb_index, question).unknown_names
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_known_chinese_university_name_is_not_unknown(kb_index: Index) -> None:
    assert not parse_query(kb_index, "香港科技大學的淨零目標是哪一年？").unknown_names
    assert not parse_query(kb_index, "科大喺2023年亞洲大學排名排第幾？").unknown_names
    # 以 ("so as to") opens a clause, not a name: 以支持大學 is "to support the university".
    assert not parse_query(kb_index, "科大如何招攬教員以支持大學的成長？").unknown_names


@pytest.mark.parametrize("question", [
    "科大的獎項數目在各大學中排第幾？",  # 在 and 各 end the phrase before 大學
    "理大有沒有把支持大灣區發展列為大學的策略措施之一？",  # 列為|大學
    "科大個淨零計劃點解話係全港大學第一？",  # 係 ends a phrase; 全港 says how many
])
def test_a_phrase_that_ends_in_university_names_no_university(kb_index: Index,
                                                              question: str) -> None:
    assert not parse_query(kb_index, question).unknown_names


def test_a_faculty_is_not_an_unknown_university(kb_index: Index) -> None:
    assert not parse_query(kb_index, "港大國際創新中心鄰近醫學院有何好處？").unknown_names


def test_a_figure_the_question_takes_as_given_is_not_its_answer(kb_index: Index) -> None:
    """'How many of the N …' asks for a part of N; the claim that N is not the answer."""
    plain = answer_question(kb_index, "How many academic collaboration agreements has PolyU "
                                      "signed?")
    assert isinstance(plain, Answer)
    figure = plain.answers[0].claim.value
    part = answer_question(kb_index, f"How many of PolyU's {figure} academic collaboration "
                                     "agreements are with European institutions?")
    assert isinstance(part, Decline) or part.answers[0].claim.id != plain.answers[0].claim.id


def test_values_of_one_date_are_separate_facts_not_a_series(kb_index: Index) -> None:
    """An answer's related values are the same figure at other dates, never at its own."""
    for path in sorted(QUESTIONS.glob("dev*.yaml")):
        for case in load_questions(path)[:80]:
            result = answer_question(kb_index, case.question)
            if not isinstance(result, Answer):
                continue
            first = result.answers[0].claim
            for related in (s.claim for s in result.answers if s.role == "related"):
                if kb_index.group_key(related) == kb_index.group_key(first):
                    assert related.sort_date != first.sort_date, (case.question, related.id)


@pytest.mark.parametrize(("statement", "verdict"), [
    ("HKUST's campus population has grown by roughly 5,200 people since 2014-15.",
     VerdictKind.SUPPORTED),
    ("HKUST was ranked 60th in the QS World University Rankings 2030.", VerdictKind.NOT_FOUND),
    ("There are roughly 1,750 active HKUST start-ups.", VerdictKind.OUTDATED),
    ("About 100 tertiary students joined GBA I3's 2019 summer immersive entrepreneurship "
     "programme.", VerdictKind.CONTRADICTED),
])
def test_check_reads_spans_years_and_bounds(kb_index: Index, statement: str,
                                            verdict: VerdictKind) -> None:
    assert check_statement(kb_index, statement).verdict is verdict


def test_a_name_of_several_words_typed_with_slips_is_found(kb_index: Index) -> None:
    query = parse_query(kb_index, "Shenzen Univeristy joint initatives with PolyU")
    assert "szu" in query.entities


def test_a_year_for_which_only_another_metric_has_a_figure_is_declined(kb_index: Index) -> None:
    """A ranking the file holds for 2024 only: asked for 2025, it is declined, not answered
    with another ranking that happens to have a 2025 figure."""
    result = answer_question(kb_index,
                             "Where did HKUST rank in the THE World University Rankings 2025?")
    assert isinstance(result, Decline)


def test_a_slip_in_a_named_entity_is_that_entity_not_an_unknown_name(kb_index: Index) -> None:
    query = parse_query(kb_index, "Kellog HKUST EMBA rankng")
    assert "kellogg_hkust_emba" in query.entities
    assert not query.unknown_names
    assert "kellog" not in query.terms


def test_a_question_of_names_only_asks_what_the_lesser_name_names(kb_index: Index) -> None:
    """"HKUST QS World University Rankings": HKUST's place in that ranking, not any QS claim."""
    claim = _first_claim(kb_index, "HKUST QS World University Rankings 2024")
    assert claim.metric == "rank_qs_world"


@pytest.mark.parametrize("question", ["Who is the president of HKU?",
                                      "Who is Hong Kong's Secretary for Innovation, Technology "
                                      "and Industry?"])
def test_who_holds_an_office_is_answered_only_by_a_claim_about_that_office(
        kb_index: Index, question: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Decline) or all(
        "president" in s.claim.metric or "secretary" in s.claim.metric for s in result.answers)


def test_who_the_president_is_still_found(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "Who is the president of HKUST?")
    assert claim.metric == "president"


def test_asking_for_a_measure_wants_a_figure_not_a_description(kb_index: Index) -> None:
    """'What is the gross floor area of X' is declined when the file holds only X's purpose."""
    result = answer_question(kb_index, "What is the gross floor area of the Martin Ka Shing Lee "
                                       "Innovation Building?")
    assert isinstance(result, Decline) or result.answers[0].claim.is_numeric


def test_how_many_of_a_listed_kind_is_not_answered_by_the_list(kb_index: Index) -> None:
    """A list names its members; "how many trainees came from X" asks for a count it lacks."""
    lists = [c for c in kb_index.kb.claims if c.metric.endswith("countries")
             and isinstance(c.value, tuple)]
    assert lists
    for claim in lists:
        entity = kb_index.kb.entities[claim.entity].name
        for member in claim.value[:2]:
            for question in (f"{entity.zh}有幾多個學員來自{member}？",
                             f"{entity.zh}有多少名学员来自{member}？"):
                result = answer_question(kb_index, question)
                assert isinstance(result, Decline) or result.answers[0].claim.id != claim.id


def test_a_character_left_over_beside_a_known_word_weighs_as_a_lone_character(
        kb_index: Index) -> None:
    """部長|時: the pair 長時 straddles two words; 時 must not weigh like half an unknown word."""
    from factcli.match import _char_weights

    query = parse_query(kb_index, "會見教育部部長時，科大表示會做些甚麼？")
    weights, _ = _char_weights(kb_index, query)
    heaviest_known = max(weights.values())
    lone = kb_index.max_idf * 0.3
    leftover = [weight for spot, weight in weights.items()
                if not any(spot in spots for term, spots in query.cjk_units
                           if term in kb_index.postings)]
    assert leftover
    assert all(weight <= lone + 1e-9 for weight in leftover)
    assert heaviest_known > lone


def test_a_list_of_names_answers_which_organisations(kb_index: Index) -> None:
    """A list of founders seldom says "organisations"; asked which ones, the list answers."""
    founders = [c for c in kb_index.kb.claims if c.metric == "founders"
                and isinstance(c.value, tuple)]
    assert founders
    for claim in founders:
        name = kb_index.kb.entities[claim.entity].name.zh
        answered = _first_claim(kb_index, f"{name}由哪些機構成立？")
        assert answered.id == claim.id


def test_a_name_typed_by_sound_at_the_end_of_a_run_is_mended(kb_index: Index) -> None:
    assert "进鹏" in parse_query(kb_index, "懷進朋是哪個部門的部長？").terms
    assert "香港" in parse_query(kb_index, "呢個培訓班係咪第一次喺香港搞？").terms


@pytest.mark.parametrize(("typed", "meant"), [("獨腳獸", "独角"), ("獨覺獸", "角兽")])
def test_a_character_typed_by_sound_is_read_as_the_word_meant(kb_index: Index, typed: str,
                                                              meant: str) -> None:
    query = parse_query(kb_index, f"科大有幾多間{typed}？")
    assert meant in query.terms
    assert not query.unknown_terms


def test_an_unknown_phrase_is_not_read_as_a_homophone(kb_index: Index) -> None:
    query = parse_query(kb_index, "東京有幾多人口？")
    assert query.unknown_terms
    assert isinstance(answer_question(kb_index, "東京有幾多人口？"), Decline)


def test_of_two_organisations_named_the_claim_about_the_lesser_one_comes_first(
        kb_index: Index) -> None:
    """A partner's own claim answers "X 同理大有咩合作", not PolyU's list that names X."""
    partners = [c for c in kb_index.kb.claims if c.metric == "joint_initiatives"]
    assert partners
    for claim in partners:
        name = min(kb_index.kb.entities[claim.entity].aliases, key=len)
        answered = _first_claim(kb_index, f"{name} 同理大有咩合作？")
        assert answered.entity == claim.entity


def test_when_one_thing_happened_is_not_answered_by_the_date_of_another(kb_index: Index) -> None:
    """The centre's land was reserved in 2021; when it will be completed, the file does not say."""
    for question in ("When is the HKU innovation centre in Pok Fu Lam due to be completed?",
                     "港大國際創新中心幾時落成？"):
        result = answer_question(kb_index, question)
        assert isinstance(result, Decline) or "reserve" not in result.answers[0].claim.metric
    opened = answer_question(kb_index, "When was the land for HKU's International Innovation "
                                       "Centre reserved?")
    assert isinstance(opened, Answer)


@pytest.mark.parametrize("written", ["22-23", "22/23", "2022-23"])
def test_an_academic_year_written_short_is_that_year(kb_index: Index, written: str) -> None:
    query = parse_query(kb_index, f"HKUST financial aid in {written}")
    assert query.periods == [(2022, 2023)]
    assert not any(term.isdigit() for term in query.terms)


def test_a_corrected_word_joins_its_paraphrase_group(kb_index: Index) -> None:
    assert "~student" in parse_query(kb_index, "how many studnets got financial aid").terms


def test_how_many_is_not_answered_by_a_sum_of_money(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "How many HKUST students got financial aid in 2022-23?")
    assert claim.unit not in {"HKD", "USD", "RMB"}
    money = _first_claim(kb_index, "How much financial aid did HKUST give in 2022-23?")
    assert money.unit in {"HKD", "USD", "RMB"}


def test_a_word_split_by_a_question_word_is_read_whole(kb_index: Index) -> None:
    """科大一年用幾多電: 幾多 splits 用電; the pair is read across the gap when one side is a
    lone character, never between two words (東京 … 人口)."""
    units = parse_query(kb_index, "科大一年用幾多電㗎？").cjk_units
    assert any(term == "~electricity" and len(spots) == 2 for term, spots in units)
    assert "京人" not in parse_query(kb_index, "東京有幾多人口？").terms


def test_which_n_things_is_answered_only_by_a_list_that_names_n(kb_index: Index) -> None:
    """The file counts eight co-organisers of the Techathon but names fewer."""
    result = answer_question(kb_index, "Which eight universities co-organise the Hong Kong "
                                       "Techathon alongside HKUST?")
    assert isinstance(result, Decline) or (isinstance(result.answers[0].claim.value, tuple)
                                           and len(result.answers[0].claim.value) >= 8)
    query = parse_query(kb_index, "理大跟哪兩家美國機構合作？")
    assert query.listed == 2
    assert not query.numbers


def test_an_ordinal_word_names_which_one_and_the_claim_must_say_it(kb_index: Index) -> None:
    """The 2025 course was the second; the file says nothing of the third."""
    query = parse_query(kb_index, "Where will the third Belt and Road space course be held?")
    assert query.ordinals == [(3, None)]
    assert not query.numbers
    assert isinstance(answer_question(kb_index, "Where will the third Belt and Road space "
                                                "science training course take place?"), Decline)


def test_a_thing_named_beside_its_host_is_found_though_its_claim_omits_the_host(
        kb_index: Index) -> None:
    """The course's theme never names HKUST; the course's organisers' claim does."""
    claim = _first_claim(kb_index, "What was the theme of the Belt and Road space science "
                         "course HKUST hosted in summer 2025?")
    assert claim.metric == "event_theme"
    for question in ("How many unicorns does HKU have?", "Who is the president of HKU?"):
        assert isinstance(answer_question(kb_index, question), Decline)


def test_what_a_thing_is_for_may_be_told_by_its_description(kb_index: Index) -> None:
    """No claim's metric says 'purpose' for the home health system; its description answers."""
    result = answer_question(kb_index, "科大的智能居家健康评估系统有什么用途？")
    assert isinstance(result, Answer)
    assert "health" in result.answers[0].claim.id


def test_a_cost_is_not_answered_by_an_area(kb_index: Index) -> None:
    result = answer_question(kb_index, "How much will HKU's International Innovation Centre "
                                       "at Pok Fu Lam cost to build?")
    assert isinstance(result, Decline) or result.answers[0].claim.unit in {"HKD", "USD", "RMB"}


def test_a_height_is_not_answered_by_an_area(kb_index: Index) -> None:
    """The buildings' gross floor area does not say how tall they are."""
    result = answer_question(kb_index, "How tall in metres will the HKU International "
                                       "Innovation Centre buildings be?")
    assert isinstance(result, Decline) or result.answers[0].claim.unit != "m2"


def test_a_claim_that_sets_a_thing_aside_does_not_count_it(kb_index: Index) -> None:
    """Those who went on exchange are not counted by the claim on programmes other than
    exchange; a question that sets exchange aside as well is answered by that claim."""
    asked = answer_question(kb_index, "Roughly how many HKUST students went abroad on "
                                      "exchange in 2022-23?")
    assert isinstance(asked, Answer)
    assert "other than" not in asked.answers[0].claim.statement.en
    set_aside = answer_question(kb_index, "Apart from exchange, how many HKUST students went "
                                          "on other study abroad programmes in 2022-23?")
    assert isinstance(set_aside, Answer)
    assert "other than" in set_aside.answers[0].claim.statement.en


def test_a_word_a_claim_also_says_outside_what_it_sets_aside_still_counts(
        kb_index: Index) -> None:
    """"Study abroad other than outbound exchange": outbound means abroad, but the claim
    counts study abroad all the same."""
    from factcli.fit import _excluded_terms

    claim = _first_claim(kb_index, "hkust study abroad students 2022-23")
    assert "other than" in claim.statement.en
    excluded = _excluded_terms(kb_index, kb_index.claim_positions[claim.id], False)
    assert "exchang" in excluded or "exchange" in excluded
    assert "~abroad" not in excluded


@pytest.mark.parametrize(("slipped", "meant"), [
    ("HKUST extrenal reserch funding", "HKUST external research funding"),
    ("What is the Belt and Road space scieence training course at HKUST meant to achieve?",
     "What is the Belt and Road space science training course at HKUST meant to achieve?"),
])
def test_words_typed_with_slips_are_compared_as_the_words_meant(
        kb_index: Index, slipped: str, meant: str) -> None:
    """The statement likeness and the metric's name read a slip as the word it was read as."""
    assert parse_query(kb_index, slipped).typed == parse_query(kb_index, meant).typed
    found, wanted = answer_question(kb_index, slipped), answer_question(kb_index, meant)
    assert isinstance(found, Answer)
    assert isinstance(wanted, Answer)
    assert found.answers[0].claim.id == wanted.answers[0].claim.id


def test_a_known_name_typed_by_sound_is_not_an_unknown_body(kb_index: Index) -> None:
    """香港苛技大學 is HKUST with one character typed by sound; 香港城市大學 is unknown."""
    slipped = answer_question(kb_index, "香港苛技大学成立多少年了？")
    meant = answer_question(kb_index, "香港科技大学成立多少年了？")
    assert isinstance(slipped, Answer)
    assert isinstance(meant, Answer)
    assert slipped.answers[0].claim.id == meant.answers[0].claim.id
    assert isinstance(answer_question(kb_index, "香港城市大學成立多少年了？"), Decline)


def test_a_yes_no_question_asks_about_its_everyday_verb(kb_index: Index) -> None:
    """"Did the council vote to support it?": the vote is what is asked, and no claim tells it;
    the same words asked openly count "vote" and "support" as everyday words."""
    asked = "Did the Southern District Council vote to support HKU's innovation centre?"
    assert isinstance(answer_question(kb_index, asked), Decline)
    assert parse_query(kb_index, asked).general == set()
    assert parse_query(kb_index, "What did the Southern District Council vote to support?"
                       ).general


def test_a_currency_word_goes_with_its_figure(kb_index: Index) -> None:
    """三千萬元: 元 is the figure's unit, not a word beside 會 (元會)."""
    query = parse_query(kb_index, "那三千萬元會用來做甚麼？")
    assert query.numbers == [(30_000_000, "HKD")]
    assert not any("元" in term for term in query.terms)


def test_a_place_the_question_already_names_does_not_answer_it(kb_index: Index) -> None:
    """The lab is in Anhui, which the question says; which city in Anhui, no claim says."""
    assert isinstance(answer_question(kb_index, "量子信息科學國家實驗室喺安徽邊個城市？"), Decline)
    where = answer_question(kb_index, "量子信息科學國家實驗室喺邊度？")
    assert isinstance(where, Answer)
    assert where.answers[0].claim.value == "安徽"


def test_when_someone_took_office_is_not_the_date_of_a_report(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "葛明博士是何時出任工業專員(創新及科技)的?"),
                      Decline)


@pytest.mark.parametrize("question", [
    "How many of the trainees at the 2025 Belt and Road space course came from Egypt?",
    "How many trainees from Pakistan attended the Belt and Road space course?",
])
def test_how_many_of_one_listed_member_is_declined(kb_index: Index, question: str) -> None:
    """The file lists the trainees' countries and counts all trainees, never one country's."""
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_figure_in_the_entity_name_is_stated_by_its_claims(kb_index: Index) -> None:
    """The 2025 course is named the 2nd; its claims need not repeat 第二屆."""
    claim = _first_claim(kb_index, "第二届一带一路空间培训班汇聚了多少位代表？")
    assert claim.entity == "belt_road_space_training_2025"


def test_how_many_is_not_answered_by_a_rate_of_growth(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "How many inventions were disclosed at HKUST in the "
                         "2022-23 year?")
    assert claim.unit != "percent"


def test_a_year_asked_is_no_word_a_statement_shares(kb_index: Index) -> None:
    """The file has HKUST's QS world rank for 2024 only: asked for 2025, it declines rather
    than answer with a 2025 subject ranking whose statement merely shares the year."""
    assert "2025" not in parse_query(kb_index, "What was HKUST's QS world ranking in 2025?").typed
    assert isinstance(answer_question(kb_index, "What was HKUST's QS world ranking in 2025?"),
                      Decline)
    impact = answer_question(kb_index, "Was HKUST the top Hong Kong university in the 2025 "
                                       "Impact Rankings?")
    assert isinstance(impact, Answer)
    assert "impact" in impact.answers[0].claim.metric


def test_a_count_in_people_is_not_answered_by_a_count_of_partners(kb_index: Index) -> None:
    """多少名 counts people whatever noun follows; PolyU's exchange partners are institutions."""
    result = answer_question(kb_index, "理大有多少名學生參與海外交流？")
    assert isinstance(result, Decline) or "student" in result.answers[0].claim.metric


def test_wages_are_not_a_count_of_students(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "科大STEM實習計劃啲學生人工有幾多?"), Decline)


def test_a_date_does_not_tell_the_time_of_day(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "What time did the opening ceremony of the Belt "
                                                "and Road space course start on 24 July 2025?"),
                      Decline)
    assert isinstance(answer_question(kb_index, "When did the Belt and Road space course start?"),
                      Answer)


def test_an_unknown_hyphenated_word_is_read_as_its_parts(kb_index: Index) -> None:
    query = parse_query(kb_index, "What is HKUST's city-wide LiDAR network used for?")
    assert "city" in query.terms
    assert "citywid" not in query.unknown_terms


def test_a_listed_name_the_count_never_mentions_is_not_its_subject(kb_index: Index) -> None:
    """Zhaoqing is listed among the Bay Area's cities; HKUST's campus population is not its."""
    assert isinstance(answer_question(kb_index, "What is the population of Zhaoqing?"), Decline)


def test_words_of_an_entity_name_are_held_by_its_claims(kb_index: Index) -> None:
    """The joint lab's research areas never spell the lab's whole name; the question does."""
    result = answer_question(kb_index, "What does PolyU's joint lab with the CAS Guangzhou "
                                       "Institute of Geochemistry work on?")
    assert isinstance(result, Answer)
    assert "research" in result.answers[0].claim.metric


def test_the_first_of_a_series_is_not_answered_by_the_second(kb_index: Index) -> None:
    """The file counts the 2nd course's representatives, not the 1st course's trainees."""
    assert isinstance(answer_question(kb_index, "首屆一帶一路空間培訓班有幾多學員？"), Decline)


def test_a_figure_never_says_why(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "Why did HKUST's Research Grants Council "
                                                "funding jump by 31.2%?"), Decline)
    assert isinstance(answer_question(kb_index, "By how much did HKUST's Research Grants "
                                                "Council funding grow?"), Answer)


def test_a_claim_about_the_body_asked_about_need_not_name_the_others(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "Who was the head of the Egyptian Space Agency at the "
                         "July 2025 opening at HKUST?")
    assert claim.entity == "egyptian_space_agency"


def test_what_is_asked_for_reads_past_and_and_through_slips(kb_index: Index) -> None:
    query = parse_query(kb_index, "How many start-ups and innovation teams came to the day?")
    assert {"~startup", "~team"} <= query.focus
    assert "and" not in query.focus
    assert "~partner" in parse_query(kb_index, "how many partnrs did Polyu have").focus


def test_one_written_as_a_word_is_no_figure_to_look_up(kb_index: Index) -> None:
    """第一間 says "the first", not the value 1 of some claim."""
    assert not parse_query(kb_index, "科大係咪香港第一間大學？").numbers
    assert parse_query(kb_index, "Which claim has the value 1?").numbers == [(1, None)]


@pytest.mark.parametrize("question", [
    "Where did HKUST place in the QS World University Rankings 2024?",
    "HKUST 喺 THE Asia University Rankings 2023 排第幾？",
    "How much cash is Science and Technology University committing to its net-zero plan?",
    "Belt and Road 空間培訓班大概有幾多個 representatives 參加？",
])
def test_a_ranking_or_a_known_university_is_no_unknown_name(kb_index: Index,
                                                            question: str) -> None:
    assert not parse_query(kb_index, question).unknown_names


def test_a_slip_that_looks_inflected_is_corrected_as_typed(kb_index: Index) -> None:
    # ("innovaton" is spelt as meant before the question is read, and then the whole name is
    # found; without it, the slip in the first word is what must be mended.)
    query = parse_query(kb_index, "Zhangjaing Fudan floor area")
    assert "zhangjiang" in query.terms
    assert not query.unknown_names


def test_how_accurate_asks_for_a_figure(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "How accurate is HKUST's blood test for "
                                                "Alzheimer's disease?"), Decline)


def test_a_number_after_phase_or_stage_names_which_one(kb_index: Index) -> None:
    query = parse_query(kb_index, "What is the floor area of phase two of the centre?")
    assert query.ordinals == [(2, None)]


def test_the_first_course_is_not_the_second(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "What year was the first Belt and Road space "
                                                "science applications course held in Beijing?"),
                      Decline)
    assert isinstance(answer_question(kb_index, "How much is the registration fee for the Belt "
                                                "and Road space science training course?"),
                      Decline)


def test_of_slips_equally_near_the_word_the_file_uses_most_is_meant(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "who is the presdent of HKUST")
    assert claim.metric == "president"


def test_a_body_whose_claims_name_both_bodies_asked_about_speaks_for_them(
        kb_index: Index) -> None:
    """The 2019 programme was run by the institute PolyU and Shenzhen University set up."""
    claim = _first_claim(kb_index, "理大同深大嗰個創新學院,2019年暑假搞嘅創業活動搞咗幾多日?")
    assert claim.entity == "gba_i3"


def test_who_holds_an_office_is_not_answered_by_a_list_of_bodies(kb_index: Index) -> None:
    result = answer_question(kb_index, "Who is the director of the China Manned Space "
                                       "Engineering Office?")
    assert isinstance(result, Decline) or not isinstance(result.answers[0].claim.value, tuple)


def test_an_unknown_name_is_reported_once_as_typed(kb_index: Index) -> None:
    assert parse_query(kb_index, "CUHK's rankings").unknown_names == ["CUHK"]


def test_a_measure_word_inside_a_name_asks_for_no_figure(kb_index: Index) -> None:
    """'Fund' in "the Hong Kong Biotechnology Fund" names the fund; it asks for no sum."""
    result = answer_question(kb_index, "What is the Hong Kong Biotechnology Fund for?")
    assert isinstance(result, Answer)
    assert parse_query(kb_index, "What is the Hong Kong Biotechnology Fund?").intent != "count"
    assert parse_query(kb_index, "What is the floor area of HKU's innovation centre?"
                       ).intent == "count"
    # Areas of work are fields, not sizes.
    assert parse_query(kb_index, "What research areas will the HKU innovation centre cover?"
                       ).intent != "count"


def test_a_metric_giving_a_reason_answers_why(kb_index: Index) -> None:
    by_metric = {claim.metric: claim for claim in kb_index.kb.claims}
    assert intent_fit(by_metric["venue_rationale"], "purpose") == 1.0
    assert intent_fit(by_metric["event_venue"], "purpose") < 1.0


@pytest.mark.parametrize("question", ["科大幾時成立？", "When was HKUST founded?"])
def test_when_a_body_was_founded_is_not_when_its_parts_were(kb_index: Index,
                                                            question: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Decline) or result.answers[0].claim.entity == "hkust"


def test_a_two_character_word_typed_by_sound_is_mended_from_the_named_bodys_claims(
        kb_index: Index) -> None:
    assert "广州" in parse_query(kb_index, "港科大广洲几时正式启用").terms
    assert "东京" in parse_query(kb_index, "東京有幾多人口？").terms


def test_a_word_typed_by_sound_is_mended_into_an_idea_with_no_body_named(
        kb_index: Index) -> None:
    """铰授: 教授 (professor) is kept as its idea (~expert), not as the pair; with no body
    named, any claim's words may be the one meant."""
    assert "~expert" in parse_query(kb_index, "培訓班啲導師係邊幾位铰授？").terms


@pytest.mark.parametrize("question", ["科大嘅初創其中大部分係做咩？", "這些項目當中大多數是甚麼？"])
def test_zhong_da_inside_an_everyday_word_names_no_university(kb_index: Index,
                                                              question: str) -> None:
    assert not parse_query(kb_index, question).unknown_names


def test_a_question_asking_what_or_how_is_answered_by_a_description(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "港大國際創新中心點樣處理噪音？")
    assert claim.metric == "construction_mitigation"
    assert "噪音屏障" in claim.value
    topics = _first_claim(kb_index, "培訓班會探討甚麼國際合作議題？")
    assert topics.metric == "course_topics"
    assert "發展中國家能力建設" in topics.value


@pytest.mark.parametrize("question", ["How many of HKUST's unicorns are fintech firms?",
                                      "科大校園生物多樣性地圖嘅物種之中有幾多種係蝴蝶？"])
def test_a_part_of_a_counted_whole_is_not_answered_by_the_whole(kb_index: Index,
                                                                question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_part_the_file_counts_is_still_answered(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "How many of HKUST's academic partners are in Africa?")
    assert claim.id == "hkust-academic-partners-africa-2022-23"


def test_a_metric_name_is_read_by_whole_words(kb_index: Index) -> None:
    """attend*ing*_bodies holds no 'end', areas_comm*end*ed none either: neither is a date,
    so "when" is not answered by them."""
    assert isinstance(answer_question(kb_index, "吳岩副部長幾時嚟科大探訪？"), Decline)
    by_metric = {claim.metric: claim for claim in kb_index.kb.claims}
    assert intent_fit(by_metric["attending_bodies"], "when") < 0.7
    assert intent_fit(by_metric["event_end_date"], "when") == 1.0


def test_a_character_beside_glue_names_its_concept(kb_index: Index) -> None:
    """搞到幾時先完: 先 is glue, 完 alone says 'end', so the end date is asked for."""
    claim = _first_claim(kb_index, "一帶一路太空培訓班搞到幾時先完？")
    assert claim.metric == "event_end_date"


def test_a_possessive_inside_a_chinese_name_still_names_it(kb_index: Index) -> None:
    """港大嘅創新中心, 港大個創新中心: the centre of HKU, not some other innovation centre."""
    for question in ("港大嘅創新中心喺邊度？", "港大個創新中心喺邊度？"):
        assert "hku_gic" in parse_query(kb_index, question).entities
        assert _first_claim(kb_index, question).entity == "hku_gic"


@pytest.mark.parametrize("question", ["科大淨零行動計劃幾時公佈？",
                                      "When was HKUST's net-zero action plan announced?"])
def test_when_something_was_announced_is_not_answered_by_another_date(kb_index: Index,
                                                                      question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_count_of_people_counts_students_and_staff(kb_index: Index) -> None:
    """A claim whose unit is 'people' answers "how many students and staff …"."""
    volunteers = next(c for c in kb_index.kb.claims if c.metric == "service_learning_volunteers")
    assert {"~student", "~staff"} <= kb_index.count_terms(volunteers)
    question = "How many HKUST students and staff volunteered for community work in 2022-23?"
    assert _first_claim(kb_index, question).id == volunteers.id


def test_an_unknown_half_of_a_hyphenated_word_only_qualifies_the_other(kb_index: Index) -> None:
    """'city-wide' where the file says 'city-scale': 'wide' costs the claim little."""
    claim = _first_claim(kb_index, "What is HKUST's city-wide LiDAR network for?")
    assert claim.entity == "hkust_city_scale_lidar_network"
    assert "wide" in parse_query(kb_index, "What is HKUST's city-wide LiDAR network for?").general


@pytest.mark.parametrize(("question", "seams"), [
    ("港大創新中心施工時用甚麼辦法減少揚塵？", {"工时", "法减"}),
    ("理大打算在大灣區建分校嗎？", {"算在"}),
])
def test_a_pair_at_the_seam_of_two_words_is_no_term(kb_index: Index, question: str,
                                                    seams: set[str]) -> None:
    """施工|時, 辦法|減少, 打算|在: a pair half in one word and half in the next names nothing,
    and would count against every claim."""
    terms = parse_query(kb_index, question).terms
    assert not seams & set(terms)
    assert "施工" in terms or "~plan" in terms  # (打算 is read as planning)


@pytest.mark.parametrize("question", ["这次培训班由港科大哪几位教授担任导师？",
                                      "Which HKUST professors were the course's tutors?"])
def test_several_asked_for_are_answered_by_the_list(kb_index: Index, question: str) -> None:
    """Each tutor also has a claim of their own; 哪幾位 asks for all of them."""
    claim = _first_claim(kb_index, question)
    assert isinstance(claim.value, tuple)
    assert len(claim.value) > 1


def test_the_role_of_a_named_person_is_the_claim_they_hold(kb_index: Index) -> None:
    """于宏宇 is named in another tutor's quote too; his role is the claim whose value he is."""
    claim = _first_claim(kb_index, "于宏宇教授喺科大太空所係咩身份？")
    assert claim.value == "于宏宇"


def test_a_lone_character_is_not_joined_to_a_word_of_its_own(kb_index: Index) -> None:
    """學院辦的創業活動: 辦 and 創 do not make 辦創 (a pair some other claim holds), for 創業 is
    a word already."""
    question = "2019年暑假大湾区国际创新学院办的创业活动持续了多少天？"
    assert "办创" not in parse_query(kb_index, question).terms
    assert _first_claim(kb_index, question).unit == "days"


def test_a_last_character_beside_a_word_names_its_concept(kb_index: Index) -> None:
    """科大人員傾咗啲咩 leaves 談 after a word: alone it says 'discuss'; 科大班人 is HKUST."""
    assert "~discuss" in parse_query(kb_index, "懷進鵬同科大人員傾咗啲咩？").terms
    assert _first_claim(kb_index, "懷進鵬同科大班人傾咗啲咩？").metric == "event_theme"


@pytest.mark.parametrize(("question", "source_words"), [
    ("According to HKU's comparison table, how large is the Lingang International Joint "
     "Laboratory?", {"comparison", "tabl"}),
    ("根據港大網頁的資料，臨港國際聯合實驗室的建築面積是多少？", {"资料", "网页"}),
])
def test_where_the_reader_read_it_is_no_term(kb_index: Index, question: str,
                                            source_words: set[str]) -> None:
    """An attribution names the source, which a claim names by its source, not in its words."""
    assert not source_words & set(parse_query(kb_index, question).terms)
    assert _first_claim(kb_index, question).entity == "lingang_intl_joint_lab"


def test_source_nouns_are_no_terms(kb_index: Index) -> None:
    assert "brochur" not in parse_query(kb_index, "What does the HKU brochure say?").terms


def test_have_to_asks_whether_it_is_required(kb_index: Index) -> None:
    assert "~require" in parse_query(kb_index, "Do PolyU students have to do WIE?").terms
    assert _first_claim(kb_index, "Do PolyU undergrads have to do WIE?").metric == "requirement"


def test_every_university_in_hong_kong_is_not_hku(kb_index: Index) -> None:
    """全港大學: 港 ends 全港 there; 港大 (HKU) is not named. 在港大 still is."""
    assert "hku" not in parse_query(kb_index, "科大係咪全港大學之中獲獎最多？").entities
    assert "hku" in parse_query(kb_index, "在港大有幾多個中心？").entities


def test_how_tall_is_answered_by_a_height_limit_told_in_words(kb_index: Index) -> None:
    """起得幾高: the height limit is a sentence, not a figure, and answers all the same; a
    figure in metres it does not give."""
    claim = _first_claim(kb_index, "港大國際創新中心起得幾高？會唔會高過薄扶林道啲住宅？")
    assert claim.metric == "building_height_limit"
    assert isinstance(answer_question(kb_index, "港大國際創新中心有幾多米高？"), Decline)


def test_a_description_naming_a_district_tells_where(kb_index: Index) -> None:
    """邊個區: of HKMAO's expectations one names the Northern Metropolis area; a list that
    names a district answers "where" more surely than one that names none."""
    by_id = {claim.id: claim for claim in kb_index.kb.claims}
    expectations = by_id["hkust-hkmao-director-meeting-2025-expectations"]
    theme = by_id["hkust-moe-minister-meeting-2025-theme"]
    assert intent_fit(expectations, "where") > intent_fit(theme, "where")


def test_land_reserved_for_a_part_was_reserved_for_the_body(kb_index: Index) -> None:
    """An opening of HKU's centre is not HKU's; land reserved for it was reserved for HKU."""
    claim = _first_claim(kb_index, "Which year did the government agree to reserve land for HKU?")
    assert claim.metric == "land_reserved"


def test_a_list_that_says_how_many_it_holds_counts_them(kb_index: Index) -> None:
    """共11個城市: the list of the Bay Area's cities answers "how many cities"; a list of some
    of the course's countries ("including …") does not say how many there were."""
    assert _first_claim(kb_index, "How many cities does the Greater Bay Area cover?").metric \
        == "cities"
    question = "How many countries in total sent trainees to the 2025 space course?"
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_latin_name_typed_against_chinese_is_found(kb_index: Index) -> None:
    assert "alibaba_cloud" in parse_query(kb_index, "科大同Alibaba Cloud合作做乜?").entities


def test_an_event_that_only_sets_the_time_is_no_term(kb_index: Index) -> None:
    """起好之後會做乜: what the building will do is asked, not when it is finished."""
    query = parse_query(kb_index, "Martin Lee Innovation Building 起好之後會做啲咩研究？")
    assert "~end" not in query.terms
    assert "~research" in query.terms


def test_a_figure_in_chinese_numerals_is_a_value_not_words(kb_index: Index) -> None:
    """三千萬 is the HK$30 million the purpose claim states as 3,000萬: a value, not the
    character pairs 三千, 千萬 that only another claim's keywords hold."""
    question = "科大淨零行動計劃那三千萬港元會用在甚麼地方？"
    query = parse_query(kb_index, question)
    assert (30_000_000, "HKD") in query.numbers
    assert not {"三千", "千万"} & set(query.terms)
    assert _first_claim(kb_index, question).id == "hkust-net-zero-action-plan-purpose"


def test_which_kind_is_answered_by_a_value_of_that_kind(kb_index: Index) -> None:
    """"Which UNESCO programme": the claim whose value is a programme (…十年計劃), not a list
    of the course's topics whose statement also says programme."""
    question = "Which UNESCO programme is the HKUST space training course officially part of?"
    assert _first_claim(kb_index, question).id == "belt-road-space-training-2025-unesco-endorsement"


def test_what_the_question_sets_aside_is_not_asked(kb_index: Index) -> None:
    question = "By the end of 2023, how many HKUST spin-offs were bought out rather than floated?"
    assert "float" not in parse_query(kb_index, question).terms
    assert _first_claim(kb_index, question).id == "hkust-startup-acquisitions-2023-12-31"


def test_who_is_a_named_person_is_the_claim_they_hold(kb_index: Index) -> None:
    """向斌係咩人: the claim whose value he is, not a list of attendees naming him."""
    assert _first_claim(kb_index, "向斌係咩人嚟㗎？").value == "向斌"


def test_a_sound_slip_is_not_mended_into_a_glue_word(kb_index: Index) -> None:
    """定味 could be 定位 or 定為; 為 only glues a sentence, so 定位 (positioning) is meant."""
    assert "定位" in parse_query(kb_index, "港大創新中心嘅定味係咩").terms


@pytest.mark.parametrize("question", ["How many students does HKUST have in total?",
                                      "科大全體學生總人數是多少？"])
def test_a_total_is_not_answered_by_a_narrower_count(kb_index: Index, question: str) -> None:
    """The file counts HKUST's exchange students and aid recipients, never all its students."""
    assert isinstance(answer_question(kb_index, question), Decline)


def test_pairs_of_two_runs_that_share_a_character_are_no_seam(kb_index: Index) -> None:
    """開幕禮 … 禮堂: 禮堂 follows 幕禮 only in the list of terms, not in the question."""
    assert "礼堂" in parse_query(kb_index, "一帶一路培訓班開幕禮喺科大邊個禮堂搞？").terms


def test_two_names_joined_by_a_dash_stay_two_words(kb_index: Index) -> None:
    """'US–Greater Bay Area': the en dash joins two names, not the halves of one word."""
    terms = parse_query(kb_index, "Is the US–Greater Bay Area biotech platform the first?").terms
    assert "usgreater" not in terms


@pytest.mark.parametrize("question", [
    "How many gold medals did HKUST win at the Geneva inventions exhibition?",
    "How many bird species are on the HKUST biodiversity map?"])
def test_a_count_of_a_kind_is_not_answered_by_the_count_of_all(kb_index: Index,
                                                               question: str) -> None:
    """The file counts all the awards and all the species, not the gold ones or the birds."""
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize(("typed", "entity"), [
    ("HKKUST", "hkust"), ("HKST", "hkust"), ("PollyU", "polyu"), ("hkuust", "hkust")])
def test_a_name_with_a_letter_doubled_or_dropped_is_found(kb_index: Index, typed: str,
                                                          entity: str) -> None:
    assert entity in parse_query(kb_index, f"How many unicorns does {typed} have?").entities


def test_a_short_lower_case_word_is_not_read_as_a_name(kb_index: Index) -> None:
    """'hust' is one slip from HKUST and from MUST: neither is meant for sure."""
    assert parse_query(kb_index, "hust water use").entities == []


@pytest.mark.parametrize(("typed", "meant"), [
    ("supprt", "support"), ("cnosume", "consume"), ("manily", "mainly"), ("sace", "space")])
def test_an_english_word_typed_with_a_slip_is_read_as_meant(kb_index: Index, typed: str,
                                                            meant: str) -> None:
    """Of several words one slip away, the one the claims use most, else the commonest."""
    assert english_slip(kb_index, typed) == meant


def test_an_everyday_word_typed_with_a_slip_is_still_everyday(kb_index: Index) -> None:
    """'supprt': a claim that lacks 'support' loses little, as it would for 'support'."""
    question = "What research will the Martin Ka Shing Lee Innovation Building supprt?"
    assert "support" in parse_query(kb_index, question).general
    assert isinstance(answer_question(kb_index, question), Answer)


@pytest.mark.parametrize(("question", "entities"), [
    ("柯大喺歐洲有幾多個學術夥伴？", ["hkust"]), ("香港苛技大學成立多少年了？", ["hkust"]),
    ("影響可大可小嗎？", []), ("是否利大於弊？", [])])
def test_a_chinese_name_with_a_character_typed_by_sound_is_found(
        kb_index: Index, question: str, entities: list[str]) -> None:
    """柯 sounds like 科; 可大可小 and 利大於弊 are everyday words, no names."""
    assert parse_query(kb_index, question).entities == entities


@pytest.mark.parametrize("question", [
    "中大國際創新中心選址在哪裏？", "2022-23年有幾多個城大學生去咗海外交流？",
    "鄭光廷話城大之後嘅太空研究會主力做咩？", "政府是在哪一年的施政报告里同意为中大预留土地的？"])
def test_another_universitys_short_name_is_never_mended_or_dropped(kb_index: Index,
                                                                   question: str) -> None:
    """中大 is not a slip for 重大, 個城大 is no word 個城, 城大之後 is no event: CUHK and CityU
    are universities the file knows nothing of."""
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_long_name_typed_with_a_slip_is_only_a_name(kb_index: Index) -> None:
    question = "Who is the presdient of Hong Kong Univeristy of Science and Technology?"
    query = parse_query(kb_index, question)
    assert query.entities == ["hkust"]
    assert "kong" not in query.terms
    assert _first_claim(kb_index, question).metric == "president"


@pytest.mark.parametrize(("question", "claim_id"), [
    ("653,000 square metres refers to which facility?", "zhangjiang-fudan-iic-gfa-2024-01"),
    ("315 这个数字代表科大的什么？", "hkust-academic-partners-2022-23")])
def test_a_figure_asked_about_is_looked_up(kb_index: Index, question: str,
                                           claim_id: str) -> None:
    """A figure no one would use to say which thing is asked is the thing to look up."""
    assert _first_claim(kb_index, question).id == claim_id


def test_a_ranking_named_by_the_question_comes_before_a_narrower_one(kb_index: Index) -> None:
    """世界大學排名: the world table, not the young universities' one, which the question does
    not name."""
    claim = _first_claim(kb_index, "科大在《泰晤士高等教育》2024年世界大學排名中排第幾？")
    assert claim.metric == "rank_the_world"


def test_which_day_is_a_question_word() -> None:
    assert "边日" not in strip_question_words(fold_text("懷進鵬係邊日見科大？"))


def test_time_and_direction_words_are_everyday() -> None:
    assert all(word in general_words() for word in ("之后", "期间", "今年"))


def test_an_office_of_another_university_the_question_does_not_name_is_not_the_answer(
        kb_index: Index) -> None:
    """HKUST(GZ) has a vice-president for administration; the file names none for HKUST."""
    question = "Who is HKUST's vice-president for administration?"
    assert isinstance(answer_question(kb_index, question), Decline)
    claim = _first_claim(kb_index, "Who is HKUST(GZ)'s vice-president for administration?")
    assert claim.entity == "hkust_gz"


@pytest.mark.parametrize("question", [
    "Which architecture company designed HKU's International Innovation Centre?",
    "Which company is building the Chang'e-8 robot together with HKUST?"])
def test_which_company_is_not_answered_by_a_claim_naming_none(kb_index: Index,
                                                              question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", ["Who chaired HKUST's council before Harry Shum?",
                                      "Who was HKUST president before Nancy IP?",
                                      "懷進鵬之後邊個接任教育部部長？"])
def test_who_came_before_or_after_someone_is_not_answered_by_who_holds_the_office(
        kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_known_word_is_not_mended_as_a_character_typed_by_sound(kb_index: Index) -> None:
    """起好 reads 建成 (built), a word: it is not 'mended' into a pair some claim holds."""
    claim = _first_claim(kb_index, "科大李家誠創科大樓起好咗未？")
    assert claim.entity == "hkust_martin_ks_lee_innovation_building"
    assert claim.metric.endswith("status")


def test_an_english_programme_finds_a_chinese_plan(kb_index: Index) -> None:
    """The endorsement is stated in Chinese (十年計劃): 'programme' must reach 計劃."""
    claim = _first_claim(kb_index,
                         "Which UNESCO programme endorsed the Belt and Road space course at HKUST?")
    assert claim.metric == "endorsement"


def test_how_long_asks_for_a_duration_not_a_count(kb_index: Index) -> None:
    """AEARU's count of members matches the words as well; 多久 asks for the term in years."""
    assert _first_claim(kb_index, "AEARU chair 科大做多久？").unit == "years"


def test_a_long_english_name_is_found_whole(kb_index: Index) -> None:
    question = "How long is HKUST chair of the Association of East Asian Research Universities?"
    assert "aearu" in parse_query(kb_index, question).entities


def test_what_someone_said_asks_for_their_words(kb_index: Index) -> None:
    """'say' is a word of speech, not filler: what Xia Baolong said, not HKUST's age."""
    claim = _first_claim(kb_index, "What did Xia Baolong say to HKUST?")
    assert claim.entity == "hkust_hkmao_director_meeting_2025"


def test_a_year_is_preferred_only_through_a_figure_the_answer_would_show(kb_index: Index) -> None:
    """A 2025 subject ranking has a 2024 sibling too weak to be shown: the 2024 world
    ranking answers, instead of a decline for want of a 2024 figure."""
    claim = _first_claim(kb_index,
                         "What was HKUST's position in the QS World University Rankings 2024?")
    assert claim.id == "hkust-rank-qs-world-2024"


def test_a_verb_of_placing_in_a_ranking_question_is_no_subject(kb_index: Index) -> None:
    """'land' asks for a rank here, not for land (土地)."""
    question = "Where did HKUST land in the Times Higher Education World University Rankings 2024?"
    assert _first_claim(kb_index, question).id == "hkust-rank-the-world-2024"


def test_the_pairs_of_a_longer_everyday_word_are_everyday(kb_index: Index) -> None:
    query = parse_query(kb_index, "港科大接下来在航天领域打算重点抓什么？")
    assert {"接下", "下来"} <= query.general


def test_a_year_written_in_chinese_digits_is_read(kb_index: Index) -> None:
    query = parse_query(kb_index, "二零一八／一九學年理大有幾多個交流夥伴？")
    assert query.periods == [(2018, 2019)]


@pytest.mark.parametrize("question", ["2018／19學年理大有幾多個交流夥伴？",
                                      "２０１８－１９年度理大交流夥伴",
                                      "2018至19年度理大交流夥伴", "2018至2019年度理大交流夥伴"])
def test_a_period_is_read_in_full_width_forms_and_with_zhi(kb_index: Index, question: str) -> None:
    assert parse_query(kb_index, question).periods == [(2018, 2019)]


def test_a_one_word_name_that_is_an_english_word_counts_only_when_capitalised(
        kb_index: Index) -> None:
    assert "must" not in parse_query(kb_index, "What must scientific results complete?").entities
    assert "must" in parse_query(kb_index, "What does MUST do with PolyU?").entities


@pytest.mark.parametrize(("question", "entity"), [("ust unicorns", "hkust"),
                                                  ("how many cas joint labs with polyu", "cas")])
def test_a_name_english_seldom_uses_counts_in_lower_case(kb_index: Index, question: str,
                                                         entity: str) -> None:
    """'ust' and 'cas' are on the English word list, far down it: typed in lower case they
    are still the names, as 'must' (its 185th word) is not."""
    assert entity in parse_query(kb_index, question).entities


@pytest.mark.parametrize(("question", "folded"), [
    ("when did the belt n road course start", "when did the belt and road course start"),
    ("ppl who met w the minister", "people who met with the minister")])
def test_texting_shorthand_is_spelt_out(question: str, folded: str) -> None:
    assert mend_question_words(fold_text(question)) == folded


@pytest.mark.parametrize(("question", "folded"), [
    ("協議數目為何？", "协议数目是多少"), ("會面地點為何", "会面地点在哪里"),
    ("全港名次為何？", "全港名次排第几"), ("出席人士為何人？", "出席人士是谁"),
    ("屬何種級別", "属什么级别"), ("他曾否出席", "他是否曾出席"), ("擔任何種角色", "担任什么角色"),
    ("理大有否參與", "理大有没有参与"),
    ("科大為何設立上海中心", "科大为何设立上海中心"), ("任何種類", "任何种类"),
    ("三月十二日會見", "3月12日会见"), ("二零二五年十二月三十一號", "2025年12月31号"),
    ("每一月", "每一月"), ("同一月內", "同一月内"), ("統一月費", "统一月费"), ("五月天", "五月天"),
    ("2025年三月", "2025年3月"), ("十月", "10月"), ("他沒有否認此事", "他没有否认此事"),
    ("理大有否決權", "理大有否决权"),
    ("作出任何種類", "作出任何种类"), ("就任何項目", "就任何项目"), ("這是為何", "这是为何"),
    ("排名位置為何", "排名位置排第几")])
def test_the_written_register_and_chinese_numeral_dates_read_plainly(question: str,
                                                                      folded: str) -> None:
    """為何 closing a noun asks what it is (why only before a verb); 何種 is 甚麼; a date in
    Chinese numerals is the one the claims write in digits."""
    assert mend_question_words(fold_text(question)) == folded


@pytest.mark.parametrize("question", [
    "香港科技大学在泰晤士高等教育2025年影响力排名中全球排第几？",
    "Where did the Hong Kong University of Science and Technology place in the world in THE "
    "Impact Rankings 2025?"])
def test_a_university_named_in_full_names_no_region(kb_index: Index, question: str) -> None:
    """香港 in 香港科技大學 is the name, not the Hong Kong table: the world place is asked."""
    assert _first_claim(kb_index, question).metric == "rank_the_impact"


def test_a_kind_asked_with_bin_is_a_question_word(kb_index: Index) -> None:
    assert not {"边类", "边种"} & set(parse_query(kb_index, "HKBF 投資邊類公司？邊種?").terms)


def test_being_first_put_to_be_checked_is_a_word_to_find(kb_index: Index) -> None:
    """'Was it the third edition?' compares a figure; 'the first ever' is said in words."""
    assert "first" in parse_query(kb_index, "Was the Unicorn Day the first one HKUST ever "
                                            "held?").terms
    assert "third" not in parse_query(kb_index, "Was it the third edition?").terms
    assert "first" not in parse_query(kb_index, "Was HKUST first in the QS table?").terms
    assert "first" in parse_query(kb_index, "Was the Unicorn Day the first one to take place "
                                            "at HKUST?").terms


def test_a_first_in_hong_kong_is_no_first_in_the_world(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "Was HKUST the first university in the world "
                                                "to lead a lunar surface robot project?"),
                      Decline)
    assert _first_claim(kb_index, "Was HKUST the first Hong Kong university to lead deep-space "
                                  "exploration?").id == "hkust-deep-space-distinction-2024"


@pytest.mark.parametrize(("message", "parts"), [
    ("臨港實驗室位於哪個城市，建築面積為何？", ["臨港實驗室位於哪個城市", "建築面積為何"]),
    ("How many members does AEARU have, and how long is HKUST's turn as chair?",
     ["How many members does AEARU have", " and how long is HKUST's turn as chair"]),
    ("Of the 236 HKUST students who got financial aid, how many were women?", []),
    ("QS 2025 學科排名，科大有幾多科入到世界頭10？", []),
    ("How many unicorns does HKUST have?", [])])
def test_a_message_is_cut_into_the_questions_it_asks_in_their_own_words(
        message: str, parts: list[str]) -> None:
    """A premise ("Of the 236 students who got aid") or a heading (QS 2025 學科排名) is no
    question of its own."""
    assert question_parts(message) == parts


@pytest.mark.parametrize(("message", "metric"), [
    ("臨港國際聯合實驗室位於哪個城市，建築面積為何？", "region"),
    ("北京懷柔科學城位於哪裡，起步區建築面積多少？", "gross_floor_area")])
def test_one_question_of_two_in_a_breath_is_answered_on_its_own(kb_index: Index, message: str,
                                                                 metric: str) -> None:
    """A part that names nothing is about what the message names (the lab's floor area)."""
    assert _first_claim(kb_index, message).metric == metric


def test_each_question_of_a_message_answered_is_given(kb_index: Index) -> None:
    result = answer_question(kb_index, "臨港國際聯合實驗室位於哪個城市，建築面積為何？")
    assert isinstance(result, Answer)
    assert [(c.claim.metric, c.role) for c in result.answers] == [
        ("region", "answer"), ("gross_floor_area", "answer")]


def _parts(total: float, coverage: float, matched: tuple[str, ...]) -> ScoreParts:
    return ScoreParts(coverage, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, total, matched, ())


def test_a_part_is_answered_alone_only_when_covered_nearly_whole(kb_index: Index) -> None:
    claim = kb_index.kb.claims[0]
    near = {claim.id}
    assert _answers_alone(Scored(claim, _parts(0.9, 0.9, ("x",))), near, 0.62)
    assert not _answers_alone(Scored(claim, _parts(0.9, 0.7, ("x",))), near, 0.62)
    assert not _answers_alone(Scored(claim, _parts(0.9, 1.0, ())), near, 0.62)
    assert not _answers_alone(Scored(claim, _parts(0.5, 1.0, ("x",))), near, 0.62)
    assert not _answers_alone(Scored(claim, _parts(0.9, 1.0, ("x",))), set(), 0.62)


def test_a_part_keeps_the_messages_date(kb_index: Index) -> None:
    """The total economic impact is given for 2023; the message asks of May 2025."""
    assert question_parts("科大2025年5月嗰1,800幾間初創，總經濟成效有幾多？")
    assert isinstance(answer_question(kb_index, "科大2025年5月嗰1,800幾間初創，總經濟成效有幾多？"),
                      Decline)


def test_a_figures_comma_joins_no_two_questions() -> None:
    assert len(question_parts("Which association does HKUST chair from January 2024, and for "
                              "how long?")) == 2
    assert question_parts("Of the 1,747 start-ups, how many are unicorns?") == []


def test_a_part_asking_what_the_file_lacks_is_not_answered_alone(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "Does PolyU have any unicorns? How many?"),
                      Decline)


def test_a_projects_de_is_no_purpose(kb_index: Index) -> None:
    """項目的經費 (the project's funding) holds 目的 (purpose) across two words."""
    query = parse_query(kb_index, "嫦娥八號月面作業機械人項目的經費是多少？")
    assert query.intent == "count"
    assert "~goal" not in query.terms
    assert parse_query(kb_index, "理大同鵬城實驗室合作嘅目的係乜？").intent == "purpose"


@pytest.mark.parametrize("question", ["习近平那次院士大会讲话是几月几号发表的？",
                                      "習近平2021年嗰次講話係幾月幾號講㗎？"])
def test_a_day_asked_is_not_given_by_a_claim_that_states_none(kb_index: Index,
                                                            question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", ["科大嗰10間獨角獸公司叫咩名？",
                                      "HKUST has 10 unicorns - what are their names?",
                                      "科大参加日内瓦发明展的19支队伍分别叫什么名字？"])
def test_the_names_asked_are_not_given_by_a_count(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_the_edition_of_the_event_named_is_no_figure_its_claims_must_state(
        kb_index: Index) -> None:
    """The 2025 course is the second: its tutor's claim answers of 第二屆, not of 第三屆."""
    claim = _first_claim(kb_index, "高揚教授在第二屆一帶一路空間科學應用國際培訓班中擔任何種角色？")
    assert claim.id == "hkust-professor-gao-yang-2025-07"
    assert isinstance(answer_question(kb_index, "高揚教授在第三屆一帶一路空間科學應用國際培訓班中"
                                                "擔任何種角色？"), Decline)


@pytest.mark.parametrize("question", ["Hong Kong Techathon 多久舉辦一次？",
                                      "Hong Kong Techathon幾耐搞一次？"])
def test_how_often_is_no_count(kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).metric == "frequency"


def test_one_set_aside_at_a_questions_end_is_read() -> None:
    found = _ASIDE_RE.search("Who else attended apart from Lei Haichao?")
    assert found is not None
    assert found.group(1) == "Lei Haichao"


def test_a_cantonese_particle_typed_in_latin_letters_is_no_content(kb_index: Index) -> None:
    assert "la" not in parse_query(kb_index, "ust qs world ranking 2024 rank what la?").terms


def test_which_body_has_a_measure_is_answered_by_the_claim_stating_it(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "邊間實驗室嘅建築面積係500,000平方米？")
    assert claim.id == "quantum-info-national-lab-gfa-2024-01"


def test_tonnage_and_tonnes_are_one_concept(kb_index: Index) -> None:
    assert _first_claim(kb_index, "HKUST recyclables tonnage").id.startswith("hkust-recyclables")


def test_which_edition_is_asked_as_a_place_is(kb_index: Index) -> None:
    by_metric = {claim.unit: claim for claim in kb_index.kb.claims}
    assert intent_fit(by_metric["edition"], "rank") == 1.0


@pytest.mark.parametrize("question", ["Why is PolyU collaborating with Peng Cheng Laboratory?",
                                      "Why did PolyU partner with PCL?"])
def test_why_asks_for_the_purpose_not_the_focus(kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).metric == "purpose"


def test_a_ranking_named_with_no_region_is_the_world_table(kb_index: Index) -> None:
    assert _first_claim(kb_index, "HKUST QS ranking").metric == "rank_qs_world"
    assert _first_claim(kb_index, "HKUST QS Asia ranking").metric == "rank_qs_asia"


@pytest.mark.parametrize("question", ["有幾多隊科大團隊去咗日內瓦發明展？",
                                      "有多少支科大團隊參加了日內瓦發明展？"])
def test_a_measure_word_for_teams_counts_teams(kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).unit == "teams"


@pytest.mark.parametrize("question", ["科大醫學院幾時開學？",
                                      "When will HKUST's medical school admit its first students?",
                                      "Who heads HKUST's business school?"])
def test_a_faculty_named_must_be_what_the_claim_is_about(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", ["港大個中心喺邊度？", "Where is HKU's centre?"])
def test_a_body_s_one_part_of_a_kind_is_named_by_that_kind(kb_index: Index, question: str) -> None:
    """HKU has one centre; HKUST has several, so 科大個中心 names none of them."""
    assert "hku_gic" in parse_query(kb_index, question).entities
    assert parse_query(kb_index, "科大個中心喺邊度？").entities == ["hkust"]


def test_the_one_body_named_is_answered_by_its_own_claim_first(kb_index: Index) -> None:
    """The government's own claim, not the course's list of speakers that names it."""
    question = "Who spoke for the Hong Kong government at the opening of the space course?"
    assert _first_claim(kb_index, question).entity == "hksar_government"


def test_of_slips_equally_near_the_word_used_beside_the_others_wins(kb_index: Index) -> None:
    """'raod', 'trainning' beside 'belt', 'space' and 'course' read as the course's words."""
    question = "wat did the belt and raod space trainning course focus on"
    assert _first_claim(kb_index, question).entity == "belt_road_space_training_2025"


def test_a_count_of_years_is_no_date(kb_index: Index) -> None:
    """The file says how many years HKUST has run, not the year it was founded."""
    assert isinstance(answer_question(kb_index, "What year was HKUST founded?"), Decline)


def test_which_members_of_a_count_the_question_gives_is_not_the_count(kb_index: Index) -> None:
    question = "Which start-ups were the 11 HKUST IPOs?"
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_word_for_an_idea_names_what_is_asked_though_it_holds_glue(kb_index: Index) -> None:
    """向 is glue (向政府), but 方向 is a word for the directions of work asked for."""
    query = parse_query(kb_index, "理大與鵬城實驗室準備在哪些方向開展合作研究？")
    assert "~field" in query.focus
    assert _first_claim(kb_index, "理大與鵬城實驗室準備在哪些方向開展合作研究？").metric \
        != "partners"


def test_the_number_of_an_edition_is_no_figure_to_look_up(kb_index: Index) -> None:
    """第三屆 names the third course: a count of three focus areas does not answer for it."""
    query = parse_query(kb_index, "第三屆一帶一路空間科學應用培訓班喺邊度搞？")
    assert query.ordinals == [(3, None)]
    assert not query.numbers
    assert isinstance(answer_question(kb_index, "第三屆一帶一路空間科學應用培訓班喺邊度搞？"),
                      Decline)
    second = _first_claim(kb_index, "第二屆一帶一路培訓班喺邊度舉行？")
    assert second.metric == "event_venue"


def test_a_claim_without_the_kind_of_thing_asked_is_not_the_answer(kb_index: Index) -> None:
    """"What field does the joint lab work on": the claim naming the lab's partners holds
    every other word, but not the field."""
    claim = _first_claim(kb_index, "What field does PolyU's joint laboratory with the CAS "
                                   "Academy of Mathematics and Systems Science work on?")
    assert claim.metric != "partners"
    assert "research" in claim.metric or "field" in claim.metric


def test_a_list_of_only_the_bodies_the_question_names_tells_nothing_asked(
        kb_index: Index) -> None:
    """"What does the joint lab of the CAS institute and PolyU research": the claim listing
    PolyU and CAS as its partners answers nothing; one naming its field does."""
    claim = _first_claim(kb_index, "中科院廣州地球化學研究所與理大合辦的聯合實驗室研究甚麼？")
    assert claim.metric != "partners"
    # Asked for by name, the partners' claim may still be the one that names the institute.
    assert _first_claim(kb_index, "理大與深圳大學共同建設的學院叫甚麼名稱？").metric == "partners"


def test_a_question_word_typed_with_a_slip_is_a_question_word(kb_index: Index) -> None:
    query = parse_query(kb_index, "What was the 2025 Belt and Road space training course "
                                  "trying to acheive?")
    assert query.intent == "purpose"
    assert not {"achiev", "acheiv"} & set(query.terms)


def test_for_what_asked_in_cantonese_is_answered_by_a_purpose(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "科大同華潤科學技術研究院合作係為咗乜？")
    assert "purpose" in claim.metric


def test_a_slip_is_read_as_typed_before_as_stemmed_and_according_to_sets_aside_its_source(
        kb_index: Index) -> None:
    """'foucs' is one transposition from focus (its stem 'fouc' one letter from 'four');
    'acording to Cheng Kwang-Ting' names who said it, not what is asked about."""
    query = parse_query(kb_index, "What will HKUST foucs on in space research from now on, "
                                  "acording to Cheng Kwang-Ting?")
    assert "~focus" in query.terms
    assert "cheng" not in query.terms


@pytest.mark.parametrize("question", ["科大開咗幾多年？", "How many years has HKUST been running?"])
def test_how_many_years_asks_a_duration(kb_index: Index, question: str) -> None:
    claim = _first_claim(kb_index, question)
    assert claim.unit == "years"


@pytest.mark.parametrize("question", ["Who was HKUST's founding president?",
                                      "科大首任校長係邊個？"])
def test_who_held_an_office_first_is_not_who_holds_it_now(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    assert isinstance(answer_question(kb_index, "Who is HKUST's president?"), Answer)


def test_a_long_name_with_a_character_typed_by_sound_is_found_once_mended(
        kb_index: Index) -> None:
    """無錫經齊開發區 (經濟 typed by sound) names the Wuxi zone; 大灣區 inside 大灣區國際創薪學院
    is part of the institute's name, not a body of its own."""
    wuxi = parse_query(kb_index, "無錫經齊開發區同科大合作係培育咩？")
    assert "wuxi_economic_development_zone" in wuxi.entities
    institute = parse_query(kb_index, "理大大湾区国际创薪学院2019年暑假有多少学生参加创业活动？")
    entities = institute.entities
    assert "gba_i3" in entities
    assert "greater_bay_area" not in entities


@pytest.mark.parametrize("question", [
    "How many activestart-ups had HKUST created or incubated as of Dec 2023?",
    "What are PolyU's researchareas with Peng Cheng Lab?",
    "How many unicornsdoes HKUST have?",
])
def test_two_words_typed_without_the_space_are_read_apart(kb_index: Index,
                                                          question: str) -> None:
    query = parse_query(kb_index, question)
    assert not query.unknown_terms
    assert isinstance(answer_question(kb_index, question), Answer)


def test_how_many_floors_is_not_answered_by_a_floor_area(kb_index: Index) -> None:
    """層 counts storeys: it is the thing asked, not a measure word to strip."""
    assert isinstance(answer_question(kb_index, "港大國際創新中心會有幾多層？"), Decline)


def test_asked_to_name_several_things_a_count_does_not_answer(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "Name the unicorns HKUST has incubated."),
                      Decline)
    assert isinstance(answer_question(kb_index, "How many unicorns has HKUST incubated?"), Answer)


@pytest.mark.parametrize(("question", "deed"), [
    ("What did Harry Shum pledge when he met the director?", "~commit"),
    ("What did the head of the National Health Commission ask HKUST to do?", "~expect"),
    ("What did Minister Huai Jinpeng want the university to do?", "~expect"),
])
def test_the_deed_after_the_doer_is_what_is_asked(kb_index: Index, question: str,
                                                  deed: str) -> None:
    """'What did X pledge': the doer's names and titles are skipped, the verb is the focus."""
    query = parse_query(kb_index, question)
    assert deed in query.focus
    assert not {"~minister", "~lead"} & query.focus


@pytest.mark.parametrize("question", [
    "What did Xia Baolong call Hong Kong's higher education?",  # 'call' names no idea
    "What does HKUST want to achieve with its net-zero plan?",  # wanting is no asking
    "I want you to tell me HKUST's QS ranking",
])
def test_no_deed_is_read_where_none_is_asked(kb_index: Index, question: str) -> None:
    query = parse_query(kb_index, question)
    assert "~expect" not in query.terms
    assert "~height" not in query.focus


@pytest.mark.parametrize("question", [
    "is polyu part of the University Alliance of the Silk Road?",
    "理大係咪絲綢之路大學聯盟嘅成員？"])
def test_a_yes_no_question_is_answered_by_the_list_naming_the_body_it_names(
        kb_index: Index, question: str) -> None:
    """'Is PolyU part of the alliance': a list naming PolyU alone is the answer, not a list
    that tells nothing but what the question says."""
    assert parse_query(kb_index, question).yes_no
    claim = _first_claim(kb_index, question)
    assert claim.entity == "uasr"
    assert isinstance(claim.value, tuple)


def test_a_name_holding_a_possessive_is_found_as_written(kb_index: Index) -> None:
    """絲綢之路大學聯盟 holds 之, which stands between two names elsewhere (港大之中心)."""
    assert "uasr" in parse_query(kb_index, "理大係咪絲綢之路大學聯盟嘅成員？").entities


def test_a_verb_opens_no_university_name(kb_index: Index) -> None:
    """邊個年度做亞洲大學聯盟: 度做亞洲大學 is no institution the file lacks."""
    assert not parse_query(kb_index, "科大喺邊個年度做亞洲大學聯盟嘅執行主席大學？").unknown_names


def test_a_key_pressed_twice_is_read_as_the_word_with_one(kb_index: Index) -> None:
    """'fuunded' is as near to founded as to funded; a doubled letter says which."""
    query = parse_query(kb_index, "How many fuunded projects did HKUST have in 2022-23?")
    assert "~found" not in query.terms
    assert stem("funded") in query.terms or "~money" in query.terms


@pytest.mark.parametrize(("question", "meant"), [
    ("Who heas HKUST's Institute for Space Science and Technology?", "~lead"),
    ("The HKUST Shanghai Center leverages strengths in chps and AI", stem("chips"))])
def test_a_short_word_whose_stem_is_shorter_still_gets_its_slip_read(
        kb_index: Index, question: str, meant: str) -> None:
    """'heas' stems to 'hea', 'chps' to 'chp': the word as typed is four letters long."""
    assert meant in parse_query(kb_index, question).terms


def test_a_five_letter_filler_typed_with_a_slip_is_a_filler(kb_index: Index) -> None:
    query = parse_query(kb_index, "What stage had China's space station reaced by mid-2025?")
    assert "reach" not in query.terms


@pytest.mark.parametrize("question", ["What is Ge Ming's government positino?",
                                      "What was Guo Yike's tilte at HKUST in March 2025?"])
def test_an_office_asked_for_with_a_slip_asks_who(kb_index: Index, question: str) -> None:
    query = parse_query(kb_index, question)
    assert query.intent == "who"
    assert not {"position", "titl"} & set(query.terms)


def test_claims_about_every_body_named_outlast_the_shortlist(kb_index: Index) -> None:
    """Of the hundreds of HKUST claims holding 研究, the one about the building named too is
    kept for scoring: a claim about HKUST alone would score half."""
    claim = _first_claim(kb_index, "港科大在建的新科研楼2主要做哪方面的研究？")
    assert claim.entity == "hkust_new_research_building_2"


def test_together_is_working_with_and_via_is_glue(kb_index: Index) -> None:
    """和誰一起開展 (with whom, together): a partner asked; 借 (by way of) carries nothing."""
    assert "~partner" in parse_query(kb_index, "低空經濟研究中心準備和誰一起開展試驗？").terms
    query = parse_query(kb_index, "理大和深圳大學借大灣區國際創新學院開展哪些活動？")
    assert "借" not in query.terms


@pytest.mark.parametrize("question", [
    "Is it true HKUST had 20 unicorns as of May 2025?",
    "Did HKUST really disclose 300 inventions in 2022-23?",
    "Can you confirm the year by which HKUST aims to reach net zero? I've seen 2050 quoted."])
def test_a_figure_typed_to_be_checked_is_answered_with_the_claims_own(
        kb_index: Index, question: str) -> None:
    """A fact-checker's question states the figure they doubt: the claim holding the true one
    answers it (and shows it differs), where a figure naming something else would not."""
    query = parse_query(kb_index, question)
    assert query.checking
    claim = _first_claim(kb_index, question)
    typed = {int(value) for value, _ in query.numbers} | {2050}
    assert claim.is_numeric or claim.unit == "date"
    assert not any(str(claim.value).startswith(str(value)) for value in typed)


def test_the_year_to_check_is_no_year_asked_about(kb_index: Index) -> None:
    query = parse_query(kb_index, "Can you confirm the year by which HKUST aims at net zero? 2050")
    assert query.intent == "when"
    assert not query.years


def test_a_choice_by_figure_checks_nothing(kb_index: Index) -> None:
    assert not parse_query(kb_index, "Is 1,828 tonnes HKUST's recyclables or its trash?").checking


def test_a_clear_winner_just_short_of_the_threshold_answers(kb_index: Index) -> None:
    """One claim covering most of the question, far above any other, answers though the
    question's kind word (技術) is not in it; a typed ordinal it does not state gets no leeway."""
    question = "科大有冇驗血就驗到腦退化症嘅技術？"
    scored = score_candidates(kb_index, parse_query(kb_index, question))
    assert scored[0].parts.total < DEFAULT_MIN_SCORE
    assert isinstance(answer_question(kb_index, question), Answer)
    assert isinstance(answer_question(kb_index, question, min_score=0.7), Decline)
    assert isinstance(answer_question(kb_index, "How many awards did HKUST win at the 49th "
                                                "International Exhibition of Inventions Geneva?"),
                      Decline)


@pytest.mark.parametrize("question", [
    "理大同鵬城實驗室會一齊做啲咩嘢？", "理大同 PCL 合作會做啲咩？",
    "What will PolyU and Peng Cheng Laboratory do together?"])
def test_what_two_bodies_will_do_together_is_their_activities(kb_index: Index,
                                                              question: str) -> None:
    assert _first_claim(kb_index, question).metric == "activities"


def test_what_one_body_will_focus_on_is_not_read_as_activities(kb_index: Index) -> None:
    assert "~event" not in parse_query(kb_index, "科大之後嘅太空研究會集中做啲咩？").terms


def test_a_kind_of_answer_no_claim_names_is_not_held(kb_index: Index) -> None:
    """'Which architect designed it': no claim names an architect; 'which five fields' and
    'what post' name a count and a role, which claims hold in other words."""
    assert isinstance(answer_question(
        kb_index, "Which architect designed HKU's International Innovation Centre?"), Decline)
    assert _first_claim(kb_index, "Which five research fields do PolyU and Peng Cheng "
                                  "Laboratory intend to cooperate in?").metric == "research_areas"
    assert isinstance(answer_question(kb_index, "What post does Xia Baolong hold?"), Answer)


@pytest.mark.parametrize(("question", "metric"), [
    ("Quick check for a caption: who co-founded the Hong Kong Biotechnology Fund with HKUST?",
     "founders"),
    ("撰寫校園專題：理大參與了哪些大學聯盟？", "alliances"),
    ("HKUST unicorns: how many are there?", "unicorns"),
])
def test_a_lead_in_before_the_question_sets_the_scene(kb_index: Index, question: str,
                                                      metric: str) -> None:
    """What comes before the colon says why the question is asked: a claim lacking its words
    loses nothing, one holding them gains, and the question after it says what is asked."""
    assert _first_claim(kb_index, question).metric == metric
    query = parse_query(kb_index, "For a piece on green campuses: what year is HKUST aiming "
                                  "for net zero?")
    assert query.intent == "when"
    assert {"campus", "piec"} <= query.optional
    assert "year" not in query.optional


def test_a_lead_in_that_asks_is_part_of_the_question(kb_index: Index) -> None:
    assert not parse_query(kb_index, "How many unicorns: HKUST's count in 2025?").optional


def test_a_date_is_the_month_and_year_asked_for(kb_index: Index) -> None:
    for question in ("In what month and year did HKUST(GZ) open?",
                     "What month did HKUST Guangzhou open?"):
        claim = _first_claim(kb_index, question)
        assert (claim.entity, claim.unit) == ("hkust_gz", "date")


def test_short_for_asks_what_an_abbreviation_stands_for(kb_index: Index) -> None:
    assert "stand" in parse_query(kb_index, "What is HKBF short for?").terms
    assert _first_claim(kb_index, "SIIC is short for what?").metric == "full_name"


@pytest.mark.parametrize("question", ["理大係邊個月開始收生？", "科大广州哪个月开幕？",
                                      "港科大（廣州）幾月啟用？"])
def test_which_month_asks_when(question: str) -> None:
    assert question_intent(fold_text(question)) == "when"


def test_a_count_in_total_is_not_narrower_for_a_word_said_otherwise(kb_index: Index) -> None:
    """'partnerships in total' names the partners the metric counts, in other words."""
    assert _first_claim(kb_index, "How many global academic partnerships does HKUST have in "
                                  "total?").metric == "academic_partners"


def test_parties_are_bodies(kb_index: Index) -> None:
    assert _first_claim(kb_index, "Which parties set up the Hong Kong Biotechnology "
                                  "Fund?").metric == "founders"


def test_where_a_name_was_found_is_set_aside(kb_index: Index) -> None:
    query = parse_query(kb_index, "Who is 夏寶龍, as described in HKUST's news?")
    assert not {"describ", "new", "news"} & set(query.terms)


def test_where_something_was_described_is_set_aside_and_related_is_no_word(
        kb_index: Index) -> None:
    assert _first_claim(kb_index, "What stage had the China Space Station reached, as "
                                  "described at the HKUST course?").metric == "status"
    assert "relat" not in parse_query(kb_index, "Any Alzheimer's-related test at HKUST?").terms


@pytest.mark.parametrize("question", [
    "According to CUHK's brochure, what problems does deep technology aim to solve?",
    "Who is 夏寶龍, as identified in CityU's news?",
    "根據中大資料，國際創新中心的研究範疇有哪些？"])
def test_what_another_university_wrote_is_not_in_the_file(kb_index: Index,
                                                         question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    assert isinstance(answer_question(kb_index, question.replace("CUHK", "HKU").replace(
        "CityU", "HKUST").replace("中大", "港大")), Answer)


def test_the_unit_of_an_amount_asked_and_about_are_no_words_to_find(kb_index: Index) -> None:
    """多少億港元: the unit the answer is counted in; 約為: "about"."""
    terms = parse_query(kb_index, "科大的校外資助總額約為多少億港元？").terms
    assert not {"亿港", "港元", "约为"} & set(terms)
    assert "港元" in parse_query(kb_index, "科大用港元定美元計？").all_terms


def test_a_common_word_is_not_read_as_a_sound_slip(kb_index: Index) -> None:
    """提到 ("mentioned") is no slip of 達到, though only the latter is in the file."""
    assert "提到" in parse_query(kb_index, "夏寶龍會見代表團時提到科大成立了多少年？").terms


def test_a_role_held_in_an_alliance_answers_what_role(kb_index: Index) -> None:
    """Not the list of the alliance's members, which names the university but not its role."""
    assert _first_claim(kb_index, "What role does HKUST have in the Asian Universities "
                                  "Alliance?").metric == "alliance_role"


def test_which_edition_asks_a_place_in_a_series(kb_index: Index) -> None:
    assert question_intent("which edition of the course was it") == "rank"
    assert _first_claim(kb_index, "What edition was the 2025 Belt and Road space "
                                  "course?").unit == "edition"


def test_an_ampersand_abbreviation_is_spelt_out(kb_index: Index) -> None:
    assert "m" not in parse_query(kb_index, "HKUST M&A exits").terms
    assert _first_claim(kb_index, "HKUST start-up M&A count 2023").metric == "startup_acquisitions"


def test_a_list_of_as_many_names_as_asked_holds_the_number_word(kb_index: Index) -> None:
    """'Which two organisations': a list of two names says 'two' without the word."""
    result = answer_question(kb_index, "Which two organisations jointly announced the Hong "
                                       "Kong Biotechnology Fund?")
    assert isinstance(result, Answer)
    assert "two" in result.answers[0].parts.matched_terms


def test_what_a_number_of_counts_is_what_follows_it(kb_index: Index) -> None:
    query = parse_query(kb_index, "What was the record number of active licence agreements?")
    assert "~agreement" in query.focus
    assert "record" not in query.focus


@pytest.mark.parametrize("question", ["锂大同鵬城實驗室會一齊做啲咩嘢？",
                                      "俐大同深大搞大灣區國際創新學院簽咗咩文件？"])
def test_a_short_name_typed_by_sound_names_the_body(kb_index: Index, question: str) -> None:
    """锂大 is 理大 (PolyU) typed by sound, though what follows it (同) is no word."""
    assert "polyu" in parse_query(kb_index, question).entities
    assert isinstance(answer_question(kb_index, question), Answer)


def test_how_high_something_ranks_asks_a_rank() -> None:
    assert question_intent(fold_text("呢個課程全球排到幾高？")) == "rank"
    assert question_intent(fold_text("呢座樓有幾高？")) != "rank"


@pytest.mark.parametrize("question", ["QS Asia 港科大 ranking 多少？", "THE rank 幾多？",
                                      "HKUST ranking系幾多", "HKUST QS rankings 多少？"])
def test_an_english_table_word_before_a_chinese_question_word_asks_a_rank(question: str) -> None:
    assert question_intent(fold_text(question)) == "rank"


def test_a_table_word_before_a_count_of_universities_asks_the_count() -> None:
    assert question_intent(fold_text("QS ranking 幾多間大學？")) == "count"


def test_which_number_asks_a_place_in_a_series_not_which_figure_is_right() -> None:
    assert question_intent("which number conference took place in 2021") == "rank"
    assert question_intent("which number of the students went abroad") != "rank"
    assert question_intent("which number is correct 16000 or 17000") != "rank"


@pytest.mark.parametrize("question", [
    "港大所说的深科技是指什么？", "港大講嘅深科技到底係咩嚟㗎？", "深科技即係乜嘢？",
    "深科技是什么意思", "什麼是港大所說的深科技？", "港大所說的深科技指甚麼？"])
def test_what_a_word_means_is_answered_by_the_claim_that_defines_it(kb_index: Index,
                                                                    question: str) -> None:
    assert "~definition" in parse_query(kb_index, question).optional
    assert _first_claim(kb_index, question).metric == "deep_technology_definition"


def test_asking_what_a_thing_is_still_finds_a_claim_that_defines_nothing(
        kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "理大嘅WIE係咩嚟？"), Answer)


@pytest.mark.parametrize("question", ["What is the total gross floor area of the HKUST campus?",
                                      "科大而家校園總人口有幾多？"])
def test_a_figure_asked_is_not_answered_by_how_much_it_grew(kb_index: Index,
                                                           question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", ["What was HKUST's intellectual property income last year?",
                                      "What is HKUST's annual intellectual property income?"])
def test_a_figure_asked_over_a_year_is_not_its_growth(kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).metric == "ip_income"


def test_a_fall_asked_is_a_change_asked(kb_index: Index) -> None:
    assert _first_claim(kb_index, "科大外訪交流生人數跌咗幾多？").metric.endswith("_growth")


@pytest.mark.parametrize("question", ["How much has HKUST's gross floor area increased since "
                                      "2014-15?", "科大校園人口多咗幾多？",
                                      "What is the 105,635 m² in HKUST's figures?",
                                      "hkust inventions disclosed yoy"])
def test_the_change_asked_or_typed_is_answered_by_the_claim_stating_it(
        kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).metric.endswith(("_increase", "_growth"))


@pytest.mark.parametrize("question", ["hkust carbon emissions how many tonnes co2",
                                      "科大溫室氣體排放有幾多噸？"])
def test_tonnes_asked_are_a_measure_not_things_counted(kb_index: Index, question: str) -> None:
    """Tonnes of CO2-equivalent are a mass, as tonnes of waste are: "how many tonnes" asks
    the measure, not a count of tonnes the claim would have to name."""
    assert _first_claim(kb_index, question).metric == "greenhouse_gas_emissions"
    assert unit_kind("tCO2e") == unit_kind("tonnes")


@pytest.mark.parametrize("question", ["习近平2021年在两院院士大会上讲话的具体日期是哪天？",
                                      "On what exact date did Xi speak at the 2021 academicians' "
                                      "conference?"])
def test_the_day_asked_is_not_answered_by_the_year(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_date_asked_loosely_of_a_target_year_keeps_the_year(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "What date did HKUST's net-zero action plan target?")
    assert claim.value == "2045"


def test_the_day_asked_is_answered_by_a_claim_that_gives_it(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "懷進鵬是哪一天會見科大代表團的？")
    assert claim.unit == "date"
    assert len(str(claim.value)) == len("2025-03-13")


@pytest.mark.parametrize("question", ["How much research funding did HKUST(GZ) receive in "
                                      "2022-23?", "港科大（廣州）攞咗幾多資金做研究？"])
def test_a_sum_of_money_asked_is_not_a_count_of_funded_things(kb_index: Index,
                                                              question: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Decline) \
        or result.answers[0].claim.id != "hkust-gz-government-funded-projects-2022-23"
    assert _first_claim(kb_index, "How many government-funded research projects did "
                                  "HKUST(GZ) win?").id \
        == "hkust-gz-government-funded-projects-2022-23"


def test_several_asked_are_named_by_the_list_before_one_of_them(kb_index: Index) -> None:
    """"Who are the HKUST professors teaching on the course": the claim listing the tutors,
    though the claim about one tutor holds "professor" too."""
    claim = _first_claim(kb_index, "Who are the HKUST professors teaching on the Belt and Road "
                                   "space science course?")
    assert isinstance(claim.value, tuple)


@pytest.mark.parametrize("question", [
    "Was HKUST the first university in the world to lead a lunar surface robot project?",
    "科大展示的电子鼻是不是全球首创？"])
def test_being_first_of_a_kind_asked_needs_a_claim_that_says_so(kb_index: Index,
                                                               question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", [
    "Which HKUST phone app was the first of its kind to be cleared by the FDA?",
    "科大向吳岩副部長展示的「全球首個」仿生裝置是甚麼？"])
def test_the_thing_first_of_its_kind_is_found_by_the_claim_saying_so(kb_index: Index,
                                                                    question: str) -> None:
    assert _first_claim(kb_index, question).id.startswith("hkust-distinction-")


@pytest.mark.parametrize("question", ["Who was the first speaker to present at the Belt and "
                                      "Road space course?", "科大首個學期幾時開始？",
                                      "When did HKUST(GZ) admit its first students to the campus?"])
def test_an_ordinal_first_asks_no_distinction(kb_index: Index, question: str) -> None:
    assert not _first_of_kind_asked(kb_index, parse_query(kb_index, question))


@pytest.mark.parametrize("question", ["港科大是不是全港首間推出AI課程的大學？",
                                      "科大係唔係全球第一間研發電子鼻嘅大學？",
                                      "Is it a world-first?"])
def test_first_of_a_kind_is_read_in_its_common_forms(kb_index: Index, question: str) -> None:
    assert _first_of_kind_asked(kb_index, parse_query(kb_index, question))


def test_first_in_a_bodys_description_or_a_rank_asks_no_distinction(kb_index: Index) -> None:
    described = "美國與大灣區首個生物科技及轉化醫學合作平台研究哪些範疇？"
    assert not _first_of_kind_asked(kb_index, parse_query(kb_index, described))
    assert _first_claim(kb_index, "Is HKUST's computer science ranked first in Hong Kong in "
                                  "the Times Higher Education subject rankings 2024?").unit \
        == "rank"


@pytest.mark.parametrize("question", [
    "What's the estimated construction cost of HKU's International Innovation Centre?",
    "港大國際創新中心建造成本係幾多？"])
def test_a_cost_asked_is_not_answered_by_a_claim_that_states_no_sum(kb_index: Index,
                                                                   question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_short_stop_word_one_slip_away_is_no_reading_of_a_claim_word(kb_index: Index) -> None:
    """'theem' is one slip from 'them' and from 'theme': a short word is read as the claims'."""
    assert _first_claim(kb_index, "whats the theem of the belt and raod space training "
                                  "course").metric.endswith("theme")


@pytest.mark.parametrize("question", ["港科大（廣州）第一批研究生是甚麼時候入學的？",
                                      "When did HKUST(GZ) admit its first postgraduates?"])
def test_postgraduates_asked_are_not_the_undergraduates_a_claim_counts(kb_index: Index,
                                                                      question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    assert _first_claim(kb_index, "港科大（廣州）第一批本科生是甚麼時候入學的？").unit == "date"


@pytest.mark.parametrize("question", ["How many students does HKUST have?",
                                      "科大總共有幾多個學生？"])
def test_the_student_body_asked_is_no_count_of_a_kind_of_student(kb_index: Index,
                                                                  question: str) -> None:
    """Outbound exchange students, aid recipients and interns are not all of HKUST's."""
    assert isinstance(answer_question(kb_index, question), Decline)
    assert _first_claim(kb_index, "How many HKUST students went on outbound exchange?").metric \
        == "outbound_exchange_students"


@pytest.mark.parametrize("question", ["科大嘅AI算力同亞洲其他大學比點？", "科大同各大學比較點？",
                                      "科大最大嘅成就係咩？"])
def test_a_word_ending_in_big_is_no_universitys_short_name(kb_index: Index,
                                                           question: str) -> None:
    """其他大學 holds 他大, which is no university the file lacks (as 城大 is)."""
    assert not parse_query(kb_index, question).unknown_names
    assert parse_query(kb_index, "科大同城大比較點？").unknown_names
    assert parse_query(kb_index, "科大同加大有咩合作？").unknown_names


def test_the_focus_asked_in_chinese_is_what_a_thing_is_for(kb_index: Index) -> None:
    question = "科大同 Alibaba Cloud 合作主要 focus 咩？"
    assert question_intent(fold_text(question)) == "purpose"
    assert _first_claim(kb_index, question).id == "alibaba-cloud-partnership-purpose-2022-23"


def test_spending_asks_money_not_another_measure(kb_index: Index) -> None:
    """HKUST's electricity use in kWh is no answer to what it spent on electricity."""
    assert isinstance(answer_question(kb_index, "How much did HKUST spend on electricity in "
                                                "2022-23?"), Decline)


def test_a_name_read_across_the_start_of_a_longer_one_is_no_university(
        kb_index: Index) -> None:
    query = parse_query(kb_index, "科大擔任亞洲大學聯盟的甚麼職位？")
    assert not query.unknown_names
    assert _first_claim(kb_index, "科大擔任亞洲大學聯盟的甚麼職位？").metric == "alliance_role"


def test_the_role_something_plays_is_its_purpose_and_top_how_many_a_rank() -> None:
    assert question_intent(fold_text("What role does the centre aim to play for talent?")) \
        == "purpose"
    assert question_intent(fold_text("What role does HKUST hold in the alliance?")) == "who"
    assert question_intent(fold_text("科大畢業生位列全球前多少名？")) == "rank"


def test_a_name_only_in_a_bracketed_gloss_is_no_other_body(kb_index: Index) -> None:
    """'(Guoji Si)' restates the department before it, in pinyin; CUHK outside brackets is
    still another university."""
    question = ("Who is the Ministry of Education's Director-General for international "
                "cooperation (Guoji Si)?")
    assert not parse_query(kb_index, question).unknown_names
    assert isinstance(answer_question(kb_index, question), Answer)
    assert isinstance(answer_question(kb_index, "How many unicorns does CUHK (the Chinese "
                                                "University) have?"), Decline)


def test_what_someone_hopes_a_body_will_do_afterwards_is_their_expectation(
        kb_index: Index) -> None:
    """希望科大之後…: 之後 follows the name, not the hope; the hope is not an event dropped."""
    assert "~expect" in parse_query(kb_index, "懷進鵬部長希望科大之後做到啲乜嘢？").terms
    assert "~expect" not in parse_query(kb_index, "建成之後會做乜？").terms


def test_a_part_called_by_its_name_words_is_the_part_asked_about(kb_index: Index) -> None:
    """"The space training course at UST" names the course in everyday words: its end is
    the course's, not a date of HKUST's own that a part's claim stands in for."""
    answer = answer_question(kb_index, "when does the 2025 space training course at UST finish?")
    assert isinstance(answer, Answer)
    assert answer.answers[0].claim.metric == "event_end_date"
    assert isinstance(answer_question(kb_index, "When did HKUST end?"), Decline)


def test_a_capital_that_starts_a_hyphenated_first_word_is_no_name(kb_index: Index) -> None:
    question = "Fact-check for a drone explainer: which fields does LAERC combine?"
    assert not parse_query(kb_index, question).unknown_names
    assert parse_query(kb_index, "How many unicorns does Fact University have?").unknown_names


def test_a_body_described_by_the_bodies_that_set_it_up_bears_on_them(kb_index: Index) -> None:
    """The fund HKUST and SIIC set up: its claims need not name both founders again; a centre
    beside its parent and one other body is not described by them (LAERC's proposal to the
    government is the claim naming the government)."""
    answer = answer_question(kb_index, "港科大和上实搞的香港生物科技基金主要投什么？")
    assert isinstance(answer, Answer)
    assert answer.answers[0].claim.entity == "hkbf"
    assert _first_claim(kb_index, "What did HKUST's low altitude economy centre recently "
                                  "propose to the HK government?").id == "laerc-sandbox-proposal"


def test_a_place_asked_in_the_world_is_not_a_place_in_asia(kb_index: Index) -> None:
    """A table's name ("THE World University Rankings … Subject") asks no world place; "world
    rank" does, and the file holds only Asia's and Hong Kong's for the subject."""
    assert isinstance(answer_question(kb_index, "HKUST's world ranking for computer science "
                                                "in the THE World University Rankings by "
                                                "Subject 2024?"), Decline)
    answer = answer_question(kb_index, "HKUST computer science rank in the THE World "
                                       "University Rankings by Subject 2024")
    assert isinstance(answer, Answer)


@pytest.mark.parametrize("question", [
    "Where did HKUST place within Hong Kong in the Global University Employability Ranking 2024?",
    "科大在2024年全球大學畢業生就業能力排名中位列全港第幾？"])
def test_a_place_asked_within_a_region_is_that_regions_table(kb_index: Index,
                                                             question: str) -> None:
    assert "hong_kong" in _first_claim(kb_index, question).metric


@pytest.mark.parametrize(("question", "value"), [
    ("港科大的一千七百四十七是指什么？", 1747),
    ("科大新聞提到的「三千萬港元」是指甚麼？", 30_000_000)])
def test_a_figure_typed_in_chinese_numerals_is_looked_up(kb_index: Index, question: str,
                                                         value: int) -> None:
    """In digits the figure is a word of the question; in numerals it is looked up as one."""
    assert _first_claim(kb_index, question).value == value


def test_what_something_is_used_for_in_chinese_asks_its_purpose() -> None:
    assert question_intent(fold_text("那三千萬元會用來做甚麼？")) == "purpose"


def test_in_after_a_table_name_taken_out_is_no_word(kb_index: Index) -> None:
    """排名里: with the table's name taken out, 里 ("in") opens what is left; 里程 stays."""
    assert "里" not in parse_query(kb_index, "港科大在THE 2024年轻大学排名里排第几？").terms
    assert isinstance(answer_question(kb_index, "科大喺泰晤士年輕大學排名里排第幾？"), Answer)


def test_can_or_cannot_only_asks_yes_or_no(kb_index: Index) -> None:
    """可唔可以, 可不可以: the question's form, no word a claim should hold."""
    terms = parse_query(kb_index, "讀理大可唔可以去大灣區實習㗎？").terms
    assert "~internship" in terms
    assert not any("可" in term for term in terms)


@pytest.mark.parametrize(("question", "answered"), [
    ("One blog says HKUST(GZ) opened in 2020. When did it open officially?", True),
    ("A reader claims HKUST targets net zero by 2060. By which year does HKUST aim for net zero?",
     True),
    ("2022-23年度的獎學金數字我已核實，請問科大2023-24年度頒發了多少獎學金？", False)])
def test_what_others_say_is_a_premise_not_a_condition(kb_index: Index, question: str,
                                                      answered: bool) -> None:
    """A year or figure someone else gives is the premise to check; the question after it
    says which year is asked (none, or 2023-24, which the file does not hold)."""
    assert isinstance(answer_question(kb_index, question), Answer) is answered


def test_a_premise_asked_about_as_a_whole_is_still_the_question(kb_index: Index) -> None:
    query = parse_query(kb_index, "Our reporter wrote that HKUST had 30 unicorns in 2019. "
                                  "Is that correct?")
    assert query.years == [2019]


def test_a_person_named_to_say_which_event_is_not_the_answer(kb_index: Index) -> None:
    """雷海潮 names the meeting; that he is the minister is not whom he met. Asking his post
    ("蘇慧是哪個學系的講座教授") still finds the claim he holds."""
    assert _first_claim(kb_index, "雷海潮喺北京見咗科大邊啲人？").metric != "minister"
    assert "su-hui" in _first_claim(kb_index, "蘇慧教授是科大哪個學系的講座教授？").id


def test_how_many_institutions_counts_universities(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "How many institutions does the QS World University "
                                   "Rankings 2024 cover?")
    assert claim.metric == "ranking_field_size"


@pytest.mark.parametrize("question", [
    "Did HKUST's scholarship spending go up in 2022-23, and by how much?",
    "科大獎學金按年增幅係幾多？", "hkust stem internship students yoy"])
def test_a_move_asked_is_answered_by_the_change_not_the_level(kb_index: Index,
                                                              question: str) -> None:
    """A rise asked in so many words gives way to the claim of the rise when the level's
    claim stands beside it; the level alone is still the level's answer."""
    assert _first_claim(kb_index, question).metric.endswith("_growth")
    assert _first_claim(kb_index, "How much scholarship money did HKUST award in "
                                  "2022-23?").metric == "scholarships"


@pytest.mark.parametrize("question", [
    "Where was the very first Belt and Road space science applications training course held?",
    "The space course came to HKUST for its second run. Where was the first one held?"])
def test_the_very_first_of_a_series_is_the_first_edition(kb_index: Index,
                                                        question: str) -> None:
    assert _first_claim(kb_index, question).metric == "first_edition_venue"


def test_take_place_is_held_and_inaugural_names_the_first_edition(kb_index: Index) -> None:
    """'take place' is 'held', not a 'place' in a ranking; 'the inaugural edition' is the
    first, whose year the file does not hold."""
    assert fold_text("How often does it take place?") == "how often does it held"
    techathon = _first_claim(kb_index, "How often does the Hong Kong Techathon take place?")
    assert techathon.metric == "frequency"
    assert isinstance(answer_question(kb_index, "The inaugural edition of the Belt and Road "
                                                "space course took place in Beijing: which "
                                                "year?"), Decline)


@pytest.mark.parametrize("question", [
    "How has HKUST's water use moved against the 2014-15 baseline?",
    "By how much has the gross floor area grown since the 2014-15 baseline?",
    "科大用電量較2014-15年度減少了多少？", "與2014-15年度相比，科大用水量變化多少？",
    "Compared with 2014-15, how many more people are there on campus?",
    "Since 2014-15, how much has the water use fallen?"])
def test_a_year_compared_with_is_not_the_year_asked(question: str) -> None:
    assert asked_dates(question) == ([], [])
    assert asked_dates("What was the electricity use in the 2014-15 baseline year?") \
        == ([2014], [(2014, 2015)])


def test_tenths_ask_a_share_and_not_from_hong_kong_is_outside_it() -> None:
    """幾多成: 成 counts tenths (not 多少成本, a cost); 唔係香港人: from outside Hong Kong."""
    assert "比例" in mend_question_words(fold_text("科大啲教員有幾多成係香港人？"))
    assert "比例" not in mend_question_words(fold_text("項目要幾多成本？"))
    assert "香港以外" in mend_question_words(fold_text("有幾多教員唔係香港人？"))


def test_the_deed_a_chinese_question_ends_on_is_what_is_asked(kb_index: Index) -> None:
    """討論了甚麼: what was discussed, not who the minister is."""
    assert "~discuss" in parse_query(kb_index, "懷進鵬同科大代表團討論了甚麼？").focus
    assert _first_claim(kb_index, "懷進鵬部長同科大代表團討論了甚麼？").metric != "minister"


def test_a_snapshot_of_who_holds_a_post_says_no_date_they_took_it(kb_index: Index) -> None:
    """The chairman as of a day says nothing of when he became chairman; a project dated by
    its year says which year it was led."""
    assert isinstance(answer_question(kb_index, "When did Harry Shum first become chairman of "
                                                "the HKUST Council?"), Decline)
    assert isinstance(answer_question(kb_index, "Chang'e-8 嗰個月面機械人 project 係科大邊一年"
                                                "主導㗎？"), Answer)


def test_what_was_paid_asks_money_not_another_measure(kb_index: Index) -> None:
    """What HKUST paid for electricity is money; the kilowatt-hours it used are not."""
    assert isinstance(answer_question(kb_index, "How much did HKUST pay for electricity in "
                                                "2022-23?"), Decline)
    assert isinstance(answer_question(kb_index, "How much electricity did HKUST use in "
                                                "2022-23?"), Answer)


def test_a_word_the_claim_only_negates_is_the_opposite(kb_index: Index) -> None:
    """本地生 (local students) is not answered by the claim about 非本地生; 非本地生 is."""
    assert _first_claim(kb_index, "科大有幾多非本地生？").id \
        == "hkust-non-local-students-countries-2022-10"
    assert isinstance(answer_question(kb_index, "科大今年收咗幾多個本地生呀？"), Decline)


def test_an_english_word_no_claim_uses_is_what_a_chinese_yes_no_question_asks(
        kb_index: Index) -> None:
    query = parse_query(kb_index, "HKU 個 innovation centre 會唔會 delay？")
    assert "delay" in query.terms
    assert "delay" not in query.general
    assert isinstance(answer_question(kb_index, "港大個 innovation centre 會唔會 delay？"),
                      Decline)


def test_the_deed_a_yes_no_question_asks_must_be_in_the_claim(kb_index: Index) -> None:
    """Whether the government approved the sandbox: the claim that it was proposed does not
    say; whether HKUST(GZ) was opened, the claim of its opening does."""
    assert isinstance(answer_question(kb_index, "Has the government approved the low-altitude "
                                                "economy sandbox HKUST proposed?"), Decline)
    assert isinstance(answer_question(kb_index, "Was HKUST(GZ) officially opened in 2022?"),
                      Answer)


def test_which_campus_asks_which_and_which_principal_who() -> None:
    assert question_intent(fold_text("中心隔籬係港大邊個校園？")) != "who"
    assert question_intent(fold_text("理大邊個校長？")) == "who"


def test_a_sentence_after_the_question_only_says_why_it_is_asked(kb_index: Index) -> None:
    question = "理大2018/19學年有多少個科研項目？我正在寫一篇關於香港高校科研規模的文章。"
    assert "规模" in parse_query(kb_index, question).optional
    assert _first_claim(kb_index, question).id == "polyu-research-projects-2018-19"


def test_wrap_up_is_end(kb_index: Index) -> None:
    assert fold_text("When did the course wrap up?") == "when did the course end"
    assert _first_claim(kb_index, "When did the Belt and Road space course at HKUST wrap up?"
                        ).metric == "event_end_date"


@pytest.mark.parametrize("question", ["Did HKUST(GZ) officially open in September 2021?",
                                      "HKUST's net-zero plan - is the target year 2050?"])
def test_a_date_typed_to_be_checked_is_corrected_not_declined(kb_index: Index,
                                                             question: str) -> None:
    """The claim's own date answers a wrong one ("No: September 2022")."""
    answer = answer_question(kb_index, question)
    assert isinstance(answer, Answer)
    assert answer.answers[0].claim.unit == "date"


def test_a_figure_looked_up_says_which_claim_though_other_names_say_where(
        kb_index: Index) -> None:
    """The Greater Bay Area names the page the figure was read on; 416 names the claim."""
    assert _first_claim(kb_index, "What does the number 416 on PolyU's Greater Bay Area page "
                                  "stand for?").value == 416


def test_what_the_reader_says_of_themselves_only_sets_the_scene(kb_index: Index) -> None:
    question = ("I'm a reporter at an English-language paper covering start-ups. As of the end "
                "of 2023, how many of the start-ups HKUST created had gone public through IPOs?")
    query = parse_query(kb_index, question)
    assert "reporter" in query.optional
    assert not query.unknown_names
    assert _first_claim(kb_index, question).id == "hkust-startup-ipos-2023-12-31"


def test_what_kind_of_talent_asks_no_person() -> None:
    """咩人才, 什么人才: a kind of talent, not who (咩人 still asks who)."""
    assert question_intent(fold_text("科大要成為國家咩人才嘅蓄水池？")) != "who"
    assert question_intent(fold_text("科大要成为国家什么人才的蓄水池？")) != "who"
    assert question_intent(fold_text("向斌係咩人？")) == "who"


def test_the_title_of_a_person_named_is_not_the_office_asked(kb_index: Index) -> None:
    """隨吳岩副部長…的司長是誰: 副部長 is Wu Yan's; the director-general is asked."""
    claim = _first_claim(kb_index, "隨吳岩副部長來訪的教育部高等教育司司長是誰？")
    assert claim.id == "moe-higher-education-department-director-general"


def test_a_preface_before_a_dash_sets_the_scene_and_set_for_is_a_target(
        kb_index: Index) -> None:
    assert fold_text("the year it has set for net zero") == "the year it has target for net zero"
    question = "I'm writing about campus pledges — what year has HKUST set for net-zero emissions?"
    assert "writ" in parse_query(kb_index, question).optional
    assert _first_claim(kb_index, question).id == "hkust-net-zero-action-plan-target-year"


def test_a_year_the_reader_gives_of_their_own_work_is_the_year_asked(kb_index: Index) -> None:
    question = "Our graphic lists HKUST's QS world standing for 2016 — what number should it show?"
    assert parse_query(kb_index, question).years == [2016]
    assert isinstance(answer_question(kb_index, question), Decline)


def test_a_verb_ends_what_a_which_question_asks_for(kb_index: Index) -> None:
    """"Which UNESCO official spoke …": an official is asked, not a speech."""
    query = parse_query(kb_index, "Which UNESCO official spoke at the opening of the space "
                                  "course at HKUST?")
    assert "~speech" not in query.focus
    assert "official" in query.focus


def test_one_person_asked_is_answered_by_their_claim_before_a_list(kb_index: Index) -> None:
    assert _first_claim(kb_index, "Which UNESCO official spoke at the opening of the space "
                                  "training course at HKUST?").entity == "unesco"
    assert isinstance(_first_claim(kb_index, "Which three HKUST professors were tutors on "
                                             "the Belt and Road space course?").value, tuple)


def test_a_named_bodys_own_holder_comes_before_a_list_of_guests_naming_them(
        kb_index: Index) -> None:
    """The Egyptian Space Agency's head, whose own claim says he spoke, before the list of
    all the opening's speakers; but who met a body whose head names the meeting is the
    meeting's list, which names him beside the others."""
    for question in ("Who spoke for the Egyptian Space Agency at the opening of the HKUST "
                     "space training workshop?", "埃及航天局局長叫咩名？佢有冇嚟科大開幕禮講嘢？"):
        assert _first_claim(kb_index, question).id == "egyptian-space-agency-head-2025-07"
    assert _first_claim(kb_index, "夏寶龍見科大嗰陣，港澳辦仲有邊個喺度？").id \
        == "hkust-hkmao-director-meeting-2025-attendees"
    # A list naming two of the body's people (the institute's director and co-director
    # among the tutors) is the answer who of them did it.
    assert _first_claim(kb_index, "Who from the ISST served as a tutor of the course?").id \
        == "belt-road-space-training-2025-tutors"


def test_the_making_of_a_thing_whose_purpose_is_asked_is_optional(
        kb_index: Index) -> None:
    """"Why is PolyU opening the Futian institute": its purpose claim need not say it opens,
    nor a fund's that it was organised (合搞)."""
    query = parse_query(kb_index, "Why is PolyU opening the Futian institute?")
    assert "~begin" in query.optional
    assert "~begin" not in parse_query(kb_index, "When is the Futian institute opening?"
                                       ).optional
    assert _first_claim(kb_index, "Why is PolyU opening the Futian institute?").id \
        == "polyu-szti-futian-purpose"
    assert _first_claim(kb_index, "港科大和上实合搞的那个生物科技基金是为了什么？").id \
        == "hkbf-purpose"


def test_a_claim_far_ahead_of_every_other_answers_though_short_of_full_coverage(
        kb_index: Index) -> None:
    """首屆…在哪個城市辦: the one claim about the first edition's venue, scoring above the
    threshold and more than twice what any other does, answers though 辦 is not in it; a
    claim ahead only for the kind of answer, another covering more, does not."""
    question = "首届一带一路空间科学应用国际培训班是在哪个城市办的？"
    scored = score_candidates(kb_index, parse_query(kb_index, question))
    assert scored[0].parts.coverage < MIN_COVERAGE  # the rule is what answers it
    assert _first_claim(kb_index, question).id == "belt-road-space-training-first-edition-venue"
    assert isinstance(answer_question(kb_index, "How much electricity does HKUST generate from "
                                                "its own renewable energy installations each "
                                                "year?"), Decline)
    # The floors: with less of the question covered (0.4), the AI park's floor area would
    # answer its land area; with a smaller lead (0.65), the fund's founders its fund manager.
    for declined in ("What is the land (site) area of the Artificial Intelligence Innovation "
                     "Park in Beijing?", "HKBF 嘅 fund manager 係邊個？"):
        assert isinstance(answer_question(kb_index, declined), Decline), declined


def test_a_thing_described_by_its_making_need_not_be_said_to_be_made(kb_index: Index) -> None:
    """科大主辦的培訓班主題是甚麼: 主辦 says which course; its theme's claim need not say it was
    organised. Who organised it asks the deed itself."""
    question = "科大今年主辦的一帶一路航天培訓班，主題是甚麼？"
    assert "~organise" in parse_query(kb_index, question).general
    assert _first_claim(kb_index, question).id == "belt-road-space-training-2025-theme"
    assert "~organise" not in parse_query(kb_index, "邊間機構同科大合辦的培訓班？").general


def test_a_source_opened_with_an_is_where_the_reader_read_it(kb_index: Index) -> None:
    """按理大英文網頁嘅講法: where the reader read it, not words a claim must hold; 按年 (year on
    year) and 按揭 are words."""
    from factcli.naming import SET_ASIDE_RE

    assert SET_ASIDE_RE.search("按理大英文網頁嘅講法，大灣區一共包括幾多個城市？")
    assert not SET_ASIDE_RE.search("科大研究經費按年增長幾多？")
    assert _first_claim(kb_index, "按理大英文網頁嘅講法，粵港澳大灣區一共包括幾多個城市？").id \
        == "greater-bay-area-cities"


def test_next_to_is_beside(kb_index: Index) -> None:
    assert fold_text("What sits next to the site?") == "what sits beside the site?".rstrip("?")
    assert "~near" in parse_query(kb_index, "What is next to HKU's innovation centre?").terms


def test_a_search_box_query_ending_on_ranking_asks_the_place(kb_index: Index) -> None:
    assert parse_query(kb_index, "Kellogg HKUST EMBA Financial Times ranking 2023").intent \
        == "rank"
    assert parse_query(kb_index, "HKUST ranking partners").intent is None
    # The table's publisher may close it: a place in a subject table the file does not give
    # is not the overall place.
    assert parse_query(kb_index, "hkust computer science world rank THE 2024").intent == "rank"
    assert isinstance(answer_question(kb_index, "HKUST engineering world rank THE 2024"),
                      Decline)
    assert _first_claim(kb_index, "kellog hkust emba finacial times ranking 2023").unit \
        == "rank"


def test_a_search_box_query_ending_on_a_date_asks_when(kb_index: Index) -> None:
    """"shanghai center opening date": not the place it opened in. A span of time ("year on
    year", "per year") and a question put as one ("… and its date?") ask nothing of the kind."""
    assert parse_query(kb_index, "hkust shanghai center opening date").intent == "when"
    assert parse_query(kb_index, "理大福田研究院 開幕 日期").intent == "when"
    assert parse_query(kb_index, "HKUST outbound exchange growth year on year").intent is None
    assert parse_query(kb_index, "HKUST recyclables tonnes per year").intent is None
    # A bare year or date closing a search is as often the year a figure is for.
    for query in ("hkust external research funding year", "hkust outbound exchange to date",
                  "hkust exchange students 2022-23 academic year"):
        assert parse_query(kb_index, query).intent is None, query
    assert parse_query(kb_index, "HKUST external funding in the highlights year?").intent \
        is None
    assert isinstance(answer_question(kb_index, "hkust shanghai center opening date"), Decline)
    assert _first_claim(kb_index, "hkust gz opening date").unit == "date"


def test_a_search_box_query_ending_on_a_measure_asks_how_much(kb_index: Index) -> None:
    """"space course budget": no description of the course says what it cost; a year's
    Budget ("2023-24 budget") is a document, not a sum asked."""
    assert parse_query(kb_index, "space course budget").intent == "count"
    assert parse_query(kb_index, "科大上海中心 面積").intent == "count"
    assert parse_query(kb_index, "basic research 2023-24 budget").intent is None
    assert parse_query(kb_index, "hkust ip cost").intent is None
    assert parse_query(kb_index, "hkust research area").intent is None
    for question in ("space course budget", "科大上海中心 面積"):
        assert isinstance(answer_question(kb_index, question), Decline), question


@pytest.mark.parametrize(("question", "scope"), [
    ("What was HKUST's employability rank in Asia?", "asia"),
    ("科大數據科學在亞洲排第幾？", "asia"),
    ("科大工程學科喺香港排第幾？", "hong_kong"),
    ("How did HKUST do globally?", "world"),
    # Table names are not scopes asked; several scopes listed are none.
    ("HKUST's rank in the QS Asia University Rankings 2024", None),
    ("What was HKUST's place in the World University Rankings?", None),
    ("全球大學就業能力排名科大第幾？", None),
    ("Where did HKUST rank in Hong Kong, Greater China and Asia?", None),
])
def test_the_scope_a_place_is_asked_in(question: str, scope: str | None) -> None:
    assert _scope_asked(fold_text(question)) == scope


def test_a_place_in_another_scope_than_the_one_asked_is_not_the_answer(kb_index: Index) -> None:
    """29th in the world does not say where HKUST stood in Asia; the file's own Asia place for a
    table is still found."""
    scopes = {claim.id: _rank_scope(kb_index, position)
              for position, claim in enumerate(kb_index.kb.claims) if claim.unit == "rank"}
    assert scopes["hkust-rank-employability-world-2024"] == "world"
    assert scopes["hkust-rank-qs-subject-data-science-ai-2025"] == "world"  # its statement's
    assert scopes["hkust-rank-the-engineering-asia-2024"] == "asia"
    assert scopes["hkust-rank-the-young-universities-2024"] is None
    for question in ("In the Global University Employability Ranking 2024, what was HKUST's "
                     "rank in Asia?", "QS 2024 學科排名，科大數據科學與人工智能在亞洲排第幾？"):
        assert isinstance(answer_question(kb_index, question), Decline), question
    assert _first_claim(kb_index, "科大工程學科在亞洲排第幾？").metric.endswith("_asia")


def test_an_english_deed_a_chinese_question_ends_on_is_what_is_asked(kb_index: Index) -> None:
    query = parse_query(kb_index, "Harry Shum 見教育部長懷進鵬嗰陣 commit 咗啲咩？")
    assert "~commit" in query.focus


def test_gaau_the_cantonese_light_verb_is_an_everyday_word(kb_index: Index) -> None:
    """搞 ("do, run, set up") says little: the fund's purpose is asked."""
    assert "~organise" in parse_query(kb_index, "科大同上實搞嗰個生物科技基金係為咗乜？").general
    assert _first_claim(kb_index, "科大同上實搞嗰個生物科技基金係為咗乜？").metric == "purpose"


def test_that_sum_of_money_is_money(kb_index: Index) -> None:
    """那筆錢: 那筆 ("that sum") points, 錢 is the money."""
    terms = parse_query(kb_index, "科大淨零計劃那筆錢是從哪裏來的？").terms
    assert "~money" in terms
    assert not any("笔" in term for term in terms)


def test_what_a_branch_campus_is_opened_for_is_its_purpose(kb_index: Index) -> None:
    claim = _first_claim(kb_index, "理大开大湾区分校是为了什么？")
    assert claim.id == "polyu-branch-campus-purpose"


@pytest.mark.parametrize("question", [
    "Besides Xia Baolong, which member of the HKMAO office affairs meeting attended the meeting "
    "with HKUST?",
    "夏宝龙会见科大时，港澳办还有哪位室务会成员参加？"])
def test_one_more_person_is_their_own_claim_not_the_whole_list(kb_index: Index,
                                                              question: str) -> None:
    assert _first_claim(kb_index, question).id == "hkmao-office-affairs-member-2025-03-12"


def test_a_figure_typed_in_asking_which_fields_is_given_not_looked_up(kb_index: Index) -> None:
    """Which fields the HK$3bn is for: the fields' list, not the claim stating the sum."""
    claim = _first_claim(kb_index, "Which frontier fields is the HK$3 billion reserved in the "
                                   "2023-24 Budget meant for?")
    assert isinstance(claim.value, tuple)


def test_a_regional_table_the_question_names_in_other_words_is_not_narrower(
        kb_index: Index) -> None:
    """全港 names Hong Kong's table, whose Chinese name says 香港."""
    claim = _first_claim(kb_index, "在QS 2024学科排名中，科大的数据科学与人工智能排全港第几？")
    assert claim.metric.endswith("hong_kong")


def test_a_university_named_as_the_source_by_its_name_is_declined(kb_index: Index) -> None:
    assert isinstance(answer_question(kb_index, "Which cities make up the Greater Bay Area "
                                                "according to Lingnan's page?"), Decline)


def test_a_name_word_typed_beside_its_other_word_is_read_as_the_claims_spell_it(
        kb_index: Index) -> None:
    """'Shereef Sedky' is Sherif Sedky and 'Nancy Yip' Nancy Ip: the claims write the one word
    beside the other. A short name one letter off is another person ('Xie Baolong' is not Xia
    Baolong), and a word further off ('Nancy Yap') is a name the file does not know."""
    slipped = parse_query(kb_index, "Who is Shereef Sedky?")
    assert "sherif" in slipped.terms
    assert not slipped.unknown_names
    # The name word on the other side is tried too, after one with claims of its own fails.
    assert "sherif" in parse_query(kb_index, "Who is Harry Shereef Sedky?").terms
    spelt = parse_query(kb_index, "Is Nancy Yip the president of HKUST?")
    assert "ip" in spelt.terms
    assert not spelt.unknown_names
    assert parse_query(kb_index, "What did Nancy Yap say to the HKUST delegation?"
                       ).unknown_names == ["Yap"]
    # (Put to be checked in a role, the name is what the role's claim corrects:
    # tests/unit/test_person_put.py.)
    assert not parse_query(kb_index, "Is Nancy Yap the president of HKUST?").unknown_names
    assert parse_query(kb_index, "Did Xie Baolong meet the HKUST delegation?"
                       ).unknown_names == ["Xie"]


@pytest.mark.parametrize(("core", "before", "after"), [
    ("Roughly how many countries and regions do HKUST's non-local students come from?",
     "Hi! I'm a Form 6 student applying to uni and I want somewhere international.",
     "Thanks a lot."),
    ("When did HKUST(GZ) officially open?",
     "Doing some background before an on-air interview next week.",
     "I really don't want to get that wrong live."),
    ("請問港大國際創新中心的主要上蓋高度有甚麼限制？", "本人為薄扶林區居民，對工程影響頗為關注。",
     "希望不會對我們的景觀造成太大影響。"),
    # A figure in the scene ("my F.3 class") is none asked about; an emoji ends a sentence.
    ("Which cities make up the Greater Bay Area?", "Hi, I run a small drone start-up 🚁",
     "Want to put them on a slide for my F.3 class 🙏"),
    # Who the reader is (一名中學老師) counts no people; a body named only there (港大) is
    # not one the answer must bear on.
    ("想請問港大國際創新中心的土地面積有多大？", "您好，我是一名中學老師，正準備帶學生參觀港大。",
     "萬分感謝！"),
])
def test_sentences_that_ask_nothing_around_a_question_only_set_the_scene(
        kb_index: Index, core: str, before: str, after: str) -> None:
    plain = answer_question(kb_index, core)
    assert isinstance(plain, Answer)
    wrapped = answer_question(kb_index, f"{before} {core} {after}")
    assert isinstance(wrapped, Answer)
    assert wrapped.answers[0].claim.id == plain.answers[0].claim.id


def test_a_name_only_the_scene_holds_is_no_unknown_body_but_one_the_question_asks_of_is(
        kb_index: Index) -> None:
    question = "What total economic impact did HKUST's unicorns have as of the end of 2023?"
    scene = "Hey, I'm interning at a VC firm and my manager asked me to double-check this."
    assert not parse_query(kb_index, f"{scene} {question}").unknown_names
    assert parse_query(kb_index, f"{scene} {question.replace('HKUST', 'CUHK')}").unknown_names
    # A question that asks of the scene's body ("its plan") asks of a body the file lacks.
    assert parse_query(kb_index, "A reader insists CityU aims for net zero by 2050. What "
                                 "target year does its Net-Zero Action Plan set?").unknown_names


@pytest.mark.parametrize("question", [
    "HKUST showed the delegation a world-first health app. What was special about it?",
    # A body named with nothing asked of it ("HKU's figure") says no more.
    "Draft says HKU had more than 1,800 active start-ups as of May 2025. Can you confirm "
    "HKU's figure?",
])
def test_a_question_that_names_nothing_asks_about_the_sentence_before_it(
        kb_index: Index, question: str) -> None:
    query = parse_query(kb_index, question)
    assert not query.scene
    # (Who says it, and in what, may still be optional in a check: "Draft says".)
    assert not query.optional - {"draft", "~speech"}


def test_the_year_a_question_asks_outweighs_years_in_the_scene(kb_index: Index) -> None:
    query = parse_query(kb_index, "I've got figures for end-2023 and mid-2025 already. How "
                                  "many unicorns did HKUST have at the end of 2024?")
    assert query.years == [2024]


@pytest.mark.parametrize("question", [
    "HKUST's campus net-zero target is 2050, isn't it?",
    "HKUST members had founded 9 unicorns as of May 2025, correct?",
    "HKUST(GZ) opened in September 2023, right?",
])
def test_a_statement_with_a_question_tag_is_checked_not_declined(kb_index: Index,
                                                                question: str) -> None:
    query = parse_query(kb_index, question)
    assert query.yes_no
    assert query.checking
    assert not {"isn", "correct", "right"} & set(query.terms)
    assert isinstance(answer_question(kb_index, question), Answer)


def test_who_the_reader_is_before_a_comma_sets_the_scene(kb_index: Index) -> None:
    """你好，我在寫一份關於港科大（廣州）的報告，想確認…: the clauses before the question say who
    asks and why; the body they name is still what the question is about."""
    plain = answer_question(kb_index, "港科大（廣州）首批本科生是甚麼時候開學的？")
    assert isinstance(plain, Answer)
    wrapped = answer_question(kb_index, "你好，我在寫一份關於港科大（廣州）的報告，"
                                        "想確認首批本科生是甚麼時候開學的？謝謝。")
    assert isinstance(wrapped, Answer)
    assert wrapped.answers[0].claim.id == plain.answers[0].claim.id


@pytest.mark.parametrize(("question", "core"), [
    # A sentence with a question word that ends in no question mark asks nothing when
    # another sentence does ("thinking about where to apply").
    ("I'm an MPhil student and thinking about where to apply. What does PolyU's joint lab "
     "with the CAS Guangzhou Institute of Geochemistry research?",
     "What does PolyU's joint lab with the CAS Guangzhou Institute of Geochemistry research?"),
    # A question that names nothing takes in what was said just before it.
    ("Our NGO works on dementia care. I heard HKUST showed officials a blood test for "
     "Alzheimer's - what exactly can it detect?",
     "What can the Alzheimer's blood test HKUST showed detect?"),
])
def test_the_scene_is_told_from_the_question_by_its_question_mark(kb_index: Index,
                                                                 question: str,
                                                                 core: str) -> None:
    plain = answer_question(kb_index, core)
    assert isinstance(plain, Answer)
    wrapped = answer_question(kb_index, question)
    assert isinstance(wrapped, Answer)
    assert wrapped.answers[0].claim.id == plain.answers[0].claim.id


@pytest.mark.parametrize("question", [
    "How many academic collaboration agreements did PolyU have as of June 2019? Cheers.",
    "Which research fields will HKU's innovation centre focus on? We need this by Friday.",
])
def test_a_word_that_starts_a_sentence_or_a_day_is_no_unknown_name(kb_index: Index,
                                                                   question: str) -> None:
    # (Read as one piece: the scene's own rule would set these sentences aside anyway.)
    assert not parse_query(kb_index, question, whole=False).unknown_names


def test_how_much_money_weighs_a_measure_and_counts_nothing(kb_index: Index) -> None:
    """'How much money did HKUST hand out in scholarships' asks for a sum of money: a sum of
    money answers it, whatever the money was spent on."""
    result = answer_question(kb_index, "How much money did HKUST hand out in scholarships in "
                                       "2022-23?")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.unit == "HKD"
    assert "scholarship" in result.answers[0].claim.metric
    # Nor is a count of projects a sum of money.
    grants = answer_question(kb_index, "How much Research Grants Council money did HKUST get "
                                       "in 2022-23?")
    assert isinstance(grants, Answer)
    assert grants.answers[0].claim.unit == "HKD"


@pytest.mark.parametrize(("question", "asked"), [
    ("PolyU had 461 academic collaboration agreements as of June 2019?", True),
    ("RGC funding to HKUST rose about 13% in 2022-23?", True),
    ("HKUST came 9th worldwide in THE Impact Rankings 2025, isn't that so?", True),
    ("HKUST's unicorns had an economic impact of over HK$4 trillion - is that accurate?", True),
    ("個培訓班有二十幾個代表參加，啱唔啱？", True),
    ("大湾区国际创新学院是理大和中山大学合办的吧？", True),
    # A search-box query with a question mark states nothing.
    ("HKUST net zero interim target for 2030?", False),
])
def test_a_statement_put_to_the_reader_is_a_yes_no_question(kb_index: Index, question: str,
                                                            asked: bool) -> None:
    assert parse_query(kb_index, question).yes_no is asked


@pytest.mark.parametrize(("question", "when"), [
    ("Did Xia Baolong meet the HKUST delegation on 13 March 2025?",
     "When did Xia Baolong meet the HKUST delegation?"),
    ("教育部部長懷進鵬是在3月12日會見科大代表團的嗎？", "教育部部長懷進鵬幾時會見科大代表團？"),
])
def test_a_day_put_to_be_checked_is_answered_by_the_date_of_the_event(
        kb_index: Index, question: str, when: str) -> None:
    assert parse_query(kb_index, question).intent == "when"
    result, dated = answer_question(kb_index, question), answer_question(kb_index, when)
    assert isinstance(result, Answer)
    assert isinstance(dated, Answer)
    assert result.answers[0].claim.id == dated.answers[0].claim.id


@pytest.mark.parametrize("question", [
    "How many inbound exchange students did HKUST host in 2022-23?",
    "科大2022-23年度有多少名學生參與入境交流計劃？",
    "科大啲教員嚟自幾多個國家同地區？",
])
def test_the_opposite_of_what_is_asked_does_not_answer_it(kb_index: Index, question: str) -> None:
    """The documents count the students HKUST sent abroad, not those it took in, and the
    countries its students come from, not its staff's."""
    assert isinstance(answer_question(kb_index, question), Decline)
    outbound = answer_question(kb_index, question.replace("inbound", "outbound")
                               .replace("入境", "海外").replace("教員", "學生"))
    assert isinstance(outbound, Answer)


@pytest.mark.parametrize("question", [
    "How many countries do HKUST's inbound students come from?",
    "How many inbound and outbound exchange students did HKUST have in 2022-23?",
])
def test_a_word_and_its_opposite_asked_together_or_apart_from_the_claim(
        kb_index: Index, question: str) -> None:
    """Overseas students may be coming in: only outbound opposes inbound; and a question
    asking both directions is answered by either."""
    assert isinstance(answer_question(kb_index, question), Answer)


def test_a_place_the_question_names_is_no_answer_to_what_it_asks(kb_index: Index) -> None:
    """The first course was held in Beijing: the question says so to say which course, and
    the documents do not give that course's theme."""
    assert isinstance(answer_question(kb_index, "在北京舉辦的第一屆培訓班主題是甚麼？"), Decline)
    where = answer_question(kb_index, "第一屆培訓班在哪個城市舉辦？")
    assert isinstance(where, Answer)


@pytest.mark.parametrize(("question", "named", "role_asked"), [
    ("教育部部長懷進鵬和科大代表團主要談了甚麼？", "懷進鵬", False),
    ("衞健委主任雷海潮想科大加快做啲乜嘢？", "雷海潮", False),
    ("葛明博士喺政府做咩官？", "葛明", True),
    ("開幕嗰日有個吳艶出嚟致辭，佢喺中科院做咩㗎？", "吳艶", True),
    ("雷海潮是做什么的？", "雷海潮", True),
    ("懷進鵬在教育部擔任甚麼？", "懷進鵬", True),
    ("懷進鵬是什麼部門的首長？", "懷進鵬", True),
])
def test_a_person_named_to_say_which_meeting_is_not_the_answer(
        kb_index: Index, question: str, named: str, role_asked: bool) -> None:
    """Who holds the post is the answer only when the question asks what the person is."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert (result.answers[0].claim.value == named) is role_asked


def test_a_shorter_list_names_none_of_the_many_asked(kb_index: Index) -> None:
    """Techathon's organisers are HKUST, "eight other local universities" and the Science
    Park: the list does not name the eight."""
    question = "Which eight other universities co-organise Hong Kong Techathon?"
    assert isinstance(answer_question(kb_index, question), Decline)
    assert isinstance(answer_question(kb_index, "Who co-organises Hong Kong Techathon?"), Answer)


@pytest.mark.parametrize(("question", "holder"), [
    ("国家卫健委哪位副主任陪同会见了科大代表团？", None),
    ("國家衛健委副部長是誰？", None),
    ("科大校董會副主席係邊個？", None),
    ("Who is the vice minister of the National Health Commission?", None),
    ("Which Hong Kong education secretary joined Wu Yan, the vice minister, on his HKUST visit?",
     "蔡若蓮"),
    ("中科院國際合作局副局長是誰？", "吳艶"),
    ("Who is the deputy director-general of the CAS Bureau of International Cooperation?", "吳艶"),
])
def test_a_deputy_is_not_the_head(kb_index: Index, question: str, holder: str | None) -> None:
    """The documents name the health commission's head, not a deputy of his; the CAS bureau's
    deputy director-general is named."""
    result = answer_question(kb_index, question)
    assert (result.answers[0].claim.value if isinstance(result, Answer) else None) == holder


def test_how_many_times_a_title_was_won_is_a_count(kb_index: Index) -> None:
    """第幾次榮膺全球第一 asks how many times, whatever follows it."""
    result = answer_question(kb_index, "凱洛格科大EMBA第幾次榮膺全球第一？會唔會再贏？")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.unit == "times"


@pytest.mark.parametrize(("question", "answered"), [
    ("How many kWh of renewable energy does HKUST produce each year?", False),
    ("How many kWh of electricity did HKUST use in 2022-23?", True),
    ("How many tonnes of food waste did HKUST recycle in 2022-23?", True),
])
def test_what_a_unit_measures_is_what_is_counted(kb_index: Index, question: str,
                                                 answered: bool) -> None:
    """"kWh of renewable energy": the campus's electricity use is measured in kWh but is not
    its renewable generation."""
    assert isinstance(answer_question(kb_index, question), Answer) is answered


@pytest.mark.parametrize(("question", "only_asked"), [
    ("only HK university on Clarivate top 50 research organisations 2023", True),
    ("科大係咪全港唯一一間打入科睿唯安2023前50榜嘅大學？", True),
    ("科睿唯安前50研究機構榜，科大係咪香港唯一上榜？", True),
    ("Where was HKUST placed in Clarivate's 2023 top 50 list?", False),
    ("Where was HKUST placed in Clarivate's 2023 top 50 list, the only ranking of research "
     "organisations?", False),
])
def test_being_the_only_one_is_answered_by_the_claim_that_says_so(
        kb_index: Index, question: str, only_asked: bool) -> None:
    """HKUST's place on the list does not say that no other Hong Kong university got there."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert (result.answers[0].claim.metric == "distinction") is only_asked


@pytest.mark.parametrize(("question", "counted"), [
    ("科大2022-23年度有多少學生獲得獎學金？", False),
    ("科大2022-23年度有幾多學生攞到助學金？", True),
])
def test_how_many_people_is_no_sum_of_money(kb_index: Index, question: str,
                                            counted: bool) -> None:
    """多少學生, with no measure word between, counts people: the sum spent on scholarships
    does not say how many received one (the number of aid recipients does)."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer) is counted
    if isinstance(result, Answer):
        assert result.answers[0].claim.unit != "HKD"
    total = answer_question(kb_index, "科大2022-23年度頒發了多少獎學金？")
    assert isinstance(total, Answer)
    in_yuan = answer_question(kb_index, "科大2022-23年度發放了多少人民幣援助金？")  # 人民幣: money
    assert isinstance(in_yuan, Answer)
    assert in_yuan.answers[0].claim.unit == "HKD"


@pytest.mark.parametrize(("question", "other", "publisher"), [
    ("What was HKUST's QS ranking for computer science in Asia in 2024?",
     "What was HKUST's THE ranking for computer science in Asia in 2024?", "the"),
    ("What was HKUST's QS Impact ranking in 2025?", "What was HKUST's THE Impact ranking in 2025?",
     "the"),
    ("What was HKUST's THE ranking in Asia for data science and AI in 2024?",
     "What was HKUST's QS ranking for data science and AI in 2024?", "qs"),
])
def test_a_place_in_one_publishers_table_is_none_in_anothers(
        kb_index: Index, question: str, other: str, publisher: str) -> None:
    """Times Higher Education's tables are not QS's: the documents rank computer science and
    impact in THE's only, data science and AI in QS's only."""
    assert isinstance(answer_question(kb_index, question), Decline)
    result = answer_question(kb_index, other)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.metric.startswith(f"rank_{publisher}_")


@pytest.mark.parametrize(("question", "table_word"), [
    ("What was HKUST's worldwide position in the THE Impact Rankings 2024?", "impact"),
    ("What is HKUST's world rank for computer science in the THE subject rankings 2024?",
     "computer"),
])
def test_a_table_named_is_the_table_meant(kb_index: Index, question: str,
                                          table_word: str) -> None:
    """The world table of 2024 says nothing of impact, nor of computer science; THE's impact
    table of 2025 and its regional computer-science places are of another year or region."""
    assert isinstance(answer_question(kb_index, question), Decline)
    nearer = question.replace(" 2024", " 2025") if table_word == "impact" \
        else question.replace("world", "Asia")
    result = answer_question(kb_index, nearer)
    assert isinstance(result, Answer)
    assert table_word in result.answers[0].claim.metric


@pytest.mark.parametrize("question", [
    "Where does HKUST, a research university, stand in the QS world ranking?",
    "How did HKUST do in the QS world rankings, according to the index?",
])
def test_a_word_that_does_not_name_the_table_is_no_table(kb_index: Index, question: str) -> None:
    """"research" and "index" name tables elsewhere in the file, not in these questions."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.metric == "rank_qs_world"


@pytest.mark.parametrize(("question", "where"), [
    ("Did Lei Haichao meet the HKUST delegation in Shanghai?",
     "Where did Lei Haichao meet the HKUST delegation?"),
    ("雷海潮係咪喺上海見科大代表團？", "雷海潮喺邊度見科大代表團？"),
    ("Is the HKU innovation centre going up at Cyberport?",
     "Where will the HKU innovation centre be built?"),
    ("港科大上海中心是位於浦東的嗎？", "港科大上海中心在哪裡？"),
])
def test_a_place_put_to_be_checked_is_answered_by_where_it_is(
        kb_index: Index, question: str, where: str) -> None:
    """The place typed is confirmed or corrected by the claim that says where, whether the
    file names that place (Cyberport) or not (Pudong)."""
    assert parse_query(kb_index, question).intent == "where"
    result, placed = answer_question(kb_index, question), answer_question(kb_index, where)
    assert isinstance(result, Answer)
    assert isinstance(placed, Answer)
    assert result.answers[0].claim.id == placed.answers[0].claim.id


def test_a_place_checked_of_a_thing_no_claim_places_is_declined(kb_index: Index) -> None:
    """The documents say PolyU plans a branch campus, not where: the claim that it plans one
    neither confirms nor corrects the city."""
    assert isinstance(answer_question(kb_index, "理大的大灣區分校會設在東莞，是嗎？"), Decline)


def test_a_place_in_a_distinction_is_no_place_to_check(kb_index: Index) -> None:
    """"Held in Hong Kong for the first time" asks about the first, not where it was held."""
    question = "Was the space training course held in Hong Kong for the first time?"
    assert parse_query(kb_index, question).intent != "where"
    assert parse_query(kb_index, question.replace(" for the first time", "")).intent == "where"


@pytest.mark.parametrize("question", [
    "雷海潮是在三月會見科大代表團的嗎？", "一帶一路太空科學培訓班係咪喺暑假舉行？",
    "Was the space training course held in English?",
    "Did the space training course take place in Summer 2025?",
    "Does HKUST sit 60th in QS World University Rankings 2024?",
])
def test_a_time_a_language_or_a_place_in_a_table_is_no_place_checked(kb_index: Index,
                                                                      question: str) -> None:
    assert parse_query(kb_index, question).intent != "where"


def test_only_the_words_of_the_place_checked_are_excused(kb_index: Index) -> None:
    """雷海潮 shares 海 with 上海: his name is still a word the answer must hold."""
    query = parse_query(kb_index, "雷海潮是否在上海會見科大代表團？")
    assert query.intent == "where"
    assert "上海" in query.optional
    assert not {"雷海", "海潮"} & query.optional


@pytest.mark.parametrize("question", [
    "The 2025 course at HKUST was the third edition of the Belt and Road space science "
    "training, wasn't it?",
    "Is it true the training course content was built around four main directions?",
    "Over 90% of HKUST's research was rated world leading or internationally excellent in "
    "RAE 2020 - true?",
])
def test_a_figure_in_words_put_to_be_checked_is_corrected_not_declined(kb_index: Index,
                                                                       question: str) -> None:
    query = parse_query(kb_index, question)
    assert query.checking
    assert not {"third", "four"} & set(query.terms)
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.is_numeric


@pytest.mark.parametrize("question", [
    "Hi, PhD student in applied maths here 🙂 I heard PolyU has a joint lab for applied "
    "mathematics. Who is PolyU partnering with on it?",
    "Hi! I'm an exchange coordinator at a university in Germany 🇩🇪 How many of HKUST's "
    "active academic partnerships were with European institutions in 2022-23?",
])
def test_a_name_in_the_scene_that_is_no_university_makes_no_unknown_body(
        kb_index: Index, question: str) -> None:
    """Even when the question refers back ("on it"), a degree or a country said of the
    reader is no body the question asks of; another university so said still is."""
    assert not parse_query(kb_index, question).unknown_names


def test_another_university_the_scene_says_the_thing_came_from_is_still_unknown(
        kb_index: Index) -> None:
    """Said of the reader ("my daughter is applying to CityU"), another university is where
    they stand; said of the thing asked about (中大那張表), it is a body the file lacks."""
    assert parse_query(kb_index, "中关村生命科学园建筑面积多少平方米？"
                                 "就是中大那张国家级实验室表里的").unknown_names
    assert not parse_query(kb_index, "Hello, my daughter is thinking about applying to CityU. "
                                     "As of May 2025, how many unicorns had come out of UST?"
                           ).unknown_names


def test_a_lower_case_letter_and_a_full_stop_end_a_sentence_an_initial_does_not() -> None:
    assert _sentences("hey, quick q. How much money is behind it?") == [
        "hey, quick q.", "How much money is behind it?"]
    assert _sentences("Did Harry S. Shum lead it?") == ["Did Harry S. Shum lead it?"]


def test_a_value_checked_for_a_year_is_read_from_that_years_figure(kb_index: Index) -> None:
    """'Was HKUST 2nd in the THE Young University Rankings 2024?': 2nd was 2023's place; the
    2024 figure answers (and corrects) the check."""
    result = answer_question(kb_index, "Was HKUST 2nd in the THE Young University Rankings "
                                       "2024?")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.sort_date.startswith("2024")


@pytest.mark.parametrize("question", [
    "Our copy says HKUST had 1,800 active start-ups at the end of 2023. Is that the right "
    "number?",
    "Draft: 'HKUST had created or incubated 10 unicorns by the end of 2023.' Right or wrong?",
    # A sentence ends after its quotation mark; the draft's year is the premise.
    "Draft line: 'HKUST aims to reach net-zero emissions by 2050.' Can you confirm the target "
    "year?",
    "稿件寫教育部部長在北京會見科大代表團，日期是3月12日，正確嗎？",
])
def test_a_draft_put_to_be_checked_is_answered_by_the_claim_that_settles_it(
        kb_index: Index, question: str) -> None:
    """A yes/no question may open any sentence, and who says the thing checked, or in what,
    is no word the claim must hold."""
    query = parse_query(kb_index, question)
    assert query.checking
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.is_numeric or result.answers[0].claim.unit == "date"


def test_only_the_university_named_before_a_phrase_is_unknown(kb_index: Index) -> None:
    """嶺南大學同各大學: Lingnan is a university the file lacks; 各大學 (every university) is
    none, and 同 (with) starts no name (科大同復旦大學 names Fudan, not 大同復旦大學)."""
    assert parse_query(kb_index, "嶺南大學同各大學比較有幾多間初創？").unknown_names == ["岭南大学"]
    assert parse_query(kb_index, "科大同復旦大學有咩合作？").unknown_names == ["复旦大学"]


@pytest.mark.parametrize(("question", "checks"), [
    ("HKUST’s campus net-zero target is 2050, isn’t it?", True),  # curly apostrophes
    ("Which university is right?", False),  # a one-word tag needs a comma or a dash
    ("Tell me the number of unicorns HKUST created?", False),  # an imperative states nothing
])
def test_what_makes_a_statement_put_to_be_checked(kb_index: Index, question: str,
                                                 checks: bool) -> None:
    assert parse_query(kb_index, question).yes_no is checks


@pytest.mark.parametrize(("courteous", "plain"), [
    ("Good morning, which bodies sent people to the meeting?",
     "which bodies sent people to the meeting?"),
    ("Hi there! How many unicorns does HKUST have? Thanks a lot!",
     "How many unicorns does HKUST have?"),
    ("你好，港科大有幾多間初創？唔該晒。", "港科大有幾多間初創？"),
    ("Dear team, when was PolyU's alliance set up? Much appreciated.",
     "when was PolyU's alliance set up?"),
])
def test_greetings_and_thanks_are_no_words_of_the_question(
        kb_index: Index, courteous: str, plain: str) -> None:
    with_courtesy, without = parse_query(kb_index, courteous), parse_query(kb_index, plain)
    assert (with_courtesy.terms, with_courtesy.optional) == (without.terms, without.optional)


@pytest.mark.parametrize("question", [
    "hi-tech parks in Hong Kong?", "Dear HKUST, how many unicorns do you have?",
    "Who sent HKUST the letter of thanks", "Greetings from which minister?",
    "早晨的講座幾點開始？"])
def test_words_that_only_look_like_courtesies_stay(question: str) -> None:
    assert without_courtesies(question) == question


@pytest.mark.parametrize("question", [
    "Why did the organisers pick Hong Kong for the second Belt and Road space science course?",
    "主辦方為何特意把今屆培訓班安排在香港舉行？",
    "為甚麼第二屆一帶一路空間科學培訓班要特意選在香港舉辦？"])
def test_why_is_not_answered_by_who_organised_it_or_where(kb_index: Index, question: str) -> None:
    claim = _first_claim(kb_index, question)
    assert "rationale" in claim.metric or "purpose" in claim.metric


@pytest.mark.parametrize("question", ["「一帶一路」空間科學應用國際培訓班的聯合主辦單位為何？",
                                      "香港科技大學（廣州）的校長為何人？"])
def test_wei_he_closing_a_question_asks_what_not_why(kb_index: Index, question: str) -> None:
    assert _ROLE_RE.search(_first_claim(kb_index, question).metric)


@pytest.mark.parametrize(("text", "why"), [
    ("為何 HKUST 選擇在香港舉辦", True), ("主辦方為何特意選在香港", True), ("姓名為何", False),
    ("校長為何人", False), ("科大在聯盟中作為何種角色", False), ("點解揀香港", True)])
def test_wei_he_asks_why_only_before_a_verb(text: str, why: bool) -> None:
    assert (_WHY_RE.search(fold_text(text)) is not None) is why


@pytest.mark.parametrize("question", [
    "What was HKUST's electricity use per person on campus in 2022-23?",
    "科大2022-23年度人均用電量是多少？",
    "How much water did HKUST use per student in 2022-23?",
    "What was HKUST's electricity use per-capita in 2022-23?"])
def test_a_figure_per_head_is_not_the_total(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    total = question.replace(" per person", "").replace(" per student", "").replace("人均", "") \
        .replace(" per-capita", "")
    assert isinstance(answer_question(kb_index, total), Answer)


@pytest.mark.parametrize(("text", "phases"), [
    ("the floor area of phase two", {2}), ("its phase-one works", {1}), ("the 2nd phase", {2}),
    ("二期工程的建築面積", {2}), ("第一期", {1}), ("同一期的報道", set()),
    ("What phase is the space station in?", set()), ("phasetwo works", {2}), ("Phase II", {2}),
    ("第十二期", set()), ("第14期", set()), ("這一期", set()), ("2020-2021期間", set())])
def test_the_phase_of_works_a_text_names(text: str, phases: set[int]) -> None:
    assert phases_named(text) == phases


@pytest.mark.parametrize("question", [
    "What is the gross floor area of phase two of the Zhangjiang Fudan International Innovation "
    "Center?", "张江复旦国际创新中心二期工程的建筑面积是多少？",
    "What is the gross floor area of Phase II of the Zhangjiang Fudan International Innovation "
    "Center?"])
def test_another_phase_than_the_claims_is_declined(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    first_phase = question.replace("phase two", "phase one").replace("二期", "一期") \
        .replace("Phase II", "phase one")
    assert isinstance(answer_question(kb_index, first_phase), Answer)


@pytest.mark.parametrize("question", [
    "In which city will PolyU's planned Greater Bay Area branch campus be built?",
    "In which Greater Bay Area city will PolyU's planned branch campus be built?",
    "Which Greater Bay Area city will host PolyU's planned branch campus?"])
def test_where_is_not_answered_by_the_place_the_question_names(
        kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    assert _first_claim(kb_index, "Where will PolyU set up its branch campus?").id \
        == "polyu-planned-branch-campus"


@pytest.mark.parametrize("question", ["政府批咗科大個低空經濟沙盒建議未？",
                                      "低空經濟研究中心提交的沙盒建議獲政府批准了嗎?"])
def test_a_chinese_question_whether_a_deed_came_to_pass_needs_the_deed(
        kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    assert isinstance(answer_question(kb_index, "低空經濟研究中心提交了甚麼沙盒建議？"), Answer)


def test_who_is_not_answered_by_a_count_or_a_date_of_an_office(kb_index: Index) -> None:
    def claim(claim_id: str) -> Claim:
        return kb_index.kb.claims[kb_index.claim_positions[claim_id]]

    chair = intent_fit(claim("hkust-aearu-chairperson-2024-01"), "who")
    assert intent_fit(claim("aearu-members-2024-01"), "who") < chair
    assert intent_fit(claim("hkust-aearu-chair-term-start-2024-01"), "who") < chair
    assert _first_claim(kb_index, "What position does HKUST hold in AEARU?").metric \
        == "alliance_role"


@pytest.mark.parametrize("question", [
    "Which university ranked first in the Times Higher Education Young University Rankings 2024?",
    "Which university came first in the THE Young University Rankings 2024?",
    "Which university topped the THE Young University Rankings 2024?",
    "Which university ranked #1 in the THE Young University Rankings 2024?",
    "2024年泰晤士年輕大學排名邊間大學排第一？"])
def test_the_first_place_asked_is_not_another_place(kb_index: Index, question: str) -> None:
    assert isinstance(answer_question(kb_index, question), Decline)
    put = "HKUST ranked first in the THE Young University Rankings 2024, right?"
    assert _first_claim(kb_index, put).unit == "rank"  # checked, it is corrected


@pytest.mark.parametrize("question", [
    "政府预留三十亿元加强基础研究，希望实现什么样的科研能力？",
    "政府指出，预留三十亿元加强基础研究，希望实现什么样的科研能力？",
    "what's the HK$30m in UST's net-zero plan going to be used for?"])
def test_a_figure_typed_to_say_which_is_not_what_is_asked(kb_index: Index, question: str) -> None:
    assert not _first_claim(kb_index, question).is_numeric


@pytest.mark.parametrize("question", [
    "科大新聞提到的「三千萬港元」是指甚麼？", "科大的三千萬港元是甚麼？",
    "What does HK$30 million refer to?"])
def test_what_a_typed_figure_stands_for_is_the_claim_stating_it(
        kb_index: Index, question: str) -> None:
    assert _first_claim(kb_index, question).is_numeric


@pytest.mark.parametrize(("question", "asked"), [
    ("国际创新中心的楼会不会比薄扶林道的住宅高？", True), ("港大新大樓會唔會比附近住宅高？", True),
    ("科大排名比理大高嗎？", False), ("科大在QS的排名是否比理大高？", False),
    ("科大的初創公司數目比去年高嗎？", False), ("科大今年的收入比去年高？", False)])
def test_a_height_compared_asks_the_height(kb_index: Index, question: str, asked: bool) -> None:
    assert ("~height" in parse_query(kb_index, question).terms) is asked


@pytest.mark.parametrize(("question", "one"), [
    ("港大國際創新中心旁邊是哪個醫學院？", True), ("Which company was the main sponsor?", True),
    ("香港生物科技基金由邊間公司管理？", True), ("Which universities are members?", False),
    ("哪幾位教授擔任導師？", False)])
def test_which_with_a_singular_asks_for_one(question: str, one: bool) -> None:
    assert (_ONE_ASKED_RE.search(fold_text(question)) is not None) is one


def test_one_thing_asked_prefers_the_claim_naming_one(kb_index: Index) -> None:
    assert _first_claim(kb_index, "港大國際創新中心旁邊是哪個醫學院？").id \
        == "hku-gic-adjacent-medical-campus-2024-01"
    assert isinstance(answer_question(kb_index, "香港生物科技基金由邊間公司管理？"), Decline)


def test_a_list_holding_the_body_asked_of_lists_none_of_its_members(kb_index: Index) -> None:
    """HKUST's alliances list AEARU itself: no list of AEARU's members."""
    assert isinstance(answer_question(kb_index, "Which universities are members of AEARU?"),
                      Decline)
    assert _first_claim(kb_index, "Which alliances does HKUST belong to?").id \
        == "hkust-alliances-2023-24"


def test_how_many_with_a_measure_word_counts_what_it_counts(kb_index: Index) -> None:
    """幾支隊伍, 幾間實驗室: 幾 before its measure word asks how many, as 幾多 does."""
    assert "~team" in counted_nouns(parse_query(kb_index, "科大派出了幾支隊伍？"))
    assert parse_query(kb_index, "科大有幾間實驗室？").focus \
        == parse_query(kb_index, "科大有幾多間實驗室？").focus != set()


def test_how_many_before_a_noun_whose_people_follow_counts_the_noun(kb_index: Index) -> None:
    """幾多個國家嘅學員: the trainees of how many countries, a count of countries; more than 20
    representatives does not give it. An adjective before 的 is no such noun (多少个活跃的伙伴)."""
    assert "国家" in counted_nouns(parse_query(kb_index, "培訓班有幾多個國家嘅學員參加？"))
    assert "活跃" not in counted_nouns(parse_query(kb_index, "港科大有多少个活跃的全球合作伙伴？"))
    assert "本地" not in counted_nouns(parse_query(kb_index, "科大有幾多個本地嘅教授？"))
    assert isinstance(answer_question(kb_index, "一帶一路培訓班總共有幾多個國家嘅學員參加？"),
                      Decline)


def test_how_many_things_is_no_measure_of_area_or_energy(kb_index: Index) -> None:
    """"How many floors": the floor area counts none; asked in its unit it is the answer."""
    assert isinstance(answer_question(
        kb_index, "How many floors will HKU's International Innovation Centre have?"), Decline)
    assert _first_claim(kb_index, "How many square metres of floor area will HKU's "
                                  "International Innovation Centre have?").unit == "m2"
    assert _first_claim(kb_index, "How many kWh of electricity did HKUST use in 2022-23?").unit \
        == "kWh"


def test_a_stated_aim_is_the_aim(kb_index: Index) -> None:
    """"the fund's stated mission": what it is said to be for; "stated" is no word to find."""
    question = "In the announcement of the HKBF with Shanghai Industrial Investment, what was " \
               "the fund's stated mission?"
    assert "stat" not in parse_query(kb_index, question).terms
    assert _first_claim(kb_index, question).metric == "purpose"


def test_a_currency_code_asks_for_a_sum_and_is_no_word_to_find(kb_index: Index) -> None:
    """"education genai fund hkd": claims write HK$, never HKD; the code says a sum is asked."""
    assert "hkd" not in parse_query(kb_index, "education genai fund hkd").terms
    assert _first_claim(kb_index, "education genai fund hkd").unit == "HKD"


def test_places_offered_in_english_need_only_one_held(kb_index: Index) -> None:
    """"in Shanghai, Anhui or Beijing?": the claim names the one it is in, not all three."""
    question = "Is the National Laboratory for Quantum Information Science in Shanghai, Anhui " \
               "or Beijing?"
    assert {"shanghai", "anhui"} <= parse_query(kb_index, question).offered
    assert _first_claim(kb_index, question).metric == "region"
    assert parse_query(kb_index, "Did HKUST meet the minister in Beijing?").offered == set()
    # Offices offered are no places: each is asked of.
    assert parse_query(kb_index, "Who is the Chairman or Deputy Chairman of the HKUST "
                                 "Council?").offered == set()


def test_hk_typed_short_is_hong_kong(kb_index: Index) -> None:
    """HK is Hong Kong once names holding it are taken out; a question that also writes HK
    as a currency or in an address keeps every HK as typed (folding has lost which is which)."""
    assert {"hong", "kong"} <= set(parse_query(kb_index, "hkust net-zero plan first in HK?").terms)
    named = parse_query(kb_index, "Is HK PolyU in the GBA?")
    assert named.entities[:1] == ["polyu"]
    assert "hong" not in named.terms
    for question in ("How much aid in HK dollars did HKUST give?", "Who uses gic@hku.hk?",
                     "Is the fee HK $500?", "Did HK PolyU get HK$5M?",
                     "What was HKUST's IP income in HK currency?"):
        assert "hong" not in parse_query(kb_index, question).terms, question
    answer = answer_question(kb_index, "Is gic@hku.hk the HK contact for HKU's innovation centre?")
    assert isinstance(answer, Answer)
    assert answer.answers[0].claim.id == "hku-gic-contact-email-2024-01"


def test_which_fund_asks_for_a_fund_not_a_sum(kb_index: Index) -> None:
    """"What fund did they set up" asks which fund; "what funding did they get" a sum."""
    for question in ("What fund did HKUST and SIIC set up?", "科大同上實成立咗咩基金？",
                     "一千万港元拿来成立了什么基金？"):
        assert parse_query(kb_index, question).intent != "count", question
    assert parse_query(kb_index, "What funding did HKUST get from the RGC?").intent == "count"
    assert _first_claim(kb_index, "一千万港元拿来成立了什么基金？").id \
        == "hkust-edu-genai-fund-allocation-2022-23"


@pytest.mark.parametrize("typed", ["No. 幾", "no.幾", "number 幾", "No 几", "No.幾"])
def test_number_ji_asks_a_place_in_a_table(typed: str) -> None:
    """排名 No. 幾 asks which place, as 第幾 does; "number 幾多" and "room number 幾號" do not."""
    folded = mend_question_words(fold_text(f"Kellogg-HKUST EMBA 喺 FT 2023 排名{typed}？"))
    assert "第几" in folded
    assert question_intent(folded) == "rank"
    for other in ("科大電話 number 幾多？", "room number 幾號？"):
        assert "第几" not in mend_question_words(fold_text(other)), other


def test_year_after_year_is_every_year() -> None:
    """年年都搞 is every year; the 年年 of 2024年年輕 and 今年年底 is two words."""
    assert "每年" in mend_question_words(fold_text("Hong Kong Techathon 係咪年年都搞？"))
    for other in ("2024年年輕大學排名", "今年年底有冇搞？"):
        assert "每年" not in mend_question_words(fold_text(other)), other


@pytest.mark.parametrize(("question", "expected"), [
    ("What topics were on the table when NHC Minister Lei Haichao met the HKUST delegation?",
     "hkust-nhc-minister-meeting-2025-theme"),
    ("which labs did the vice minster of educaton visit at HKUST",
     "moe-wu-yan-hkust-visit-sites-visited"),
    # A person, an office or a body asked for is named, seldom called one.
    ("Which HKUST professor said the university would focus on space robotics and AI in future?",
     "hkust-space-research-focus-2025-07"),
    ("Which Hong Kong government official spoke at the space training course opening, and what "
     "was their title?", "hksar-government-commissioner-for-industry-2025-07"),
    ("能精准检测阿尔茨海默症和轻度认知障碍的血液测试，是哪个学校展示的？",
     "hkust-innovation-alzheimers-blood-test"),
])
def test_which_thing_asked_needs_a_claim_that_names_it(kb_index: Index, question: str,
                                                      expected: str) -> None:
    """"What topics …", "which labs …": the claim naming the topics, not the one about the
    minister or the praise."""
    assert _first_claim(kb_index, question).id == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("中国科协第十次全国代表大会是哪一年召开的？", "academicians-conference-2021-year"),
    ("Hong Kong Techathon 係咪年年都搞？", "hong-kong-techathon-frequency"),
])
def test_convened_and_year_after_year_are_words_claims_use(kb_index: Index, question: str,
                                                          expected: str) -> None:
    """召開 is to hold a meeting, 年年 every year."""
    assert _first_claim(kb_index, question).id == expected


def test_who_gave_speeches_asks_for_the_speakers(kb_index: Index) -> None:
    """Speeches are several: the list of speakers, before one speaker's own claim."""
    for question in ("Who gave speeches at the opening of the Belt and Road space science "
                     "training course at HKUST in July 2025?",
                     "Who delivered the opening speeches at the space science training course?"):
        assert _first_claim(kb_index, question).id \
            == "belt-road-space-training-2025-opening-speakers", question


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the Hong Kong Biotechnology Fund for?", "hkbf-purpose"),
    ("wat is the Hong Kong Biotechnolgy Fund for", "hkbf-purpose"),
    # What a body works on, or invests in, is its work, not its aim.
    ("What does the Hong Kong Biotechnology Fund invest in?", "hkbf-investment-focus"),
    ("What kind of companies will the Hong Kong Biotechnology Fund invest in?",
     "hkbf-investment-focus"),
    ("What does the joint lab between PolyU and the CAS Guangzhou Institute of Geochemistry "
     "work on?", "cas-gig-polyu-joint-lab-research-areas"),
])
def test_what_a_thing_is_for_is_its_aim(kb_index: Index, question: str, expected: str) -> None:
    assert _first_claim(kb_index, question).id == expected


def test_several_speeches_but_not_remarks_on_behalf() -> None:
    """Speeches given are several; "remarks" is plural for one speaker too."""
    for question in ("who gave speeches at the opening", "who delivered the opening speeches",
                     "who will give keynote addresses"):
        assert _SEVERAL_ASKED_RE.search(question), question
    assert not _SEVERAL_ASKED_RE.search("who made remarks on behalf of the government")


def test_known_for_asks_the_work_not_the_aim() -> None:
    for question in ("what is the hong kong biotechnology fund for", "what is it meant to achieve",
                     "上海中心开嚟做咩"):
        assert _AIM_ASKED_RE.search(question), question
    for question in ("what is the joint lab known for", "what is the centre responsible for",
                     "what kind of startups is the fund looking for"):
        assert not _AIM_ASKED_RE.search(question), question


def test_invested_in_asks_in_what_not_how_much(kb_index: Index) -> None:
    for question in ("What does the Hong Kong Biotechnology Fund invest in?",
                     "基金投資咗啲咩？", "香港生物科技基金投資咩？"):
        assert parse_query(kb_index, question).intent != "count", question
    assert parse_query(kb_index, "What investment did HKUST make in the lab?").intent == "count"


def test_a_which_question_needs_a_thing_not_a_deed_a_place_or_a_number(kb_index: Index) -> None:
    """"Which startup developed the robot": neither the startup (named, seldom called one) nor
    the deed is what a claim must say; "what topics" is."""
    def held(question: str) -> set[str]:
        query = parse_query(kb_index, question)
        return _focus_held(query, {term: {0} for term in query.focus})

    assert held("Which startup developed the robot?") == set()
    assert not held("Which two US institutions signed the MoU with PolyU?") \
        & {"two", "~sign", "~org"}
    assert "topic" in held("What topics were on the table when Lei Haichao met HKUST?")


def test_in_which_asks_when_nothing_else_does() -> None:
    """"… for basic research in which frontier fields?" asks which; "the ranking in which
    HKUST placed" joins a clause to a question asked by another word."""
    def intent(question: str) -> str | None:
        return question_intent(mend_question_words(fold_text(question)))

    assert intent("The HK$3 billion reserved in the 2023-24 Budget is meant for basic research "
                  "in which frontier fields?") == "which"
    assert intent("What was the ranking in which HKUST placed 60th?") == "rank"


def test_a_speech_is_no_word_for_telling() -> None:
    """講 and 話 (tell, say) ask nothing, but 講話 is a speech, 電話 a telephone, 話題 a topic."""
    def kept(question: str) -> str:
        return strip_question_words(mend_question_words(fold_text(question)))

    assert "讲话" in kept("2021 院士大會 講話 習近平")
    assert "电话" in kept("科大的電話是多少？")
    assert "话" not in kept("佢話科大有幾多間實驗室？")
    assert "讲" not in kept("講下科大幾時成立")


def test_to_address_a_gathering_is_to_speak_at_it() -> None:
    assert "spoke at" in mend_question_words(fold_text("Which official addressed the opening?"))
    assert "spoke at" not in mend_question_words(fold_text("What is the centre's address?"))
    assert "spoke at" not in mend_question_words(fold_text("Which challenges does it address?"))


def test_a_pair_cut_across_two_words_is_no_part_asked(kb_index: Index) -> None:
    """科大人創立嘅公司有幾多間係獨角獸: 人創 straddles 科大人 and 創立, no part of the
    companies asked about; 雀鳥 in 幾多種雀鳥 is (the file never counts birds)."""
    folded = fold_text("科大人創立嘅公司有幾多間係獨角獸")
    assert straddles(kb_index, folded, "人创")
    assert not straddles(kb_index, fold_text("科大生物多樣性地圖入面有幾多種雀鳥"), "雀鸟")
    assert _first_claim(kb_index, "到2025年5月，科大人創立嘅公司有幾多間係獨角獸？").id \
        == "hkust-unicorns-2025-05"
    assert isinstance(answer_question(kb_index, "科大生物多樣性地圖入面有幾多種雀鳥？"), Decline)


def test_which_building_and_where_exactly_ask_where(kb_index: Index) -> None:
    """哪幢大樓: 幢 counts buildings as 棟 does; "where exactly" asks where."""
    assert "幢大" not in parse_query(kb_index, "科大上海中心設在上海哪個區、哪幢大樓？").terms
    assert _first_claim(kb_index, "科大上海中心設在上海哪個區、哪幢大樓？").id \
        == "hkust-shanghai-center-location"
    assert question_intent(fold_text("hkust shanghai center where exactly")) == "where"


@pytest.mark.parametrize(("text", "years"), [
    ("科大 樓面面積 增加 2014-15起", []),
    ("2014年以來科大校園人口增加咗幾多？", []),
    ("2024年1月起擔任主席後，研究經費增加咗幾多？", [2024]),  # a date, not a change's start
])
def test_a_change_since_a_year_in_chinese_starts_there(text: str, years: list[int]) -> None:
    assert asked_dates(text)[0] == years


def test_a_month_is_no_slip_in_a_name(kb_index: Index) -> None:
    """"unicorn may" is one letter from "Unicorn Day", but May is a month."""
    assert "hkust_unicorn_day" not in parse_query(kb_index, "hkust unicorn may 2025").entities
    assert _first_claim(kb_index, "hkust unicron may 2025").id == "hkust-unicorns-2025-05"


def test_the_n_major_names_a_list_not_a_figure(kb_index: Index) -> None:
    """中國空間站 四大研究領域: "the four major fields" asks for the list, which the count of
    four only repeats; 三大學 and figures in digits are not so read."""
    query = parse_query(kb_index, "中国空间站 四大研究领域")
    assert (query.numbers, query.listed) == ([], 4)
    assert _first_claim(kb_index, "中國空間站 四大研究領域").id \
        == "china-space-station-research-areas"
    assert parse_query(kb_index, "科大有三大學院嗎").numbers == [(3, None)]


def test_second_review_mends(kb_index: Index) -> None:
    """話我知 goes whole, 講師 and 講席 stay; "where roughly 10000 students live" joins a clause
    to a count; 第二大 and 二十大 keep their figures; 幾多幢 counts buildings; only a gathering
    is addressed; a yes/no question's "in which" asks nothing."""
    def kept(question: str) -> str:
        return strip_question_words(mend_question_words(fold_text(question)))

    assert kept("話我知科大有幾多學生") == "科大 学生"
    assert "讲席" in kept("科大講席教授有邊個")
    assert question_intent(fold_text(
        "How many halls are on the campus where roughly 10000 students live?")) == "count"
    assert parse_query(kb_index, "科大是全港第二大的大學嗎？").listed is None
    assert parse_query(kb_index, "二十大報告提到科大嗎？").listed is None
    assert "大楼" in parse_query(kb_index, "港大創新中心有幾多幢大樓？").focus
    assert "spoke at" not in mend_question_words(fold_text(
        "How will HKU address the participants concerns?"))
    assert question_intent(fold_text(
        "Was HKUST first in the table in which it placed 60th?")) != "which"


def test_a_question_reads_its_change_words_folded(kb_index: Index) -> None:
    """The question's folded text says whether a change is asked (變化 folds to 变化)."""
    assert asked_dates("科大用電量 2014-15起 有咩變化？") == ([2014], [(2014, 2015)])
    assert parse_query(kb_index, "科大用電量 2014-15起 有咩變化？").years == []
    assert parse_query(kb_index, "科大 2014-15起 有幾多學生？").years == [2014]


def test_two_questions_in_one_message_are_each_read(kb_index: Index) -> None:
    """"面積幾大？喺邊？": each question gives its own kind of answer; one question gives
    none besides its own."""
    two = parse_query(kb_index, "張江實驗室研發大樓有幾大？喺邊個區？")
    assert (two.intent, other_intents(two)) == ("where", {"count"})
    assert other_intents(parse_query(kb_index, "How big is it?")) == set()
    assert other_intents(parse_query(kb_index, "科大有幾多學生？有幾多學生？")) == set()


def test_a_second_question_answers_when_the_first_reading_finds_nothing(
        kb_index: Index) -> None:
    """Read as asking where, the size question finds no claim that passes; read as asking
    how big, the floor area does: half an answer beats a decline. A second question that
    finds nothing either leaves the decline."""
    question = "臨港國際聯合實驗室喺邊？面積幾大？"
    query = parse_query(kb_index, question)
    assert score_candidates(kb_index, query)[0].parts.total < DEFAULT_MIN_SCORE
    assert _first_claim(kb_index, question).id == "lingang-intl-joint-lab-gfa-2024-01"
    assert isinstance(answer_question(
        kb_index, "How much does the HKBF manage? Where is it based?"), Decline)


@pytest.mark.parametrize(("question", "scene"), [
    ("For a piece on GBA networks, which universities joined PolyU's alliance?",
     "For a piece on GBA networks"),
    ("As a PolyU alum, I'd like to know how many agreements PolyU had in 2019.", "As a PolyU alum"),
    ("Comparing league tables, what was HKUST's place in 2023?", "Comparing league tables"),
    ("In THE's Impact Rankings 2025, what was HKUST's position?", None),
    ("For the Wuxi partnership, what is HKUST's goal?", None),
    ("According to the THE Asia University Rankings, what was HKUST's place?", None),
    ("Counting only gold medals, how many did HKUST win?", None),
    ("Of the 20 awards HKUST won, how many were gold?", None),
    ("Beyond joint research projects, what else will they do?", None),
    ("During the visit, who spoke?", None),
])
def test_an_english_lead_in_before_a_comma_says_who_asks_or_why(
        question: str, scene: str | None) -> None:
    """Who asks or why, before a comma, sets the scene; a condition there is asked."""
    not_asking = [text for text, asks in scene_and_ask(question) if not asks]
    assert not_asking == ([scene] if scene else [])


def test_the_lead_in_words_are_no_words_the_answer_must_hold(kb_index: Index) -> None:
    assert _first_claim(kb_index, "Comparing regional league tables, what was HKUST's place "
                        "in the Times Higher Education Asia University Rankings 2023?").id \
        == "hkust-rank-the-asia-2023"


def test_english_words_after_a_chinese_question_word_name_what_is_asked(
        kb_index: Index) -> None:
    """攞咗幾多個 gold medal: the count of all the awards does not say how many were gold."""
    assert {"gold", "~award"} <= parse_query(kb_index, "科大攞咗幾多個 gold medal？").focus
    assert isinstance(answer_question(
        kb_index, "HKUST 喺日內瓦發明展攞咗幾多個 gold medal？"), Decline)


def test_an_everyday_word_counted_that_no_claim_uses_is_asked(kb_index: Index) -> None:
    """"How many tonnes of plastic": food waste recycled says nothing of plastic."""
    query = parse_query(kb_index, "How many tonnes of plastic did HKUST recycle?")
    assert "plastic" in query.focus
    assert "plastic" not in query.general
    assert isinstance(answer_question(
        kb_index, "How many tonnes of plastic did HKUST recycle?"), Decline)


@pytest.mark.parametrize(("typed", "meant"), [
    ("培訓班係邊度搞架?", "培训班系边度搞㗎"),
    ("係咪真架呀？", "系咪真㗎呀"),
    ("科大有幾多架", "科大有几多架"),
    ("研究框架", "研究框架"),
    ("新大樓仲有冇棚架？", "新大楼还有冇棚架"),
    ("用咗幾千架", "用咗几千架"),
    ("架構係點", "架构系点"),
])
def test_a_closing_frame_is_the_particle(typed: str, meant: str) -> None:
    """架 closing a question is 㗎 typed with its commoner twin; a measure word or a word that
    holds it (框架) stays."""
    assert mend_question_words(fold_text(typed)) == meant


def test_a_when_clause_before_the_question_asks_no_date() -> None:
    """"When the delegation toured the labs, which two …": the question is which."""
    assert question_intent(fold_text(
        "When the minister's delegation toured the campus, which labs did they see?")) == "which"
    assert question_intent(fold_text("When did the delegation tour the campus?")) == "when"
    assert question_intent(fold_text("When exactly did the course start, and how many "
                                     "countries took part?")) == "when"
    assert question_intent(fold_text("When and where was the workshop held?")) == "when"


def test_whose_thing_is_asked_is_not_what_is_asked(kb_index: Index) -> None:
    """"What was the fund's stated mission": a mission, not a sum of money."""
    query = parse_query(kb_index, "What was the fund's stated mission?")
    assert "~money" not in query.focus
    assert query.intent != "count"
    assert parse_query(kb_index, "What was the fund's size?").intent == "count"
    assert "~minister" in parse_query(kb_index, "Which minister's visit to HKUST took place "
                                      "on 13 March 2025?").focus
    assert "president" in parse_query(kb_index, "What is the president's name at HKUST(GZ)?"
                                      ).focus


def test_a_slip_in_a_known_university_name_is_no_other_university(kb_index: Index) -> None:
    assert unknown_institutions(kb_index, "Which Hong Kong Polytechinc University lab?") == []
    assert unknown_institutions(kb_index, "Did Hong Kong Baptist University join?") \
        == ["Hong Kong Baptist University"]


def test_how_much_a_sum_grew_is_answered_by_its_growth_in_percent(kb_index: Index) -> None:
    """"By how much did the scholarship spending grow": the sum asked about moved 9%."""
    assert _first_claim(kb_index, "By how much did HKUST's scholarship spending grow year on "
                        "year in 2022-23?").id == "hkust-scholarships-growth-2022-23"
    assert _first_claim(kb_index, "How much did HKUST spend on scholarships in 2022-23?").id \
        == "hkust-scholarships-2022-23"


def test_the_several_after_a_determiner_are_not_counted() -> None:
    """自主研發的幾款大模型用在哪些方面: "the several models", asked which fields; 有幾款 counts."""
    assert question_intent(fold_text("港科大自主研发的几款大模型主要用在哪些方面")) == "which"
    assert question_intent(fold_text("港科大有几款大模型")) == "count"


@pytest.mark.parametrize(("question", "other"), [
    ("When does HKU's Net-Zero Action Plan aim to reach net zero?",
     "The University of Hong Kong's Net-Zero Action Plan"),
    ("理大嘅獨角獸日有幾多人參加？", "香港理工大學的獨角獸日"),
])
def test_a_universitys_own_thing_said_to_be_anothers_is_unknown(
        kb_index: Index, question: str, other: str) -> None:
    """The file knows HKUST's plan and HKUST's Unicorn Day, not HKU's or PolyU's."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Decline)
    assert other in result.reason


def test_a_university_the_things_claims_bear_on_is_no_other_owner(kb_index: Index) -> None:
    """The space robotics centre's claims name HKU (a partner): "HKU's centre" is no other
    owner's, where "PolyU's centre" is; a university the text does not write before the thing
    (the reader's, or one set aside) is none either."""
    assert parse_query(kb_index, "What does HKU's Space Robotics and Energy Centre do?"
                       ).unknown_names == []
    assert parse_query(kb_index, "What does PolyU's Space Robotics and Energy Centre do?"
                       ).unknown_names != []
    for question in ("My son studies at HKU. What is the Net-Zero Action Plan's target year?",
                     "Besides PolyU, who else partnered with the Shanghai Center?",
                     "Did any PolyU alumni attend Unicorn Day?"):
        assert parse_query(kb_index, question).unknown_names == [], question


def test_built_in_everyday_words_is_finished(kb_index: Index) -> None:
    """建好: built and done, as 落成 and 建成 say it."""
    assert _first_claim(kb_index, "李家誠創科大樓建好未？").id \
        == "hkust-martin-ks-lee-building-status-2022-23"


def test_set_up_glues_as_do_does(kb_index: Index) -> None:
    """開個基金, 開嚟做咩: 開 (set up) beside a word is no pair of its own; 錢 is money."""
    assert "~money" in parse_query(kb_index, "科大撥咗幾多錢開個基金？").terms
    assert _first_claim(kb_index, "HKUST Shanghai Center 開嚟做咩？").id \
        == "hkust-shanghai-center-purpose"


def test_more_question_words_typed_with_a_slip() -> None:
    assert mend_question_words("how manny universities") == "how many universities"
    assert mend_question_words("waht was the purpose") == "what was the purpose"


def test_another_universitys_claim_is_a_sibling_of_the_ones_named_together(
        kb_index: Index) -> None:
    """SYSU and PolyU named together: Shenzhen University's joint initiatives (which hold
    "join") are a sibling of SYSU's, not the answer; one university named alone is asked of
    through another ("HKUST's sister campus in Guangzhou")."""
    assert _first_claim(kb_index, "Has Sun Yat-sen University joined any joint initiative "
                        "with PolyU?").id == "sysu-joint-initiatives-with-polyu"
    assert _first_claim(kb_index, "Who heads HKUST's sister campus in Guangzhou?").id \
        == "hkust-gz-president-2025-03"


@pytest.mark.parametrize(("question", "expected"), [
    ("By how many per cent did HKUST's IP income grow in 2022-23?",
     "hkust-ip-income-growth-2022-23"),
    ("How many million HK dollars did HKUST receive from the Research Grants Council in 2022-23?",
     "hkust-rgc-funding-2022-23"),
    ("How many billion Hong Kong dollars did the 2023-24 Budget set aside for basic research?",
     "hksar-government-basic-research-reserve-2023-24"),
    ("科大教員有百分之幾係香港人？", "hkust-faculty-from-hong-kong-share-2023-06-30")])
def test_how_many_of_a_unit_asks_that_measure(kb_index: Index, question: str,
                                              expected: str) -> None:
    """"How many per cent", "how many million dollars", 百分之幾: the unit says what is measured;
    a sum or a share is no count of things, and the unit is no part of what is counted."""
    assert _first_claim(kb_index, question).id == expected


def test_a_word_beside_a_list_is_no_member_of_it(kb_index: Index) -> None:
    """基线 stands beside a list of percentages, not in it: the count asked is no member's."""
    assert _first_claim(kb_index, "科大校園人數自2014-15年度基線以來增加了多少人?").id \
        == "hkust-campus-population-increase-since-2014-15"
    for question in ("一帶一路培訓班有幾多個學員來自埃及？", "How many trainees came from Egypt?"):
        assert isinstance(answer_question(kb_index, question), Decline), question


@pytest.mark.parametrize(("question", "checking"), [
    ("hkust scholarhsips 2022-23 HK$140.4 milion??", True),
    ("HKUST faculty 來自香港嘅比例係 34.9%？", True),
    ("Fact check: HKUST lists 8 strategic research areas in its 2022-23 highlights.", True),
    ("HKU 話會同中西區區議會保持溝通，真定假？", True),
    ("416 是理大的甚麼數字？", False),  # a question word: the figure is what is asked about
    ("除了來自香港的208位，科大其餘教員按地區的分布是怎樣？", False),
    ("Kelogg-HKUST EMBA world no.1 for the 12th time in FT 2023?", False),  # places, ordinals
    ("HKUST QS ranking 2024?", False),  # a year dates what is asked
    ("Is 1,828 tonnes HKUST's recyclables or its trash?", False)])
def test_a_figure_put_with_a_question_mark_and_no_question_word_is_checked(
        kb_index: Index, question: str, checking: bool) -> None:
    assert parse_query(kb_index, question).checking is checking


@pytest.mark.parametrize("question", ["2024年泰晤士專門給年輕大學做的排名，科大排第幾？",
                                      "在泰晤士那個衡量大學社會影響力的排名中，科大排第幾？",
                                      "科大有幾多間伙伴大學？"])
def test_a_kind_of_university_is_no_university_unknown(kb_index: Index, question: str) -> None:
    assert parse_query(kb_index, question).unknown_names == []


def test_a_university_of_another_name_stays_unknown(kb_index: Index) -> None:
    assert parse_query(kb_index, "南方科技大學有幾多間初創？").unknown_names
    assert parse_query(kb_index, "華南理工大學有幾多間初創？").unknown_names


@pytest.mark.parametrize(("question", "expected"), [
    ("Zhangjiang Fudan International Innovation Center 喺上海定北京？",
     "zhangjiang-fudan-iic-region-2024-01"),
    ("港大國際創新中心喺薄扶林定數碼港？", "hku-gic-location-2024-01")])
def test_two_places_offered_ask_where_and_the_claim_naming_one_answers(
        kb_index: Index, question: str, expected: str) -> None:
    """喺上海定北京: the place named is the answer, not something the question already said;
    a claim naming both (the centre's partners, in Cyberport) chooses neither."""
    assert parse_query(kb_index, question).intent == "where"
    assert _first_claim(kb_index, question).id == expected


@pytest.mark.parametrize("question", ["港大国际创新中心现在的设计已经定案了吗？",
                                      "理大嗰個WIE係咪一定要讀㗎？",
                                      "科大有幾多間公司上咗市或者俾人買咗?"])
def test_words_holding_ding_or_an_or_under_a_question_word_offer_no_choice(
        kb_index: Index, question: str) -> None:
    assert not parse_query(kb_index, question).offered


def test_a_choice_no_claim_makes_is_declined(kb_index: Index) -> None:
    """係上晝定下晝: no claim names either, so none chooses between them."""
    assert isinstance(answer_question(kb_index, "雷海潮見科大代表團係上晝定下晝㗎？"), Decline)


def test_a_percentage_asked_in_chinese_names_the_measure(kb_index: Index) -> None:
    assert "~percent" in parse_query(kb_index, "科大發明數目按年升咗幾多個百分比？").terms


@pytest.mark.parametrize(("question", "entities"), [
    ("哪一所香港的大學同鵬城實驗室合作？", ["pcl"]),  # a university in Hong Kong, not HKU
    ("香港的大學有幾多間？", []),  # 港的大 holds no 港大
    ("港大嘅創新中心喺邊？", ["hku_gic"]),
    ("港大個創新中心喺邊？", ["hku_gic"])])
def test_a_possessive_inside_a_chinese_name_stands_between_owner_and_thing(
        kb_index: Index, question: str, entities: list[str]) -> None:
    assert parse_query(kb_index, question).entities == entities


@pytest.mark.parametrize(("question", "expected"), [
    ("量子信息科学国家实验室是不是在上海？", "quantum-info-national-lab-region-2024-01"),
    ("懷進鵬接見科大代表團係咪喺北京？", "hkust-moe-minister-meeting-2025-venue")])
def test_a_place_closing_a_yes_no_question_is_put_to_be_checked(
        kb_index: Index, question: str, expected: str) -> None:
    """是不是在上海, 係咪喺北京: the claim saying where settles it, whether or not it says
    Shanghai. (A bare 在X嗎 is not read so: 仲喺規劃階段嗎 names no place.)"""
    assert _first_claim(kb_index, question).id == expected


def test_here_is_no_place_put_to_be_checked(kb_index: Index) -> None:
    assert not parse_query(kb_index, "科大仲有冇其他發展項目喺度搞？").place_checked


@pytest.mark.parametrize("question", ["hkust gz opend in sept 2022 rite",
                                      "fact check 科大 外部資助 HK$965M 2022-23",
                                      "Fact-checking: HKUST lists 8 strategic research areas."])
def test_what_the_checker_is_doing_is_no_word_to_match(kb_index: Index, question: str) -> None:
    terms = parse_query(kb_index, question).terms
    assert not {"fact", "check", "rite", "checking"} & set(terms), terms


@pytest.mark.parametrize("question", ["科大2022-23年度的总开支是多少？",
                                      "What was HKUST's total income in 2022-23?"])
def test_a_total_sum_is_not_one_of_its_parts(kb_index: Index, question: str) -> None:
    """The university's whole spending or income is no scholarship sum or IP income."""
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize(("question", "intent"), [
    ("夏宝龙会见科大代表团是在上午还是下午？", "when"),  # two times
    ("今年在科大办的一带一路空间科学培训班是第二届还是第三届？", "rank"),  # two editions
    ("培訓班的內容是聚焦三大方向還是五大方向？", "count"),  # two counts
    ("量子信息科学国家实验室在安徽还是上海？", "where"),
    ("吴岩代表团里的陈伟是港澳办四局副局长还是二局副局长？", "which")])  # offices, not figures
def test_what_two_alternatives_offered_ask_for(kb_index: Index, question: str,
                                               intent: str) -> None:
    assert parse_query(kb_index, question).intent == intent


def test_two_counts_offered_are_put_to_be_checked(kb_index: Index) -> None:
    """三大還是五大: the count claim settles it whichever it states; 三大 is no three to name."""
    query = parse_query(kb_index, "培訓班的內容是聚焦三大方向還是五大方向？")
    assert query.checking
    assert query.listed is None
    assert "五大" not in query.unknown_names


def test_wordy_english_reads_plainly(kb_index: Index) -> None:
    """'sat down with' meets, 'in charge of' heads, 'what was the point of' asks a purpose;
    'during' and 'actual' are no words a claim must hold ('middle' is: the Middle East)."""
    query = parse_query(kb_index, "Who was the minister that sat down with HKUST's president "
                        "in the middle of March 2025?")
    assert "~meet" in query.terms
    assert "sat" not in query.terms
    assert question_intent(fold_text("What was the actual point of the tie-up?")) == "purpose"
    query = parse_query(kb_index, "Which strengths did the minister in charge of the National "
                        "Health Commission commend during their meeting?")
    assert not {"charg", "dur"} & set(query.terms)


def test_dollars_say_a_sum_is_asked_and_are_no_word_to_match(kb_index: Index) -> None:
    """The claims write HK$: 'Hong Kong dollars' asks a sum, and holds no word they lack."""
    question = ("What was HKUST's total intake of external research funding in the year from "
                "July 2022 to June 2023, in Hong Kong dollars?")
    assert "dollar" not in parse_query(kb_index, question).terms
    assert _first_claim(kb_index, question).id == "hkust-external-research-funding-2022-23"
    assert isinstance(answer_question(kb_index, "How big is the biotech fund HKUST set up with "
                                      "the Shanghai investment group, in dollars?"), Decline)


@pytest.mark.parametrize(("question", "left_out"), [
    ("I'm a young engineer. What does the institute promise people like me in terms of "
     "careers?", {"m", "peopl", "~term", "term"}),
    ("Can PolyU students do their work placement somewhere abroad, for example?",
     {"somewher", "exampl"}),
    ("Does HKU say its centre could help businesses like mine?", {"mine"})])
def test_the_askers_own_words_are_no_words_to_match(kb_index: Index, question: str,
                                                    left_out: set[str]) -> None:
    assert not left_out & set(parse_query(kb_index, question).terms)


def test_of_two_people_offered_the_claim_naming_one_as_its_value_answers(
        kb_index: Index) -> None:
    """主任是雷海潮還是夏寶龍: the claim that he is the director, not one that mentions him."""
    assert _first_claim(kb_index, "國家衛生健康委員會主任是雷海潮還是夏寶龍？").id \
        == "nhc-minister-2025-03-12"


@pytest.mark.parametrize("question", ["鹏城实验室是跟哪所香港大学合作搞研究的？",
                                      "邊間香港大學同鵬城實驗室合作？"])
def test_which_hong_kong_university_is_no_name_of_hku(kb_index: Index, question: str) -> None:
    """哪所香港大學 asks which university in Hong Kong; it does not name HKU (香港大學)."""
    assert "hku" not in parse_query(kb_index, question).entities
    assert _first_claim(kb_index, question).id == "pcl-partners"


def test_hong_kong_university_by_name_is_hku(kb_index: Index) -> None:
    assert "hku" in parse_query(kb_index, "香港大學有幾多個國家實驗室？").entities


@pytest.mark.parametrize(("question", "expected"), [
    ("科大畢業生在全球最受僱主青睞的排名中一直位列前多少名？", "hkust-rank-employability-world"),
    ("PolyU says it is one of the world's top how many universities?",
     "polyu-rank-world-top-100"),
    ("科大畢業生受僱主青睞程度2024年全球排第幾？", "hkust-rank-employability-world-2024")])
def test_a_band_asked_is_answered_by_the_band_and_a_place_by_the_place(
        kb_index: Index, question: str, expected: str) -> None:
    """'Top how many', 前多少名 ask the band (top 30); 排第幾 the place in one year's table."""
    assert _first_claim(kb_index, question).id == expected


def test_the_first_alternative_is_read_back_no_further_than_the_second_is_long(
        kb_index: Index) -> None:
    """代表團是在上午還是下午 offers 上午 and 下午, not 代表團: the date claim, naming neither,
    does not settle it; 兩年定三年 asks how long."""
    query = parse_query(kb_index, "雷海潮会见科大代表团是在上午还是下午？")
    assert "表团" not in query.offered
    assert isinstance(answer_question(kb_index, "雷海潮会见科大代表团是在上午还是下午？"), Decline)
    assert parse_query(kb_index, "科大做東亞研究型大學協會主席，做兩年定三年？").intent == "count"


@pytest.mark.parametrize(("question", "expected"), [
    ("科大的数据科学排名还是全港第一？", "hkust-qs-data-science-ai-first-in-hk-2025"),  # still
    ("理大还是世界百强？", "polyu-rank-world-top-100"),
    ("港大創新中心仲喺規劃階段嗎？", "hku-gic-planning-status-2024-01"),  # no place closing it
    ("科大上海中心的研究是否集中在人工智能？", "hkust-shanghai-center-research-focus"),
    ("What was HKUST's total funding from the Research Grants Council in 2022-23?",
     "hkust-rgc-funding-2022-23")])
def test_the_reviews_counter_examples_keep_their_answers(kb_index: Index, question: str,
                                                         expected: str) -> None:
    """还是 meaning "still", 在 before a topic, a total of one source's funding: none of these
    is an either-or, a place put to be checked or a whole asked of its parts."""
    assert _first_claim(kb_index, question).id == expected


def test_a_kind_offered_twice_is_no_count(kb_index: Index) -> None:
    """一個研究所還是一個孵化器: 一個 is "a", no figure offered."""
    assert parse_query(kb_index, "港大创新中心是一个研究所还是一个孵化器？").intent != "count"


def test_middle_east_and_a_starting_point_keep_their_words() -> None:
    assert "middle" in strip_question_words(fold_text("partners in the Middle East")).split()
    assert question_intent(fold_text("What is the starting point of the plan?")) != "purpose"


@pytest.mark.parametrize(("question", "asks"), [
    ("HK$140.4 million??", True), ("比例係 34.9%？」", True), ("HK$140.4 million", False),
    ("what? no, 140", False), ("?" * 64_000 + "x", False)])
def test_a_question_mark_closes_the_question(question: str, asks: bool) -> None:
    """Only the last few characters are read (a whole-text pattern took 43 s on the last)."""
    assert ends_asking(question) is asks


def test_dollars_alone_ask_a_sum(kb_index: Index) -> None:
    """'How many million dollars': a sum, though the word is no word to match."""
    assert _first_claim(kb_index, "How many million dollars did HKUST receive from the RGC in "
                        "2022-23?").id == "hkust-rgc-funding-2022-23"


def test_used_for_offers_no_places(kb_index: Index) -> None:
    assert parse_query(kb_index, "科大的经费用于基础研究还是应用研究？").intent != "where"


def test_a_clear_lead_a_hair_short_of_the_threshold_answers(kb_index: Index) -> None:
    """Just under the threshold, far ahead of the next claim and scaled down by no rule: the
    claim is the answer (the sandbox question above, scaled down for lacking the deed asked,
    is not)."""
    question = "Does HKUST have a blood test that can pick up Alzheimer's or early memory decline?"
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer), result
    best = result.answers[0]
    assert best.claim.id == "hkust-innovation-alzheimers-blood-test"
    assert best.parts.total < DEFAULT_MIN_SCORE
    assert best.parts.fit == 1.0


@pytest.mark.parametrize("question", [
    "Education and Generative AI Fund 撥款係咪 HK$100M？",
    "hkust educaton and generative ai fund was HK$100M rite?",
])
def test_a_figure_with_a_scale_suffix_is_a_value_not_a_word(kb_index: Index,
                                                            question: str) -> None:
    """HK$100M is read as 100,000,000: checked against the fund's figure (HK$10 million, which
    corrects it), not a word "100m" the claim would have to hold."""
    query = parse_query(kb_index, question)
    assert "100m" not in query.terms
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "hkust-edu-genai-fund-allocation-2022-23"


def test_a_unit_the_file_does_not_use_is_no_unknown_body(kb_index: Index) -> None:
    """"MWh" is a unit, not a body the file knows nothing of: the figure in the claim's own
    unit (kWh) settles the check."""
    question = "Was HKUST's electricity use 93,923,338 MWh in 2022-23?"
    assert parse_query(kb_index, question).unknown_names == []
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "hkust-electricity-use-2022-23"


def test_an_ordinal_in_digits_before_a_name_says_which_one(kb_index: Index) -> None:
    """"the 2nd Belt and Road … course" says which course, as "the second" does: the place it
    was held is what is checked, not the figure 2. A place in a table stays a figure."""
    query = parse_query(kb_index, "Is it true the 2nd Belt and Road space science training "
                                  "course was held on the HKUST campus?")
    assert query.ordinals == [(2, None)]
    assert query.numbers == []
    table = parse_query(kb_index, "Did HKUST really place 2nd in the Times Higher Education "
                                  "Young University Rankings 2024?")
    assert table.numbers == [(2, None)]
    assert table.ordinals == []


def test_a_day_written_with_hao_is_a_date(kb_index: Index) -> None:
    """8月15號 (Hong Kong speech writes the day with 號) is one date to check, not the
    figures 8 and 15."""
    query = parse_query(kb_index, "一帶一路嗰個太空培訓班係咪搞到8月15號先完？")
    assert query.numbers == []
    assert query.intent == "when"


def test_an_office_told_by_a_deed_is_answered_by_that_deed(kb_index: Index) -> None:
    """"The minister who met Harry Shum and Nancy Ip": the meeting's claim naming who received
    them answers, though its metric (host) is no minister's title."""
    result = answer_question(kb_index, "Who was the Minister of Education who met Harry Shum "
                                       "and Nancy Ip in March 2025?")
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "hkust-moe-minister-meeting-2025-host"


@pytest.mark.parametrize("question", [
    "科大計算機科學在QS學科排名中全球第幾？",  # QS ranks its data science and AI, not CS
    "QS 2025學科排名入面，科大電腦科學全球排第幾？",
    "科大工程學科全球排第幾？",  # engineering is ranked by THE in Asia, not in the world
    "THE 2024學科排名，科大商科喺香港排第幾？",  # no business table at all
])
def test_a_subject_named_in_either_language_must_be_the_tables(kb_index: Index,
                                                              question: str) -> None:
    """A subject named (計算機科學, 工程, 商科, "business") is a word of the table asked: a
    place in another subject's table, or in none, is no answer."""
    assert isinstance(answer_question(kb_index, question), Decline)


@pytest.mark.parametrize("question", [
    "科大計算機科學在2024年泰晤士學科排名是亞洲第四嗎？",
    "Was HKUST's computer science 4th in Asia in the THE subject rankings 2024?",
])
def test_an_equal_place_in_another_regions_table_proves_nothing(kb_index: Index,
                                                               question: str) -> None:
    """Checking "4th in Asia": the Asian table's own place settles it (corrects it), not
    the 4th place HKUST holds in Greater China."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "hkust-rank-the-computer-science-asia-2024"


@pytest.mark.parametrize(("question", "expected"), [
    # The title is the guest's: the president who led the delegation, not the minister.
    ("率領科大代表團的校長是誰？", "hkust-president-2025-03"),
    # A body's short name that is also a unit's is a body (the Hospital Authority).
    ("Who chairs the HA board?", None),
    # A "3B award" is a name, not three billion.
    ("Did HKUST win the 3B award?", "hkust-techathon-awards-2023"),
])
def test_what_the_deed_title_unit_and_scale_readings_leave_alone(
        kb_index: Index, question: str, expected: str | None) -> None:
    result = answer_question(kb_index, question)
    got = result.answers[0].claim.id if isinstance(result, Answer) else None
    assert got == expected
    if question == "Did HKUST win the 3B award?":
        assert "3b" in parse_query(kb_index, question).terms


@pytest.mark.parametrize(("folded", "asked"), [
    ("who attended hkust meeting with the minister of education", True),
    ("who was present at the meeting with the education minister", True),
    ("who participate in the nhc meeting with hkust", True),  # "took part", as folded
    ("who were the participants at the minister meeting", True),
    # A title before the presence word is the office asked, not the occasion's name.
    ("who was the minister who attended the meeting", False),
    ("who joined the asian universities alliance", False),  # joining is membership
])
def test_presence_asked_only_when_no_title_comes_first(folded: str, asked: bool) -> None:
    assert presence_asked(folded) is asked


@pytest.mark.parametrize("question", [
    "Who was present at HKUST's meeting with the Minister of Education in Beijing?",
    "Who took part in the Minister of Education's meeting with HKUST?",
])
def test_who_was_at_a_meeting_named_by_a_title_gets_the_people_there(
        kb_index: Index, question: str) -> None:
    """The minister names the meeting; the people present are asked, not his office."""
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == "hkust-moe-minister-meeting-2025-attendees"
    assert "~attend" in parse_query(kb_index, question).terms


@pytest.mark.parametrize(("question", "expected"), [
    # Named by the English form a claim gives his Chinese name: the claim that he is vice
    # minister tells nothing asked.
    ("What did Vice Minister Wu Yan praise the university for?",
     "moe-wu-yan-hkust-visit-areas-commended"),
    ("What did Education Minister Huai Jinpeng and the HKUST leaders talk about?",
     "hkust-moe-minister-meeting-2025-theme"),
    # His post asked: the claim that he holds it answers.
    ("What was Xia Baolong's post when he met the HKUST delegation?",
     "hkmao-director-2025-03-12"),
    ("Who was Pong Ting-Chuen?", "hkust-gz-vice-president-administration-2025-03"),
])
def test_an_office_holder_named_in_english_is_told_apart_from_his_post(
        kb_index: Index, question: str, expected: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == expected


def test_english_forms_are_the_names_a_claim_gives_its_holder(kb_index: Index) -> None:
    by_id = {claim.id: position for position, claim in enumerate(kb_index.kb.claims)}
    assert "wu yan" in english_forms(kb_index, by_id["moe-vice-minister-wu-yan"])
    # A list of people, or a body's name among the keywords, gives no holder's name.
    assert english_forms(kb_index, by_id["hkust-moe-minister-meeting-2025-attendees"]) == ()
    assert not any("commission" in name
                   for name in english_forms(kb_index, by_id["nhc-minister-2025-03-12"]))


@pytest.mark.parametrize(("question", "expected"), [
    ("What were the organisers hoping to achieve with the space training course?",
     "belt-road-space-training-2025-purpose"),
    ("科大與阿里雲結成夥伴主要做甚麼？", "alibaba-cloud-partnership-purpose-2022-23"),
    ("科大同無錫經濟開發區結成夥伴主要做乜？", "wuxi-edz-partnership-purpose-2022-23"),
    # 做咩官 asks his office: the deed words do not make it an aim.
    ("葛明博士喺特區政府做咩官？", "hksar-government-commissioner-for-industry-2025-07"),
])
def test_what_a_thing_is_for_is_not_told_by_who_runs_it(kb_index: Index, question: str,
                                                       expected: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == expected


@pytest.mark.parametrize(("question", "intent"), [
    ("科大代表團於何日拜會國家衛健委？", "when"),
    ("Is the innovation centre being built at Pok Fu Lam or at Cyberport?", "where"),
    # Months offered ask when, not where.
    ("Was the meeting with the education minister held in March or in April?", None),
])
def test_a_date_in_the_written_register_and_places_offered_in_english(
        kb_index: Index, question: str, intent: str | None) -> None:
    assert parse_query(kb_index, question).intent == intent


@pytest.mark.parametrize(("question", "expected"), [
    # The institute PolyU set up with Shenzhen University runs the programme; none of the
    # institute's claims names PolyU.
    ("How many students took part in PolyU's immersive entrepreneurship programme in the "
     "summer of 2019?", "gba-i3-entrepreneurship-programme-participants-2019"),
    ("理大2019年暑假嗰個浸沉式創業活動搞咗幾多日？",
     "gba-i3-entrepreneurship-programme-duration-2019"),
    # Words for people and the institute's name (國際) ask of PolyU itself.
    ("理大 國際學生人數", None),
])
def test_a_body_a_university_set_up_with_others_answers_for_it(
        kb_index: Index, question: str, expected: str | None) -> None:
    result = answer_question(kb_index, question)
    got = result.answers[0].claim.id if isinstance(result, Answer) else None
    assert got == expected


@pytest.mark.parametrize(("question", "expected"), [
    # One person asked of an occasion, or a deed taken part in: no presence reading.
    ("Who attended as Secretary for Education on Wu Yan's visit?", "hk-edb-secretary"),
    ("Who took part in organising the Belt and Road course?",
     "belt-road-space-training-2025-co-organisers"),
    # Which body a person serves, or his name, is told by his post's claim.
    ("What ministry is Huai Jinpeng minister of?", "moe-minister-2025-03-13"),
    ("What does Yang Dan direct?", "moe-international-department-director-general"),
    ("港澳辦主任姓咩？", "hkmao-director-2025-03-12"),
    # A thing asked with "meant to", and a person's work, are no aim.
    ("Which bodies are meant to guide the Belt and Road course?",
     "belt-road-space-training-2025-guiding-bodies"),
    ("科大校長主要做什麼？", "hkust-president-2025-03"),
    # 為何 asks why (日後, later); a ranking's regions are offered, not places.
    ("科大為何日後要加快醫學院建設？", "hkust-nhc-minister-meeting-2025-commitments"),
    ("Is HKUST first in Hong Kong or in Asia in the Impact Rankings?",
     "hkust-rank-the-impact-hk-2025"),
])
def test_what_the_rounds_readings_leave_alone(kb_index: Index, question: str,
                                              expected: str) -> None:
    result = answer_question(kb_index, question)
    assert isinstance(result, Answer)
    assert result.answers[0].claim.id == expected
