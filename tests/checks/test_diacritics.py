"""MT607-MT609: diacritics lost or replaced (invented sentences that show each shape)."""

from __future__ import annotations

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability
from mtlint.checks.registry import rule_by_code


def _found(code: str, text: str, language: str) -> list[tuple[str, list[str]]]:
    rule = rule_by_code(code)
    assert rule is not None
    document = Document(text=text, language=language)
    return [(text[f.start : f.end], [fix.title for fix in f.fixes]) for f in rule.check(document)]


def test_lost_mark_found_in_several_languages() -> None:
    assert _found("MT607", "Vláda řekla, že to neudělá, protoze nemá peníze.", "cs") == [
        ("protoze", ["protože"])
    ]
    assert _found("MT607", "Le ministre a déjà dit que la societe était prête.", "fr") == [
        ("societe", ["société"])
    ]


def test_lost_mark_quiet_when_the_text_writes_without_marks() -> None:
    # Most accentable words bare: the author's convention, not damage.
    text = "La citta e bella, la politica e la situacion economica pero mejoraran despues."
    assert _found("MT607", text, "es") == []


def test_lost_mark_quiet_on_names_and_unknown_forms() -> None:
    # Capitalised inside a sentence and plain ASCII: a name ("Romania" in a Romanian text).
    assert _found("MT607", "Guvernul a anunțat că economia din Romania va crește.", "ro") == []
    # A form wordfreq never saw is a rare inflection as often as a lost mark.
    assert _found("MT607", "Atunci noi ridicam casa și părinții știau că e greu.", "ro") == []


def test_lost_mark_keeps_partly_marked_name_like_words_when_no_word() -> None:
    found = _found("MT607", "O Ministro de Relaçoes Exteriores disse que não virá.", "pt")
    assert found == [("Relaçoes", ["Relações"])]


def test_moved_mark_is_not_a_lost_one() -> None:
    assert _found("MT607", "La empresa catalogó los daños como leves.", "es") == []


def test_czech_adverb_beside_adjective_stays_quiet() -> None:
    assert _found("MT607", "Mluví plynně nizozemsky a také česky, řekl učitel.", "cs") == []


def test_apostrophe_accent_fix_is_safe_for_a_single_twin() -> None:
    rule = rule_by_code("MT608")
    assert rule is not None
    text = "Il prezzo è salito piu' di quanto previsto."
    (finding,) = rule.check(Document(text=text, language="it"))
    assert text[finding.start : finding.end] == "piu'"
    assert finding.fixes[0].applicability is Applicability.SAFE
    assert finding.fixes[0].title == "più"


def test_apostrophe_accent_quiet_on_elisions_imperatives_and_quotes() -> None:
    assert _found("MT608", "Aspetta un po' e di' a tutti dell'arrivo.", "it") == []
    assert _found("MT608", "Scrisse 'citta' sulla lavagna e andò via.", "it") == []
    # Not a language of the table.
    assert _found("MT608", "He said piu' and left.", "en") == []


def test_dropped_letter_needs_an_ascii_cut_word() -> None:
    # Polish imperative "wnieś" beside the infinitive "wnieść": a word, not a cut one.
    assert _found("MT609", "Nawiąż kontakt lub wnieś swój wkład do projektu.", "pl") == []
    # A cut word before a full stop is an abbreviation ("saus." for a month).
    assert _found("MT609", "Le autorit. Poi la gente è andata via.", "it") == []


def test_dropped_letter_document_evidence_adds_real_word_cuts() -> None:
    # The text lost every marked letter and holds a certain cut ("autorit"): "et" is "età" too.
    text = "Le autorit dicono che i ragazzi di et compresa tra 18 e 20 anni sono colpevoli."
    found = _found("MT609", text, "it")
    assert ("autorit", ["autorità"]) in found
    assert ("et", ["età"]) in found
    # With marked letters elsewhere the conversion did not drop them all: "et" stays.
    marked = "Le autorit dicono che è vero: i ragazzi di et compresa tra 18 e 20 anni."
    assert ("et", ["età"]) not in _found("MT609", marked, "it")


def test_apostrophe_accent_needs_an_accented_word_nearly_as_common() -> None:
    # Spanish colloquial "pa'" (para): "pá" is far rarer than "pa".
    assert _found("MT608", "Me voy pa' la casa, dijo el vecino.", "es") == []
    # Italian "so'" is no "sò" (a misspelling of the frequent "so").
    assert _found("MT608", "Non lo so' davvero, disse lei.", "it") == []
    assert _found("MT608", "Ele disse que ja' sabia de tudo.", "pt") == [("ja'", ["já"])]


def test_cut_words_wordfreq_knows_from_converted_pages() -> None:
    # "citt" and "societ" are in wordfreq (converted pages) but far rarer than their completions.
    found = _found("MT609", "La citt è grande e la societ civile è attiva.", "it")
    assert found == [("citt", ["città"]), ("societ", ["società"])]
    # "quiz" is a word of its own, not "quizá" cut.
    assert _found("MT609", "Hicimos un quiz en clase y todos aprobaron.", "es") == []


def test_french_capitals_may_go_without_their_accent():
    # "Equipiers" for "Équipiers" is French typography (accents on capitals are optional); a
    # lost accent inside the word is still a lost mark.
    from mtlint.checks.engine import check_text

    text = (
        "Le match a été joué. Equipiers et arbitres sont là. La securite était réduite après"
        " la décision du préfet."
    )
    found = [text[f.start : f.end] for f in check_text(text, language="fr").findings]
    assert "Equipiers" not in found and "securite" in found


def test_dropped_letter_inside_a_word() -> None:
    # A marked letter dropped inside the word, in the languages of ``dropped_inside``.
    text = "El gobierno dijo que tambin la ciudad votará en mayo."
    assert _found("MT609", text, "es") == [("tambin", ["también"])]
    found = _found("MT609", "Das ist etwas ganz hnliches wie im Vorjahr.", "de")
    assert found == [("hnliches", ["ähnliches"])]
    # Turkish and Hungarian are not read so: a rare inflection or a lower-cased acronym is as
    # often unknown to wordfreq ("szja", the income tax).
    assert _found("MT609", "Az önkormányzatok az szja egy részét kapják meg.", "hu") == []


def test_one_mechanism_one_rule_for_lost_marks() -> None:
    # MT607 (a mark lost), MT608 (an accent typed as an apostrophe), MT609 (an accented letter
    # dropped) and MT978 (an elision's apostrophe dropped) never flag the same span: each
    # shape is one rule's, with no precedence needed (checks/context.py SUPERSEDES).
    cases = (
        ("Il presidente ha detto che la citta' e forte.", "it", "MT608"),
        ("Wiceminister powiedział, że słuzby działają.", "pl", "MT607"),
        ("Le autorit di Roma hanno parlato ieri.", "it", "MT609"),
        ("Per lestradizione ci vorrà un anno.", "it", "MT978"),
    )
    for text, language, code in cases:
        document = Document(text=text, language=language)
        rules = [rule_by_code(c) for c in ("MT607", "MT608", "MT609", "MT978")]
        codes = [f.code for rule in rules if rule.serves(language) for f in rule.check(document)]
        assert codes == [code], (text, codes)


def test_lost_elision_apostrophe_serves_the_languages_that_elide() -> None:
    from mtlint.checks.langdata import available_languages, load_language_data
    from mtlint.checks.typography import table

    eliding = {
        code for code in available_languages() if table(load_language_data(code), "elisions", [])
    }
    assert rule_by_code("MT978").languages == eliding


def test_lost_elision_apostrophe_at_the_edges_of_the_text() -> None:
    # A word at the very start or end of the text was never found ("" is in every string).
    assert _found("MT978", "Lestradizione è stata chiesta ieri.", "it") == [
        ("Lestradizione", ["L’estradizione"])
    ]
    assert _found("MT978", "Il tribunale ha chiesto lestradizione", "it") == [
        ("lestradizione", ["l’estradizione"])
    ]


def test_lost_mark_found_where_no_dictionary_knows_the_bare_form() -> None:
    # "envios" is frequent on the web (wordfreq 3.0 beside "envíos" 3.7), so frequency alone
    # stays quiet; no Spanish dictionary takes it (resources/diacritics/accent_forms.json).
    text = "La tienda confirmó que los envios llegarán después del lunes."
    assert _found("MT607", text, "es") == [("envios", ["envíos"])]
    finding = next(iter(rule_by_code("MT607").check(Document(text=text, language="es"))))
    assert finding.confidence >= 0.8
    assert _found("MT607", "Lo dijo asi el ministro, según él.", "es") == [("asi", ["así"])]


def test_dictionary_band_keeps_words_right_both_ways_and_reform_spellings() -> None:
    # "mas", "solo", "este", "como" are words with or without the mark: never reported.
    text = "Mas el ministro dijo que solo este año, como él explicó, habrá cambios."
    assert _found("MT607", text, "es") == []
    # French 1990 reform: î and û may be left out.
    assert _found("MT607", "Il faut connaitre le coût réel, a-t-il déclaré.", "fr") == []


def test_dictionary_band_quiet_on_capitals_and_names() -> None:
    # Headings in capitals drop marks; a capitalised word inside a sentence is a name.
    assert _found("MT607", "POLITICA DE ENVIOS. La compañía envía después.", "es") == []
    assert _found("MT607", "La señora Garcia llegó después del almuerzo.", "es") == []


def test_turned_mark_found_and_variety_spellings_kept() -> None:
    assert _found("MT610", "Non so perchè il governo abbia deciso così.", "it") == [
        ("perchè", ["perché"])
    ]
    # European and Brazilian Portuguese mark the same vowel two ways: both are right.
    assert _found("MT610", "António disse que o plano económico é bom.", "pt") == []
    # Spellings before the 2009 reform are right in older text.
    assert _found("MT610", "Ele teve uma idéia e as jóias sumiram.", "pt") == []


def test_added_mark_is_doubtful_and_unsafe() -> None:
    rule = rule_by_code("MT610")
    document = Document(text="Il palazzo fù costruito nel Cinquecento.", language="it")
    findings = list(rule.check(document))
    assert [document.text[f.start : f.end] for f in findings] == ["fù"]
    assert findings[0].confidence < 0.5
    assert findings[0].fixes[0].applicability is Applicability.UNSAFE
