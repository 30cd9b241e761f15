"""Language per paragraph (issue 11 item 4, issue 12 item 5): short text keeps its prior, runs of
paragraphs in another language are checked with that language's rules, and the reports say so."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from mtlint.checks import language
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_text, prepare_document
from mtlint.checks.language import (
    choose_language,
    identify_paragraph,
    tables_fingerprint,
)
from mtlint.checks.pipeline import FOREIGN_TEXT_CODES, check_loaded
from mtlint.checks.reports import write_report

ENGLISH = [
    "The government said on Tuesday that the new rules would take effect next year, after "
    "months of talks with the unions and the employers about the details of the plan.",
    "Officials expect the changes to affect several thousand workers in the region, although "
    "the final figure will depend on how many companies take part in the scheme.",
    "The opposition criticised the timing of the announcement and called for a debate in "
    "parliament before any of the measures come into force later this year.",
]
GERMAN = [
    "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für die "
    "Energieversorgung ab dem nächsten Jahr gelten sollen, wie ein Sprecher mitteilte.",
    "Der Minister sagte, man werde die Lage genau beobachten und bei Bedarf nachsteuern, denn "
    "die Preise seien noch immer sehr hoch und viele Haushalte litten darunter.",
]
POLISH = (
    "Rząd przyjął w środę projekt ustawy, który ma wejść w życie w przyszłym roku, jak "
    "poinformował rzecznik ministerstwa po posiedzeniu."
)


def _prepared(paragraphs: list[str], language: str | None = None) -> Document:
    return prepare_document(Document(text="\n\n".join(paragraphs) + "\n"), language)


def _region_texts(document: Document) -> list[tuple[str, str]]:
    return [(r.code, document.text[r.start : r.end]) for r in document.language_regions]


# --- short text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Biden met Trudeau in Ottawa on Monday.",
        "He met Ursula von der Leyen and left for Belgiumfor talks.",
        "Merkel and Macron spoke in Berlin.",
    ],
)
def test_short_english_text_keeps_the_prior(text: str) -> None:
    assert choose_language(text, "en").code == "en"
    # No prior at all: English by its common words, or the default language; never Dutch.
    assert choose_language(text).code == "en"


def test_short_text_with_clear_common_words_is_identified_against_its_prior() -> None:
    choice = choose_language("Der Minister ist am Montag nach Berlin gekommen.", "en")
    assert choice == language.LanguageChoice("de", "detected")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rząd przyjął w środę projekt ustawy", "pl"),
        ("Le gouvernement a présenté mercredi son projet", "fr"),
    ],
)
def test_a_foreign_cell_without_any_prior_is_identified(text: str, code: str) -> None:
    assert choose_language(text) == language.LanguageChoice(code, "detected")
    # With a prior (the project's English), short text keeps it: the cell is an untranslated one.
    assert choose_language(text, "en") == language.LanguageChoice("en", "fallback")


def test_a_one_line_file_is_checked_with_the_project_language(tmp_path: Path) -> None:
    path = tmp_path / "cue.txt"
    path.write_text("Biden met Trudeau in Ottawa on Monday.\n", encoding="utf-8")
    from mtlint.checks.pipeline import check_path

    checked = check_path(path, Config(language="en"))
    assert (checked.document.language, checked.document.language_reason) == ("en", "given")
    assert "MT101" in checked.rules_run  # English rules ran: none silently switched off


# --- regions ----------------------------------------------------------------------------------


def test_a_german_paragraph_in_english_text_is_a_region() -> None:
    document = _prepared([ENGLISH[0], GERMAN[0], ENGLISH[1]])
    assert document.language == "en"
    assert _region_texts(document) == [("de", GERMAN[0])]
    middle = document.text.index(GERMAN[0]) + 10
    assert document.language_at(middle) == "de"
    assert document.language_at(3) == "en"


def test_a_short_heading_between_two_german_paragraphs_joins_their_region() -> None:
    document = _prepared([ENGLISH[0], GERMAN[0], "Hintergrund", GERMAN[1], ENGLISH[1]])
    (region,) = document.language_regions
    assert document.text[region.start : region.end] == "\n\n".join(
        [GERMAN[0], "Hintergrund", GERMAN[1]]
    )


def test_a_heading_introduces_the_region_after_it() -> None:
    document = _prepared([ENGLISH[0], ENGLISH[1], "Hintergrund", GERMAN[0], GERMAN[1]], "en")
    (region,) = document.language_regions
    assert document.text[region.start :].startswith("Hintergrund")
    # A heading with a common word of the main language stays in it.
    document = _prepared([ENGLISH[0], ENGLISH[1], "The statement", GERMAN[0], GERMAN[1]], "en")
    (region,) = document.language_regions
    assert document.text[region.start :].startswith(GERMAN[0])


def test_one_short_foreign_line_does_not_start_a_region() -> None:
    document = _prepared([ENGLISH[0], "Vielen Dank!", ENGLISH[1]])
    assert document.language_regions == ()


def test_name_particles_do_not_make_english_foreign() -> None:
    text = (
        "Ursula von der Leyen met Pedro Sánchez and the mayor of Las Palmas de Gran Canaria, "
        "then flew to Los Angeles to see the Museo de la Ciudad with José Luis de la Cruz."
    )
    assert _prepared([ENGLISH[0], text, ENGLISH[1]]).language_regions == ()
    assert identify_paragraph(text, "en") in (None, "en")


def test_polish_found_by_its_letters_though_it_has_few_stop_words() -> None:
    assert _region_texts(_prepared([ENGLISH[0], POLISH, ENGLISH[1]])) == [("pl", POLISH)]


def test_english_quote_in_a_german_document_given_as_german() -> None:
    document = _prepared([GERMAN[0], ENGLISH[2], GERMAN[1]], "de")
    assert (document.language, document.language_reason) == ("de", "given")
    assert _region_texts(document) == [("en", ENGLISH[2])]


def test_a_bilingual_file_keeps_its_declared_target_language() -> None:
    text = GERMAN[0] + "\n\n" + ENGLISH[0] + "\n"
    units = ((0, len(GERMAN[0]), "source"), (len(GERMAN[0]) + 2, len(text) - 1, "source"))
    document = prepare_document(
        Document(text=text, language="de", language_reason="declared", units=units)
    )
    assert document.language_regions == ()


def test_a_single_paragraph_is_the_document() -> None:
    assert _prepared([GERMAN[0]], "en").language_regions == ()


# --- the pipeline -----------------------------------------------------------------------------


# A relative clause whose comma was lost: German's MT301 (a capitalised "Die" mid-sentence) …
LOST_BREAK = (
    "Die Regierung hat am Mittwoch neue Regeln für Saisonarbeiter beschlossen Die ab dem "
    "nächsten Jahr gelten sollen, wie ein Sprecher in Berlin mitteilte."
)
# … and a German suspended hyphen ("Strom- und"), which English's MT109 takes for a stray space.
SUSPENDED_HYPHEN = (
    "Die Preise für Strom- und Gasverträge sind im Winter deutlich gestiegen, wie das "
    "Statistische Bundesamt am Montag in Wiesbaden mitteilte."
)


def _inside(findings, text: str, paragraph: str) -> list:
    start = text.index(paragraph)
    return [
        f
        for f in findings
        if start <= f.start < start + len(paragraph) and f.code not in FOREIGN_TEXT_CODES
    ]


def test_a_region_is_checked_with_its_own_languages_rules(monkeypatch) -> None:
    text = "\n\n".join([ENGLISH[0], LOST_BREAK, GERMAN[1], ENGLISH[1]]) + "\n"
    (finding,) = _inside(check_text(text).findings, text, LOST_BREAK)
    at = text.index("beschlossen Die") + len("beschlossen")
    assert (
        finding.code == "MT301"
        and finding.start == at
        and text[finding.end - 3 : finding.end] == "Die"
    )
    fixed = [
        text[: e.start] + e.replacement + text[e.end :] for fix in finding.fixes for e in fix.edits
    ]
    assert text.replace("beschlossen Die", "beschlossen, die") in fixed
    # Before regions, the paragraph was checked as English and the artefact was missed.
    monkeypatch.setattr(language, "language_regions", lambda document: ())
    assert _inside(check_text(text).findings, text, LOST_BREAK) == []


def test_no_english_false_alarm_in_a_german_region(monkeypatch) -> None:
    text = "\n\n".join([ENGLISH[0], SUSPENDED_HYPHEN, GERMAN[1], ENGLISH[1]]) + "\n"
    assert _inside(check_text(text).findings, text, SUSPENDED_HYPHEN) == []
    monkeypatch.setattr(language, "language_regions", lambda document: ())
    codes = [f.code for f in _inside(check_text(text).findings, text, SUSPENDED_HYPHEN)]
    assert codes == ["MT109"], "the wrong language's rule used to fire here"


def test_a_monolingual_target_still_reports_the_untranslated_paragraph() -> None:
    text = "\n\n".join([ENGLISH[0], GERMAN[0], ENGLISH[1]]) + "\n"
    result = check_text(text, language="en")
    assert any(f.code == "MT502" and f.start >= text.index(GERMAN[0]) for f in result.findings)
    assert result.document.language_regions  # and the paragraph is checked as German


def test_rules_named_by_the_caller_run_in_regions_only_if_they_serve_the_language() -> None:
    from mtlint.checks.registry import rule_by_code

    text = "\n\n".join([ENGLISH[0], GERMAN[0], ENGLISH[1]]) + "\n"
    document = Document(text=text)
    rule = rule_by_code("MT101")
    checked = check_loaded(document, Config(), rules=[rule])
    assert checked.rules_run == ("MT101",)


# --- reports ----------------------------------------------------------------------------------


def _report(paragraphs: list[str]):
    document = Document(text="\n\n".join(paragraphs) + "\n")
    return check_loaded(document, Config()).report()


def test_json_report_lists_the_languages_and_regions() -> None:
    report = _report([ENGLISH[0], ENGLISH[1], GERMAN[0]])
    stream = StringIO()
    write_report("json", [report], stream, {})
    (data,) = json.loads(stream.getvalue())["files"]
    assert [entry["language"] for entry in data["languages"]] == ["en", "de"]
    assert sum(entry["share"] for entry in data["languages"]) == pytest.approx(1.0, abs=0.01)
    (region,) = data["language_regions"]
    assert (region["language"], region["line"], region["end_line"]) == ("de", 5, 5)


def test_text_report_says_which_paragraphs_were_checked_in_another_language() -> None:
    stream = StringIO()
    write_report("text", [_report([ENGLISH[0], GERMAN[0], GERMAN[1], ENGLISH[1]])], stream, {})
    assert ": checked in en; in its own language: de (lines 3-5)" in stream.getvalue()


def test_html_report_shows_the_languages() -> None:
    stream = StringIO()
    write_report("html", [_report([ENGLISH[0], GERMAN[0], ENGLISH[1]])], stream, {})
    assert "languages en " in stream.getvalue() and "de line 3" in stream.getvalue()


def test_the_shipped_distinctive_words_are_built_from_todays_tables() -> None:
    shipped = json.loads(
        (
            Path(language.__file__).parent.parent / "resources" / "language" / "regions.json"
        ).read_text(encoding="utf-8")
    )
    assert shipped["fingerprint"] == tables_fingerprint(), (
        "the language tables changed: rebuild with `python -m mtlint.checks.language`"
    )


def test_the_batch_and_the_cli_summary_carry_the_regions(tmp_path: Path, capsys) -> None:
    from mtlint.checks import batch
    from mtlint.checks.cli import main

    path = tmp_path / "release.txt"
    path.write_text("\n\n".join([ENGLISH[0], GERMAN[0], ENGLISH[1]]) + "\n", encoding="utf-8")
    report = batch.check_file(path, Config())
    assert [(code, first, last) for code, _, _, first, last in report.language_regions] == [
        ("de", 3, 3)
    ]
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert f"{path}: checked in en; in its own language: de (line 3)" in out
    assert "(language: en, detected; paragraphs checked as de in 1 file)" in out


def test_a_paragraph_quoted_in_the_document_s_marks_keeps_its_marks() -> None:
    # An English sentence quoted in a French text: the region is English, its « » are French.
    text = (
        "Chers collègues, on vous le répète depuis la fac : attention aux contre-sens !\n"
        "« I was happy to reach our target and to leave the club where it deserves to be "
        "in the Champions League ».\n"
        "Le club a dû démentir le lendemain."
    )
    config = Config(language="fr", min_confidence=0.0)
    checked = check_loaded(Document(text=text, language="fr"), config)
    assert [region.code for region in checked.document.language_regions] == ["en"]
    assert [f.code for f in checked.findings if f.code in ("MT205", "MT211", "MT110")] == []


# Invented: a Chinese guide to the shell, half of it commands and options (h24files: a real one
# was read as English and every Chinese clause drew "left untranslated").
CHINESE_GUIDE = (
    "使用 grep -r 和 find . -name 可以在目录中查找文件，例如 find . -type f -name '*.txt'。"
    "如果需要排序，请使用 sort -n 或者 sort -u，然后用 uniq -c 统计重复的行。"
    "在命令行中输入 man bash 并阅读 HISTORY EXPANSION 部分，了解 ctrl-r 和 alt-b 的用法。"
    "使用 ssh-agent 和 ssh-add 管理密钥，用 rsync -avz 同步目录，用 tar -xzf 解压文件。"
)


def test_cjk_text_full_of_commands_is_read_in_its_own_language():
    assert choose_language(CHINESE_GUIDE).code == "zh"
    report = check_text(CHINESE_GUIDE, config=Config())
    assert not [f for f in report.findings if f.code in FOREIGN_TEXT_CODES]


def test_english_text_with_a_few_chinese_names_stays_english():
    text = (
        "The delegation met officials in 北京 and later in 上海 on Tuesday. The talks covered "
        "trade, tariffs and the exchange of students between the two countries this year, "
        "and both sides said they would meet again before the end of the summer."
    )
    assert choose_language(text).code == "en"
