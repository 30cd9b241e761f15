"""Issue 11's quote-direction and dash mechanisms (MT110 turned marks, MT211–MT215, MT109's
year ranges and parenthesis halves, MT205's straight quotes among English curly ones): each
fires on its shape with the fix it should offer and stays quiet on look-alikes, in English and
in the languages whose own typography looks like the English artefact. All sentences are
invented."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.quote_nesting import attribution_follows, quotation_open_at, saying_before
from mtlint.checks.registry import rule_by_code


def findings(text: str, code: str, language: str = "en") -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return list(result.findings)


def fixed(text: str, code: str, language: str = "en") -> str:
    found = findings(text, code, language)
    assert len(found) == 1, found
    return apply_edits(text, found[0].fixes[0].edits)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # An opening mark glued between words: opens (space before) or closes (turned).
        ("MT211", "The mayor said“the bridge will open” today.", "said “the bridge"),
        ("MT211", "He wants calm in the region“stressed the envoy.", "region” stressed"),
        ("MT211", "“The port is closed for now.“she said later.", "now.” she said"),
        # A closing mark where a quotation opens: turned, not spaced.
        ("MT110", "The mayor said ”the bridge will open” today.", "said “the bridge"),
        ("MT110", "The mayor announced: ”the bridge will open” today.", ": “the bridge"),
        ("MT110", "The mayor said”the bridge will open” today.", "said “the bridge"),
        # ...and where one is open, the old reading: the space moves.
        ("MT110", "“The bridge will open ”added the mayor.", "open” added"),
        # Punctuation doubled around a closing mark.
        ("MT212", "“We will rebuild the school,”, the mayor said.", "school,” the"),
        ("MT212", "She called it ‘a good start.’. Then she left.", "start.’ Then"),
        # Parenthetical dashes glued inside; one-sided en dashes; the Spanish dateline.
        ("MT213", "The bridge -built in 1930- will close.", "bridge - built in 1930 - will"),
        ("MT213", "The mayor –who opened it– left early.", "mayor – who opened it – left"),
        ("MT214", "The bridge –built in 1930 by hand.", "bridge – built"),
        ("MT214", "The 2021 –2022 budget passed.", "2021–2022"),
        ("MT215", "Lima, Mar 3 (XN).-The mayor spoke.", "(XN) – The mayor"),
        ("MT215", "Quito.- The mayor spoke.", "Quito – The mayor"),
        # A hyphen used as a dash beside a function word.
        ("MT214", "The bridge -which opened in 1930 is closed.", "bridge - which"),
        ("MT214", "It opened 90 years ago- to the day.", "ago - to the"),
        # A closing mark glued after the full stop and to the verb; a straight closing mark
        # spaced on the wrong side.
        ("MT110", "“The bridge is closed.”she said.", "closed.” she"),
        ("MT110", 'She said "the bridge is closed, "the mayor added.', 'closed," the mayor'),
        # MT109: a year range spaced on one side.
        ("MT109", "The 2018 -2019 budget passed.", "2018-2019"),
    ],
)
def test_fires_with_its_fix(code, text, expected):
    assert expected in fixed(text, code)


@pytest.mark.parametrize(
    ("code", "text", "language"),
    [
        ("MT211", "The mayor said “the bridge will open” and the “old” road closed.", "en"),
        ("MT211", "Er sagte: „Die Brücke bleibt offen“, und ging.", "de"),
        ("MT211", "Visit https://example.org/a“b today.", "en"),
        ("MT110", "The mayor said “the bridge will open” soon; “Yes,” she said.", "en"),
        ("MT212", '“Why now?”, she asked; “fine,” he said; 1,",",2 in a table.', "en"),
        ("MT212", "He said “yes.” Then “no,” she said.", "en"),
        ("MT213", "The anti -war and pro- government camps met.", "en"),
        ("MT213", "Pre- and post-war art; it fell to -16 degrees; well-known.", "en"),
        ("MT213", "The bridge - built in 1930 - will close.", "en"),
        ("MT214", "The bridge – built in 1930 – will close; the 2021–2022 budget.", "en"),
        ("MT214", "- a list item\n– another item", "en"),
        ("MT215", "U.S.-China talks resumed; the E.U.-Japan deal too.", "en"),
        ("MT215", "Lima, 3 mar (XN).-El alcalde habló.", "es"),
        ("MT109", "The score went from 2018 to -2019 in the model.", "en"),
        ("MT109", "The bridge -built in 1930- will close.", "en"),
        ("MT109", "It opened 90 years ago- which nobody forgot.", "en"),
        ("MT214", "Pre- and post-war art; 19th- to 20th-century styles; an anti -war mood.", "en"),
        ("MT110", 'She said, "the bridge is closed," and "in 2020", "the road" too.', "en"),
        ("MT110", '{"name": "bridge", "state": "closed"}', "en"),
    ],
)
def test_look_alikes_stay_quiet(code, text, language):
    assert findings(text, code, language) == []


def test_mt109_leaves_a_dash_pair_to_mt213():
    text = "The bridge -built in 1930- will close."
    assert findings(text, "MT109") == []
    assert len(findings(text, "MT213")) == 1


def test_straight_quotes_among_english_curly_ones():
    text = (
        "“The bridge is safe,” the mayor said. “It will open on Monday,” she added. "
        'Her deputy said "the road stays closed" for now.'
    )
    found = findings(text, "MT205")
    assert [text[f.span.start] for f in found] == ['"', '"']
    assert apply_edits(text, found[0].fixes[0].edits + found[1].fixes[0].edits).endswith(
        "said “the road stays closed” for now."
    )


def test_straight_quotes_used_throughout_stay_quiet():
    text = 'The mayor said "yes" and "no", then "maybe"; a “new” plan and 5" screens.'
    assert findings(text, "MT205") == []


def test_direction_helpers():
    text = "“We are ready“he said, and then said ”no”."
    assert quotation_open_at(text, text.index("“he"), '“”"')
    assert not quotation_open_at(text, text.index("”no"), '“”"')
    verbs = frozenset({"said", "added"})
    assert attribution_follows(text, text.index("he said"), verbs)
    assert not attribution_follows(text, text.index("and then"), verbs)
    assert saying_before(text, text.index("”no") - 1, verbs)
    assert saying_before("He noted:", 9, verbs)


def test_french_mark_space_missing_where_the_document_writes_it():
    text = (
        "Le maire a dit « oui » puis « non ». Pourquoi ? Parce que « tout » est prêt : "
        "le pont ouvrira lundi ! Il a ajouté «peut-être»."
    )
    found = findings(text, "MT216", "fr")
    assert [text[f.span.start : f.span.end] for f in found] == ["«p", "e»"]
    assert "« peut-être »" in apply_edits(text, found[0].fixes[0].edits + found[1].fixes[0].edits)


@pytest.mark.parametrize(
    "text",
    [
        # Mostly without spaces (Swiss and web French): the convention of the document.
        "Le maire a dit «oui» puis «non». Pourquoi? Parce que « tout » est prêt: voilà!",
        # Too few spaced marks to call a convention.
        "Le maire a dit « oui ». Pourquoi?",
        # Times, links and emoticons.
        "Le maire a dit « oui » et « non » à 10:30. Pourquoi ? Voir https://exemple.fr/a?b=1 !",
    ],
)
def test_french_mark_space_look_alikes(text):
    assert findings(text, "MT216", "fr") == []


NEW_RULES = ("MT211", "MT212", "MT213", "MT214", "MT215", "MT216", "MT217")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il a dit : « Nous verrons. » Pourquoi ? Parce que « tout » est prêt ; voilà !"),
        ("fr", "« Ce serait dévastateur », a-t-il dit – sans détour – lundi. Quoi ?!"),
        ("de", "Er sagte: „Wir sind bereit“, und »morgen« kommt – wie geplant – die Antwort."),
        ("de", "Ein- und Ausgang, Bundes- oder Landesrecht; die „Grünen“-Fraktion."),
        ("es", "¿Por qué? «Estamos listos», dijo el ministro – sin dudar – el lunes."),
        ("es", "La Habana, 7 jul (PL).-El ministro dijo “sí” al plan 2019-2020."),
        ("pl", "Powiedział: „Jesteśmy gotowi”, a minister – jak zwykle – milczał."),
        ("ru", "Он сказал: «Мы готовы», — и ушёл; «Газпром» — крупнейшая компания."),
        ("it", "Ha detto: «Siamo pronti» – senza esitare – e l’ha ripetuto."),
        ("en", "He said “yes” – twice – in the 2019–2020 season; the U.S.-China talks."),
    ],
)
def test_native_typography_stays_quiet(language, text):
    for code in NEW_RULES:
        assert findings(text, code, language) == [], code


def test_mt203_reads_a_turned_opening_mark_as_closing():
    text = "Spain wants calm in the region“added the envoy on Sunday."
    found = findings(text, "MT203")
    assert [f.message for f in found] == ["Closing '”' with no opening '“' in this paragraph"]
    assert findings("“Spain wants calm in the region“added the envoy.", "MT203") == []
    # An opening mark glued to the word before but opening ("said“we") still opens.
    assert findings("He said“we will win” and left.", "MT203") == []


def test_french_quotation_spaced_inside_on_one_side():
    text = '"Le pont est fermé pour tous ", a dit le maire, puis "il rouvrira lundi”.'
    found = findings(text, "MT217", "fr")
    assert len(found) == 1
    assert apply_edits(text, found[0].fixes[0].edits).startswith('"Le pont est fermé pour tous",')


@pytest.mark.parametrize(
    "text",
    [
        'Il a dit "oui" puis " non " hier.',  # each quotation spaced its own way, both sides
        'Un écran de 5" et un "grand" écran de 7 ".',  # an odd number of marks in the line
        "Il a dit «oui » et «non ».",  # guillemets spaced before » only: a house style
    ],
)
def test_french_quotation_spacing_look_alikes(text):
    assert findings(text, "MT217", "fr") == []


def test_guillemets_spaced_after_the_opening_mark_only_are_one_sided():
    # "« non»" is no house style (some web French spaces before » only, never after « only).
    text = "Il a dit «oui » et « non»."
    found = findings(text, "MT217", "fr")
    assert [text[f.start : f.end] for f in found] == ["« non»"]


def test_german_speech_dash_without_opening_mark():
    text = "Die Brücke wird im Mai wieder geöffnet – sagte die Bürgermeisterin."
    found = findings(text, "MT208", "de")
    assert len(found) == 1
    assert apply_edits(text, found[0].fixes[0].edits) == (
        "„Die Brücke wird im Mai wieder geöffnet“, sagte die Bürgermeisterin."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Es regnete die ganze Woche – so viel wie nie zuvor.",
        "Die Projekte – von der Straße bis zur Schule – dienen allen, sagte sie.",
        "„Die Brücke wird geöffnet“, sagte die Bürgermeisterin – und ging.",
        "Beide haben betont, dass die Brücke bald wieder offen sein soll – erklärte der Rat.",
    ],
)
def test_german_speech_dash_look_alikes(text):
    assert findings(text, "MT208", "de") == []


def test_an_opening_mark_that_ends_the_text_is_reported_inside_the_text():
    # Found by the property test: MT211's span ran two characters past the end ("a“").
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    for text in ("a“", "He said “yes“", "0!)]T5W0t“"):
        result = check_document(Document(text=text, language="en"), Config(min_confidence=0.0))
        assert not result.failures, (text, result.failures)
        assert all(f.span.end <= len(text) for f in result.findings)
