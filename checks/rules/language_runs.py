"""Language: words left in another language, read word by word from wordfreq (MT516): a run of
two or more words another language uses far more than the text's own ("the BTC perpetual
futures" in Russian), a line in it ("Leggi anche: Crypto Losses Fall …"), or one capitalised
word of it the text's own does not know before a word of its own ("Significantly mehr Geld")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.foreignruns import (
    Hit,
    group_language,
    headline_runs,
    latin_words_table,
    loan_phrases,
    mt504_words,
    own_words_around,
    run_languages,
    runs,
    runs_table,
)
from mtlint.checks.foreignsegments import document_hits
from mtlint.checks.foreigntitles import hyphened_capitals, title_runs, writes_english
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.sourcewords import in_brackets
from mtlint.checks.textscan import language_data, looks_technical, unique_chunks
from mtlint.checks.wordlists import proper_nouns, zipf

_LANGUAGES = run_languages()
_WORD_BEFORE = re.compile(r"([^\W\d_]+)([^\w]{0,3})$")
_WORD_AFTER = re.compile(r"([^\w]{0,3}?)([^\W\d_]+)")
_QUOTES = "\"“”‘’«»„‹›`'*_"
# A mark that ends what came before: the word after it opens a sentence, a line or a label.
_OPENERS = ".!?:\n•|"
_LATIN = re.compile(r"[A-Za-z]")
# A lower-case Latin word in a text of another script: the other language uses it this much.
_LATIN_WORD_ZIPF = 4.5
# Code: a word before "=", "(" or ".name" ("items = []", "items.append(x)").
_CODE_AFTER = re.compile(r"\s*(?:=|\()|\.[a-z_]")
# An English term in title case (checks/foreigntitles.py): a name-shaped run, read from word
# frequencies alone.
_TERM_CONFIDENCE = 0.6
_TERM_ONCE = 0.35
_PROSE_FORMATS = ("text", "html", "markdown", "docx")
_IDENTIFIER = re.compile(r"(?<![\w.])([^\W\d_]+)(?:[=(]|\.[a-z_])")


@register
class ForeignWordRun(Rule):
    code = "MT516"
    name = "foreign-word-run"
    summary = (
        "Words left in another language, read from word frequencies ('квартиры perpetual futures')."
    )
    severity = Severity.WARNING
    languages = _LANGUAGES
    doc = """
    What it finds: words another language uses far more than the text's own, by wordfreq:
    each word is weighed on its own (that language's Zipf at least 3 and 1.3 points above the
    text's, which must know it under Zipf 4: a loanword the language uses well — "computer",
    "manager", "weekend" in Italian — is its own). Two or more such words of one language side
    by side (one word both languages know may stand between: "level of detail") are a run
    left untranslated: "появление BTC perpetual futures", "Latest TIN LIÊN QUAN" (a line in
    capitals needs three). One such word alone is reported where the text's own grammar shows
    it is no name: a capitalised English word between two lower-case words of the text's own
    ("uccisioni della British ufficiali"), or opening a sentence, line or label before one
    ("Significantly mehr Geld", where the text's own does not know it at all). An English
    term in title case inside a sentence of the text's own ("el Dragon Boat Festival es",
    "il Mid-Autumn Festival"): capitalised English words side by side, one of which the
    text's language hardly writes while English writes it everywhere (wordfreq: es "boat" 2.7
    against 4.7), none of which English may write as a name or a small word
    (checks/foreigntitles.py; resources/language/runs.json title_runs), in a document that
    writes no English sentence of its own; at the bar when a prose document writes the term
    twice or more (MT leaves it wherever it stands), doubtful (0.35) once or in a translator's
    catalogue (which keeps feature names in English by its glossary: "Album Gain"). The text
    languages read and the languages asked are data (resources/language/runs.json): the usual
    sources of machine translation into English, English for every other language.
    Why it matters: MT leaves words it could not translate as they were; each may be too
    short or too capitalised for the other checks (MT504 reads lower-case single words,
    MT508 phrases held together by grammar words, MT502 whole sentences).
    Fix safety: none automatic (a display-only hint: translate it).
    Known false positives: a title or motto kept in its language without quotes; a product or
    brand name made of common words written in lower case; a dish or custom named in its
    language in English prose ("crema catalana"); an English loan phrase missing from the
    shipped list; a Latin label or identifier in Cyrillic prose with no control noun before it
    and no code sign anywhere in the text. Quiet for runs in title case (names: "Protection
    Civile", "Premier League"), in quotes or brackets, in web addresses and code, for listed
    proper nouns, for a capitalised word the text writes between other capitalised words (a
    name) or three times or more, for words MT504 reads (one finding a span: "pranzo della
    domenica" is MT504's), for established loan phrases ("machine learning", "food truck":
    resources/language/runs.json loan_phrases), and, in a text of another script, for a Latin
    word the language knows (Zipf 3.5: "online") or lists as a loan ("email"), one after a
    noun naming a control or code element ("кнопку start", "в поле name") and one the text
    writes before "=", "(" or ".name" ("items.append(x)").
    """
    examples = (
        Example(*["Вчера на рынке появились BTC perpetual futures для клиентов."] * 2, "ru"),
        Example(*["Il governo ha speso Significantly più soldi per la difesa."] * 2, "it"),
        good("Mais si le Labour accepte notre budget, nous voterons contre.", "fr"),
        Example(*["Der Bund rüstet auf: Significantly mehr Geld für den Schutz."] * 2, "de"),
        good("Il computer del manager è rimasto in ufficio per tutto il weekend.", "it"),
        good("La Premier League ha deciso di rinviare la partita di sabato.", "it"),
        good("Der Chef will das Update mit neuen Features am Montag veröffentlichen.", "de"),
        good("Il gruppo ha suonato “perpetual motion machine” davanti a mille persone.", "it"),
        good("The mayor said the fiesta would go on as planned this weekend.", "en"),
        good("On Sundays the cousins shared the pranzo della domenica at noon.", "en"),
        good("Нажмите кнопку start в правом верхнем углу окна.", "ru"),
        good("Сначала очистите items, а потом вызовите items.clear() ещё раз.", "ru"),
        good("Na targach stał food truck z naleśnikami i lodami.", "pl"),
        Example(
            *[
                "Cada año el Dragon Boat Festival es una fiesta; "
                "con el Dragon Boat Festival no hay clase."
            ]
            * 2,
            "es",
        ),
        good("El Real Madrid ganó la Premier League y la Premier League juvenil.", "es"),
        good("La fábrica de Thomas Cook Retail cerró; Thomas Cook Retail no paga.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        if code not in _LANGUAGES:
            return
        found = document_hits(document, code)
        if not found:
            yield from self._terms(document, found, code, [])
            return
        text = document.text
        # A lower-case word MT504 weighs is MT504's: one finding per span.
        theirs = mt504_words(document, code)
        # How often each form stands in the text as a whole word (no search of the text per
        # candidate: the hits are every place a leaning word stands).
        uses = Counter(hit.word for hit in found)
        phrases = loan_phrases(code)
        names = proper_nouns(language_data(document))
        headed = set()
        reported = []
        for start, end, language in headline_runs(text, found, code):
            headed.add(start)
            reported.append((start, end))
            yield self._report(text, start, end, language, 0.65, "a line")
        for group in runs(text, found, code):
            placed = [item for item in group if isinstance(item, Hit)]
            if any(_line_start(text, h.start) in headed for h in placed):
                continue
            if any(hit.word.lower() in names or hit.word in theirs for hit in placed):
                continue
            if len(placed) >= 2:
                shown = " ".join(text[placed[0].start : placed[-1].end].lower().split())
                if shown in phrases:
                    continue  # a loan the language writes ("machine learning")
                finding = self._run(text, placed, code)
            elif code != "en":
                finding = self._single(document, placed[0], code, uses)
            else:
                finding = None
            if finding is not None:
                reported.append((finding.start, finding.end))
                yield finding
        yield from self._terms(document, found, code, reported)

    def _terms(
        self,
        document: Document,
        found: list[Hit],
        code: str,
        reported: list[tuple[int, int]],
    ) -> Iterator[Finding]:
        """An English term in title case inside a sentence of the text's own ("el Dragon
        Boat Festival es"): checks/foreigntitles.py."""
        text = document.text
        if "en" not in runs_table(code).sources or "Latin" not in language_data(document).scripts:
            return
        capitals = [
            (h.start, h.end) for h in found if h.word[:1].isupper() and "en" in h.leaning.languages
        ]
        chunks = unique_chunks(document)
        capitals += hyphened_capitals(text, chunks, code)
        if not capitals or writes_english(text, code, chunks):
            return
        phrases, names = loan_phrases(code), proper_nouns(language_data(document))
        again_seen: dict[str, bool] = {}
        prose = not document.units and document.format in _PROSE_FORMATS
        for start, end in title_runs(text, iter(sorted(capitals)), code):
            shown = " ".join(text[start:end].lower().split())
            if (
                shown in phrases
                or shown in names
                or any(s < end and start < e for s, e in reported)
            ):
                continue
            if _on_purpose(text, start, end) or looks_technical(text, start, end):
                continue
            if not own_words_around(text, start, end, code, "en"):
                continue
            # The document's evidence: MT leaves the term wherever it stands (the page's
            # subject, said again and again); a name or title kept on purpose is mostly named
            # once. A single one is a doubtful reading.
            term = text[start:end]
            if term not in again_seen:
                again_seen[term] = _written_again(text, term, start, end)
            # A translator's catalogue keeps feature and product names in English by its
            # glossary ("Album Gain", "24 Pull Requests"): there the reading stays doubtful.
            again = again_seen[term] and prose
            confidence = _TERM_CONFIDENCE if again else _TERM_ONCE
            yield self._report(text, start, end, "en", confidence, "a term")

    def _run(self, text: str, placed: list[Hit], code: str) -> Finding | None:
        start, end = placed[0].start, placed[-1].end
        words = text[start:end].split()
        language = group_language(placed)
        capitals = [w[:1].isupper() for w in words]
        if all(w.isupper() for w in words if len(w) > 1):
            # A line in capitals: three different words, two of them no acronym ("ÖVP ÖVP").
            distinct = {h.word.lower() for h in placed}
            if len(distinct) < 3 or sum(len(w) >= 4 for w in distinct) < 2:
                return None
            confidence = 0.6
        elif any(capitals[1:]) or (capitals[0] and _mid_sentence(text, start)):
            return None  # a name or a title ("pharmaceutical benefits Scheme")
        elif not _has_capitals(text, start):
            return None  # a line without capitals: a name cannot be told ("médecins sans …")
        else:
            # Left inside a sentence of the text's own: the sentence must go on in it (a
            # sentence all in the other language is MT502's).
            if not own_words_around(text, start, end, code, language):
                return None
            confidence = 0.75 if len(placed) >= 3 else 0.65
        if _on_purpose(text, start, end) or any(
            looks_technical(text, h.start, h.end) for h in placed
        ):
            return None
        return self._report(text, start, end, language, confidence, "words")

    def _single(
        self, document: Document, hit: Hit, code: str, uses: Counter[str]
    ) -> Finding | None:
        text, word, leaning = document.text, hit.word, hit.leaning
        if word.islower() and "Latin" not in language_data(document).scripts:
            return self._latin_word(document, hit, code, uses)
        if not word[:1].isupper() or word.isupper() or len(word) < 4:
            return None
        if leaning.theirs < runs_table(code).single_min_zipf:
            return None
        before, after = _word_before(text, hit.start), _word_after(text, hit.end)
        if after is None or not _own_lower(after[1], code, leaning.language):
            return None
        # The capital says nothing at a sentence's, line's or label's start; in mid-sentence
        # it may mark a name ("le Labour accepte"): either way the text's own must not know
        # the word at all (MT504's bar for a lower-case word), and mid-sentence the word
        # before must be a lower-case word of the text's own ("della Significantly").
        table = runs_table(code)
        if leaning.own > table.opener_own_max or leaning.theirs - leaning.own < table.opener_margin:
            return None
        opener = before is None or any(m in before[1] for m in _OPENERS)
        if not opener and (not _own_lower(before[0], code, leaning.language) or before[1].strip()):
            return None
        confidence = 0.6 if opener else 0.55
        if _on_purpose(text, hit.start, hit.end) or looks_technical(text, hit.start, hit.end):
            return None
        if uses[word] >= 3:
            return None  # a name or term the text uses
        return self._report(text, hit.start, hit.end, leaning.language, confidence, "word")

    def _latin_word(
        self, document: Document, hit: Hit, code: str, uses: Counter[str]
    ) -> Finding | None:
        """A lower-case Latin word in a text of another script, between its words ("мы
        обсудили town и деревню"): no name (lower case), no unit (a common word of the other
        language, Zipf 4.5 or more), no loan the text's own knows ("online", "email"), no
        label or identifier ("кнопку start", "items = []")."""
        text, word = document.text, hit.word
        if len(word) < 3 or hit.leaning.theirs < _LATIN_WORD_ZIPF:
            return None
        own_known, loans, ui_nouns = latin_words_table(code)
        if hit.leaning.own >= own_known or word.lower() in loans:
            return None
        before, after = _word_before(text, hit.start), _word_after(text, hit.end)
        beside = [w for w in (before and before[0], after and after[1]) if w]
        if not any(not _LATIN.search(w) for w in beside):
            return None
        phrases = loan_phrases(code)
        if (before and f"{before[0]} {word}".lower() in phrases) or (
            after and f"{word} {after[1]}".lower() in phrases
        ):
            return None  # half of a loan phrase whose other half is the language's ("open source")
        if before is not None and before[0].lower().startswith(ui_nouns):
            return None  # a label or a name in code after "кнопку", "поле", "вкладку"
        if _code_word(document, word, hit.end):
            return None
        if _on_purpose(text, hit.start, hit.end) or looks_technical(text, hit.start, hit.end):
            return None
        if uses[word] >= 3:
            return None  # a term the text uses
        return self._report(text, hit.start, hit.end, hit.leaning.language, 0.6, "a word")

    def _report(
        self, text: str, start: int, end: int, language: str, confidence: float, what: str
    ) -> Finding:
        shown = text[start:end]
        return self.finding(
            start,
            end,
            f"'{shown}': {what} of {language} that this text's language hardly uses: "
            "left untranslated?",
            fixes=[Fix((Edit(start, end, shown),), Applicability.DISPLAY_ONLY, "translate")],
            confidence=confidence,
            data=(("source_language", language),),
        )


def _written_again(text: str, term: str, start: int, end: int) -> bool:
    """The document writes ``term`` (at ``start``) once more, before or after (a search that
    stops at the first one found)."""
    return text.rfind(term, 0, start) != -1 or text.find(term, end) != -1


def _word_before(text: str, start: int) -> tuple[str, str] | None:
    """The word before ``start`` and the marks between (None at a line's start)."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None or "\n" in match.group(2):
        return None
    return match.group(1), match.group(2)


def _word_after(text: str, end: int) -> tuple[str, str] | None:
    """The marks after ``end`` and the word after them."""
    match = _WORD_AFTER.match(text, end, end + 40)
    if match is None or "\n" in match.group(1) or any(m in match.group(1) for m in ".!?:"):
        return None
    return match.group(1), match.group(2)


def _own_lower(word: str, code: str, other: str) -> bool:
    """A lower-case word of the text's own: common there and not leaning to ``other``."""
    if not word.islower():
        return False
    own = zipf(word, code)
    if own < 3.5:
        return False
    from mtlint.checks.foreignwords import source_zipf

    return source_zipf(word, other) - own < 1.0


def _has_capitals(text: str, at: int) -> bool:
    """The line around ``at`` writes capitals somewhere (a text in lower case only hides its
    names)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return not line.islower()


def _mid_sentence(text: str, start: int) -> bool:
    before = _word_before(text, start)
    return before is not None and not any(m in before[1] for m in _OPENERS)


def _on_purpose(text: str, start: int, end: int) -> bool:
    """Quoted (right around, or an open quotation in the line), or bracketed."""
    if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
        return True
    if in_brackets(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.count('"') % 2 == 1:
        return True
    opened = max(before.rfind(m) for m in "“«„‹")
    return opened != -1 and max(before.rfind(m) for m in "”»›") < opened


def _code_word(document: Document, word: str, end: int) -> bool:
    """``word`` is an identifier: followed by "=", "(" or ".name" here, or written so anywhere
    in the text ("items = []" here, "items.append(x)" later; the text's chunks read once)."""
    if _CODE_AFTER.match(document.text, end):
        return True
    return word in document.analysis.get("untranslated:identifiers", lambda: _identifiers(document))


def _identifiers(document: Document) -> frozenset[str]:
    """The words the text writes before "=", "(" or ".name" in one chunk ("items.append(x)")."""
    found = set()
    for chunk in unique_chunks(document):
        if (match := _IDENTIFIER.search(chunk)) is not None:
            found.add(match.group(1))
    return frozenset(found)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1
