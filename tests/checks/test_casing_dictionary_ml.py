"""MT320 beyond English (h15caps, issues 11/12): a common word capitalised mid-sentence, judged
with hunspell-built name lists in French, Spanish, Italian, Portuguese and Dutch; its new paths
in English (after a possessive, after a semicolon); MT313's French nationality nouns and MT301
after a word that introduces a source. Invented sentences in the shapes real MT leaves behind,
and the look-alikes that must stay quiet."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mtlint.checks.casingdict import common_only_words, dictionary_languages, dictionary_table
from mtlint.checks.engine import check_text
from mtlint.checks.rules.casing_dictionary import (
    CommonWordCapitalByDictionary,
    JoinerCapitalInName,
    NameWithLowerCommonWord,
)

ROOT = Path(__file__).resolve().parents[2]


def _found(text: str, code: str, language: str) -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


def test_languages_switched_on_by_data() -> None:
    # A table per language switches MT320 on; MT321 and MT322 need their own keys (English).
    assert {"en", "fr", "es", "it", "pt", "nl"} <= CommonWordCapitalByDictionary.languages
    assert not {"ru", "uk", "pl", "cs", "sv", "ro", "de"} & CommonWordCapitalByDictionary.languages
    assert JoinerCapitalInName.languages == dictionary_languages("name_joiners") == {"en"}
    assert NameWithLowerCommonWord.languages == {"en"}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Il file contiene delle informazioni Tecniche del prodotto.", "it", "Tecniche"),
        ("A equipa adotou um novo Processo de montagem para as peças.", "pt", "Processo"),
        ("Le texte a été signé par les maires de cinq Communes, dit-il.", "fr", "Communes"),
        ("Le conflit ne sera pas réglé par Négociations, selon le ministre.", "fr", "Négociations"),
        ("It was repainted twice; Opposite the depot a market opened.", "en", "Opposite"),
    ],
)
def test_common_word_capital(text: str, language: str, word: str) -> None:
    assert _found(text, "MT320", language) == [word]
    (finding,) = [f for f in check_text(text, language=language).findings if f.code == "MT320"]
    # Beyond English the path's confidence is its own, at the default threshold.
    assert finding.confidence == (0.65 if language == "en" else 0.5)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Sentence-case names: a capital before a lower-case content word.
        ("Las presentes Condiciones generales de venta se aplican a todos los pedidos.", "es"),
        ("Selon le rapport Conseil constitutionnel, la loi est valide.", "fr"),
        # First names and surnames after a preposition or a conjunction.
        ("Ho cenato con Rosa ieri sera e il romanzo di Costa esce a marzo.", "it"),
        ("Cenamos con Pilar y luego con Flores en casa de Torres.", "es"),
        ("Il est venu avec Pierre et Rose hier soir.", "fr"),
        # An English title or brand after a content word.
        ("Lo dijo en una entrevista al semanario americano Time de esta semana.", "es"),
        # The text capitalises the word more than once: its own usage.
        ("Le Fonds a versé les sommes, et le rapport Fonds de la banque le confirme.", "fr"),
        # A name in apposition after "the <kind>" (a definite article or a demonstrative).
        ("Vivimos en el barrio Esperanza, cerca del centro.", "es"),
        ("A cantora gravou a canção Amizade, que virou sucesso.", "pt"),
        ("Ils ont fondé l’association humanitaire Lumière, qui aide les enfants.", "fr"),
        ("De band bracht het album Zomer uit, dat goed verkocht.", "nl"),
        # A sentence-case title runs on to a capital.
        ("O autor publicou Viagem ao Centro da Terra em 1864.", "pt"),
        # A semicolon before a list of capitalised terms.
        ("It covers two fields; Health and Transport are next.", "en"),
    ],
)
def test_quiet(text: str, language: str) -> None:
    assert _found(text, "MT320", language) == []


def test_possessive_path() -> None:
    text = "He thanked the staff for their Efforts in the campaign."
    assert _found(text, "MT320", "en") == ["Efforts"]
    assert _found("Read our Privacy Policy before you buy.", "MT320", "en") == []
    # A document's name after a possessive: a small word, then a capital.
    quiet = "Leia a nossa Política de privacidade antes de comprar."
    assert _found(quiet, "MT320", "pt") == []


def test_english_table_keeps_its_possessives() -> None:
    # The possessives left the hard-coded set for the table: the same words.
    assert dictionary_table("en").possessives == {"his", "her", "its", "my", "our", "their"}
    assert "his" not in dictionary_table("en").determiners


def test_honorifics_are_no_common_words() -> None:
    # "Sua Santità", "Son Éminence": a title of address after an honorific pronoun.
    assert "santità" not in common_only_words("it")
    assert "éminence" not in common_only_words("fr")


def test_demonym_noun_after_a_numeral_is_quiet() -> None:
    text = "Le journal écrit que quatre Néerlandais sont partis hier matin."
    assert _found(text, "MT313", "fr") == []
    bad = "Il aime le fromage Néerlandais et le vin du pays."
    assert _found(bad, "MT313", "fr") == ["Néerlandais"]


def test_source_before_a_capitalised_article_is_no_lost_break() -> None:
    text = "Selon Les dernières nouvelles, le maire a démissionné hier."
    assert _found(text, "MT301", "fr") == []
    bad = "Il a parlé de la production des horloges Les conditions ont changé."
    assert _found(bad, "MT301", "fr") == [" Les"]


@pytest.mark.skipif(
    shutil.which("hunspell") is None
    or not all(
        Path(f"/usr/share/hunspell/{name}.dic").is_file()
        for name in ("fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL")
    )
    or importlib.util.find_spec("wordfreq") is None,
    reason="rebuilding the lists needs hunspell and its fr/es/it/pt/nl dictionaries "
    "(apt-get install hunspell-fr hunspell-es hunspell-it hunspell-pt-pt hunspell-nl)",
)
def test_name_lists_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "build_casing_dictionary_ml.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A function word after a stray capital, before two lower-case words.
        ("He wrote about the report Harbours As a shared worry of the town.", [" As"]),
        # Titles and names go on with a capital after their small word.
        ("He read Lord Of the Rings and Gone With the Wind.", []),
        ("They moved to Frankfurt Am Main last year.", []),
        ("Doctor Who is a long-running series.", []),
        ("He loves the series Doctor Who is a hit.", []),
        # After a capital at a sentence's start nothing stands mid-sentence.
        ("Wetlands As a rule are protected.", []),
    ],
)
def test_function_word_after_a_stray_capital(text: str, found: list[str]) -> None:
    assert _found(text, "MT302", "en") == found
