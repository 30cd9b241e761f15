"""Every rule's declared examples are its tests: bad text is flagged and fixed as declared,
good text stays quiet."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.registry import FAMILIES, all_rules

RULES = all_rules()
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{index}-{'good' if example.is_good else 'bad'}")
    for rule in RULES
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example):
    document = Document(text=example.bad, language=example.language)
    if example.source is not None:
        # A bilingual example: one unit whose target is the whole text.
        from mtlint.checks.glossary import GlossaryEntry

        document = Document(
            text=example.bad,
            language=example.language,
            units=((0, len(example.bad), example.source),),
            source_text=example.source,
            source_language=example.source_language,
            glossary=tuple(GlossaryEntry(*row) for row in example.glossary),
        )
    result = check_document(document, Config(min_confidence=0.0), rules=[rule])
    assert not result.failures, result.failures
    if example.is_good:
        assert result.findings == (), f"{rule.code} flagged good text: {result.findings}"
        return
    assert result.findings, f"{rule.code} missed: {example.bad!r}"
    preferred = [f.fixes[0] for f in result.findings if f.fixes]
    assert apply_fixes(example.bad, preferred).text == example.fixed


def test_every_rule_is_declared_fully():
    codes = set()
    for rule in RULES:
        assert rule.code not in codes
        codes.add(rule.code)
        assert rule.code[:3] in FAMILIES, rule.code
        assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
        assert rule.summary and rule.doc
        for heading in ("What it finds", "Why it matters", "Fix safety", "Known false positives"):
            assert heading in rule.doc, f"{rule.code} doc lacks '{heading}'"
        # MT8xx findings come from the back-translation pipeline (it needs a model), not from
        # the rule's check: tests/backtranslation covers them with known strings.
        assert rule.family == "backtranslation" or any(not e.is_good for e in rule.examples), (
            f"{rule.code} has no bad example"
        )
        assert any(e.is_good for e in rule.examples), f"{rule.code} has no good example"
