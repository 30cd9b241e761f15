"""Encoding: mojibake, HTML and template debris, invisible characters."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.scripts import JOINING_SCRIPTS, RIGHT_TO_LEFT, script_of
from mtlint.checks.textscan import (
    BARE_ENTITY_NAMES,
    WHITESPACE,
    chunk_text,
    has_character,
    scan_marks,
    text_characters,
    text_has,
)


def _language_data(document: Document) -> LanguageData:
    data = document.lang_data
    return data if isinstance(data, LanguageData) else load_language_data(document.language)


# --- MT601 mojibake -------------------------------------------------------------------------------

# UTF-8 read as Windows-1252/Latin-1 turns every non-ASCII character into a lead byte (Â Ã Ä … â ã
# ï ð) followed by one or more continuation bytes (U+0080–U+00BF, or their cp1252 look-alikes
# € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Only such pairs are looked at.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# "ā" is the lead byte of "’" (E2) read as Windows-1257 (Baltic): "Otemaeā€™s" (h22breaks).
_SUSPICIOUS = re.compile(f"[\u00c2-\u00f4\u0101][{_CONTINUATION}]")
_LEAD = re.compile("[\u00c2-\u00f4\u0101]")
# A hit is two characters of one chunk, except that two continuation bytes are whitespace
# (U+0085, U+00A0): a lead byte before one of them ends its chunk. The screen on the chunk text
# (chunks after line breaks) then also takes a lead byte at the end of a chunk.
_CONTINUATION_SPACES = "".join(c for c in WHITESPACE if re.fullmatch(f"[{_CONTINUATION}]", c))
_SUSPICIOUS_OR_END = re.compile(f"[\u00c2-\u00f4\u0101](?:[{_CONTINUATION}]|\n|$)")
_TOKEN_AROUND = re.compile(r"\S+")
_BLANKS = re.compile(r"[ \t]+")


@register
class Mojibake(Rule):
    code = "MT601"
    name = "mojibake"
    summary = "Text decoded with the wrong encoding (“cafÃ©”, “itâ€™s”)."
    severity = Severity.ERROR
    doc = """
    What it finds: character sequences that are UTF-8 bytes read as Windows-1252 or Latin-1
    ("Ã©" for "é", "â€™" for "’"; as Windows-1257, "ā€™"), found by a cheap pattern and
    confirmed by ftfy.
    Why it matters: a pipeline step (CMS export, MT API, spreadsheet) decoded the text wrongly;
    every accented letter and curly quote of the article is damaged, usually throughout.
    Fix safety: ftfy's repair is safe when ftfy is confident (its badness score drops to zero and
    the repair re-encodes cleanly); otherwise it is offered as unsafe.
    Known false positives: text that really contains such sequences (a page about mojibake,
    "Â" used alone in a Vietnamese or Romanian word followed by a symbol).
    """
    examples = (
        Example("The cafÃ© opened on Sunday.", "The café opened on Sunday."),
        Example("Itâ€™s the presidentâ€™s visit.", "It’s the president’s visit."),
        Example("They saw Otemaeā€™s garden.", "They saw Otemae’s garden."),
        good("The café opened on Sunday."),
        good("It’s the president’s visit to Tashkent."),
        good("Ça va, à bientôt « Paris »."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _may_have_mojibake(document):
            return
        import ftfy
        from ftfy.badness import badness

        text = document.text
        covered_until = -1
        for match in _SUSPICIOUS.finditer(text):
            if match.start() < covered_until:
                continue
            # Repair the whole whitespace-delimited stretch around the hit (several words when
            # hits are close together), so ftfy sees enough context.
            start = text.rfind(" ", 0, match.start()) + 1
            start = max(start, text.rfind("\n", 0, match.start()) + 1)
            end = match.end()
            while True:
                token = _TOKEN_AROUND.match(text, end)
                if token is None:
                    space = _BLANKS.match(text, end)
                    nxt = _SUSPICIOUS.search(text, end, end + 40) if space else None
                    if space and nxt and " " not in text[space.end() : nxt.start()]:
                        end = space.end()
                        continue
                    break
                end = token.end()
            covered_until = end
            original = text[start:end]
            repaired = ftfy.fix_encoding(original)
            if repaired == original:
                continue
            confident = badness(original) > 0 and badness(repaired) == 0
            applicability = Applicability.SAFE if confident else Applicability.UNSAFE
            # Keep the edit as small as the damage: trim the common prefix and suffix.
            prefix = 0
            while (
                prefix < min(len(original), len(repaired)) and original[prefix] == repaired[prefix]
            ):
                prefix += 1
            suffix = 0
            while (
                suffix < min(len(original), len(repaired)) - prefix
                and original[-1 - suffix] == repaired[-1 - suffix]
            ):
                suffix += 1
            edit_start, edit_end = start + prefix, end - suffix
            replacement = repaired[prefix : len(repaired) - suffix]
            fix = Fix(
                (Edit(edit_start, edit_end, replacement),),
                applicability,
                f"“{text[edit_start:edit_end]}” → “{replacement}”",
            )
            yield self.finding(
                edit_start,
                edit_end,
                "Mojibake: UTF-8 text decoded as Windows-1252/Latin-1",
                fixes=[fix],
                confidence=0.95 if confident else 0.7,
            )


def _may_have_mojibake(document: Document) -> bool:
    """False when ``_SUSPICIOUS`` matches nowhere in the text, proved on the distinct chunks:
    most texts have no lead byte at all, and those with accented letters rarely a pair."""
    if not has_character(document, _LEAD):
        return False
    ends = any(text_has(document, c) for c in _CONTINUATION_SPACES)
    screen = _SUSPICIOUS_OR_END if ends else _SUSPICIOUS
    return screen.search(chunk_text(document)) is not None


# --- MT602 HTML debris ----------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|br|center|cite|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|s|small|"
    "span|strike|strong|sub|sup|table|tbody|td|th|tr|tt|u|ul"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]{{0,300}})?\s*/?>", re.IGNORECASE)
# Where a tag's start can lie in the chunk text: the name, then whitespace (a line break or the
# end there), "/" or ">".
_TAG_START = re.compile(rf"</?(?:{_TAG_NAMES})(?:[\s/>]|$)", re.IGNORECASE)
_BREAK_TAGS = re.compile(r"<(?:br|p|/p|div|/div|li|/li|hr|h[1-6]|/h[1-6])\b", re.IGNORECASE)


@register
class HtmlDebris(Rule):
    code = "MT602"
    name = "html-debris"
    summary = "Leftover HTML entities or tags in plain text (“&amp;”, “&#8217;”, “<br>”)."
    severity = Severity.WARNING
    doc = """
    What it finds: HTML character references ("&amp;", "&nbsp;", "&#8217;") anywhere, and HTML
    tags ("<br>", "</p>", "<span class=…>") in plain text, where no HTML was meant.
    Why it matters: text copied out of a web page or an MT API that escaped its output keeps the
    markup; readers see "AT&amp;T" and "<br>".
    Fix safety: safe: an entity becomes the character it stands for; a tag is removed (a tag
    between two words becomes a space).
    Also an entity that lost its "&" on the way ("said.quot;", "war,rdquo;", "nbsp;": only
    the names of quotation marks, dashes and spaces, which are no words) and "&#39;" reduced to
    "39" between a word and its "s" ("Kim39s").
    Known false positives: plain-text documents about HTML; "&" sequences that only look like
    entities but are not known ones are left alone. Tags are not reported in HTML or Markdown
    documents, where they are markup.
    """
    examples = (
        Example("AT&amp;T shares rose.", "AT&T shares rose."),
        Example("The president&#8217;s visit.", "The president’s visit."),
        Example("He arrived.<br>Then he left.", "He arrived. Then he left."),
        Example("He arrived.</p>", "He arrived."),
        good("AT&T shares rose & fell; x < 3 and y > 2."),
        good("Use the &foo; placeholder carefully."),
        Example(
            "We talked.quot; quot;It is over,rdquo; he said.", 'We talked." "It is over,” he said.'
        ),
        Example("Lee Sun Gyun39s agency spoke.", "Lee Sun Gyun's agency spoke."),
        good("The Galaxy A39s and route 39s; a quota; the 1939s."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        # An entity holds no whitespace, so it lies in one chunk, and the start of a tag ("<br",
        # "</p") too: a text whose distinct chunks show neither is not scanned for it.
        chunks = chunk_text(document)
        for match in scan_marks(document, [_ENTITY]) if _ENTITY.search(chunks) else ():
            entity = match.group(0)
            decoded = html.unescape(entity)
            if decoded == entity:
                continue  # not a known entity
            yield self.finding(
                match.start(),
                match.end(),
                f"HTML entity “{entity}” left in the text",
                fixes=[
                    Fix(
                        (Edit(match.start(), match.end(), decoded),),
                        Applicability.SAFE,
                        f"“{entity}” → “{decoded}”",
                    )
                ],
                confidence=0.9,
            )
        yield from self._bare_entities(text, chunks)
        if document.format not in ("text", "docx", "odt") or not _TAG_START.search(chunks):
            return
        for match in _TAG.finditer(text):
            start, end = match.span()
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            replacement = ""
            if (
                not before.isspace() and not after.isspace() and _BREAK_TAGS.match(text, start)
            ) or (before.isalnum() and after.isalnum() and _BREAK_TAGS.match(text, start)):
                replacement = " "
            yield self.finding(
                start,
                end,
                f"HTML tag “{match.group(0)[:40]}” left in plain text",
                fixes=[
                    Fix(
                        (Edit(start, end, replacement),),
                        Applicability.SAFE,
                        "remove the tag",
                    )
                ],
                confidence=0.85,
            )

    def _bare_entities(self, text: str, chunks: str) -> Iterator[Finding]:
        """Entities whose "&" (and "&#") was lost: "quot;", "Kim39s"."""
        for pattern, screen in ((_BARE_ENTITY, ";"), (_BARE_APOSTROPHE, "39s")):
            if screen not in chunks or not pattern.search(chunks):
                continue
            for match in pattern.finditer(text):
                bare = match.group()
                decoded = "'" if bare == "39" else html.unescape("&" + bare)
                # "said.nbsp;" at a line's end: the space is dropped, not written.
                if decoded == "\xa0" and text[match.end() : match.end() + 1] in ("", "\n"):
                    decoded = ""
                yield self.finding(
                    match.start(),
                    match.end(),
                    f"HTML entity “{bare}” left in the text without its “&”",
                    fixes=[
                        Fix(
                            (Edit(match.start(), match.end(), decoded),),
                            Applicability.SAFE,
                            f"“{bare}” → “{decoded}”",
                        )
                    ],
                    confidence=0.8,
                )


# An entity that lost its "&": only names no language uses as a word (quotation marks, dashes,
# spaces), right after a letter, a mark or a space.
_BARE_ENTITY = re.compile(r"(?<![\w&#])" + BARE_ENTITY_NAMES + ";")
# "&#39;" (an apostrophe) reduced to "39" between a word and its possessive "s" ("Kim39s").
_BARE_APOSTROPHE = re.compile(r"(?<=[a-z][a-z])39(?=s\b)")


# --- MT603 template debris ------------------------------------------------------------------------

# One pattern per opening character: each begins with a literal, which the regex engine finds with
# a fast scan, so text without "[", "{", "$" or "%" costs almost nothing.
_TEMPLATE_PATTERNS = (
    re.compile(
        r"(?P<shortcode>\[/?(?:ad_\d+|caption|embed|gallery|video|audio|playlist|related|"
        r"tweet|youtube|instagram)(?:[ =][^\]\n]{0,300})?\])"
    ),
    re.compile(r"(?P<mustache>\{\{\s*[\w.\-]+(?:\s*\|[^{}\n]{0,40})?\s*\}\})"),
    # Kept apart from the "{{" pattern: an alternation of two branches defeats the fast scan.
    re.compile(r"(?P<braced>\{(?:\d{1,2}|[A-Za-z_]\w*(?: [A-Z]\w*){0,4})\}(?!\}))"),
    re.compile(r"(?P<dollar>\$\{[\w.\-]+\})"),
    re.compile(r"(?P<printf>%(?:\([A-Za-z_]\w*\))?[sd](?!\w))"),
    # A slot name in capitals between square brackets ("[CITY]", "[FIRST NAME]"): kept only
    # where it names a template slot (placeholder_names) inside prose.
    re.compile(r"(?P<bracketed>\[[A-Z][A-Z_]{2,}(?: [A-Z]{2,})?\](?![(\[:]))"),
)


# For each pattern above: the characters every match holds, and a screen for the chunk text
# (``textscan.chunk_text``: the distinct chunks, each after a line break) that matches wherever
# the start of a match lies (within one chunk), or None. A text without one of the characters,
# or whose chunk text the screen does not match, cannot match the pattern and is not scanned.
_TEMPLATE_SCREENS: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    # The shortcode's name ends its chunk or is followed by "=" or "]" ("[caption id=…]").
    (
        "[]",
        re.compile(
            r"\[/?(?:ad_\d+|caption|embed|gallery|video|audio|playlist|related|tweet|youtube|"
            r"instagram)(?:[=\]\n]|$)"
        ),
    ),
    ("{}", None),
    ("{}", None),
    # These two hold no whitespace: their matches lie in one chunk, and "\n" after a chunk is,
    # like any whitespace, no "\w".
    ("${}", _TEMPLATE_PATTERNS[3]),
    ("%", _TEMPLATE_PATTERNS[4]),
    ("[]", re.compile(r"\[[A-Z][A-Z_]{2,}(?:\]|\n|$)")),
)


def _template_matches(text: str, document: Document | None = None) -> list[re.Match[str]]:
    """Every template match, in text order. ``document`` (whose text is ``text``), when given,
    lets the patterns that cannot match (``_TEMPLATE_SCREENS``) go unscanned."""
    matches = []
    for pattern, (needed, screen) in zip(_TEMPLATE_PATTERNS, _TEMPLATE_SCREENS, strict=True):
        if document is not None:
            characters = text_characters(document)
            if any(c not in characters for c in needed):
                continue
            if screen is not None and not screen.search(chunk_text(document)):
                continue
        for match in pattern.finditer(text):
            before = text[match.start() - 1] if match.start() else ""
            # "5%s" is not printf; "{{" inside "{{{" and "${x}" are handled by their own branch.
            # (An empty ``before``, the text's start, is "in" every string: test it apart.)
            if match.lastgroup in ("printf", "braced") and (
                before.isalnum() or (before != "" and before in "%{$")
            ):
                continue
            matches.append(match)
    matches.sort(key=lambda m: m.start())
    return matches


def _shortcode_removal(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to delete so no doubled or dangling space is left: "a [ad_1] b" → "a b",
    "today [ad_1]." → "today.", "[ad_1] Putin" → "Putin"."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if after == " " and before in " \n":
        return start, end + 1
    if before == " " and after in "\n\r.,;:!?)":
        return start - 1, end
    return start, end


_PROSE_WORD_BEFORE = re.compile(r"[^\W\d_]{2,},? $")
# A word after the slot, or a comma or a stop ending the greeting or the sentence ("Вітаємо,
# {name}!", "Dear {name}, the talks begin.").
_PROSE_WORD_AFTER = re.compile(r" [^\W\d_]+(?![\w(])|[,.!;:](?:\s|$)")


@lru_cache(maxsize=1)
def _placeholder_names() -> frozenset[str]:
    """Names templates give their slots ("name", "city", "first_name"):
    resources/residue/residue.json."""
    return frozenset(resource_json("residue", "residue.json")["placeholder_names"])


def _placeholder_in_prose(
    document: Document, text: str, start: int, end: int, other_braces: int = 0
) -> bool:
    """A template slot's name in braces ("{name}", "{first_name}"; not prose: "see {below}")
    or in capitals between square brackets ("[CITY]") inside a plain-text or web page's
    sentence, after a word and before a word or a mark that ends the clause, in a text whose
    braces all open template slots (code and formulas hold others)."""
    return (
        text[start + 1 : end - 1].lower().replace(" ", "_") in _placeholder_names()
        and not document.units
        and document.format in ("text", "html")
        and end - start >= 5
        and other_braces == 0
        and _PROSE_WORD_BEFORE.search(text, max(0, start - 40), start) is not None
        and _PROSE_WORD_AFTER.match(text, end) is not None
        and not _explains_template(document, text, start, end)
    )


_LINE_BREAK = re.compile(r"\n")
_SENTENCE_WORDS = re.compile(r"[^\W\d_]+")
_SLOT = re.compile(r"\{[^{}\n]*\}")


def _explains_template(document: Document, text: str, start: int, end: int) -> bool:
    """The slot's line talks about a template or code ("Scrivi {name} nella prima riga", "Use
    the {name} field", "In Python, an f-string such as Hello, {name}! fills the slot"): a backtick
    within the line (up to 200 characters either side), a word naming templates or code anywhere
    in it (resources/residue/residue.json "template_words": "placeholder", "Python"), or a word of
    writing, inserting or fields ("template_talk") right at the slot: one of the two words before
    it or the word after it. The whole line is read, not one word of it: "Dear {name}, please
    enter your code" is a greeting left unfilled, its "enter" and "code" are the letter's."""
    breaks = list(_LINE_BREAK.finditer(text, max(0, start - 200), start))
    line_start = breaks[-1].end() if breaks else max(0, start - 200)
    after = _LINE_BREAK.search(text, end, min(len(text), end + 200))
    line_end = after.start() if after else min(len(text), end + 200)
    if "`" in text[line_start:line_end]:
        return True
    talk, names = _template_talk((document.language or "en").split("-")[0].lower())
    if any(word.lower() in names for word in _SENTENCE_WORDS.findall(text, line_start, line_end)):
        return True
    # A slot's name is no word of the sentence: in "Write {name} and {date}" the words before
    # "{date}" are "Write" and "and".
    before = _SLOT.sub(" ", text[line_start:start])
    beside = _SENTENCE_WORDS.findall(before)[-2:]
    beside += _SENTENCE_WORDS.findall(_SLOT.sub(" ", text[end:line_end]))[:1]
    return any(word.lower() in talk for word in beside)


# Any word in capitals between square brackets, in any script ("[REDACTED]", "[NUME]", "[ІМ'Я]").
_BRACKETED_WORD = re.compile(r"\[([^\W\d_][^\W\d_'’ ]{2,30})\]")


@lru_cache(maxsize=1)
def _redaction_marks() -> frozenset[str]:
    """Words redacted pages put in square brackets (residue.json "redaction_marks")."""
    return frozenset(resource_json("residue", "residue.json")["redaction_marks"])


def _redacted_page(text: str) -> bool:
    """The page writes a redaction mark in square brackets ("[REDACTED]", "[NUME]"): its
    "[NAME]" is an anonymised person, not a template slot."""
    marks = _redaction_marks()
    return any(
        word.isupper() and word.lower() in marks
        for word in (match.group(1) for match in _BRACKETED_WORD.finditer(text))
    )


_APPOSITION_BEFORE = re.compile(r"([^\W\d_]+), $")


def _bracketed_band(text: str, start: int, end: int, matches: list[re.Match[str]]) -> float | None:
    """The confidence of a bracketed slot ("[CITY]") that reads as a slot in prose, or None to
    stay quiet. Quiet on a redacted page and between commas after a lower-case word ("the
    claimant, [NAME], told the court": a person referred to in anonymised running prose). 0.7
    where a template frame shows: a greeting line ("Dear [NAME],", "Hello [NAME]!") or another
    kind of slot on the page ("{{count}}", "%s"); else 0.45, the doubtful tier: a prior, not a
    count (no real page with a bare bracketed slot was found to count)."""
    if _redacted_page(text):
        return None
    before = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if text[end : end + 1] == "," and before is not None and before.group(1).islower():
        return None
    line_start = text.rfind("\n", 0, start) + 1
    greeting = len(text[line_start:start].split()) <= 2 and text[end : end + 1] in (",", "!")
    other_kind = any(match.lastgroup not in ("bracketed", "shortcode") for match in matches)
    return 0.7 if greeting or other_kind else 0.45


@lru_cache(maxsize=32)
def _template_talk(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words about templates in ``code`` and in English (residue.json "template_talk"), and
    those of them that name templates or code wherever they stand ("template_words")."""
    table = resource_json("residue", "residue.json")
    talk, names = set(), set()
    for language in ("en", code):
        talk.update(table.get(language, {}).get("template_talk", ()))
        names.update(table.get(language, {}).get("template_words", ()))
    return frozenset(talk), frozenset(names)


@register
class TemplateDebris(Rule):
    code = "MT603"
    name = "template-debris"
    summary = "Template or CMS leftovers (“[ad_1]”, “{{name}}”, “%s”, “{Foreign Minister}”)."
    severity = Severity.WARNING
    doc = """
    What it finds: WordPress shortcodes ("[ad_1]", "[caption id=…]"), template placeholders
    ("{{name}}", "${name}", "%s", "%(name)s", "{0}"), a slot's name in braces or in capitals
    between square brackets inside a sentence of prose ("Вітаємо, {name}!", "[CITY]
    şubesine": placeholder_names of resources/residue/residue.json, in a text whose braces all
    open slots) and words left inside braces by a template or an MT tag-protection step
    ("{Foreign Minister}").
    Why it matters: publishing pipelines and MT APIs protect markup with placeholders; when a step
    fails, the placeholder ships instead of the content.
    Fix safety: shortcodes are removed (safe: they never carry content); braces around words are
    dropped as unsafe (the words may be right, or a placeholder for something else); bare
    placeholders get a display-only hint, since the missing value is unknown.
    Known false positives: texts about programming; set notation ("{1}") in mathematics; a
    sentence that explains a template without a word of writing or fields ("La lettera
    comincia con {name} e la data": "Scrivi {name} nella prima riga" and "the {name} field"
    stay quiet, resources/residue/residue.json "template_talk" beside the slot and
    "template_words" anywhere in its line; "Dear {name}, please enter your code" is found).
    Anonymised text ("the claimant, [NAME], told the court") stays quiet when the page writes
    a redaction mark ("[REDACTED]", "[NUME]": "redaction_marks") or the slot stands between
    commas after a word; a bracketed slot outside a greeting line and without another kind of
    slot on the page is in the doubtful tier (0.45, a prior: no real page with one was counted).
    """
    examples = (
        Example("[ad_1] Putin arrived in Tashkent.", "Putin arrived in Tashkent."),
        Example("He arrived today [ad_1].", "He arrived today."),
        Example(
            "He met the {Foreign Minister} on Sunday.", "He met the Foreign Minister on Sunday."
        ),
        Example(*["Dear {{name}}, the talks begin."] * 2),
        Example(*["The visit lasted %s days."] * 2),
        good("Prices rose 5% since Sunday; {see below} is not a placeholder."),
        Example(*["Il ministro {name} ha dichiarato che il governo aiuterà."] * 2, "it"),
        good("Use the {name} field and the {date} field in the template."),
        good("Scrivi {name} nella prima riga della lettera e poi la data.", "it"),
        good("He met the Foreign Minister on Sunday [with aides]."),
        Example(
            *["Вітаємо, {name}! Замовлення прийнято, а {{count}} товари вже в дорозі."] * 2, "uk"
        ),
        Example(*["Siparişiniz [CITY] şubesine gönderildi ve yarın teslim edilecek."] * 2, "tr"),
        good("Rada [NATO] zebrała się w Brukseli, a [UNICEF] wydał komunikat.", "pl"),
        good("The claimant, [NAME], told the court that [REDACTED] had threatened him."),
        good("In Python, an f-string such as Hello, {name}! fills the slot when it runs."),
        good("Zmienna {name} i słownik {'a': 1} w kodzie: print({name}) działa.", "pl"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        matches = _template_matches(text, document)
        # Braces that open no template slot: code, a formula or a set; prose slots stay quiet.
        other_braces = (
            text.count("{") - sum(match.group().count("{") for match in matches)
            if any(match.lastgroup in ("braced", "bracketed") for match in matches)
            else 0
        )
        for match in matches:
            start, end = match.span()
            kind = match.lastgroup
            piece = match.group(0)
            if kind == "shortcode":
                remove_start, remove_end = _shortcode_removal(text, start, end)
                fix = Fix(
                    (Edit(remove_start, remove_end, ""),),
                    Applicability.SAFE,
                    "remove the shortcode",
                )
                message = f"CMS shortcode “{piece[:40]}” left in the text"
            elif kind == "braced" and not piece[1:-1].isdigit() and piece[1:2].isupper():
                fix = Fix(
                    (Edit(start, start + 1, ""), Edit(end - 1, end, "")),
                    Applicability.UNSAFE,
                    "drop the braces",
                )
                message = f"Words in braces “{piece}”: a template or tag-protection leftover"
            elif kind in ("braced", "bracketed") and not piece[1:-1].isdigit():
                # "{name}" between two words of a sentence in prose: a placeholder the template
                # never filled ("Il ministro {name} ha detto"); elsewhere (a translator's file,
                # Markdown about code, "{x}" in a formula) it may be the text's own.
                if not _placeholder_in_prose(document, text, start, end, other_braces):
                    continue
                fix = Fix(
                    (Edit(start, end, piece),),
                    Applicability.DISPLAY_ONLY,
                    "fill in the missing value",
                )
                message = f"Template placeholder “{piece}” left in the text"
                band = _bracketed_band(text, start, end, matches) if kind == "bracketed" else 0.7
                if band is not None:
                    yield self.finding(start, end, message, fixes=[fix], confidence=band)
                continue
            else:
                fix = Fix(
                    (Edit(start, end, piece),),
                    Applicability.DISPLAY_ONLY,
                    "fill in the missing value",
                )
                message = f"Template placeholder “{piece}” left in the text"
            yield self.finding(start, end, message, fixes=[fix], confidence=0.85)


# --- MT604 invisible characters -------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]+"
)
_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u180e": "Mongolian vowel separator",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
}
_JOINERS = frozenset("\u200c\u200d")
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _describe(char: str) -> str:
    if char in _NAMES:
        return _NAMES[char]
    if char in _BIDI:
        return "bidirectional control"
    return f"control character U+{ord(char):04X}"


@lru_cache(maxsize=512)
def _run_facts(run: str) -> tuple[str, bool]:
    """The names of a run's characters, and whether one of them can stand for a word break."""
    names = ", ".join(dict.fromkeys(_describe(c) for c in run))
    separator_like = any(c in "\u200b\u2060\ufeff" or c < " " or "\x7f" <= c <= "\x9f" for c in run)
    return names, separator_like


def _needs_joiners(char: str) -> bool:
    if not char or char.isascii():
        return False
    if ord(char) >= 0x1F000 or 0x2600 <= ord(char) <= 0x27BF:
        return True  # emoji sequences are built with ZWJ
    return script_of(char) in JOINING_SCRIPTS


@register
class InvisibleCharacter(Rule):
    code = "MT604"
    name = "invisible-character"
    summary = "Zero-width spaces, stray BOMs, soft hyphens and control characters."
    severity = Severity.WARNING
    doc = """
    What it finds: zero-width spaces and joiners, word joiners, byte-order marks in the middle of
    the text, soft hyphens, bidirectional controls and C0/C1 control characters.
    Why it matters: invisible characters break search, spell checking and word counts, and MT
    pipelines and web copy-paste leave them behind (often where a link was).
    Fix safety: removal is safe, except between two letters, where the character may have been the
    only word separator: there the preferred fix is a space, offered as unsafe.
    Known false positives: joiners inside Arabic, Indic and other scripts that need them and inside
    emoji sequences; bidirectional marks in right-to-left documents; zero-width spaces in
    languages written without spaces (Thai, Khmer …). These are not reported.
    """
    examples = (
        Example("The presi\u200bdent arrived.", "The president arrived."),
        Example("\ufeffHe arrived on Sunday.", "He arrived on Sunday."),
        Example("The meet\u00ading began.", "The meeting began."),
        Example("Putin\u200b who arrived.", "Putin who arrived."),
        Example("He arrived\u0007 on Sunday.", "He arrived on Sunday."),
        good("The president arrived.\tOn Sunday.\r\n"),
        good("Family: 👨\u200d👩\u200d👧."),
        good("می\u200cخواهم", "fa"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = _language_data(document)
        rtl = bool(data.scripts & RIGHT_TO_LEFT)
        unspaced = not data.spaced
        text = document.text
        # Almost every text has none of these characters: a look at its distinct characters
        # (and, for the few that are whitespace, such as U+001C-U+001F, an ``in`` test) proves
        # it without the scan.
        if not has_character(document, _INVISIBLE):
            return
        for match in _INVISIBLE.finditer(text):
            start, end = match.span()
            run = match.group(0)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if set(run) <= _JOINERS and (_needs_joiners(before) or _needs_joiners(after)):
                continue
            if set(run) <= _BIDI and rtl:
                continue
            if "\u00c2" <= before <= "\u00f4" and all("\x80" <= c <= "\xbf" for c in run):
                continue  # C1 bytes of UTF-8 read as Latin-1: mojibake, MT601 repairs it
            if run == "\u200b" and (unspaced or _needs_joiners(before) or _needs_joiners(after)):
                continue
            names, separator_like = _run_facts(run)
            between_letters = before.isalpha() and after.isalpha()
            remove = Fix((Edit(start, end, ""),), Applicability.SAFE, "remove")
            if between_letters and set(run) != {"\u00ad"}:
                # Between two letters the character may have been the only word break
                # ("Putin\u200bwho"): a human decides between joining and separating.
                space = Fix((Edit(start, end, " "),), Applicability.UNSAFE, "replace with a space")
                join = Fix((Edit(start, end, ""),), Applicability.UNSAFE, "remove")
                fixes = [space, join] if separator_like and run != "\u200b" else [join, space]
            else:
                fixes = [remove]
            yield self.finding(
                start,
                end,
                f"Invisible character: {names}",
                fixes=fixes,
                confidence=0.9,
            )
