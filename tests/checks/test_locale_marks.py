"""Locale marks (MT940, MT950, MT943's spacing; checks/localemarks.py): compatibility characters,
decades and ordinal marks in another language's shape, currency signs glued where the locale spaces
them; invented sentences per language that must be found and fixed, and look-alikes that must
stay quiet."""

from __future__ import annotations

import pytest
from helpers import among_all_findings, among_all_fixed

_found = among_all_findings
_fixed = among_all_fixed


# --- MT940: compatibility characters ---------------------------------------------------------

COMPATIBILITY = [
    ("en", "The water reached 80℃ before noon.", "The water reached 80°C before noon."),
    ("en", "He lives at house №12 on the hill.", "He lives at house No. 12 on the hill."),
    ("en", "The road is 12㎞ long.", "The road is 12km long."),
    ("en", "After World War Ⅱ the town grew.", "After World War II the town grew."),
    ("en", "Exports rose 8％ in the spring.", "Exports rose 8% in the spring."),
    ("en", "The ﬂood hit the valley.", "The flood hit the valley."),
    ("de", "Das Haus №4 steht leer.", "Das Haus Nr. 4 steht leer."),
    ("fr", "Il a fait 30℉ ce matin-là.", "Il a fait 30°F ce matin-là."),
    ("es", "La cifra de ２０２２ fue alta.", "La cifra de 2022 fue alta."),
    ("it", "La villa №3 è chiusa.", "La villa n. 3 è chiusa."),
    ("pt", "O modelo ＸＬ chegou ontem.", "O modelo XL chegou ontem."),
    ("nl", "De ﬁets stond buiten.", "De fiets stond buiten."),
    ("pl", "Mieszka w domu №7 przy rynku.", "Mieszka w domu nr 7 przy rynku."),
    ("cs", "Bydlí v domě №9 u řeky.", "Bydlí v domě č. 9 u řeky."),
    ("ro", "Temperatura a fost de 40℃ ieri.", "Temperatura a fost de 40°C ieri."),
    ("sv", "Huset №2 är rött.", "Huset nr 2 är rött."),
    ("tr", "Sıcaklık 38℃ oldu.", "Sıcaklık 38°C oldu."),
    ("uk", "Температура сягнула 35℃ вдень.", "Температура сягнула 35°C вдень."),
]


@pytest.mark.parametrize(("language", "bad", "fixed"), COMPATIBILITY)
def test_compatibility_characters_are_written_plain(language, bad, fixed):
    assert _fixed(bad, "MT940", language) == fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Он живёт в доме № 5, а она в доме №7."),
        ("uk", "Школа № 3 відкрилася вчора."),
        ("bg", "Училище № 3 беше затворено."),
        ("zh", "气温达到35℃，比去年高５％。"),
        ("ja", "気温は３５℃でした。"),
        ("ko", "기온은 ３５℃였다."),
        ("en", "The sign read 東京２０２３ in the photo."),
        ("en", "The plot is 40 m² and half (½) of it is ours; Brand™ sells it."),
        ("en", "The set ℝ of real numbers; parcels c/o the office, ℅ too."),
        ("de", "Copyright Ⓒ Beispiel GmbH; Punkt ⓐ und ⒝ der Liste."),
        ("en", "See https://example.org/ｆｉｌｅ for the details."),
        ("de", "Das Haus Nr. 4 steht leer."),
    ],
)
def test_compatibility_look_alikes_stay_quiet(language, text):
    assert _found(text, "MT940", language) == []


def test_compatibility_confidence_reads_the_document():
    # The plain form elsewhere raises the finding; the sign alone three times is a house style.
    mixed = _found("It was 30℃ on Monday and 31 °C on Tuesday.", "MT940", "en")
    assert [f.confidence for f in mixed] == [0.8]
    house = _found("Monday 30℃, Tuesday 31℃, Wednesday 29℃.", "MT940", "en")
    assert [f.confidence for f in house] == [0.45, 0.45, 0.45]
    numero = _found("House №12 is new.", "MT940", "en")
    assert [f.confidence for f in numero] == [0.45]  # some writers use the sign themselves
    beside = _found("House №12 and house No. 14 are new.", "MT940", "en")
    assert [f.confidence for f in beside] == [0.8]
    wide = _found("Profits rose in ２０２１ and ２０２２.", "MT940", "en")
    assert [f.confidence for f in wide] == [0.8, 0.8]


# --- MT950: decades and ordinal marks in another language's shape -------------------------

DECADES = [
    ("de", "In den 1990s wuchs die Stadt.", "In den 1990ern wuchs die Stadt."),
    ("fr", "Dans les 1980s, le port a fermé.", "Dans les années 1980, le port a fermé."),
    ("es", "En los 1970s la fábrica cerró.", "En los años 1970 la fábrica cerró."),
    ("it", "Negli 1960s la città crebbe.", "Negli anni 1960 la città crebbe."),
    ("pt", "Nos 1990s a cidade cresceu.", "Nos anos 1990 a cidade cresceu."),
    ("nl", "In de 1990s groeide de stad.", "In de jaren 1990 groeide de stad."),
    ("ro", "În 1990s orașul a crescut.", "În anii 1990 orașul a crescut."),
    ("sv", "Under 1990s växte staden.", "Under 1990-talet växte staden."),
    ("tr", "Şehir 1990s boyunca büyüdü.", "Şehir 1990'lar boyunca büyüdü."),
    ("tr", "Şehir 1980s boyunca büyüdü.", "Şehir 1980'ler boyunca büyüdü."),
    ("ru", "В 1990s город быстро рос.", "В 1990-х город быстро рос."),
    ("ru", "Эти 1990s были трудными.", "Эти 1990-е были трудными."),
    ("uk", "У 1990s місто швидко росло.", "У 1990-х місто швидко росло."),
    ("pl", "W 1990s miasto szybko rosło.", "W latach 90. miasto szybko rosło."),
    ("cs", "V 1990s město rychle rostlo.", "V 90. letech město rychle rostlo."),
    ("de", "Die Mode der '80s kehrt zurück.", "Die Mode der 80er kehrt zurück."),
]


@pytest.mark.parametrize(("language", "bad", "fixed"), DECADES)
def test_english_decades_take_the_language_shape(language, bad, fixed):
    assert _fixed(bad, "MT950", language) == fixed


ORDINAL_MARKS = [
    ("She finished 2º in the final.", "She finished 2nd in the final."),
    ("He was 1.ª in the list.", "He was 1st in the list."),
    ("They live in the 11ème district.", "They live in the 11th district."),
    ("The 1ère edition sold out.", "The 1st edition sold out."),
    ("The 23º Congress opened.", "The 23rd Congress opened."),
    ("In the 1950ies the port grew.", "In the 1950s the port grew."),
    ("In the 80ies the port grew.", "In the 80s the port grew."),
    ("The 1970er were hard.", "The 1970s were hard."),
    ("It ranked 4-th in the region.", "It ranked 4th in the region."),
    ("On the 1rst of May they met.", "On the 1st of May they met."),
]


ENGLISH_SUFFIXES = [
    ("de", "Sie wurde 2nd beim Wettbewerb.", "Sie wurde 2. beim Wettbewerb."),
    ("de", "Im 21st Jahrhundert wuchs sie.", "Im 21. Jahrhundert wuchs sie."),
    ("pl", "W 21st wieku miasto rosło.", "W 21. wieku miasto rosło."),
    ("cs", "Ve 21st století město rostlo.", "Ve 21. století město rostlo."),
    ("nl", "In de 21st eeuw groeide de stad.", "In de 21e eeuw groeide de stad."),
    ("fr", "Elle a fini 1st du tournoi.", "Elle a fini 1er du tournoi."),
    ("fr", "Elle a fini 3rd du tournoi.", "Elle a fini 3e du tournoi."),
    ("es", "La ciudad quedó 2nd en la lista.", "La ciudad quedó 2.º en la lista."),
    ("it", "La squadra arrivò 3rd in classifica.", "La squadra arrivò 3º in classifica."),
    ("pt", "A equipa ficou 4th na tabela.", "A equipa ficou 4º na tabela."),
    ("tr", "Takım 4th oldu.", "Takım 4. oldu."),
]


@pytest.mark.parametrize(("language", "bad", "fixed"), ENGLISH_SUFFIXES)
def test_english_ordinal_suffixes_take_the_language_shape(language, bad, fixed):
    assert _fixed(bad, "MT950", language) == fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Er wohnt an der 5th Avenue und sah 20th Century Fox."),
        ("de", "Das Motto war 'the 2nd round' und die Datei heißt v2nd.txt."),
        ("fr", "La 2nd guerre et le 2nd tour."),
        ("ru", "Команда заняла 2nd место."),
        ("en", "She finished 2nd and 21st."),
    ],
)
def test_english_ordinal_suffix_look_alikes_stay_quiet(language, text):
    assert _found(text, "MT950", language) == []


@pytest.mark.parametrize(("bad", "fixed"), ORDINAL_MARKS)
def test_foreign_ordinal_marks_in_english(bad, fixed):
    assert _fixed(bad, "MT950", "en") == fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It was 25ºC at noon and the ship sailed 40º N."),
        ("en", "The music of the 1990s came back."),
        ("en", "Call 555-1234 between 1990-2000; the 4th and 21st floors; the 80s."),
        ("en", "The file is at example.org/1950ies and the B-52er model."),
        ("de", "Die Stadt wuchs in den 1990er Jahren; das Album 'Hits of the 1990s' lief."),
        ("fr", "Dans les années 1990, le port a fermé."),
        ("es", "Quedó 2º en la final del año 1990."),
        ("de", "Die Probe dauerte 90s und das Modell 1990s-X ist alt."),
    ],
)
def test_ordinal_shape_look_alikes_stay_quiet(language, text):
    assert _found(text, "MT950", language) == []


# --- MT943's spacing half: a currency sign glued where the locale spaces it ---------------


@pytest.mark.parametrize(
    ("language", "bad", "fixed"),
    [
        (
            "de",
            "Das Buch kostet 20 € und die Karte 5€.",
            "Das Buch kostet 20 € und die Karte 5\u00a0€.",
        ),
        ("fr", "Le livre coûte 20 € et la carte 5€.", "Le livre coûte 20 € et la carte 5\u00a0€."),
        (
            "es",
            "El libro cuesta 20 € y la tarjeta 5€.",
            "El libro cuesta 20 € y la tarjeta 5\u00a0€.",
        ),
        ("ru", "Книга стоит 200 ₽, а карта 50₽.", "Книга стоит 200 ₽, а карта 50\u00a0₽."),
    ],
)
def test_glued_currency_sign_among_spaced_ones(language, bad, fixed):
    assert _fixed(bad, "MT943", language) == fixed


def test_glued_currency_sign_alone_is_doubtful():
    assert [f.confidence for f in _found("Das Buch kostet 20€.", "MT943", "de")] == [0.4]


def test_glued_currency_signs_as_the_documents_majority_are_doubtful():
    # A price list that glues every sign but one writes its own style: no finding at the bar.
    text = "Fahrrad: 12€ am Tag.\nHelm: 3€.\nKorb: 2€.\nKaution 50 €."
    assert [f.confidence for f in _found(text, "MT943", "de")] == [0.4, 0.4, 0.4]


def test_currency_codes_first_as_the_documents_majority_are_doubtful():
    text = "Die Miete beträgt EUR 900, die Kaution EUR 1.800 und die Gebühr 50 EUR."
    assert [f.confidence for f in _found(text, "MT943", "de")] == [0.4, 0.4]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das Buch kostet 20 € und die Karte 5\u00a0€."),
        ("en", "The book costs €20 and the card €5."),
        ("nl", "Het boek kost € 20 en de kaart € 5."),
        ("de", "Siehe https://example.org/preis-5€ für Details."),
    ],
)
def test_currency_spacing_look_alikes_stay_quiet(language, text):
    assert _found(text, "MT943", language) == []


def test_new_codes_are_in_the_locale_family():
    found = (
        _found("It was 35℃ here.", "MT940", "en")
        + _found("In den 1990s wuchs sie.", "MT950", "de")
        + _found("Es kostet 20 € und 5€.", "MT943", "de")
    )
    assert [f.family for f in found] == ["locale"] * 3


# --- MT943's code half: an ISO code before the amount where the locale writes it after ------


@pytest.mark.parametrize(
    ("language", "bad", "fixed"),
    [
        (
            "de",
            "Der Umsatz betrug USD 5 Millionen, der Gewinn 300.000 USD.",
            "Der Umsatz betrug 5 Millionen\u00a0USD, der Gewinn 300.000 USD.",
        ),
        (
            "de",
            "Es kostet USD 5 Mio. im Jahr und 3 Mio. USD danach.",
            "Es kostet 5 Mio.\u00a0USD im Jahr und 3 Mio. USD danach.",
        ),
        (
            "fr",
            "Le contrat vaut USD 12 millions et l'option 3 millions USD.",
            "Le contrat vaut 12 millions\u00a0USD et l'option 3 millions USD.",
        ),
        (
            "pl",
            "Kontrakt o wartości PLN 120 mln oraz 50 mln PLN.",
            "Kontrakt o wartości 120 mln\u00a0PLN oraz 50 mln PLN.",
        ),
    ],
)
def test_currency_code_before_the_amount(language, bad, fixed):
    assert _fixed(bad, "MT943", language) == fixed


def test_currency_code_first_throughout_is_doubtful():
    # German invoices write "EUR 5.000,00" as their own style: below the bar, never at it.
    found = _found("Die Rechnung über EUR 5.000,00 ist fällig.", "MT943", "de")
    assert [f.confidence for f in found] == [0.4]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It cost USD 5 million and EUR 3 million."),
        ("nl", "Het kost EUR 5 miljoen."),
        ("tr", "Fiyat USD 5 oldu."),
        ("de", "Die TOP 10 und ALL 5 Sachen; die NASA USD 5 Studie; CUP 3 ist ein Spiel."),
    ],
)
def test_currency_code_look_alikes_stay_quiet(language, text):
    assert _found(text, "MT943", language) == []
