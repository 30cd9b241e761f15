"""Language: runs of a foreign script, and sentences left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib.util import find_spec

from mtlint.checks.codepagemix import Misread, misread_word
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, available_languages, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.scripts import (
    FROM_LATIN,
    SCRIPT_RANGES,
    TO_LATIN,
    dominant_script,
    foreign_run_pattern,
    latin_inside_pattern,
    script_of,
    swap_lookalikes,
)
from mtlint.checks.textscan import (
    chunk_tables,
    chunk_text,
    find_all,
    has_character,
    trie_pattern,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordgate import WordGate
from mtlint.checks.wordlists import wordfreq_zipf

_OPENERS = "\"'“‘«„‹「『(（[《"
_CLOSERS = "\"'”’»“›」』)）]》"


def _language_data(document: Document) -> LanguageData:
    data = document.lang_data
    return data if isinstance(data, LanguageData) else load_language_data(document.language)


def _enclosed(text: str, start: int, end: int) -> bool:
    """The run sits inside quotes or brackets (a quoted name, an original-language gloss), or
    inside a bracket with a label or transliteration beside it: "(jap. 天津飯, Tienshinhan)",
    "(en grec ancien Τελαμών/Telamốn)", "(аварийная защита – havarijná ochrana)"."""
    before = text[max(0, start - 2) : start].rstrip()
    after = text[end : end + 2].lstrip()
    if bool(before) and before[-1] in _OPENERS and bool(after) and after[0] in _CLOSERS:
        return True
    opened = text.rfind("(", max(0, start - _GLOSS_REACH), start)
    if opened < 0 or ")" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find(")", end, end + 80)
    if closed < 0 or "(" in text[end:closed] or "\n" in text[end:closed]:
        return False
    # A gloss, not a word left untranslated ("(26 人)"): a label before it ("jap.", "Arab:")
    # or a transliteration or translation after it ("/Telamốn", ", Dōdō", " – havarijná").
    return bool(_GLOSS_LABEL.search(text, opened, start) or _GLOSS_AFTER.match(text, end))


# A label may take a space before its colon (French style, and wiki mirrors in other
# languages: "chinois : 汉字", "китайский : 汉字"); a bracket may list several glosses
# ("(японский : 漢字 ; китайский : 汉字)").
_GLOSS_LABEL = re.compile(r"[^\W\d_]{2,} ?[.:] *$")
_GLOSS_REACH = 80
_GLOSS_AFTER = re.compile(r" *(?:[/,;]|[–—-] ) *[^\W\d_]")


def _allowed_scripts(document: Document, data: LanguageData) -> frozenset[str]:
    allowed = set(data.scripts)
    if data.code not in available_languages():
        # No table for this language: trust the text's own main script rather than flag it all.
        main = dominant_script(document.text)
        if main:
            allowed.add(main)
    return frozenset(allowed)


@register
class ForeignScriptRun(Rule):
    code = "MT501"
    name = "foreign-script-run"
    summary = "Letters of another script in the text (“Cyanuric acid and 三聚氰胺 were found”)."
    severity = Severity.ERROR
    doc = """
    What it finds: a run of letters from a script the document's language is not written in
    (Cyrillic, Arabic, CJK, Greek, Hebrew, Devanagari … in English; CJK in Russian), taken from the
    language table's "scripts". Latin is tolerated everywhere (names, brands, URLs).
    Why it matters: MT leaves words it could not translate in the source script ("code-mixing");
    the reader cannot read them and spell checkers skip them.
    Fix safety: none automatic for a foreign run: the word has to be translated; the finding
    carries a display-only hint. A look-alike letter inside a word is swapped for the letter of
    the word's own script (safe).
    Also: look-alike letters of another script inside a word ("Рutin" with a Cyrillic Р; a
    Latin "y" inside a Russian word); a Latin name whose marked letter became a letter of the
    text's script through its legacy code page (Greek "Dybkjζr" for "Dybkjær", Russian
    "Mьller" for "Müller"; ``home_pages`` in resources/garble/code_pages.json): one finding
    for the word, its repair offered (unsafe).
    Known false positives: original-language names given in quotes or brackets are skipped
    ("Moscow (Москва)"); single Greek letters (α-helix, Δ) are skipped; the katakana middle dot
    "・" is punctuation, not a letter (a list bullet of a Japanese page's English text);
    linguistics texts that quote other scripts on purpose.
    """
    examples = (
        # The hint leaves the text as it is: translating is the reader's job.
        Example(*["Cyanuric acid and 三聚氰胺 were both found in urine samples."] * 2),
        Example(*["I don't 知道 if you realize that most goods are duty free."] * 2),
        Example(*["The president of Россия arrived on Sunday."] * 2),
        good("He met Putin in Tashkent on Sunday."),
        good("Moscow (Москва) is the capital."),
        good("The α-helix and β-sheet are common folds."),
        good("Президент России прибыл в Ташкент.", "ru"),
        good("Президент Putin прибыл в Ташкент.", "ru"),
        good("Čeština ∙ Deutsch ∙ Ελληνικά ∙ English ∙ Español ∙ 日本語 ∙ Русский"),
        # The katakana middle dot as a list bullet is layout, not a foreign word.
        good("Please note:\n・Keep your mask on in the car.\n・Wash your hands often."),
        good("東京は日本の首都です。", "ja"),
        # Look-alike letters from another script inside a word are swapped back.
        Example("President Рutin arrived.", "President Putin arrived."),
        Example("Президент Пyтин прибыл.", "Президент Путин прибыл.", "ru"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = _language_data(document)
        pattern = foreign_run_pattern(_allowed_scripts(document, data))
        if pattern is None:
            return
        text = document.text
        yield from self._latin_lookalikes(document, data)
        # Every run starts with a foreign letter: a text none of whose distinct characters is
        # one (most texts) has no run, and is not scanned.
        if not has_character(document, pattern):
            return
        for match in pattern.finditer(text):
            start, end = match.span()
            run = match.group(0)
            script = script_of(run[0]) or "another"
            if "Latin" in data.scripts and _touches_latin(text, start, end):
                yield self._lookalike(start, end, run, script, "Latin", TO_LATIN)
                continue
            if script == "Greek" and len(run) == 1:
                continue  # a symbol: α-helix, Δ, π
            if _enclosed(text, start, end) or _menu_item(text, start, end):
                continue
            shown = run if len(run) <= 40 else run[:39] + "…"
            hint = Fix(
                (Edit(start, end, run),),
                Applicability.DISPLAY_ONLY,
                f"translate “{shown}” ({script} script)",
            )
            yield self.finding(
                start,
                end,
                f"“{shown}” is in {script} script, not {'/'.join(sorted(data.scripts))}: left "
                "untranslated?",
                fixes=[hint],
                confidence=0.9 if len(run) > 1 else 0.7,
            )

    def _misread(self, word: Misread, data: LanguageData) -> Finding:
        fix = Fix((Edit(word.start, word.end, word.repaired),), Applicability.UNSAFE, word.repaired)
        return self.finding(
            word.start,
            word.end,
            f"“{word.word}” is a Latin word read through the {data.code} code page: "
            f"“{word.repaired}”",
            fixes=[fix],
            confidence=0.7,
        )

    def _latin_lookalikes(self, document: Document, data: LanguageData) -> Iterator[Finding]:
        """In a Cyrillic or Greek document, Latin letters inside a word of the home script."""
        if "Latin" in data.scripts:
            return
        pattern = latin_inside_pattern(frozenset(data.scripts))
        if pattern is None:
            return
        home = next((s for s in sorted(data.scripts) if s in FROM_LATIN), None)
        if home is None:
            # No script of the language has Latin look-alikes (Chinese, Japanese, Korean): a
            # Latin word glued to Han or kana is a name or an acronym ("CNBCが", "IT関連").
            return
        misread: set[int] = set()
        for match in pattern.finditer(document.text):
            word = misread_word(document.text, match.start(), match.end(), data.code)
            if word is not None:
                if word.start not in misread:
                    misread.add(word.start)
                    yield self._misread(word, data)
                continue
            yield self._lookalike(
                match.start(), match.end(), match.group(0), "Latin", home, FROM_LATIN.get(home, {})
            )

    def _lookalike(
        self, start: int, end: int, run: str, script: str, home: str | None, table: dict[str, str]
    ) -> Finding:
        swapped = swap_lookalikes(run, table)
        if swapped is not None:
            fix = Fix((Edit(start, end, swapped),), Applicability.SAFE, f"use {home} “{swapped}”")
        else:
            fix = Fix((Edit(start, end, run),), Applicability.DISPLAY_ONLY, "retype this word")
        return self.finding(
            start,
            end,
            f"{script} letter(s) “{run}” inside a {home or 'native'} word (a look-alike swap?)",
            fixes=[fix],
            confidence=0.9,
        )


def _touches_latin(text: str, start: int, end: int) -> bool:
    """The run is glued to Latin letters: part of a mixed-script word such as "Рutin"."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return any(c.isascii() and c.isalpha() for c in (before, after))


# --- untranslated sentences ---------------------------------------------------------------------

_LATIN_LETTER = re.compile("[A-Za-z]")
# Latin words joined by spaces and light punctuation, ending at the run's last letter or mark.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’\-]*){3,}[.!?]?")


@lru_cache(maxsize=1)
def _latin_stop_words() -> dict[str, frozenset[str]]:
    """Stop words of each spaced Latin-script language with a table."""
    found: dict[str, frozenset[str]] = {}
    for code in available_languages():
        data = load_language_data(code)
        if data.spaced and "Latin" in data.scripts and data.stop_words:
            found[code] = data.stop_words
    return found


_QUOTED = re.compile(r"[“„«‹\"]([^”“»›\"\n]{1,400})[”“»›\"]")
_SENTENCE_BREAK = re.compile(r"[.!?…。！？]\s|\n")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Stop-word hits needed within one window before a sentence is looked at closely.
_MIN_HITS = 2
_WINDOW = 80
# Confirmations after which the stop-word test is trusted alone for a language, and refutations
# after which that language's candidates are no longer sent to langdetect.
_TRUST = 10
_GIVE_UP = 20
# A sentence with a single distinctive stop word of another language: at least this many of
# that language's stop words in it.
_STRICT_HITS = 3
# A foreign clause inside a sentence of the document's language ("…, and the mayor said that
# la ciudad está lista para el invierno."): at least this many words, this many stop words of
# the other language, and a lower-case content word (a run of capitalised words with "de" and
# "la" in it is a name: "Partido de la Revolución Democrática").
_CLAUSE_WORDS = 4
_CLAUSE_STOP_WORDS = 2
# A word this common in the document's language (Zipf) ends a foreign clause.
_OWN_WORD_ZIPF = 3.5
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[^\w\s,;:'’-]")


_NEIGHBOURHOOD = 40


def _narrowed_to_clause(
    text: str,
    candidate: tuple[int, int, str],
    code: str,
    own_words: frozenset[str],
    others: dict[str, frozenset[str]],
) -> tuple[int, int, str]:
    """The foreign clause of a candidate sentence that also holds words of the document's own
    ("El ministro dijo que the government will not …" → from "the"), else the sentence."""
    start, end, best_code = candidate
    own = sum(w.lower() in own_words for w in _WORDS.findall(text, start, end))
    if own < _MIN_HITS:
        return candidate
    clause = _foreign_clause(text, start, end, code, own_words, others)
    if clause is None or clause[2] != best_code:
        return candidate
    # The rest of the sentence must be the document's language ("El ministro dijo que"), not
    # more of the foreign one that merely shares a few short words with it ("Le squadre …").
    rest = _WORDS.findall(text, start, clause[0]) + _WORDS.findall(text, clause[1], end)
    own_rest = sum(w.lower() in own_words for w in rest)
    foreign_rest = sum(w.lower() in others[best_code] for w in rest)
    return clause if own_rest >= _MIN_HITS and own_rest > foreign_rest else candidate


def _foreign_neighbour(text: str, hit: int, foreign_any: frozenset[str]) -> bool:
    """Another word within ``_NEIGHBOURHOOD`` characters of the hit word is a stop word of some
    other language and not of the document's."""
    words = _WORDS.findall(text, max(0, hit - _NEIGHBOURHOOD), hit + _NEIGHBOURHOOD)
    return sum(w.lower() in foreign_any for w in words) >= _MIN_HITS


@lru_cache(maxsize=32)
def _foreign_any_cached(
    code: str, own_words: frozenset[str], languages: tuple[str, ...]
) -> frozenset[str]:
    _, others = _foreign_stop_words(code)
    return frozenset().union(*(others[c] for c in languages)) - own_words


def _foreign_any(
    code: str, own_words: frozenset[str], others: dict[str, frozenset[str]]
) -> frozenset[str]:
    """Every stop word of the other languages that is not a word of the document's."""
    return _foreign_any_cached(code, own_words, tuple(sorted(others)))


def _foreign_clause(
    text: str,
    start: int,
    end: int,
    code: str,
    own_words: frozenset[str],
    others: dict[str, frozenset[str]],
) -> tuple[int, int, str] | None:
    """The longest run of words in ``text[start:end]`` none of which is a word of the document's
    language, holding stop words of one other language (see ``_CLAUSE_WORDS``), with that
    language; None when there is none. Quotations are skipped (a quoted remark may stay in its
    language)."""
    from mtlint.checks.wordlists import zipf

    sentence = _QUOTED.sub(lambda m: "\0" * len(m.group()), text[start:end])
    foreign = [w for w in _WORDS.findall(sentence.lower()) if w not in own_words]
    counts = {other: sum(w in stop for w in foreign) for other, stop in others.items()}
    likely = max(counts, key=counts.__getitem__, default=None)
    if likely is None or counts[likely] < _CLAUSE_STOP_WORDS:
        return None  # most sentences: no other language's stop words to make a clause of
    best: tuple[int, int, str] | None = None
    best_words = 0
    run: list[tuple[int, int, str]] = []  # (start, end, word) of the current run
    for token in [*_TOKEN.finditer(sentence), None]:
        word = token.group().lower() if token is not None else ""
        own = (
            token is None
            or not word[0].isalpha()
            or word in own_words
            or (
                not any(word in stop for stop in others.values())
                and _own_word(zipf, word, code, likely)
            )
        )
        if not own:
            run.append((token.start(), token.end(), token.group()))
            continue
        if len(run) >= max(_CLAUSE_WORDS, best_words + 1):
            language = _clause_language([w for _, _, w in run], others)
            if language is not None:
                best = (start + run[0][0], start + run[-1][1], language)
                best_words = len(run)
        run = []
    return best


def _own_word(zipf, word: str, code: str, likely: str) -> bool:  # type: ignore[no-untyped-def]
    """A common word of the document's language that is not rather a word of the language the
    clause seems to be in (English words are common in French and German web text:
    "government" ends no English clause in French)."""
    own = zipf(word, code)
    return own >= _OWN_WORD_ZIPF and own >= zipf(word, likely) - _OWN_MARGIN


# A word this much more common (Zipf) in the clause's likely language is that language's.
_OWN_MARGIN = 0.5


def _clause_language(words: list[str], others: dict[str, frozenset[str]]) -> str | None:
    """The language whose stop words the run holds at least ``_CLAUSE_STOP_WORDS`` of, when
    the run also holds a lower-case word that is none of them."""
    lower = [w.lower() for w in words]
    counts = {code: sum(w in stop for w in lower) for code, stop in others.items()}
    language = max(counts, key=counts.__getitem__, default=None)
    if language is None or counts[language] < _CLAUSE_STOP_WORDS:
        return None
    stop_words = others[language]
    if not any(w.islower() and w not in stop_words for w in words):
        return None
    return language


@lru_cache(maxsize=32)
def _foreign_stop_words(code: str) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """A regex of stop words of other languages in the same script that are not words of this
    one, and each such language's stop words."""
    own = load_language_data(code)
    own_words = own.stop_words | own.function_words
    if not own.spaced:
        return None, {}
    # wordfreq's own numbers, read without importing wordfreq for plain words (checks/wordlists).
    zipf_frequency = wordfreq_zipf if find_spec("wordfreq") is not None else None
    others: dict[str, frozenset[str]] = {}
    distinctive: set[str] = set()
    for other_code in available_languages():
        if other_code == code:
            continue
        other = load_language_data(other_code)
        if not other.spaced or not (other.scripts & own.scripts):
            continue
        others[other_code] = other.stop_words
        for word in other.stop_words:
            if word in own_words or len(word) < 2:
                continue
            # A word common in this language too ("die", "also" in English) proves nothing.
            if zipf_frequency is not None and _zipf(zipf_frequency, word, code) > 4.4:
                continue
            distinctive.add(word)
    if not distinctive:
        return None, others
    forms = distinctive | {w[:1].upper() + w[1:] for w in distinctive}
    first_letters = re.escape("".join(sorted({w[0] for w in forms})))
    # Speed: a literal space first lets the engine jump from word start to word start; the
    # lookahead rejects most words on their first letter before the (trie-shaped) alternation.
    return re.compile(rf" (?=[{first_letters}]){trie_pattern(forms)}(?![^\W\d_])"), others


# Up to this many distinct chunks, a document is always screened chunk by chunk (memoised);
# above it, only when it repeats its chunks enough (a chunk costs about as much to screen as
# 25 characters cost to scan).
_SCREEN_CHUNKS = 20_000
_CHARS_PER_CHUNK = 25
# From this size on, the text is scanned for the stop words its chunks hold, not all of them.
_NARROW_FROM = 100_000


def _hit_words(
    document: Document, code: str, pattern: re.Pattern[str]
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stop words ``pattern`` can match in this document (empty: none anywhere) and those
    of them some chunk holds with a word character (\\w: a digit, "_") right after the word,
    or None when the document is not screened. A match starts a whitespace chunk (after a space), so
    ``pattern`` must match " " + some distinct chunk, and the word it matches there is decided
    by that chunk alone. Most small files have no such chunk and skip the whole-text scan;
    chunks are screened once per process."""
    chunks = unique_chunks(document)
    if len(chunks) > _SCREEN_CHUNKS and len(chunks) * _CHARS_PER_CHUNK > len(document.text):
        return None  # many distinct chunks for its size: screening would cost more than it saves
    if "\\ " in pattern.pattern:  # a stop word with a space in it spans two chunks
        return None
    fresh, (word_of,), seen = chunk_tables(("foreign-stop-words", code), chunks, 1)
    # ``pattern.match(" " + chunk)`` for every fresh chunk, as one scan of the chunks, each after
    # a separator: the pattern starts with a literal space (here the separator) and matches no
    # separator after it (no stop word holds one; no chunk holds whitespace), and its last test,
    # "no letter next", holds at a separator as at the end, so its matches there are each
    # chunk's own. All chunks fresh: the document's cached chunk text, with line breaks.
    if fresh is chunks and "\n" not in pattern.pattern:
        separator, joined = "\n", chunk_text(document)
        pattern = _with_line_break(pattern)
    else:
        separator, joined = " ", " " + " ".join(fresh)
    end_of = joined.find
    for found in pattern.finditer(joined):
        start = found.start() + 1
        end = end_of(separator, start)
        word_of[joined[start : end if end != -1 else len(joined)]] = found.group()[1:]
    seen.update(fresh)
    hit_chunks = list(filter(word_of.__contains__, chunks))
    glued = {
        word
        for chunk, word in zip(hit_chunks, map(word_of.__getitem__, hit_chunks), strict=True)
        if _word_char(chunk[len(word) : len(word) + 1])
    }
    return frozenset(map(word_of.__getitem__, hit_chunks)), frozenset(glued)


def _word_char(char: str) -> bool:
    """A \\w character (``str.isalnum`` or "_"); False for ""."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=32)
def _with_line_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (which starts with a literal space) starting with a line break instead."""
    return re.compile("\n" + pattern.pattern[1:])


@lru_cache(maxsize=64)
def _narrowed(words: frozenset[str]) -> re.Pattern[str]:
    """The stop-word pattern for only ``words``: it matches at exactly the same places in a
    text whose chunks hold no other stop word, and scans far faster (a short trie, often a
    single literal the engine searches for at C speed)."""
    first_letters = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(rf" (?=[{first_letters}]){trie_pattern(set(words))}(?![^\W\d_])")


# Up to this many stop words in a text, their places are found with ``str.find``: a pattern
# that starts with a space is tried at every space of the text.
_FIND_WORDS = 4


def _hits_by_find(
    text: str,
    words: frozenset[str],
    pattern: re.Pattern[str],
    gate: WordGate | None = None,
    glued: frozenset[str] = frozenset(),
) -> list[int]:
    """``[m.start() + 1 for m in pattern.finditer(text)]`` for a text whose chunks hold no stop
    word but ``words``: every match is " " + one of ``words`` (which hold no space, so matches
    never overlap), so the places of " word" found with ``str.find`` and confirmed by
    ``pattern.match`` are all of them. With a large text's ``gate`` (``word_gate``) a word is
    searched only in the windows that may hold it (``find_all``, which leaves out only places
    where a word character follows the word's first run), unless it is in ``glued``: a word
    some chunk holds with a word character right after it, where the pattern (no letter
    next) may match and the filters would not answer."""
    places: set[int] = set()
    for word in words:
        places.update(find_all(text, " " + word, None if word in glued else gate, 1))
    match = pattern.match
    return [at + 1 for at in sorted(places) if match(text, at)]


def _zipf(zipf_frequency, word: str, code: str) -> float:
    try:
        return zipf_frequency(word, code)
    except LookupError:  # wordfreq has no list for this language: nothing is known common
        return 0.0


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - 400)
    sentence_start = left
    for match in _SENTENCE_BREAK.finditer(text, left, start):
        sentence_start = match.end()
    found = _SENTENCE_BREAK.search(text, end, min(len(text), end + 400))
    sentence_end = found.start() + 1 if found else min(len(text), end + 400)
    if found and text[found.start()] == "\n":
        sentence_end = found.start()
    return sentence_start, sentence_end


@register
class UntranslatedSentence(Rule):
    code = "MT502"
    name = "untranslated-sentence"
    summary = "A sentence still in another language (same script), e.g. French left in English."
    severity = Severity.ERROR
    doc = """
    What it finds: a sentence of four or more words whose common words belong to another language
    written in the same script (a French sentence in an English article, Ukrainian in Russian).
    A cheap stop-word count picks candidates; language identification (langdetect) confirms
    (after ten confirmations of one language and no refutation, the count alone decides, so a
    wholly untranslated document stays fast).
    Why it matters: MT systems copy sentences they fail to translate; the page then silently
    mixes languages.
    Fix safety: none automatic: the sentence has to be translated; a display-only hint is given.
    Known false positives: quoted titles, slogans and names ("the motto “Liberté, égalité,
    fraternité”") are skipped, as are single foreign words and short phrases; Latin legal phrases.
    """
    _FRENCH = (
        "He arrived on Sunday. Le président a rencontré les ministres dans la capitale. "
        "Talks went on."
    )
    _GERMAN = (
        "The minister spoke. Der Präsident ist nicht mit dem Flugzeug nach Berlin gekommen. "
        "Then he left."
    )
    examples = (
        # The hint leaves the text as it is: translating is the reader's job.
        Example(_FRENCH, _FRENCH),
        Example(_GERMAN, _GERMAN),
        good("He arrived on Sunday and met the ministers in the capital."),
        good("The motto “Liberté, égalité, fraternité” was on the wall."),
        good("They ate a croissant in the café de la Paix with the chef."),
        good("Он прибыл в воскресенье и встретился с министрами в столице.", "ru"),
        Example(
            *["该节目在网站上播出。This program was broadcast on the radio for years."] * 2, "zh"
        ),
        good("早年，该节目仅在TogiNet Radio上播出，Nintendo Switch Online也是。", "zh"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = _language_data(document)
        if data.code not in available_languages():
            return  # without the language's own common words there is nothing to compare
        if "Latin" not in data.scripts:
            yield from self._latin_sentences(document, data)
        pattern, others = _foreign_stop_words(data.code)
        if pattern is None:
            return
        text = document.text
        screened = _hit_words(document, data.code, pattern)
        words, glued = screened if screened is not None else (None, frozenset())
        if words is not None:
            if not words:
                return
            if len(text) >= _NARROW_FROM:
                pattern = _narrowed(words)
        own_words = data.stop_words | data.function_words
        foreign_any = _foreign_any(data.code, own_words, others)
        if words is not None and len(words) <= _FIND_WORDS:
            hits = _hits_by_find(text, words, pattern, word_gate(document), glued)
        else:
            hits = [m.start() + 1 for m in pattern.finditer(text)]
        reported_until = -1
        # langdetect manages some hundreds of sentences a second: bound the calls. Once a
        # language has been confirmed often and never refuted, the cheap test is trusted for it;
        # once it has been refuted often, its candidates are dropped.
        confirmed: dict[str, int] = {}
        refuted: dict[str, int] = {}
        for index, hit in enumerate(hits):
            if hit < reported_until:
                continue
            # Two stop words of another language close together make a candidate; a single
            # one is enough when the whole sentence then votes for that language clearly.
            paired = (
                index + _MIN_HITS - 1 < len(hits) and hits[index + _MIN_HITS - 1] - hit <= _WINDOW
            )
            last = hits[index + _MIN_HITS - 1] if paired else hit
            # A lone distinctive word ("con", "des" in names) needs another stop word of some
            # other language beside it before its sentence is read at all.
            if not paired and not _foreign_neighbour(text, hit, foreign_any):
                continue
            start, end = _sentence_around(text, hit, last)
            reported_until = end
            candidate = self._candidate(text, start, end, own_words, others, strict=not paired)
            if candidate is None:
                clause = _foreign_clause(text, start, end, data.code, own_words, others)
                if clause is not None:
                    finding = self._confirmed(text, clause, data, confirmed, refuted, 0.9)
                    if finding is not None:
                        yield finding
                continue
            candidate = _narrowed_to_clause(text, candidate, data.code, own_words, others)
            start, end, best_code = candidate
            yes, no = confirmed.get(best_code, 0), refuted.get(best_code, 0)
            if no >= _GIVE_UP and no > 4 * yes:
                continue
            if paired and yes >= _TRUST and no == 0:
                yield self._report(text, start, end, data, best_code, None)
                continue
            finding = self._confirmed(
                text, candidate, data, confirmed, refuted, 0.8 if paired else 0.95
            )
            if finding is not None:
                yield finding

    def _confirmed(
        self,
        text: str,
        candidate: tuple[int, int, str],
        data: LanguageData,
        confirmed: dict[str, int],
        refuted: dict[str, int],
        bar: float,
    ) -> Finding | None:
        """The finding when langdetect agrees that ``text[start:end]`` is in another language
        (probability ``bar`` or more; the stop-word vote's language when the bar is high)."""
        from mtlint.checks.language import detect_languages

        start, end, best_code = candidate
        languages = detect_languages(text[start:end])
        detected, probability = languages[0] if languages else (None, 0.0)
        strict = bar > 0.8
        if (
            detected is None
            or detected == data.code
            or probability < bar
            or (strict and detected != best_code)
        ):
            refuted[best_code] = refuted.get(best_code, 0) + 1
            return None
        confirmed[best_code] = confirmed.get(best_code, 0) + 1
        return self._report(text, start, end, data, detected, probability)

    def _latin_sentences(self, document: Document, data: LanguageData) -> Iterator[Finding]:
        """In a text not written in Latin script (Chinese, Japanese, Russian …), a Latin run of
        four or more words whose common words are a Latin-script language's: an untranslated
        sentence, not a name or product ("TogiNet Radio", "Nintendo Switch Online")."""
        if not has_character(document, _LATIN_LETTER):
            return
        tables = _latin_stop_words()
        text = document.text
        for match in _LATIN_RUN.finditer(text):
            words = [w.lower() for w in _WORDS.findall(match.group())]
            if len(words) < 4:
                continue
            best_code, best = None, 0
            for code, stop_words in tables.items():
                count = sum(w in stop_words for w in words)
                if count > best:
                    best_code, best = code, count
            if best_code is None or best < 2 or best < 0.25 * len(words):
                continue
            yield self._report(text, match.start(), match.end(), data, best_code, None)

    def _candidate(
        self,
        text: str,
        start: int,
        end: int,
        own_words: frozenset[str],
        others: dict[str, frozenset[str]],
        *,
        strict: bool = False,
    ) -> tuple[int, int, str] | None:
        """The trimmed sentence and the other language whose common words it is made of, when
        they outnumber the document language's own (``strict``: at least three, and more than
        twice as many)."""
        while start < end and not text[start].isalnum() and text[start] not in _OPENERS:
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        sentence = text[start:end]
        # Quotations may stay in their language (a motto, a title, a quoted remark): only the
        # sentence's own words count.
        words = [w.lower() for w in _WORDS.findall(_QUOTED.sub(" ", sentence))]
        if len(words) < 4:
            return None
        own = sum(w in own_words for w in words)
        best_code, best = None, 0
        for code, stop_words in others.items():
            count = sum(w in stop_words for w in words)
            if count > best:
                best_code, best = code, count
        if best_code is None or best < 2 or best <= own:
            return None
        if strict and (best < _STRICT_HITS or best <= 2 * own):
            return None
        return start, end, best_code

    def _report(
        self,
        text: str,
        start: int,
        end: int,
        data: LanguageData,
        detected: str,
        probability: float | None,
    ) -> Finding:
        sentence = text[start:end]
        hint = Fix(
            (Edit(start, end, sentence),), Applicability.DISPLAY_ONLY, "translate this sentence"
        )
        confidence = 0.8 if probability is None else min(0.95, 0.6 + probability * 0.35)
        return self.finding(
            start,
            end,
            f"This sentence looks untranslated ({detected}, not {data.code})",
            fixes=[hint],
            confidence=confidence,
            data=(
                ("detected_language", detected),
                ("probability", None if probability is None else round(probability, 3)),
            ),
        )


__all__ = ["SCRIPT_RANGES", "ForeignScriptRun", "UntranslatedSentence"]


# Separators of a navigation line ("Čeština ∙ Deutsch ∙ Ελληνικά ∙ English ∙ 日本語").
_MENU_SEPARATORS = "∙·•|"
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 3


def _menu_item(text: str, start: int, end: int) -> bool:
    """The run is one short item of a line of items split by one separator: a menu of the
    translations (each language's name in its own script), not words left untranslated
    (h24files: 48 on the language bar of 8 translated READMEs)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    for separator in _MENU_SEPARATORS:
        if line.count(separator) + 1 < _MENU_ITEMS:
            continue
        items = line.split(separator)
        at = start - line_start
        for item in items:
            if at <= len(item):
                return len(item.split()) <= _MENU_ITEM_WORDS
            at -= len(item) + 1
    return False
