"""Real files nobody here wrote (tests/realfiles, provenance in its README): quiet on clean
prose and translators' files, and every artefact planted into copies of them is still found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mtlint.checks.model import Applicability
from mtlint.checks.segment import word_count
from realfiles_corpus import BILINGUAL, CORPUS, MISSING, PROSE, check_file

# Verbatim third-party files live outside git (bench/localdata.py); the same measurements on
# files that installed packages ship run everywhere (test_package_files.py).
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

# Real errors in the originals (README): correct findings, not false alarms.
KNOWN_REAL = {("httpx-async.md", "MT401", "the the")}
TARGET_PER_THOUSAND_WORDS = 0.5


def _sentence_end_double_space(text: str, finding) -> bool:
    """Two spaces after a sentence end: a typographic convention that hA's MT106 change stops
    flagging (issue 10); counted apart until it lands, every other MT106 counts."""
    return finding.code == "MT106" and text[max(0, finding.start - 1) : finding.start] in ".?!:"


def _false_alarms(name: str):
    document, findings = check_file(CORPUS / name)
    alarms = [
        f
        for f in findings
        if (name, f.code, document.text[f.start : f.end].strip()) not in KNOWN_REAL
        and not _sentence_end_double_space(document.text, f)
    ]
    return document, alarms


def test_clean_prose_stays_under_the_false_alarm_target():
    words = alarms = 0
    for name in PROSE:
        document, found = _false_alarms(name)
        words += word_count(document.text)
        alarms += len(found)
    assert words > 10000
    assert 1000 * alarms / words <= TARGET_PER_THOUSAND_WORDS, alarms


@pytest.mark.parametrize("name", PROSE)
def test_no_safe_fix_changes_correct_text(name):
    document, alarms = _false_alarms(name)
    safe = [f for f in alarms for fix in f.fixes[:1] if fix.applicability is Applicability.SAFE]
    assert safe == [], [(f.code, document.text[f.start : f.end]) for f in safe]


def test_translators_files_are_quiet():
    """Maintained .po and XLIFF files: few units flagged (pofilter flags 247 of sphinx-fr's 871
    units and all of the XLIFF units, as unapproved); bench/bench_realfiles.py compares."""
    for name in BILINGUAL:
        document, findings = check_file(CORPUS / name)
        starts = [unit[0] for unit in document.units]
        flagged = {max(i for i, s in enumerate(starts) if s <= f.start) for f in findings}
        assert len(flagged) <= 0.05 * len(document.units) + 1, (name, len(flagged))


# (file, original text, planted text, the flagged word, the code that must find it)
PLANTS = [
    ("zlib-README.txt", "Mark Nelson <markn@ieee.org> wrote", "Mark Nelsonwrote", "Nelsonwrote",
     "MT101"),
    ("httpx-async.md", "Trio is [an alternative", "Triois [an alternative", "Triois", "MT101"),
    ("sintel_en.srt", "Good night, Scales.", "Good night, Scalesand", "Scalesand", "MT101"),
    ("holidays-examples.md", "holidays in Germany (Saxony", "holidays in germany (Saxony",
     "germany", "MT303"),
    ("sphinx-fr.po", 'msgstr "La compilation a réussi, 1 avertissement."',
     'msgstr "La compilation a réussi, 2 avertissement."', "2", "MT701"),
    ("sphinx-fr.po", 'msgstr "Vulnérabilités et expositions communes ; CVE %s"',
     'msgstr "Vulnérabilités et expositions communes ; CVE"', "CVE", "MT703"),
    ("symfony-security.fr.xlf", "veuillez réessayer dans %minutes% minutes.</target>",
     "veuillez réessayer dans quelques minutes.</target>", "quelques", "MT703"),
    ("symfony-form-validators.fr.xlf",
     "<target>Le fichier téléchargé est trop volumineux. Merci d'essayer d'envoyer un fichier "
     "plus petit.</target>",
     "<target>The uploaded file was too large. Please try to upload a smaller file.</target>",
     "The uploaded", "MT705"),
]  # fmt: skip


def _untranslated_plant(text: str) -> tuple[str, str]:
    """A long sphinx msgid copied into its msgstr, as an MT pipeline that fell back does."""
    match = re.search(r'msgid "([A-Z][^"%]{60,})"\nmsgstr "[^"]+"', text)
    assert match
    return match.group(), f'msgid "{match.group(1)}"\nmsgstr "{match.group(1)}"'


@pytest.mark.parametrize("plant", [*PLANTS, "untranslated"], ids=lambda p: str(p)[:40])
def test_every_planted_artefact_is_found(plant, tmp_path):
    if plant == "untranslated":
        name, code = "sphinx-fr.po", "MT705"
        text = (CORPUS / name).read_text(encoding="utf-8")
        old, new = _untranslated_plant(text)
        mark = new.split("msgstr ", 1)[1][1:20]
    else:
        name, old, new, mark, code = plant
        text = (CORPUS / name).read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    document, findings = check_file(path)
    at = document.file_text.index(new) + new.rindex(mark)
    hits = [
        f
        for f in findings
        if f.code == code
        and document.to_file_offset(f.start) <= at + len(mark)
        and at <= document.to_file_offset(f.end, is_end=True)
    ]
    assert hits, [(f.code, document.text[f.start : f.end]) for f in findings]


def _keyed(path: Path) -> set[tuple[str, str, int]]:
    document, findings = check_file(path)
    starts = [unit[0] for unit in document.units]
    keyed = set()
    for finding in findings:
        index = max(i for i, s in enumerate(starts) if s <= finding.start)
        source = document.units[index][2].replace("&lt;", "<").replace("&gt;", ">")
        keyed.add((" ".join(source.split()), finding.code, finding.start - starts[index]))
    return keyed


@pytest.mark.parametrize("converter", ["po2tmx", "po2xliff"])
def test_the_real_po_converted_gives_the_same_findings(converter, tmp_path):
    """Sphinx's French .po converted by translate-toolkit: the same units, the same findings
    (po2xliff also makes a unit of the PO header, which the .po loader skips)."""
    import subprocess
    import sys

    suffix = ".tmx" if converter == "po2tmx" else ".xlf"
    converted = tmp_path / f"sphinx-fr{suffix}"
    command = [str(Path(sys.executable).with_name(converter)), str(CORPUS / "sphinx-fr.po")]
    if converter == "po2tmx":
        command += ["-l", "fr"]
    subprocess.run([*command, str(converted)], check=True, capture_output=True, timeout=300)
    expected = _keyed(CORPUS / "sphinx-fr.po")
    found = {key for key in _keyed(converted) if not key[0].startswith("Project-Id-Version")}
    assert found == expected
