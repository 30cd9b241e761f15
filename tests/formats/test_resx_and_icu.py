""".NET .resx files read as keyed catalogues beside their neutral Resources.resx, and ICU plural
messages compared as a language writes them (CLDR gives Arabic six cases, Japanese one): the
structure is no text, "=1" no number, a placeholder counted by name (h32files, fresh group 9).
Every file here is invented."""

from __future__ import annotations

from mtlint.checks.batch import check_file
from mtlint.checks.config import Config

RESX_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<root>\n'
    "  <!-- Microsoft ResX Schema: name/value pairs; value : The object must be serialized -->\n"
    '  <xsd:schema id="root" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
    '<xsd:element name="root"/></xsd:schema>\n'
    '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n'
)


def resx(*rows: str) -> str:
    return RESX_HEAD + "\n".join(rows) + "\n</root>\n"


def data(name: str, value: str, extra: str = "") -> str:
    head = f'  <data name="{name}" xml:space="preserve"{extra}>'
    return f"{head}\n    <value>{value}</value>\n  </data>"


NEUTRAL = resx(
    data("Shorten", "Shorten link ({0})"),
    data("Saved", "Saved to {0} &amp; copied"),
    data("Enabled", "Shortcuts enabled."),
    data("Disabled", "Shortcuts disabled."),
    data("Logo", "iVBORw0KGgo=", ' type="System.Byte[], mscorlib"'),
    data("$this.Text", "Main window"),
    data(">>label1.Name", "label1"),
    data("label1.Size", "100, 20", ' type="System.Drawing.Size, System.Drawing"'),
)


def test_resx_is_read_as_a_catalogue_beside_its_neutral_file(tree, load):
    french = resx(
        data("Shorten", "Raccourcir le lien ({0})"),
        data("Saved", "Enregistré dans {0} &amp; copié"),
        data("Enabled", "Raccourcis activés."),
        data("Disabled", "Raccourcis désactivés."),
        data("Logo", "iVBORw0KGgo=", ' type="System.Byte[], mscorlib"'),
        data("$this.Text", "Fenêtre principale"),
        data(">>label1.Name", "label1"),
        data("label1.Size", "100, 20", ' type="System.Drawing.Size, System.Drawing"'),
    )
    root = tree({"Props/Resources.resx": NEUTRAL, "Props/Resources.fr-FR.resx": french})
    document = load(root / "Props/Resources.fr-FR.resx")
    texts = [document.text[s:e] for s, e, _ in document.units]
    sources = [source for _, _, source in document.units]
    assert texts == [
        "Raccourcir le lien ({0})",
        "Enregistré dans {0} & copié",
        "Raccourcis activés.",
        "Raccourcis désactivés.",
        "Fenêtre principale",
    ]
    assert sources[1] == "Saved to {0} & copied" and sources[4] == "Main window"
    assert document.language.startswith("fr")
    assert "Schema" not in document.text and "resx" not in document.text
    report = check_file(root / "Props/Resources.fr-FR.resx", Config())
    assert not report.findings, [(f.finding.code, f.excerpt) for f in report.findings]


def test_resx_finds_a_doubled_brace_and_one_wording_for_opposite_sources(tree):
    persian = resx(
        data("Shorten", "کوتاه کردن لینک {{0}}"),
        data("Enabled", "میانبرها غیرفعال شدند."),
        data("Disabled", "میانبرها غیرفعال شدند."),
    )
    root = tree({"Props/Resources.resx": NEUTRAL, "Props/Resources.fa-IR.resx": persian})
    report = check_file(root / "Props/Resources.fa-IR.resx", Config())
    found = {(f.finding.code, f.excerpt) for f in report.findings}
    # "{{0}}" writes a literal "{0}": the source's format item is lost
    assert any(code == "MT703" and "{{0}}" in excerpt for code, excerpt in found), found
    assert any(code == "MT902" for code, _ in found), found


def test_a_resx_without_its_root_is_plain_text(write, load):
    document = load(write("odd.fr.resx", "<notresx>Bonjour le monde.</notresx>\n"))
    assert document.format == "plain" or not document.units
    assert any("plain text" in note for note in document.notes)


def test_resx_fix_writes_xml_escapes(tree, load):
    from mtlint.checks.documents import escape_for

    german = resx(data("Saved", "Gespeichert in {0} &amp; kopiert"))
    root = tree({"Props/Resources.resx": NEUTRAL, "Props/Resources.de.resx": german})
    escape = escape_for(load(root / "Props/Resources.de.resx"))
    assert escape is not None and escape("a < b & c") == "a &lt; b &amp; c"


ARB_EN = (
    '{"@@locale": "en",'
    ' "runs": "{count, plural, =1{1 run} other{{count} runs}}",'
    ' "anon": "{count, plural, =1{Anonymous} other{Anonymous ({count})}}",'
    ' "seen": "{count, plural, =1{Seen by {name} once} other{Seen by {name} {count} times}}"}'
)


def test_icu_cases_a_language_adds_or_drops_are_no_placeholder_or_number_mismatch(tree):
    arabic = (
        '{"@@locale": "ar",'
        ' "runs": "{count, plural, =0{لا جولات} =1{جولة واحدة} =2{جولتان} few{{count} جولات}'
        ' many{{count} جولة} other{{count} جولة}}",'
        ' "anon": "{count, plural, =0{مجهول ({count})} =1{مجهول} =2{مجهولان ({count})}'
        ' other{مجهولون ({count})}}",'
        ' "seen": "{count, plural, =1{شاهده {name} مرة} other{شاهده {name} {count} مرات}}"}'
    )
    root = tree({"l10n/app_en.arb": ARB_EN, "l10n/app_ar.arb": arabic})
    report = check_file(root / "l10n/app_ar.arb", Config(select=("MT701", "MT703")))
    assert not report.findings, [(f.finding.code, f.finding.message) for f in report.findings]


def test_icu_one_case_language_still_loses_a_placeholder(tree):
    japanese = (
        '{"@@locale": "ja",'
        ' "runs": "{count, plural, other{{count} 回}}",'
        ' "anon": "{count, plural, other{匿名（{count}）}}",'
        ' "seen": "{count, plural, other{{count} 回表示されました}}"}'
    )
    root = tree({"l10n/app_en.arb": ARB_EN, "l10n/app_ja.arb": japanese})
    report = check_file(root / "l10n/app_ja.arb", Config(select=("MT701", "MT703")))
    found = [(f.finding.code, f.finding.message) for f in report.findings]
    # only "{name}", which no case of the Japanese message writes
    assert len(found) == 1 and found[0][0] == "MT703" and "{name}" in found[0][1], found


def test_resx_names_are_keys_for_the_consistency_rules(tree):
    """Two names are two places of the interface: one source worded two ways under two names
    is doubtful (as in every keyed catalogue); a case slip stays sure."""
    neutral = resx(data("AskRestart", "Restart now?"), data("AskRestartAgain", "Restart now?"))
    german = resx(data("AskRestart", "Jetzt neu starten?"), data("AskRestartAgain", "Neustart?"))
    root = tree({"R/Resources.resx": neutral, "R/Resources.de.resx": german})
    assert not check_file(root / "R/Resources.de.resx", Config(select=("MT901",))).findings
    slip = resx(
        data("AskRestart", "Jetzt neu starten?"), data("AskRestartAgain", "jetzt neu starten?")
    )
    root = tree({"S/Resources.resx": neutral, "S/Resources.de.resx": slip})
    assert check_file(root / "S/Resources.de.resx", Config(select=("MT901",))).findings
