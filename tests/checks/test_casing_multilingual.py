"""Casing (MT301–MT303) from per-language data, entity case by gazetteer and stem, CJK script
runs (MT501), and the language chosen for short text (issues 11 and 12)."""

from __future__ import annotations

import json

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.language import choose_language, detect_language


def findings(text: str, language: str, prefix: str = "MT3"):
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code.startswith(prefix)]


def suggestions(text: str, language: str, prefix: str = "MT3") -> set[str]:
    return {
        apply_edits(text, fix.edits)
        for f in findings(text, language, prefix)
        for f_ in [f]
        for fix in f_.fixes
    }


# Bad text → a fix among the suggestions restores the good text.
PLANTED = [
    (
        "de",
        "Bisher wurden in… spanien mehr als 272.000 Infektionen gezählt.",
        "Bisher wurden in… Spanien mehr als 272.000 Infektionen gezählt.",
    ),
    (
        "de",
        "Die Saison soll ohne Vorkommnisse zu… ende gespielt werden.",
        "Die Saison soll ohne Vorkommnisse zu… Ende gespielt werden.",
    ),
    (
        "de",
        "Der Bub ist eines von 400 Frühchen Die jährlich hier geboren werden.",
        "Der Bub ist eines von 400 Frühchen, die jährlich hier geboren werden.",
    ),
    ("fr", "Le gouverneur de… californie a parlé.", "Le gouverneur de… Californie a parlé."),
    (
        "fr",
        "Au début Lorsque vous arriviez, tout était calme.",
        "Au début, lorsque vous arriviez, tout était calme.",
    ),
    (
        "es",
        "Y aún así, para… méxico la relación es clave.",
        "Y aún así, para… México la relación es clave.",
    ),
    (
        "es",
        "Habló de este habitante de… asia central.",
        "Habló de este habitante de… Asia Central.",
    ),
    (
        "es",
        "Los misiles han sido destruidos El fracaso en Irán contribuyó.",
        "Los misiles han sido destruidos. El fracaso en Irán contribuyó.",
    ),
    (
        "it",
        "Si aspetta il ritorno a casa di… sheikh hasina dopo il 17 ottobre.",
        "Si aspetta il ritorno a casa di… Sheikh Hasina dopo il 17 ottobre.",
    ),
    (
        "pl",
        "Siatkarze odbyli trening w… paryżu, gdzie wystąpią.",
        "Siatkarze odbyli trening w… Paryżu, gdzie wystąpią.",
    ),
    (
        "pl",
        "Meczet nie ma porównania do meczetów w regionach W poniedziałek ogłoszono upadłość.",
        "Meczet nie ma porównania do meczetów w regionach. W poniedziałek ogłoszono upadłość.",
    ),
    (
        "cs",
        "Senát ve středu vyzval vládu Aby nalezla řešení.",
        "Senát ve středu vyzval vládu, aby nalezla řešení.",
    ),
    ("cs", "Průměrná mzda v… česku byla vysoká.", "Průměrná mzda v… Česku byla vysoká."),
    (
        "ru",
        "Полиция арестовала людей в… москве в воскресенье.",
        "Полиция арестовала людей в… Москве в воскресенье.",
    ),
    (
        "ru",
        "Дипломатические отношения с… катаром разорвали.",
        "Дипломатические отношения с… Катаром разорвали.",
    ),
    (
        "ru",
        "Об этом рассказал Михаил Корб В Сиэтле полиция применила газ.",
        "Об этом рассказал Михаил Корб. В Сиэтле полиция применила газ.",
    ),
    ("uk", "Він сказав Що війна триває.", "Він сказав, що війна триває."),
    ("pt", "O presidente disse Que a reforma avança.", "O presidente disse, que a reforma avança."),
    ("nl", "De minister zei Omdat de regels gelden.", "De minister zei, omdat de regels gelden."),
    ("sv", "Ministern sade Att reglerna gäller.", "Ministern sade, att reglerna gäller."),
    ("ro", "Ministrul a spus Că regulile se aplică.", "Ministrul a spus, că regulile se aplică."),
    (
        "tr",
        "Bakan açıklama yaptı Bu karar önemli dedi.",
        "Bakan açıklama yaptı. Bu karar önemli dedi.",
    ),
    ("tr", "Toplantı… istanbul kentinde yapıldı.", "Toplantı… İstanbul kentinde yapıldı."),
]


@pytest.mark.parametrize(("language", "bad", "good"), PLANTED)
def test_planted_artefact_has_the_right_fix(language, bad, good):
    assert good in suggestions(bad, language)


# Good native text: nothing from the casing rules.
QUIET = [
    ("de", "Er sagte, dass Sie morgen kommen, und las Die Zeit am Montag."),
    (
        "de",
        "Auf verschiedenen Wegen kamen sie zum Ziel; Insekten sehen Ultraviolett und ultraviolett.",
    ),
    ("fr", "Il lit Le Monde chaque matin, partout dans le monde."),
    ("es", "Médicos Sin Fronteras trabaja en el país con la mujer suiza."),
    ("es", "El diario El País publicó la noticia."),
    ("it", "La first lady argentina ha parlato a La Plata."),
    ("pl", "Po doświadczeniach I wojny światowej spadła z 20. na 22. lokatę, 570 tys. zł."),
    ("cs", "Značka vypadá jako písmeno V a trochu španělsky umí, např. v Praze."),
    ("ru", "Кроме того, для того чтобы избежать критики, он уехал."),
    ("pt", "O ministro da Saúde disse que o governo vai comprar vacinas da Pfizer em Lisboa."),
    ("nl", "Volgens De Telegraaf is Van der Laan er ook bij, zei Mark Rutte in Den Haag."),
    ("uk", "Президент Володимир Зеленський заявив у понеділок, що Київ отримає допомогу."),
    ("ro", "Ministrul de Externe a declarat luni că România va sprijini Republica Moldova."),
    ("sv", "Statsminister Ulf Kristersson sade att regeringen i Stockholm vill samarbeta."),
    ("tr", "Bakan, pazartesi günü Ankara'da İstanbul'daki toplantının önemli olduğunu söyledi."),
    ("es", "Entra Íñigo de la Serna en Fomento, y De la Serna dice que sí."),
]


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_native_look_alikes_stay_quiet(language, text):
    assert findings(text, language) == []


def test_inflected_names_are_matched_by_stem_in_running_text():
    fixed = suggestions("Spotkanie odbyło się w warszawie we wtorek.", "pl")
    assert "Spotkanie odbyło się w Warszawie we wtorek." in fixed
    fixed = suggestions("Он вернулся в россию в понедельник.", "ru")
    assert "Он вернулся в Россию в понедельник." in fixed


def test_a_language_without_a_table_still_gets_document_evidence():
    text = "Mfumo wa Kiswahili ulianza Dodoma. Baadaye dodoma ilikua haraka sana."
    fixed = suggestions(text, "sw")
    assert "Mfumo wa Kiswahili ulianza Dodoma. Baadaye Dodoma ilikua haraka sana." in fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "Twitterなどのソーシャルメディアは、米CNBCが報じた。IT関連会社で働く。"),
        ("zh", "早年，该节目仅在TogiNet Radio上播出，CBA联赛复赛。"),
        ("ja", "東京は日本の首都です。"),
    ],
)
def test_cjk_names_and_kana_are_not_foreign(language, text):
    assert findings(text, language, "MT501") == []


def test_short_text_falls_back_to_the_prior_not_a_guess():
    # langdetect alone reads these as Danish and Dutch, which switched the English rules off.
    assert (
        choose_language("He met Ursula von der Leyen and left for Belgiumfor talks.").code == "en"
    )
    choice = choose_language("Biden met Trudeau in Ottawa on Monday.")
    assert (choice.code, choice.reason) == ("en", "fallback")
    assert choose_language("Biden met Trudeau in Ottawa on Monday.", "de").code == "de"
    assert detect_language("Biden met Trudeau in Ottawa on Monday.") is None
    # A short text whose common words are clear, or whose script the prior does not use.
    assert choose_language("Der Präsident ist nicht gekommen.").code == "de"
    assert choose_language("Путин прибыл в Ташкент.").code == "ru"


def test_short_text_keeps_the_english_rules():
    result = check_document(Document(text="Biden met Trudeau in Ottawa On Monday he left."))
    assert result.document.language == "en"
    assert result.document.language_reason == "fallback"
    assert "MT301" in result.rules_run


def test_reports_show_the_language_and_why(tmp_path):
    from mtlint.checks.cli import main

    path = tmp_path / "one.txt"
    path.write_text("Biden met Trudeau in Ottawa on Monday.\n", encoding="utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["check", str(path), "--format", "json"])
    data = json.loads(out.getvalue())
    assert data["files"][0]["language"] == "en"
    assert data["files"][0]["language_reason"] == "fallback"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["check", str(path), "--lang", "en"])
    assert "(language: en, as given)" in out.getvalue()


# --- issue 11: English mechanisms beyond the seed ---------------------------------------------

ENGLISH = [
    ("He attended the nato summit in Vilnius.", "He attended the NATO summit in Vilnius."),
    ("He spoke to BBc News about the plan.", "He spoke to BBC News about the plan."),
    (
        "She called the Ministry of finance on Monday.",
        "She called the Ministry of Finance on Monday.",
    ),
    ("Two residents in buenos Aires fell ill.", "Two residents in Buenos Aires fell ill."),
    ("The hall was Officially opened.", "The hall was officially opened."),
    (
        "The situation is worrying and The talks stalled.",
        "The situation is worrying and the talks stalled.",
    ),
]


@pytest.mark.parametrize(("bad", "good"), ENGLISH)
def test_english_case_mechanisms_have_the_right_fix(bad, good):
    assert good in suggestions(bad, "en")


def test_stray_capital_after_a_word_no_sentence_ends_with_prefers_lower_case():
    text = "The situation is worrying and The talks stalled."
    (finding,) = findings(text, "en", "MT301")
    assert (
        apply_edits(text, finding.fixes[0].edits)
        == "The situation is worrying and the talks stalled."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health and Welfare said so; the Nato summit and Unesco met.",
        "He visited The Hague and met the EU High Representative for Foreign Policy.",
        "The actress Kelly Ashley said that vitamin A deficiency is common in New York.",
        "Officially Opened: The New Hall Welcomes Its First Visitors",
    ],
)
def test_english_look_alikes_stay_quiet(text):
    assert findings(text, "en") == []


def test_credit_line_in_the_source_language_is_an_untranslated_fragment():
    text = "The talks ended on Monday without an agreement.\nFuente EFE"
    (finding,) = findings(text, "en", "MT503")
    assert text[finding.start : finding.end] == "Fuente EFE"
    assert apply_edits(text, finding.fixes[0].edits).endswith("\nSource EFE")
    assert findings("The talks ended on Monday.\nSource: EFE", "en", "MT503") == []
    assert findings("Die Gespräche endeten.\nQuelle: dpa", "de", "MT503") == []


def test_latin_sentence_left_in_cjk_or_cyrillic_text_is_untranslated():
    text = "東京は日本の首都です。The city was founded in the twelfth century by a local lord."
    (finding,) = findings(text, "ja", "MT502")
    assert text[finding.start : finding.end].startswith("The city was founded")
    text = "Президент прибыл в Ташкент. He met his counterpart and they signed the deal."
    assert findings(text, "ru", "MT502")
    # Names and product terms in Latin letters are not sentences.
    assert findings("任天堂发布了Nintendo Switch Online Expansion Pack服务。", "zh", "MT5") == []
