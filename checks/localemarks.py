"""Locale marks: the characters, ordinal and decade shapes and currency spacing a locale writes
otherwise — the second half of the locale-forms recogniser (``localeforms.py`` reads numbers,
clocks, per-cent signs, dates and day ordinals; this module what is left of a locale's writing).

The mechanism: a page pipeline or an engine carries the *source's* way of writing a sign into
a target that writes it otherwise. A Chinese or Japanese source leaves full-width digits and
letters ("２０２３", "ＧＤＰ"), letter-like and squared unit signs ("25℃", "5㎞") and Roman
numeral characters ("World War Ⅱ") in Latin-script text; a Russian source leaves the numero sign
("№ 5"); a PDF extraction leaves ligature characters ("ﬁnancial"); an English source leaves its
decades ("in den 1990s"); a Romance source leaves its ordinal marks in English ("the 2º round");
a source that glues or spaces the currency sign leaves its spacing ("50€" in German, which
writes "50 €"). Unicode says which characters stand for a plain sequence (NFKC and the
decomposition tag); CLDR (Babel) and ``resources/typography/locale_forms.json`` say what the
target writes; the document's own majority says whether a form is its house style.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from mtlint.checks.langdata import load_language_data
from mtlint.checks.localeformat import babel_locale
from mtlint.checks.localeforms import Verdict, month_names
from mtlint.checks.resourcefiles import read_json
from mtlint.checks.textscan import looks_technical

# One record for every locale judge's verdict (kind, span, written, fixed, confidence, why).
Mark = Verdict


@cache
def _data() -> dict:
    return read_json("typography", "locale_forms.json")


def _cjk_target(language: str) -> bool:
    return language in _data()["compatibility_native"]


# --- compatibility characters: a sign standing for a plain sequence ------------------------------

# The blocks read: full-width forms (digits, letters and the signs "$%+-"; full-width punctuation
# is the foreign-punctuation rule's), letter-like symbols and number forms (℃, №, Ⅱ), enclosed
# alphanumerics (①, ⑴, ⒈), CJK squared units (㎞, ㎏) and the Latin ligatures (ﬁ, ﬂ).
_BLOCKS = ((0x2100, 0x218F), (0x2460, 0x24FF), (0x3300, 0x33FF), (0xFB00, 0xFB06))
_WIDE_SIGNS = "＄％＋－"
# Tags that stand for a different *look* of the same text, not a compatibility stand-in:
# superscripts (m², ™), fractions (½), no-break forms, mathematical letters (ℝ, ℓ).
_KEPT_TAGS = ("<super>", "<sub>", "<fraction>", "<noBreak>", "<font>")
# Letter-like symbols that are words of their own (care of, account of) or letters (ℵ, ℇ), and
# the enclosed letters: a writer's own symbols ("Copyright Ⓒ" for ©), not a stand-in for text.
_KEPT = frozenset("℀℁℅℆ℇℵℶℷℸ") | frozenset(chr(c) for c in range(0x249C, 0x24EA))


@cache
def _compatibility() -> dict[str, str]:
    """Each character read and its plain form (NFKC)."""
    table = {}
    wide = [chr(c) for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()] + list(_WIDE_SIGNS)
    singles = [chr(c) for low, high in _BLOCKS for c in range(low, high + 1)]
    for ch in wide + singles:
        tag = unicodedata.decomposition(ch).split(" ")[0]
        if not tag.startswith("<") or tag in _KEPT_TAGS or ch in _KEPT:
            continue
        table[ch] = unicodedata.normalize("NFKC", ch)
    return table


@cache
def _compatibility_pattern() -> re.Pattern[str]:
    chars = "".join(sorted(_compatibility()))
    return re.compile(f"[{re.escape(chars)}]+")


def _kind(ch: str) -> str:
    if 0xFF00 <= ord(ch) <= 0xFFEF:
        return "wide"
    if 0xFB00 <= ord(ch) <= 0xFB06:
        return "ligature"
    if ch == "№":
        return "numero"
    return "symbol"


# CJK ideographs, kana and hangul: a character beside them belongs to a quoted source text.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u3000-\u303f]")


def compatibility_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """``screen``: the document's distinct chunks (``textscan.chunk_text``): a text without a
    compatibility character pays one search of them."""
    pattern = _compatibility_pattern()
    if _cjk_target(language) or not pattern.search(text if screen is None else screen):
        return []
    marks = []
    runs = [m for m in pattern.finditer(text) if not _quiet_run(text, m.start(), m.end())]
    counts: dict[str, int] = {}
    for run in runs:
        for ch in set(run.group()):
            counts[ch] = counts.get(ch, 0) + 1
    plain: dict[str, bool] = {}  # each sign's plain form searched once per document
    for run in runs:
        written = run.group()
        kinds = {_kind(ch) for ch in written}
        fixed = _plain(text, run.end(), written, language)
        if fixed is None:
            continue
        if kinds & {"wide", "ligature"} or _plain_elsewhere(text, written, language, plain):
            confidence = 0.8
        elif "numero" in kinds:
            confidence = 0.45  # some English and Balkan writers use '№' themselves
        elif max(counts[ch] for ch in written) >= 3:
            confidence = 0.45  # the document's own sign throughout: a house style
        else:
            confidence = 0.7
        marks.append(
            Mark(
                "compatibility",
                run.start(),
                run.end(),
                written,
                fixed,
                confidence,
                f"is {_name(written)}, a stand-in for '{fixed.strip()}'",
            )
        )
    return marks


def _plain_elsewhere(text: str, written: str, language: str, known: dict[str, bool]) -> bool:
    """The text writes the plain sequence of one of the run's signs elsewhere: the language's
    numero abbreviation before a number, or a sign's letters as a word ("°C", "km", "II").
    ``known``: each sign's answer for this text, so a page of a hundred "℃" searches once."""
    for ch in written:
        if ch not in known:
            known[ch] = _plain_written(text, ch, language)
        if known[ch]:
            return True
    return False


def _plain_written(text: str, ch: str, language: str) -> bool:
    if ch == "№":
        abbreviation = _data()["numero"]["abbreviations"].get(language, "No.")
        return re.search(re.escape(abbreviation) + r"\s?\d", text) is not None
    letters = _compatibility()[ch]
    if len(letters) < 2 or not any(c.isalpha() for c in letters):
        return False
    # Led by the sequence's first character, the look-behind after it (not tried everywhere).
    first = re.escape(letters[0])
    plain = rf"{first}(?<![^\W\d_]{first}){re.escape(letters[1:])}(?![^\W\d_])"
    return re.search(plain, text) is not None


def _quiet_run(text: str, start: int, end: int) -> bool:
    """Beside CJK characters (a quoted source), or in a URL, path or handle."""
    near = text[max(0, start - 2) : end + 2]
    return bool(_CJK.search(near)) or looks_technical(text, start, end)


def _name(written: str) -> str:
    names = {unicodedata.name(ch, "?").lower() for ch in written}
    return "the " + ", ".join(sorted(names)) if len(names) <= 2 else "full-width characters"


def _plain(text: str, end: int, written: str, language: str) -> str | None:
    """The run in the target's writing: NFKC, the numero sign as the language abbreviates it
    (none where the sign is the language's own: Russian, Ukrainian, Bulgarian…)."""
    out = []
    for ch in written:
        if ch == "№":
            table = _data()["numero"]
            if language in table["native"]:
                return None
            abbreviation = table["abbreviations"].get(language, "No.")
            space = "" if text[end : end + 1].isspace() or text[end : end + 1] == "" else " "
            out.append(abbreviation + space)
        else:
            out.append(_compatibility()[ch])
    return "".join(out)


# --- decades: the English "1990s" in another language ---------------------------------------

_DECADE_SCREEN = re.compile(r"\d0['’]?s(?![\w/-])")
_DECADE = re.compile(r"(?<![\w'’.,])(?:(1[5-9]\d0|20[0-9]0)|['’](\d0))['’]?s(?![\w/-])")
_WORD_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\W+$")


def decade_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """An English decade ("1990s", "'90s") in a language that writes its own ("1990er",
    "années 1990", "1990-е"); not in an untranslated English phrase ("of the 1990s")."""
    table = _data()["decades"].get(language)
    if table is None or not _DECADE_SCREEN.search(text if screen is None else screen):
        return []
    english = load_language_data("en").function_words
    marks = []
    for match in _DECADE.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        word = before.group(1).lower() if before else ""
        if word in english and word not in load_language_data(language).function_words:
            continue  # "the 1990s": an English phrase left as it was (MT502's)
        if looks_technical(text, match.start(), match.end()):
            continue
        digits = match.group(1) or match.group(2)
        template = table.get("after", {}).get(word, table["form"])
        fixed = template.format(n=digits, yy=digits[-2:], s=_harmony(digits, table))
        marks.append(
            Mark(
                "decade",
                match.start(),
                match.end(),
                match.group(),
                fixed,
                0.75,
                "is a decade in the English shape",
            )
        )
    return marks


def _harmony(digits: str, table: dict) -> str:
    """The suffix the decade's spoken form takes by its tens digit (Turkish vowel harmony:
    doksanlar, seksenler, 2000'ler); "" where the language has none."""
    for suffix, tens in table.get("harmony", {}).items():
        if digits[-2] in tens:
            return suffix
    return ""


# --- ordinal marks of other languages in English ------------------------------------------

# "2º", "1.ª", "3ème", "1ère": Romance ordinal indicators and French suffixes after a day or rank.
_FOREIGN_ORDINAL = re.compile(r"(\d(?<![\w.,]\d)\d{0,2})(\.?[ºª]|[eè]me|ère)(?!\w)")
_FOREIGN_ORDINAL_SCREEN = re.compile(r"\d(?:\.?[ºª]|[eè]me|ère)")
_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:[CFK]\b|[NSEW]\b|\d)")


# In English: another language's decade ("1950ies", "80er", "1990-е") and an ordinal suffix
# after a hyphen or with the French "1er" run into "first" ("4-th", "1rst").
_ENGLISH_DECADE = re.compile(
    r"(?<![\w'’.,])(1[5-9]\d0|20[0-2]0|[1-9]0)(?:-?ies|er|ern|-е|-х|-ті)(?![\w-])"
)
_ENGLISH_ORDINAL = re.compile(r"(?<![\w.,-])(\d{1,3})(?:-(?:st|nd|rd|th)|rst)(?![\w-])")


def _english_shapes(text: str, screen: str, own: dict) -> list[Mark]:
    marks = []
    if re.search(r"\d0(?:-?ies|ern?\b|-[ехт])", screen):
        for match in _ENGLISH_DECADE.finditer(text):
            if not looks_technical(text, match.start(), match.end()):
                fixed = own["decade_form"].format(n=match.group(1))
                why = "is a decade in another language's shape"
                marks.append(_mark(match, fixed, why))
    if re.search(r"\d(?:-(?:st|nd|rd|th)|rst)\b", screen):
        for match in _ENGLISH_ORDINAL.finditer(text):
            if not looks_technical(text, match.start(), match.end()):
                number = int(match.group(1))
                fixed = f"{number}{_own_suffix(number, own)}"
                marks.append(_mark(match, fixed, "is an ordinal in another language's shape"))
    return marks


def _mark(match: re.Match, fixed: str, why: str, confidence: float = 0.75) -> Mark:
    return Mark("ordinal", match.start(), match.end(), match.group(), fixed, confidence, why)


def ordinal_mark_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    screen = text if screen is None else screen
    own = _data()["own_ordinals"].get(language)
    if own is None:
        return []  # a language whose own ordinal marks these are
    marks = _english_shapes(text, screen, own)
    if not _FOREIGN_ORDINAL_SCREEN.search(screen):
        return marks
    for match in _FOREIGN_ORDINAL.finditer(text):
        if _UNIT_AFTER.match(text, match.end()) or looks_technical(
            text, match.start(), match.end()
        ):
            continue  # "25ºC", "40º N": a degree written with the ordinal indicator
        number = int(match.group(1))
        marks.append(
            Mark(
                "ordinal",
                match.start(),
                match.end(),
                match.group(),
                f"{number}{_own_suffix(number, own)}",
                0.75,
                "carries another language's ordinal mark",
            )
        )
    return marks


def _own_suffix(number: int, own: dict) -> str:
    if number % 100 in (11, 12, 13):
        return own["teens"]
    return own["suffixes"].get(str(number % 10), own["other"])


# --- currency signs spaced as the source spaces them ----------------------------------------

_SIGNS = "€£₽₺₴₹₩₪₫"
# Digit-led (a look-behind first would be tried at every character); the amount ends in a digit.
_AMOUNT_SIGN = re.compile(
    r"(\d(?<![\w.,'\u00a0\u202f]\d)(?:[\d.,'\u00a0\u202f]*\d)?)"
    r"([ \u00a0\u202f]?)([€£₽₺₴₹₩₪₫])(?!\w)"
)


@cache
def _sign_spacing(language: str) -> str | None:
    """The space CLDR's currency pattern puts between amount and sign after it, "" for none,
    None where the sign stands first ("€60" in English: MT943 reads the side)."""
    locale = babel_locale(language)
    if locale is None:
        return None
    pattern = locale.currency_formats["standard"].pattern.split(";")[0].strip("\u200e\u200f")
    if not pattern.endswith("¤"):
        return None
    before = pattern[:-1]
    return before[-1] if before[-1:] in ("\u00a0", " ", "\u202f") else ""


def currency_spacing_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """A sign after the amount without the space CLDR's pattern puts there ("50€" in German,
    French, Polish…), judged by the document's own majority: at the bar where its spaced
    amounts are at least as many as its glued ones, else doubtful (a price list that glues
    every sign writes its own style; informal writing glues the sign in many languages)."""
    screen = text if screen is None else screen
    if not any(sign in screen for sign in _SIGNS):
        return []
    space = _sign_spacing(language)
    if not space:
        return []
    glued, spaced = [], 0
    for match in _AMOUNT_SIGN.finditer(text):
        if match.group(2):
            spaced += 1
        elif not looks_technical(text, match.start(), match.end()):
            glued.append(match)
    return [
        Mark(
            "currency",
            match.start(),
            match.end(),
            match.group(),
            f"{match.group(1)}{space}{match.group(3)}",
            0.7 if spaced >= len(glued) else 0.4,
            "glues the currency sign to the amount",
        )
        for match in glued
    ]


def ordinal_shapes(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """Decades and ordinal marks in another language's shape (one code, MT950)."""
    return (
        decade_marks(text, language, screen)
        + ordinal_mark_marks(text, language, screen)
        + english_ordinal_marks(text, language, screen)
    )


# --- English ordinal suffixes in another language ("beim 2nd Versuch", "im 21st Jahrhundert") --

_ENGLISH_SUFFIX = re.compile(r"(\d(?<![\w.,:/-]\d)\d{0,3})(st|nd|rd|th)(?![\w'’-])")
_ENGLISH_SUFFIX_SCREEN = re.compile(r"\d(?:st|nd|rd|th)(?=[\n,.;:!?)]|$)")
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")


def english_ordinal_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """An English ordinal suffix in a language that writes its own ordinal ('2.', '2e', '2º').
    Left to others: a day beside a month (MT949), a century beside the language's century word
    (MT954); quiet: an English phrase ("the 2nd round") and an English name after the number
    ("5th Avenue": a word English knows far better than the language)."""
    table = _data()["ordinal_forms"].get(language)
    if table is None or not _ENGLISH_SUFFIX_SCREEN.search(text if screen is None else screen):
        return []
    from mtlint.checks.wordlists import wordfreq_zipf

    months = month_names(language) | month_names("en")
    english = load_language_data("en").function_words
    own = load_language_data(language).function_words
    centuries = _century_words(language)
    marks = []
    for match in _ENGLISH_SUFFIX.finditer(text):
        after = _NEXT_WORD.match(text, match.end())
        word = after.group(1).lower() if after else ""
        before = _WORD_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        previous = before.group(1).lower() if before else ""
        if word in months or previous in months or word in centuries:
            continue  # MT949's day, MT954's century
        if previous in english and previous not in own:
            continue  # "the 2nd round": an English phrase left (MT502's)
        if word and word not in own and _english_word(word, language, wordfreq_zipf):
            continue  # "5th Avenue", "20th Century Fox": an English name
        if match.group(2) in table.get("native", ()):
            continue  # French "2nd", "2nde": the language's own abbreviation of "second"
        if looks_technical(text, match.start(), match.end()):
            continue
        number = match.group(1)
        fixed = table.get("one") if number == "1" and "one" in table else None
        fixed = fixed or table["form"].format(n=number)
        marks.append(_mark(match, fixed, "carries an English ordinal suffix"))
    return marks


def _english_word(word: str, language: str, zipf) -> bool:
    """A word English writes about as often as the language or more ("avenue", "street" in
    German): the ordinal belongs to an English name. The language's own nouns ("Jahrhundert",
    "Platz", "Versuch") are far rarer in English."""
    english = zipf(word, "en")
    return english >= 3.0 and english >= zipf(word, language) - 0.5


@cache
def _century_words(language: str) -> frozenset[str]:
    entry = read_json("language", "ordinals.json").get("centuries", {}).get(language, {})
    return frozenset(word.lower() for word in entry.get("words", ()))


# --- currency codes on the source's side ("USD 5 Millionen" where the language writes "5 USD") ---

_CODE_AMOUNT = re.compile(
    r"\b([A-Z]{3})[ \u00a0\u202f]?(\d(?:[\d.,'\u00a0\u202f]*\d)?)"
    r"(?![\w.,]\d|\w)([ \u00a0\u202f]([^\W\d_]+\.?))?"
)
_AMOUNT_CODE = re.compile(
    r"\d(?<![\w.,]\d)(?:[\d.,'\u00a0\u202f]*\d)?(?:[ \u00a0\u202f][^\W\d_]+\.?)?"
    r"[ \u00a0\u202f]([A-Z]{3})\b"
)


_CODE_SCREEN = re.compile(r"(?:^|[\n\u00a0\u202f])[A-Z]{3}(?:[\n\u00a0\u202f]|\d)")


@cache
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes that are no everyday English word in capitals ("ALL", "TOP", "CUP" are;
    so is Turkey's "TRY", the price of the guard)."""
    from babel.numbers import list_currencies
    from mtlint.checks.wordlists import wordfreq_zipf

    return frozenset(code for code in list_currencies() if wordfreq_zipf(code.lower(), "en") < 4.5)


def currency_code_marks(text: str, language: str, screen: str | None = None) -> list[Mark]:
    """An ISO code before the amount ("USD 5", "EUR 1.000") in a language whose CLDR currency
    pattern puts the currency after it. The document's own majority decides the confidence:
    its amounts with the code after at the bar (0.7); none, doubtful (0.4: German invoices and
    legal texts write "EUR 5.000,00" as their own style). ``screen``: the document's chunks."""
    space = _sign_spacing(language)
    if space is None:
        return []
    if screen is None:
        screen = re.sub(r"\s", "\n", text)
    # In the chunks (no whitespace): a chunk that is a code alone, or a code glued to digits.
    if not _CODE_SCREEN.search(screen):
        return []
    codes, magnitudes = _currency_codes(), _magnitudes(language)
    before = []
    for match in _CODE_AMOUNT.finditer(text):
        if (
            match.group(1) in codes
            and not _capitals_before(text, match.start())
            and not looks_technical(text, match.start(), match.end())
        ):
            before.append(match)
    if not before:
        return []
    after = sum(1 for m in _AMOUNT_CODE.finditer(text) if m.group(1) in codes)
    marks = []
    for match in before:
        word = match.group(4)
        end = match.end(2)
        if word and word.lower().rstrip(".") in magnitudes:
            # the full stop is the abbreviation's ("Mio."), not the sentence's ("millions.")
            dotted = word.endswith(".") and word.lower() in _dotted_magnitudes(language)
            end = match.end() if dotted or not word.endswith(".") else match.end() - 1
        moved = text[match.start(2) : end]
        fixed = f"{moved}{space or ' '}{match.group(1)}"
        confidence = 0.7 if after >= len(before) else 0.4  # the document's majority
        why = "puts the currency code before the amount"
        marks.append(
            Mark("currency", match.start(), end, text[match.start() : end], fixed, confidence, why)
        )
    return marks


def _capitals_before(text: str, at: int) -> bool:
    """A code inside a run of capitals (a headline, an acronym list): not read."""
    return bool(re.search(r"[A-Z]{2,}[ \u00a0]$", text[max(0, at - 12) : at]))


@cache
def _magnitudes(language: str) -> frozenset[str]:
    from mtlint.checks.localeformat import magnitude_words

    words = {word.lower().rstrip(".") for word in magnitude_words(language)}
    words.update(
        form.lower().rstrip(".")
        for form in read_json("language", "magnitudes.json").get(language, {})
    )
    return frozenset(words)


@cache
def _dotted_magnitudes(language: str) -> frozenset[str]:
    forms = read_json("language", "magnitudes.json").get(language, {})
    return frozenset(form.lower() for form in forms if form.endswith("."))
