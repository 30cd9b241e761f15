"""Build resources/residue/ui_strings.json: the same few dozen web-page interface strings
("Read more", "Skip to main content", "Leave a comment", "Table of contents", "Last updated
on", "Previous post" …) in every language real translation catalogues give them, for MT517
(a page's interface string left in another language than the text's).

The strings are read from the translators' own catalogues, never written here:

- Nikola's theme messages (getnikola/nikola, nikola/data/themes/base/messages/messages_*.py),
- the Hugo themes PaperMod (adityatelange/hugo-PaperMod), Beautiful Hugo
  (halogenica/beautifulhugo), LoveIt (dillonzq/LoveIt) and Ananke
  (theNewDynamic/gohugo-theme-ananke), each i18n/*.yaml or i18n/*.toml,
- Jekyll's Minimal Mistakes (mmistakes/minimal-mistakes, _data/ui-text.yml at 00d3586, saved
  under .cache/minimal-mistakes/ by the search tool's read_file),
- the Django admin's and Sphinx's gettext catalogues (installed packages: django/contrib/admin
  /locale/*/LC_MESSAGES/django.po, sphinx/locale/*/LC_MESSAGES/sphinx.po).

Every source is MIT or BSD licensed (recorded with it in the table); a GPL catalogue (the Hugo
theme Stack) was read once and dropped. Only the keys below (page furniture a reader sees on a
published page) are kept; a string with a placeholder keeps the words before it ("Last updated
on %(date)s" → "last updated on").

Usage: python bench/build_ui_strings.py [--mirrors /work/.mirror] [--cache .cache]
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import re
import subprocess
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import django
import sphinx
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "residue" / "ui_strings.json"

NIKOLA_KEYS = (
    "Read more",
    "Skip to main content",
    "Comments",
    "Next post",
    "Previous post",
    "Older posts",
    "Newer posts",
    "Posted:",
    "Publication date",
    "Original site",
    "Also available in:",
    "Archive",
    "Categories",
    "Tags and Categories",
    "Toggle navigation",
    "Uncategorized",
    "No posts found.",
    "Subcategories:",
    "updated",
)
PAPERMOD_IDS = ("prev_page", "next_page", "toc", "translations")
LOVEIT_KEYS = (
    "backToTop",
    "viewComments",
    "selectLanguage",
    "switchTheme",
    "shareOn",
    "publishedOnDate",
    "updatedOnDate",
    "readMore",
    "pageNotFound",
    "copyToClipboard",
    "searchPlaceholder",
)
ANANKE_KEYS = ("readMore", "whatsInThis", "readingTime")
BEAUTIFULHUGO_IDS = (
    "postedOnDate",
    "lastModified",
    "translationsLabel",
    "readMore",
    "olderPosts",
    "newerPosts",
    "previousPost",
    "nextPost",
    "toggleNavigation",
    "searchPlaceholder",
    "searchCloseLabel",
)
MINIMAL_MISTAKES_KEYS = (
    "toc_label",
    "share_on_label",
    "date_label",
    "comments_label",
    "more_label",
    "related_label",
    "recent_posts",
    "minute_read",
    "categories_label",
)
DJANGO_ADMIN_IDS = ("Skip to main content", "View site", "Log out", "Change password")
SPHINX_IDS = (
    "Table of Contents",
    "Previous topic",
    "Next topic",
    "This Page",
    "Show Source",
    "Quick search",
    "Navigation",
    "Last updated on %(last_updated)s.",
)

_PLACEHOLDER = re.compile(r"%\(\w+\)s|%[sd]|\{\{[^}]*\}\}|\{\w*\}|#\w+")
_MIN_CHARS = 4


def normalise(text: str) -> str | None:
    """The string as MT517 looks it up: lower case, NFC, the words before a placeholder, no
    closing colon, full stop or ellipsis; None when too short or holding no letter."""
    text = unicodedata.normalize("NFC", text)
    placeholder = _PLACEHOLDER.search(text)
    if placeholder is not None:
        text = text[: placeholder.start()]
    text = " ".join(text.split()).strip(" :.…!?").lower()
    if len(text) < _MIN_CHARS or not any(c.isalpha() for c in text) or "/" in text:
        return None
    return text


def language_code(name: str) -> str:
    """A catalogue's language as mtlint names languages ("pt_BR" → "pt", "cz" → "cs")."""
    base = re.split(r"[_\-.@]", name)[0].lower()
    return {"cz": "cs", "no": "nb", "zh": "zh"}.get(base, base)


def _git_show(repo: Path, path: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def _git_ls(repo: Path, prefix: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", prefix],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return out.split()


def _head(repo: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, check=True, text=True
    ).stdout.strip()


def nikola(mirror: Path, found: dict) -> dict:
    repo = mirror / "getnikola+nikola" / "repo"
    folder = "nikola/data/themes/base/messages/"
    for path in _git_ls(repo, folder):
        lang = language_code(Path(path).stem.removeprefix("messages_"))
        tree = ast.parse(_git_show(repo, path))
        messages = next(
            (
                ast.literal_eval(node.value)
                for node in tree.body
                if isinstance(node, ast.Assign | ast.AnnAssign)
                and "MESSAGES"
                in ast.dump(node.targets[0] if isinstance(node, ast.Assign) else node)
            ),
            {},  # an alias of another language's file ("from .messages_cs import MESSAGES")
        )
        for key in NIKOLA_KEYS:
            found[lang].add(messages.get(key) or "")
            found["en"].add(key)
    return {
        "repository": "getnikola/nikola",
        "commit": _head(repo),
        "path": folder,
        "licence": "MIT",
    }


def _plain(value: object) -> str | None:
    """A Hugo translation: a string, or the "other" (else "one") form of a plural."""
    if isinstance(value, dict):
        value = value.get("other") or value.get("one")
    return value if isinstance(value, str) else None


def hugo_yaml(mirror: Path, repository: str, ids: tuple[str, ...], found: dict) -> dict:
    """A Hugo theme's i18n/*.yaml (a list of {id, translation})."""
    repo = mirror / repository.replace("/", "+") / "repo"
    for path in _git_ls(repo, "i18n/"):
        lang = language_code(Path(path).stem)
        for entry in yaml.safe_load(_git_show(repo, path)) or ():
            value = _plain(entry.get("translation"))
            if entry.get("id") in ids and value:
                found[lang].add(value)
    return {"repository": repository, "commit": _head(repo), "path": "i18n/", "licence": "MIT"}


def hugo_toml(mirror: Path, repository: str, keys: tuple[str, ...], found: dict) -> dict:
    """A Hugo theme's i18n/*.toml (keys, dotted for nested tables)."""
    repo = mirror / repository.replace("/", "+") / "repo"
    for path in _git_ls(repo, "i18n/"):
        lang = language_code(Path(path).stem)
        table = tomllib.loads(_git_show(repo, path))
        for key in keys:
            value: object = table
            for part in key.split("."):
                value = value.get(part, {}) if isinstance(value, dict) else {}
            if _plain(value):
                found[lang].add(_plain(value))
    return {"repository": repository, "commit": _head(repo), "path": "i18n/", "licence": "MIT"}


def minimal_mistakes(cache: Path, found: dict) -> dict | None:
    path = cache / "minimal-mistakes" / "_data" / "ui-text.yml"
    if not path.exists():
        return None
    for lang, entry in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        if "-" in lang or not isinstance(entry, dict):
            continue
        for key in MINIMAL_MISTAKES_KEYS:
            if isinstance(entry.get(key), str):
                found[language_code(lang)].add(entry[key])
    return {
        "repository": "mmistakes/minimal-mistakes",
        "commit": "00d3586db0219ead4a0c1291de7015bff80f3023",
        "path": "_data/ui-text.yml",
        "licence": "MIT",
    }


def gettext_catalogues(package_dir: Path, pattern: str, ids: tuple[str, ...], found: dict) -> None:
    for path in sorted(package_dir.glob(pattern)):
        lang = language_code(path.parts[-3])
        with path.open("rb") as stream:
            catalogue = read_po(stream)
        for msgid in ids:
            message = catalogue.get(msgid)
            if message is not None and isinstance(message.string, str) and not message.fuzzy:
                found[lang].add(message.string)
            found["en"].add(msgid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # Babel's notes on the catalogues' plural forms
    found: dict[str, set[str]] = defaultdict(set)
    mirrors = args.mirrors
    sources = [nikola(mirrors, found)]
    sources.append(hugo_yaml(mirrors, "adityatelange/hugo-PaperMod", PAPERMOD_IDS, found))
    sources.append(hugo_yaml(mirrors, "halogenica/beautifulhugo", BEAUTIFULHUGO_IDS, found))
    sources.append(hugo_toml(mirrors, "dillonzq/LoveIt", LOVEIT_KEYS, found))
    sources.append(hugo_toml(mirrors, "theNewDynamic/gohugo-theme-ananke", ANANKE_KEYS, found))
    extra = minimal_mistakes(args.cache, found)
    if extra is not None:
        sources.append(extra)
    admin = Path(django.__file__).parent / "contrib" / "admin" / "locale"
    gettext_catalogues(admin, "*/LC_MESSAGES/django.po", DJANGO_ADMIN_IDS, found)
    sources.append(
        {
            "package": f"Django {django.__version__}",
            "path": "contrib/admin/locale/",
            "licence": "BSD-3-Clause",
        }
    )
    sphinx_locale = Path(sphinx.__file__).parent / "locale"
    gettext_catalogues(sphinx_locale, "*/LC_MESSAGES/sphinx.po", SPHINX_IDS, found)
    sources.append(
        {
            "package": f"Sphinx {sphinx.__version__}",
            "path": "sphinx/locale/",
            "licence": "BSD-2-Clause",
        }
    )
    strings = {
        lang: sorted({s for s in map(normalise, values) if s})
        for lang, values in sorted(found.items())
    }
    table = {
        "_about": (
            "MT517: web-page interface strings per language, read from real translation "
            "catalogues by bench/build_ui_strings.py (lower case, NFC, the words before a "
            "placeholder, no closing colon or ellipsis). Regenerate, never edit by hand."
        ),
        "sources": sources,
        "strings": {lang: values for lang, values in strings.items() if values},
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    count = sum(len(v) for v in table["strings"].values())
    print(f"{OUT}: {count} strings in {len(table['strings'])} languages")


if __name__ == "__main__":
    main()
