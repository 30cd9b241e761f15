"""MT266's lead words are the language's data (date_leads and time_leads in
resources/typography/en.json), not a list in the rule: each word of the table leads a date or a
time, and a word outside it does not. Every sentence is made up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document

TABLE = json.loads(
    (Path(__file__).resolve().parents[2] / "resources/typography/en.json").read_text("utf-8")
)


def spans(text: str) -> list[str]:
    result = check_document(Document(text=text, language="en"), Config(select=("MT266",)))
    return [text[f.span.start : f.span.end] for f in result.findings]


@pytest.mark.parametrize("lead", TABLE["date_leads"])
def test_every_date_lead_of_the_table_leads_a_year_first_date(lead):
    assert spans(f"The orchard was planted {lead} 2019.4.23 by the villagers.") == ["2019.4.23"]


@pytest.mark.parametrize("lead", TABLE["time_leads"])
def test_every_time_lead_of_the_table_leads_a_time(lead):
    assert spans(f"The ferry sails {lead} 14h45 every day.") == ["14h45"]


def test_a_word_outside_the_tables_leads_neither():
    assert spans("The orchard was planted near 2019.4.23 and the ferry took about 14h45.") == []
