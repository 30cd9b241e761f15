"""Direct speech whose quotation marks were both lost, in the languages that invert their
attribution after the quotation (family MT2): "Nous sommes prêts, a déclaré le ministre.",
"Siamo pronti, ha detto il sindaco.", "Estamos listos, dijo el alcalde.", "Мы готовы, —
сказал мэр." — a first-person sentence closed by a comma and a verb of saying that opens its
attribution, in a paragraph without a single quotation mark.

The verbs, their auxiliaries and the words of the first and second person are data
(``inverted_attribution`` in resources/typography/<lang>.json): English's attribution has its
own grammar (MT227, checks/rules/quote_lost.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical
from mtlint.checks.typography import languages_with_table, table

# Any quotation mark; an apostrophe inside a word is none.
_QUOTE = re.compile(r"[\"“”„«»‹›‘]|’(?![^\W\d_])|(?<![^\W\d_])'|'(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=16)
def _attribution(auxiliaries: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, maybe a dash, maybe an auxiliary ("a", "a-t-il", "ha"), a verb of saying and
    the next character (a letter of the subject, or the full stop)."""
    aux = "|".join(sorted(map(re.escape, auxiliaries), key=len, reverse=True))
    verb = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    lead = rf"(?:(?:{aux}) )?" if aux else ""
    return re.compile(rf", (?:[—–-] )?{lead}(?:{verb})(?=[ .,])")


@register
class InvertedSpeechMarksLost(Rule):
    code = "MT150"
    name = "inverted-speech-marks-lost"
    summary = (
        "Direct speech with both marks lost before an inverted attribution ('Nous irons, a dit X')."
    )
    languages = languages_with_table("inverted_attribution")
    severity = Severity.INFO
    doc = """
    What it finds: a sentence in the first or second person (je, nous, notre; noi, nostro;
    nosotros, nuestro; nós, nosso; мы, наш …) closed by a comma and a verb of saying that opens
    the attribution ("…, a déclaré le ministre", "…, ha detto", "…, dijo", "…, disse", "…, —
    сказал"), in a paragraph that holds no quotation mark at all. The verbs, auxiliaries and
    person words are ``inverted_attribution`` in resources/typography/<lang>.json.
    Why it matters: MT and scraping drop both marks of a quotation; the speaker's words then
    read as the reporter's.
    Fix safety: unsafe: the language's opening mark goes before the sentence and its closing
    mark before the comma; the quotation may have started in an earlier sentence.
    Known false positives: a paraphrase in the first person plural of the writer's own group
    ("notre pays doit agir, a déclaré le ministre" in a national paper); a sentence that
    itself holds a verb of saying (reported speech) is left alone, as are paragraphs with any
    quotation mark and dialogue: a line that opens with a dash ("— Мы готовы, — сказал он."),
    the standard way of ru, fr, es, it and pt prose. A sentence never starts before its line.
    Still flagged: dialogue whose dash was lost, when the line reads like a plain sentence.
    """
    examples = (
        Example(
            "Nous sommes prêts à négocier, a déclaré le ministre.",
            "« Nous sommes prêts à négocier », a déclaré le ministre.",
            "fr",
        ),
        Example(
            "Il governo ha parlato. Siamo pronti a tutto per la nostra città, ha detto il sindaco.",
            "Il governo ha parlato. «Siamo pronti a tutto per la nostra città», ha detto il"
            " sindaco.",
            "it",
        ),
        Example(
            "Мы готовы к переговорам с нашими партнёрами, — заявил министр.",
            "«Мы готовы к переговорам с нашими партнёрами», — заявил министр.",
            "ru",
        ),
        good("La situation est stable, a déclaré le ministre.", language="fr"),
        good("« Nous sommes prêts », a déclaré le ministre. Nous verrons, a-t-il dit.", "fr"),
        good("Il ministro ha detto che siamo pronti, ha aggiunto il sindaco.", language="it"),
        good("Le ministre, qui nous a reçus, a dit que la situation est grave.", language="fr"),
        good("Он вошёл в зал.\n— Мы готовы к переговорам с партнёрами, — сказал он.", "ru"),
        good("Il entra.\n— Nous sommes prêts à négocier avec vous, a-t-il dit.", "fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        setting = table(data, "inverted_attribution")
        text = document.text
        if not isinstance(setting, dict) or ", " not in text:
            return
        verbs = tuple(setting.get("verbs", ()))
        if not verbs:
            return
        pattern = _attribution(tuple(setting.get("auxiliaries", ())), verbs)
        person = frozenset(str(w).lower() for w in setting.get("person_words", ()))
        saying = frozenset(v.lower() for v in verbs)
        clause = frozenset(str(w).lower() for w in setting.get("clause_words", ()))
        opening, closing = setting.get("marks", ["“", "”"])
        for match in pattern.finditer(text):
            comma = match.start()
            line_start = text.rfind("\n", 0, comma) + 1
            if _DIALOGUE_DASH.match(text, line_start):
                continue
            start = max(_sentence_start(text, comma), line_start)
            spoken = text[start:comma]
            words = [w.lower() for w in _WORD.findall(spoken)]
            if len(words) < 4 or person.isdisjoint(words) or not saying.isdisjoint(words):
                continue
            line_end = text.find("\n", comma)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _QUOTE.search(line) or ":" in spoken or looks_technical(text, start, comma):
                continue
            if not _short_attribution(text, match.end(), clause):
                continue
            yield self.finding(
                start,
                comma + 1,
                "Direct speech closed by its attribution, with no quotation marks",
                fixes=[
                    Fix(
                        (Edit(start, start, opening), Edit(comma, comma, closing)),
                        Applicability.UNSAFE,
                        "put the speech in quotation marks",
                    )
                ],
                confidence=0.65,
            )


def _short_attribution(text: str, at: int, clause: frozenset[str]) -> bool:
    """Whether the attribution after the verb at ``at`` is short and its own ("le ministre.",
    "il sindaco di Roma."), not the verb of a clause ("a dit que la situation…")."""
    end = _SENTENCE_END.search(text, at, at + 300)
    if end is None:
        return False
    tail = [w.lower() for w in _WORD.findall(text, at, end.start())]
    return len(tail) <= 32 and not (tail and tail[0].split("'")[0].split("’")[0] in clause)


# A line opening with a dash is dialogue, which these languages write without quotation marks
# ("— Мы готовы, — сказал он.", "— Nous sommes prêts, a-t-il dit.").
_DIALOGUE_DASH = re.compile(r"[ \t]*[—–-]")
_SENTENCE_END = re.compile(r"[.!?;\n]|$")
# Where a sentence starts: the text's or a line's start, or after . ! ? and a space.
_SENTENCE_START = re.compile(r"(?:^|(?<=\n)|(?<=[.!?…] ))(?=[^\W\d_])", re.MULTILINE)


def _sentence_start(text: str, comma: int) -> int:
    start = max(0, comma - 400)
    found = start
    for match in _SENTENCE_START.finditer(text, start, comma):
        found = match.start()
    return found
