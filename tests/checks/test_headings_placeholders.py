"""MT375 (heading-title-case), MT603's prose slots ("[CITY]", "{name}" among other slots) and
MT306's Romanian and Czech data (h21ml, session 17). Invented sentences showing the shapes of
real pages; no page text."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.registry import all_rules
from mtlint.checks.rules.casing_headings import heading_languages

_BODY = {
    "uk": "Громадяни подають заяву в консульстві, а документи перевіряють два тижні.",
    "ru": "Граждане подают заявление в консульстве, а документы проверяют две недели.",
    "pl": "Obywatele składają wniosek w konsulacie, a dokumenty sprawdza się dwa tygodnie.",
    "ro": "Cetățenii depun cererea la consulat, iar documentele sunt verificate două săptămâni.",
    "es": "Los ciudadanos presentan la solicitud en el consulado y la revisión dura dos semanas.",
}


def _codes(text: str, language: str, code: str, min_confidence: float = 0.2) -> list[str]:
    result = check_text(text, language=language, config=Config(min_confidence=min_confidence))
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("uk", "Як Отримати Візу До Польщі Швидко"),
        ("ru", "Как Получить Визу В Польшу Быстро"),
        ("pl", "Jak Szybko Uzyskać Wizę Do Polski"),
        ("ro", "Cum Să Obții Rapid O Viză Pentru Polonia"),
    ],
)
def test_title_case_heading_found_in_the_doubtful_tier(language: str, heading: str) -> None:
    text = f"{heading}\n\n{_BODY[language]}"
    assert _codes(text, language, "MT375", 0.2), heading


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("uk", "Як отримати візу до Польщі швидко"),  # sentence case: the language's own
        ("uk", "ЯК ОТРИМАТИ ВІЗУ ДО ПОЛЬЩІ"),  # capitals throughout: no title case
        ("uk", "Зустріч у Києві"),  # one name
        ("uk", "Володимир Зеленський і Джо Байден"),  # names only
        ("ru", "Как получить визу в Польшу"),
        ("pl", "Jak uzyskać wizę do Polski"),
        ("ro", "Cum să obții o viză pentru Polonia"),
        ("es", "Cómo obtener un visado para Polonia"),
    ],
)
def test_sentence_case_and_name_headings_stay_quiet(language: str, heading: str) -> None:
    text = f"{heading}\n\n{_BODY[language]}"
    assert _codes(text, language, "MT375") == []


def test_names_the_body_capitalises_keep_their_capitals() -> None:
    text = "Зеленський Зустрівся З Байденом\n\nУ Вашингтоні Зеленський і Байден говорили годину."
    result = check_text(text, language="uk", config=Config(min_confidence=0.2))
    (finding,) = [f for f in result.findings if f.code == "MT375"]
    words = {text[e.start : e.end] for e in finding.fixes[0].edits}
    assert words == {"Зустрівся", "З"}


def test_sentences_are_not_headings() -> None:
    text = f"Як Отримати Візу До Польщі Швидко.\n\n{_BODY['uk']}"
    assert _codes(text, "uk", "MT375") == []


def test_languages_come_from_data_and_leave_out_english_german_turkish() -> None:
    languages = heading_languages()
    assert {"uk", "ru", "pl", "cs", "ro", "sv"} <= languages
    assert not {"en", "de", "tr", "es", "pt"} & languages
    rule = next(rule for rule in all_rules() if rule.code == "MT375")
    assert rule.languages == languages


def test_turkish_title_case_heading_is_left_alone() -> None:
    text = "Vize Nasıl Alınır Adım Adım\n\nBaşvuru için konsolosluğa gitmeniz gerekiyor."
    assert _codes(text, "tr", "MT375") == []


def test_translators_units_are_not_read() -> None:
    rule = next(rule for rule in all_rules() if rule.code == "MT375")
    text = "Як Отримати Візу До Польщі Швидко\n\nГромадяни подають заяву."
    document = Document(text=text, language="uk", format="po")
    assert check_document(document, Config(min_confidence=0.0), rules=[rule]).findings == ()


# --- MT603: slots in prose ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "slot"),
    [
        ("uk", "Вітаємо, {name}! Замовлення прийнято і вже в дорозі.", "{name}"),
        ("tr", "Siparişiniz [CITY] şubesine gönderildi ve yarın teslim edilecek.", "[CITY]"),
        ("ro", "Comanda pentru [FIRST NAME] a fost trimisă ieri.", "[FIRST NAME]"),
        ("uk", "Шановний {name}, у кошику {{count}} товари.", "{name}"),
    ],
)
def test_slots_in_prose_are_found(language: str, text: str, slot: str) -> None:
    assert slot in _codes(text, language, "MT603")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Rada [NATO] zebrała się w Brukseli, a [UNICEF] wydał komunikat."),
        ("pl", "Zmienna {name} i słownik {'a': 1} w kodzie: print({name}) działa."),
        ("uk", "Впишіть {name} у перше поле шаблону і збережіть лист."),  # explains a template
        ("tr", "[CITY](https://example.org) bağlantısına tıklayın."),  # a link's text
    ],
)
def test_bracketed_acronyms_code_and_template_talk_stay_quiet(language: str, text: str) -> None:
    assert _codes(text, language, "MT603") == []


# Review h21 S2/S3: anonymised text and pages that explain templates (invented sentences).
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The court heard that the claimant, [NAME], told the court he had been threatened."),
        (
            "ro",
            "Instanța a stabilit că inculpatul [NUME] a încălcat legea, iar [NAME] a primit bani.",
        ),
        ("ro", "Potrivit instanței, victimă, [NAME], a primit despăgubiri de la stat."),
        ("en", "The letter from [NAME] to [ADDRESS] was read out, and [REDACTED] was not named."),
        ("en", "In Python, an f-string such as Hello, {name}! fills the slot when the line runs."),
        ("uk", "У Python рядок Привіт, {name}! підставляє значення змінної під час виконання."),
        ("en", "The line `print(greeting)` prints Hello, {name}! once the value is set."),
    ],
)
def test_redacted_names_and_template_tutorials_stay_quiet(language: str, text: str) -> None:
    assert _codes(text, language, "MT603", 0.0) == []


def test_a_bare_bracketed_slot_is_doubtful_and_a_greeting_is_not() -> None:
    bare = "Siparişiniz [CITY] şubesine gönderildi ve yarın teslim edilecek."
    result = check_text(bare, language="tr", config=Config(min_confidence=0.0))
    assert [f.confidence for f in result.findings if f.code == "MT603"] == [0.45]
    greeting = "Dear [NAME], your parcel left the warehouse this morning."
    result = check_text(greeting, language="en", config=Config(min_confidence=0.0))
    assert [f.confidence for f in result.findings if f.code == "MT603"] == [0.7]


# --- MT306: Romanian pronouns and "according to" ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ro", "„Nu vom accepta acest plan”, Potrivit ministrului de externe.", "Potrivit"),
        ("ro", "„Nu vom accepta acest plan”, Conform surselor din minister.", "Conform"),
        ("ro", "„Nu vom accepta acest plan”, El a spus luni seara.", "El"),
        ("cs", "„Tento plán nepřijmeme,“ Podle ministra zahraničí.", "Podle"),
    ],
)
def test_reporting_openers_after_a_quotation_are_found(language: str, text: str, word: str) -> None:
    assert _codes(text, language, "MT306") == [word]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Filme: „Trei surori”, El și ea, Noaptea de după."),
        ("ro", "Meniu: „Acasă”, Potrivit categoriei, Contact."),
        ("cs", "Nabídka: „Domů“, Podle kategorie, Kontakt."),
    ],
)
def test_titles_and_labels_in_quotes_stay_quiet(language: str, text: str) -> None:
    assert _codes(text, language, "MT306") == []


# --- MT101: Ukrainian pronouns and conjunctions run into the next word ---------------------------


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Уряд оголосив нові правила, і вонизмінили вимоги до страхування.", "вонизмінили"),
        ("Рада ухвалила закон, алеуряд ще не підписав його текст.", "алеуряд"),
    ],
)
def test_ukrainian_function_word_glued_on_is_found(text: str, token: str) -> None:
    assert _codes(text, "uk", "MT101") == [token]


@pytest.mark.parametrize(
    "text",
    [
        "Компанія змінила цінову політику і запропонувала якнайбільшу знижку.",
        "Лікар призначив післяопераційну терапію та якнайшвидше відновлення.",
    ],
)
def test_ukrainian_compounds_stay_whole(text: str) -> None:
    assert _codes(text, "uk", "MT101") == []


# --- MT340: English terms in other languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Banca oferă clienților un grace period de șase luni pentru credite noi."),
        ("cs", "Společnost nabízí zákazníkům grace period v délce šesti měsíců."),
    ],
)
def test_english_terms_are_no_persons(language: str, text: str) -> None:
    assert _codes(text, language, "MT340") == []


# --- MT313, MT315, MT316 for Ukrainian (resources/casing/midsentence/uk.json) ---------------------


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("Про це повідомило Міністерство Закордонних Справ у понеділок.", "MT316", "Закордонних"),
        ("Речник Білого Дому відповів журналістам після зустрічі.", "MT316", "Дому"),
        ("Голова Національного Банку прокоментував рішення.", "MT316", "Банку"),
        ("Міністр наголосив, що уряд Заявив про нові правила.", "MT313", "Заявив"),
        ("Сполучені штати підтримали Україну в понеділок.", "MT315", "Сполучені штати"),
    ],
)
def test_ukrainian_mid_sentence_capitals_are_found(text: str, code: str, word: str) -> None:
    assert word in _codes(text, "uk", code)


@pytest.mark.parametrize(
    "text",
    [
        "Верховна Рада ухвалила закон, а Кабінет Міністрів України його підтримав.",
        "Збройні Сили України і Служба безпеки України провели навчання.",
        "Голова Національного банку України Андрій Пишний прокоментував рішення.",
        "Президент Володимир Зеленський зустрівся з прем'єр-міністром у Києві.",
        "Міністерство закордонних справ України повідомило про це у понеділок.",
    ],
)
def test_ukrainian_names_written_the_ukrainian_way_stay_quiet(text: str) -> None:
    result = check_text(text, language="uk", config=Config(min_confidence=0.2))
    assert [f.code for f in result.findings if f.code in ("MT313", "MT315", "MT316")] == []


# --- MT313 for Swedish (resources/casing/midsentence/sv.json) -------------------------------------


def test_swedish_verb_capitalised_mid_sentence_is_found() -> None:
    text = "Regeringen Meddelade på måndagen att de nya reglerna gäller från mars."
    assert _codes(text, "sv", "MT313") == ["Meddelade"]


@pytest.mark.parametrize(
    "text",
    [
        "Statsministern sa att Förenta nationerna och Europeiska unionen stöder planen.",
        "Oskar Andersson och Gunnar Berg vann loppet i Umeå i januari.",
        "Socialdemokraterna och Moderaterna röstade emot förslaget i riksdagen.",
    ],
)
def test_swedish_names_stay_quiet(text: str) -> None:
    assert _codes(text, "sv", "MT313") == []


# --- review h21 M2/M3/M5 (invented lines) -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "menu"),
    [
        ("uk", "Головна Новини Політика Економіка Спорт Культура"),
        ("ru", "Главная Новости Политика Экономика Спорт Культура"),
        ("pl", "Strona Główna Aktualności Kontakt"),
        ("ro", "Acasă Știri Politică Economie Sport Cultură"),
    ],
)
def test_menu_lines_of_nouns_are_no_title_case(language: str, menu: str) -> None:
    text = f"{menu}\n\n{_BODY[language]}"
    assert _codes(text, language, "MT375", 0.0) == []


def test_title_case_heading_stays_in_the_doubtful_tier_until_counted() -> None:
    text = f"Як Отримати Візу До Польщі Швидко\n\n{_BODY['uk']}"
    result = check_text(text, language="uk", config=Config(min_confidence=0.0))
    confidences = [f.confidence for f in result.findings if f.code == "MT375"]
    assert confidences and max(confidences) <= 0.45


@pytest.mark.parametrize(
    ("language", "heading", "body"),
    [
        ("es", "Cómo Preparar Una Sopa De Lentejas Casera", _BODY["es"]),
        ("pt", "Receita Simples De Pudim De Leite", "A receita leva ovos, leite e açúcar."),
    ],
)
def test_spanish_and_portuguese_native_title_case_is_left_alone(
    language: str, heading: str, body: str
) -> None:
    assert _codes(f"{heading}\n\n{body}", language, "MT375", 0.0) == []


@pytest.mark.parametrize(
    "text",
    [
        "Заяву оприлюднило Посольство Великої Британії у Львові.",
        "Візу видає Посольство Південної Кореї в Києві.",
        "Відповідь надіслало Посольство Сполучених Штатів Америки минулого тижня.",
        "Про це повідомило Посольство Об'єднаних Арабських Еміратів у середу.",
    ],
)
def test_countries_after_an_embassy_keep_their_capitals(text: str) -> None:
    assert _codes(text, "uk", "MT316", 0.0) == []


def test_a_ministry_of_common_words_is_still_found() -> None:
    text = "Заяву зробив Міністр Юстиції Ольга Стефанішина у вівторок."
    assert "Юстиції" in _codes(text, "uk", "MT316")
