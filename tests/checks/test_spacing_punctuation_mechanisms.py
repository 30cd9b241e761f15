"""The mechanisms of issues 11 and 12 in the spacing, punctuation and repetition families:
each fires on its shape (with the fix it should offer) and stays quiet on its look-alikes,
in English and in the tier-1 languages; the large-text path of MT403 finds what the scan finds."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code
from mtlint.checks.repeats import MIN_LENGTH


def findings(text: str, code: str, language: str = "en") -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return list(result.findings)


def fixed(text: str, code: str, language: str = "en") -> str:
    (finding,) = findings(text, code, language)
    return apply_edits(text, finding.fixes[0].edits)


# Glued words in the tier-1 languages: wordfreq and the glue-word tables, no language branch.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "la Slovénie, la Bulgarie, la Grèceet l’Italie.", "Grèce et"),
        ("es", "Jimmy Carterfrente a Ronald Reagan en las elecciones.", "Carter frente"),
        ("it", "La Morgan Stanleyha precisato che l'operazione era chiusa.", "Stanley ha"),
        ("pt", "O presidente Emmanuel Macronpara a reunião de Paris.", "Macron para"),
        ("pl", "Sąd w Gandawieogłosił też upadłość trzech firm.", "Gandawie ogłosił"),
        ("cs", "Obránce Filip Novákpomohl gólem v posledním kole.", "Novák pomohl"),
        ("ru", "Глава Дагестана Владимир Васильевпровел встречу с чемпионом.", "Васильев провел"),
        ("de", "Ein Freiwilliger für die Diözese Nantesund war am Vorabend dort.", "Nantes und"),
    ],
)
def test_glued_word_in_tier_one_languages(language, text, expected):
    assert expected in fixed(text, "MT101", language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # German, Dutch and Swedish compounds are words, not glue.
        ("de", "Diese Computercodes und die Standarddiagnostik der Relativitätsgruppe."),
        ("de", "Die Schwärmerin verbreitet den Pollen im Weltraumurlaub."),
        ("nl", "De ziekenhuisopname en de verkiezingscampagne van de regering."),
        ("sv", "Regeringens presskonferens om sjukvårdspersonalen."),
        ("ru", "протесты были вызваны непроведением выборов."),
        ("es", "cuyas deudas intercompañías avaló el Instituto."),
    ],
)
def test_compounds_and_prefixes_stay_quiet(language, text):
    assert findings(text, "MT101", language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Benjamin Netanyahuon Sunday said so.", "Netanyahu on Sunday"),
        ("Chancellor Olaf Scholzon Monday met them.", "Scholz on Monday"),
        ("Alexander van der Bellenhas visited Vienna.", "Bellen has"),
        ("President Ursulavon der Leyen arrived.", "Ursula von der"),
        ("the importance ofdeveloping cooperation", "of developing"),
        ("cooperation between thetwo countries", "the two"),
        ("the development of strategicpartnership between them", "strategic partnership"),
    ],
)
def test_english_glued_word_shapes(text, expected):
    assert expected in fixed(text, "MT101")


def test_english_lower_case_look_alikes_stay_quiet():
    text = (
        "A fly with a long mouthpart; employee breakrooms; superprofits; the planemaker. "
        "The Sullivan and Bogden families; Camden and Holden; Orlando, Fernando, Ricardo."
    )
    assert findings(text, "MT101") == []


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("MT107", "a total of2,400 people", "a total of 2,400 people"),
        ("MT107", "on March 3after the vote", "on March 3 after the vote"),
        ("MT108", "The UN met. Then the UNGuterres office spoke.", "UN Guterres"),
        ("MT116", "a post by the ForeignMinistry of Peru", "Foreign Ministry"),
        ("MT102", "coach Reynaldo RuedaThe winner", "Rueda The"),
        ("MT109", "The daily Al- Ahram said", "Al-Ahram"),
        ("MT109", "An F -16 crashed", "F-16"),
        ("MT109", "the mid- term vote", "mid-term"),
        ("MT110", "“We will win ”added the minister.", "win” added"),
        ("MT110", "the residents ’homes burned", "residents’ homes"),
        ("MT110", "“A statement ”, she said.", "statement”, she"),
        ("MT104", "They finished the plan .It was late.", "plan. It was"),
        ("MT202", "They finished. , then left.", "finished, then"),
        ("MT202", "Prices..Rising fast", "Prices. Rising"),
        ("MT202", "The children .. will stay.", "children will"),
        ("MT201", "A visit to… North Korea was planned.", "to North Korea"),
        ("MT403", "They fired shells and shells at the town.", "fired shells at"),
        ("MT403", "He called it fake news and fake news again.", "fake news again"),
    ],
)
def test_english_mechanisms_fire_with_their_fix(code, text, expected):
    assert expected in fixed(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("MT107", "A 5km run at 10am on the 3rd; mp3, G7, covid19, the 1980s and 20mg."),
        ("MT108", "JPMorgan and PayPal; the UN and NATO met."),
        ("MT109", "Pre- and post-war; 19th- and 20th-century; it fell to -16 degrees."),
        ("MT110", "In the ’90s, rock ’n’ roll; “yes,” he said, ‘fine’."),
        ("MT106", "The talks ended.  Both sides left."),
        ("MT401", "“We will go and And we will win,” he said."),
        ("MT403", "Again and again, more and more, bigger and bigger, day and night."),
        ("MT403", "Johnson and Johnson; very, very good; ding, ding, ding."),
        ("MT202", "See ../docs, etc., std::vector and 1..10."),
    ],
)
def test_english_look_alikes_stay_quiet(code, text):
    assert findings(text, code) == []


# Each language's own typography is correct.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il a dit : « oui » ; puis « non » ! Pourquoi ? L'homme d'État."),
        ("de", "Er sagte „ja“ und »nein« dazu; 8 % mehr."),
        ("ru", "Он сказал: «да» и „нет“."),
        ("es", "¿Por qué? ¡Qué bien! Subió un 8 %."),
        ("pl", "Powiedział „tak” i „nie“."),
        ("zh", "我们去了北京，上海和广州。"),
        ("ja", "東京都は「新しい政策」を発表した。"),
        ("ar", "قال الوزير، إن الخطة جاهزة؟"),
    ],
)
def test_native_typography_is_quiet(language, text):
    for code in ("MT104", "MT110", "MT111", "MT203", "MT205"):
        assert findings(text, code, language) == [], code


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "He said «yes» to it.", "“yes”"),
        ("en", "Projects in Azerbaijan`s liberated lands and Mexico''s border.", "Azerbaijan’s"),
        ("en", "Projects in Azerbaijan`s liberated lands and Mexico''s border.", "Mexico’s"),
        ("de", "Er sagte «ja» dazu.", "„ja“"),
        ("de", "Er sagte: “Wir arbeiten zusammen.”", "„Wir arbeiten zusammen.“"),
        ("de", '„Wir arbeiten gut zusammen", sagte er.', "zusammen“, sagte"),
        ("fr", 'Il a dit « oui » puis "non".', "« non »"),
        ("zh", "我们去了北京,上海。", "北京，上海"),
        ("ja", "東京,大阪に行った。", "東京、大阪"),
        ("ar", "قال الوزير، إن الخطة, جاهزة.", "الخطة، جاهزة"),
    ],
)
def test_foreign_punctuation_by_target_language(language, text, expected):
    edits = [
        edit for finding in findings(text, "MT205", language) for edit in finding.fixes[0].edits
    ]
    assert expected in apply_edits(text, edits)


def test_cjk_space_and_french_elision():
    assert fixed("中国 政府宣布了。", "MT111", "zh") == "中国政府宣布了。"
    assert fixed("Il a vu l' homme.", "MT104", "fr") == "Il a vu l'homme."
    assert findings("ne serait-ce qu'« une seule »", "MT104", "fr") == []


def test_doubled_arabic_word():
    assert findings("ذهب الوزير إلى إلى القاهرة.", "MT401", "ar")


def test_doublets_on_a_large_text_match_the_scan():
    """Above MIN_LENGTH, MT403 tries its patterns only where the numpy screen says a doublet
    may start: the findings must be those of the small-text scan, line by line."""
    lines = [
        "They fired shells and shells at the town.",
        "It was fake news and fake news again, he said.",
        "Clubs closed: nightclubs, nightclubs, canteens and casinos.",
        "Prices rose again and again and more and more.",
        "The quick brown fox jumps over the lazy dog.",
    ]
    text = "\n".join(lines * (MIN_LENGTH // 200 + 1))
    assert len(text) > MIN_LENGTH
    big = [(f.start, f.end) for f in findings(text, "MT403")]
    small = []
    offset = 0
    for line in text.split("\n"):
        small += [(f.start + offset, f.end + offset) for f in findings(line, "MT403")]
        offset += len(line) + 1
    assert big == small and len(big) == 3 * (MIN_LENGTH // 200 + 1)
