"""Broad, calibrated mid-sentence capitals (MT346, MT347): every frequent word capitalised inside
a sentence, with the confidence its shape measured on the dev sets (checks/casingbroad.py,
resources/casing/broad.json). The precise rules (MT301, MT302, MT305, MT320) keep their
findings; where one flags the same word, these stay quiet (checks/context.py SUPERSEDES)."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.casingbroad import BroadCapital, broad_capitals, broad_languages
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data


def _fixes(document: Document, capital: BroadCapital) -> list[Fix]:
    start, end = capital.start, capital.start + len(capital.word)
    fixes = [
        Fix(
            (Edit(start, end, capital.word.lower()),),
            Applicability.UNSAFE,
            f"write '{capital.word.lower()}'",
        )
    ]
    if capital.kind.removesuffix("e")[-2] == "t":
        # "the Accrediting letter": the article opened the sentence; the capital is its.
        article = document.text.rfind(" ", 0, start - 1) + 1
        article = max(article, document.text.rfind("\n", 0, start - 1) + 1)
        word = document.text[article : start - 1]
        return [
            Fix(
                (
                    Edit(article, article + 1, word[:1].upper()),
                    Edit(start, end, capital.word.lower()),
                ),
                Applicability.UNSAFE,
                f"write '{word[:1].upper()}{word[1:]} {capital.word.lower()}'",
            ),
            *fixes,
        ]
    if document.text[start - 2 : start - 1].isalnum():
        fixes.append(
            Fix(
                (Edit(start - 1, start, ". "),),
                Applicability.UNSAFE,
                f"end the sentence before '{capital.word}'",
            )
        )
    return fixes


class _BroadRule(Rule):
    function_words = False

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        for capital in broad_capitals(document, code):
            if capital.kind.startswith("fn") != self.function_words:
                continue
            yield self.finding(
                capital.start,
                capital.start + len(capital.word),
                self.message.format(word=capital.word),
                fixes=_fixes(document, capital),
                confidence=capital.confidence,
                data=(("shape", capital.kind),),
            )


@register
class BroadCommonWordCapital(_BroadRule):
    code = "MT346"
    languages = broad_languages(content=True)
    name = "common-word-capital-broad"
    summary = "A frequent common word capitalised inside a sentence (broad, calibrated)."
    message = "'{word}' is capitalised in the middle of a sentence"
    doc = """
    What it finds: a capitalised word inside a sentence whose lower-case form is a frequent
    word of the language (wordfreq Zipf ≥ 3), after a lower-case word (or a preposition or a
    conjunction that follows one, or a possessive) and before a lower-case word ("a plan to
    Reduce waste", "the smell of Cedar filled the room", "on her Tour of the mills"), when the
    document capitalises it nowhere else, no gazetteer or cased dictionary
    (web2) lists it as a name, and it stands in no headline, title-case run ("Ministry of
    Health", "Court of Justice", "Minister of Culture and Tourism": a capital after "of" or
    "and" that follows a capital is never judged), nor after a colon, a quote or a list mark.
    Why it matters: MT from languages that title-case noun phrases (Persian, Arabic, Chinese)
    keeps a source term's capital; a spell checker accepts the word. The precise rules (MT305,
    MT320) take the shapes they can prove; this one reports the rest with the precision its
    shape measured.
    Fix safety: unsafe; the fix lower-cases the word, the other ends the sentence before it.
    Confidence: the precision its shape measured on what the precise rules leave over (any
    other casing finding on the word supersedes this one; h16caps, resources/casing/broad.json,
    English dev sets realmt-en … en8): after a lower-case content word, a small word or a
    possessive ("on her Tour of the mills"), before a lower-case word or a capitalised function
    word and a lower-case word ("a report on Costs The staff was"), 0.4 (4 of 6 right once the
    precise rules had spoken on the dev sets; re-measured with the MT of TED talks and clean
    English, 5 of 12, h17calib); every other shape (before a mark
    or a capital, after an article or a capital) measured 0–2 % and is not reported. All
    below the default bar of 0.5: shown with --show-doubtful or --min-confidence 0.2, never
    fixed in bulk. Clean text: 0.05 per
    1,000 words of English news, 0.09 of package READMEs (product names: "an install of
    Falcon and its tools").
    Since session 17 (h21case) also a capital kept after an article that opens a sentence or a
    paragraph in lower case ("invited.\nthe Accrediting letter is"): MT put an article before
    the source's first word and kept that word's capital; the first fix writes both words
    ("The accrediting"), 0.45 (shape "t": 1 of 1 on realmt-en17, 1 of 1 on another page
    of that outlet; none in 256,000 words of clean and dev English: too few to lift). A
    number opening a line ("2 Start seed indoors") is a list's, never the word before (12
    false alarms of a how-to text gone); a small word and an article before a capital run a
    title on ("the musical Dance of the Lanterns", "Newcomer of the Year": 8 false alarms of
    GUM gone).
    Known false positives: a house-style capital outside the tables ("opened the 5th Forum
    of", "the Fair at"), a lower-cased name before a capital ("visited qiaotou Weaving hall"), a
    writer's own capital ("some Swallows nest"), a user-interface label or a product named by
    a common word ("go to Settings and turn on Backup for your photos", "play as Link"): the
    bands were measured on news.
    Languages: English only. In French, Spanish, Italian, Portuguese, Polish and Russian the
    same shapes measured 6–20 % on the dev sets and 7–47 findings per 1,000 clean native words
    (names are written in sentence case after a preposition there); German capitalises nouns.
    """
    examples = (
        Example(
            "The team made a plan to Reduce waste in the old port this year.",
            "The team made a plan to reduce waste in the old port this year.",
        ),
        Example(
            "Guests arrived at noon.\nthe Wooden bridge was closed for repairs.",
            "Guests arrived at noon.\nThe wooden bridge was closed for repairs.",
        ),
        good("The Ministry of Health and the Court of Justice met on Monday."),
        good("The Minister of Culture and Tourism opened the fair."),
        good("Method 1\n2 Start the seeds indoors.\n3 Water them daily."),
        good("She sang twice in the musical Dance of the Lanterns that spring."),
        good("She said: Growth will return next year."),
        good("Plan To Reduce Waste In The Old Port"),
    )


@register
class BroadFunctionWordCapital(_BroadRule):
    code = "MT347"
    languages = broad_languages()
    name = "function-word-capital-broad"
    summary = "A capitalised function word inside a sentence: a lost full stop or a stray capital."
    function_words = True
    message = "'{word}' is capitalised in the middle of a sentence (a lost full stop?)"
    doc = """
    What it finds: an article, a pronoun, a preposition or a conjunction capitalised inside a
    sentence before a lower-case word ("farms of The upper valley", "dry slowly and keep The
    sharp colour", "built in 1998 From the start, it", "went home Because they were
    tired"), after a lower-case word or after a capitalised one (where no small word links two
    capitals: "Office of Water And the board"), when the document capitalises it nowhere
    else mid-sentence and no headline, title or name holds it ("The Hague", "His Majesty",
    "the All Blacks": a capital after it is a name's, never judged).
    Why it matters: either a full stop was lost between two sentences or MT kept a source
    segment's capital; both read as damage.
    Fix safety: unsafe; lower-case the word, or end the sentence before it.
    Confidence: the precision its shape measured on what the precise rules (MT301, MT302,
    MT305) leave over (h16caps, resources/casing/broad.json). English: between two capitals
    ("Ports and Docks The Lake Office branch") 0.3 (2 of 3 right on the
    dev sets; 3 in 163,000 words of package READMEs: "How Can Otters Swim"); after a
    lower-case, a capitalised or a small word, before a lower-case word, 0.45: 11 of 11 right
    before the precise rules took them all, so what is left over is not measured yet and stays
    below the bar. German, Spanish, French, Italian, Portuguese, Dutch, Polish, Russian: after
    a lower-case or a capitalised word, before a lower-case word, 0.45 (5 of 5 on their dev
    sets, all taken by MT301/MT302 too; clean native text ≤ 0.5 per 1,000 words; words that are
    content words too are left out: Italian "Stato", French "Plus").
    Known false positives: a name or a title whose word is a function word and the text says
    once ("a poem called Because the night"); reported speech without quotes ("he said We
    will"); in German, a capital after a lost full stop is the same finding.
    """
    examples = (
        Example(
            "Storms reached the farms of The upper valley on Friday.",
            "Storms reached the farms of the upper valley on Friday.",
        ),
        Example(
            "The figs dry slowly and keep The sharp colour of the skin.",
            "The figs dry slowly and keep the sharp colour of the skin.",
        ),
        Example(
            "Los vecinos contaron que ayer Un técnico revisó el puente.",
            "Los vecinos contaron que ayer un técnico revisó el puente.",
            "es",
        ),
        Example(
            "Die Bewohner sagten, dass gestern Er die Brücke geprüft habe.",
            "Die Bewohner sagten, dass gestern er die Brücke geprüft habe.",
            "de",
        ),
        good("Die Stadt baute am Fluss eine neue Halle für den Markt.", "de"),
        good("The cyclists rode from the old port to The Hague on Monday."),
        good("The region thanked His Majesty for the visit."),
        good("Fans cheered for the All Blacks after the match."),
    )
