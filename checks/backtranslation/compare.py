"""What a round trip changed: a word alignment, and names, numbers, dates, negations lost or added.

The alignment is difflib's SequenceMatcher over sacrebleu's tokens (13a; Chinese split per
character as sacrebleu's "zh" tokenizer does; Japanese, Korean, Thai per character), so the diff
a reviewer reads and the chrF/BLEU beside it see the same words. The content checks are tables,
not models: numbers by pattern, dates from the language's calendar words, names from capitals
(mid-sentence, or known to the gazetteer), negations from resources/backtranslation/content.json.
Pure functions: text in, frozen data out.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.results import ContentIssue, DiffOp

# Languages whose tokens are characters (sacrebleu splits them so for BLEU too).
CHARACTER_LANGUAGES = frozenset({"zh", "ja", "ko", "th"})
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_OPCODES = {"equal": "equal", "delete": "delete", "insert": "insert", "replace": "replace"}


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower()


@lru_cache(maxsize=8)
def _tokenizer(language: str) -> Any:
    if language == "zh":
        from sacrebleu.tokenizers.tokenizer_zh import TokenizerZh

        return TokenizerZh()
    if language in CHARACTER_LANGUAGES:
        from sacrebleu.tokenizers.tokenizer_char import TokenizerChar

        return TokenizerChar()
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

    return Tokenizer13a()


def tokens(text: str, language: str | None = "en") -> list[str]:
    """sacrebleu's tokens of ``text`` (the words chrF and BLEU compare)."""
    return _tokenizer(_base(language))(text.strip()).split()


def word_diff(original: str, roundtrip: str, language: str | None = "en") -> tuple[DiffOp, ...]:
    """The word alignment of ``original`` and ``roundtrip`` as equal/delete/insert/replace runs."""
    base = _base(language)
    joiner = "" if base in CHARACTER_LANGUAGES else " "
    first, second = tokens(original, base), tokens(roundtrip, base)
    # Case-insensitive matching: a round trip that only changes a capital is not a lost word.
    matcher = difflib.SequenceMatcher(
        None, [t.lower() for t in first], [t.lower() for t in second], autojunk=False
    )
    return tuple(
        DiffOp(_OPCODES[tag], joiner.join(first[i1:i2]), joiner.join(second[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def diff_text(diff: Sequence[DiffOp]) -> str:
    """The diff as plain text, wdiff style: ``[-dropped-]{+inserted+}``."""
    parts = []
    for step in diff:
        if step.op == "equal":
            parts.append(step.original)
            continue
        if step.original:
            parts.append(f"[-{step.original}-]")
        if step.roundtrip:
            parts.append(f"{{+{step.roundtrip}+}}")
    return " ".join(p for p in parts if p)


# --- content checks ---------------------------------------------------------------------------


def _content_tables() -> dict[str, Any]:
    return resource_json("backtranslation", "content.json")


@lru_cache(maxsize=64)
def _negations(language: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(whole words, word endings, word beginnings) that negate, for ``language``."""
    words = _content_tables()["negations"].get(language, ())
    whole = frozenset(w for w in words if not w.startswith("-") and not w.endswith("-"))
    endings = tuple(w[1:] for w in words if w.startswith("-"))
    beginnings = tuple(w[:-1] for w in words if w.endswith("-") and not w.startswith("-"))
    return whole, endings, beginnings


def _negation_words(text: str, words: list[str], language: str) -> list[str]:
    whole, endings, beginnings = _negations(language)
    if language in CHARACTER_LANGUAGES:
        return [w for w in whole for _ in range(text.count(w))]
    found = []
    for word in words:
        lower = word.lower().replace("’", "'")
        if (
            lower in whole
            or lower.endswith(endings or ("\0",))
            or lower.startswith(beginnings or ("\0",))
        ):
            found.append(lower)
    return found


@lru_cache(maxsize=64)
def _number_words(language: str) -> dict[str, str]:
    """Number words of ``language`` → the digits they stand for ("three" → "3")."""
    table = _content_tables().get("number_words", {}).get(language, {})
    return {word: str(value) for word, value in table.items()}


def _number_key(number: str) -> str:
    # "2,022", "2.022" and "2022" are the same number written in different locales.
    return re.sub(r"\D", "", number)


def _numbers(text: str) -> dict[str, str]:
    """Normalised number → its first spelling in ``text``."""
    found: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        found.setdefault(_number_key(match.group()), match.group())
    return found


def _calendar_words(text: str, words: list[str], data: LanguageData) -> list[str]:
    calendar = data.word_set("calendar_words")
    if not calendar:
        return []
    if not data.spaced:
        return [w for w in calendar if w in text]
    # In cased languages a month is capitalised ("May", not the verb "may").
    return [w for w in words if w.lower() in calendar and (not data.cased or w[:1].isupper())]


def _is_name_word(word: str, data: LanguageData, capitalised_nouns: bool) -> bool:
    if len(word) < 2 or not word[0].isupper() or word.lower() in data.function_words:
        return False
    # "I'm", "Let's", "Don't": a common word with a clitic, capitalised after a dash or quote.
    stem = re.split(r"['’]", word, maxsplit=1)[0].lower()
    if stem != word.lower() and (
        stem in ("i", "let") or stem in data.function_words or stem in data.stop_words
    ):
        return False
    word = _POSSESSIVE.sub("", word)
    if word.lower() in data.word_set("calendar_words"):
        return False
    if capitalised_nouns:
        # Every noun has a capital: only acronyms and known names (here or in English) count.
        return word.isupper() or word in data.gazetteer or word in _english_names()
    return True


@lru_cache(maxsize=1)
def _english_names() -> frozenset[str]:
    return frozenset(w for name in load_language_data("en").gazetteer for w in name.split())


def _names(words: list[str], data: LanguageData, language: str) -> list[list[str]]:
    """Runs of consecutive name words; the sentence's first word only when a known name."""
    if not data.cased:
        return []
    capitalised_nouns = language in _content_tables()["capitalised_nouns"]
    runs: list[list[str]] = []
    current: list[str] = []
    for index, raw in enumerate(words):
        word = _POSSESSIVE.sub("", raw)  # "Moscow’s" is the name "Moscow"
        name = _is_name_word(raw, data, capitalised_nouns) and (
            index > 0 or word in data.gazetteer or word.isupper()
        )
        if name:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _contains_word(text_lower: str, word: str) -> bool:
    # Long names may take an ending ("Russia's", German "Putins"); short ones must match whole
    # ("EU" is not in "Europa").
    tail = "" if len(word) > 3 else r"(?!\w)"
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + tail, text_lower) is not None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def _abbreviated(part: list[str], other_runs: list[list[str]]) -> bool:
    """``part`` stands in the other text as an acronym or its expansion: "USA" / "United
    States", "National Aeronautics … Space Administration" / "NASA"."""
    other_words = [w for run in other_runs for w in run]
    if len(part) == 1 and part[0].isupper() and len(part[0]) > 1:
        acronym = part[0]
        # "US" / "USA": the same acronym, shorter.
        if any(w.isupper() and len(w) > 1 and w.startswith(acronym[:2]) for w in other_words):
            return True
        return any(
            len(initials) > 1 and (initials in acronym or acronym in initials)
            for initials in (_initials(run) for run in other_runs)
        )
    initials = _initials(part)
    return len(initials) > 1 and any(
        w.isupper() and len(w) > 1 and initials in w for w in other_words
    )


def _lost_names(
    runs: list[list[str]], other_lower: str, other_runs: list[list[str]] | None = None
) -> list[str]:
    """The parts of each name run absent from the other text, consecutive parts joined."""
    parts: list[list[str]] = []
    for run in runs:
        missing: list[str] = []
        for word in run:
            if _contains_word(other_lower, word):
                if missing:
                    parts.append(missing)
                    missing = []
            else:
                missing.append(word)
        if missing:
            parts.append(missing)
    return [
        " ".join(part) for part in parts if not other_runs or not _abbreviated(part, other_runs)
    ]


_MESSAGES = {
    ("number", "lost"): "the number {} is lost",
    ("number", "added"): "the number {} appears from nowhere",
    ("name", "lost"): "the name '{}' is lost",
    ("name", "added"): "the name '{}' is added",
    ("date", "lost"): "the date word '{}' is lost",
    ("date", "added"): "the date word '{}' is added",
    ("negation", "lost"): "the negation '{}' is lost: the round trip may say the opposite",
    ("negation", "added"): "a negation '{}' is added: the round trip may say the opposite",
}


def _issue(kind: str, text: str, change: str) -> ContentIssue:
    return ContentIssue(kind, text, change, _MESSAGES[(kind, change)].format(text))


def content_issues(
    original: str, roundtrip: str, language: str | None = "en"
) -> tuple[ContentIssue, ...]:
    """Numbers, names, dates and negations in one text and not in the other."""
    base = _base(language)
    data = load_language_data(base)
    if not roundtrip.strip():
        return ()
    first = _WORD.findall(original)
    second = _WORD.findall(roundtrip)
    issues: list[ContentIssue] = []
    numbers_a, numbers_b = _numbers(original), _numbers(roundtrip)
    # "3" on one side and "three" (or "3D" and "three dimensions") on the other is no loss.
    words = _number_words(base)
    spelled_a = {words[w.lower()] for w in first if w.lower() in words}
    spelled_b = {words[w.lower()] for w in second if w.lower() in words}
    issues += [
        _issue("number", v, "lost")
        for k, v in numbers_a.items()
        if k not in numbers_b and k not in spelled_b
    ]
    issues += [
        _issue("number", v, "added")
        for k, v in numbers_b.items()
        if k not in numbers_a and k not in spelled_a
    ]
    lower_a, lower_b = original.lower(), roundtrip.lower()
    names_a, names_b = _names(first, data, base), _names(second, data, base)
    for name in _lost_names(names_a, lower_b, names_b):
        issues.append(_issue("name", name, "lost"))
    for name in _lost_names(names_b, lower_a, names_a):
        issues.append(_issue("name", name, "added"))
    dates_a = {w.lower(): w for w in reversed(_calendar_words(original, first, data))}
    dates_b = {w.lower(): w for w in reversed(_calendar_words(roundtrip, second, data))}
    # Present in any case counts ("Sunday" → "sunday" is not a lost date).
    words_a, words_b = {w.lower() for w in first}, {w.lower() for w in second}
    if not data.spaced:
        words_a, words_b = set(dates_a), set(dates_b)
    issues += [_issue("date", w, "lost") for k, w in dates_a.items() if k not in words_b]
    issues += [_issue("date", w, "added") for k, w in dates_b.items() if k not in words_a]
    negations_a = Counter(_negation_words(original, first, base))
    negations_b = Counter(_negation_words(roundtrip, second, base))
    if sum(negations_a.values()) > sum(negations_b.values()):
        word = next(iter(negations_a - negations_b), None) or next(iter(negations_a))
        issues.append(_issue("negation", word, "lost"))
    elif sum(negations_b.values()) > sum(negations_a.values()):
        word = next(iter(negations_b - negations_a), None) or next(iter(negations_b))
        issues.append(_issue("negation", word, "added"))
    return tuple(issues)


def agreed(per_pivot: Iterable[Sequence[ContentIssue]]) -> tuple[ContentIssue, ...]:
    """The issues every pivot's round trip shows (one model's noise drops out), in order."""
    lists = [list(issues) for issues in per_pivot]
    if not lists:
        return ()
    keys = set.intersection(*({(i.kind, i.text.lower(), i.change) for i in x} for x in lists))
    return tuple(i for i in lists[0] if (i.kind, i.text.lower(), i.change) in keys)


def is_entity_loss(issue: ContentIssue) -> bool:
    """A lost name or number: what the "only lost names or numbers" filters look for."""
    return issue.change == "lost" and issue.kind in ("name", "number", "date")
