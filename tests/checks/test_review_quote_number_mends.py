"""The reviewer's reproductions for MT147, MT150, MT234 (quotes and punctuation) and MT960
(numbers), in invented sentences of the same shape: each failed before its mend."""

from __future__ import annotations

from helpers import code_findings as _findings
from helpers import code_fixed as _fixed
from mtlint.checks.model import Applicability

# --- MT147: function notation and bracketed word endings; the fix is unsafe -------------------


def test_bracket_glued_leaves_function_notation() -> None:
    for text in (
        "The error grows like sin(x + y) near the edge.",
        "Sorting costs nlog(n log n) steps in the worst case here.",
        "The signal decays as exp(-a t) over the whole range.",
        "The wave is cos(2 pi f t) in the lab notes.",
        "We take max(a b) for every pair of values.",
    ):
        assert not _findings(text, "MT147"), text


def test_bracket_glued_leaves_a_bracketed_word_ending() -> None:
    assert not _findings("Die Studierenden(innen und außen) kamen.", "MT147", "de")
    # The ending belongs to German: a German phrase that is no ending still fires.
    assert _findings("Der Bürgermeister(Chef der Stadt) sagte nein.", "MT147", "de")


def test_bracket_glued_still_finds_phrases_and_offers_an_unsafe_fix() -> None:
    text = "The mayor Smith(head of the council)said no."
    found = _findings(text, "MT147")
    assert [f.fixes[0].applicability for f in found] == [Applicability.UNSAFE]
    assert _fixed(text, "MT147") == "The mayor Smith (head of the council) said no."
    assert _fixed("He left(for a long while)yesterday.", "MT147") == (
        "He left (for a long while) yesterday."
    )


def test_bracket_glued_reads_each_bracket_with_string_operations() -> None:
    # Glued on one side only, on the other, nested and across a line: what the regex found.
    assert _fixed("The report (written over three long years)said so.", "MT147") == (
        "The report (written over three long years) said so."
    )
    assert _fixed("The report(written over three long years) said so.", "MT147") == (
        "The report (written over three long years) said so."
    )
    assert not _findings("The report(written (over) years) said so.", "MT147")
    assert not _findings("The report(written over\nthree years) said so.", "MT147")
    assert not _findings("The report(" + "word " * 100 + ") said so.", "MT147")


# --- MT150: dialogue opened by a dash; the sentence never starts before its line ---------------


def test_inverted_speech_leaves_dash_dialogue() -> None:
    ru = "Министр вошёл в зал и сел.\n— Мы готовы к переговорам с нашими партнёрами, — сказал он."
    assert not _findings(ru, "MT150", "ru")
    fr = "Le ministre est entré.\n— Nous sommes prêts à négocier avec nos partenaires, a-t-il dit."
    assert not _findings(fr, "MT150", "fr")
    single = "— Мы готовы к переговорам с партнёрами, — сказал министр."
    assert not _findings(single, "MT150", "ru")


def test_inverted_speech_starts_at_its_line() -> None:
    text = "Министр вошёл в зал и сел.\nМы готовы к переговорам с нашими партнёрами, — сказал он."
    found = _findings(text, "MT150", "ru")
    assert [f.start for f in found] == [text.index("Мы")]
    assert _fixed(text, "MT150", "ru").startswith("Министр вошёл в зал и сел.\n«Мы готовы")


# --- MT234: an abbreviation's full stop ends no Spanish sentence ------------------------------


def test_inverted_mark_skips_abbreviation_stops() -> None:
    assert not _findings(
        "¿Qué pasará? Nadie lo sabe. ¿Hablaste con el Dr. Luis Gómez? Sí.", "MT234", "es"
    )
    assert not _findings("¿Qué pasará? Nadie lo sabe. ¿Vive ahora en EE. UU.? No.", "MT234", "es")
    assert not _findings("¿Qué pasará? Ya veremos. ¿Viste a la Sra. Ruiz ayer? No.", "MT234", "es")
    # A real full stop after a long word still closes the question.
    assert _fixed("¿Qué pasará ahora. Nadie lo sabe.", "MT234", "es") == (
        "¿Qué pasará ahora? Nadie lo sabe."
    )


# --- MT960: weights in stones are no ordinals; a wrong "st" gets an unsafe fix -----------------


def test_ordinal_suffix_leaves_weights_in_stones() -> None:
    assert not _findings("He weighed 11st 4lb when he joined the club in May.", "MT960")
    assert not _findings("She lost weight and went from 13st to 10st in a year.", "MT960")
    assert not _findings("By spring he was down from 14st to 11st again.", "MT960")


def test_ordinal_suffix_still_finds_ordinals() -> None:
    found = _findings("Our 22th year and 11st place.", "MT960")
    assert {f.fixes[0].applicability for f in found} == {Applicability.SAFE, Applicability.UNSAFE}
    assert _fixed("He came 11st in the race.", "MT960") == "He came 11th in the race."
    assert _fixed("It closed on the 3th of May.", "MT960") == "It closed on the 3rd of May."


# --- Should-fixes: MT234 quoted titles, MT229/MT203 inch marks, MT235 fronted places, ----------
# --- MT233 abbreviations, MT959 citations, MT955 regions ---------------------------------------


def test_inverted_mark_leaves_a_quoted_title() -> None:
    text = (
        "¿Qué pasará? Nadie lo sabe. Anoche sonó en la radio la canción “Who Cares?” de un grupo."
    )
    assert not _findings(text, "MT234", "es")
    assert _findings("¿Qué pasará? Nadie lo sabe. Qué dirá el ministro? Tampoco.", "MT234", "es")


def test_quote_pairs_leave_inch_marks_after_digits() -> None:
    it = "«Ho comprato un televisore da 55” ieri», ha detto Marco. Poi ha citato “Il Sole”."
    assert not _findings(it, "MT229", "it")
    assert not _findings(it, "MT203", "it")
    assert not _findings("Он сказал «мы купили экран 27” вчера», а я ответил «нет».", "MT203", "ru")
    # A quotation that really ends after a number with the wrong mark is still reported.
    assert _findings("Il ministro ha detto «siamo pronti dal 2020” ai giornalisti.", "MT229", "it")
    assert not _findings("He said “the score was 3–2” and left, a 5” screen.", "MT203")


def test_name_subject_comma_leaves_a_fronted_place() -> None:
    assert not _findings(
        "La settimana scorsa a Milano, è stato presentato il modello.", "MT235", "it"
    )
    assert not _findings("Le mois dernier à Bruxelles, ont été signés les accords.", "MT235", "fr")
    assert not _findings("La semaine dernière à Lyon, a été inauguré le musée.", "MT235", "fr")
    assert not _findings("La semana pasada en Madrid, fue presentado el modelo.", "MT235", "es")
    assert _fixed(
        "Le Premier ministre Jean Dupont, a souligné que tout va bien.", "MT235", "fr"
    ) == ("Le Premier ministre Jean Dupont a souligné que tout va bien.")


def test_stop_around_bracket_needs_a_sentence_inside() -> None:
    assert not _findings("He was born in Fresno (Calif.). Later he moved.", "MT233")
    assert not _findings(
        "Er kam (s. Abb.). Dann ging er. Er wohnt in Berlin (Bln.).", "MT233", "de"
    )
    assert not _findings("È nato a Roma (prov.). Poi partì.", "MT233", "it")
    assert _findings("Ha parlato a lungo (circa due ore.). Poi è partito.", "MT233", "it")
    assert _findings("He spoke for long (about two hours.). Then he left.", "MT233")


def test_bracketed_count_leaves_citations() -> None:
    text = "Earlier reports (14) suggest a strong effect, while newer cohorts (22) show none."
    assert not _findings(text, "MT959")
    assert not _findings("Insulin resistance (7) predicts diabetes in adults.", "MT959")
    assert _fixed("Police arrested (16) citizens overnight.", "MT959") == (
        "Police arrested 16 citizens overnight."
    )


def test_decimal_point_names_the_region_it_assumes() -> None:
    text = "La empresa facturó 1.6 millones de dólares el año pasado."
    assert not _findings(text, "MT955", "es-MX")
    [found] = _findings(text, "MT955", "es")
    assert "es-419" in found.message and "es-ES" in found.message
    [found] = _findings("Le contrat valait 1.6 millions de dollars.", "MT955", "fr")
    assert "region" not in found.message


def test_split_decimal_leaves_a_list_of_numbers() -> None:
    assert not _findings("Die Artikel 2 ,3 und 5 gelten weiter.", "MT957", "de")
    assert not _findings("Die Artikel 2 ,3, 5 gelten weiter.", "MT957", "de")
    assert _fixed("Die Inflation lag bei 6 ,8 Prozent und 3 weitere.", "MT957", "de") == (
        "Die Inflation lag bei 6,8 Prozent und 3 weitere."
    )
