"""Document language detection (langdetect, seeded so results are deterministic)."""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_lock = threading.Lock()
_factory_ready = False


# The language of a text too short to identify, when nothing else says which it is.
DEFAULT_LANGUAGE = "en"
# Fewer words than this and the text is "short": a one-line file, a subtitle, a table cell.
# Character n-gram identifiers misread such text ("Biden met Trudeau in Ottawa on Monday." as
# Dutch), so it keeps the prior unless its common words clearly say otherwise.
SHORT_WORDS = 20


@dataclass(frozen=True)
class LanguageChoice:
    """The language a text is checked as, and why: "given" (--lang or the project config),
    "declared" (the file says), "detected", or "fallback" (too little text to identify: the
    prior, else the default)."""

    code: str
    reason: str


def choose_language(text: str, prior: str | None = None) -> LanguageChoice:
    """The language to check ``text`` as, with a prior (the project's or the batch's language)
    that short text falls back to. Long text is identified as a whole (stop-word vote, then
    langdetect); short text only by a clear stop-word vote, or when it is written in a script
    the prior's language does not use (a Russian or Japanese one-liner)."""
    fallback = prior or DEFAULT_LANGUAGE
    sample = _sample(text, 1500)
    words = _WORDS.findall(sample.lower())
    if len(words) >= SHORT_WORDS and sum(map(len, words)) >= 12:
        found = _detect_long(sample, words)
        return LanguageChoice(found, "detected") if found else LanguageChoice(fallback, "fallback")
    voted = _stop_word_vote(words, minimum_words=1, minimum_votes=2)
    if voted is not None:
        return LanguageChoice(voted, "detected")
    if words and not _written_in_script_of(sample, fallback):
        candidates = detect_languages(sample)
        if candidates:
            return LanguageChoice(candidates[0][0], "detected")
    return LanguageChoice(fallback, "fallback")


def detect_language(text: str, *, sample_chars: int = 1500) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text to
    tell (fewer than ``SHORT_WORDS`` words without a clear stop-word vote).

    A stop-word vote over the language tables decides clear cases in well under a millisecond;
    langdetect (pure Python, ~25 ms on a few kilobytes) settles the rest on a short sample.
    """
    sample = _sample(text, sample_chars)
    words = _WORDS.findall(sample.lower())
    if sum(map(len, words)) < 12:  # too few letters to tell
        return None
    if len(words) < SHORT_WORDS:
        return _stop_word_vote(words, minimum_words=1, minimum_votes=2)
    return _detect_long(sample, words)


def _detect_long(sample: str, words: list[str]) -> str | None:
    voted = _stop_word_vote(words)
    if voted is not None:
        return voted
    candidates = detect_languages(sample)
    return candidates[0][0] if candidates else None


def _written_in_script_of(text: str, code: str) -> bool:
    """The text's main script is one the language is written in (or the text has no letters)."""
    from mtlint.checks.langdata import load_language_data
    from mtlint.checks.scripts import dominant_script

    script = dominant_script(text)
    return script is None or script in load_language_data(code).scripts


_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stop_word_table() -> dict[str, tuple[str, ...]]:
    """Stop word → languages that list it (spaced languages with a table only)."""
    from mtlint.checks.langdata import available_languages, load_language_data

    table: dict[str, list[str]] = {}
    for code in available_languages():
        data = load_language_data(code)
        if not data.spaced:
            continue
        for word in data.stop_words:
            table.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


def stop_word_languages(word: str) -> tuple[str, ...]:
    """The languages (with a table) for which the lower-cased ``word`` is a stop word."""
    return _stop_word_table().get(word, ())


def _stop_word_vote(
    words: list[str], *, minimum_words: int = 20, minimum_votes: float = 0.0
) -> str | None:
    """The language whose stop words clearly dominate the (lower-cased) words, or None."""
    if len(words) < minimum_words:
        return None
    table = _stop_word_table()
    votes: dict[str, float] = {}
    # Count each distinct word once (a text repeats its stop words): a third of the dict work.
    for word, count in Counter(words).items():
        codes = table.get(word)
        if not codes:
            continue
        # A word several languages share ("a", "to", "de") says little about which one it is.
        share = count / len(codes)
        for code in codes:
            votes[code] = votes.get(code, 0.0) + share
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    best, best_votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    # Clear winners only: a real share of the words, and well ahead of the next language.
    if best_votes >= max(0.12 * len(words), minimum_votes) and best_votes >= 2 * runner_up:
        return best
    return None


def detect_languages(text: str) -> list[tuple[str, float]]:
    """Candidate languages with probabilities, most likely first (langdetect, seeded)."""
    global _factory_ready
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        if not _factory_ready:
            DetectorFactory.seed = 0
            detector_factory.init_factory()
            _factory_ready = True
        try:
            detector = detector_factory._factory.create()
            detector.append(text)
            return [(_normalise(p.lang), p.prob) for p in detector.get_probabilities()]
        except LangDetectException:
            return []


def _normalise(code: str) -> str:
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


def _sample(text: str, size: int) -> str:
    if len(text) <= size:
        return text
    # Three slices spread over the text: headers and boilerplate do not decide alone.
    third = size // 3
    middle = len(text) // 2
    return text[:third] + "\n" + text[middle : middle + third] + "\n" + text[-third:]
