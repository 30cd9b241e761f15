"""RTL (ar, fa, he) and CJK (zh, ja, ko) targets: the rules and the per-language typography data
work together on whole documents (the rules' own examples are in test_rule_examples)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes


def findings(text: str, language: str, codes: set[str] | None = None) -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if codes is None or f.code in codes]


def fixed(text: str, language: str, code: str) -> str:
    found = findings(text, language, {code})
    return apply_fixes(text, [f.fixes[0] for f in found if f.fixes]).text


def test_arabic_question_mark_is_foreign_once_the_text_writes_arabic_commas():
    text = "وقال الوزير، إن الحكومة ستجتمع غدا. هل سيحضر الرئيس?"
    assert fixed(text, "ar", "MT205") == "وقال الوزير، إن الحكومة ستجتمع غدا. هل سيحضر الرئيس؟"


def test_arabic_text_with_latin_punctuation_throughout_is_left_alone():
    text = "وقال الوزير, إن الحكومة ستجتمع غدا. هل سيحضر الرئيس?"
    assert not findings(text, "ar", {"MT205"})


def test_a_latin_comma_typed_throughout_beside_an_arabic_question_mark_is_a_house_style():
    text = "وقال الوزير, إن الحكومة, ستجتمع غدا, والقرار, نهائي. هل سيحضر الرئيس؟"
    assert not findings(text, "ar", {"MT205"})


def test_persian_typed_wholly_on_an_arabic_keyboard_is_found_by_its_own_letters():
    text = "گفت كه اين كار درست است."  # no ی or ک at all; گ says Persian
    assert fixed(text, "fa", "MT613") == "گفت که این کار درست است."


def test_latin_comma_after_a_latin_word_in_arabic_is_left_alone():
    text = "تستخدم مكتبة React, كما تستخدم الأدوات الأخرى، في بناء الواجهات."
    assert not findings(text, "ar", {"MT205"})


@pytest.mark.parametrize(
    "text",
    [
        'מקור בצה"ל אמר כי הכוחות יצאו מהעיר, ומנכ"ל החברה אישר.',
        'סופר "הארץ" בצפון מוסיף כי ה"טייפון" נחנך השנה.',
        "גם הוא אמר סוף סוף את דברו.",
    ],
)
def test_hebrew_acronyms_prefixes_and_reduplication_are_no_artefacts(text):
    assert not findings(text, "he")


def test_hebrew_unclosed_quotation_is_still_reported():
    assert findings('השר אמר כי "ההחלטה סופית ואין לשנות אותה.', "he", {"MT203"})


def test_hebrew_arabic_comma_gets_the_latin_one():
    text = "הממשלה אישרה את התקציב، והשר אמר כי ההחלטה סופית."
    assert fixed(text, "he", "MT205") == "הממשלה אישרה את התקציב, והשר אמר כי ההחלטה סופית."


def test_korean_particles_after_quotation_marks_are_normal():
    text = '보드에 "X"와 "O"를 번갈아 배치해야 하며, 이를 “복귀”가 필요하다고 한다.'
    assert not findings(text, "ko")


def test_korean_fullwidth_comma_and_stop_become_western():
    text = "정부는 오늘 새로운 정책을 발표했다，내년부터 시행된다。"
    assert fixed(text, "ko", "MT205") == "정부는 오늘 새로운 정책을 발표했다,내년부터 시행된다."


def test_japanese_halfwidth_stop_is_foreign_where_the_text_writes_the_fullwidth_one():
    text = "政府は新しい政策を発表した.来年から施行される。"
    assert fixed(text, "ja", "MT205") == "政府は新しい政策を発表した。来年から施行される。"
    assert not findings("ファイル名は設定.json です。", "ja", {"MT205"})


def test_chinese_straight_quotes_around_a_code_term_are_left_alone():
    text = '它属于一个对象类型即 "object"，他说“我们会去”。'
    assert not findings(text, "zh", {"MT205", "MT203", "MT110"})


@pytest.mark.parametrize("text", ["فالزائر ”واحد“ ونعدّه مرّة واحدة.", "فالزائر “واحد” ونعدّه مرّة."])
def test_arabic_curly_quotes_either_way_round_are_native(text):
    assert not findings(text, "ar")


def test_arabic_lone_curly_quote_is_still_reported():
    assert findings("فالزائر “واحد ونعدّه مرّة واحدة فقط.", "ar", {"MT203"})


def test_persian_doubled_word_is_reported_and_reduplication_is_not():
    assert findings("ممکن است مشکلی با با سیم‌ها باشد.", "fa", {"MT401"})
    assert not findings("او کم کم به خانه رسید.", "fa", {"MT401"})


def test_persian_doubled_zwnj_is_reported_once_by_mt611_not_mt604():
    found = findings("کامپوننت\u200c\u200cهای ری\u200cاکت را ببینید.", "fa")
    assert [f.code for f in found] == ["MT611"]


def test_direction_marks_outside_rtl_languages_stay_mt604s():
    found = findings("The presi\u200fdent arrived.", "en")
    assert [f.code for f in found] == ["MT604"]


def test_arabic_honorific_ligature_and_prefix_tatweel_are_left_alone():
    text = "قال النبي محمد ﷺ إن ذلك صحيح، وهذا ما يعرف بـ React في البرمجة."
    assert not findings(text, "ar", {"MT613"})


def test_persian_quoted_arabic_keeps_its_letters():
    text = "او می\u200cگوید: «الحمد لله رب العالمين» و به خانه رفت."
    assert not findings(text, "fa", {"MT613"})


def test_rtl_paragraph_led_by_latin_gets_an_rlm_and_a_settled_one_does_not():
    assert findings("GNOME מביא גישה שונה למעבר בין חלונות.", "he", {"MT612"})
    assert not findings("\u200fGNOME מביא גישה שונה למעבר בין חלונות.", "he", {"MT612"})
    assert not findings("GNOME brings a new way to switch windows.", "he", {"MT612"})


def test_chinese_brackets_need_evidence_of_fullwidth_ones():
    mixed = "政府宣布了新政策(见附件)，并表示将于明年实施（详见公告）。"
    assert findings(mixed, "zh", {"MT262"})
    assert not findings("政府宣布了新政策(见附件)，并表示将于明年实施。", "zh", {"MT262"})


def test_untranslated_english_sentence_in_korean_is_reported():
    text = (
        "정부는 오늘 새로운 정책을 발표했다. "
        "The government will implement the new policy next year."
    )
    assert findings(text, "ko", {"MT502"})
