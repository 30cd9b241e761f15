"""Tier-1 languages served by data (issue 12, h20tier1): a rule is declared for the languages
whose data it reads, and the Czech, Swedish, Romanian, Ukrainian and Turkish data that MT306,
MT340 and MT101 read. Every sentence is made up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from mtlint.checks.casingextra import entity_case_data, entity_case_languages
from mtlint.checks.casingmid import mid_languages
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.lowernames import served_languages
from mtlint.checks.registry import rule_by_code
from mtlint.checks.resourcefiles import resource_json

RULES = Path(__file__).resolve().parents[2] / "checks" / "rules"
TIER1 = ("cs", "sv", "ro", "uk", "tr")


def findings(text: str, language: str, bar: float = 0.2) -> list[tuple[str, str]]:
    result = check_document(Document(text=text, language=language), Config(min_confidence=bar))
    return [(f.code, text[f.start : f.end]) for f in result.findings]


def codes(text: str, language: str) -> list[str]:
    return [code for code, _ in findings(text, language)]


# --- declared languages are the languages whose data the rule reads ---------------------------


def test_mt306_serves_the_languages_with_reporting_verbs():
    backed = {
        code
        for code in entity_case_languages()
        if entity_case_data(code).reporting_verbs or entity_case_data(code).subject_pronouns
    }
    assert set(rule_by_code("MT306").languages) == backed
    assert set(TIER1) <= backed


def test_mt308_serves_only_languages_with_institution_heads():
    backed = {
        code
        for code in entity_case_languages()
        if entity_case_data(code).institution_heads or entity_case_data(code).heads_before_joiner
    }
    assert set(rule_by_code("MT308").languages) == backed


def test_mt340_languages_have_titles_and_a_dictionary_verdict():
    evidence = resource_json("gazetteer", "name_evidence.json")
    served = served_languages()
    assert set(rule_by_code("MT340").languages) == served
    for code in served:
        assert evidence.get(code, {}).get("titles"), f"MT340 serves {code} without titles"
    assert {"cs", "sv", "ro", "uk"} <= served
    assert "tr" not in served  # see bench/build_name_sources.py: inflected words are rare


def test_mid_sentence_rules_serve_the_languages_with_a_table():
    for code in ("MT313", "MT315"):
        assert set(rule_by_code(code).languages) == set(mid_languages())


# Rules whose languages are still a literal list in code, each for a reason of script or of
# one language's convention. A new literal list fails here: declare it from data instead, so
# that the next language gets the rule by its table.
LITERAL_LISTS = {
    "bidi.py": 4,  # right-to-left scripts and Korean's bidi marks
    "cjk.py": 1,  # Han and kana
    "diacritics.py": 1,  # Romance apostrophe accents
    "garble_marks.py": 1,
    "language_glosses.py": 1,
    "mark_spacing.py": 1,  # French spaces before marks
    "punctuation_calques.py": 1,
    "punctuation_subject_commas.py": 1,  # MT232: Spanish and Portuguese
    "quote_openings.py": 1,
    "spacing_case_names.py": 1,  # Finnish and Hungarian case endings after a colon
}


def _literal_lists(path: Path) -> int:
    count = 0
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not (isinstance(target, ast.Name) and target.id == "languages"):
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args and isinstance(value.args[0], ast.Set):
            items = value.args[0].elts
            if len(items) > 1 or any(
                isinstance(item, ast.Constant) and item.value != "en" for item in items
            ):
                count += 1
    return count


def test_no_new_rule_declares_a_literal_language_list():
    found = {path.name: n for path in sorted(RULES.glob("*.py")) if (n := _literal_lists(path))}
    assert found == LITERAL_LISTS


# --- MT306: the reporting clause after a quotation ---------------------------------------------

MT306_BAD = [
    ("cs", "„To nepřijmeme,“ Řekl ministr v pondělí.", "Řekl"),
    ("sv", "”Vi accepterar inte detta”, Sa ministern på måndagen.", "Sa"),
    ("ro", "„Nu vom accepta asta”, A spus ministrul luni.", "A"),
    ("ro", "„Nu vom accepta asta”, Declară ministrul luni.", "Declară"),
    ("uk", "«Ми цього не приймемо», — Сказав міністр у понеділок.", "Сказав"),
    ("tr", '"Bunu kabul etmeyeceğiz", Dedi bakan pazartesi günü.', "Dedi"),
]


@pytest.mark.parametrize(("language", "text", "word"), MT306_BAD)
def test_mt306_finds_the_capital_and_the_fixed_text_is_quiet(language, text, word):
    assert ("MT306", word) in findings(text, language)
    fixed = text.replace(f" {word} ", f" {word.lower()} ", 1)
    assert "MT306" not in codes(fixed, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "„To nepřijmeme,“ řekl Řehoř Novák, předseda svazu."),
        ("sv", "”Det är bra”, Sa Anna Lind i Stockholm."),  # a name after the verb's letters
        ("ro", "„Nu vom accepta asta”, A. Popescu a spus."),
        ("uk", "«Добре», — Каже Іван Франко у вірші."),
        ("uk", "«Ми цього не приймемо», — сказав Олександр Петренко."),
    ],
)
def test_mt306_look_alikes_stay_quiet(language, text):
    assert "MT306" not in codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Festivalul a programat filmele „Poliția, adjectiv”, A fost sau n-a fost? și altele.",
        ),
        ("ro", "Au fost trei variante de răspuns: „B”, A și C, iar elevii au ales prima."),
        ("ro", "Albumele „Vara”, Au revoir și „Toamna” apar în aceeași colecție."),
        ("cs", "Na stránce byly odkazy „Domů“, Podle kategorie a „Kontakt“."),
        ("cs", "V nabídce jsou filmy „Pelíšky“, Podle Aristotela a „Kolja“, všechny s titulky."),
    ],
)
def test_mt306_auxiliaries_and_prepositions_opening_a_title_stay_quiet(language, text):
    """A capital auxiliary or "according to" after a quotation and a comma is a title or a
    label's first word unless a participle of saying follows (review h20 S1)."""
    assert "MT306" not in codes(text, language)


# --- MT340: a given name in lower case after a title -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("cs", "Ministr petr Fiala přijel včera.", "petr"),
        ("sv", "Statsminister ulf Kristersson talade.", "ulf"),
        ("ro", "Ministrul mihai Popșoi a plecat la Berlin.", "mihai"),
        ("uk", "Мер олександр Петренко відкрив нову залу.", "олександр"),
    ],
)
def test_mt340_finds_a_lower_case_name_after_a_title(language, text, word):
    assert ("MT340", word) in findings(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Ministr Petr Fiala a ministryně Jana Černochová jednali s Petrem Pavlem."),
        ("sv", "Statsminister Ulf Kristersson besökte Umeå kommun och Sveriges riksdag."),
        ("ro", "Ministrul Mihai Popescu și doamna Ioana Ionescu au vorbit cu domnul Ionuț."),
        ("uk", "Мер Олександр Петренко відкрив залу, а мер міста прийшов пізніше."),
        ("tr", "Kumkapı'da oto tamirhanesi var ve Bakan Mehmet Şimşek geldi."),
    ],
)
def test_mt340_look_alikes_stay_quiet(language, text):
    assert "MT340" not in codes(text, language)


# --- MT101: glue after a Turkish case ending, and after a Romanian title ------------------------


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Bahçelievler Mahallesi'ndekiotluk alanda yangın çıktı.", "Mahallesi'ndekiotluk"),
        (
            "Halkımız Kazakistan'ınbağımsızlığından beri orada yaşıyor.",
            "Kazakistan'ınbağımsızlığından",
        ),
    ],
)
def test_turkish_word_glued_after_an_apostrophe_ending(text, token):
    assert ("MT101", token) in findings(text, "tr", 0.5)


def test_turkish_chained_endings_after_an_apostrophe_are_no_glue():
    text = (
        "Türkiye'deki seçimlerde Ankara'nın tutumu, İstanbul'dakilerin görüşü, "
        "Avrupa'dakileri, Ahmet'in oğlu ve Erdoğan'ın açıklaması önemliydi."
    )
    assert "MT101" not in codes(text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıya Kürt'lerden ve Arap'lardan temsilciler katıldı.",
        "Alman'lardan gelen heyet de oradaydı.",
        "Kürt'lerin ve Rum'ların temsilcileri, Arap'larla birlikte Türk'lerinden ayrıldı.",
    ],
)
def test_turkish_plural_chains_after_an_apostrophe_are_no_glue(text):
    """A plural and its case endings after a name's apostrophe ("Kürt'lerden"; TDK writes none)
    is one suffix run, not an ending and a word glued on (review h20 M2)."""
    assert "MT101" not in codes(text, "tr")


def test_romanian_name_glued_to_a_word_after_a_title():
    text = "Am citit poezia domnului Vărzaruîncă de pe vremea liceului."
    assert ("MT101", "Vărzaruîncă") in findings(text, "ro")
    assert "MT101" not in codes(text.replace("Vărzaruîncă", "Vărzaru încă"), "ro")


@pytest.mark.parametrize(
    "text",
    [
        "Ministrul Mihai Popescu și doamna Ioana Ionescu au vorbit cu domnul Ionuț.",
        "Primarul Ilie Bolojan a venit. Ministrul Bogdan Aurescu va merge la Berlin.",
        "Domnul Constantinescu și doamna Mihaela Dumitrescu au sosit.",
    ],
)
def test_romanian_names_after_titles_stay_whole(text):
    assert "MT101" not in codes(text, "ro")


# --- MT203: a quotation over paragraphs, closed before a verb of saying ------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Liderul a vorbit marți.\n\n„Căutăm soluții. Am făcut o propunere.\n\n"
            "Nu se poate lucra așa”, a spus liderul partidului.",
        ),
        (
            "ro",
            '"Am încercat totul. Nu a mers.\n\nAm rămas fără variante.\n\n'
            'Sper să se lămurească", a declarat ministrul.',
        ),
        (
            "cs",
            "„Hledáme řešení. Udělali jsme návrh.\n\nTakhle se pracovat nedá,“ řekl předseda.",
        ),
    ],
)
def test_mt203_quotation_over_paragraphs_is_quiet(language, text):
    assert "MT203" not in codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # No verb of saying after the closing mark: a lost mark in each paragraph.
        ("ro", "„Căutăm soluții. Am făcut o propunere.\n\nNu se poate lucra așa”. Apoi a plecat."),
        # Too far apart: three paragraphs without a mark between the two.
        (
            "ro",
            "„Căutăm soluții.\n\nUnu.\n\nDoi.\n\nTrei.\n\nNu se poate lucra așa”, a spus el.",
        ),
        # A closing-shaped mark opening a paragraph is still reported.
        ("ro", "”Nu mi s-a cerut demisia. Eu îmi continui programul."),
    ],
)
def test_mt203_still_finds_lost_marks(language, text):
    assert "MT203" in codes(text, language)


def test_mt203_closing_mark_typed_where_a_low_quotation_opens_is_reported_once_each():
    text = "El a spus: ”Ne-am săturat (”no way”, în engleză) de promisiuni”, a declarat el."
    found = [(code, word) for code, word in findings(text, "ro") if code == "MT203"]
    assert found == [("MT203", "”"), ("MT203", "”")]
    assert "MT203" not in codes(text.replace(" ”N", " „N").replace("(”n", "(«n"), "ro")


# --- MT313 and MT315 in Romanian (resources/casing/midsentence/ro.json) ---------------------------


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("Ministrul a Declarat marți că prețurile vor crește.", "MT313", "Declarat"),
        ("Premierul Vorbește despre buget în fiecare săptămână.", "MT313", "Vorbește"),
        ("Ședința are loc în Martie la Cluj.", "MT313", "Martie"),
        ("Reuniunea de la Statele unite a fost amânată.", "MT315", "Statele unite"),
        ("Președintele Statelor unite a venit.", "MT315", "unite"),
    ],
)
def test_romanian_mid_sentence_capitals(text, code, span):
    found = findings(text, "ro")
    assert (code, span) in found
    assert len([f for f in found if f[0] == code]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ministrul Marcel Ciolacu a vorbit la Galați despre Senat.",
        "Deputatul Ionuț Moșteanu a fost la Palatul Victoria.",
        "Echipa a câștigat cu un Mandat clar în Statele Unite.",
        "Sportivul a jucat la Dinamo și la Rapid anul trecut, în martie.",
    ],
)
def test_romanian_names_and_institutions_stay_quiet(text):
    assert not {"MT313", "MT315"} & set(codes(text, "ro"))


def test_romanian_participle_after_a_noun_is_an_adjective():
    assert "MT313" not in codes("Calculatorul Avansat permite multe operații.", "ro")


def test_mt340_leaves_latin_words_quoted_in_a_cyrillic_text_alone():
    text = "Програмою є Windows Media Player, тож шукайте «theora windows media player» в мережі."
    assert "MT340" not in codes(text, "uk")
