"""normalize: one folding for questions and claims alike."""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcli.normalize import (
    _CANTONESE,
    _CANTONESE_IN_PLACE,
    concept,
    detect_lang,
    expand_abbreviations,
    fold_text,
    mend_question_words,
    question_intent,
    stem,
    strip_question_words,
    tokens,
)

if TYPE_CHECKING:
    from factcli.index import Index


def test_fold_is_idempotent_on_examples() -> None:
    for text in ("ＨＫＵＳＴ　有幾多間獨角獸？", "Poly-U 1,747 start-ups", "香港科技大學（廣州）"):
        assert fold_text(fold_text(text)) == fold_text(text)


def test_fold_is_idempotent_where_cantonese_words_meet() -> None:
    """A Cantonese word folded beside another, or beside any character of the table, makes no
    new match for a second fold (應承承, 人返工, 聽講起 once did)."""
    words = [*_CANTONESE, *_CANTONESE_IN_PLACE]
    characters = set("".join(words)) | set("".join(_CANTONESE.values()))
    texts = [text for word in words for other in (*words, *characters)
             for text in (word + other, other + word, word + other + other)]
    assert [text for text in texts if fold_text(fold_text(text)) != fold_text(text)] == []


@given(st.text(max_size=200))
def test_fold_is_idempotent(text: str) -> None:
    assert fold_text(fold_text(text)) == fold_text(text)


def test_full_width_and_case_fold_to_ascii() -> None:
    assert fold_text("ＨＫＵＳＴ　１，７４７") == "hkust 1747"


def test_traditional_and_simplified_fold_together() -> None:
    assert fold_text("香港科技大學有幾多間獨角獸") == fold_text("香港科技大学有几多间独角兽")


def test_hyphenated_words_join() -> None:
    assert fold_text("start-ups") == fold_text("startups")


@pytest.mark.parametrize(("question", "content"), [
    ("HKUST 有幾多間獨角獸?", "hkust 独角兽"),
    ("邊個係科大校長？", "科大校长"),
    ("理大有多少科研项目", "理大 科研项目"),
    ("How many unicorns does HKUST have?", "unicorns hkust"),
    ("電子鼻是干什么用的？", "电子鼻"), ("呢個學院係做乜？", "学院"),
    ("施工的時候主要用甚麼方法？", "施工 用 方法"), ("有什麼目的？", "目的"),
    ("What does the park mainly work on?", "park work"), ("係想做乜?", "想"),
    ("向斌係咩人嚟㗎？", "向斌"), ("開了甚麼人工智能課程？", "开 人工智能课程"),
    ("What else will the lab do?", "lab"), ("代表分別來自哪些界別？", "代表 来自 界别"),
    ("除咗研究仲做咩？", "研究仲"), ("呢個學院搞嚟做乜？", "学院"),
    ("科大成間大學一年用幾多度電？", "科大 用 度电"), ("成個校園用咗幾多水？", "用 水"),
    ("夏寶龍當時擔任甚麼職務？", "夏宝龙 担任"),  # 當時 (at the time) names nothing asked
    ("相當時間", "相当时间"), ("每當時間", "每当时间"),  # but 相當 and 每當 are words
])
def test_question_words_are_stripped_in_three_languages(question: str, content: str) -> None:
    assert strip_question_words(fold_text(question)) == content


@pytest.mark.parametrize(("question", "intent"), [
    ("When did HKUST(GZ) open?", "when"), ("科大廣州幾時開幕", "when"),
    ("Where is the Shanghai Center?", "where"), ("上海中心喺邊度", "where"),
    ("太空研究會把重點放在哪裡？", None), ("港大國際創新中心會放在哪裡？", "where"),
    ("Who chairs the council?", "who"), ("邊個係校長", "who"), ("谁是校长", "who"),
    ("How many unicorns?", "count"), ("有幾多間初創", "count"), ("HKUST unicorns", None),
    ("大灣區包括邊幾個城市？", "which"), ("培訓班由哪幾個機構主辦？", "which"),
    ("有幾個城市？", "count"), ("What does the joint lab study?", "purpose"),
    ("懷進鵬是哪個部門的部長？", "which"), ("新研究院設於深圳哪一區？", "where"),
    ("17家退出裡有幾家是上市的？", "count"), ("Which part of Shanghai is it in?", "where"),
    ("理大和鹏城实验室合作是为了什么？", "purpose"),
    ("How did HKU do in the THE computer science subject ranking 2024?", "rank"),
    ("What is the Hong Kong Biotechnology Fund for?", "purpose"),
    ("港大會用甚麼方法控制噪音？", "what"), ("How will HKU keep the noise down?", "what"),
    ("佢哋傾咗啲乜？", "what"),
    ("研究院開喺深圳邊個區？", "where"), ("計劃去到邊個階段？", "which"),
    ("校長係邊個？", "who"), ("邊個教授負責？", "who"), ("佢同邊間大學合作？", "which"),
    ("全球排名大概喺幾多名以內？", "rank"), ("有幾多名學生？", "count"),
    ("開分校想做啲乜？", "purpose"), ("嗰筆錢主要想做到乜嘢？", "purpose"),
    ("三千萬元會用在甚麼地方？", "purpose"), ("上海中心在什麼地方？", "where"),
    ("局長是哪一位？", "who"), ("由哪幾位教授擔任導師？", "which"),
    ("What positions did Dr Yang Dan hold?", "who"), ("How tall will it be?", "count"),
    ("實習可以去哪些地方？", "where"), ("Which district council is it?", "which"),
    ("QS 排名係幾多？", "rank"), ("在 Financial Times 2023 的排名是？", "rank"),
    ("合作的意義在哪裡？", "purpose"), ("What's the Alibaba Cloud tie-up about?", "purpose"),
    ("科大出國交流學生人數", "count"), ("開分校有咩用？", "purpose"),
    ("设分校有什么好处？", "purpose"), ("血液測試準確率有多高？", "count"),
    ("新大樓有多高？", "count"), ("這個平台有什麼用戶？", "what"),
    ("科大的研究有多重要？", None), ("大灣區有多高校設立分校？", None),
    ("凱洛格科大EMBA第幾次攞全球第一？", "count"), ("是第幾度奪得全球第一？", "count"),
    ("凱洛格科大EMBA第幾次做全球第一？", "count"), ("係第幾次成為全球第一？", "count"),
    ("科大係第幾次做AUA執行主席？", "rank"),
    ("係喺中國科學院第幾次院士大會講㗎？", "rank"), ("科大喺QS排第幾？", "rank"),
    ("呢場比賽第幾回合？", "rank"), ("第幾次榮膺第一？會唔會再贏？", "count"),
    ("HKUST strategic research areas list", "which"), ("list of HKUST partners", "which"),
    ("科大策略研究範疇清單", "which"), ("Is HKUST on the list of top innovators?", None),
    ("Where did HKUST place in Greater China for employability?", "rank"),
    ("Where will the lab place its robots?", "where"),
    ("Where will Chang'e-8 land?", "where"), ("科大多久才第一次獲得QS全球第一？", "count"),
    ("In THE's Industry Income Index 2023, where did HKUST stand in Hong Kong?", "rank"),
    ("In that index, what does THE stand for?", None),
    ("What is the HKUST-SIIC biotech fund dedicated to?", "purpose"),
    ("Which teams are dedicated to the project?", "which"),
])
def test_question_intent(question: str, intent: str | None) -> None:
    assert question_intent(fold_text(question)) == intent


def test_tokens_are_words_and_cjk_bigrams() -> None:
    assert tokens("unicorns 独角兽") == ["unicorn", "独角", "角兽"]
    assert "独" in tokens("独角兽", unigrams=True)


@pytest.mark.parametrize(("text", "lang"), [
    ("How many unicorns?", "en"), ("科大有幾多間獨角獸", "zh-hant"),
    ("科大有几多间独角兽", "zh-hans"), ("HKUST 嘅 unicorn 有幾多", "zh-hant"),
])
def test_answer_language_follows_the_question(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(("cantonese", "standard"), [
    ("睇", "看"), ("返工", "工作"), ("攞獎", "獲獎"), ("傾咗", "談咗"), ("做緊", "做"),
    ("人工有幾多", "工資有幾多"), ("人工智能", "人工智能"), ("起嘅時候", "建嘅時候"),
    ("會起喺邊度", "會建在邊度"), ("會喺邊度起？", "會喺邊度建？"), ("幾時起", "幾時建"),
    ("上晝定下晝", "上午定下午"),
])
def test_cantonese_content_words_fold_to_standard_chinese(cantonese: str, standard: str) -> None:
    assert fold_text(cantonese) == fold_text(standard)


@pytest.mark.parametrize(("asked", "worded"), [
    ("多咗百分之幾", "增加百分之幾"), ("少咗幾多", "減少幾多"), ("漲了多少", "增加多少"),
    ("跌咗幾多", "減少幾多"), ("升幾多", "增加幾多"),
])
def test_a_change_asked_by_how_much_folds_to_the_claims_words(asked: str, worded: str) -> None:
    assert fold_text(asked) == fold_text(worded)


@pytest.mark.parametrize(("words", "folded"), [
    ("用水量減少了多少", "用水量减少了多少"), ("增多了多少", "增多了多少"),
    ("用水量下降了多少", "用水量下降了多少"), ("排名提升了多少", "排名提升了多少"),
    ("上升了百分之幾", "上升了百分之几"), ("下跌了多少", "下跌了多少"),
    ("水每升多少錢", "水每升多少钱"), ("升級多少次", "升级多少次"), ("多少", "多少"),
])
def test_a_verb_of_two_characters_or_a_litre_is_left_as_it_is(words: str, folded: str) -> None:
    assert fold_text(words) == folded


def test_the_change_fold_is_idempotent() -> None:
    for text in ("多咗百分之幾", "漲了多少", "跌咗幾多多少", "少了多少了咗升降跌漲百分之幾"):
        assert fold_text(fold_text(text)) == fold_text(text)


def test_cantonese_folding_leaves_standard_words_alone() -> None:
    assert fold_text("傾向") != fold_text("談向")
    assert fold_text("我哋一起？") == fold_text("我哋一起")
    assert "起" in fold_text("起步")


def test_in_closing_a_phrase_and_ranked_at_are_question_words() -> None:
    content = strip_question_words(fold_text("QS亞洲大學排名裡，港科大排在第幾位？"))
    assert content.split() == ["qs亚洲大学排名", "港科大", "位"]
    assert "公里" in strip_question_words(fold_text("距離有幾多公里"))
    assert "安排在" in strip_question_words(fold_text("為何把培訓班安排在香港舉行？"))


@pytest.mark.parametrize("question", ["係咪真㗎，科大有9間獨角獸？", "科大真係有9間獨角獸？",
                                      "科大有9间独角兽是真的吗？"])
def test_is_it_true_in_chinese_leaves_no_word_to_find(question: str) -> None:
    assert "真" not in strip_question_words(fold_text(question))


@pytest.mark.parametrize("word", ["真正", "仿真系统", "认真", "逼真"])
def test_words_holding_true_keep_it(word: str) -> None:
    assert word in strip_question_words(fold_text(f"科大的{word}的東西"))


@pytest.mark.parametrize("question", ["培訓班導師係邊三位教授？", "理大有哪五間聯盟夥伴？",
                                      "邊十個城市？"])
def test_which_and_a_numeral_is_a_question_phrase(question: str) -> None:
    """邊三位, 哪五間: which three, which five, as 邊兩個 and 哪幾位 are."""
    stripped = strip_question_words(fold_text(question))
    assert not any(which + numeral in stripped for which in "边哪" for numeral in "三五十")
    assert "海边三" in strip_question_words(fold_text("海邊三間研究所"))  # a side, not "which"


def test_which_two_places_is_a_question_phrase() -> None:
    assert "地方" not in strip_question_words(fold_text("預計同邊兩個地方產生協同效應？"))
    assert "地方" in strip_question_words(fold_text("地方政府有冇支持？"))


@pytest.mark.parametrize(("question", "content", "intent"), [
    ("科大有幾間實驗室？", "科大 实验室", "count"), ("理大有幾個學院？", "理大 学院", "count"),
    ("派出了幾支隊伍？", "派出 队伍", "count"), ("佔百分之幾？", "占", "count"),
])
def test_how_many_with_a_measure_word_and_what_percent_are_question_words(
        question: str, content: str, intent: str) -> None:
    folded = fold_text(question)
    assert (strip_question_words(folded).strip(), question_intent(folded)) == (content, intent)


@pytest.mark.parametrize("question", ["是哪一天的事？", "係幾時嘅事？"])
def test_the_matter_closing_a_when_question_is_a_question_word(question: str) -> None:
    folded = fold_text(question)
    assert (strip_question_words(folded).strip(), question_intent(folded)) == ("", "when")


def test_a_matter_inside_a_question_is_a_word() -> None:
    assert "事务" in strip_question_words(fold_text("科大學生的事務處在哪？"))


def test_a_lot_of_is_no_word_and_dust_is_dust() -> None:
    assert strip_question_words(fold_text("會唔會好多塵？")) == "尘"
    assert concept("尘") == concept("粉尘") == "~dust"


def test_reps_are_representatives() -> None:
    assert concept(stem("reps")) == concept(stem("representatives")) == "~delegate"


def test_finding_out_by_a_test_is_detecting() -> None:
    assert concept("查出") == concept("检测") == concept(stem("detects")) == "~detect"


def test_currently_is_no_word_to_find() -> None:
    folded = fold_text("現時由哪位教授負責？")
    assert (strip_question_words(folded), question_intent(folded)) == ("由 教授负责", "who")


@pytest.mark.parametrize(("question", "content"), [
    ("具體是哪個範疇？", "范畴"), ("雙方簽了甚麼文件？", "签 文件"),
    ("已經轉咗入新階段", "转 入新阶段"),
])
def test_specifically_both_sides_and_already_are_no_words_to_find(question: str,
                                                                  content: str) -> None:
    """具體, 雙方 and 已經 only frame the question."""
    assert strip_question_words(fold_text(question)) == content


@pytest.mark.parametrize(("question", "kept"), [
    ("科大嘅工具體系有咩特點？", "工具体系"), ("公司已經營幾多年？", "已经营"),
    ("該中心已經歷幾次改組？", "已经历"), ("雙方向充電技術", "双方向"), ("雙方案比較", "双方案"),
])
def test_the_fillers_inside_other_words_are_words(question: str, kept: str) -> None:
    """工具|體系, 已|經營, 雙|方向: the characters of a filler that belong to other words stay."""
    assert kept in strip_question_words(fold_text(question))


def test_unis_are_universities() -> None:
    """A uni, as students say it."""
    assert concept(stem("uni")) == concept(stem("unis")) == concept(stem("universities")) \
        == "~university"


def test_where_a_body_stood_in_a_table_asks_a_rank() -> None:
    """Where it stood in QS is its place; what QS stands for is what the name means."""
    assert question_intent(fold_text("Where did HKUST stand globally in QS 2024?")) == "rank"
    assert question_intent(fold_text("Where had HKUST stood in the QS table?")) == "rank"
    assert question_intent(fold_text("What does QS stand for?")) is None


def test_zhi_counts_teams_only() -> None:
    assert "支持者" in strip_question_words(fold_text("有多少支持者？"))
    assert "几何" in strip_question_words(fold_text("幾何"))


def test_over_ten_is_no_how_many() -> None:
    """十幾間: "over ten", a figure, not a question word."""
    folded = fold_text("科大有十幾間實驗室嗎？")
    assert "十几间" in strip_question_words(folded)
    assert question_intent(folded) is None


@pytest.mark.parametrize(("question", "kept"), [
    ("兩校合作關係幾時開始？", "关系"), ("呢個體系幾時推出？", "体系"),
    ("碳中和目標嘅實現時間係幾時？", "实现时间"), ("課程係咪好多元化？", "多元化"),
])
def test_question_words_inside_words_are_words(question: str, kept: str) -> None:
    assert kept in strip_question_words(fold_text(question))


def test_out_closing_a_verb_of_giving_is_a_question_word() -> None:
    assert "出" not in strip_question_words(fold_text("撥咗幾多錢出嚟搞基金？"))
    assert "出" not in strip_question_words(fold_text("拨了多少钱出来？"))
    assert "出来" in strip_question_words(fold_text("研究做出来的成果"))
    assert "推出" in strip_question_words(fold_text("科大幾時推出嚟呢個課程"))
    assert "出版" in strip_question_words(fold_text("出版了几本书"))


@pytest.mark.parametrize("spelling", ["organised", "organized", "organises", "organizes",
                                      "organize"])
def test_british_and_american_spellings_stem_alike(spelling: str) -> None:
    assert tokens(fold_text(spelling)) == tokens(fold_text("organise"))


@pytest.mark.parametrize("forms", [("propose", "proposes", "proposed", "proposing"),
                                   ("house", "houses", "housed", "housing"),
                                   ("focus", "focuses", "focused", "focusing"),
                                   ("build", "builds", "building", "buildings"),
                                   ("meet", "meets", "meeting", "meetings"),
                                   ("top", "tops", "topped", "topping"),
                                   ("plan", "plans", "planned", "planning"),
                                   ("programme", "programmes", "programmed", "programming"),
                                   ("staff", "staffs", "staffed", "staffing"),
                                   ("add", "adds", "added", "adding")])
def test_the_forms_of_a_verb_stem_alike(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1


@pytest.mark.parametrize(("question", "intent"), [
    ("What did the minister and HKUST's leaders talk about when they met?", None),
    ("Of the 236 students who got aid, how many were women?", "count"),
    ("Tell me who heads the council", "who"),
    ("What did the minister say about it, and when did they meet?", "when"),
    ("In which year did HKUST(GZ) open?", "when"),
    ("Which organisations founded the fund?", "which"),
    ("雷海潮稱讚港科大在哪些方面取得成績？", "which"),
    # A question asked inside a sentence asks.
    ("I need to know when the Guangzhou campus officially opened its doors", "when"),
    ("Could you tell me where the centre will be built?", "where"),
    ("Any idea where the HKUST Shanghai Center is?", "where"),
    ("What did they talk about with us when they met?", None),
    ("Do you know when the course started?", "when"),
    ("How many trainees were there, you know, when the course opened?", "count"),
    ("How many start-ups were spun out when HKUST opened?", "count"),
    ("Do you know, when the course opened, how many trainees came?", "count"),
])
def test_clause_joining_words_are_not_question_words(question: str, intent: str | None) -> None:
    assert question_intent(fold_text(question)) == intent


def test_paraphrase_groups_are_written_as_folded_text_and_name_each_word_once() -> None:
    from factcli.concepts import CONCEPTS

    words = [word for group in CONCEPTS.values() for word in group.split()]
    chinese = [word for word in words if not word.isascii()]
    assert all(fold_text(word) == word for word in chinese)
    assert len(set(words)) == len(words)


def test_lazy_patterns_compile_once_and_behave_like_compiled_ones() -> None:
    import re

    from factcli.lazyre import lazy

    pattern = lazy(r"(\d+)年")
    assert pattern.findall("2023年和2024年") == re.findall(r"(\d+)年", "2023年和2024年")
    assert pattern.compiled is pattern.compiled


def test_short_forms_are_read_as_the_words_they_stand_for() -> None:
    from factcli.normalize import mend_question_words

    assert mend_question_words("polytechnic univ dept head") \
        == "polytechnic university department head"


def test_question_words_typed_with_a_slip_are_read_as_meant() -> None:
    from factcli.normalize import mend_question_words

    assert mend_question_words("wat does it measure") == "what does it measure"
    assert mend_question_words("hw many") == "how many"
    assert mend_question_words("whatever wen") == "whatever when"


def test_cantonese_words_read_as_standard_chinese() -> None:
    assert fold_text("科大班人") == "科大"  # HKUST's people: HKUST
    assert "班人" in fold_text("培訓班人數")
    assert "建成" in fold_text("大樓起好咗未")
    assert "花费" in fold_text("使咗幾多錢")


def test_a_phrasal_verb_reads_as_its_one_word() -> None:
    assert fold_text("They put forward a proposal") == fold_text("They propose a proposal")
    assert fold_text("HKUST set up the lab") == fold_text("HKUST establish the lab")
    assert fold_text("Which measures fall under the challenge") \
        == fold_text("Which measures under the challenge")


def test_a_signed_document_is_an_agreement() -> None:
    """簽咗咩文件 asks for the agreement signed."""
    assert concept("文件") == concept("协议") == "~agreement"


def test_what_sets_a_thing_apart_is_one_idea() -> None:
    """"What's special about", 有甚麼獨特之處 ask for a claim's distinction."""
    forms = {concept(stem(word)) for word in ("special", "unique", "distinctive", "distinction")}
    assert forms == {concept("独特")} == {concept("特色")} != {None}


@pytest.mark.parametrize("word", ["co-organised", "co-organisers", "co-hosted", "coorganizer"])
def test_organising_together_is_organising(word: str) -> None:
    """The hyphen folds away ("coorganised"): the word still means organising."""
    assert {concept(term) for term in tokens(fold_text(word))} == {"~organise"}


def test_an_intention_is_a_purpose_and_meaning_to_do_is_planning() -> None:
    """背後的用意 asks what a thing is for; 係咪打算 asks whether it is planned."""
    assert concept("用意") == concept("初衷") == concept("目的") == "~goal"
    assert question_intent(fold_text("理大開設新研究院的用意是甚麼？")) == "purpose"
    assert concept("打算") == concept("规划") == "~plan"


def test_at_the_helm_leads_and_kicking_off_begins() -> None:
    assert concept("掌舵") == concept(stem("helm")) == concept("领导") == "~lead"
    assert concept("开锣") == concept("开幕") == "~begin"


def test_everyday_shortenings_read_as_the_words_claims_use() -> None:
    """"grads", 合搞 (run together) and 賺到 (earned) are the graduates, 合辦 and income the
    claims speak of."""
    assert tokens(fold_text("grads undergrads")) == tokens(fold_text("graduates undergraduates"))
    assert fold_text("港科大和上實合搞") == fold_text("港科大和上實合辦")
    assert concept("赚") == concept(stem("earnings")) == concept("收入") == "~income"


@pytest.mark.parametrize("hedge", ["apparently", "reportedly", "supposedly", "allegedly"])
def test_a_hedge_on_what_was_heard_is_no_word_to_find(hedge: str) -> None:
    assert tokens(strip_question_words(fold_text(f"HKUST has {hedge} built a nose"))) \
        == tokens(strip_question_words(fold_text("HKUST has built a nose")))


def test_being_crowned_is_obtaining() -> None:
    """榮登全球第一 is 榮膺 (obtained) the first place."""
    assert concept("荣登") == concept("荣膺") == concept("夺得") == concept("获得") == "~obtain"


def test_what_a_body_mainly_does_is_its_focus() -> None:
    """主打 (Cantonese and mainland colloquial) says what a body concentrates on."""
    assert concept("主打") == concept(stem("focus")) == concept("聚焦") == "~focus"


def test_belonging_to_a_body_is_being_its_member() -> None:
    assert concept(stem("belong")) == concept(stem("members")) == concept("成员") == "~member"


def test_asking_whether_a_thing_is_optional_asks_whether_it_is_required() -> None:
    assert concept(stem("optional")) == concept(stem("mandatory")) == concept("选修") \
        == concept("必修") == "~require"


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)


@given(_ASCII)
@example("HKUST set up the lab, put forward 1,000 ideas and took part. Dr. Chan's 3.5% rise.")
def test_ascii_text_folds_as_the_general_path_folds_it(text: str) -> None:
    """ASCII text skips NFKC, the converter and the Cantonese table; an accented letter after
    a space sends text down the general path and folds to nothing, so the two must agree."""
    assert fold_text(text) == fold_text(f"{text} é")


def test_shipped_ascii_texts_fold_as_the_general_path_folds_them(kb_index: Index) -> None:
    from factcli.index import claim_search_text

    for claim in kb_index.kb.claims:
        for text in claim_search_text(claim).split("\n"):
            if text.isascii():
                assert fold_text(text) == fold_text(f"{text} é"), claim.id


# The folding patterns as first written, look-behind first; they now open with the character
# they remove, which makes them faster and must not make them match otherwise.
_LOOK_BEHIND_FIRST = {
    "_THOUSANDS_RE": r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))",
    "_INNER_HYPHEN_RE": r"(?<=[a-z])[-‐‑–](?=[a-z])",
    "_LOOSE_DOT_RE": r"(?<![0-9])\.|\.(?![0-9])",
}


@given(st.text(alphabet="ab09.,，-‐‑– x", max_size=40))
def test_folding_patterns_match_as_first_written(text: str) -> None:
    import re

    from factcli import normalize

    for name, source in _LOOK_BEHIND_FIRST.items():
        assert getattr(normalize, name).sub("|", text) == re.sub(source, "|", text), name


@pytest.mark.parametrize(("question", "intent"), [
    ("What position did HKUST reach in the QS table?", "rank"),
    ("Which place in the league did it take?", "rank"),
    ("Where did HKUST land in the Times Higher index?", "rank"),
    ("QS position: which one?", "which"),  # the table word comes before the position word
    ("What position did the league table give?", "rank"),
    ("Which place hosts the table tennis?", "rank"),  # a table word after the place word
    ("Which place hosts the forum?", "where"),  # no table word: no rank
])
def test_a_position_asked_before_a_table_word_asks_a_rank(question: str, intent: str) -> None:
    assert question_intent(fold_text(question)) == intent


def test_a_tree_of_words_matches_what_the_words_longest_first_match() -> None:
    from factcli import normalize

    words = normalize._ZH_QUESTION_PHRASES
    tree = re.compile(normalize._longest_of(words))
    plain = re.compile("|".join(map(re.escape, words)))
    pieces = [*words, "科大", "港理工", "学院", "系", "的士", "目的", "a1", " "]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert tree.sub("|", text) == plain.sub("|", text), text
    assert normalize._longest_of(["ab", "abcd", "ac", "b"]) == "(?:a(?:b(?:cd)?|c)|b)"


def _fold_every_pattern(text: str) -> str:
    """fold_text with every folding pattern tried on every text (fold_text tries each only on
    text holding the character it opens with)."""
    from factcli import normalize as n

    if text.isascii():
        text = text.lower()
    else:
        text = n.unicodedata.normalize("NFKC", n.clean_text(text)).casefold()
        text = n.to_simplified(text)
        if n.has_cjk(text):
            text = n._standard_chinese(text)
    text = n._PHRASAL_RE.sub(lambda found: n._PHRASAL[found.group()], text)
    text = n._POSSESSIVE_RE.sub("", text).replace("%", " percent ")
    text = n._THOUSANDS_RE.sub("", text)
    text = n._INNER_HYPHEN_RE.sub("", text)
    text = (n._NOT_LATIN_WORD_RE if text.isascii() else n._NOT_WORD_RE).sub(" ", text)
    text = n._LOOSE_DOT_RE.sub(" ", text)
    return " ".join(text.split())


@given(st.text(alphabet="aB09.,，-‐‑–'’%s x學习É", max_size=40))
@example("HKUST's 1,000-strong team, 3.5% up — e-mail’s 1，000 研究-院")
def test_folding_skips_only_patterns_that_cannot_match(text: str) -> None:
    assert fold_text(text) == _fold_every_pattern(text)


def test_both_readings_of_chinese_keep_lone_characters_and_words() -> None:
    from factcli.normalize import term_readings

    with_characters, pairs = term_readings("ai 独角兽 x 港 2024年")
    assert pairs == ["ai", "独角", "角兽", "x", "港", "2024", "年"]
    assert with_characters == ["ai", "独角", "角兽", "独", "角", "兽", "x", "港", "2024", "年"]
    assert term_readings("unicorns rose") == (["unicorn", "rose"], ["unicorn", "rose"])


def test_the_first_of_two_joined_questions_says_what_is_asked() -> None:
    assert question_intent(fold_text(
        "How much money is behind the plan, and where did it come from?")) == "count"
    # "and when" alone asks no second question of its own: the date is still asked.
    assert question_intent(fold_text("Who founded the lab and when?")) == "when"


def test_supposed_to_is_a_filler() -> None:
    assert strip_question_words(fold_text("What is the centre supposed to achieve?")) == "centre"


def test_for_what_in_cantonese_is_a_question_phrase() -> None:
    assert strip_question_words(fold_text("科大同華潤合作係為咗乜？")).split() == ["科大同华润合作"]


def test_a_state_and_a_status_are_one_idea() -> None:
    assert concept("状态") == concept("status") == concept("现况") is not None


@pytest.mark.parametrize(("question", "intent"), [
    ("What strategic research areas does HKUST list?", "which"),
    ("What big problems does HKU say deep tech should tackle?", "which"),
    ("What class does it teach?", None),  # 'class' is no plural
])
def test_things_asked_for_in_the_plural_ask_which(question: str, intent: str | None) -> None:
    assert question_intent(fold_text(question)) == intent


def test_everyone_and_anyone_are_fillers() -> None:
    assert strip_question_words(fold_text("List everyone who attended")) == "attended"


def test_literary_what_and_the_aspect_of_are_question_words() -> None:
    assert strip_question_words(fold_text("淨零計劃有何獨特之處？")).split() == ["净零计划", "独特"]


@pytest.mark.parametrize("question", [
    "On which day did the course open?", "What date was the MoU signed?",
    "In which month did the minister visit?"])
def test_which_day_asks_when(question: str) -> None:
    assert question_intent(fold_text(question)) == "when"


def test_in_a_year_is_the_span_of_a_yearly_figure_not_content() -> None:
    """一年用幾多電: 'in a year' says nothing a yearly figure must hold; 上一年 (the year
    before) and 一年內 (within a year) do."""
    assert "一年" not in strip_question_words(fold_text("科大一年用幾多度電"))
    assert "一年" in strip_question_words(fold_text("用水量比上一年減少"))
    assert "一年" in strip_question_words(fold_text("一年內完成"))


def test_a_phrase_closing_share_asks_whether_a_body_takes_part() -> None:
    """有冇理大份 with the name taken out: a lone 份 asks about taking part; in a word it stays."""
    assert "份" not in strip_question_words(fold_text("有冇 份"))
    assert "份" in strip_question_words(fold_text("持有幾多股份"))


@pytest.mark.parametrize(("question", "intent"), [
    ("科大喺邊個年度做主席？", "when"), ("哪個年度的數字？", "when"),
    ("夏寶龍係咩官職㗎？", "who")])
def test_chinese_words_for_the_year_and_the_office_asked(question: str, intent: str) -> None:
    assert question_intent(fold_text(question)) == intent


def test_cantonese_at_place_particle_is_no_content() -> None:
    """喺培訓班度做乜 with the name taken out leaves 度 opening a run: 'at', not a degree."""
    assert "度" not in strip_question_words(fold_text("喺 度做乜嘢角色"))
    assert "度" in strip_question_words(fold_text("用幾多度電"))


@pytest.mark.parametrize(("question", "intent"), [
    ("hkust shanghai center whats it for", "purpose"), ("what is it about", "purpose"),
    ("培訓班的導師有哪些人？", "who"), ("科大培養哪些人才？", "which")])
def test_what_it_is_for_and_which_people(question: str, intent: str) -> None:
    from factcli.normalize import mend_question_words

    assert question_intent(mend_question_words(fold_text(question))) == intent


def test_which_people_leaves_no_lone_person_character() -> None:
    assert "人" not in strip_question_words(fold_text("導師有哪些人"))
    assert "人才" in strip_question_words(fold_text("培養哪些人才"))


def test_which_aspect_asks_which_and_is_no_content() -> None:
    folded = fold_text("合作主要是培養哪方面的人才？")
    assert question_intent(folded) == "which"
    assert "方面" not in strip_question_words(folded)


def test_to_receive_people_is_to_meet_them() -> None:
    from factcli.normalize import mend_question_words

    assert "met" in mend_question_words("when he received the hkust delegation").split()
    assert "received" in mend_question_words("how much funding was received").split()


def test_cantonese_on_purpose_is_no_content() -> None:
    """點解特登揀喺香港搞: 特登 (on purpose) says nothing a claim holds."""
    assert "特登" not in fold_text("點解要特登揀喺香港搞")
    assert "特" not in fold_text("點解要特登揀喺香港搞")


@pytest.mark.parametrize(("question", "pledged"), [
    ("What did Nancy Ip tell Xia Baolong HKUST would do next?", "pledge"),
    ("葉玉如見夏寶龍嗰陣話科大之後會做啲咩？", "承诺"),
    ("沈向洋和葉玉如表示科大將會做些甚麼？", "承诺")])
def test_what_someone_said_a_body_would_do_is_a_pledge(question: str, pledged: str) -> None:
    from factcli.normalize import mend_question_words

    assert pledged in mend_question_words(fold_text(question))
    assert pledged not in mend_question_words(fold_text("What will the centre do next?"))


@pytest.mark.parametrize(("text", "spelt"), [
    ("科大喺THE亞洲大學排名排第幾", True), ("HKUST 喺 THE 世界排名第幾", True),
    ("THE 2024 ranking", True), ("What is THE?", False), ("the 亞洲排名", False),
    ("in the THE subject rankings", True), ("THE's Young University Rankings", True),
])
def test_the_in_capitals_beside_chinese_is_times_higher_education(text: str,
                                                                  spelt: bool) -> None:
    assert ("Times Higher Education" in expand_abbreviations(text)) is spelt


@pytest.mark.parametrize(("question", "intent"), [
    ("港科大广州校区啥时候开学？", "when"), ("这届培训班为啥选在香港办？", "purpose"),
    ("港科大和阿里云合作是干啥的？", "purpose"),
])
def test_northern_colloquial_question_words_ask_as_the_written_ones(question: str,
                                                                    intent: str) -> None:
    assert question_intent(mend_question_words(fold_text(question))) == intent


def test_a_cantonese_closing_za_is_no_question_word() -> None:
    """咋 asks "how" before a verb (咋辦); closing a Cantonese sentence it means "only"."""
    assert "怎么" in mend_question_words(fold_text("這個咋辦"))
    assert "怎么" not in mend_question_words(fold_text("科大得9隻獨角獸咋？"))


def test_money_that_backs_a_plan_supports_it() -> None:
    """有幾多錢撐住: 撐 (Cantonese) is what 支持 says; "back" is no support ("look back")."""
    assert concept("撑") == concept("撑住") == concept("支持") == concept(stem("supported")) \
        == "~support"
    assert concept(stem("back")) != "~support"


def test_tertiary_institutions_are_universities() -> None:
    """大專院校 (tertiary institutions) is how Hong Kong names its universities together."""
    assert concept("大专") == concept("高校") == concept(stem("universities")) == "~university"


@pytest.mark.parametrize(("typed", "meant"), [
    ("雷海潮同科大傾左啲乜野？", "雷海潮同科大谈咗啲乜嘢"),  # 左 after a verb, 野 after 乜
    ("科大既校長係邊個", "科大嘅校长系边个"),  # 既 for 嘅, of
    ("夏寶龍見科大嗰次喺邊度見架？", "夏宝龙见科大𠮶次喺边度见㗎"),  # a closing 架 after a verb
    # Where only the written character can stand, it stays.
    ("向左轉", "向左转"), ("坐喺左右兩邊", "坐喺左右两边"), ("啲野生動物", "啲野生动物"),
    ("視野", "视野"), ("科大既然咁講", "科大既然咁讲"), ("科大既定目標", "科大既定目标"),
    ("意見相左嗎", "意见相左吗"), ("喺左上角", "喺左上角"), ("搞野外考察", "搞野外考察"),
    ("科大既係大學又係", "科大既系大学又系"),
])
def test_cantonese_particles_typed_by_sound_are_read_as_meant(typed: str, meant: str) -> None:
    """左, 野, 既 and a closing 架 where only 咗, 嘢, 嘅 and 㗎 can stand; the real words stay."""
    assert mend_question_words(fold_text(typed)) == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("雷海潮見科大果陣希望佢地做咩", "雷海潮见科大 希望佢哋做咩"),  # 嗰陣 is no content
    ("果個基金", "𠮶个基金"), ("地盤47400平方米岩唔岩", "地盘47400平方米啱唔啱"),
    ("葛明係邊個位黎㗎", "葛明系边个位嚟㗎"), ("佢哋過黎", "佢哋过嚟"),
    # Where only the written character can stand, it stays.
    ("如果個人", "如果个人"), ("研究成果個數", "研究成果个数"), ("黎明", "黎明"), ("大地", "大地"),
    ("佢地址係咩", "佢地址系咩"), ("巴黎咗", "巴黎咗"), ("苦果日", "苦果日"),
    ("副部長係吳岩岩唔岩", "副部长系吴岩啱唔啱"), ("佢地價幾多", "佢地价几多"),
    ("會上黎校長講咗咩", "会上黎校长讲咗咩"),
])
def test_cantonese_words_typed_by_sound_are_read_as_meant(typed: str, meant: str) -> None:
    """果陣, 佢地, 岩唔岩, 過黎: 嗰陣, 佢哋, 啱唔啱 and 過嚟 typed by their sound."""
    assert fold_text(typed) == meant
    assert fold_text(meant) == meant


@pytest.mark.parametrize(("folded", "mended"), [
    ("roughly how many million kwh", "roughly how many kwh"),
    ("how many billion hk$ did it raise", "how many hk$ did it raise"),
    ("what is the hk$30 million for", "what is the hk$30 million for"),  # a figure, not asked
])
def test_a_scale_asked_with_how_many_is_the_answers(folded: str, mended: str) -> None:
    """"How many million kWh": the scale is the answer's, no word a claim must hold."""
    assert mend_question_words(folded) == mended
