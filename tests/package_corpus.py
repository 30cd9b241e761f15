"""Real files nobody here wrote that installed packages ship, so the false-alarm and planted
tests run on every fresh clone without any third-party text in git.

- Translators' files: Sphinx's ``sphinx/locale/<lang>/LC_MESSAGES/sphinx.po`` and Django's
  ``django/conf/locale/<lang>/LC_MESSAGES/django.po`` and its contrib apps' catalogues
  (volunteer translations, maintained for years, in many languages).
- Clean prose: CPython's ``pydoc_data/topics.py`` (the language reference's hard-wrapped prose)
  and installed packages' READMEs (the ``Description`` of their metadata).

Which files exist depends on the installed versions (``sphinx``, ``django`` in the ``test``
extra); each helper names what it reads, so a test that finds one missing fails loudly.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
from pathlib import Path

from realfiles_corpus import check_file

__all__ = ["check_file", "django_po", "pydoc_topics_text", "readme_text", "sphinx_po"]

# Languages across scripts and conventions: Latin with and without French spacing, Cyrillic,
# CJK, RTL; the folder names each project uses.
SPHINX_LANGS = ["fr", "de", "es", "it", "pl", "ru", "uk_UA", "tr", "ja", "zh_CN", "ko", "ar", "he"]
DJANGO_LANGS = ["fr", "de", "es", "it", "pl", "ru", "uk", "tr", "ja", "zh_Hans", "ko", "ar", "he"]
DJANGO_APPS = ["", "contrib/admin", "contrib/auth", "contrib/humanize"]
# Packages the test extra installs whose README is long English prose (Markdown or reST).
README_PACKAGES = ["charset-normalizer", "ftfy", "sacrebleu", "numpy", "hypothesis"]


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    assert spec and spec.origin, f"{name} is not installed: pip install -e '.[test]'"
    return Path(spec.origin).parent


def sphinx_po(lang: str) -> Path:
    return _package_dir("sphinx") / "locale" / lang / "LC_MESSAGES" / "sphinx.po"


def django_po(lang: str, app: str = "") -> Path:
    base = _package_dir("django") / app if app else _package_dir("django") / "conf"
    return base / "locale" / lang / "LC_MESSAGES" / ("djangojs.po" if app == "js" else "django.po")


def readme_text(package: str) -> tuple[str, str]:
    """A package's README as its metadata carries it, and the suffix its format loads with."""
    metadata = importlib.metadata.metadata(package)
    text = metadata.get("Description") or metadata.get_payload() or ""
    kind = (metadata.get("Description-Content-Type") or "").lower()
    return text, ".md" if "markdown" in kind else ".txt"


def pydoc_topics_text(limit_words: int = 30000) -> str:
    """The language reference topics shipped with CPython, hard-wrapped prose with code
    examples, in sorted order up to about ``limit_words`` words."""
    from pydoc_data.topics import topics

    chunks, words = [], 0
    for key in sorted(topics):
        chunks.append(topics[key])
        words += len(re.findall(r"\w+", topics[key]))
        if words >= limit_words:
            break
    return "\n\n".join(chunks)


def prose_files(work: Path) -> list[Path]:
    """Copies of the clean prose in ``work`` (pydoc topics, package READMEs)."""
    paths = [work / "pydoc-topics.txt"]
    paths[0].write_text(pydoc_topics_text(), encoding="utf-8")
    for package in README_PACKAGES:
        text, suffix = readme_text(package)
        path = work / f"{package}-README{suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
