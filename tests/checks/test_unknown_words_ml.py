"""MT998 unknown-word-ml: unknown words beyond English, read with a lexicon of inflected forms
(checks/lexicon.py, checks/unknown_words_ml.py, checks/rules/spelling_unknown_ml.py), and the
lexicon build (bench/build_lexicons.py). Invented sentences."""

from __future__ import annotations

import lzma
import subprocess
import sys
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.lexicon import Lexicon, has_lexicon, known_form, prefixed
from mtlint.checks.rules.spelling_unknown_ml import UnknownWordMultilingual
from mtlint.checks.unknown_words_ml import compound, known, read_word

ROOT = Path(__file__).resolve().parents[2]
LOW = Config(min_confidence=0.2)


def mt998(text: str, language: str) -> list[tuple[str, str, str]]:
    """MT998's findings alone (the precise glue rule, MT101, reports some of these first and the
    broad finding then yields to it: ``test_broad_finding_yields``)."""
    document = Document(text, language=language)
    result = check_document(document, LOW, rules=[UnknownWordMultilingual()])
    return [
        (text[f.start : f.end], dict(f.data)["reading"], f.fixes[0].edits[0].replacement)
        for f in result.findings
    ]


def _needs(language: str) -> None:
    if not has_lexicon(language):
        pytest.skip(f"no lexicon for {language}: run bench/build_lexicons.py {language}")


def test_lexicon_looks_words_up_by_binary_search() -> None:
    forms = Lexicon("\n".join(sorted(["abend", "haus", "häuser", "zug", "zügen"])).encode())
    assert forms.size == 5
    assert all(word in forms for word in ("abend", "haus", "häuser", "zug", "zügen"))
    assert not any(word in forms for word in ("aben", "hau", "zugen", "", "zz", "a"))
    assert Lexicon(b"").size == 0 and "haus" not in Lexicon(b"")


def test_a_prefix_before_a_known_form_is_known() -> None:
    forms = {"organizzassero"}
    assert prefixed("riorganizzassero", ("ri", "re"), forms, {})
    assert prefixed("ririorganizzassero", ("ri",), forms, {})  # a prefix on a prefixed form
    assert not prefixed("organizzassero", ("ri",), forms, {})
    assert not prefixed("rizza", ("ri",), {"zza"}, {})  # the rest is too short to count


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("fr", "accomplissaient"),  # a verb form wordfreq lacks
        ("de", "verschwiegenen"),
        ("es", "desalojaríamos"),
        ("ru", "выпускавших"),
        ("nl", "herbestemden"),
    ],
)
def test_inflected_forms_are_known(language: str, word: str) -> None:
    _needs(language)
    assert known_form(word, language)
    assert read_word(word, language) is None


@pytest.mark.parametrize(
    ("language", "word"),
    [("de", "hafenverwaltungsreform"), ("de", "bahnhofsvorplatz"), ("nl", "havenbestuurder")],
)
def test_compounds_of_known_words_are_known(language: str, word: str) -> None:
    _needs(language)
    assert compound(word, language)
    assert known(word, language)


def test_no_compounds_where_the_language_writes_none() -> None:
    _needs("fr")
    assert not compound("gouvernementministre", "fr")


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        (
            "es",
            "El gobierno presentó ayer el presupuesto delpartido en el Congreso.",
            [("delpartido", "glued-sure", "del partido")],
        ),
        (
            "de",
            "Die Regierung hat mitder Opposition lange verhandelt.",
            [("mitder", "glued-sure", "mit der")],
        ),
        (
            "fr",
            "Le ministre a rencontré les représentants dusyndicat hier matin.",
            [("dusyndicat", "glued-sure", "du syndicat")],
        ),
        (
            "it",
            "Il ministro ha incontrato ieri i rappresentanti delsindacato a Roma.",
            [("delsindacato", "glued-sure", "del sindacato")],
        ),
        (
            "ru",
            "Министр встретился с представителями профсоюзавчера утром.",
            [("профсоюзавчера", "glued", "профсоюза вчера")],
        ),
    ],
)
def test_glued_words_are_found(language: str, text: str, found: list) -> None:
    _needs(language)
    assert mt998(text, language) == found


def test_portuguese_is_served_with_its_lexicon() -> None:
    # resources/lexicon/pt.txt.xz (session 14, bench/build_lexicons.py pt): glue is read, and a
    # rare inflection the dictionary lists ("desenvolvêssemos") is no unknown word.
    assert "pt" in UnknownWordMultilingual.languages
    text = "O ministro encontrou ontem os representantes dosindicato em Lisboa."
    assert mt998(text, "pt") == [("dosindicato", "glued-sure", "do sindicato")]
    assert mt998("Se nós desenvolvêssemos o projeto, ganharíamos tempo.", "pt") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Inflected forms, compounds, prefixes, elisions, names, loans: all quiet.
        ("fr", "Les ministres accomplissaient leur mission sans relâche."),
        ("fr", "L'intercommunalité et l'hyperinflation inquiétaient qu'elles soient là."),
        # A known word with an accent left out is a spelling the web uses, no slip nor glue.
        ("fr", "Le magasin annonce un grand destockage avant les travaux."),
        ("de", "Die Hafenverwaltungsreform wurde gestern verabschiedet."),
        ("de", "Die Großbaustelle am Bahnhofsvorplatz verzögert sich weiter."),
        ("es", "Los diputados desalojarían el edificio si lo ordenara el juez."),
        ("ru", "Выпускавшихся тогда радиотеатром спектаклей было немного."),
        ("nl", "De havenbestuurders verwaarloosden de kades jarenlang."),
        # A word written twice is the text's own; one beside a digit or hyphen is no word.
        ("es", "El grupo zumbadores tocó; los zumbadores volvieron en 2020."),
        ("es", "El modelo x-delpartido y el 3delpartido no cuentan."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    _needs(language)
    assert mt998(text, language) == []


def test_broad_finding_yields() -> None:
    _needs("es")
    text = "El gobierno presentó ayer el presupuesto delpartido en el Congreso."
    codes = [f.code for f in check_text(text, language="es", config=LOW).findings]
    assert "MT998" not in codes  # MT101 reports the glued word; MT998 yields to it
    assert "MT101" in codes


def test_a_slip_is_found_where_no_other_rule_reads_spanish() -> None:
    _needs("es")
    text = "El gobierno presentó ayer el presupeusto en el Congreso."
    assert mt998(text, "es") == [("presupeusto", "typo", "presupuesto")]
    assert "MT998" in [f.code for f in check_text(text, language="es", config=LOW).findings]


def test_a_run_into_an_english_word_is_no_glue() -> None:
    _needs("es")
    # "constatable" splits into "consta" + "table": "table" is an English word.
    assert read_word("constatable", "es") is None


def test_the_shipped_lexicons_read() -> None:
    for language in ("de", "fr", "es", "ru", "nl"):
        _needs(language)
        path = ROOT / "resources" / "lexicon" / f"{language}.txt.xz"
        words = lzma.decompress(path.read_bytes()).decode("utf-8").split("\n")
        assert words == sorted(words) and len(words) > 100_000


def test_lexicons_are_up_to_date() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from build_lexicons import available
    finally:
        sys.path.pop(0)
    why = available()
    if why:
        pytest.skip(f"build_lexicons: {why}")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "build_lexicons.py"), "--check", "de"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_romance_adverbs_of_known_adjectives_are_known() -> None:
    # No dictionary lists every "-mente" adverb; "humilhante" + "mente" is no glue.
    assert mt998("O clube dispensou humilhantemente o seu guarda-redes.", "pt") == []
