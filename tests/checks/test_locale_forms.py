"""Locale forms (MT945–MT949, checks/localeforms.py): numbers, clock times, per-cent signs,
numeric dates and day ordinals in another locale's convention, in every tier-1 language;
invented sentences that must be found and fixed, and look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from helpers import among_all_findings, among_all_fixed
from mtlint.checks.retired import successor

_found = among_all_findings
_fixed = among_all_fixed


# An English-marked amount copied into each language, and how CLDR writes it there.
ENGLISH_MARKS = [
    ("de", "Die Miete beträgt 1,250.50 Euro im Monat.", "1.250,50"),
    ("fr", "Le loyer est de 1,250.50 euros par mois.", "1\u202f250,50"),
    ("es", "El alquiler es de 1,250.50 euros al mes.", "1.250,50"),
    ("it", "L'affitto è di 1,250.50 euro al mese.", "1.250,50"),
    ("pt", "O aluguel é de 1,250.50 reais por mês.", "1.250,50"),
    ("nl", "De huur is 1,250.50 euro per maand.", "1.250,50"),
    ("pl", "Czynsz wynosi 1,250.50 zł miesięcznie.", "1\u00a0250,50"),
    ("cs", "Nájem je 1,250.50 korun měsíčně.", "1\u00a0250,50"),
    ("ru", "Аренда составляет 1,250.50 рубля в месяц.", "1\u00a0250,50"),
    ("uk", "Оренда становить 1,250.50 гривні на місяць.", "1\u00a0250,50"),
    ("ro", "Chiria este de 1,250.50 lei pe lună.", "1.250,50"),
    ("sv", "Hyran är 1,250.50 kronor i månaden.", "1\u00a0250,50"),
    ("tr", "Kira ayda 1,250.50 lira.", "1.250,50"),
]


@pytest.mark.parametrize(("language", "text", "written"), ENGLISH_MARKS)
def test_english_marks_in_every_language_are_foreign_with_cldrs_form(language, text, written):
    assert _fixed(text, "MT945", language) == text.replace("1,250.50", written)


def test_two_groups_with_the_decimal_mark_are_foreign_and_a_single_group_is_never_judged():
    assert _fixed("Das Werk kostet 2,500,000 Euro.", "MT945", "de") == (
        "Das Werk kostet 2.500.000 Euro."
    )
    # English: MT206 (foreign-number-grouping) reads the same span; MT945 stands aside there
    assert _fixed("The works cost 2.500.000 euros.", "MT206", "en") == (
        "The works cost 2,500,000 euros."
    )
    assert not _found("The works cost 2.500.000 euros.", "MT945", "en")
    assert _fixed("The plant cost 1.234,50 euros.", "MT945", "en") == (
        "The plant cost 1,234.50 euros."
    )
    assert not _found("Das Werk kostet 1,250 Euro.", "MT945", "de")
    assert not _found("The works cost 1.250 euros.", "MT945", "en")


def test_numbers_that_are_not_amounts_stay_quiet():
    quiet = (
        ("de", "Abschnitt 1,234,567 regelt das."),
        ("en", "Call 555.123.4567 or ping 10.250.100.1 today."),
        ("en", "Released as v1.234,50 on the site."),
        ("de", "Preis\t1,250.50\t2,500.75\n"),
        ("fr", "Le projet coûte 1.250,50 euros."),  # a neighbour's grouping, readable
        ("en", "For a city of 760,000 and 1.428,000 around it."),  # garbled, not a locale
        ("de", "Siehe https://example.org/a/1,250.50/b für mehr."),
    )
    for language, text in quiet:
        assert not _found(text, "MT945", language), text


def test_the_documents_own_majority_lowers_a_house_style_below_the_bar():
    house = "Es kostet 1,250.50 Euro, dann 2,300.10 Euro und 3,100.20 Euro."
    assert all(f.confidence < 0.5 for f in _found(house, "MT945", "de"))
    mixed = "Es kostet 1.250,50 Euro, dann 2,300.10 Euro."
    assert [f.confidence for f in _found(mixed, "MT945", "de")] == [0.85]


CLOCKS = [
    ("de", "Das Treffen beginnt um 5:30 PM im Rathaus.", "17:30"),
    ("fr", "La réunion commence à 3:00 pm à la mairie.", "15:00"),
    ("it", "La riunione inizia alle 9:00 AM in comune.", "09:00"),
    ("pt", "A reunião começa às 8 PM na câmara.", "20:00"),
    ("nl", "De vergadering begint om 9:15 AM in het stadhuis.", "09:15"),
    ("pl", "Spotkanie zaczyna się o 7 PM w ratuszu.", "19:00"),
    ("cs", "Schůze začíná v 6:45 p.m. na radnici.", "18:45"),
    ("ru", "Встреча начнётся в 6:00 PM в мэрии.", "18:00"),
    ("uk", "Зустріч почнеться о 6:00 PM у мерії.", "18:00"),
    ("sv", "Mötet börjar 10:30 AM i stadshuset.", "10:30"),
    ("tr", "Toplantı saat 9:00 PM'de başlıyor.", "21:00"),
]


@pytest.mark.parametrize(("language", "text", "written"), CLOCKS)
def test_a_twelve_hour_time_in_a_24_hour_language(language, text, written):
    found = _found(text, "MT946", language)
    assert len(found) == 1
    edit = found[0].fixes[0].edits[0]
    assert edit.replacement == written


def test_clock_look_alikes_stay_quiet():
    quiet = (
        ("de", "Wir treffen uns um 7 am Montag."),  # "am" is a German word
        ("ro", "La 8 am plecat acasă."),  # and a Romanian one
        ("es", "La reunión empieza a las 4:15 p. m. en punto."),  # Spanish's own marker
        ("en", "The meeting starts at 5:30 PM."),  # a 12-hour locale
        ("de", "Das Spiel endete 3:1, um 15:30 Uhr."),
    )
    for language, text in quiet:
        assert not _found(text, "MT946", language), text


def test_the_bilingual_clock_rule_is_folded_into_mt946():
    assert successor("MT952") == "MT946"


def test_percent_sign_side_both_ways():
    assert _fixed("Prices rose by %40 last year.", "MT947", "en") == (
        "Prices rose by 40% last year."
    )
    assert _fixed("Die Preise stiegen um %40.", "MT947", "de") == "Die Preise stiegen um 40\u00a0%."
    assert _fixed("Fiyatlar %30 ve sonra 40% arttı.", "MT947", "tr") == (
        "Fiyatlar %30 ve sonra %40 arttı."
    )
    for language, text in (
        ("en", "Copied %1 of %2 files, 40% done."),  # placeholders: a UI string
        ("en", "Open a%20b and 40% of c."),  # a URL escape
        ("fr", "Les prix ont augmenté de 40 %."),
        ("tr", "Fiyatlar %40 arttı."),
    ):
        assert not _found(text, "MT947", language), text


def test_a_month_first_date_where_the_day_comes_first():
    assert _fixed("Der Zug fährt am 12/25/2023 ab.", "MT948", "de") == (
        "Der Zug fährt am 25.12.2023 ab."
    )
    assert _fixed("Le train part le 12/25/2023.", "MT948", "fr") == "Le train part le 25/12/2023."
    assert _fixed("Tåget går 12/25/2023.", "MT948", "sv") == "Tåget går 2023-12-25."
    assert _fixed("Pociąg odjeżdża 3/25/2023.", "MT948", "pl") == "Pociąg odjeżdża 25.03.2023."
    for language, text in (
        ("de", "Der Zug fährt am 05/06/2023 ab."),  # either order
        ("de", "Der Zug fährt am 25.12.2023 ab."),
        ("en", "The train leaves on 12/25/2023."),
    ):
        assert not _found(text, "MT948", language), text


def test_an_english_day_ordinal_beside_a_month_name():
    assert _fixed("Am 3rd Mai wurde gewählt.", "MT949", "de") == "Am 3. Mai wurde gewählt."
    assert _fixed("Le 1st janvier, la loi change.", "MT949", "fr") == (
        "Le 1 janvier, la loi change."
    )
    assert _fixed("El 2nd de mayo hubo elecciones.", "MT949", "es") == (
        "El 2 de mayo hubo elecciones."
    )
    assert _fixed("Выборы прошли 3rd мая.", "MT949", "ru") == "Выборы прошли 3 мая."
    for language, text in (
        ("en", "On 3rd May the vote was held."),
        ("de", "Der 4th Floor ist im Mai offen."),  # no month beside it
        ("fr", "Events run between December 1st and 24th."),  # an untranslated English line
        ("it", "It runs from 1st-24th December, come back then!"),
        ("it", "Il 3 maggio si è votato."),
    ):
        assert not _found(text, "MT949", language), text


def test_the_foreign_ordinals_are_a_table_and_a_language_skips_its_own(monkeypatch):
    from mtlint.checks import localeforms

    table = localeforms._data()
    assert table["foreign_ordinals"]["en"]["suffixes"] == ["st", "nd", "rd", "th"]
    french = {"why": "carries a French ordinal suffix", "suffixes": ["er", "e"]}
    patched = {**table, "foreign_ordinals": {**table["foreign_ordinals"], "fr": french}}
    monkeypatch.setattr(localeforms, "_data", lambda: patched)
    localeforms._foreign_ordinals.cache_clear()
    try:
        found = localeforms.ordinal_verdicts("Am 1er janvier wurde gewählt.", "de")
        assert [(v.written, v.fixed, v.why) for v in found] == [
            ("1er", "1.", "carries a French ordinal suffix")
        ]
        assert localeforms.ordinal_verdicts("Le 1er janvier, la loi change.", "fr") == []
    finally:
        localeforms._foreign_ordinals.cache_clear()


def test_a_dotted_time_among_the_texts_colon_times():
    text = "Breakfast runs from 06:00 till 10:00. Check-out is at 12:00; from 00.00 a day is paid."
    assert _fixed(text, "MT946", "en") == text.replace("00.00", "00:00")
    italian = "Colazione dalle 07:00 alle 10:00, partenza alle 11:00 e cena dalle 19.30 in poi."
    assert _fixed(italian, "MT946", "it") == italian.replace("19.30", "19:30")
    # German writes "19.30" too: a mix is only doubtful there, and with its "Uhr" quiet
    german = "Frühstück um 07:00 und 10:00 Uhr, Abendessen ab 19.30."
    assert [f.confidence for f in _found(german, "MT946", "de")] == [0.45]
    assert not _found(german.replace("19.30.", "19.30 Uhr."), "MT946", "de")
    assert not _found("Züge um 08:15 und 09:45, Treffen um 10.30 Uhr.", "MT946", "de")


def test_clock_words_are_the_languages_own():
    # German "am" is "at the", no clock word; English "am" is one
    german = "Züge fahren um 08:15 und 09:45, danach 10.30 am Bahnhof."
    assert not _found(german, "MT946", "de")
    english = "Trains run at 08:15 and 09:45, then 10.30 am at the station."
    assert _fixed(english, "MT946", "en") == english.replace("10.30", "10:30")


def test_dotted_times_without_colon_times_or_as_amounts_stay_quiet():
    for language, text in (
        ("en", "Rooms are ready between 17 and 22.30 and must be vacated by 11.00."),
        ("en", "Doors at 12:00 and 13:00; tickets from 10.50 euros, rates from 3.25 to 3.50."),
        ("da", "Mødet er kl. 10:00 og 12:00, frokost kl. 12.30."),  # Danish writes a dot
    ):
        assert not _found(text, "MT946", language), text


def test_a_central_european_whole_amount_dash():
    assert _fixed("Smoking is fined 1.000,- CZK here.", "MT945", "en") == (
        "Smoking is fined 1,000 CZK here."
    )
    assert not _found("Kouření se pokutuje 1.000,- Kč.", "MT945", "cs")
    assert not _found("Pages 10-12 and 1,000 words.", "MT945", "en")
    assert not _found("  iskeyword=@,48-57,192-255,- ~", "MT945", "en")  # code: a range


def test_a_point_decimal_before_a_unit_sign_or_magnitude_in_a_comma_language():
    assert _fixed("Zakład produkuje 3.5 mln ton.", "MT945", "pl") == "Zakład produkuje 3,5 mln ton."
    assert _fixed("Завод выпустил 2.7 млн тонн.", "MT945", "ru") == "Завод выпустил 2,7 млн тонн."
    assert _fixed("Der Index fiel um -0.79 %.", "MT945", "de") == "Der Index fiel um -0,79 %."
    assert _fixed("Il pèse 3.5 kg.", "MT945", "fr") == "Il pèse 3,5 kg."
    # the document's own convention: a two-decimal price beside a quantity is read alike
    text = "Bugün kurs 3.38 lira, endeks % −0.59 düştü."
    found = _found(text, "MT945", "tr")
    assert [(f.span.start, f.confidence) for f in found] == [
        (text.index("3.38"), 0.55),
        (text.index("0.59"), 0.7),
    ]


def test_point_decimals_that_are_native_or_not_quantities_stay_quiet():
    for language, text in (
        ("es", "El 93.34 % eran blancos y 7.12 km² es tierra."),  # Latin-American press
        ("de", "Android 4.4 läuft, Abschnitt 3.2 gilt, am Dienstag (14.3.) kam er."),
        ("pl", "Przylot o godz. 17.15 do Frankfurtu."),
        ("hr", "Završio je s 2:08.90 ispred ostalih."),
        ("de", "Der Kurs lag bei 3,5 % und 2.7 Punkten."),  # both marks: MT955's finding
        ("en", "It weighs 3.5 kg."),
    ):
        assert not _found(text, "MT945", language), text
