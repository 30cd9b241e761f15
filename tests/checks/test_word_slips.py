"""MT980's wider reach (a letter lost from an ending no word has; the web's accentless source
spellings) and MT987–MT993, typing and template slips and real-word slips read from their slot
(checks/slips.py, checks/slots.py). Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.foreignwords import written_source_zipf
from mtlint.checks.spelling import lost_ending_letter


def found(text: str, code: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement if f.fixes else "")
        for f in check_text(text, language=language).findings
        if f.code == code
    ]


def test_a_letter_lost_from_an_ending_no_word_has_is_put_back():
    assert lost_ending_letter("установкаи", "ru", 2) == {"установками"}
    # An ending frequent words have is an inflection: nothing is asked.
    assert lost_ending_letter("установки", "ru", 2) == set()
    # Where endings do not inflect (English), the ordinary search covers the ending.
    assert lost_ending_letter("summarie", "en", 0) == set()
    text = "Рабочие управляют новыми установкаи на заводе."
    assert found(text, "MT980", "ru") == [("установкаи", "установками")]


def test_an_accentless_source_spelling_is_no_source_word():
    # French writes "accès"; "acces" is the web's spelling of it without its accent.
    assert written_source_zipf("acces", "fr") == 0.0
    assert written_source_zipf("banque", "fr") > 2.0
    text = "The village has good acces to drinking water and roads."
    assert found(text, "MT980") == [("acces", "access")]


@pytest.mark.parametrize(
    ("text", "language", "slip", "fix"),
    [
        ("O preço varia. DDepende da estação.", "pt", "DDepende", "Depende"),
        ("Есть правила. ЭРассмотрим их подробно.", "ru", "ЭРассмотрим", "Рассмотрим"),
    ],
)
def test_a_doubled_or_stray_capital_is_dropped(text, language, slip, fix):
    assert found(text, "MT987", language) == [(slip, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "WHat did the minister say?",  # the shift key held: MT319's
        "ANew plan was read out.",  # a letter that is a word: glue
        "The XYZ company sold TVs and PCs.",  # acronyms
        "The officer was ssigned to the town.",  # "assigned" lost its first letter
        "Consumer groups pposed the purchase.",  # "opposed", not "posed"
        "Use pprint to print nested dictionaries, as the docs show.",  # identifiers
        "Call ssetup only once; the tool mmap maps files into memory.",
        "The library has limited XInclude support and no XPointer.",
        "Wrap the shared counter in an RLock; it derives from QObject.",
        "The optimisers are Adam and RAdam.",
    ],
)
def test_capitals_that_are_no_stray_letter_stay_quiet(text):
    assert found(text, "MT987") == []
    assert found("La bibliothèque gère XInclude et la fonction pprint.", "MT987", "fr") == []


def test_an_accent_typed_apart_is_joined_to_its_letter():
    text = "Pagamos com Carto~es de débito."
    assert found(text, "MT988", "pt") == [("Carto~es", "Cartões")]
    assert found("Set x^2 and y~z in the formula.", "MT988") == []


def test_a_particle_inflected_after_its_head():
    text = "The dean put forwarded a plan; the clerk forwarded it."
    assert found(text, "MT989") == [("forwarded", "forward")]
    assert found("He said they put forwarded that we should learn.", "MT989") == [
        ("forwarded", "forward")
    ]
    fixes = [f.fixes[0].applicability for f in check_text(text).findings if f.code == "MT989"]
    assert [str(applicability) for applicability in fixes] == ["unsafe"]


@pytest.mark.parametrize(
    "text",
    [
        "Move forwarded messages to a separate folder.",
        "You can set forwarded calls to ring on your mobile.",
        "Bring forwarded invoices to the accounts desk on Monday.",
        "Look forwarded emails up in the archive before replying.",
    ],
)
def test_a_participle_before_its_noun_stays_quiet(text):
    assert found(text, "MT989") == []


def test_a_count_chooses_the_template_form():
    assert found("I piccoli sotto i 2 anno/i pagano.", "MT990", "it") == [("anno/i", "anni")]
    assert found("Bambini di 1 anno/i pagano.", "MT990", "it") == [("anno/i", "anno")]
    assert found("Gratis sotto i 3 anno/i.", "MT990", "it") == [("anno/i", "anni")]
    assert found("Vedi 3 anno/i.html", "MT990", "it") == []
    assert found("Caro/a cliente, 2 bambino/a.", "MT990", "it") == []  # gender, no count's
    assert found("He drove at 50 km/h.", "MT990") == []
    # A plural "s" after a count is a rate per second, never a template's.
    assert found("The API accepts 500 request/s and 2000 token/s.", "MT990") == []
    assert found("The pump moves 10 liter/s; the fan turns at 50 rev/s.", "MT990") == []
    assert found("La bomba mueve 10 litro/s y el motor 3000 vuelta/s.", "MT990", "es") == []
    assert found("Het kost 5 euro/s per seconde.", "MT990", "nl") == []


def test_an_adverb_for_the_adjective_after_an_article():
    assert found("He gave a systematically summary of the work.", "MT991") == [
        ("systematically", "systematic")
    ]
    assert found("He gave a highly successful talk on the work.", "MT991") == []
    assert found("It was a carefully planned visit.", "MT991") == []


def test_a_function_word_short_of_a_letter_before_a_determiner():
    assert found("We waited fr an hour at the gate.", "MT992") == [("fr", "for")]
    assert found("He worked 5 hr a day.", "MT992") == []
    assert found("The site ends in .fr a day later.", "MT992") == []


def test_a_phrase_word_one_letter_off():
    assert found("The Prime Minster arrived.", "MT993") == [("Minster", "Minister")]
    assert found("She met the Foreign Minister at York Minster.", "MT993") == []
    assert found("The Vice Chairmen met.", "MT993") == []  # an inflection
