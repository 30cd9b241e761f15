"""What a round trip changed: word diff, content checks, several pivots, suggested rewrites.

Crafted round trips come from a stub translator (a table of known outputs, so the expected
diff and lost items are known); the tiny real model's gibberish checks that every flagged row
carries a diff and names the lost numbers and names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import jsonschema
import pytest
from argos_tiny import build_tiny_package
from mtlint.checks.backtranslation import (
    backtranslate_document,
    compare,
    findings,
    models,
    pipeline,
)
from mtlint.checks.cli import main
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability
from mtlint.checks.results import DiffOp

SCHEMA = Path(__file__).resolve().parents[2] / "checks" / "reports" / "schema.json"

# --- the comparison itself --------------------------------------------------------------------


def test_word_diff_marks_dropped_and_inserted_words():
    diff = compare.word_diff(
        "Putin received Kim Jong Un in Russia on Sunday.",
        "Putin received Kim Jong Un on Monday.",
    )
    assert diff == (
        DiffOp("equal", "Putin received Kim Jong Un", "Putin received Kim Jong Un"),
        DiffOp("delete", "in Russia", ""),
        DiffOp("equal", "on", "on"),
        DiffOp("replace", "Sunday", "Monday"),
        DiffOp("equal", ".", "."),
    )
    assert compare.diff_text(diff) == (
        "Putin received Kim Jong Un [-in Russia-] on [-Sunday-] {+Monday+} ."
    )


def test_word_diff_uses_sacrebleu_tokens_and_ignores_case_only_changes():
    diff = compare.word_diff("He said: yes, 3.5%.", "he said yes 3.5 %.")
    assert [d.op for d in diff] == ["equal", "delete", "equal", "delete", "equal"]
    assert diff[0] == DiffOp("equal", "He said", "he said")
    chinese = compare.word_diff("我们没有数据", "我们有数据", "zh")
    assert DiffOp("delete", "没", "") in chinese


def _kinds(issues):
    return [(i.kind, i.text, i.change) for i in issues]


def test_content_checks_name_what_is_lost_and_added():
    issues = compare.content_issues(
        "President Vladimir Putin did not visit Russia on Sunday, 12 May 2022.",
        "President Putin visited Russia on Sunday, 12 May 2023 with 5 ministers.",
    )
    assert _kinds(issues) == [
        ("number", "2022", "lost"),
        ("number", "2023", "added"),
        ("number", "5", "added"),
        ("name", "Vladimir", "lost"),
        ("negation", "not", "lost"),
    ]
    messages = [i.message for i in issues]
    assert "the number 2022 is lost" in messages
    assert "the name 'Vladimir' is lost" in messages


def test_content_checks_dates_and_locale_numbers():
    issues = compare.content_issues("They met on Sunday in May.", "They met in may.")
    assert _kinds(issues) == [("date", "Sunday", "lost")]  # "may" survives, in any case
    # 2,022 and 2.022 are one number written two ways; "may" the verb is no date.
    assert compare.content_issues("It cost 2,022 euros.", "It cost 2.022 euros.") == ()
    assert compare.content_issues("You may go.", "You go.") == ()


def test_numbers_in_words_and_clitics_are_no_losses():
    # Real MT against its reference (MQM zh→en): "3D" / "three dimensions" is the same number.
    assert (
        compare.content_issues(
            "You can program any 3D structure.", "You can program in three dimensions."
        )
        == ()
    )
    assert _kinds(compare.content_issues("He sent 3 ships.", "He sent ships.")) == [
        ("number", "3", "lost")
    ]
    # "I'm", "Let's" after a dash are not names.
    assert compare.content_issues("So — I'm going; Let's see.", "So I am going; see.") == ()


def test_acronyms_match_their_expansion():
    # Real MT against its reference (MQM zh→en).
    assert (
        compare.content_issues(
            "The red dots represent each state in the USA.",
            "The red dots indicate the states of the United States.",
        )
        == ()
    )
    assert (
        compare.content_issues(
            "It was done by the National Aeronautics and Space Administration group.",
            "It was done by a group at NASA.",
        )
        == ()
    )
    assert _kinds(compare.content_issues("Talks with the EU.", "Talks with the UN.")) == [
        ("name", "EU", "lost"),
        ("name", "UN", "added"),
    ]


def test_content_checks_in_german_and_chinese():
    # German capitalises every noun: only known names and acronyms count as names.
    issues = compare.content_issues(
        "Der Präsident traf Putin am Sonntag in Berlin in der EU nicht.",
        "Der Präsident traf am Montag in Europa.",
        "de",
    )
    # "Putin" is no known name (no German gazetteer): a limit of the tables, not a capital.
    assert _kinds(issues) == [
        ("name", "Berlin", "lost"),
        ("name", "EU", "lost"),
        ("name", "Europa", "added"),  # a known name (the gazetteer)
        ("date", "Sonntag", "lost"),
        ("date", "Montag", "added"),
        ("negation", "nicht", "lost"),
    ]
    assert _kinds(compare.content_issues("我们没有2022年的数据", "我们有数据", "zh"))[:1] == [
        ("number", "2022", "lost")
    ]


def test_agreed_keeps_only_what_every_pivot_lost():
    via_de = compare.content_issues("Kim met Putin in 2022.", "Kim met in 2022.")
    via_fr = compare.content_issues("Kim met Putin in 2022.", "Kim met Putin.")
    both = compare.content_issues("Kim met Putin in 2022.", "Kim met.")
    assert compare.agreed([via_de, via_fr]) == ()
    assert _kinds(compare.agreed([via_de, both])) == [("name", "Putin", "lost")]


# --- the pipeline with crafted round trips -----------------------------------------------------


class StubTranslator:
    """Translates through a table of known outputs; unknown sentences come back unchanged."""

    table: ClassVar[dict[tuple[str, str, str], str]] = {}

    def __init__(self, cache) -> None:
        self.cache = cache

    def translate(self, sentences, from_code, to_code, *, progress=None, cancelled=None):
        out = [self.table.get((from_code, to_code, s), s) for s in sentences]
        if progress is not None:
            progress(len(out))
        return out


@pytest.fixture
def stub(monkeypatch, tiny_pair):
    StubTranslator.table = {}
    monkeypatch.setattr(pipeline, "Translator", StubTranslator)
    return StubTranslator.table


SENTENCE = "The summit took place in Tashkent in 2022."
INTACT = "He met the leader on Sunday."


def _round_trip(table, pivot, original, there, back):
    table[("en", pivot, original)] = there
    table[(pivot, "en", there)] = back


def test_flagged_rows_carry_diff_pivot_text_and_named_losses(stub):
    _round_trip(stub, "de", SENTENCE, "Der Gipfel fand in Taschkent statt.", "The summit was.")
    _round_trip(stub, "de", INTACT, "Er traf den Anführer am Sonntag.", INTACT)
    result = backtranslate_document(Document(text=f"{SENTENCE} {INTACT}", language="en"))
    lost, intact = result.sentences
    assert lost.flagged and not intact.flagged
    assert lost.pivot_text == "Der Gipfel fand in Taschkent statt."
    assert DiffOp("replace", "took place in Tashkent in 2022", "was") in lost.diff
    assert _kinds(lost.content) == [("number", "2022", "lost"), ("name", "Tashkent", "lost")]
    assert intact.diff and all(d.op == "equal" for d in intact.diff)
    (finding,) = result.findings
    assert "the number 2022 is lost" in finding.message
    assert "the name 'Tashkent' is lost" in finding.message


def test_a_lost_number_flags_a_sentence_whose_score_is_fine(stub):
    _round_trip(
        stub,
        "de",
        "The summit in Tashkent was held in 2022 with many delegations from abroad.",
        "x",
        "The summit in Tashkent was held with many delegations from abroad.",
    )
    document = Document(
        text="The summit in Tashkent was held in 2022 with many delegations from abroad.",
        language="en",
    )
    (sentence,) = backtranslate_document(document).sentences
    assert sentence.chrf > 45 and sentence.flagged
    assert _kinds(sentence.content) == [("number", "2022", "lost")]


def test_several_pivots_flag_only_what_they_agree_on(stub, tmp_path):
    for pair in (("en", "fr"), ("fr", "en")):
        models.install_from_file(build_tiny_package(tmp_path, *pair))
    # Through German the number is lost, through French the name: no agreement, no content flag.
    _round_trip(stub, "de", SENTENCE, "d1", "The summit took place in Tashkent.")
    _round_trip(stub, "fr", SENTENCE, "f1", "The summit took place in 2022.")
    # Both lose the negation: agreed.
    negated = "The leader did not attend the summit."
    _round_trip(stub, "de", negated, "d2", "The leader attended the summit.")
    _round_trip(stub, "fr", negated, "f2", "The leader went to the summit.")
    document = Document(text=f"{SENTENCE} {negated}", language="en")
    result = backtranslate_document(document, pivot="de,fr")
    assert result.pivot == "de,fr" and result.pivots == ("de", "fr")
    first, second = result.sentences
    assert first.content == () and not first.flagged
    assert [(p.pivot, p.pivot_text, p.roundtrip) for p in first.pivots] == [
        ("de", "d1", "The summit took place in Tashkent."),
        ("fr", "f1", "The summit took place in 2022."),
    ]
    # The best pivot leads.
    best = max(first.pivots, key=lambda p: p.chrf)
    assert (first.chrf, first.roundtrip) == (best.chrf, best.roundtrip)
    assert _kinds(second.content) == [("negation", "not", "lost")] and second.flagged
    assert {"chrf_de", "chrf_fr"} <= set(result.document_scores)
    (finding,) = [f for f in result.findings if f.start == second.start]
    assert str(finding.severity) == "warning" and "negation 'not' is lost" in finding.message


def test_bilingual_low_segment_gets_the_forward_translation_as_unsafe_fix(stub):
    source = "Der Gipfel fand 2022 in Taschkent statt. Er traf den Anführer."
    text = "The meeting was in Moscow. He met the leader."
    stub[("de", "en", "Der Gipfel fand 2022 in Taschkent statt.")] = (
        "The summit took place in Tashkent in 2022."
    )
    stub[("de", "en", "Er traf den Anführer.")] = "He met the leader."
    stub[("en", "de", "The meeting was in Moscow.")] = "Das Treffen war in Moskau."
    stub[("en", "de", "He met the leader.")] = "Er traf den Anführer."
    document = Document(text=text, language="en")
    result = backtranslate_document(document, source_text=source, source_language="de")
    low = [f for f in result.findings if f.start == 0]
    assert low and all(f.code in ("MT801", "MT802") for f in low)
    fixes = [fix for f in low for fix in f.fixes]
    assert len(fixes) == 1  # offered once, on MT802
    (fix,) = fixes
    assert fix.applicability is Applicability.UNSAFE
    (edit,) = fix.edits
    assert text[edit.start : edit.end] == "The meeting was in Moscow."
    assert edit.replacement == "The summit took place in Tashkent in 2022."
    first = result.sentences[0]
    assert first.pivot_text is None and first.diff
    assert ("number", "2022", "lost") in _kinds(first.content)
    # The second segment matches its forward translation: no finding, no rewrite.
    assert not [f for f in result.findings if f.start > 0]


def test_cached_result_keeps_diff_content_and_fixes(stub):
    from mtlint.checks.backtranslation.cache import shared_cache

    _round_trip(stub, "de", SENTENCE, "d", "The summit was.")
    first = backtranslate_document(Document(text=SENTENCE, language="en"))
    shared_cache().forget_recent()
    second = backtranslate_document(Document(text=SENTENCE, language="en"))
    assert second is not first
    assert second.sentences == first.sentences
    assert second.findings == first.findings


def test_entry_takes_an_already_loaded_document(stub, tmp_path):
    """checks.pipeline hands the Document it loaded: nothing is read from disk again."""
    from mtlint.checks.pipeline import BacktranslationRequest, backtranslate

    _round_trip(stub, "de", SENTENCE, "d", "The summit was.")
    document = Document(text=SENTENCE, language="en")
    assert document.path is None  # there is no file to read
    result = backtranslate(document, Config(), BacktranslationRequest(pivot="de"))
    assert [s.text for s in result.sentences] == [SENTENCE]
    assert result.findings and result.findings[0].code == "MT801"


# --- the tiny real model -----------------------------------------------------------------------


def test_every_flagged_row_through_the_tiny_model_has_a_diff_and_named_losses(tiny_pair):
    text = (
        "Vladimir Putin met Kim Jong Un in Russia on Sunday. "
        "The summit in Tashkent ended in 2022. "
        "He did not say when the talks on trade and energy would go on."
    )
    result = backtranslate_document(Document(text=text, language="en"), pivot="de")
    flagged = [s for s in result.sentences if s.flagged]
    assert flagged  # gibberish round trips
    for sentence in flagged:
        assert sentence.diff and any(d.op != "equal" for d in sentence.diff)
        assert sentence.pivot_text is not None
        original_numbers = {"2022"} if "2022" in sentence.text else set()
        for number in original_numbers - set(sentence.roundtrip.split()):
            assert ("number", number, "lost") in _kinds(sentence.content)
        lost_names = [i.text for i in sentence.content if i.kind == "name"]
        for name in ("Putin", "Russia", "Tashkent"):
            if name in sentence.text and name.lower() not in sentence.roundtrip.lower():
                assert any(name in lost for lost in lost_names), (name, sentence.content)
    by_start = {f.start: f for f in result.findings}
    for sentence in flagged:
        finding = by_start[sentence.start]
        # The message names the first few (lost ones first) and counts the rest.
        lost_first = sorted(sentence.content, key=lambda issue: issue.change != "lost")
        for issue in lost_first[: findings.MESSAGE_ISSUES]:
            assert issue.message in finding.message
        if len(lost_first) > findings.MESSAGE_ISSUES:
            assert f"and {len(lost_first) - findings.MESSAGE_ISSUES} more" in finding.message


def test_cli_json_with_two_pivots_validates_against_the_schema(tiny_pair, tmp_path, capsys):
    for pair in (("en", "fr"), ("fr", "en")):
        models.install_from_file(build_tiny_package(tmp_path, *pair))
    path = tmp_path / "a.txt"
    path.write_text("The summit in Tashkent ended in 2022. He did not stay.\n", encoding="utf-8")
    main(["check", "--backtranslate", "--pivot", "de,fr", "--format", "json", str(path)])
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, json.loads(SCHEMA.read_text(encoding="utf-8")))
    rows = report["files"][0]["backtranslation"]
    for row in rows:
        assert [p["pivot"] for p in row["pivots"]] == ["de", "fr"]
        assert row["diff"] and {d["op"] for d in row["diff"]} <= {
            "equal",
            "delete",
            "insert",
            "replace",
        }
        assert "pivot_text" in row


def test_pivot_setting_takes_a_list(tmp_path):
    from mtlint.checks.config import config_from_table

    assert config_from_table({"pivot": ["de", "fr"]}).pivot == "de,fr"
    assert pipeline.parse_pivots("de, fr,de") == ("de", "fr")


def test_text_report_shows_pivot_changes_and_losses(stub, tmp_path, capsys):
    _round_trip(stub, "de", SENTENCE, "Der Gipfel fand statt.", "The summit took place.")
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    main(["check", "--backtranslate", "--pivot", "de", str(path)])
    out = capsys.readouterr().out
    assert "      pivot:      Der Gipfel fand statt.\n" in out
    assert "      changes:    The summit took place [-in Tashkent in 2022-] .\n" in out
    assert "      ! the number 2022 is lost\n" in out


def test_html_report_shows_the_flagged_round_trips_as_a_diff(stub, tmp_path, capsys):
    _round_trip(stub, "de", SENTENCE, "Der Gipfel fand statt.", "The summit took place.")
    _round_trip(stub, "de", INTACT, "Er traf.", INTACT)
    path = tmp_path / "a.txt"
    path.write_text(f"{SENTENCE} {INTACT}\n", encoding="utf-8")
    main(["check", "--backtranslate", "--pivot", "de", "--format", "html", str(path)])
    page = capsys.readouterr().out
    assert "<h3>Back-translation: flagged sentences</h3>" in page
    assert "<del>in Tashkent in 2022</del>" in page
    assert "the number 2022 is lost" in page
    assert page.count("<td>1:1</td>") + page.count('<td class="code">1:1</td>') == 1
    assert INTACT not in page.split("flagged sentences")[1]  # only flagged rows
