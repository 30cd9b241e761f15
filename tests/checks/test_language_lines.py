"""MT511–MT515: lines, calendar words, era marks, genitives and name parts of another language
(invented sentences that show each shape)."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def _found(code: str, text: str, language: str) -> list[tuple[str, list[str]]]:
    rule = rule_by_code(code)
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule])
    return [
        (
            text[f.start : f.end],
            [
                text[: e.start] + e.replacement + text[e.end :]
                for fix in f.fixes
                for e in fix.edits[:1]
            ],
        )
        for f in result.findings
    ]


def test_a_foreign_line_is_found_on_the_first_line_too() -> None:
    found = _found("MT511", "Descargar en PDF\nPrices rose sharply in March.", "en")
    assert [span for span, _ in found] == ["Descargar en PDF"]


def test_a_label_before_text_of_the_own_language_is_the_finding() -> None:
    found = _found("MT511", "The club won.\nSonraki Cevap: When was it founded?", "en")
    assert [span for span, _ in found] == ["Sonraki Cevap"]


def test_a_whole_foreign_sentence_on_its_line_is_left_to_mt502() -> None:
    text = "Le squadre hanno domato il fuoco alle 23:35.\nLe feu a été maîtrisé."
    assert _found("MT511", text, "fr") == []


def test_a_month_gets_the_language_s_own_name() -> None:
    found = _found("MT512", "Lo faremo entro il prossimo January, ha detto.", "it")
    assert found[0][0] == "January"
    assert "entro il prossimo gennaio," in found[0][1][0]


def test_an_era_mark_gets_the_language_s_own_mark() -> None:
    found = _found("MT513", "La ville fut fondée en 44 BC par les Romains.", "fr")
    assert found[0][1] == ["La ville fut fondée en 44 av. J.-C. par les Romains."]


def test_a_doubled_genitive_loses_its_s() -> None:
    found = _found("MT514", "Il discorso di Biden's è stato trasmesso.", "it")
    assert found[0][1] == ["Il discorso di Biden è stato trasmesso."]


def test_a_brand_with_s_is_no_genitive() -> None:
    assert _found("MT514", "Hanno aperto un McDonald's vicino a McDonald.", "it") == []


def test_a_classifier_needs_the_name_alone_elsewhere() -> None:
    assert _found("MT515", "Il Wu Kingdom cadde nel 280.", "it") == []
    found = _found("MT515", "Il Wu Kingdom cadde nel 280. Il regno di Wu era vasto.", "it")
    assert [span for span, _ in found] == ["Wu Kingdom"]


# Review h11untr items 1–7 (invented sentences of the reviewer's shapes).


def test_an_era_abbreviation_of_the_language_itself_is_no_era_mark() -> None:
    # "CE" the constitution after an article, "AD"/"CE" opening a club's name, "AD" a manager.
    assert _found("MT513", "Según el artículo 14 CE, todos son iguales ante la ley.", "es") == []
    assert _found("MT513", "El juez citó el art. 9 CE y el art. 103 CE ayer.", "es") == []
    assert _found("MT513", "El Real Oviedo 2 AD Alcorcón 1 en el Tartiere.", "es") == []
    assert _found("MT513", "El Girona 1 CE Sabadell 0 al final del partit.", "ca") == []
    assert _found("MT513", "Bianchi è diventato nel 2019 AD e direttore del gruppo.", "it") == []


def test_an_ambiguous_era_mark_needs_a_year_in_a_year_s_context() -> None:
    found = _found("MT513", "El puente se construyó en 312 CE sobre el río.", "es")
    assert [span for span, _ in found] == ["CE"]
    # Without a word of time "CE" stays quiet, unless the text also writes BC.
    assert _found("MT513", "Quedaron 312 CE sobre la mesa.", "es") == []
    found = _found("MT513", "El imperio duró del 27 BC al 476 AD en occidente.", "es")
    assert [span for span, _ in found] == ["BC", "AD"]


def test_a_surname_that_is_a_foreign_weekday_is_no_date() -> None:
    assert _found("MT512", "Ha cantato il tenore Domingo all'Arena ieri sera.", "it") == []
    assert _found("MT512", "Leí la novela de Sabato durante el verano.", "es") == []
    assert _found("MT512", "O novo álbum de Sabato saiu ontem.", "pt") == []
    assert _found("MT512", "Il concerto della cantante Avril è stato rinviato.", "it") == []
    assert _found("MT512", "El presidente de March, Juan March, habló ayer.", "es") == []


def test_a_name_written_in_full_elsewhere_is_no_date() -> None:
    text = "Ernesto Sabato escribió mucho. Lo leeremos en Sabato, dijo."
    assert _found("MT512", text, "es") == []
    found = _found("MT512", "Lo leeremos en Sabato, dijo el profesor.", "es")
    assert [span for span, _ in found] == ["Sabato"]


def test_classifier_counts_are_taken_once_per_document() -> None:
    # Quadratic before: text.count() for every span of the classifier word (2.8 MB took 15 s
    # on the reviewer's machine). Each name and pair is counted once per document, into the
    # dict the check passes to every span: a count already there is used, not taken again.
    para = "Il battello ha risalito lo Hudson River e il fiume Hudson era calmo. "
    rule = rule_by_code("MT515")
    start = para.index("River")
    end = start + len("River")
    args = (para, start, end, "River", False, "it")
    counts: dict[str, int] = {}
    assert rule._pair(*args, counts, frozenset()) is not None
    assert counts == {"Hudson": 2, "Hudson River": 1}
    # Counts that say the name never stands alone silence the pair: they were not re-taken.
    assert rule._pair(*args, {"Hudson": 1, "Hudson River": 1}, frozenset()) is None
    filler = "Il consiglio si è riunito lunedì e ha letto la relazione a tutti. " * 20
    document = Document(text=(para + filler) * 200, language="it")
    result = check_document(document, Config(), rules=[rule_by_code("MT515")])
    assert len(result.findings) == 200


def test_an_english_club_beside_a_word_of_sport_is_kept() -> None:
    assert _found("MT515", "Il Derby County gioca in casa allo stadio di Derby.", "it") == []


def test_a_catalan_clitic_after_a_vowel_is_no_genitive() -> None:
    assert _found("MT514", "Renti's les mans abans de dinar. Renti bé la fruita.", "ca") == []
    assert _found("MT514", "Assegui's, si us plau. Assegui aquí el nen.", "ca") == []
    found = _found("MT514", "El discurs de Biden's va ser llarg.", "ca")
    assert [span for span, _ in found] == ["Biden's"]


def test_an_english_loan_line_in_german_is_kept() -> None:
    assert _found("MT511", "Unser neues Produkt.\nComing soon\nWir freuen uns.", "de") == []
    found = _found("MT511", "Unser neues Produkt.\nDescargar en PDF\nWir freuen uns.", "de")
    assert [span for span, _ in found] == ["Descargar en PDF"]
