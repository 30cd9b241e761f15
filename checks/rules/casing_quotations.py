"""A capital after a quotation where the sentence goes on: "…”, Said the minister" (MT306;
issue 11, entity case).

The pattern is led by the literal comma after the quotation, so a text without the shape costs
almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingextra import (
    CLOSING_QUOTES,
    entity_case_data,
    entity_case_languages,
    lower_fix,
    quoted_words,
)
from mtlint.checks.casingscan import LayoutSkip, next_word
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data

# A closing quote then a comma (or a comma then a closing quote: American style), a space and a
# capitalised reporting word: where a reporting clause goes on ("…”, Said the minister"). One
# pattern per language, led by the literal comma (searched at C speed); the quote before the
# comma is checked per match.
_CLOSING = CLOSING_QUOTES


@lru_cache(maxsize=32)
def _quote_comma_pattern(code: str) -> re.Pattern[str] | None:
    extra = entity_case_data(code)
    table = casing_data(code)
    words = sorted(
        {table.capitalise(w) for w in extra.reporting_verbs | extra.subject_pronouns},
        key=len,
        reverse=True,
    )
    if not words:
        return None
    quotes = re.escape(_CLOSING)
    # A lookahead for the words' first letters: a comma before a lower-case word fails at once.
    firsts = re.escape("".join(sorted({word[0] for word in words})))
    body = "|".join(map(re.escape, words))
    # A dash may open the reporting clause (Ukrainian and Polish: "«…», — сказав він").
    return re.compile(f",([{quotes}]?) +(?:[—–] +)?(?=[{firsts}])({body})(?= )")


@register
class CapitalAfterQuotation(Rule):
    code = "MT306"
    name = "capital-after-quotation"
    summary = (
        "The reporting clause after a quotation starts with a capital ('”, Said the minister')."
    )
    languages = entity_case_languages("reporting_verbs", "subject_pronouns")
    doc = """
    What it finds: a verb of saying or a subject pronoun capitalised right after a closing quote
    and a comma (or a comma and a closing quote), where the reporting clause goes on: "“We will
    not accept it”, Said the minister", "\"The talks were useful\", He added", also after a
    dash ("«…», — Сказав міністр"). The verbs and pronouns are each language's entity table
    (resources/casing/entity); the rule serves the languages whose table lists them.
    Why it matters: MT translates the quotation and the reporting clause as two segments and
    capitalises the second; the sentence reads as two.
    Fix safety: unsafe; the fix lower-cases the word.
    Known false positives: a name that is also a verb ("Said" in "Edward Said") is skipped when
    the next word is capitalised; a pronoun counts only before a lower-case word; headlines and
    title-case lines are never flagged.
    """
    examples = (
        Example(
            "“We will not accept this”, Said the minister on Monday.",
            "“We will not accept this”, said the minister on Monday.",
        ),
        Example(
            '"The talks were useful," He added before leaving.',
            '"The talks were useful," he added before leaving.',
        ),
        Example(
            "„Wir lehnen das ab“, Sagte der Minister am Montag.",
            "„Wir lehnen das ab“, sagte der Minister am Montag.",
            "de",
        ),
        # The verbs are each language's data (resources/casing/entity); a dash may open the
        # clause (h20tier1).
        Example(
            "«Ми цього не приймемо», — Сказав міністр у понеділок.",
            "«Ми цього не приймемо», — сказав міністр у понеділок.",
            "uk",
        ),
        Example(
            "„To nepřijmeme,“ Řekl ministr v pondělí.",
            "„To nepřijmeme,“ řekl ministr v pondělí.",
            "cs",
        ),
        good("„Nu vom accepta asta”, a spus ministrul, citându-l pe Spune Ionescu.", "ro"),
        # Romanian (resources/casing/entity/ro.json): "potrivit"/"conform" only after a real
        # quotation, a pronoun only before a verb of saying (h21ml).
        Example(
            "„Nu vom accepta acest plan”, Potrivit ministrului de externe.",
            "„Nu vom accepta acest plan”, potrivit ministrului de externe.",
            "ro",
        ),
        Example(
            "„Nu vom accepta acest plan”, El a spus luni seara.",
            "„Nu vom accepta acest plan”, el a spus luni seara.",
            "ro",
        ),
        good("Filme: „Trei surori”, El și ea, Noaptea de după.", "ro"),
        Example(
            "„Tento plán nepřijmeme,“ Podle ministra zahraničí.",
            "„Tento plán nepřijmeme,“ podle ministra zahraničí.",
            "cs",
        ),
        good("Nabídka: „Domů“, Podle kategorie, Kontakt.", "cs"),
        good("Meniu: „Acasă”, Potrivit categoriei, Contact.", "ro"),
        good("“We will not accept this”, said the minister, quoting Edward Said in full."),
        good('He read "Orientalism", Said Ahmed\'s essay and two more books.'),
        good("“Enough”, He Said: A Memoir Of The Strike"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if "," not in text:
            return
        data = language_data(document)
        extra = entity_case_data(data.code)
        verbs, pronouns = extra.reporting_verbs, extra.subject_pronouns
        table = casing_data(data.code)
        skip = LayoutSkip(document)
        pattern = _quote_comma_pattern(data.code)
        if pattern is None:
            return
        for match in pattern.finditer(text):
            if not (match.group(1) or text[match.start() - 1 : match.start()] in _CLOSING):
                continue  # no quotation before the comma
            word = match.group(2)
            lower = table.lower(word)
            following = next_word(text, match.end())
            if not following[:1].islower():
                continue  # "Said Ahmed", a title, or the end of the text
            weak = lower in extra.weak_reporting_words
            if weak and table.lower(following) not in extra.saying_participles:
                continue  # "„Poliția, adjectiv”, A fost …": a title, no auxiliary
            if lower in extra.quotation_words and quoted_words(text, match.start()) < 3:
                continue  # "„Acasă”, Potrivit categoriei": a page label, no quotation
            if lower in verbs or (lower in pronouns and table.lower(following) in verbs):
                confidence = 0.75
            elif lower in pronouns and not extra.pronouns_before_verbs_only:
                confidence = 0.6
            else:
                continue
            if skip.headline(match.start(2)):
                continue
            yield self.finding(
                match.start(2),
                match.end(2),
                f"'{word}' is capitalised after a quotation: the sentence goes on",
                fixes=[lower_fix(match.start(2), word, lower)],
                confidence=confidence,
            )
