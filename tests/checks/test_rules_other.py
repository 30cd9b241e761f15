"""Repetition (MT4), language (MT5) and encoding (MT6) rules: behaviour beyond their examples,
quiet on the seed article and clean dev lines, recall on the DEMETR probes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes, fixes_to_apply
from mtlint.checks.langdata import available_languages, load_language_data
from mtlint.checks.model import Applicability
from mtlint.checks.registry import rule_by_code
from mtlint.checks.scripts import dominant_script, foreign_run_pattern, script_of

DATA = Path("/work/shared/data")
SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"
CODES = ("MT401", "MT402", "MT501", "MT502", "MT601", "MT602", "MT603", "MT604")
RULES = [rule_by_code(code) for code in CODES]


def run(text: str, language: str = "en", codes: tuple[str, ...] = CODES, fmt: str = "text"):
    document = Document(text=text, language=language, format=fmt)
    rules = [rule_by_code(code) for code in codes]
    result = check_document(document, Config(min_confidence=0.0), rules=rules)
    assert not result.failures, result.failures
    return result.findings


def codes_of(findings) -> list[str]:
    return [f.code for f in findings]


# --- repetition -------------------------------------------------------------------------------


def test_doubled_word_span_and_safe_fix_for_function_word():
    text = "He met the the president."
    (finding,) = run(text, codes=("MT401",))
    assert text[finding.start : finding.end] == "the the"
    fix = finding.preferred_fix
    assert fix.applicability is Applicability.SAFE
    assert apply_fixes(text, [fix]).text == "He met the president."


def test_doubled_content_word_fix_is_unsafe():
    (finding,) = run("Prices of pet food food rose.", codes=("MT401",))
    assert finding.preferred_fix.applicability is Applicability.UNSAFE


@pytest.mark.parametrize(
    "text",
    [
        "She had had enough.",
        "He knew that that was wrong.",
        "They waved bye bye.",
        "He flew to Walla Walla.",
        "Table:\n1990  10 10 12",
        "The heading\nThe heading\n",  # a line break is not a doubling
        "It was a so-so so-called deal.",
        "An an\u200btibody cocktail.",  # an invisible character inside a word: MT604's job
    ],
)
def test_doubled_word_leaves_legitimate_doubles(text):
    assert run(text, codes=("MT401", "MT402")) == ()


def test_doubled_rare_name_is_reported_softly():
    (finding,) = run("Sirhan Sirhan was tried.", codes=("MT401",))
    assert finding.confidence < 0.7
    (common,) = run("He lived in the United States States.", codes=("MT401",))
    assert common.confidence >= 0.8


def test_doubled_word_in_a_language_without_word_list():
    (finding,) = run("Sirhan Sirhan was tried.", language="und", codes=("MT401",))
    assert finding.confidence < 0.7


def test_doubled_number_only_in_prose():
    assert codes_of(run("The toll passed 100 100.", codes=("MT401",))) == ["MT401"]
    assert run("2019\t100 100\t7", codes=("MT401",)) == ()


def test_loop_of_one_word_goes_to_mt402_not_mt401():
    text = "Melamine was found in pet food food food food."
    findings = run(text, codes=("MT401", "MT402"))
    assert codes_of(findings) == ["MT402"]
    assert "4 times" in findings[0].message
    assert apply_fixes(text, [findings[0].preferred_fix]).text == "Melamine was found in pet food."


def test_repeated_phrase_and_sentence():
    text = (
        "He jogs in the morning in the morning. It rained all day long. It rained all day long. "
        "Then it stopped. Thank you. Thank you."
    )
    findings = run(text, codes=("MT402",))
    spans = [text[f.start : f.end] for f in findings]
    assert spans == [
        "in the morning in the morning",
        "It rained all day long. It rained all day long.",
    ]
    assert all(f.preferred_fix.applicability is Applicability.UNSAFE for f in findings)
    fixed = apply_fixes(text, [f.preferred_fix for f in findings]).text
    assert fixed == (
        "He jogs in the morning. It rained all day long. Then it stopped. Thank you. Thank you."
    )


def test_every_repeated_sentence_pair_is_found():
    # Back-to-back pairs: the end of one repeat is where the next pair starts.
    text = "".join(
        f"Item number {i} is ready now. Item number {i} is ready now. " for i in range(5)
    )
    findings = run(text, codes=("MT402",))
    assert len(findings) == 5
    fixed = apply_fixes(text, [f.preferred_fix for f in findings]).text
    assert fixed == "".join(f"Item number {i} is ready now. " for i in range(5))


def test_repeated_phrase_at_text_start():
    findings = run("in the morning in the morning he jogs", codes=("MT402",))
    assert [(f.start, f.end) for f in findings] == [(0, 29)]


def test_repeated_phrase_not_across_comma_or_different_words():
    assert run("the universe, the universe as we know it", codes=("MT402",)) == ()
    assert run("step by step we went", codes=("MT402",)) == ()


# --- language ---------------------------------------------------------------------------------


def test_script_table():
    assert script_of("Ж") == "Cyrillic"
    assert script_of("中") == "Han"
    assert script_of("ア") == "Katakana"
    assert script_of("5") is None
    assert dominant_script("Это довольно длинный русский текст with English") == "Cyrillic"
    pattern = foreign_run_pattern(frozenset({"Latin"}))
    assert [m.group() for m in pattern.finditer("a Москва b 東京 c")] == ["Москва", "東京"]


def test_foreign_script_run_in_english():
    text = "Cyanuric acid and 三聚氰胺 were found, says Россия Сегодня."
    findings = run(text, codes=("MT501",))
    assert [text[f.start : f.end] for f in findings] == ["三聚氰胺", "Россия Сегодня"]
    assert all(f.preferred_fix.applicability is Applicability.DISPLAY_ONLY for f in findings)
    assert fixes_to_apply(findings, unsafe=True) == []


def test_lookalike_letters_inside_a_word():
    text = "President Рutin met Αthens officials and Жutin."
    findings = run(text, codes=("MT501",))
    assert [text[f.start : f.end] for f in findings] == ["Р", "Α", "Ж"]
    assert [f.preferred_fix.applicability for f in findings] == [
        Applicability.SAFE,
        Applicability.SAFE,
        Applicability.DISPLAY_ONLY,
    ]
    fixed = apply_fixes(text, fixes_to_apply(findings)).text
    assert fixed == "President Putin met Athens officials and Жutin."


def test_latin_lookalikes_inside_russian_words():
    text = "Президент Пyтин купил iPhone-ом и MacBook в Mосквe."
    findings = run(text, language="ru", codes=("MT501",))
    assert [text[f.start : f.end] for f in findings] == ["y", "M", "e"]
    fixed = apply_fixes(text, fixes_to_apply(findings)).text
    assert fixed == "Президент Путин купил iPhone-ом и MacBook в Москве."


def test_long_foreign_run_message_is_short():
    text = "Intro " + "中文" * 5000 + " end."
    (finding,) = run(text, codes=("MT501",))
    assert finding.end - finding.start == 10000
    assert len(finding.message) < 120 and len(finding.preferred_fix.title) < 80


def test_foreign_script_run_uses_the_language_table():
    # Latin in Russian text is tolerated; Han in Russian is not; Cyrillic in Russian is home.
    findings = run("Президент Putin прибыл в 北京 в воскресенье.", language="ru", codes=("MT501",))
    assert [f.span.start for f in findings] == [25]
    # Japanese mixes Han and kana by design.
    assert run("東京はカタカナとひらがなの国です。", language="ja", codes=("MT501",)) == ()


def test_foreign_script_run_without_table_trusts_main_script():
    assert "ko" in available_languages()
    text = "ქართული ენა არის ლამაზი ენა და ძალიან ძველი."
    assert "ka" not in available_languages()
    assert run(text, language="ka", codes=("MT501",)) == ()


def test_untranslated_sentence_is_confirmed_by_langdetect():
    text = (
        "The minister arrived on Sunday. Le président a rencontré les ministres dans la capitale "
        "pour discuter de la crise. Talks went on."
    )
    (finding,) = run(text, codes=("MT502",))
    assert text[finding.start : finding.end].startswith("Le président")
    assert text[finding.start : finding.end].endswith("crise.")
    assert dict(finding.data)["detected_language"] == "fr"
    assert finding.preferred_fix.applicability is Applicability.DISPLAY_ONLY


@pytest.mark.parametrize(
    "text",
    [
        "They met at the café de la Paix and ate a croissant.",
        "The motto “Liberté, égalité, fraternité” hung over the door.",
        "He said “Der Präsident ist nicht da und kommt nicht mehr.”",
        "Mit students and der Spiegel reporters met.",
    ],
)
def test_untranslated_sentence_quiet_on_names_and_quotes(text):
    assert run(text, codes=("MT502",)) == ()


def test_untranslated_document_bounds_langdetect_calls(monkeypatch):
    from mtlint.checks import language as checks_language

    calls = []
    real = checks_language.detect_languages

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(checks_language, "detect_languages", counting)
    text = "Le président a rencontré les ministres dans la capitale du pays. " * 200
    findings = run(text, codes=("MT502",))
    assert len(findings) == 200
    assert len(calls) == 10  # then the stop-word test is trusted for French
    assert {dict(f.data)["detected_language"] for f in findings} == {"fr"}


def test_untranslated_sentence_needs_a_known_document_language():
    text = "Hello there. The president met the minister and they spoke about the economy. Ok."
    assert run(text, language="und", codes=("MT502",)) == ()


def test_untranslated_ukrainian_in_russian():
    text = (
        "Президент прибыл в Ташкент в воскресенье. Він також зустрівся з міністрами, які були "
        "дуже задоволені цією зустріччю. Переговоры продолжились."
    )
    findings = run(text, language="ru", codes=("MT502",))
    assert [dict(f.data)["detected_language"] for f in findings] == ["uk"]


def test_language_tables_have_the_english_keys():
    english = json.loads(
        (Path(__file__).resolve().parents[2] / "resources/lang/en.json").read_text("utf-8")
    )
    for code in available_languages():
        path = Path(__file__).resolve().parents[2] / f"resources/lang/{code}.json"
        table = json.loads(path.read_text("utf-8"))
        missing = {k for k in english if k != "gazetteer"} - set(table)
        assert not missing, f"{code}.json lacks {missing}"
        data = load_language_data(code)
        assert data.scripts, code
        assert data.stop_words, code


# --- encoding ---------------------------------------------------------------------------------


def test_mojibake_fixed_by_ftfy_and_safe():
    text = "The cafÃ© and the presidentâ€™s visit."
    findings = run(text, codes=("MT601",))
    assert len(findings) == 2
    assert all(f.preferred_fix.applicability is Applicability.SAFE for f in findings)
    fixed = apply_fixes(text, [f.preferred_fix for f in findings]).text
    assert fixed == "The café and the president’s visit."


def test_mojibake_read_as_latin1_is_reported_once():
    text = "It" + "’s a café".encode().decode("latin-1") + " day."
    findings = run(text)
    assert codes_of(findings) == ["MT601", "MT601"]
    assert apply_fixes(text, fixes_to_apply(findings)).text == "It’s a café day."


def test_mojibake_quiet_on_real_accents():
    assert run("À bientôt, Ça va « Paris », Ångström, naïve façade.", codes=("MT601",)) == ()


def test_html_debris_entities_and_tags():
    text = "AT&amp;T&nbsp;rose.<br>Then&#8217;s it</p>"
    findings = run(text, codes=("MT602",))
    assert len(findings) == 5
    fixed = apply_fixes(text, [f.preferred_fix for f in findings]).text
    assert fixed == "AT&T\u00a0rose. Then’s it"


def test_html_tags_not_reported_in_markup_documents():
    assert run("Text <br> more", codes=("MT602",), fmt="markdown") == ()
    assert codes_of(run("AT&amp;T", codes=("MT602",), fmt="markdown")) == ["MT602"]


def test_template_debris_kinds():
    text = "[ad_1] Dear {{name}}, the {Foreign Minister} met %s people on ${day}."
    findings = run(text, codes=("MT603",))
    assert [text[f.start : f.end] for f in findings] == [
        "[ad_1]",
        "{{name}}",
        "{Foreign Minister}",
        "%s",
        "${day}",
    ]
    kinds = [f.preferred_fix.applicability for f in findings]
    assert kinds == [
        Applicability.SAFE,
        Applicability.DISPLAY_ONLY,
        Applicability.UNSAFE,
        Applicability.DISPLAY_ONLY,
        Applicability.DISPLAY_ONLY,
    ]


def test_template_placeholder_at_the_very_start_is_reported():
    # The character before the match was tested with `in "%{$"`, which an empty string passes.
    for text, placeholder in (("%s was not found.", "%s"), ("{0} people came.", "{0}")):
        findings = run(text, codes=("MT603",))
        assert [text[f.start : f.end] for f in findings] == [placeholder]


def test_template_debris_quiet_on_percentages_and_prose_braces():
    assert run("Up 5%s and 10%, see {below} or [1].", codes=("MT603",)) == ()


def test_invisible_characters():
    text = "Putin\u200bwho said\u00adit \ufeffand\x07."
    findings = run(text, codes=("MT604",))
    assert len(findings) == 4
    zwsp = findings[0]
    assert zwsp.preferred_fix.applicability is Applicability.UNSAFE
    assert [fx.edits[0].replacement for fx in zwsp.fixes] == ["", " "]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("👨\u200d👩\u200d👧", "en"),
        ("می\u200cخواهم", "fa"),
        ("مرحبا \u200fبالعالم", "ar"),
        ("ภาษาไทย\u200bง่าย", "th"),
    ],
)
def test_invisible_characters_needed_by_a_script_are_kept(text, language):
    assert run(text, language=language, codes=("MT604",)) == ()


# --- quiet on good text, recall on probes ------------------------------------------------------


def test_quiet_on_the_seed_article():
    text = SEED.read_text(encoding="utf-8")
    assert run(text) == ()


def _dev_lines(name: str) -> list[dict]:
    path = DATA / name
    if not path.exists():
        pytest.fail(f"dev data missing: {path}")
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def demetr() -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for line in _dev_lines("demetr-synthetic.jsonl.gz"):
        groups.setdefault(line["dataset"], []).append(line)
    return groups


def test_quiet_on_clean_demetr_lines(demetr):
    text = "\n".join(line["target"] for line in demetr["demetr-clean-mt"])
    assert run(text) == ()


def test_quiet_on_unmarked_mqm_lines():
    lines = {line["target"] for line in _dev_lines("mqm-ted21-zhen.jsonl") if not line["errors"]}
    text = "\n".join(sorted(lines))
    findings = run(text)
    assert findings == (), [text[f.start - 20 : f.end + 20] for f in findings]


@pytest.mark.parametrize(
    ("dataset", "family", "minimum"),
    [
        ("demetr-minor_id1_repeat2", "MT4", 0.9),
        ("demetr-minor_id2_repeat4", "MT4", 0.95),
        ("demetr-critical_id4_codemix", "MT5", 0.35),
    ],
)
def test_recall_on_demetr_probes(demetr, dataset, family, minimum):
    lines = demetr[dataset]
    hits = 0
    for line in lines:
        gold = line["errors"][0]
        findings = run(line["target"])
        if any(
            f.code.startswith(family) and f.start < gold["end"] and gold["start"] < f.end
            for f in findings
        ):
            hits += 1
    assert hits / len(lines) >= minimum


def test_codemix_recall_on_non_latin_insertions(demetr):
    from mtlint.checks.scripts import scripts_in

    lines = [
        line
        for line in demetr["demetr-critical_id4_codemix"]
        if scripts_in(line["errors"][0]["text"]) - {"Latin"}
    ]
    found = sum(
        any(f.code == "MT501" for f in run(line["target"], codes=("MT501",))) for line in lines
    )
    assert found / len(lines) >= 0.97
