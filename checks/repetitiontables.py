"""The repetition family's per-language tables, shared by MT401/MT402 (checks/rules/
repetition.py) and MT403 (checks/rules/repetition_doublets.py): words a language doubles on
purpose and units it joins to themselves for emphasis (resources/repetition/)."""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.resourcefiles import optional_text


@lru_cache(maxsize=32)
def legitimate_doubles(language: str) -> frozenset[str]:
    """Words the language doubles on purpose ("had had"), from resources/repetition/<lang>.txt."""
    text = optional_text("repetition", f"{language}.txt")
    if text is None:
        return frozenset()
    words = set()
    for line in text.splitlines():
        line = line.strip().lower()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


@lru_cache(maxsize=32)
def emphatic_doublets(language: str) -> frozenset[str]:
    """Units the language joins to themselves for emphasis ("Massen und Massen"), from
    resources/repetition/<lang>-emphatic.txt (beside the typography table's list)."""
    text = optional_text("repetition", f"{language}-emphatic.txt")
    if text is None:
        return frozenset()
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def document_data(document: Document) -> LanguageData:
    """The document's language data (loaded for its language code where it has none)."""
    data = document.lang_data
    return data if isinstance(data, LanguageData) else load_language_data(document.language)
