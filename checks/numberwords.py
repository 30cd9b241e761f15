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
    ones) and ``more`` (forms num2words does not give: Korean native numerals, Hebrew
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
    source_counts = Counter(digits(n) for n in found_source)
    found_target = _split_lists(found_target, source_counts)
    target_counts = Counter(digits(t[2]) for t in found_target)
    kept_target = []
    for item in found_target:
        key = digits(item[2])
        if glued(target, item[0], item[1]):
            kept_target.append(item)
            continue
        if source_counts[key] < target_counts[key] and _spelled_in(
            source, source_language, _value(key)
        ):
            target_counts[key] -= 1
            continue
        kept_target.append(item)
    kept_source = []
    for number in found_source:
        key = digits(number)
        if (
            number not in glued_source
            and target_counts[key] < source_counts[key]
            and _spelled_in(target, target_language, _value(key))
        ):
            source_counts[key] -= 1
            continue
        kept_source.append(number)
    return kept_source, kept_target


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
        if len(parts) == 2 and digits(number) not in source_counts:
            needed = Counter(digits(part) for part in parts)
            if all(source_counts[key] >= count for key, count in needed.items()):
                middle = start + len(parts[0])
                split += [(start, middle, parts[0]), (middle + 1, end, parts[1])]
                continue
        split.append((start, end, number))
    return split


def _value(key: str) -> int:
    return int(key) if key and len(key) <= 4 else _SPELLED_UP_TO + 1
