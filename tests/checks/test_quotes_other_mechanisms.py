"""Quote damage and "other" mechanical damage as real MT leaves it (branch h3quote): the
mechanism, judged by the document's own evidence, in several languages. Invented sentences."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def _findings(text: str, language: str = "en", code: str | None = None) -> list:
    findings = check_document(Document(text=text, language=language), Config()).findings
    return [f for f in findings if code is None or f.code == code]


def _fixed(text: str, finding) -> str:
    edits = sorted(finding.fixes[0].edits, key=lambda e: e.start, reverse=True)
    for edit in edits:
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def test_turned_mark_is_reported_once_and_turned_back():
    text = "O ministro falou, ” 20 pessoas ficaram feridas no acidente”, e depois saiu."
    findings = _findings(text, "pt")
    assert [f.code for f in findings] == ["MT110"]
    assert _fixed(text, findings[0]) == (
        "O ministro falou, “20 pessoas ficaram feridas no acidente”, e depois saiu."
    )


def test_closing_mark_with_no_partner_later_is_not_turned():
    text = "O ministro falou que tudo correu bem ” e depois saiu."
    (finding,) = _findings(text, "pt", "MT110")
    assert _fixed(text, finding) == "O ministro falou que tudo correu bem” e depois saiu."


def test_sentence_start_guillemet_turned_in_russian():
    text = "Министр ответил.»Мы готовы к переговорам», – сказал он."
    (finding,) = _findings(text, "ru", "MT110")
    assert _fixed(text, finding) == "Министр ответил. «Мы готовы к переговорам», – сказал он."
    assert not _findings(text, "ru", "MT203")


def test_spaced_opening_where_the_text_glues_its_quotations_french():
    text = 'Le maire: "Le pont est fermé". Le préfet: "Les routes aussi". Le ministre:" Rien."'
    (finding,) = _findings(text, "fr", "MT217")
    assert text[finding.start : finding.end] == '" '
    assert _fixed(text, finding).endswith('Le ministre: "Rien."')


def test_spaced_inside_pairs_by_shape():
    assert _findings('Il sindaco ha detto " sì " ieri.', "it", "MT220")
    # One quotation closes ('…bene."') and the next opens (': "…'): no spaced pair.
    text = 'Il testo finisce qui." Poi scrive, a proposito di lui: "Ecco il punto.'
    assert not _findings(text + '"', "it", "MT220")


def test_english_style_quotes_in_russian_are_foreign_beside_the_native_ones():
    # A text typed with “…” throughout is a house style (common in Russian web copy).
    assert not _findings("Как сообщает “Вестник”, встреча прошла в Баку.", "ru", "MT205")
    text = "Как сообщает “Вестник”, встреча прошла в Баку, пишет «Труд»."
    fixes = {
        text[f.start : f.end]: f.fixes[0].edits[0].replacement
        for f in _findings(text, "ru", "MT205")
    }
    assert fixes == {"“": "«", "”": "»"}
    assert not _findings(text, "ru", "MT110")


def test_lost_letters_need_the_intact_form_in_the_text():
    assert _findings("Later Vui said the talks would go on.", "en", "MT973") == []
    text = "Milan Mojsilović arrived on Monday. Mojsilovi said the border was calm."
    (finding,) = _findings(text, "en", "MT973")
    assert _fixed(text, finding).endswith("Mojsilović said the border was calm.")


def test_damaged_word_leaves_code_and_name_endings_alone():
    assert not _findings("Use vsnprintf() here; vsprintf() has no bound.", "en", "MT974")
    text = "Darul Makmur and Tripa Makmur districts, and Suka Makmue district, were flooded."
    assert not _findings(text, "en", "MT974")


def test_lost_drop_cap_supersedes_lower_case_start():
    text = "looding in the province has spread to five districts on Tuesday."
    findings = _findings(text)
    assert [f.code for f in findings] == ["MT976"]
    assert _fixed(text, findings[0]).startswith("Flooding in")
    later = (
        "Title\n\nOfficials met.\n\nThey talked.\n\nlooding spread on Tuesday to five districts."
    )
    assert not _findings(later, "en", "MT976")


def test_stray_punctuation_run_and_variant_doublet():
    (run,) = _findings("What is the council for? ?, its task is to legislate.", "en", "MT975")
    assert (
        _fixed("What is the council for? ?, its task", run) == "What is the council for? its task"
    )
    text = "Eight villages have been were inundated by the river."
    (doublet,) = _findings(text, "en", "MT977")
    assert _fixed(text, doublet) == "Eight villages were inundated by the river."


def test_lost_marks_keep_informal_forms_and_truncations():
    assert not _findings("Un po’ di pazienza nella citta, e non si sa perche.", "it")
    text = "Le autorit di Roma e la citta’ di Bari."
    # MT609 (a marked last letter dropped) and MT608 (an apostrophe for the accent) name this
    # damage; MT978 reads only a lost elision apostrophe: one finding each.
    fixed = {
        text[f.start : f.end]: (f.code, f.fixes[0].edits[0].replacement)
        for f in _findings(text, "it")
        if f.code in {"MT978", "MT607", "MT608", "MT609"}
    }
    assert fixed == {"autorit": ("MT609", "autorità"), "citta’": ("MT608", "città")}


def test_turned_mark_at_the_end_of_the_text_stays_inside_it():
    result = check_document(Document(text="a“", language="en"), Config(min_confidence=0.0))
    assert not result.failures
    assert all(0 <= f.start <= f.end <= 2 for f in result.findings)


def test_english_curly_quotes_beside_guillemets_are_a_french_house_style():
    # French pages write “…” for titles and distancing quotes beside « » speech: a house
    # style, not read as foreign until its precision is counted (review h19mlen).
    for quiet in (
        "Le ministre a parlé d’une « décision historique ». L’opposition dénonce une “erreur”.",
        "« Nous partons », dit-il, après le film “The Best of Me” hier soir.",
        "Le ministre a parlé d’une « décision “historique” » lundi.",
        "Le ministre a parlé d’une “décision historique” lundi.",
    ):
        assert _findings(quiet, "fr", "MT205") == [], quiet
    # The same marks in Russian, where « » is the only top-level pair, stay foreign.
    text = "Министр говорил о «историческом решении». Оппозиция называет это “ошибкой”."
    assert [text[f.start : f.end] for f in _findings(text, "ru", "MT205")] == ["“", "”"]


def test_swiss_german_guillemets_are_the_text_s_own():
    # Swiss German quotes «…» and spells ß as ss: no foreign mark, no mark turned.
    swiss = "Die Massnahmen wirken – «aber nur, wenn sich alle daran halten», sagte er."
    assert [f.code for f in _findings(swiss, "de") if f.code in ("MT205", "MT211")] == []
    # The same quotation in a text written the German way (ß) is French typography.
    german = "Die Maßnahmen wirken – «aber nur, wenn sich alle daran halten», sagte er."
    assert [german[f.start : f.end] for f in _findings(german, "de", "MT205")] == ["«", "»"]
