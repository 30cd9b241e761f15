"""Bilingual: each target segment against its source (XLIFF, TMX, PO, CSV/TSV, ``--source``).

These rules run only when the Document has ``units`` (target_start, target_end, source_segment);
every span is in the target. A rule finds something only when the source shows what the target
should carry (a number, a URL, a placeholder, a glossary term), so it stays quiet on monolingual
text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.keptwords import kept_as_a_name
from mtlint.checks.langdata import load_language_data
from mtlint.checks.messageforms import metavariables, with_metavariables, without_icu_structure
from mtlint.checks.model import MISSING_ITEMS, Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.numberwords import (
    explained_by_form,
    explained_by_words,
    glued,
    number_key,
    number_tokens,
)
from mtlint.checks.registry import Example, Rule, register
from mtlint.checks.scripts import latin_equivalent_length

# Inline tags (XLIFF/TMX/HTML) and placeholders (printf, Python, ICU/.NET, templates).
# A tag's attributes have values: "<empty URL>" in a UI string is text in angle brackets.
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>=]*=[^<>]*|\s*)/?>")
_PLACEHOLDER_ALTERNATIVES = (
    r"\{\{\s*[\w.]+\s*\}\}"  # {{ name }}
    r"|\$\{[\w.]+\}"  # ${name}
    r"|\{[\w.]*(?:,[^{}]*)?\}"  # {0} {name} {0,number}
    r"|%[A-Za-z_][A-Za-z0-9_]+%"  # %name% (Symfony, Drupal; ASCII); "%r%s" is two printf tokens
    r"|%\(\w+\)[-+#0]*\d*(?:\.\d+)?[sdifrxXeEgGc]"  # %(name)s
    # %s %1$d %.2f %r; glibc's "I" flag (%Id: the locale's digits) and "'" (grouping)
    r"|%(?:\d+\$)?[-+#0'I]*\d*(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t)?[sdiouxXeEfFgGcpr@]"
)
# Qt's QString::arg markers: %1 … %99, %L1 (localised), %n (a plural's count). Only where the
# source has them: elsewhere "%10" is a percentage written the Turkish way.
_QT_ARG = r"%L?[1-9]\d?(?![\d$])|%L?n(?![A-Za-z])"
_QT_ARG_PATTERN = re.compile(_QT_ARG)
_PLAIN_PLACEHOLDER = re.compile(_PLACEHOLDER_ALTERNATIVES)
_PLACEHOLDER = re.compile(_QT_ARG + "|" + _PLACEHOLDER_ALTERNATIVES)
# A Qt marker written with the Arabic percent sign or a space ("٪1", "% 1"): reported as a
# missing placeholder, not again as a stray number.
_BROKEN_QT_ARG = re.compile(r"(?:٪|% )L?[1-9]\d?(?!\d)")


def _placeholders_of(source: str, style: str = "") -> re.Pattern[str]:
    """The placeholder pattern for a unit: with Qt's %1 markers when its source uses them, and
    first a keyed catalogue's own syntax (WebExtension "$1", Android "%%") when it has one."""
    pattern = _PLACEHOLDER if _QT_ARG_PATTERN.search(source) else _PLAIN_PLACEHOLDER
    return _with_style(pattern, style) if style else pattern


@cache
def _with_style(pattern: re.Pattern[str], style: str) -> re.Pattern[str]:
    from mtlint.checks.documents._keyed import placeholder_pattern

    return re.compile(placeholder_pattern(style).pattern + "|" + pattern.pattern)


def _placeholder_style(document: Document) -> str:
    from mtlint.checks.documents._keyed import PLACEHOLDER_STYLE

    style = document.format_value(PLACEHOLDER_STYLE, "")
    return style if isinstance(style, str) else ""


# An international calling code given as an example ("e.g. +1 for the US"): a translation
# gives its own country's ("z. B. +49 für Deutschland") — h23files, 8 MT701 on one catalogue.
# Only a "+N" the source names as one (a calling_code_cues word of the source's language near
# it: "phone", "country code", "e.g."): a step, an angle or a percentage ("Zoom in (+10%)",
# "Rotate +90 degrees") is a number the translation must keep (h24 review must-fix 1).
_CALLING_CODE = re.compile(r"(?<![\w+])\+\d{1,3}(?![\d.,]\d)(?!\s?[%°‰])")
_CUE_REACH = 40


@cache
def _calling_code_cue(language: str | None) -> re.Pattern[str] | None:
    """The source language's words that name a "+N" as a calling code, as one pattern."""
    cues = sorted(load_language_data(language).word_set("calling_code_cues"), key=len)
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in reversed(cues))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _cued_calling_codes(source: str, language: str | None) -> list[tuple[int, int]]:
    """The spans of the source's "+N" with a calling-code cue word within _CUE_REACH
    characters of it."""
    cue = _calling_code_cue(language)
    if cue is None:
        return []
    return [
        m.span()
        for m in _CALLING_CODE.finditer(source)
        if cue.search(source, max(0, m.start() - _CUE_REACH), m.end() + _CUE_REACH)
    ]


# An address ends at a space, a quote or bracket, or at CJK text and its full-width punctuation
# ("（例如：https://example.com）").
_URL_CHAR = "[^\\s<>\"'«»“”\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]"


@cache
def _url() -> re.Pattern[str]:
    """An address (compiled on first use: its class spans the CJK blocks, 10 ms to compile,
    and only bilingual files need it)."""
    return re.compile(r"(?:https?://|www\.)" + _URL_CHAR + "+" + _URL_CHAR[:-1] + ".,;:!?)\\]]")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _units(document: Document) -> Iterator[tuple[int, int, str, str]]:
    for start, end, source in document.units:
        yield start, end, source, document.text[start:end]


def _masked(text: str, *patterns: re.Pattern[str]) -> str:
    """``text`` with the matches of ``patterns`` blanked (same length), so offsets still hold."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked (same length)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _mismatch(
    rule: Rule,
    document: Document,
    start: int,
    end: int,
    found_source: list[str],
    found_target: list[tuple[int, int, str]],
    key,
    what: str,
) -> Iterator[Finding]:
    """Shared logic: items in the target not in the source, and items of the source missing.

    ``key`` normalises an item for comparison. One extra item against one missing item is most
    likely a mistranslation of it: the fix puts the source's item back (unsafe: a human looks).
    """
    source_counts = Counter(key(s) for s in found_source)
    target_counts = Counter(key(t) for _, _, t in found_target)
    extra_counts = target_counts - source_counts
    missing_counts = source_counts - target_counts
    missing_positions = [i for i, s in enumerate(found_source) if missing_counts[key(s)]]
    missing = []
    for index in missing_positions:
        k = key(found_source[index])
        if missing_counts[k]:
            missing_counts[k] -= 1
            missing.append(found_source[index])
    extra = []
    for k, count in extra_counts.items():
        candidates = [i for i, t in enumerate(found_target) if key(t[2]) == k]
        # Which occurrence is the wrong one: the one nearest the missing item's position.
        anchor = missing_positions[0] if missing_positions else len(found_target)
        candidates.sort(key=lambda i: (abs(i - anchor), i))
        extra.extend(found_target[i] for i in sorted(candidates[:count]))
    extra.sort()
    if len(extra) == 1 and len(missing) == 1:
        s, e, text = extra[0]
        fix = Fix(
            (Edit(start + s, start + e, missing[0]),),
            Applicability.UNSAFE,
            f"{text!r} → {missing[0]!r}",
        )
        yield rule.finding(
            start + s,
            start + e,
            f"{what} {text!r} is not in the source, which has {missing[0]!r}",
            fixes=[fix],
            confidence=0.85,
        )
        return
    for s, e, text in extra:
        yield rule.finding(
            start + s, start + e, f"{what} {text!r} is not in the source", confidence=0.7
        )
    if missing:
        listed = ", ".join(repr(m) for m in missing[:5])
        yield rule.finding(
            start,
            end,
            f"{what}{'s' if len(missing) > 1 else ''} {listed} from the source "
            "missing in the target",
            confidence=0.75,
            data=((MISSING_ITEMS, tuple(missing)),),
        )


@register
class NumberMismatch(Rule):
    code = "MT701"
    name = "number-mismatch"
    summary = "A number in the target differs from the source's numbers."
    severity = Severity.ERROR
    doc = """
    What it finds: numbers in a target segment that its source does not have, and source numbers
    the target lost. Numbers compare by their digits, so 1,500 and 1.500 and 1 500 are the same.
    Why it matters: MT swaps, drops and garbles figures (45 → 54, 15,000 → 1,500); in news and
    contracts a wrong number is the costliest error there is.
    Fix safety: when exactly one number is wrong and one is missing, the source's number is
    offered (unsafe: the translator may have converted units or spelled it out).
    A number written as a word on the other side (num2words' cardinals and ordinals up to 100,
    in either language; "Binary" for 2 …) counts as that number, and Persian or Arabic-Indic
    digits count as the same digits.
    Known false positives: larger numbers written as words, converted units or currencies,
    dates reordered with a different calendar.
    """
    examples = (
        Example(
            "Das Treffen dauerte 54 Minuten.",
            "Das Treffen dauerte 45 Minuten.",
            "de",
            source="The meeting lasted 45 minutes.",
            source_language="en",
        ),
        Example(
            "Le prix est de 1 500 euros.",
            None,
            "fr",
            source="The price is 1,500 euros.",
            source_language="en",
        ),
        Example(
            "Funkcja przyjmuje jeden argument, nie 0.",
            None,
            "pl",
            source="The function takes 1 argument, not zero.",
            source_language="en",
        ),
        Example("۱۶ بیت", None, "fa", source="16-bit", source_language="en"),
        Example(
            "Telefon mit Vorwahl (z. B. +49 für Deutschland)",
            None,
            "de",
            source="Phone with country code (e.g. +1 for the US)",
            source_language="en",
        ),
        # A step or an angle is no calling code: the translation keeps the number.
        Example(
            "Vergrößern (+20 %)",
            "Vergrößern (+10 %)",
            "de",
            source="Zoom in (+10%)",
            source_language="en",
        ),
        Example(
            "Um +45 Grad drehen",
            "Um +90 Grad drehen",
            "de",
            source="Rotate +90 degrees",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        languages = (
            (document.source_language or "").split("-")[0] or None,
            (document.language or "").split("-")[0] or None,
        )
        style = _placeholder_style(document)
        for start, end, source, target in _units(document):
            placeholders = _placeholders_of(source, style)
            source, target, _ = without_icu_structure(source, target)
            source_plain = _masked(source, _TAG, placeholders, _url(), _EMAIL)
            target_plain = _masked(target, _TAG, placeholders, _url(), _EMAIL)
            if _QT_ARG_PATTERN.search(source):
                target_plain = _masked(target_plain, _BROKEN_QT_ARG)
            if _CALLING_CODE.search(target_plain):
                cued = _cued_calling_codes(source_plain, languages[0])
                if cued:
                    source_plain = _blanked(source_plain, cued)
                    target_plain = _masked(target_plain, _CALLING_CODE)
            source_tokens = number_tokens(source_plain)
            found_source = [written for _, _, written in source_tokens]
            found_target = number_tokens(target_plain)
            in_names = frozenset(
                written for s, e, written in source_tokens if glued(source_plain, s, e)
            )
            found_source, found_target = explained_by_words(
                found_source, found_target, source_plain, target_plain, languages, in_names
            )
            found_source, found_target = explained_by_form(
                found_source, found_target, source_plain, target_plain
            )
            yield from _mismatch(
                self, document, start, end, found_source, found_target, number_key, "number"
            )


def _url_key(url: str) -> str:
    return url.rstrip("/").lower()


@register
class UrlMismatch(Rule):
    code = "MT702"
    name = "url-mismatch"
    summary = "A URL or e-mail address differs between source and target."
    severity = Severity.ERROR
    doc = """
    What it finds: URLs and e-mail addresses in the target that are not in the source, and ones
    the target lost.
    Why it matters: MT "translates" domain names and paths (example.com → exemple.com), breaks
    them with spaces, or drops them; a broken link in published copy is invisible until clicked.
    Fix safety: with one wrong and one missing, the source's address is offered (unsafe: a
    localised site may be intended).
    Known false positives: deliberately localised URLs (example.com/en → example.com/de).
    """
    examples = (
        Example(
            "Voir https://exemple.com/aide maintenant.",
            "Voir https://example.com/help maintenant.",
            "fr",
            source="See https://example.com/help now.",
            source_language="en",
        ),
        Example(
            "Schreiben Sie an info@example.org.",
            None,
            "de",
            source="Write to info@example.org.",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for start, end, source, target in _units(document):
            found_source = [m.group() for p in (_url(), _EMAIL) for m in p.finditer(source)]
            # An address in a tag's attribute (<a href="…">) is an address to compare too.
            target_plain = target
            found_target = sorted(
                (m.start(), m.end(), m.group())
                for p in (_url(), _EMAIL)
                for m in p.finditer(target_plain)
            )
            # An address inside another match (an e-mail in a mailto: URL) counts once.
            found_target = [
                t
                for t in found_target
                if not any(o[0] <= t[0] and t[1] <= o[1] and o != t for o in found_target)
            ]
            yield from _mismatch(
                self, document, start, end, found_source, found_target, _url_key, "address"
            )


_DIGIT_FLAGS = re.compile(r"(?<=%)([-+#0'I]*)")


_POSITION = re.compile(r"(?<=%)\d+\$")


def _tag_key(token: str) -> str:
    if token.startswith("%"):
        # "%2$s %1$s": the source's "%s %s" reordered, as printf's positions allow.
        token = _POSITION.sub("", token, count=1)
        # "%Id" prints the number in the locale's digits (Persian ۱۲): the same placeholder.
        return _DIGIT_FLAGS.sub(lambda m: m.group(1).replace("I", ""), token, count=1)
    if token.startswith("<"):
        name = re.match(r"</?([\w:.-]+)", token)
        ident = re.search(r"\bid\s*=\s*[\"']([^\"']*)", token)
        closing = "/" if token.startswith("</") else ""
        return f"<{closing}{name.group(1) if name else ''}#{ident.group(1) if ident else ''}>"
    return token


# A segment that is one bare angle-bracketed word and nothing else ("<none>", "<default>"):
# a label the program shows as it is (a menu's or field's empty value), which the
# translation translates ("<leer>", "<aucun>"); no program fills or parses it. Inside a
# sentence a lone "<file>" is a metavariable (checks/messageforms.py), markup is compared.
_LABEL = re.compile(r"<[^\W\d_][\w -]*>")


def _tags_or_label(source: str, target: str):
    """The comparison key of MT703: a label segment's one bracketed word (see _LABEL) matches
    the other's, whatever the language writes in it; every other tag and placeholder keeps
    its own key (_tag_key)."""
    if _LABEL.fullmatch(source.strip()) and _LABEL.fullmatch(target.strip()):
        return lambda token: "<label>"
    return _tag_key


@register
class PlaceholderMismatch(Rule):
    code = "MT703"
    name = "tag-mismatch"
    summary = "Inline tags or placeholders differ between source and target."
    severity = Severity.ERROR
    reads_placeholders = True
    doc = """
    What it finds: inline tags (<x id="1"/>, <b>…</b>) and placeholders (%s, %1$d, {0}, {name},
    {{var}}, ${var}) that the target lost, added or changed.
    Why it matters: a lost placeholder crashes the program that fills it or prints raw markup; a
    lost tag breaks the document's formatting when the translation is merged back.
    Fix safety: one wrong against one missing: the source's token is offered (unsafe: the order
    of placeholders may legitimately change, and the fix only swaps the text). A segment that is
    one bracketed word ("<none>" → German "<leer>") is a label shown as it is, and may be
    translated: it matches the other side's. Inside a sentence, a bare "<nick>" that no "</nick>"
    closes and that names no markup element is a metavariable of command help: the translation
    writes it in its own words ("<ニック>") and may bracket more of them; one it lost is found.
    An ICU message's placeholders are compared by name, each case writing what it needs.
    Known false positives: languages whose grammar needs a placeholder twice or not at all
    (plural forms outside ICU), literal braces in prose.
    """
    examples = (
        Example(
            "Hallo %d, Sie haben %d Nachrichten.",
            "Hallo %s, Sie haben %d Nachrichten.",
            "de",
            source="Hello %s, you have %d messages.",
            source_language="en",
        ),
        Example(
            'Klicken Sie auf <x id="1"/>, um {count} Dateien zu sehen.',
            None,
            "de",
            source='Click <x id="1"/> to see {count} files.',
            source_language="en",
        ),
        Example("<leer>", None, "de", source="<none>", source_language="en"),
    )

    # Formats whose sources keep "&lt;" escaped: a tag written as text ("&lt;file&gt;") is
    # compared as text, as it is in a PO or CSV file with the same content.
    MARKUP_FORMATS = ("xliff", "tmx")

    def check(self, document: Document) -> Iterator[Finding]:
        escaped_sources = document.format.startswith(self.MARKUP_FORMATS)
        style = _placeholder_style(document)
        for start, end, source, target in _units(document):
            if escaped_sources:
                source = source.replace("&lt;", "<").replace("&gt;", ">")
            placeholders = _placeholders_of(source, style)
            source, target, icu = without_icu_structure(source, target)
            found_source = [m.group() for m in _tokens(source, placeholders)]
            found_target = [(m.start(), m.end(), m.group()) for m in _tokens(target, placeholders)]
            if icu:  # each case repeats what it needs: compared by name, once each
                found_source = list(dict.fromkeys(found_source))
                firsts = {token: (s, e, token) for s, e, token in reversed(found_target)}
                found_target = sorted(firsts.values())
            key = _tags_or_label(source, target)
            metas = metavariables(source)
            if metas:
                found_source, found_target, key = with_metavariables(
                    metas, found_source, found_target, target, key
                )
            yield from _mismatch(
                self, document, start, end, found_source, found_target, key, "tag or placeholder"
            )


def _tokens(text: str, pattern: re.Pattern[str] = _PLACEHOLDER) -> list[re.Match[str]]:
    tags = list(_TAG.finditer(text))
    placeholders = list(pattern.finditer(_url_escapes_masked(_masked(text, _TAG))))
    return sorted(tags + placeholders, key=lambda m: m.start())


_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _url_escapes_masked(text: str) -> str:
    """``text`` with the percent-escapes of its addresses blanked ("%20", "%5B" in a link): no
    placeholders (h29files: a Markdown link's "%5BHabitica%20Help%5D" read as Qt's %5 and %20,
    reported missing wherever the translation links another page)."""
    if "%" not in text or not ("://" in text or "www." in text):
        return text
    return _url().sub(lambda m: _masked(m.group(), _URL_ESCAPE), text)


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_QUOTES = '"“”„«»'


_HEBREW = re.compile(r"[\u05d0-\u05ea]")


def _symbol_quote(text: str, index: int) -> bool:
    """A '"' that quotes nothing: inside a word (Hebrew gershayim, מע"מ), after a number (the
    inch sign, 5"), or standing alone as a list item or in brackets ("(")", "in,\"")."""
    if text[index] != '"':
        return False
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if _HEBREW.match(before) and _HEBREW.match(after):
        return True
    if before.isdigit():
        return True
    return before in ("", "(", ",", ";") and after in ("", ")", ",", ";")


def _unbalanced(text: str) -> list[int]:
    """Offsets of brackets without a partner, and of the last quote when quotes are odd."""
    stack: list[tuple[str, int]] = []
    lonely = []
    closers = {v: k for k, v in _PAIRS.items()}
    for index, char in enumerate(text):
        if char in _PAIRS:
            stack.append((char, index))
        elif char in closers:
            if stack and stack[-1][0] == closers[char]:
                stack.pop()
            else:
                lonely.append(index)
    lonely.extend(index for _, index in stack)
    quotes = [i for i, c in enumerate(text) if c in _QUOTES]
    if len(quotes) % 2:  # odd: a '"' may be a symbol rather than a quotation mark
        quotes = [i for i in quotes if not _symbol_quote(text, i)]
    if len(quotes) % 2:
        lonely.append(quotes[-1])
    return sorted(lonely)


@register
class BracketParity(Rule):
    code = "MT704"
    name = "bracket-parity"
    summary = "Brackets or quotes balanced in the source are unbalanced in the target."
    doc = """
    What it finds: a bracket without its partner, or an odd number of double quotes, in a
    target segment whose source is balanced.
    Why it matters: MT often drops the closing half of a parenthesis or quotation, leaving the
    reader unsure where an aside or a quote ends.
    Fix safety: no automatic fix: where the closing mark belongs needs a reader.
    A '"' inside a word (Hebrew gershayim), after a number (inches) or standing alone is a
    symbol, not a quotation mark.
    Known false positives: a quotation that deliberately spans several segments (the source
    is then unbalanced too, and nothing is reported); emoticons like ":-)".
    """
    examples = (
        Example(
            "Preis: 15 Euro (ca.",
            "Preis: 15 Euro (ca.",
            "de",
            source="Price: 15 euros (approx.)",
            source_language="en",
        ),
        Example(
            "Er sagte: „Wir kommen.“",
            None,
            "de",
            source='He said: "We are coming."',
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for start, _end, source, target in _units(document):
            if _unbalanced(_masked(source, _TAG)):
                continue
            for offset in _unbalanced(_masked(target, _TAG)):
                char = target[offset]
                yield self.finding(
                    start + offset,
                    start + offset + 1,
                    f"{char!r} has no partner here, but the source is balanced",
                    confidence=0.75,
                )


def _normal(text: str) -> str:
    return " ".join(_masked(text, _TAG, _PLACEHOLDER).split()).casefold()


@register
class UntranslatedSegment(Rule):
    code = "MT705"
    name = "untranslated-segment"
    summary = "The target is the source copied, or is written in the source language."
    severity = Severity.ERROR
    doc = """
    What it finds: a target segment identical to its source (beyond names, numbers and codes),
    or one that language detection reads as the source language rather than the target's.
    Why it matters: MT engines and CAT tools leave segments untranslated when they fail or time
    out, and the copy passes every spelling check of the source language.
    Fix safety: no fix: the segment needs translating.
    Segments with fewer than three words to translate are ignored (acronyms, names with inner
    capitals such as KeePassXC, codes with digits and a leading article do not count: "The GNOME
    Project", "AES-KDF (KDBX 4)"); a target whose own words (those not copied from the source)
    read as the target language is translated, whatever keywords it keeps.
    A copy whose every word the catalogue's translated units keep as it is wherever they use
    it ("Google Cast" in "Google Cast aktivieren") reads as a name and is doubtful (0.4,
    checks/keptwords.py; h31files: 5 copies on the fresh files of groups 3, 5, 6 and 8, none
    judged real: protocol and product names, a format line), unless the catalogue leaves more
    than 5 % of its longer units untranslated (24 Pull Requests' YAML: 22 English labels judged
    real would read as names there).
    Known false positives: names and product titles of three words or more that stay the same
    in both languages ("Bank of Canada"); loan-heavy jargon.
    """
    examples = (
        Example(
            "The committee will meet again next week.",
            "The committee will meet again next week.",
            "de",
            source="The committee will meet again next week.",
            source_language="en",
        ),
        Example("Microsoft Teams", None, "de", source="Microsoft Teams", source_language="en"),
        Example(
            "Der Ausschuss tritt nächste Woche wieder zusammen.",
            None,
            "de",
            source="The committee will meet again next week.",
            source_language="en",
        ),
    )

    # Detection is trusted only on segments with this many letters.
    MIN_LETTERS_FOR_DETECTION = 40

    def check(self, document: Document) -> Iterator[Finding]:
        for start, end, source, target in _units(document):
            words = _WORD.findall(_masked(target, _TAG, _PLACEHOLDER, _url(), _EMAIL))
            if len(words) < 3:
                continue
            if _normal(source) == _normal(target):
                if len(_prose_words(target)) < 3:
                    continue  # names and codes: "The GNOME Project", "AES-KDF (KDBX 4)"
                if kept_as_a_name(document, source):  # "Google Cast Version" (h31files)
                    yield self.finding(
                        start,
                        end,
                        "Target is identical to the source; the catalogue keeps its words "
                        "as they are wherever it translates them: a name?",
                        confidence=0.4,
                    )
                    continue
                yield self.finding(
                    start, end, "Target is identical to the source: not translated", confidence=0.9
                )
                continue
            source_language = document.source_language
            target_language = (document.language or "").split("-")[0]
            if not source_language or not target_language or source_language == target_language:
                continue
            if sum(len(w) for w in words) < self.MIN_LETTERS_FOR_DETECTION:
                continue
            if _stop_words_favour(words, target_language, source_language):
                continue  # plainly the target language: no detector call (~15 ms a unit)
            from mtlint.checks.language import detect_languages

            candidates = detect_languages(" ".join(words))
            if candidates and candidates[0][0] == source_language and candidates[0][1] > 0.9:
                if _own_words_translated(words, source, source_language):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"Target reads as {source_language} (the source language), "
                    f"not {target_language}",
                    confidence=0.7,
                )


_TOKEN = re.compile(r"[\w'’-]+")


def _prose_words(text: str) -> list[str]:
    """The words of ``text`` that would need translating: not acronyms (KDBX), not names written
    with inner capitals (KeePassXC), not codes with digits (Argon2id), not a leading article."""
    words = []
    for token in _TOKEN.findall(_masked(text, _TAG, _PLACEHOLDER, _url(), _EMAIL)):
        letters = [ch for ch in token if ch.isalpha()]
        if len(letters) < 2 or any(ch.isdigit() for ch in token):
            continue
        if token.isupper() or any(ch.isupper() for ch in token[1:]):
            continue
        words.append(token)
    if words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    return words


def _own_words_translated(words: list[str], source: str, source_language: str) -> bool:
    """Whether the words the target does not share with its source read as another language:
    a translation that keeps the source's keywords ("Opstarten in gegeven modus (basic,
    advanced, financial …)") is translated, whatever the copied words weigh."""
    shared = {w.casefold() for w in _WORD.findall(source)}
    own = [w for w in words if w.casefold() not in shared]
    if len(own) < 2 or len(own) * 4 < len(words):
        return False  # too little of its own to tell: a copy with a word or two changed
    from mtlint.checks.language import detect_languages

    candidates = detect_languages(" ".join(own))
    return bool(candidates) and candidates[0][0] != source_language


def _stop_words_favour(words: list[str], language: str, other: str) -> bool:
    """Whether more of ``words`` are stop words of ``language`` than of ``other``: a segment
    that plainly reads as the target language needs no language detector."""
    from mtlint.checks.language import stop_word_languages

    ours = theirs = 0
    for word in words:
        languages = stop_word_languages(word.casefold())
        ours += language in languages
        theirs += other in languages
    return ours > theirs


@register
class LengthRatio(Rule):
    code = "MT706"
    name = "length-ratio"
    summary = "The target is far shorter or longer than its source."
    severity = Severity.INFO
    doc = """
    What it finds: a target segment less than a third or more than three times as long as its
    source (segments whose source has fewer than 20 letters are ignored).
    Why it matters: truncated output (the engine stopped mid-sentence) and hallucinated or
    repeated output both show first as a length far off the source's.
    Fix safety: no fix; it is a pointer for the reviewer.
    Lengths are compared in Latin-character equivalents (a Han character counts as about 3.3,
    kana and Hangul as 2), so English → Chinese, Japanese or Korean is not "far shorter".
    Known false positives: deliberate summaries; language pairs whose lengths differ beyond the
    script weights.
    """
    LOW = 1 / 3
    HIGH = 3.0
    MIN_SOURCE_LETTERS = 20
    examples = (
        Example(
            "Der Präsident.",
            "Der Präsident.",
            "de",
            source="The president arrived in Samarkand on Sunday for two days of talks.",
            source_language="en",
        ),
        Example(
            "Der Präsident traf am Sonntag zu zweitägigen Gesprächen in Samarkand ein.",
            None,
            "de",
            source="The president arrived in Samarkand on Sunday for two days of talks.",
            source_language="en",
        ),
        Example(  # a third of the characters, the same meaning: not "far shorter"
            "總統週日抵達撒馬爾罕，進行為期兩天的會談。",
            None,
            "zh",
            source="The president arrived in Samarkand on Sunday for two days of talks.",
            source_language="en",
        ),
        Example(
            "總統抵達。",
            "總統抵達。",
            "zh",
            source="The president arrived in Samarkand on Sunday for two days of talks.",
            source_language="en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for start, end, source, target in _units(document):
            source_letters = sum(len(w) for w in _WORD.findall(source))
            if source_letters < self.MIN_SOURCE_LETTERS:
                continue
            # Compared in Latin-character equivalents: a Chinese target is a third of its English
            # source in characters and says the same.
            ratio = latin_equivalent_length(target.strip()) / max(
                latin_equivalent_length(source.strip()), 1.0
            )
            if self.LOW <= ratio <= self.HIGH:
                continue
            which = "shorter" if ratio < self.LOW else "longer"
            yield self.finding(
                start,
                end,
                f"Target is {ratio:.2f}× the source's length: far {which} than expected",
                confidence=0.6,
                data=(("ratio", round(ratio, 3)),),
            )
