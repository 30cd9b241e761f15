"""MT517–MT521: a web page's interface strings and widgets left in a translated text, and
English's "e.g." in another language (invented sentences that show each shape)."""

from __future__ import annotations

import json
from importlib.resources import files

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.pipeline import FOREIGN_TEXT_CODES
from mtlint.checks.registry import rule_by_code


def _spans(code: str, text: str, language: str) -> list[str]:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code(code)])
    return [text[f.start : f.end] for f in result.findings]


def test_the_interface_table_holds_the_same_strings_in_many_languages() -> None:
    table = json.loads(files("mtlint.resources").joinpath("residue/ui_strings.json").read_text())
    strings = table["strings"]
    assert len(strings) >= 50
    assert "read more" in strings["en"] and "skip to main content" in strings["en"]
    assert all(s == s.lower() and not s.endswith(":") for v in strings.values() for s in v)
    assert {source.get("repository") for source in table["sources"]} >= {"getnikola/nikola"}


def test_a_teaser_ending_on_another_languages_read_more_is_found() -> None:
    text = "Il sindaco ha inaugurato il ponte nuovo… Read more\nLa festa è durata a lungo."
    assert _spans("MT517", text, "it") == ["Read more"]


def test_a_string_in_brackets_after_a_link_is_found() -> None:
    text = "Ultima modifica: @redazione(Skip to main content), 3 marzo 2021"
    assert _spans("MT517", text, "it") == ["Skip to main content"]


def test_a_one_word_string_after_a_bar_before_a_date_is_found() -> None:
    text = "Il piano è pronto.\nPosted: 03/05/2021|Updated: 04/05/2021"
    assert "Updated" in _spans("MT517", text, "it")


def test_a_one_word_string_inside_a_sentence_is_quiet() -> None:
    text = "Il governo ha aggiornato le regole.\nUpdated rules will apply from Monday on."
    assert _spans("MT517", text, "it") == []


def test_the_texts_own_strings_are_quiet() -> None:
    text = "Il ministro ha parlato.\nLeggi anche\nContinua la lettura\nArticolo precedente"
    assert _spans("MT517", text, "it") == []


def test_a_label_mt509_reports_on_its_own_line_is_left_to_it() -> None:
    text = "Der Kurs stieg am Montag.\n\nRead more\n\nDie Händler blieben vorsichtig."
    assert _spans("MT517", text, "de") == []
    assert _spans("MT509", text, "de") == ["Read more"]


def test_interface_strings_are_kept_in_a_language_region() -> None:
    assert "MT517" in FOREIGN_TEXT_CODES


def test_share_buttons_need_two_doubled_names_or_a_networks_name() -> None:
    assert _spans("MT518", "He went to BoraBora.", "en") == []
    assert _spans("MT518", "News\nPrintPrint\nThe rest.", "en") == ["PrintPrint"]
    assert _spans("MT518", "News\nHelpHelpSaveSave\nThe rest.", "en") == ["HelpHelpSaveSave"]


def test_a_markdown_image_is_found_only_in_plain_text() -> None:
    assert _spans("MT519", "![photo](a.jpg) The mayor spoke.", "en") == ["![photo](a.jpg) "]


def test_a_bar_between_table_rows_is_quiet() -> None:
    assert _spans("MT521", "a | b\n|\nc | d", "en") == []
    assert _spans("MT521", "Photo: Agency\n|\nThe mayor spoke.", "en") == ["|"]


def test_english_abbreviations_take_the_languages_own() -> None:
    rule = rule_by_code("MT520")
    document = Document(text="Usa i freni, e.g. quelli a disco.", language="it")
    result = check_document(document, Config(min_confidence=0.0), rules=[rule])
    assert [e.replacement for f in result.findings for e in f.fixes[0].edits] == ["ad es."]
    assert _spans("MT520", "Use the brakes, e.g. the discs.", "en") == []


def test_an_english_date_in_a_text_of_another_script_is_found() -> None:
    text = "Испытательная камера прошла проверку.\nОпубликовано: Oct 14, 2024"
    assert _spans("MT503", text, "ru") == ["Oct 14, 2024"]
    assert _spans("MT503", "Встреча прошла 14 октября 2024 года.", "ru") == []
    assert _spans("MT503", "Компания Oct 14 выпустила продукт в 2024.", "ru") == []


def test_a_foreign_month_joined_to_its_day_by_a_dash_is_found() -> None:
    text = "The governor spoke to the press.\n\nSun 24 - Mai 2020 - 19:03"
    assert _spans("MT503", text, "en") == ["24 - Mai 2020"]


def test_a_phrase_of_the_texts_language_a_neighbours_catalogue_holds_is_quiet() -> None:
    for language, line in (
        ("es", "Entrada anterior"),
        ("pt", "Tema anterior"),
        ("en", "Open menu"),
        ("fr", "Paramètres de cookies"),
    ):
        text = f"El pleno terminó.\n{line}\nEl alcalde habló."
        assert _spans("MT517", text, language) == [], line


def test_latin_abbreviations_a_norm_admits_are_a_style_note() -> None:
    rule = rule_by_code("MT520")
    document = Document(text="Los resultados, i.e. los valores, fueron estables.", language="es")
    found = check_document(document, Config(min_confidence=0.0), rules=[rule]).findings
    assert [f.confidence for f in found] == [0.45]
    assert check_document(document, Config(), rules=[rule]).findings == ()


def test_a_cited_english_sources_date_is_quiet() -> None:
    text = "Об этом пишет газета в статье «War in Europe» (Oct 14, 2024)."
    assert _spans("MT503", text, "ru") == []


def test_catalogue_languages_without_a_word_list_do_not_import_wordfreq() -> None:
    """MT517 compares the text's language with every catalogue language: one wordfreq lacks
    (Welsh, Basque …) must not import wordfreq (its nearest-match fallback warns and costs a
    third of a second per process)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from mtlint.checks.engine import check_text\n"
        "text = 'Darllen mwy\\n\\nAthraigh focal faire\\n\\nThe meeting ended late on Monday.'\n"
        "check_text(text, language='en')\n"
        "print('wordfreq' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False", done.stderr
    assert "nearest match" not in done.stderr
