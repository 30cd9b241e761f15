"""Language: a phrase left in the source language inside a sentence of the text's own (MT508):
"ha detto che the meeting è stato rinviato", "la situazione will be reviewed domani"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.documents.base import Document
from mtlint.checks.foreignwords import foreign_table, source_function_words, source_zipf
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import language_data, looks_technical, unique_chunks
from mtlint.checks.wordlists import zipf

# A run of more source words than this is a sentence of its own (MT502's).
_MAX_RUN = 7
# The sentence must keep at least this many of the text's own stop words outside the run.
_OWN_AROUND = 2
_WORD_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+(?:['’][^\W\d_]+)?)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)[ \u00a0]$")
_SENTENCE_END = re.compile(r"[.!?…;:](?:\s|$)|\n")
_WORDS = re.compile(r"[^\W\d_]+")
_QUOTES = "\"“”‘’«»„‹›`'"


def _table() -> dict:
    return resource_json("language", "phrases.json")


@lru_cache(maxsize=32)
def phrase_sources(code: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(source language, its marker words that ``code`` does not use) for each source language
    of MT504's table that has markers (resources/language/phrases.json)."""
    table = _table()
    own = casing_data(code)
    own_words = own.stop_words | own.function_words
    found = []
    for source in foreign_table(code).sources:
        markers = table["markers"].get(source, ())
        kept = frozenset(
            w
            for w in markers
            if w not in own_words
            and source_zipf(w, source) - zipf(w, code) >= table["marker_margin"]
        )
        if kept:
            found.append((source, kept))
    return tuple(found)


def phrase_languages() -> frozenset[str]:
    from mtlint.checks.foreignwords import foreign_word_languages

    # Read from the tables alone: the word lists are loaded when a text of the language is
    # checked, never at import.
    markers = _table()["markers"]
    return frozenset(
        code
        for code in foreign_word_languages()
        if any(source in markers for source in foreign_table(code).sources)
    )


@lru_cache(maxsize=65536)
def _source_word(word: str, source: str, code: str) -> int:
    """2: a common word of ``source`` the text's language uses far less (a content word);
    1: a function word of the source only; 0: neither (a word of the text's own)."""
    table = _table()
    own = casing_data(code)
    if word in own.stop_words or word in own.function_words:
        return 0
    theirs = source_zipf(word, source)
    if word in source_function_words(source):
        return 1 if theirs - zipf(word, code) >= table["marker_margin"] else 0
    if theirs >= table["content_zipf"] and theirs - zipf(word, code) >= table["content_margin"]:
        return 2
    return 0


@register
class SourcePhraseLeft(Rule):
    code = "MT508"
    name = "source-phrase"
    summary = "A phrase left in the source language mid-sentence ('ha detto che the meeting è')."
    severity = Severity.WARNING
    languages = phrase_languages()
    doc = """
    What it finds: two to seven lower-case words of a source language of machine translation
    inside a sentence of the text's own language, held together by a function word of the
    source that the text's language does not use ("ha detto che the meeting è stato rinviato",
    "la decisione will be announced domani", "обсудить the new agreement между"). The words
    must be common in the source and much rarer in the text's language (wordfreq), or two of
    them grammar words ("In you are acclount"), and the sentence must go on in its own language
    around them (two of its function words or common words). In a text of another script a
    Latin word of any case counts ("of China" in Russian). Also a short line of its own in the
    source language (an image caption: "I'm a hedgehog, not an egg!" in a German article).
    Why it matters: MT leaves a clause it could not parse as it was; too short for language
    identification (MT502), and its words may each be loanwords ("meeting", "project"), so
    the word rule (MT504) stays quiet on them: the source's grammar words give it away.
    Fix safety: none automatic (it has to be translated; a display-only hint is given).
    Known false positives: a phrase quoted or used on purpose without quotes (a slogan, a
    lower-case title); a lyric or motto in the source on a line of its own is read as a
    caption left untranslated ("I want it all and I want it now" in a German music article); a
    borrowed compound whose content word is rare in the text's language (Zipf below 2.5)
    ("plans for expansion" is kept, and so would be a rare loan of that shape). Fixed
    expressions borrowed whole ("bed and breakfast", "rock and roll") are listed in
    resources/language/phrases.json and stay quiet, as do compounds of content words joined
    only by a preposition or conjunction in a Latin-script text ("end to end", "on demand",
    "call to action", "time to market"), a run ending on an article before a word common in
    the source too ("over the top"), quoted, bracketed and capitalised phrases (titles,
    names), code and web addresses, and sentences mostly in the source language (MT502's).
    """
    examples = (
        Example(*["Il sindaco ha detto che the meeting è stato rinviato a lunedì."] * 2, "it"),
        Example(*["O ministro afirmou que the project will be finished em breve."] * 2, "pt"),
        Example(*["Он сказал, что хочет обсудить the new agreement между странами."] * 2, "ru"),
        good("Il sindaco ha aperto un bed and breakfast nel centro storico.", "it"),
        good("Il gruppo ha suonato “the end of the world” davanti a mille persone.", "it"),
        good("La band ha pubblicato The Dark Side of the Moon nel 1973.", "it"),
        good("Ha bevuto una tazza di the caldo con il ministro.", "it"),
        good("WhatsApp usa la crittografia end to end per tutti i messaggi.", "it"),
        good("La plataforma ofrece muchas series on demand a sus clientes.", "es"),
        good("Il vestito della cantante era davvero over the top per la serata.", "it"),
        good("Il disco Live in the Navajo Nation è uscito nel 2004 per la casa.", "it"),
        Example(*["Im Bild.\nI'm a hedgehog, not an egg!\nDas Bild zeigt ein Ei."] * 2, "de"),
        good("Der Igel im Bild.\nThe Lord of the Rings\nDas Bild zeigt ein Ei.", "de"),
        good("Der Chef will das Update mit neuen Features am Montag veröffentlichen.", "de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        sources = phrase_sources(code)
        chunks = unique_chunks(document)
        present = [(source, markers & chunks) for source, markers in sources]
        present = [(source, words) for source, words in present if words]
        if not present:
            return
        text = document.text
        own = casing_data(code)
        own_words = own.stop_words | own.function_words
        for source, words in present:
            found = _marker_places(text, words)
            yield from self._lines(text, found, source, code, own_words)
            reached = -1
            for at, word in found:
                if at < reached:
                    continue
                start, end, kinds = _run(text, at, at + len(word), source, code)
                reached = end
                if not _left_over(text, start, end, kinds, own_words, source, code):
                    continue
                shown = text[start:end]
                yield self.finding(
                    start,
                    end,
                    f"'{shown}' is {source} inside a {code} sentence: left untranslated?",
                    fixes=[
                        Fix(
                            (Edit(start, end, shown),),
                            Applicability.DISPLAY_ONLY,
                            f"translate '{shown}'",
                        )
                    ],
                    confidence=0.65,
                    data=(("source_language", source),),
                )

    def _lines(
        self,
        text: str,
        found: list[tuple[int, str]],
        source: str,
        code: str,
        own_words: frozenset[str],
    ) -> Iterator[Finding]:
        """A short line of its own in the source language (an image caption left over: "I'm
        a hedgehog, not an egg!" in a German article): two of its grammar words, a common word
        of it, and no word of the text's own. Only lines holding two markers are read."""
        lines: dict[int, set[str]] = {}
        for at, word in found:
            lines.setdefault(text.rfind("\n", 0, at) + 1, set()).add(word)
        grammar = source_function_words(source)
        for line_start, markers in sorted(lines.items()):
            if len(markers) < 2:
                continue  # a line needs two of the source's grammar words
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            if line_end - line_start > _LINE_CHARS:
                continue
            line = text[line_start:line_end].strip()
            words = _LINE_WORDS.findall(line)
            if not _LINE_MIN <= len(words) <= _LINE_MAX or not _sentence_case(words):
                continue
            lowered = [w.lower() for w in words]
            kinds = [_source_word(w, source, code) for w in lowered]
            # No word of the text's own, but the grammar words both languages share ("an").
            if 2 not in kinds or any(
                _own_word(w, source, code, own_words) and w not in grammar for w in lowered
            ):
                continue
            start = line_start + text[line_start:line_end].index(line)
            end = start + len(line)
            yield self.finding(
                start,
                end,
                f"'{line}' is a line in {source}, not {code}: a caption left untranslated?",
                fixes=[Fix((Edit(start, end, line),), Applicability.DISPLAY_ONLY, "translate")],
                confidence=0.6,
                data=(("source_language", source),),
            )


def _marker_places(text: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """Where each marker word stands between two spaces (or opens a line before a space), in
    text order: a marker always has a word of its run beside it. Found with ``str.find`` of
    the literal, at C speed (a one-letter marker such as "a" would stop a regex at every
    letter a)."""
    places = []
    for word in words:
        for needle, skip in ((f" {word} ", 1), (f"\n{word} ", 1)):
            at = text.find(needle)
            while at != -1:
                places.append((at + skip, word))
                at = text.find(needle, at + len(needle) - 1)
        if text.startswith(f"{word} "):
            places.append((0, word))
    places.sort()
    return places


# A line of its own: three to ten words.
_LINE_CHARS = 90
_LINE_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LINE_MIN, _LINE_MAX = 3, 10


def _sentence_case(words: list[str]) -> bool:
    """No capital after the first word but "I" (a title or a name is written in Title Case)."""
    return not any(w[:1].isupper() and w not in ("I", "I'm", "I’m") for w in words[1:])


def _run(text: str, start: int, end: int, source: str, code: str) -> tuple[int, int, list[int]]:
    """The run of lower-case source words around the marker at ``start:end``, one space apart,
    and each word's kind (``_source_word``)."""
    kinds = [1]
    # In a text of another script a Latin word is the source's however it is written ("of
    # China" in Russian); in a Latin text a capital starts a name.
    latin = _latin_script(code)
    while len(kinds) <= _MAX_RUN:
        after = _WORD_AFTER.match(text, end)
        if after is None or not (
            after.group(1).islower() or (not latin and after.group(1).isascii())
        ):
            break
        kind = _source_word(after.group(1).lower(), source, code)
        if not kind:
            break
        kinds.append(kind)
        end = after.end()
    while len(kinds) <= _MAX_RUN:
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not before.group(1).islower():
            break
        kind = _source_word(before.group(1), source, code)
        if not kind:
            break
        kinds.insert(0, kind)
        start = before.start()
    return start, end, kinds


@lru_cache(maxsize=32)
def _latin_script(code: str) -> bool:
    return "Latin" in load_language_data(code).scripts


def _left_over(
    text: str,
    start: int,
    end: int,
    kinds: list[int],
    own_words: frozenset,
    source: str,
    code: str,
) -> bool:
    """The run is a fragment left over: a content word of the source in it, a sentence of the
    text's own language around it, and no sign of a phrase used on purpose."""
    # A content word of the source, or two of its function words ("you are"), and no more
    # words than a fragment holds.
    if (2 not in kinds and kinds.count(1) < 2) or len(kinds) < 2 or len(kinds) > _MAX_RUN:
        return False
    if _latin_script(code) and _borrowed(text, start, end, kinds, source, code):
        return False
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    outside = _WORDS.findall(text, sentence_start, start) + _WORDS.findall(text, end, sentence_end)
    if sum(_own_word(w.lower(), source, code, own_words) for w in outside) < _OWN_AROUND:
        return False
    # A capitalised word right before it opens a title or a name ("The Dark Side of the Moon").
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    # (An acronym before it, "JPEG files to the", opens nothing.)
    if before is not None and before.group(1)[:1].isupper() and not before.group(1).isupper():
        opener = text[max(0, before.start() - 2) : before.start()].strip()
        if opener not in ("", ".", "!", "?"):
            return False
    # A run that ends on a function word before a capital leads into a name or a title ("Live
    # in the Navajo Nation", "of the Enterprise").
    after = _WORD_AFTER.match(text, end)
    if kinds[-1] == 1 and after is not None and after.group(1)[:1].isupper():
        return False
    if _quoted(text, sentence_start, start, end, sentence_end) or _bracketed(text, start, end):
        return False
    around = text[max(sentence_start, start - 20) : min(sentence_end, end + 20)].lower()
    if any(phrase in around for phrase in _loan_phrases()):
        return False
    return not looks_technical(text, start, end)


def _borrowed(text: str, start: int, end: int, kinds: list[int], source: str, code: str) -> bool:
    """The run has the shape of a phrase borrowed whole, not of a clause left over: its only
    grammar words link content words ("end to end", "on demand", "call to action") and none of
    its content words is rare in the text's language ("plans for expansion" is kept), or it
    ends on an article whose noun, a word of both languages, stands outside ("over the top")."""
    words = text[start:end].lower().split()
    if len(words) != len(kinds):
        return False
    links, articles = _compound_words(source)
    if words[-1] in articles:
        after = _WORD_AFTER.match(text, end)
        # ... a common word of the source too: the phrase goes on ("top"), not the text's
        # own noun after a stray article ("with the sindaco").
        if after is not None and after.group(1).islower():
            return source_zipf(after.group(1), source) >= _table()["content_zipf"]
    if any(kind == 1 and word not in links for word, kind in zip(words, kinds, strict=True)):
        return False
    rare = _table()["rare_zipf"]
    return not any(
        kind == 2 and zipf(word, code) < rare for word, kind in zip(words, kinds, strict=True)
    )


@lru_cache(maxsize=8)
def _compound_words(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """The source's words that link a borrowed compound, and its articles (phrases.json)."""
    table = _table()
    return (
        frozenset(table["compound_links"].get(source, ())),
        frozenset(table["articles"].get(source, ())),
    )


@lru_cache(maxsize=65536)
def _own_word(word: str, source: str, code: str, own_words: frozenset[str]) -> bool:
    """A word of the text's own language: a function word of it, or a common word of it that
    the source language uses less ("jsem", "zkusil")."""
    if word in own_words:
        return True
    own = zipf(word, code)
    return own >= _OWN_ZIPF and own > source_zipf(word, source)


_OWN_ZIPF = 3.0


@lru_cache(maxsize=1)
def _loan_phrases() -> tuple[str, ...]:
    return tuple(_table()["loan_phrases"])


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 300)
    sentence_start = left
    for found in _SENTENCE_END.finditer(text, left, start):
        sentence_start = found.end()
    found = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return sentence_start, found.start() if found else min(len(text), end + 300)


def _quoted(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """An odd number of quotation marks before the run in its sentence: it is quoted."""
    before = text[sentence_start:start]
    after = text[end:sentence_end]
    marks = sum(before.count(q) for q in _QUOTES if q not in "'’")
    if start and text[start - 1] in _QUOTES:
        return True
    return marks % 2 == 1 and any(q in after for q in _QUOTES)


def _bracketed(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 60), start)
    return opening != -1 and ")" not in text[opening:start] and ")" in text[end : end + 60]
