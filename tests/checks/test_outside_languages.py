"""Languages outside the tier-1 list (da, nb, hu, fi, hr, sk, bg, el, id) served from language
data alone (issue 12, the "outside" measurement, bench/data/outside-ml). Bad text → the right fix
among the suggestions; native look-alikes stay quiet. The sentences are made up after the
patterns of the planted set, not copied from it."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def findings(text: str, language: str, threshold: float = 0.5):
    result = check_document(
        Document(text=text, language=language), Config(min_confidence=threshold)
    )
    return list(result.findings)


def suggestions(text: str, language: str) -> set[str]:
    return {apply_edits(text, fix.edits) for f in findings(text, language) for fix in f.fixes}


PLANTED = [
    # A lost full stop before an opener of the casing table.
    (
        "da",
        "Regeringen fremlagde planen i går Derfor mødtes udvalget igen.",
        "Regeringen fremlagde planen i går. Derfor mødtes udvalget igen.",
    ),
    (
        "bg",
        "Министърът говори за бюджета Освен това обеща нови пътища.",
        "Министърът говори за бюджета. Освен това обеща нови пътища.",
    ),
    # A relative word capitalised after a lost comma.
    (
        "sk",
        "Starosta otvoril nový most Ktorý spája obe časti mesta.",
        "Starosta otvoril nový most, ktorý spája obe časti mesta.",
    ),
    (
        "hr",
        "Gradonačelnik je otvorio novi most Koji spaja dva dijela grada.",
        "Gradonačelnik je otvorio novi most, koji spaja dva dijela grada.",
    ),
    # A stray ellipsis where a link was cut; Finnish and Hungarian mark place by case endings.
    (
        "fi",
        "Joukkue matkustaa ensi viikolla… tampereelle finaaliin.",
        "Joukkue matkustaa ensi viikolla tampereelle finaaliin.",
    ),
    (
        "id",
        "Presiden tiba di… jakarta pada hari Senin.",
        "Presiden tiba di jakarta pada hari Senin.",
    ),
]


@pytest.mark.parametrize(("language", "bad", "fixed"), PLANTED)
def test_planted_mechanism_found_and_fixed(language, bad, fixed):
    assert fixed in suggestions(bad, language)


CLEAN = [
    ("da", "Statsministeren sagde i går, at planen kan læses hos Det Kgl. Teater."),
    ("nb", "Hun kom til Oslo i 2004, og Johnsen fikk kritikk av 1 pst. av velgerne."),
    ("fi", "Asia Exchange -yrityksen ja SIS II -järjestelmän tiedot julkaistiin eilen."),
    ("el", "Είπε ό,τι ήξερε για την πόλη και έφυγε."),
    ("hu", "Az ünnepségen a polgármester is beszélt, az az igazság, hogy sokan jöttek."),
    ("hr", "Ministar je rekao da će nova pravila vrijediti od prvog dana sljedeće godine."),
    ("id", "Pemerintah mengatakan bahwa harga beras akan turun pada bulan depan."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_native_text_stays_quiet(language, text):
    assert [f.code for f in findings(text, language)] == []


def test_short_english_text_is_still_english():
    # Finnish and Hungarian tables keep out stop words English shares ("on", "he", "is").
    from mtlint.checks.language import choose_language

    assert choose_language("Biden met Trudeau in Ottawa on Monday.").code == "en"
