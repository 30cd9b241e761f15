"""Right-to-left text: stray format controls, a missing direction mark, Arabic-script letter forms,
and punctuation glued to the next word in scripts without capitals (MT151: also Korean).

Which scripts run right to left and join their letters is in checks/scripts.py; which letters a
language writes (Persian "ی" and "ک" where Arabic writes "ي" and "ك") is in
resources/typography/<lang>.json (``letter_variants``). The rules here look only at documents
whose language writes a right-to-left script; MT604 reports the same controls everywhere else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.scripts import JOINING_SCRIPTS, RIGHT_TO_LEFT, SCRIPT_RANGES, character_class
from mtlint.checks.textscan import has_character, language_data
from mtlint.checks.typography import table

LRM, RLM, ALM, ZWNJ = "\u200e", "\u200f", "\u061c", "\u200c"
_MARKS = LRM + RLM + ALM
# Embeddings and overrides close with PDF; isolates with PDI.
_EMBEDDINGS, _PDF = "\u202a\u202b\u202d\u202e", "\u202c"
_ISOLATES, _PDI = "\u2066\u2067\u2068", "\u2069"
_CONTROLS = re.compile(f"[{_MARKS}{_EMBEDDINGS}{_PDF}{_ISOLATES}{_PDI}{ZWNJ}]")
_NAMES = {LRM: "LRM", RLM: "RLM", ALM: "ALM", ZWNJ: "ZWNJ"}
_RTL_LETTER = f"[{character_class(RIGHT_TO_LEFT)}]"
_JOINING_LETTER = re.compile(f"[{character_class(JOINING_SCRIPTS)}]")
_RTL = re.compile(_RTL_LETTER)


def _rtl_language(document: Document) -> bool:
    return bool(language_data(document).scripts & RIGHT_TO_LEFT)


def _remove(start: int, end: int, applicability: Applicability = Applicability.SAFE) -> Fix:
    return Fix((Edit(start, end, ""),), applicability, "remove")


# --- MT611 stray format control ----------------------------------------------------------------

# Scans are led by the controls themselves (rare characters), then look at their neighbours.
_MARK_RUN = re.compile(f"[{_MARKS}]+")
_ZWNJ_RUN = re.compile(f"{ZWNJ}+")
_EMBEDDING_CONTROL = re.compile(f"[{_EMBEDDINGS}{_PDF}{_ISOLATES}{_PDI}]")
# What may follow a ZWNJ inside a word: a letter or an Arabic combining mark (harakat, the
# hamza of the ezafe).
_AFTER_ZWNJ = re.compile("[^\\W\\d_]|[\u064b-\u065f\u0670]")


def _is_letter(char: str) -> bool:
    return char.isalpha()


@register
class StrayFormatControl(Rule):
    code = "MT611"
    name = "stray-format-control"
    summary = "A direction mark or ZWNJ that does nothing or breaks a word (RTL text)."
    languages = frozenset({"ar", "fa", "he", "ur"})
    severity = Severity.WARNING
    doc = """
    What it finds, in right-to-left text (where MT604 leaves direction marks and joiners alone):
    a direction mark (LRM, RLM, ALM) written twice in a row or standing between two letters of
    one word; an embedding or override (LRE, RLE, LRO, RLO) that no PDF closes in its
    paragraph, an isolate (LRI, RLI, FSI) that no PDI closes, or a PDF/PDI that closes nothing;
    a zero-width non-joiner doubled or with no letter on one side (beside a space or a mark).
    Why it matters: MT pipelines and copy-paste from web pages leave these invisible controls
    behind; inside a word they break search, spell checking and word counts, and an unclosed
    embedding or isolate reorders the rest of the paragraph.
    Fix safety: removing a doubled or in-word mark, a doubled or edge ZWNJ and a closer that
    closes nothing is safe; an unclosed embedding or isolate is removed (or closed at the end of
    its paragraph) as an unsafe fix, since only the writer knows where it should end.
    Known false positives: a mark between a Hebrew or Arabic letter and a Latin one is left
    alone (it may settle the order of the two runs); a ZWNJ between two letters, its only
    proper place, is never reported.
    """
    examples = (
        Example(
            "وقال الوزير إن الحكو\u200fمة ستجتمع غدا.", "وقال الوزير إن الحكومة ستجتمع غدا.", "ar"
        ),
        Example("הממשלה אישרה\u200f\u200f את התקציב.", "הממשלה אישרה\u200f את התקציב.", "he"),
        Example(
            "وقال الوزير \u202bإن الحكومة ستجتمع غدا.", "وقال الوزير إن الحكومة ستجتمع غدا.", "ar"
        ),
        Example("השר אמר\u202c כי ההחלטה סופית.", "השר אמר כי ההחלטה סופית.", "he"),
        Example("این کتاب\u200c\u200cها را خریدم.", "این کتاب\u200cها را خریدم.", "fa"),
        Example("این کتاب\u200c ها را خریدم.", "این کتاب ها را خریدم.", "fa"),
        good("این کتاب\u200cها را می\u200cخواهم.", "fa"),
        good("\u200fGNOME מביא גישה שונה למעבר בין חלונות.", "he"),
        good("ההודעה \u202bנשלחה אל\u202c המשתמש, גרסה \u2067שתיים\u2069.", "he"),
        good("השתמשו ב-React\u200f, ואז הריצו את הפקודה.", "he"),
        good("تابع «%s»\u202c\u200f ۱ آرگومان می\u200cگیرد", "fa"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _rtl_language(document) or not has_character(document, _CONTROLS):
            return
        text = document.text
        if any(c in text for c in _MARKS):
            yield from self._marks(text)
        if ZWNJ in text:
            yield from self._zwnj(text)
        if any(c in text for c in _EMBEDDINGS + _PDF + _ISOLATES + _PDI):
            yield from self._unpaired(text, document)

    def _marks(self, text: str) -> Iterator[Finding]:
        for match in _MARK_RUN.finditer(text):
            start, end = match.span()
            run = match.group()
            if len(set(run)) < len(run):  # the same mark twice or more
                yield self._found(start + 1, end, "Doubled direction mark", text)
                continue
            before, after = text[start - 1 : start], text[end : end + 1]
            # Between two letters of one direction the mark settles nothing.
            if (
                _is_letter(before)
                and _is_letter(after)
                and bool(_RTL.match(before)) == bool(_RTL.match(after))
            ):
                yield self._found(start, end, "Direction mark inside a word", text)

    def _zwnj(self, text: str) -> Iterator[Finding]:
        for match in _ZWNJ_RUN.finditer(text):
            start, end = match.span()
            if end - start > 1:
                yield self._found(start + 1, end, "Doubled zero-width non-joiner", text)
                continue
            before, after = text[start - 1 : start], text[end : end + 1]
            if _is_letter(before) and _AFTER_ZWNJ.match(after):
                continue  # its proper place
            # Only beside a joining letter (elsewhere MT604 reports it).
            if _JOINING_LETTER.match(before) or _JOINING_LETTER.match(after):
                yield self._found(start, end, "Zero-width non-joiner at a word's edge", text)

    def _unpaired(self, text: str, document: Document) -> Iterator[Finding]:
        """Embeddings closed by PDF and isolates closed by PDI, matched within a paragraph."""
        for paragraph in document.paragraphs:
            start, end = paragraph.start, paragraph.end
            stacks: dict[str, list[int]] = {_PDF: [], _PDI: []}
            for match in _EMBEDDING_CONTROL.finditer(text, start, end):
                at, char = match.start(), match.group()
                closer = _PDF if char in _EMBEDDINGS else _PDI if char in _ISOLATES else None
                if closer is not None:
                    stacks[closer].append(at)
                elif stacks[char]:
                    stacks[char].pop()
                elif not _after_placeholder(text, at):
                    yield self._found(at, at + 1, "Closing direction control with no opener", text)
            for closer, openers in stacks.items():
                for at in openers:
                    yield self._unclosed(text, at, end, closer)

    def _unclosed(self, text: str, at: int, end: int, closer: str) -> Finding:
        close = Fix(
            (Edit(end, end, closer),), Applicability.UNSAFE, "close it at the end of the paragraph"
        )
        return self.finding(
            at,
            at + 1,
            f"Direction control {unicodedata.name(text[at], '?').title()} is never closed",
            fixes=[_remove(at, at + 1, Applicability.UNSAFE), close],
            confidence=0.8,
        )

    def _found(self, start: int, end: int, message: str, text: str) -> Finding:
        names = "+".join(_NAMES.get(c, f"U+{ord(c):04X}") for c in text[start:end])
        return self.finding(start, end, f"{message} ({names})", fixes=[_remove(start, end)])


# --- MT612 missing direction mark -------------------------------------------------------------

_STRONG = re.compile(f"[{SCRIPT_RANGES['Latin']}]|{_RTL_LETTER}|[{_MARKS}{_EMBEDDINGS}{_ISOLATES}]")
_LATIN = re.compile(f"[{SCRIPT_RANGES['Latin']}]")


@register
class RtlParagraphLedByLtr(Rule):
    code = "MT612"
    name = "missing-direction-mark"
    summary = "A right-to-left paragraph that opens with a Latin word shows left to right."
    languages = frozenset({"ar", "fa", "he", "ur"})
    severity = Severity.INFO
    doc = """
    What it finds: a paragraph written mostly in a right-to-left script whose first strong
    character is a Latin letter ("React היא ספרייה…", "GNOME…"), with no direction mark before it.
    Why it matters: plain-text displays (editors, translation tools, terminals, messaging
    apps) take a paragraph's direction from its first strong character: such a paragraph is laid
    out left to right, its Hebrew or Arabic runs in the wrong order and its final full stop on the
    wrong side. Translators put a right-to-left mark (RLM) first; MT never does.
    Fix safety: unsafe; an RLM is inserted at the start of the paragraph (invisible, and harmless
    where the display sets the direction itself, as HTML with dir="rtl" does).
    Known false positives: text only ever shown where the direction is set from outside (a web
    page with dir="rtl") needs no mark; paragraphs with fewer right-to-left than Latin letters are
    left alone, and a mark, embedding or isolate before the first letter counts as settled.
    """
    examples = (
        Example(
            "GNOME מביא גישה שונה למעבר בין חלונות.",
            "\u200fGNOME מביא גישה שונה למעבר בין חלונות.",
            "he",
        ),
        Example(
            "React مكتبة لبناء واجهات المستخدم.", "\u200fReact مكتبة لبناء واجهات المستخدم.", "ar"
        ),
        good("\u200fGNOME מביא גישה שונה למעבר בין חלונות.", "he"),
        good("ספריית React מאפשרת לבנות ממשקים.", "he"),
        good("Windows 10 and Linux are supported here.", "he"),
        good("2024: React مكتبة لبناء واجهات.", "ar"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not _rtl_language(document) or not has_character(document, _LATIN):
            return
        text = document.text
        for paragraph in document.paragraphs:
            first = _STRONG.search(text, paragraph.start, paragraph.end)
            if first is None or not _LATIN.match(first.group()):
                continue
            # Digits and symbols before the Latin word ("2024: React") are left: the reader
            # may take the line for a list entry or a date heading.
            if text[paragraph.start : first.start()].strip():
                continue
            content = text[paragraph.start : paragraph.end]
            rtl_letters = len(_RTL.findall(content))
            if rtl_letters <= len(_LATIN.findall(content)):
                continue
            fix = Fix((Edit(first.start(), first.start(), RLM),), Applicability.UNSAFE, "add RLM")
            yield self.finding(
                first.start(),
                first.start() + 1,
                "Right-to-left paragraph opens with a Latin letter: plain-text displays show it "
                "left to right (add an RLM first)",
                fixes=[fix],
                confidence=0.5,
            )


# --- MT613 Arabic-script letter forms ---------------------------------------------------------

# Presentation forms (what PDF text extraction and legacy shapers leave); U+FDF0–FDFF are the
# word ligatures (ﷲ ﷺ) written on purpose in religious text.
_PRESENTATION = re.compile("[\ufb50-\ufdcf\ufe70-\ufefc]+")
# Tatweel (kashida) where it cannot stretch a join: after a letter that never joins the next
# one, or after a space. (After a joining letter and before a space it is the convention for a
# prefix on a foreign word: "بـ React", "الـJSON".)
_NON_JOINING_BEFORE = "\u0621-\u0625\u0627\u0629\u062f-\u0632\u0648\u0649\u0671-\u0673\u0675"
_NON_JOINING_BEFORE += "\u0688-\u0699\u06c0-\u06cb\u06cd\u06cf\u06d2\u06d3\u06ee\u06ef"
_STRAY_TATWEEL = re.compile(f"(?<=[{_NON_JOINING_BEFORE}\\s])\u0640+")
# A word of the text's letters, with its harakat.
_WORD_CHAR = "[\u0620-\u064a\u066e-\u06d3\u064b-\u065f\u0670\u200c]"
# Letters only Arabic writes (ta marbuta, alef maksura, harakat): a quotation, not a slip.
_ARABIC_ONLY = re.compile("[\u0629\u0649\u064b-\u0652]")


@register
class ArabicLetterForm(Rule):
    code = "MT613"
    name = "arabic-letter-form"
    summary = "An Arabic-script letter in the wrong form: 'ي'/'ك' in Persian, presentation forms."
    languages = frozenset({"ar", "fa", "ur"})
    severity = Severity.WARNING
    doc = """
    What it finds: a letter of another Arabic-script orthography where the text otherwise uses
    its own (Arabic yeh "ي" and kaf "ك" in a Persian or Urdu text that writes "ی" and "ک"; a
    table per language in resources/typography); presentation forms (U+FB50–FDCF, U+FE70–FEFC:
    contextual glyphs stored as characters); a tatweel (kashida) after a letter that never joins
    the next one or after a space.
    Why it matters: Arabic-keyboard input, MT trained on mixed data and PDF text extraction leave
    these; words then look right but match no search, spell check or glossary entry.
    Fix safety: presentation forms are replaced by their letters (NFKC) and a stray tatweel is
    removed, both safe; a letter variant is replaced by the language's own letter, unsafe (the
    word may be quoted Arabic).
    Known false positives: words with letters only Arabic writes (ة, ى, harakat) and words inside
    «…» are taken for quoted Arabic and left alone; a text with neither the language's own form
    of a letter nor a letter only it writes (Persian پ چ ژ گ) is left alone (no evidence of its
    orthography); the ligatures ﷲ and ﷺ are never reported.
    """
    examples = (
        Example(
            "این کتاب را دیروز خريدم و به کتابخانه بردم.",
            "این کتاب را دیروز خریدم و به کتابخانه بردم.",
            "fa",
        ),
        Example("او گفت که اين كار درست نیست.", "او گفت که این کار درست نیست.", "fa"),
        Example("ﻭﻗﺎﻝ الوزير إن الحكومة ستجتمع غدا.", "وقال الوزير إن الحكومة ستجتمع غدا.", "ar"),
        Example("وقال الوزيرـ إن الحكومة ستجتمع غدا.", "وقال الوزير إن الحكومة ستجتمع غدا.", "ar"),
        good("این کتاب را دیروز خریدم و به کتابخانه بردم.", "fa"),
        good("او می\u200cگوید: «الحمد لله رب العالمين» و رفت.", "fa"),
        good("وقال الوزير إن الحكومة ستجتمع غدا.", "ar"),
        good("ســلام بر شما.", "fa"),
        Example("گفت كه اين كار درست است.", "گفت که این کار درست است.", "fa"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if "Arabic" not in data.scripts:
            return
        text = document.text
        if has_character(document, _PRESENTATION):
            for match in _PRESENTATION.finditer(text):
                letters = unicodedata.normalize("NFKC", match.group())
                fix = Fix((Edit(*match.span(), letters),), Applicability.SAFE, "plain letters")
                yield self.finding(
                    *match.span(), "Arabic presentation forms stored as text", fixes=[fix]
                )
        if "\u0640" in text:
            for match in _STRAY_TATWEEL.finditer(text):
                yield self.finding(
                    *match.span(),
                    "Tatweel that stretches no join",
                    fixes=[_remove(*match.span())],
                    confidence=0.7,
                )
        variants = table(data, "letter_variants")
        if isinstance(variants, dict):
            # Evidence of the orthography: the language's own form of a variant, or a letter
            # only it writes (Persian پ چ ژ گ: a text typed on an Arabic keyboard has no ی).
            own = "".join(str(v) for v in variants.values())
            own += str(table(data, "letter_evidence", "") or "")
            if any(letter in text for letter in own):
                yield from self._variants(text, {str(k): str(v) for k, v in variants.items()})

    def _variants(self, text: str, variants: dict[str, str]) -> Iterator[Finding]:
        present = {foreign: native for foreign, native in variants.items() if foreign in text}
        if not present:
            return
        foreign_letters = re.compile("[" + "".join(present) + "]")
        # Only the words that hold a foreign letter (the scan is led by the word's start).
        words = re.compile(f"(?<!{_WORD_CHAR}){_WORD_CHAR}*{foreign_letters.pattern}{_WORD_CHAR}*")
        for match in words.finditer(text):
            word = match.group()
            if _ARABIC_ONLY.search(word):
                continue
            if _inside_guillemets(text, match.start()):
                continue  # quoted Arabic («الحمد لله رب العالمين»)
            fixed = foreign_letters.sub(lambda m: present[m.group()], word)
            fix = Fix((Edit(*match.span(), fixed),), Applicability.UNSAFE, f"'{word}' → '{fixed}'")
            yield self.finding(
                *match.span(),
                f"'{word}' is written with Arabic letters this language writes otherwise",
                fixes=[fix],
                confidence=0.75,
            )


def _inside_guillemets(text: str, at: int) -> bool:
    """Whether ``at`` is inside «…» opened in its own line."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.rfind("«", line_start, at) > text.rfind("»", line_start, at)


# --- MT151 missing space after punctuation (script-bound) --------------------------------------


@register
class MissingSpaceAfterScriptPunctuation(Rule):
    code = "MT151"
    name = "missing-space-after-punctuation-in-script"
    summary = "Punctuation glued to the next word in Arabic, Persian, Urdu, Hebrew or Korean."
    languages = frozenset({"ar", "fa", "ur", "he", "ko"})
    severity = Severity.WARNING
    doc = """
    What it finds: a full stop, question or exclamation mark, or the script's own comma and
    semicolon (a table per language in resources/typography: ``spaced_after``) between two
    letters of the language's script with no space after it: "الحكومة،وقال", "گے۔انہوں",
    "אמר.הוא", "했다.그" (a Latin comma or semicolon is MT105's).
    Why it matters: where two segments are joined or a detokeniser eats a space, the sentence
    break survives but the words run together; MT103 and MT105 see it only through capital
    letters or in Latin text, and these scripts have none.
    Fix safety: safe; a space is inserted after the mark.
    Known false positives: none known between two letters of these scripts (decimals, times,
    file names and web addresses are written with digits or Latin letters, which never match).
    """
    examples = (
        Example(
            "قال الوزير إن الحكومة،وقال إنها ستجتمع.",
            "قال الوزير إن الحكومة، وقال إنها ستجتمع.",
            "ar",
        ),
        Example("روانہ ہوں گے۔انہوں نے مزید کہا", "روانہ ہوں گے۔ انہوں نے مزید کہا", "ur"),
        Example("השר אמר.הוא יצא מהחדר.", "השר אמר. הוא יצא מהחדר.", "he"),
        Example("정부는 발표했다.그리고 떠났다.", "정부는 발표했다. 그리고 떠났다.", "ko"),
        good("نسخه 3.5 از فایل config.json و سایت example.com منتشر شد.", "fa"),
        good("הגרסה 3.5 של React.js יצאה, והשר אמר: כן.", "he"),
        good("버전 3.5와 React.js를 사용했다. 그리고 떠났다.", "ko"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        spaced = table(language_data(document), "spaced_after")
        if not isinstance(spaced, dict):
            return
        pattern = _glued_pattern(str(spaced.get("marks", "")), str(spaced.get("letters", "")))
        if pattern is None:
            return
        for match in pattern.finditer(document.text):
            at = match.end()
            fix = Fix((Edit(at, at, " "),), Applicability.SAFE, "insert a space")
            yield self.finding(
                match.start(),
                at + 1,
                f"No space after '{match.group()}'",
                fixes=[fix],
                confidence=0.8,
            )


@lru_cache(maxsize=16)
def _glued_pattern(marks: str, letters: str) -> re.Pattern[str] | None:
    """A mark led scan: the mark, with a letter of the script on both sides."""
    if not marks or not letters:
        return None
    return re.compile(f"[{re.escape(marks)}](?<={letters}.)(?={letters})")


# A printf/Qt/Python placeholder, then perhaps its closing quotes or bracket.
_PLACEHOLDER_BEFORE = re.compile(r"(?:%[\w().$-]*\w|\{[^{}\s]*\}|\$\w+)[»”\"'’)\]]*\Z")


def _after_placeholder(text: str, at: int) -> bool:
    """A closer right after a placeholder ("«%s»\u202c") is a translator's guard: it ends any
    embedding the substituted text may open (a GNOME/Persian convention), not a stray mark."""
    return _PLACEHOLDER_BEFORE.search(text, max(0, at - 40), at) is not None
