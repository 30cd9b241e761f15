"""Bilingual-aware checking (checks/bilingual_context.py): what the source has too is no MT
artefact, PO fuzzy/obsolete/plural/msgctxt handling, and the same findings in every container."""

from __future__ import annotations

import bisect
import csv
import io
from xml.sax.saxutils import escape

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_document

# (source, target): clean translations whose "suspicious" parts mirror the source, then real
# artefacts that must still be found.
UNITS = [
    ("Hello %s, you have %d new messages.", "Bonjour %s, vous avez %d nouveaux messages."),
    ("This value should be {{ limit }} or less.", "Cette valeur doit être {{ limit }} ou moins."),
    ("File {0} was saved to {1}.", "Le fichier {0} a été enregistré dans {1}."),
    ("invalid CVE number %s", "numéro CVE non valide %s"),
    ("the list (see below", "la liste (voir ci-dessous"),
    ("Usage: %(prog)s [options]", "Utilisation : %(prog)s [options]"),
    # markup renamed (a paired tag; a lone "<file>" is a metavariable a translation writes in
    # its own words, h32files)
    (
        "Open the <file>doc</file> and read the <file>head</file>.",
        "Ouvrez le <fichier>doc</fichier> et lisez l'en-tête.",
    ),
    ("Remove the <file>doc</file> first.", "Supprimez d'abord le <fichier>doc</fichier>."),
    ("Copy the <file>doc</file> again.", "Copiez de nouveau le <fichier>doc</fichier>."),
    # Artefacts: a changed number, a dropped placeholder, a copied untranslated long source,
    # a lower-cased start the source does not have.
    ("The meeting lasted 45 minutes.", "La réunion a duré 54 minutes."),
    ("Hello %s, welcome back to the application.", "Bonjour, bon retour dans l'application."),
    (
        "The committee will meet again next week to discuss the budget proposal.",
        "The committee will meet again next week to discuss the budget proposal.",
    ),
    ("The server is not responding.", "le serveur ne répond pas."),
]


def _po(units, *, fuzzy_index: int | None = None) -> str:
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    parts = [
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    ]
    for index, (source, target) in enumerate(units):
        flags = "#, fuzzy\n" if index == fuzzy_index else ""
        parts.append(f"{flags}msgid {quoted(source)}\nmsgstr {quoted(target)}\n")
    return "\n".join(parts)


def _tmx(units) -> str:
    body = "".join(
        f'<tu><tuv xml:lang="en"><seg>{escape(s)}</seg></tuv>'
        f'<tuv xml:lang="fr"><seg>{escape(t)}</seg></tuv></tu>\n'
        for s, t in units
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
        'datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" '
        f'creationtoolversion="1" o-tmf="t"/>\n<body>\n{body}</body></tmx>\n'
    )


def _xliff(units) -> str:
    body = "".join(
        f'<trans-unit id="{i}"><source>{escape(s)}</source><target>{escape(t)}</target>'
        "</trans-unit>\n"
        for i, (s, t) in enumerate(units)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
        f'target-language="fr" datatype="plaintext" original="x"><body>\n{body}</body></file>'
        "</xliff>\n"
    )


def _csv(units) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target"])
    writer.writerows(units)
    return out.getvalue()


CONTAINERS = {"po": _po, "tmx": _tmx, "xlf": _xliff, "csv": _csv}


def _findings_by_unit(path) -> set[tuple[int, str, int]]:
    """(unit index, code, offset inside the unit's target) of every finding."""
    document = load_document(path)
    result = check_document(document, Config())
    starts = [unit[0] for unit in document.units]
    keyed = set()
    for finding in result.findings:
        index = bisect.bisect_right(starts, finding.start) - 1
        keyed.add((index, finding.code, finding.start - starts[index]))
    return keyed


@pytest.fixture
def container_findings(tmp_path):
    def run(kind: str, units=UNITS) -> set[tuple[int, str, int]]:
        path = tmp_path / f"units.{kind}"
        path.write_text(CONTAINERS[kind](units), encoding="utf-8")
        return _findings_by_unit(path)

    return run


def test_the_same_units_give_the_same_findings_in_every_container(container_findings):
    expected = container_findings("po")
    for kind in ("tmx", "xlf", "csv"):
        assert container_findings(kind) == expected, kind


def test_what_the_source_has_too_is_not_reported(container_findings):
    found = container_findings("po")
    codes_by_unit = {}
    for index, code, _ in found:
        codes_by_unit.setdefault(index, set()).add(code)
    # Placeholders, a lower-case start and an open bracket mirrored from the source: clean.
    for clean in range(6):
        assert clean not in codes_by_unit, (UNITS[clean], codes_by_unit.get(clean))
    # Every planted artefact is still found.
    assert "MT701" in codes_by_unit[9]
    assert "MT703" in codes_by_unit[10]
    assert "MT705" in codes_by_unit[11]
    assert "MT304" in codes_by_unit[12]


def test_an_identifier_copied_from_the_source_is_no_misspelling(tmp_path):
    # "hlist" is one edit from "list" (MT980 reads a dropped first letter), but the source has it:
    # a directive's name, not a slip. A slip only the target has is still reported.
    units = [
        ("The content of hlist is not a list.", "Le contenu de hlist n'est pas une liste."),
        ("The minister announced the plan.", "Le ministre a annonncé le plan."),
    ]
    path = tmp_path / "names.po"
    path.write_text(_po(units), encoding="utf-8")
    found = {(index, code) for index, code, _ in _findings_by_unit(path)}
    assert (0, "MT980") not in found
    assert (1, "MT980") in found


def test_a_tag_renamed_the_same_way_in_several_units_is_one_note(tmp_path):
    path = tmp_path / "tags.po"
    path.write_text(_po(UNITS), encoding="utf-8")
    result = check_document(load_document(path), Config())
    renames = [f for f in result.findings if f.code == "MT703" and "<fichier>" in f.message]
    assert len(renames) == 1
    assert "3 units" in renames[0].message and not renames[0].fixes
    assert str(renames[0].severity) == "info"


def test_a_single_renamed_tag_is_still_a_finding(tmp_path):
    path = tmp_path / "one.po"
    units = [("Open the <file>doc</file> now.", "Ouvrez le <fichier>doc</file> maintenant.")]
    path.write_text(_po(units), "utf-8")
    result = check_document(load_document(path), Config())
    assert [f.code for f in result.findings] == ["MT703"]
    assert result.findings[0].fixes


def test_a_lone_bracketed_word_is_a_metavariable_the_translation_may_translate(tmp_path):
    path = tmp_path / "meta.po"
    units = [("Open the <file> now.", "Ouvrez le <fichier> maintenant.")]
    path.write_text(_po(units), "utf-8")
    assert check_document(load_document(path), Config()).findings == ()


def test_fuzzy_entries_are_skipped_unless_asked_for(tmp_path):
    units = [("The meeting lasted 45 minutes.", "La réunion a duré 54 minutes.")]
    path = tmp_path / "fuzzy.po"
    path.write_text(_po(units, fuzzy_index=0), encoding="utf-8")
    document = load_document(path)
    assert document.unit_info[0].fuzzy
    assert check_document(load_document(path), Config()).findings == ()
    included = check_document(load_document(path), Config(include_fuzzy=True)).findings
    assert [f.code for f in included] == ["MT701"]


OBSOLETE_PO = """msgid ""
msgstr ""
"Language: fr\\n"

msgid "Save"
msgstr "Enregistrer"

#~ msgid "The meeting lasted 45 minutes."
#~ msgstr ""
#~ "La réunion a duré 54 minutes."
"""


def test_obsolete_entries_are_skipped_unless_asked_for(tmp_path):
    path = tmp_path / "obsolete.po"
    path.write_text(OBSOLETE_PO, encoding="utf-8")
    document = load_document(path)
    assert [info.obsolete for info in document.unit_info] == [False, True]
    assert document.text[document.units[1][0] : document.units[1][1]] == (
        "La réunion a duré 54 minutes."
    )
    assert check_document(load_document(path), Config()).findings == ()
    included = check_document(load_document(path), Config(include_obsolete=True)).findings
    assert [f.code for f in included] == ["MT701"]


PLURAL_PO = """msgid ""
msgstr ""
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#. Translators: %d is the number of files
msgctxt "file manager"
msgid "One file was removed."
msgid_plural "%d files were removed."
msgstr[0] "%d fichier a été supprimé."
msgstr[1] "%d fichiers ont été supprimés."
"""


def test_a_plural_form_may_use_the_placeholders_of_either_msgid(tmp_path):
    path = tmp_path / "plural.po"
    path.write_text(PLURAL_PO, encoding="utf-8")
    document = load_document(path)
    info = document.unit_info[0]
    assert info.context == "file manager"
    assert "number of files" in info.comments
    assert info.plural_sources == ("One file was removed.", "%d files were removed.")
    assert check_document(document, Config()).findings == ()


def test_a_lower_case_start_in_a_unit_is_fine_when_the_source_has_one(container_findings):
    units = [("number %s is invalid", "numéro %s non valide"), ("Number %s", "numéro %s")]
    found = container_findings("po", units)
    assert {(index, code) for index, code, _ in found} == {(1, "MT304")}


def test_python_repr_and_symfony_placeholders_are_placeholders(container_findings):
    units = [
        ("Event %r already present", "Évènement déjà présent"),
        ("Try again in %minutes% minutes.", "Réessayez dans quelques minutes."),
        ("Failed to compile %r %s", "Échec de la compilation : %r%s"),
        ("Download 50% of %count% files", "Télécharger 50% des %count% fichiers"),
    ]
    found = container_findings("po", units)
    assert {(index, code) for index, code, _ in found} == {(0, "MT703"), (1, "MT703")}


def test_xliff_units_not_translated_yet_are_skipped_like_fuzzy_entries(tmp_path):
    units = [("The meeting lasted 45 minutes.", "La réunion a duré 54 minutes.")] * 3
    text = _xliff(units).replace("<target>", '<target state="needs-translation">', 1)
    # A translation awaiting review is checked: that is what a reviewer wants.
    text = text.replace("<target>", '<target state="needs-review-translation">', 1)
    path = tmp_path / "state.xlf"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    assert [info.fuzzy for info in document.unit_info] == [True, False, False]
    assert [info.context for info in document.unit_info] == ["0", "1", "2"]
    assert len(check_document(document, Config()).findings) == 2
    assert len(check_document(load_document(path), Config(include_fuzzy=True)).findings) == 3


NO_FORMAT_PO = """msgid ""
msgstr ""
"Language: fr\\n"

#, no-c-format
msgid "Type %d to insert the date"
msgstr "Tapez « %d » pour insérer la date"

#, no-c-format
msgid "The escape %s stands for a space"
msgstr "La séquence d'échappement représente une espace"

#, python-format
msgid "Progress: %d done"
msgstr "Progression : faite"
"""


def test_a_no_format_entry_has_no_placeholders(tmp_path):
    path = tmp_path / "flags.po"
    path.write_text(NO_FORMAT_PO, encoding="utf-8")
    document = load_document(path)
    assert document.unit_info[0].flags == ("no-c-format",)
    findings = check_document(document, Config()).findings
    starts = [unit[0] for unit in document.units]
    flagged_units = {bisect.bisect_right(starts, f.start) - 1 for f in findings}
    assert 2 in flagged_units  # the dropped %d of a python-format entry is still found
    assert all(f.code not in ("MT603", "MT703") for f in findings if f.start < starts[2])
