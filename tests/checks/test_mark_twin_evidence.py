"""MT607 with the text's own evidence (checks/markevidence.py): a bare form whose marked twin
the same text writes more often, in the languages of ``twin_evidence``. Invented sentences."""

from mtlint.checks.engine import check_text


def _lost(text: str, language: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_text(text, language=language).findings
        if f.code == "MT607"
    ]


def test_a_bare_form_beside_its_twin_written_more_often_is_reported() -> None:
    text = (
        "Echipa a jucat în Cluj și în Iași, apoi in 2019 a câștigat cupa. "
        "Antrenorul a vorbit în fața presei."
    )
    assert _lost(text, "ro") == ["in"]


def test_the_fix_is_the_twin() -> None:
    text = "Casa a fost vândută în mai, în grabă, iar in iunie s-a mutat familia."
    finding = next(f for f in check_text(text, language="ro").findings if f.code == "MT607")
    assert finding.fixes[0].edits[0].replacement == "în"


def test_a_latin_phrase_stays_quiet() -> None:
    text = "Proba a fost analizată în laborator și în spital, iar efectul in vitro a fost slab."
    assert _lost(text, "ro") == []


def test_without_the_twin_in_the_text_it_stays_quiet() -> None:
    text = "Echipa a jucat acasă, apoi in 2019 a câștigat cupa cu multă muncă."
    assert "in" not in _lost(text, "ro")


def test_two_words_of_the_language_stay_quiet() -> None:
    # "ca" (as) and "că" (that), "sa" (her) and "să" (to) are both Romanian words.
    text = "A spus că vine și că pleacă, ca un prieten. Vrea să vadă casa sa și să plece."
    assert _lost(text, "ro") == []


def test_an_unseen_form_is_read_beside_the_texts_proof_of_the_damage() -> None:
    # Romanian "artistica" is also the adjective's definite form, so wordfreq's gap alone
    # decides nothing (h30ml); after a noun the definite adjective is no Romanian, and the
    # twins prove this stretch lost its marks: read there only (h31ml; tests in
    # test_ml31_language_data.py keep it quiet in a marked text and far from the proof).
    text = (
        "Cartea a apărut în 2010 și a fost tradusă în zece limbi. "
        "O etapă in cariera artistica a fost premiul primit în Paris."
    )
    assert sorted(_lost(text, "ro")) == ["artistica", "in"]


def test_a_language_whose_bare_forms_are_words_is_not_served_by_the_evidence() -> None:
    # Czech "byt" (a flat) beside "být" (to be): both words.
    text = "Chce být doma a musí být včas, protože byt je malý a být tam je těžké."
    assert _lost(text, "cs") == []


def test_polish_bare_form_beside_its_twin() -> None:
    text = "Mówi, że się zgadza i że się cieszy, ale sie nie pojawił na spotkaniu w mieście."
    assert _lost(text, "pl") == ["sie"]
