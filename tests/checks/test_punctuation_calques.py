"""MT230–MT232 (commas and dashes calqued from the source) and MT142–MT144 (a space lost after
a non-letter) beyond their declared examples: look-alikes that must stay quiet, other
languages. Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, language: str, code: str) -> list[str]:
    result = check_text(text, language=language)
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("The city built a new bridge, that connects both banks of the river.", 1),
        ("The minister stressed, that the budget would not change this year.", 1),
        ("The committee, formed last May, that oversees the budget met again.", 0),
        ("The plan failed, that much is certain, and nobody was surprised.", 0),
        ("Only one detail mattered: the idea, that patients with fever stayed home.", 0),
        ("A tool that you can climb on, that reads the map aloud, was shown.", 0),
        ("They met at the station, that morning, and left for the coast.", 0),
    ],
)
def test_calqued_comma_before_that(text, hits):
    assert len(_found(text, "en", "MT230")) == hits


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ('"We will stay until the end," - said the governor on Friday.', 1),
        ("“We will stay until the end”, - she added after the meeting.", 1),
        ('"We will stay until the end," - AFP, Friday.', 0),
        ('"We will stay," - which nobody believed - "until the end."', 0),
        ("The road - said to be the oldest in the region - was closed.", 0),
    ],
)
def test_attribution_dash(text, hits):
    assert len(_found(text, "en", "MT231")) == hits


def test_subject_verb_comma_in_spanish_and_its_look_alikes():
    assert _found("Afirmó que la votación, se celebrará en marzo.", "es", "MT232") == [","]
    assert _found("Afirmó que el martes, se celebrará la votación.", "es", "MT232") == []
    assert _found("Afirmó que, en marzo, se celebrará la votación.", "es", "MT232") == []


@pytest.mark.parametrize(
    ("text", "language", "code", "hits"),
    [
        ("Les ventes ont chuté de 12%.Les analystes restent prudents.", "fr", "MT142", 1),
        ("Он процитировал «Известия».Затем он ушёл.", "ru", "MT142", 1),
        ("Prices rose 2.5% in May; see (Table 2).", "en", "MT142", 0),
        ("The call obj.get(x).Value returns 3 and $(el).Hide() hides it.", "en", "MT142", 0),
        ("Министр В.Сергеев прибыл в Казань.", "ru", "MT143", 1),
        ("Il ministro P.Moretti ha parlato a Roma.", "it", "MT143", 1),
        ("She flew to the U.S.A. and met A.B.C. staff at J.Crew offices.", "en", "MT143", 0),
        ("Write to M.Rossi@example.com or open M.Rossi.pdf now.", "en", "MT143", 0),
        # Every initial glued, three times, none spaced: the text's house style.
        ("Minister B.Tsogt met D.Ganbold; later E.Naran and G.Dorj joined.", "en", "MT143", 0),
        # Glued no more than three times as often as spaced: the glued ones are slips.
        ("Then A.Petrova, B.Ivanova and C.Orlova came; D. Smirnova came later.", "en", "MT143", 3),
        ("Aplikacja (mObywatel)– dokument w telefonie.", "pl", "MT144", 1),
        ("The years (1990–2000) and items (a)–(c) are listed.", "en", "MT144", 0),
    ],
)
def test_space_lost_after_a_non_letter(text, language, code, hits):
    assert len(_found(text, language, code)) == hits


@pytest.mark.parametrize(
    ("text", "language", "hits"),
    [
        # MT221's shapes, now MT231's: German, «…», a quotation ending with its own mark.
        ('"Wir bleiben bis zum Ende," - sagte der Bürgermeister.', "de", 1),
        ("«Wir bleiben bis zum Ende», - erklärte der Bürgermeister.", "de", 1),
        ('"Wir bleiben bis zum Ende" - sagte der Bürgermeister.', "de", 1),
        ('"We will stay until the end!" - the mayor of Kyiv said.', "en", 1),
        ('"We will stay until the end" - said the governor.', "en", 1),
        # A quoted word with no comma before a verb that attributes nothing.
        ('He wrote "stay" - added to the list - and left.', "en", 0),
        ('"Wir bleiben" - sagte nichts aus.', "de", 0),
    ],
)
def test_attribution_dash_in_german_and_without_a_comma(text, language, hits):
    assert len(_found(text, language, "MT231")) == hits


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        # A name subject, or one ending in a bracketed acronym, cut from its verb.
        ("Provincial spokesman Omar Farid, told the agency that the road was open.", 1),
        ("Karachi: The Civil Defence Authority (CDA), has warned residents of floods.", 1),
        ("The Harbour Board (HB), announced new fees on Monday.", 1),
        # An apposition, a list, a fronted phrase, a question, an aside closed by a comma.
        ("Omar Farid, the provincial spokesman, told the agency the road was open.", 0),
        ("Omar, Farid and Lina, have left the city for the coast.", 0),
        ("In the village of Tall Rifaat, has been no water for a week.", 0),
        ("Meanwhile, Omar Farid told the agency that the road was open.", 0),
        ("Doctor Lina Farid, is it true that the clinic closed?", 0),
        ("The driver Omar Farid, told to wait at the gate, left after an hour.", 0),
        ("“The road is open,” said Omar Farid. Farid Holdings Inc., said a letter.", 0),
        ("The minister said the board, has not met; since 2019 Farid, was absent.", 0),
        # A phrase, not a name subject: a preposition inside it, or an abbreviation's dot.
        ("Lina Farid for the Water Board, says the pipes are old.", 0),
        ("The dean and the tutor for exchanges, MSc. Lina Farid, received the guests.", 0),
    ],
)
def test_subject_comma_verb_in_english(text, hits):
    assert len(_found(text, "en", "MT274")) == hits
