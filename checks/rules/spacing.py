"""Spacing: glued words, missing and doubled spaces.

Every rule here scans the whole text with one regex that rarely matches (or looks up the text's
*unique* tokens once), so a clean megabyte costs milliseconds; per-match work may be slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from checks.documents.base import Document
from checks.langdata import LanguageData, load_language_data
from checks.model import Applicability, Edit, Finding, Fix, Severity
from checks.registry import Example, Rule, good, register
from checks.segment import find_word, find_words, looks_technical, trie_pattern, unique_chunks
from checks.wordlists import frequency_dict, zipf


def language_data(document: Document) -> LanguageData:
    data = document.lang_data
    if isinstance(data, LanguageData):
        return data
    return load_language_data(document.language or "en")


def base_language(document: Document) -> str:
    return (document.language or "en").split("-")[0].lower()


# Per-chunk memos: what a rule learns from one whitespace chunk depends only on the chunk and on
# the key (rule, language, word list), so a batch of small files, which repeat most of their
# chunks, reuses the work. Bounded; documents larger than the bound get throw-away tables.
_MEMO_LIMIT = 100_000
_MEMOS: dict[object, tuple[set[str], tuple[dict[str, object], ...]]] = {}


def chunk_tables(
    key: object, chunks: frozenset[str], tables: int
) -> tuple[frozenset[str] | set[str], tuple[dict[str, object], ...], set[str]]:
    """(the chunks not seen before, the memo tables to fill for them, the seen set) for ``key``.

    The caller stores its results for the fresh chunks in the tables, then adds them to the
    seen set, and reads all the document's chunks from the tables with ``map``/``filter`` (C
    loops, not Python ones).
    """
    if len(chunks) > _MEMO_LIMIT // 2:  # a big document: its own tables, dropped afterwards
        return chunks, tuple({} for _ in range(tables)), set()
    memo = _MEMOS.get(key)
    if memo is None or len(memo[0]) + len(chunks) > _MEMO_LIMIT:
        memo = _MEMOS[key] = (set(), tuple({} for _ in range(tables)))
    seen, found = memo
    return chunks - seen, found, seen


def _insert(offset: int, text: str, applicability: Applicability, title: str = "") -> Fix:
    return Fix((Edit(offset, offset, text),), applicability, title)


@register
class GluedWord(Rule):
    code = "MT101"
    name = "glued-word"
    summary = "A word or name fused with the next word (link text glued on: 'Putinwho')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a token that is not a word (unknown or very rare in the language's word
    frequencies) but splits into a known word or name plus a common function word: "Putinwho",
    "Netanyahuon", "Earthand", "onthe". The finding is surest when the first part also stands
    alone elsewhere in the same document ("Dendias … Dendiasin").
    Why it matters: MT and web extraction drop the space after link text; spell checkers skip
    capitalised tokens, so these survive into print.
    Fix safety: a space is inserted. Safe when the markup shows a link ending at the cut, or
    when the first part appears on its own in the document and the second part is a whole
    function word of three letters or more; otherwise unsafe. Before "who"/"which" a comma
    variant is offered as an alternative.
    Known false positives: rare names that happen to end in a short function word ("-on", "-in",
    "-as") and occur only once; a name spelled the same way more than once is taken as genuine.
    URLs, e-mails, handles, hashtags, file names and camel-case brands are never flagged.
    """
    examples = (
        Example(
            "The Russian president Vladimir Putinwho arrived on Sunday met Putin's allies.",
            "The Russian president Vladimir Putin who arrived on Sunday met Putin's allies.",
        ),
        Example("We stand on Earthand look at the sky.", "We stand on Earth and look at the sky."),
        Example(
            "Minister Dendias said so. Later Dendiasin Athens denied it.",
            "Minister Dendias said so. Later Dendias in Athens denied it.",
        ),
        Example("He looked onthe roof.", "He looked on the roof."),
        good("They moved into the house within a week; nevertheless, Robin stayed."),
        good("Visit www.putinwho.com or mail putinwho@example.org, #Earthand, @Samiand."),
        good("The Harutyunyan family and the Harutyunyan company are separate."),
        good("The Samiand file Samiand.txt is here; Samiand again."),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*_"
    _letters = re.compile(r"[^\W\d_]+")
    _technical = re.compile(r"@|#|://|/|\\|\.\w")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        glue = data.word_set("glue_words")
        if not glue:
            return
        language = base_language(document)
        if not frequency_dict(language):
            return
        text = document.text
        # Distinct chunks, not tokens: a megabyte has a few thousand of them; each is analysed
        # once per process (see chunk_tables).
        chunks = unique_chunks(document)
        fresh, (known_of, split_of), seen = chunk_tables(("glued", language, glue), chunks, 2)
        for chunk in fresh:
            known, split = self._analyse(chunk, glue, language)
            known_of[chunk] = known
            if split:
                split_of[chunk] = split
        seen.update(fresh)
        # The words standing alone anywhere, and the glued candidates, read at C speed.
        words = set(chain.from_iterable(map(known_of.__getitem__, chunks)))
        candidates = list(map(split_of.__getitem__, filter(split_of.__contains__, chunks)))
        boundaries = frozenset(document.boundaries)
        scored = []
        for token, prefix, suffix, prefix_zipf, suffix_zipf in sorted(set(candidates)):
            evidence = prefix in words
            confidence = self._confidence(token, prefix, suffix, prefix_zipf, suffix_zipf, evidence)
            if confidence <= 0 and not boundaries:
                continue
            scored.append((token, prefix, suffix, suffix_zipf, evidence, confidence))
        # One scan of the text for all candidates (not one per candidate: a large text has
        # hundreds of them).
        located = find_words(text, [row[0] for row in scored])
        for token, prefix, suffix, suffix_zipf, evidence, confidence in scored:
            spans = located.get(token, [])
            # A name spelled the same way twice is probably genuine, unless its first part also
            # stands alone (then the glue happened twice).
            if not evidence and len(spans) > 1:
                continue
            safe = (
                evidence and not suffix_zipf and len(suffix) >= 3 and zipf(token, language) == 0.0
            )
            for start, end in spans:
                if looks_technical(text, start, end):
                    continue
                cut = start + len(prefix)
                # Markup said a link ended exactly there: the strongest evidence of all.
                at_boundary = cut in boundaries
                if confidence <= 0 and not at_boundary:
                    continue
                fixes = [
                    _insert(
                        cut,
                        " ",
                        Applicability.SAFE if safe or at_boundary else Applicability.UNSAFE,
                        f"'{token}' → '{prefix} {suffix}'",
                    )
                ]
                if suffix.lower() in data.word_set("relative_pronouns"):
                    fixes.append(
                        _insert(
                            cut, ", ", Applicability.UNSAFE, f"'{token}' → '{prefix}, {suffix}'"
                        )
                    )
                if at_boundary:
                    reason = "a link ends right there"
                elif evidence:
                    reason = f"'{prefix}' appears on its own elsewhere in the text"
                else:
                    reason = f"'{token}' is not a known word"
                yield self.finding(
                    start,
                    end,
                    f"'{token}' looks like '{prefix}' glued to '{suffix}' ({reason})",
                    fixes=fixes,
                    confidence=max(confidence, 0.9) if at_boundary else confidence,
                )

    @classmethod
    def _analyse(
        cls, chunk: str, glue: frozenset[str], language: str
    ) -> tuple[tuple[str, ...], tuple[str, str, str, float, float] | None]:
        """(the words the chunk shows standing alone, its best glued split if it is one)."""
        token = chunk.strip(cls._strip)
        if token.endswith(("'s", "’s")):
            token = token[:-2]
        if cls._technical.search(token):
            return (), None
        if len(token) < 5 or not token.isalpha():
            if "-" in token:
                return (token, *token.split("-")), None
            return (token,), None
        rest = token[1:]
        if not rest.islower():  # ALLCAPS, camelCase and brands are someone else's concern
            return (token,), None
        capitalised = token[0].isupper()
        token_zipf = zipf(token, language)
        if token_zipf >= (1.5 if capitalised else 2.5):
            return (token,), None
        return (token,), cls._best_split(token, glue, language, capitalised, token_zipf)

    @staticmethod
    def _best_split(
        token: str, glue: frozenset[str], language: str, capitalised: bool, token_zipf: float
    ) -> tuple[str, str, str, float, float] | None:
        """(token, prefix, suffix, prefix zipf, suffix zipf — 0 when the suffix is a glue word)."""
        lower = token.lower()
        best: tuple[str, str, str, float, float] | None = None
        for size in range(min(6, len(token) - 2), 1, -1):
            suffix = lower[-size:]
            if suffix not in glue:
                continue
            prefix = token[:-size]
            if len(prefix) < (3 if capitalised else 2):
                continue
            prefix_zipf = zipf(prefix, language)
            if not capitalised and (
                prefix_zipf < 4.0 or (token_zipf and prefix.lower() not in glue)
            ):
                continue
            if best is None or prefix_zipf > best[3]:
                best = (token, prefix, token[-size:], prefix_zipf, 0.0)
        if (best is not None and best[3] >= 2.0) or not capitalised or token_zipf:
            return best
        glued_to_function_word = best
        best = None
        # An unknown capitalised token may also be a name glued to any frequent word
        # ("Walkerwent", "Palestineintends"): both parts must be well known.
        for cut in range(4, len(token) - 3):
            prefix, suffix = token[:cut], lower[cut:]
            suffix_zipf = zipf(suffix, language)
            if suffix_zipf < 3.5:
                continue
            prefix_zipf = zipf(prefix, language)
            if prefix_zipf < 3.0:
                continue
            score = min(prefix_zipf, suffix_zipf)
            if best is None or score > min(best[3], best[4]):
                best = (token, prefix, token[cut:], prefix_zipf, suffix_zipf)
        return best or glued_to_function_word

    @staticmethod
    def _confidence(
        token: str, prefix: str, suffix: str, prefix_zipf: float, suffix_zipf: float, evidence: bool
    ) -> float:
        if suffix_zipf:  # a content word, not a function word
            if evidence:
                return 0.8
            return 0.6 if prefix_zipf >= 3.5 and suffix_zipf >= 4.0 else 0.0
        if evidence:
            return 0.9 if len(suffix) >= 3 or prefix_zipf >= 2.0 else 0.75
        if not token[0].isupper():
            return 0.75
        # Names end in "-on", "-in", "-as" by the thousand: a two-letter tail needs a well-known
        # first part; a longer function word ("who", "and", "the") is much rarer by chance.
        if len(suffix) >= 3:
            return 0.75 if prefix_zipf >= 3.0 else 0.6 if prefix_zipf >= 2.0 else 0.0
        return 0.65 if prefix_zipf >= 3.5 else 0.6 if prefix_zipf >= 3.0 else 0.0


@register
class CamelGlued(Rule):
    code = "MT102"
    name = "camel-glued"
    summary = "A lower-case function word glued to a capitalised word ('theKremlin')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a lower-case function word (the, of, in, and …) directly followed by a
    capitalised word with no space: "theKremlin", "ofMoscow".
    Why it matters: link text or bold runs lose their surrounding space in MT and copy-paste.
    Fix safety: safe; a space is inserted between the two parts.
    Known false positives: programming identifiers ("onClick") in prose; brand casing with a
    one-letter prefix (iPhone, eBay) is never flagged, nor identifiers followed by "(" or "=".
    """
    examples = (
        Example("A spokesman for theKremlin said so.", "A spokesman for the Kremlin said so."),
        Example("The capital ofUzbekistan is Tashkent.", "The capital of Uzbekistan is Tashkent."),
        good("He bought an iPhone on eBay and a MacBook."),
        good("Call onClick() or set theValue=3 in the file theKremlin.txt."),
    )

    _strip = "\"'“”‘’()[]{}<>,.;:!?…*"
    _camel = re.compile(r"([a-z]{2,})([A-Z][a-z]{2,})")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        function_words = data.function_words
        if not function_words:
            return
        text = document.text
        # Distinct chunks, not the text: mixed-case chunks are few and cheap to test.
        glued = set()
        for chunk in unique_chunks(document):
            if chunk.islower() or chunk.isupper():
                continue
            core = chunk.strip(self._strip)
            match = self._camel.fullmatch(core)
            if match and match.group(1) in function_words:
                glued.add((core, match.group(1), match.group(2)))
        for core, head, tail in sorted(glued):
            for start, end in find_word(text, core):
                if text[end : end + 1] in ("(", "=") or looks_technical(text, start, end):
                    continue
                cut = start + len(head)
                yield self.finding(
                    start,
                    end,
                    f"'{core}' looks like '{head}' glued to '{tail}'",
                    fixes=[_insert(cut, " ", Applicability.SAFE, f"'{core}' → '{head} {tail}'")],
                    confidence=0.85,
                )


@register
class MissingSpaceAfterSentence(Rule):
    code = "MT103"
    name = "missing-space-after-sentence"
    summary = "No space after a full stop, question or exclamation mark ('said.The')."
    doc = """
    What it finds: a lower-case word, sentence punctuation (optionally a closing quote) and a
    capitalised word with no space between: "said.The", "ready?We".
    Why it matters: the sentence break survives but the space is lost, usually where two
    segments or a link were joined; readers and later tools see one long word.
    Fix safety: safe after a full stop; unsafe after "?" or "!", which brands use ("Yahoo!Mail").
    Known false positives: code in prose ("System.Console"), handled by skipping tokens followed
    by "(" or another dot; abbreviations written with capitals (U.S., Ph.D), decimals, domain
    names and file names never match.
    """
    examples = (
        Example("The minister said.The talks went on.", "The minister said. The talks went on."),
        Example("He said “yes.”Then he left.", "He said “yes.” Then he left."),
        good("The U.S. economy grew 2.5 percent, e.g. in example.com and report.PDF files."),
        good("Call System.Console.WriteLine() or String.Format(x)."),
    )

    # Any script: a capitalised word (checked per match) glued to sentence punctuation.
    _pattern = re.compile(r"([.!?])([\"”’)]?)([^\W\d_]+)(?![\w(])(?!\.\w)")

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        text = document.text
        for match in self._pattern.finditer(text):
            before = text[max(0, match.start() - 2) : match.start()]
            # Two lower-case letters before the mark: not "U.S.A", "Ph.D", "2.5" or "...".
            word = match.group(3)
            if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
                continue
            if len(before) < 2 or not (before.isalpha() and before.islower()):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            mark = match.group(1)
            insert_at = match.start(3)
            safe = mark == "."
            yield self.finding(
                match.start(1),
                match.end(3),
                f"No space after '{mark}' before '{match.group(3)}'",
                fixes=[
                    _insert(
                        insert_at,
                        " ",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.85 if safe else 0.65,
            )


@register
class SpaceBeforePunctuation(Rule):
    code = "MT104"
    name = "space-before-punctuation"
    summary = "A space before a comma or full stop, inside brackets, or inside a contraction."
    doc = """
    What it finds: spaces before punctuation that takes none in the language ("word ," and,
    for English, "word ;" "word ?"), spaces just inside brackets ("( FTIR )"), and, where the
    language table lists them, split clitics ("do n't", "it 's") — the marks of tokenised MT.
    Why it matters: tokenised output (detokenisation skipped) reads as sloppy and breaks
    search and line wrapping.
    Fix safety: safe; the spaces are removed.
    Known false positives: French-style spacing before ; : ! ? is allowed wherever the language
    table does not list those marks; an ellipsis after a space (" ...") is left alone.
    """
    examples = (
        Example("The talks , he said , went on .", "The talks, he said, went on."),
        Example("A test by spectroscopy ( FTIR ) worked.", "A test by spectroscopy (FTIR) worked."),
        Example("I do n't know .", "I don't know."),
        good("He paused ... then spoke: yes, 50 % of it (roughly)."),
        good("Il a dit : « oui » ?", language="fr"),
    )

    # Two simple scans beat one alternation (which the engine tries at every position).
    _open_bracket = re.compile(r"[(\[] +(?=\w)")
    _close_bracket = re.compile(r" [)\]]")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        text = document.text
        marks = str(data.tables.get("no_space_before") or ",.")
        for match in _space_before_pattern(marks).finditer(text):
            mark_at = match.end() - 1
            mark = text[mark_at]
            after = text[mark_at + 1 : mark_at + 2]
            # Then a space, a closing quote or the end: not " :)", " .5", " ..." or " .com".
            if after and not (after.isspace() or after in '"”’'):
                continue
            space_start = match.start()
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            # After a word, a number or a closing bracket/quote ("1995 ) ." "dear " ,").
            before = text[space_start - 1 : space_start]
            if not before or not (before.isalnum() or before in ')]”’"'):
                continue
            yield self._finding(space_start, mark_at + 1, f"'{mark}'", space_start, mark_at)
        for match in self._open_bracket.finditer(text):  # "( FTIR": spaces after the bracket
            start, end = match.span()
            yield self._finding(start, end, "inside brackets", start + 1, end)
        for match in self._close_bracket.finditer(text):  # "FTIR )"
            start, end = match.span()
            space_start = start
            while space_start > 0 and text[space_start - 1] == " ":
                space_start -= 1
            if space_start > 0 and re.match(r"[\w.!?]", text[space_start - 1]):
                yield self._finding(space_start, end, "inside brackets", space_start, end - 1)
        clitics = data.word_set("clitics")
        if clitics:
            for match in _clitic_pattern(clitics).finditer(text):
                if _after_letter(text, match.start()):
                    yield self._finding(
                        match.start(),
                        match.end(),
                        "in a contraction",
                        match.start(),
                        match.start(1),
                    )

    def _finding(
        self, start: int, end: int, what: str, space_start: int, space_end: int
    ) -> Finding:
        message = f"Space before {what}" if what.startswith("'") else f"Stray space {what}"
        return self.finding(
            start,
            end,
            message,
            fixes=[
                Fix((Edit(space_start, space_end, ""),), Applicability.SAFE, "remove the space")
            ],
            confidence=0.85,
        )


# An HTML entity ("&nbsp", "&#160", "&#x2f") right before a ";".
_ENTITY_BEFORE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$")


def _after_letter(text: str, offset: int) -> bool:
    return offset > 0 and text[offset - 1].isalpha()


_PATTERN_CACHE: dict[object, re.Pattern[str]] = {}


def _space_before_pattern(marks: str) -> re.Pattern[str]:
    pattern = _PATTERN_CACHE.get(marks)
    if pattern is None:
        pattern = re.compile(" [" + re.escape(marks) + "]")
        _PATTERN_CACHE[marks] = pattern
    return pattern


def _clitic_pattern(clitics: frozenset[str]) -> re.Pattern[str]:
    key = ("clitics", clitics)
    pattern = _PATTERN_CACHE.get(key)
    if pattern is None:
        # Prefix-factored, after exactly one space: the engine rejects most spaces at once.
        pattern = re.compile(rf" ({trie_pattern(clitics)})(?![\w'’])")
        _PATTERN_CACHE[key] = pattern
    return pattern


@register
class MissingSpaceAfterComma(Rule):
    code = "MT105"
    name = "missing-space-after-comma"
    summary = "No space after a comma or semicolon between two words ('Moscow,Tashkent')."
    doc = """
    What it finds: a comma or semicolon with a letter on both sides: "Moscow,Tashkent".
    Why it matters: joined segments and list items lose their spaces in MT and extraction.
    Fix safety: safe when both sides are words of two letters or more; unsafe for single letters
    (which may be variables: "x,y").
    Known false positives: numbers (1,000 and 3,5) never match; URLs, file names and code-like
    chunks (with "=", "/" or "@") are skipped, and so is the ";" that ends an HTML entity
    ("vendors&nbsp;today": MT602 reports the entity).
    """
    examples = (
        Example("He visited Moscow,Tashkent and Minsk.", "He visited Moscow, Tashkent and Minsk."),
        Example("Paris;Berlin and vendors&nbsp;today", "Paris; Berlin and vendors&nbsp;today"),
        good("It cost 1,000 dollars, or 3,5 euros; see http://a.org/x?a,b and f(x)=a,b."),
        good("The vendors&nbsp;today, caf&eacute;s&#160;open and &#x2F;x&#x2f;then."),
    )

    _pattern = re.compile(r"[,;](?=[^\W\d_])")

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        text = document.text
        for match in self._pattern.finditer(text):
            start = match.start()
            if not _after_letter(text, start) or looks_technical(text, start, match.end()):
                continue
            # "&nbsp;today": the ";" closes an HTML entity (MT602's finding), not a clause.
            if match.group() == ";" and _ENTITY_BEFORE.search(text, max(0, start - 40), start):
                continue
            previous = text[max(0, start - 20) : start].split()
            if "=" in text[max(0, start - 20) : start + 20] or (previous and "(" in previous[-1]):
                continue
            before = re.search(r"[^\W\d_]+$", text[max(0, start - 40) : start])
            after = re.match(r"[^\W\d_]+", text[match.end() : match.end() + 40])
            wordy = before and after and len(before.group()) > 1 and len(after.group()) > 1
            yield self.finding(
                start,
                match.end(),
                f"No space after '{match.group()}'",
                fixes=[
                    _insert(
                        match.end(),
                        " ",
                        Applicability.SAFE if wordy else Applicability.UNSAFE,
                        "insert a space",
                    )
                ],
                confidence=0.8 if wordy else 0.55,
            )


@register
class DoubleSpace(Rule):
    code = "MT106"
    name = "double-space"
    summary = "Two or more spaces between words."
    severity = Severity.INFO
    doc = """
    What it finds: runs of two or more spaces between two non-space characters inside a line.
    Why it matters: MT and copy-paste from web pages leave them; they show in print, break search.
    Fix safety: safe; the run becomes one space.
    Known false positives: deliberately aligned plain-text tables (runs at line starts ignored).
    """
    examples = (
        Example("The president  arrived on Sunday.", "The president arrived on Sunday."),
        good("The president arrived on Sunday."),
        good("    indented code stays as it is"),
    )

    # A literal two-space start lets the regex engine skip ahead fast; the non-space neighbours
    # are checked per match.
    _pattern = re.compile(r"  +(?=\S)")

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        for match in self._pattern.finditer(text):
            if match.start() == 0 or text[match.start() - 1].isspace():
                continue
            yield self.finding(
                match.start(),
                match.end(),
                "Two or more spaces between words",
                fixes=[
                    Fix((Edit(match.start(), match.end(), " "),), Applicability.SAFE, "one space")
                ],
                confidence=0.9,
            )
