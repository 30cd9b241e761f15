"""Language: a capitalised common word of a source language left in the text (MT507): German
nouns ("the Gruppe met", "in Kalifornien"), a Spanish or Italian word opening a sentence
("Mientras the talks went on") in English."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.casingdata import casing_data
from mtlint.checks.cognates import cognate
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import foreign_table, quick_source_words, source_zipf
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import placed_on_purpose
from mtlint.checks.textscan import language_data, lowered_chunk_heads, unique_chunks
from mtlint.checks.wordlists import proper_nouns, zipf

# A source language uses the word at least this much (Zipf): a common word there, not a name
# that happens to be listed; and the document's language knows it little (under the casing
# table's own_word_ceiling, with the table's margin between the two: English web text holds
# German words at Zipf 1 to 2, "gruppe" 1.8 beside German 5.3).
_SOURCE_MIN_ZIPF = 4.0
_MIN_LETTERS = 4
# A word the text writes this often is one of its names or terms.
_TERM_USES = 3
_LANGUAGES = frozenset({"en"})
# A word before the capital that the source language uses this much (Zipf) and the document's
# language this little makes the two one foreign name: a street or place word before its name
# ("calle Iglesia", "plaza Mayor"), kept as it is in English text about the place (h26prec:
# 2 wrong at 0.6 on native-news26).
_NAME_HEAD_SOURCE_ZIPF = 4.0
_NAME_HEAD_OWN_ZIPF = 3.5
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


@register
class CapitalisedSourceWord(Rule):
    code = "MT507"
    name = "capitalised-foreign-word"
    summary = "A capitalised common word of a source language left in the text ('the Gruppe')."
    severity = Severity.WARNING
    languages = _LANGUAGES
    doc = """
    What it finds: a capitalised word that the document's language hardly knows (wordfreq:
    under the casing table's own_word_ceiling, Zipf 2.5 in English) and that a source language
    of machine translation uses as a common word (Zipf 4 or more there, as written or without
    its accents, and foreign_word_margin, 3 points, more than in the document's language):
    German nouns, which German capitalises and MT leaves as they are ("the Gruppe met",
    "flights to Kalifornien", "the Behörden said"), or a word of any source language opening
    a sentence ("Mientras the talks …"). The source languages are the ones MT504 reads in
    their own letters (resources/casing/<lang>.json foreign_word_sources).
    Why it matters: the foreign-word check (MT504) reads lower-case words only, as a capital
    usually marks a name; a source language that capitalises its nouns, or a sentence start,
    hides an untranslated word from it.
    Fix safety: none automatic (a display-only hint: translate it); a word spelled as an
    international one is MT506's, with its English spelling.
    Known false positives: a foreign name of one word that is also a common word in its
    language and unknown in English. Quiet inside a name (beside another capitalised word,
    before a source function word), in quotes or brackets, in a sentence of another language
    (MT502's), for listed proper nouns and for a word the text uses three times or more, and
    after a common word of the same source language that the document's language hardly writes
    (a street or place word heading the name: "calle Iglesia", "plaza Mayor").
    """
    examples = (
        Example(*["The delegation flew to Kalifornien on Monday."] * 2),
        Example(*["In an emotional speech, the Behörden thanked the volunteers."] * 2),
        good("Hans Gruppe and Gruppe Nord met; the word ‘Behörden’ is German."),
        good("The Ministerio de Salud answered; Mientras Tanto is a film."),
        good("Die Behörden haben am Montag neue Regeln für die Gruppe angekündigt."),
        good("Works on calle Trujillo and calle Iglesia start in May."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        if code not in _LANGUAGES:
            return
        table = foreign_table(code)
        sources = tuple(s for s in table.sources if not s.endswith("-Latn"))
        # The lowered chunks MT503 reads too, against the source languages' common words
        # (one set intersection; most texts hold none that English lacks).
        heads = lowered_chunk_heads(document) & quick_source_words(code)
        candidates = [
            w for w in heads if len(w) >= _MIN_LETTERS and zipf(w, code) < table.own_ceiling
        ]
        if not candidates:
            return
        text = document.text
        chunks = unique_chunks(document)
        stop_words = casing_data(code).stop_words
        names = proper_nouns(language_data(document))
        for word in sorted(candidates):
            if word in names or cognate(word, code) is not None:
                continue
            best = max(sources, key=lambda s: source_zipf(word, s))
            theirs = source_zipf(word, best)
            if theirs < _SOURCE_MIN_ZIPF or theirs - zipf(word, code) < table.margin:
                continue
            written = word[:1].upper() + word[1:]
            # Capitalised as a chunk of its own (a quoted or bracketed one is on purpose):
            # a set look-up, before any search of the text.
            if not any(written + mark in chunks for mark in ("", ",", ".", ";", ":")):
                continue
            places = _places(text, written)
            if not places or len(places) >= _TERM_USES:
                continue
            for start in places:
                end = start + len(written)
                if placed_on_purpose(text, start, end, stop_words):
                    continue
                if _after_name_head(text, start, best, code):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{written}' is a common word of {best} (Zipf "
                    f"{source_zipf(word, best):.1f}), unknown in {code}: left untranslated?",
                    fixes=[
                        Fix((Edit(start, end, written),), Applicability.DISPLAY_ONLY, "translate")
                    ],
                    confidence=0.6,
                    data=(("source_language", best),),
                )


def _after_name_head(text: str, start: int, source: str, code: str) -> bool:
    """The word before ``start`` is a common word of ``source`` that ``code`` hardly writes
    (a street or place word heading the name: "calle Iglesia")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    head = before.group(1).casefold()
    return (
        source_zipf(head, source) >= _NAME_HEAD_SOURCE_ZIPF
        and zipf(head, code) < _NAME_HEAD_OWN_ZIPF
    )


def _places(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (``str.find`` jumps between candidates at C
    speed; a regex with a lookbehind reads all of a large text for each word), at most
    ``_TERM_USES`` places."""
    found: list[int] = []
    at = text.find(word)
    while at != -1 and len(found) < _TERM_USES:
        end = at + len(word)
        if not _joined(text[at - 1 : at]) and not _joined(text[end : end + 1]):
            found.append(at)
        at = text.find(word, end)
    return found


def _joined(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "-_'’@#/")
