"""Numbers in a bilingual unit: the digits two numbers share across locales ("1,500", "1.500",
"۱۵۰۰"), and the numbers one side writes as words ("takes 1 argument" → "przyjmuje jeden
argument", "Division by zero" → "0으로 나누기", "September" → "9月"), in the source's and the
target's language (num2words). Used by the number check MT701 (checks/rules/bilingual.py)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter


def digits(number: str) -> str:
    # 1,500 / 1.500 / 1 500 and 1,5 / 1.5 differ only in separators between languages, and
    # "۱۶" (Persian), "١٦" (Arabic-Indic) and "16" only in their digits.
    return "".join(str(unicodedata.digit(ch)) for ch in number if ch.isdigit())


# The scripts written without spaces between words (Thai, kana, Han, Hangul, half-width
# katakana): a digit right after one of their letters starts a number ("レベル10で" is level
# 10), where a digit after a Latin or Cyrillic letter belongs to a name ("Camera2").
_UNSPACED_LETTERS = "\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
# Arabic and Persian write their own separators: "۱٬۰۰۰" (U+066C) and "۳٫۵" (U+066B).
_NUMBER = re.compile(
    rf"(?<![.,\u066b\u066c])(?<![^\W{_UNSPACED_LETTERS}])\d+"
    r"(?:[.,\u00a0\u2009\u202f\u066c ]\d{3})*(?:[.,\u066b]\d+)?(?!\d)"
)
# A clock time is one number, compared by its value: "6am" = "06:00" = "6:00 a.m.", "12:00 AM"
# = "0:00", French "08h00" = "8:00" (h26files: "at 6am UTC" → "um 06:00 Uhr" read as a lost 6
# and two new numbers, 06 and 00).
_TIME = re.compile(
    rf"(?<![.,\d])(?<!\d:)(?<![^\W{_UNSPACED_LETTERS}])(?:(?P<hour>[01]?\d|2[0-3])[:h](?P<minute>[0-5]\d)"
    r"(?:\s?(?P<half>[AaPp])\.?\s?[Mm]\.?(?!\w))?"
    r"|(?P<bare>1[0-2]|0?[1-9])(?:\s?(?P<upper>[AP])M|(?P<lower>[ap])m|\s?(?P<dotted>[ap])\.m\.)"
    r"(?!\w))(?![\d:])"
)


def _time_key(match: re.Match[str]) -> str:
    hour = int(match.group("hour") or match.group("bare"))
    minute = int(match.group("minute") or 0)
    half = next((h for h in match.group("half", "upper", "lower", "dotted") if h), "").lower()
    if half and hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"T{hour:02d}:{minute:02d}"


# A date or a date mask, three numbers joined by one separator: "17.12.2024", "12/17/2024",
# "00.00.0000" is its three numbers whatever the separator (h29files: a mask "00.00.0000" →
# "00/00/0000" read as the decimal 00.00 against three new numbers).
_DATE = re.compile(
    rf"(?<![.,:/\d-])(?<![^\W{_UNSPACED_LETTERS}])(\d{{1,4}})([./-])(\d{{1,2}})\2(\d{{1,4}})"
    r"(?![./-]?\d)"
)


def number_tokens(text: str) -> list[tuple[int, int, str]]:
    """The numbers of a text as (start, end, written), a clock time as one, a date as its
    three parts."""
    times = list(_TIME.finditer(text))
    dates = list(_DATE.finditer(text)) if sum(map(text.count, "./-")) > 1 else []
    if not times and not dates:
        return [(m.start(), m.end(), m.group()) for m in _NUMBER.finditer(text)]
    found = [(m.start(), m.end(), m.group()) for m in times]
    found += [(m.start(i), m.end(i), m.group(i)) for m in dates for i in (1, 3, 4)]
    masked = text
    for start, end in [m.span() for m in times + dates]:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    numbers = [(m.start(), m.end(), m.group()) for m in _NUMBER.finditer(masked)]
    return sorted(found + numbers)


def number_key(number: str) -> str:
    """What two numbers share when they are the same number: their digits, or a time's value."""
    time = _TIME.fullmatch(number)
    return _time_key(time) if time else digits(number)


# Digits inside a Latin-letter name ("Camera2", "Android5"), which number_tokens leaves out.
_NAME_DIGITS = re.compile(r"(?<=[A-Za-z])\d+|\d+(?=[A-Za-z])")


def name_digits(text: str) -> Counter[str]:
    """The digit runs of the text's names with digits: the other side may write the same name
    with a space or hyphen ("Camera2" / "Camera-2-API", "Android 5" / "Android5")."""
    return Counter(digits(m.group()) for m in _NAME_DIGITS.finditer(text))


# Numbers a reader spells out: a digit on one side may be a word on the other ("Division by
# zero" → "0으로 나누기", "takes 1 argument" → "przyjmuje jeden argument").
_SPELLED_UP_TO = 100


@functools.cache
def _number_table(language: str) -> dict:
    """The language's ``number_words`` table (resources/lang/<lang>.json), {} when it has none:
    ``names`` (words that stand for a number in a UI: English "binary" → "2 進数", "twice"),
    ``month_names`` (its month names stand for their numbers: "September" → "9月"),
    ``clipped_one`` (false where "one" less its last letter is another word: English "on"),
    ``spelled_as`` (the language num2words spells it as: Chinese Han numerals are Japanese
    ones), ``counted_one`` (words that a "1" before a CJK counter stands for: "a", "daily") and
    ``more`` (forms num2words does not give: Korean native numerals, Hebrew
    masculine forms)."""
    from mtlint.checks.langdata import load_language_data

    value = load_language_data(language).tables.get("number_words")
    return value if isinstance(value, dict) else {}


@functools.cache
def _named_numbers(language: str) -> tuple[tuple[str, int], ...]:
    """Words of ``language`` that stand for a number: its ``names`` and, where its table says
    so, its month names and abbreviations ("September", "Jun": CJK writes them as 9月)."""
    table = _number_table(language)
    names = {str(name).casefold(): int(number) for name, number in table.get("names", {}).items()}
    if table.get("month_names"):
        from babel.dates import get_month_names
        from mtlint.checks.langdata import load_language_data

        locale = load_language_data(language).code
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names[name.casefold().rstrip(".")] = number
    return tuple(names.items())


_UNSPACED = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
_ACCELERATOR_MARK = re.compile(r"[_&](?=\w)")


@functools.cache
def _number_words(language: str, value: int) -> tuple[str, ...]:
    """How ``language`` spells ``value`` (cardinal and ordinal), lower case; () if unknown."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - declared in pyproject.toml
        return ()
    table = _number_table(language)
    words = list(table.get("more", {}).get(str(value), ()))
    language = str(table.get("spelled_as") or language)
    for kind in ("cardinal", "ordinal"):
        try:
            spelled = num2words(value, lang=language, to=kind).casefold()
            words += [spelled, spelled.replace("-", ""), spelled.replace(" ", "")]
        except Exception:  # num2words fails in many ways per language
            # (Polish ordinals of 0 raise IndexError): a number it cannot spell is one with
            # no known word, never a crash of the number check.
            continue
    return tuple(dict.fromkeys(w for w in words if w))


def _spelled_in(text: str, language: str | None, value: int) -> bool:
    """Whether ``text`` writes ``value`` as a word (its start, for inflected forms)."""
    if not language or value > _SPELLED_UP_TO:
        return False
    folded = _ACCELERATOR_MARK.sub("", text).casefold()
    if any(
        number == value and re.search(rf"\b{name}\b", folded)
        for name, number in _named_numbers(language)
    ):
        return True
    for word in _number_words(language, value):
        if _UNSPACED.search(word):
            if word in folded:  # Chinese, Japanese, Korean: no spaces between words
                return True
        elif re.search(r"(?<!\w)" + re.escape(word), folded):
            return True
        elif (
            value == 1
            and _number_table(language).get("clipped_one", True)
            and len(word) >= 3
            and re.search(r"(?<!\w)" + re.escape(word[:-1]) + r"(?!\w)", folded)
        ):
            return True  # "one" as the article: Italian "un argomento" for "uno"
    return False


@functools.cache
def _day_period_names(language: str, key: str) -> tuple[str, ...]:
    """The words ``language`` names a clock time by, from CLDR's day periods (Babel): midnight
    for "T00:00", noon for "T12:00" ("12:00 AM" → "minuit", "Mitternacht", "真夜中")."""
    period = {"T00:00": "midnight", "T12:00": "noon"}.get(key)
    if period is None:
        return ()
    from babel import Locale, UnknownLocaleError

    try:
        periods = Locale.parse(language.replace("-", "_")).day_periods
    except (UnknownLocaleError, ValueError):
        return ()
    names = {
        name.casefold()
        for context in periods.values()
        for width in context.values()
        if (name := width.get(period)) and "." not in name and len(name) >= 2
    }
    return tuple(sorted(names))


def _named_time(text: str, language: str | None, key: str) -> bool:
    """Whether ``text`` names the time ``key`` by a word (its start, for inflected forms)."""
    if not language:
        return False
    folded = text.casefold()
    return any(
        (name in folded)
        if _UNSPACED.search(name)
        else re.search(r"(?<!\w)" + re.escape(name), folded)
        for name in _day_period_names(language, key)
    )


def _counted_one(
    source: str, target: str, item: tuple[int, int, str], language: str | None
) -> bool:
    """A target "1" written before a counter of an unspaced script ("1日", "1分", "1ページ") where
    the source says "a", "each", "per" or "daily" (the language's ``counted_one`` words): CJK
    writes "a day", "a minute", "daily" as one of the unit (h29files: "the daily drop-cap" →
    "１日ごとの", "This won't take a minute" → "1分以内に")."""
    _start, end, number = item
    end += target.startswith(" ", end)  # "1 週間": a space before the counter
    if number_key(number) != "1" or not language or not _UNSPACED.match(target, end):
        return False
    words = _number_table(language).get("counted_one", ())
    folded = source.casefold()
    return any(re.search(rf"\b{re.escape(str(word))}\b", folded) for word in words)


def explained_by_words(
    found_source: list[str],
    found_target: list[tuple[int, int, str]],
    source: str,
    target: str,
    languages: tuple[str | None, str | None],
    glued_source: frozenset[str] = frozenset(),
) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The numbers left once those the other side spells out are taken away. A number glued to
    letters ("1Password", "Int32") is part of a name: no word stands for it."""
    source_language, target_language = languages
    source_counts = Counter(number_key(n) for n in found_source)
    found_target = _split_lists(found_target, source_counts)
    target_counts = Counter(number_key(t[2]) for t in found_target)
    kept_target = []
    for item in found_target:
        key = number_key(item[2])
        if glued(target, item[0], item[1]):
            kept_target.append(item)
            continue
        if source_counts[key] < target_counts[key] and (
            _spelled_in(source, source_language, _value(key))
            or _named_time(source, source_language, key)
            or _counted_one(source, target, item, source_language)
        ):
            target_counts[key] -= 1
            continue
        kept_target.append(item)
    kept_source = []
    for number in found_source:
        key = number_key(number)
        if (
            number not in glued_source
            and target_counts[key] < source_counts[key]
            and (
                _spelled_in(target, target_language, _value(key))
                or _named_time(target, target_language, key)
            )
        ):
            source_counts[key] -= 1
            continue
        kept_source.append(number)
    return kept_source, kept_target


def _hour_of(time_key: str, number: str) -> bool:
    """Whether a bare number is the hour of a whole-hour time ("6" or "18" for "T18:00")."""
    if not time_key.startswith("T") or not time_key.endswith(":00") or not number.isdigit():
        return False
    hour = int(time_key[1:3])
    return int(number) in (hour, hour % 12 or 12)


def explained_by_form(
    found_source: list[str],
    found_target: list[tuple[int, int, str]],
    source: str,
    target: str,
) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The numbers left once those the other side writes in another form are taken away: in a
    name with digits ("Camera2" / "Camera-2-API") or as a whole hour ("6am" / "6時", "at 6" /
    "um 06:00 Uhr")."""
    source_keys = Counter(number_key(n) for n in found_source)
    target_keys = Counter(number_key(t[2]) for t in found_target)
    missing, extra = source_keys - target_keys, target_keys - source_keys
    if not missing and not extra:
        return found_source, found_target
    in_source_names, in_target_names = name_digits(source), name_digits(target)
    dropped_source: Counter[str] = Counter()
    kept_target = []
    for item in found_target:
        key = number_key(item[2])
        hour = next((k for k in missing if missing[k] and _hour_of(k, key)), None)
        if extra[key] and (in_source_names[key] or hour):
            extra[key] -= 1
            if in_source_names[key]:
                in_source_names[key] -= 1
            else:
                missing[hour] -= 1
                dropped_source[hour] += 1
            continue
        kept_target.append(item)
    kept_source = []
    for number in found_source:
        key = number_key(number)
        if dropped_source[key]:
            dropped_source[key] -= 1
            continue
        hour = next((k for k in extra if extra[k] and _hour_of(k, key)), None)
        if missing[key] and (in_target_names[key] or hour):
            missing[key] -= 1
            if in_target_names[key]:
                in_target_names[key] -= 1
            else:
                extra[hour] -= 1
                kept_target = _without_one(kept_target, hour)
            continue
        kept_source.append(number)
    return kept_source, kept_target


def _without_one(items: list[tuple[int, int, str]], key: str) -> list[tuple[int, int, str]]:
    index = next(i for i, item in enumerate(items) if number_key(item[2]) == key)
    return items[:index] + items[index + 1 :]


def glued(text: str, start: int, end: int) -> bool:
    """Digits inside a Latin-letter name ("1Password", "KeePass1"); "2진수" is a number."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _split_lists(
    found_target: list[tuple[int, int, str]], source_counts: Counter[str]
) -> list[tuple[int, int, str]]:
    """A target "1,1" where the source has "1, 1" (a list written without a space, "[-1,1]"):
    two numbers, not one with a decimal comma."""
    split = []
    for start, end, number in found_target:
        parts = number.split(",")
        if len(parts) == 2 and number_key(number) not in source_counts:
            needed = Counter(digits(part) for part in parts)
            if all(source_counts[key] >= count for key, count in needed.items()):
                middle = start + len(parts[0])
                split += [(start, middle, parts[0]), (middle + 1, end, parts[1])]
                continue
        split.append((start, end, number))
    return split


def _value(key: str) -> int:
    return int(key) if key and len(key) <= 4 else _SPELLED_UP_TO + 1
