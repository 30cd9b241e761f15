"""A translator who keeps the source's ASCII "<<…>>" marker is right (MT205 stays quiet); the
same marks in a unit whose source has none are still read as typed guillemets."""

from mtlint.checks.batch import check_file
from mtlint.checks.config import Config

PO = """msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "(The <<first draft>> is kept in %s, line %d.)"
msgstr "(Der <<erste Entwurf>> liegt in %s, Zeile %d.)"

msgid "The weekly paper called it a success."
msgstr "Die Zeitung <<Neue Woche Heute>> nannte es einen Erfolg."
"""


def test_source_marker_kept_but_added_marks_found(tmp_path):
    path = tmp_path / "messages.de.po"
    path.write_text(PO, encoding="utf-8")
    result = check_file(path, Config(min_confidence=0.5))
    marks = [f for f in result.findings if f.finding.code == "MT205"]
    assert len(marks) == 1
    assert "Neue Woche Heute" in marks[0].context
