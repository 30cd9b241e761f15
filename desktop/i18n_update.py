"""Keep the UI translations in step with the code.

Run ``python -m mtlint.desktop.i18n_update [--check]``.

1. ``pyside6-lupdate`` extracts every ``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``
   and ``QT_TRANSLATE_NOOP("Ctx", "…")`` in ``desktop/`` into ``resources/i18n/mtlint_<lang>.ts``.
   Existing translations stay; new strings arrive as ``type="unfinished"``; strings gone from the
   code are dropped. ``mtlint_en.ts`` holds only the English plural forms (``-pluralonly``).
2. Translate what is unfinished: ``pyside6-linguist resources/i18n/mtlint_de.ts`` (or any editor;
   plurals have one ``<numerusform>`` per form: German has two, singular and plural).
3. ``pyside6-lrelease`` compiles each .ts into the .qm that ships (package data).

``--check`` writes nothing and exits 1 when the code has strings a .ts lacks (or the other way
round), a message is unfinished or empty, or a shipped .qm differs from compiling its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop"
FOLDER = REPO / "resources" / "i18n"
# Every UI language but the source language (English) is translated in full.
TRANSLATED = ("de",)
TARGETS = {"de": "de_DE", "en": "en_US"}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: on PATH or next to this Python."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt translation tools)")
    return found


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"mtlint_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"mtlint_{language}.qm"


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def _run(command: Sequence[str]) -> str:
    result = subprocess.run(
        list(command), capture_output=True, text=True, timeout=300, check=False, cwd=REPO
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def lupdate(language: str, ts: Path) -> str:
    """Update ``ts`` from the sources (created if missing)."""
    command = [
        tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en_US",
        "-target-language",
        TARGETS[language],
    ]
    if language == "en":
        command.append("-pluralonly")
    return _run([*command, *map(str, source_files()), "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> str:
    # Unfinished (unreviewed) translations never ship: the English text shows instead.
    return _run([tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(ts: Path) -> list[Message]:
    """The messages of a .ts file (locations left out)."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    translations=tuple(texts),
                )
            )
    return messages


def problems(language: str, folder: Path = FOLDER) -> list[str]:
    """Why the shipped files for ``language`` are not in step with the code (empty: they are)."""
    ts, qm = ts_file(language, folder), qm_file(language, folder)
    if not ts.is_file():
        return [f"{ts} is missing"]
    found: list[str] = []
    shipped = {m.key: m for m in read_ts(ts)}
    with tempfile.TemporaryDirectory(prefix="mtlint-i18n-") as scratch:
        fresh_ts = Path(scratch) / ts.name
        shutil.copy(ts, fresh_ts)
        lupdate(language, fresh_ts)
        fresh = {m.key: m for m in read_ts(fresh_ts)}
        found += [f"{ts.name}: not in the code any more: {k}" for k in shipped.keys() - fresh]
        found += [f"{ts.name}: missing from the .ts: {k}" for k in fresh.keys() - shipped]
        found += [
            f"{ts.name}: plural form changed: {k}"
            for k in fresh.keys() & shipped.keys()
            if fresh[k].numerus != shipped[k].numerus
        ]
        for message in shipped.values():
            if message.unfinished:
                found.append(f"{ts.name}: unfinished: {message.key}")
            elif not all(t.strip() for t in message.translations):
                found.append(f"{ts.name}: empty translation: {message.key}")
        fresh_qm = Path(scratch) / qm.name
        lrelease(ts, fresh_qm)
        if not qm.is_file():
            found.append(f"{qm} is missing")
        elif qm.read_bytes() != fresh_qm.read_bytes():
            found.append(
                f"{qm.name} is not the compiled {ts.name}: run python -m mtlint.desktop.i18n_update"
            )
    return found


def update(languages: Sequence[str] = (*TRANSLATED, "en")) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in languages:
        ts, qm = ts_file(language), qm_file(language)
        print(lupdate(language, ts).strip())
        print(lrelease(ts, qm).strip())
        left = [m.key for m in read_ts(ts) if m.unfinished or not all(m.translations)]
        if left:
            print(f"{ts.name}: {len(left)} message(s) to translate, e.g. {left[0]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mtlint.desktop.i18n_update",
        description="Extract the UI strings into resources/i18n/*.ts and compile the .qm files.",
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if anything is out of step"
    )
    args = parser.parse_args(argv)
    if not args.check:
        update()
        return 0
    found = [p for language in (*TRANSLATED, "en") for p in problems(language)]
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
