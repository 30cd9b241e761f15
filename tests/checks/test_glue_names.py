"""Romanised names fused or in lower case (MT118, MT119, checks/glue_names.py) and words fused
at a capital read by their parts (MT116, checks/glue_camelwords.py). Invented sentences
showing the shapes."""

from __future__ import annotations

from mtlint.checks.engine import check_text
from mtlint.checks.glue_camelwords import camel_glue
from mtlint.checks.glue_names import pinyin_name


def _found(text: str, code: str, language: str = "en") -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language=language).findings
        if f.code == code
    ]


def test_a_surname_and_a_given_name_read_from_pinyin_syllables():
    name = pinyin_name("Zhaoxiaodong", "en")
    assert name is not None and name.spaced() == "Zhao Xiaodong"
    camel = pinyin_name("WangJianguo", "en")
    assert camel is not None and camel.camel and camel.spaced() == "Wang Jianguo"


def test_inside_a_word_no_syllable_starts_with_a_vowel():
    # Pinyin writes "Xi'an" with an apostrophe: "lianchuang" is lian-chuang, no li-anchuang.
    assert pinyin_name("lianchuang", "en") is None
    assert pinyin_name("Maanshan", "en") is None


def test_words_and_places_wordfreq_knows_are_no_names():
    for token in ("Tianjin", "Change", "longer", "gaokao", "Huawei"):
        assert pinyin_name(token, "en") is None, token


def test_a_fused_name_beside_a_role_word_is_found_and_split():
    text = "The meeting was chaired by Sunjianhua, deputy head of the district."
    findings = [f for f in check_text(text, language="en").findings if f.code == "MT118"]
    assert [text[f.start : f.end] for f in findings] == ["Sunjianhua"]
    assert findings[0].fixes[0].edits[0].replacement == "Sun Jianhua"


def test_place_names_and_given_names_after_a_surname_stay_quiet():
    assert not _found("Officials from Linze County met in Zhangye on Monday.", "MT118")
    assert not _found("Xi Jinping met Wang Huning; the mayor of Zhoukou spoke.", "MT118")
    assert not _found("Prime Minister Kamel Madouri spoke at the palace.", "MT118")


def test_a_camel_name_written_three_times_is_a_company():
    text = "WangLong Steel held its meeting. WangLong staff sang. WangLong dinner followed."
    assert not _found(text, "MT118")


def test_names_in_lower_case_are_found():
    text = "The plan was signed by liujianhua, the head of the bureau, and manager Chen xiaoyu."
    assert _found(text, "MT119") == ["liujianhua"]
    # A given name apart from its surname is MT318's, a lower-case surname with it too.
    assert _found(text, "MT318") == ["xiaoyu"]
    assert _found("The prize went to manager jin yinlong.", "MT318") == ["jin yinlong"]
    assert _found("The prize went to Deng xiaoping, the leader.", "MT318") == ["xiaoping"]


def test_camel_glue_is_read_by_its_parts():
    assert camel_glue("HomeNewsKenya", "en", frozenset()).parts == ("Home", "News", "Kenya")
    assert camel_glue("AnnaKovalenko", "en", frozenset()).kind == "name"
    for brand in ("iPhone", "eBay", "McDonald", "LeBron", "PowerPoint", "MacroBot", "UrduPoint"):
        assert camel_glue(brand, "en", frozenset()) is None, brand


def test_a_part_the_document_writes_alone_counts_as_a_word():
    assert camel_glue("ZhuangheCity", "en", frozenset()) is None
    assert camel_glue("ZhuangheCity", "en", frozenset({"Zhuanghe"})) is not None


def test_camel_glue_at_the_start_of_the_text_is_found():
    # The token at offset 0 was skipped: text[-1:0] is "" and "" is in every string.
    assert _found("HomeNewsKenya, Uganda sign a trade deal on Monday.", "MT116") == [
        "HomeNewsKenya"
    ]


def test_a_name_before_a_name_particle_is_no_glued_word():
    text = "Works on the Cánovas del Castillo street start on Monday."
    assert not _found(text, "MT101")


# Review of h13names, item 1: place names after a preposition of place, with a reporting verb
# after them, or a place noun after a role word, are places (invented sentences).
def test_place_names_in_news_shapes_stay_quiet():
    for text in (
        "Officials in Lishui said the flood had passed.",
        "Residents of Zhangye said the water was back.",
        "Farmers near Hanzhong said the harvest was good.",
        "Visitors to Zhouzhuang, said the guide, should see the bridges.",
        "He flew from Baiyin to Dunhuang; Baiyin, said the official, is a mining city.",
        "Dinghai, the chief town of Zhoushan, was rebuilt after the war.",
        "The singer Li Yang was born in Liyang, a town by the lake.",
        "The team leader Chen Hai met Chenhai villagers on Monday.",
    ):
        assert not _found(text, "MT118"), text


def test_a_reporting_verb_is_no_role_but_a_role_word_still_is():
    assert not _found("Hanzhong said the talks would go on.", "MT118")
    assert _found("Wanghaibo, member of the committee, spoke.", "MT118") == ["Wanghaibo"]


# Item 2: lower-case English words after a surname-like word are no given names.
def test_english_words_after_a_surname_like_word_are_no_given_names():
    for text in (
        "The dogs lay in the hot sun panting after the long walk.",
        "Paint the wall a warm tan mocha colour and let it dry.",
        "Sit in the sun bailing water out of the small boat.",
        "Analysts expect Hong Kong bailing out the airline again next year.",
    ):
        assert not _found(text, "MT318"), text
    # A lower-case surname needs a role word before it, a line all in lower case, or a given
    # name no word list knows.
    assert not _found("We sat by the river, a tan mocha cup in hand.", "MT318")
    assert _found("It was carefully planned by liu yunlong, the writer.", "MT318") == [
        "liu yunlong"
    ]
    assert _found("on monday, chen guangming said the roof was cracked.", "MT318") == [
        "chen guangming"
    ]
    assert _found("The prize went to manager jin yinlong.", "MT318") == ["jin yinlong"]


# Items 3 and 4: lower-camel code identifiers in prose and camel brands beside a brand noun
# are no glue (MT116); glue in running prose still is.
def test_code_identifiers_and_brands_are_no_camel_glue():
    for text in (
        "Set the borderRadius property to round the corners of the card.",
        "Use textAlign to centre the heading on the page.",
        "The tool reads the siteName setting at start.",
        "Use the fontSize option and the lineHeight option together.",
        "Investors sold AutoScout shares after the merger news.",
        "Customers of the meal kit firm BlueApron complained about late boxes.",
        "Reporters from the PressGazette were there on Monday.",
    ):
        assert not _found(text, "MT116"), text
    text = "Send the form by mail or electronicVersion to the office."
    assert _found(text, "MT116") == ["electronicVersion"]


# Item 6: every capital letter Python knows cuts camel glue, not only A-Z, À-Þ and А-Я.
def test_camel_glue_is_cut_at_any_capital():
    from mtlint.checks.glue_camelwords import _CUT, CAMEL

    assert _CUT.split("KasiaŁukasz") == ["Kasia", "Łukasz"]
    assert _CUT.split("ŞehirİstanbulΔήμος") == ["Şehir", "İstanbul", "Δήμος"]
    assert CAMEL.fullmatch("miastoŻory")


# Item 5: MT318 reads the surnames and syllables of pinyin_names.json, one table for the
# three rules: "Zou" (in the table, not in MT318's old list), "xue" (a syllable it lacked).
def test_given_names_after_any_surname_of_the_table():
    assert _found("The director Zou xiaoming spoke first.", "MT318") == ["xiaoming"]
    assert _found("The director Wang xuejun spoke first.", "MT318") == ["xuejun"]
    assert _found("The chairman Xi jinping spoke first.", "MT318") == ["jinping"]
