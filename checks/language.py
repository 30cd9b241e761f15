"""Document language detection (langdetect, seeded so results are deterministic)."""

from __future__ import annotations

import re
import threading

_lock = threading.Lock()
_factory_ready = False
_LETTERS = re.compile(r"[^\W\d_]")


def detect_language(text: str, *, sample_chars: int = 6000) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text."""
    sample = _sample(text, sample_chars)
    if len(_LETTERS.findall(sample)) < 12:
        return None
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
            detector.append(sample)
            code = detector.detect()
        except LangDetectException:
            return None
    return _normalise(code)


def detect_languages(text: str) -> list[tuple[str, float]]:
    """Candidate languages with probabilities (for confirming untranslated sentences)."""
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
