"""MT249 (paragraph-lost-stop): the page-structure readings that keep headings, captions,
credits, lists, quotations' lead-ins, translators' files and other scripts' marks quiet, the
bands, and the fix each language takes. All text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import loader_for
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_fixes
from mtlint.checks.registry import rule_by_code

RULE = rule_by_code("MT249")
BODY = (
    "The two ministers met in the capital on Monday and agreed to open new flights.\n\n"
    "{block}\n\n"
    "The ambassador thanked the government for its support and its help.\n\n"
    "The next round of talks will be held in the spring, officials said."
)


def _findings(text: str, language: str = "en") -> list:
    document = Document(text=text, language=language)
    return list(check_document(document, Config(min_confidence=0.0), rules=[RULE]).findings)


def _band(finding) -> str:
    return dict(finding.data)["band"]


def test_paragraph_of_sentences_is_found_and_fixed():
    block = "Trade grew by a tenth last year. Both sides want it to grow further in the years ahead"
    (finding,) = _findings(BODY.format(block=block))
    assert _band(finding) == "sentences"
    assert 0.2 <= finding.confidence < 0.5  # measured on too few real pages for the bar
    assert finding.fixes[0].applicability.value == "unsafe"
    fixed = apply_fixes(BODY.format(block=block), [finding.fixes[0]]).text
    assert "in the years ahead.\n\n" in fixed


@pytest.mark.parametrize(
    "block",
    [
        # a Title Case heading; a caption with its credit; a credit after a sentence
        "New Flights Between The Two Capitals Will Open In The Spring Season",
        "The minister of foreign affairs speaks to reporters after the talks (Photo: AFP)",
        "The two ministers shook hands after the talks in the capital. Photo: Reuters",
        # a speaker's name after a quotation; a link; an emoji
        "We will open the flights as soon as the planes are ready. Anna Smith",
        "More about the agreement and the new flights: https://example.org/flights-between-capitals",
        "They agreed to open new flights and to visit each other again very soon 🙂",
        # a paragraph that ends on a digit or a closing bracket
        "The number of flights between the two capitals will rise from three to 12",
        "The flights will be run by the national carriers of both countries (see the list)",
    ],
)
def test_headings_captions_credits_and_links_stay_quiet(block):
    assert _findings(BODY.format(block=block)) == []


def test_first_and_last_blocks_are_the_page_s_head_and_foot():
    text = (
        "Ministers agree on new flights between the two capitals in the coming spring\n\n"
        "The two ministers met in the capital on Monday and agreed to open new flights.\n\n"
        "The ambassador thanked the government for its support and its help.\n\n"
        "Reporting by the news desk of the agency in the capital and in the provinces"
    )
    assert _findings(text) == []


def test_a_heading_repeated_in_the_lead_stays_quiet():
    heading = "On Thursday the president inspected the village in the flooded district of the north"
    text = (
        f"{heading}\n\n{heading}\n\n{heading}. He talked to the farmers about the harvest and "
        "the repairs.\n\nThe works will end in the autumn, the governor said."
    )
    assert _findings(text) == []


def test_a_list_of_lines_without_marks_stays_quiet():
    text = (
        "By the end of this chapter, you will be able to do the following things well.\n\n"
        "Describe the reasons why many farmers doubted that the new rules would help them\n\n"
        "Explain how the government changed the rules after the protests of the spring\n\n"
        "Discuss the differences between the old rules and the new rules in the north\n\n"
        "The first rules were written in the spring of that year by a small committee."
    )
    assert _findings(text) == []


def test_a_lead_in_to_a_quotation_is_only_doubtful():
    block = (
        "The minister, who spoke to reporters after the meeting on Monday, said the talks had "
        "gone well and that both sides were ready to sign the agreement"
    )
    text = BODY.format(block=block).replace(
        "The ambassador thanked", "“We are ready to sign,” the ambassador thanked"
    )
    (finding,) = _findings(text)
    assert _band(finding) == "quoted"
    assert 0.2 <= finding.confidence < 0.5


def test_a_page_with_two_open_paragraphs_writes_them_so():
    block = "Trade grew by a tenth last year. Both sides want it to grow further in the years ahead"
    other = "Talks on the new flights went on into the night. Both sides were ready to sign them"
    middle = "The ambassador thanked the government for its support and its help."
    text = BODY.format(block=block).replace(middle, f"{middle}\n\n{other}\n\n{middle}")
    assert len(_findings(text.replace(other, other + "."))) == 1
    assert _findings(text) == []


def test_hard_wrapped_lines_are_not_paragraphs():
    text = (
        "The two ministers met in the capital on Monday and agreed to open new\n"
        "flights between the two capitals. They also agreed to meet again in the\n"
        "Spring when the first flights will have started, and to invite the two\n"
        "Ministers of transport to the next round of talks in the northern city.\n\n"
        "The ambassador thanked the government for its support and its help.\n"
    )
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("language", "block"),
    [
        ("zh", "两国部长周一在首都会晤。他们同意开通新的航班并加强贸易合作"),
        ("hi", "दोनों मंत्रियों ने सोमवार को मुलाकात की। उन्होंने नई उड़ानें शुरू करने पर सहमति जताई।"),
        ("ur", "دونوں وزراء نے پیر کو ملاقات کی۔ انہوں نے نئی پروازیں شروع کرنے پر اتفاق کیا۔"),
    ],
)
def test_other_scripts_marks_end_a_paragraph(language, block):
    lines = [
        "两国部长周一在首都会晤。" if language == "zh" else "The two sides met on Monday.",
        block,
        "大使感谢政府的支持。" if language == "zh" else "The ambassador thanked them.",
    ]
    assert _findings("\n\n".join(lines * 2), language) == []


def test_german_noun_at_the_end_and_the_stop_after_a_closing_quotation():
    text = (
        "Die Minister trafen sich am Montag in der Hauptstadt.\n\n"
        "Der Handel wuchs im vergangenen Jahr um ein Zehntel. Beide Seiten wollen ihn in den "
        "kommenden Jahren weiter stärken und nennen das Ziel „Partnerschaft für die Zukunft“\n\n"
        "Der Botschafter dankte der Regierung für ihre Unterstützung und ihre Hilfe.\n\n"
        "Die nächste Runde findet im Frühjahr statt, sagten die Beamten."
    )
    (finding,) = _findings(text, "de")
    assert finding.fixes[0].applicability.value == "unsafe"
    assert "„Partnerschaft für die Zukunft“.\n" in apply_fixes(text, [finding.fixes[0]]).text


def test_english_stop_goes_inside_the_closing_quotation():
    block = (
        "Trade grew by a tenth last year. Both sides call the plan a “partnership for the "
        "future of the two peoples”"
    )
    (finding,) = _findings(BODY.format(block=block))
    assert "two peoples.”\n" in apply_fixes(BODY.format(block=block), [finding.fixes[0]]).text


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (
            ".po",
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "a"\nmsgstr "Trade grew by a tenth last year. Both sides want it to grow '
            'further in the coming years"\n\nmsgid "b"\nmsgstr "The ambassador thanked the '
            'government for its support."\n\nmsgid "c"\nmsgstr "The talks go on in May."\n',
        ),
        (
            ".srt",
            "1\n00:00:01,000 --> 00:00:03,000\nTrade grew by a tenth last year. Both sides want "
            "it to grow further in the coming years\n\n2\n00:00:03,500 --> 00:00:05,000\nThe "
            "ambassador thanked the government.\n\n3\n00:00:05,500 --> 00:00:07,000\nThe talks "
            "go on in May.\n",
        ),
    ],
)
def test_translators_files_and_subtitles_are_not_read(tmp_path, suffix, content):
    path = Path(tmp_path) / f"file{suffix}"
    path.write_text(content, encoding="utf-8")
    loader = loader_for(path)
    document = loader(path, path.read_bytes())
    result = check_document(document, Config(min_confidence=0.0), rules=[RULE])
    assert result.findings == ()


# h27stops: the page's first block, and an excerpt's first of two paragraphs.
LOST_FIRST = (
    "The weather office said that the coastal towns, the hills and the northern valleys may "
    "see light to moderate rain during the night"
)
NEXT = "The office also expected strong winds over the islands, which will raise the waves."


@pytest.mark.parametrize(
    "text",
    [
        f"{LOST_FIRST}\n{NEXT}",
        f"{LOST_FIRST}\n\n{NEXT}\n\nFarmers were told to protect their crops before the storm.",
    ],
)
def test_first_block_that_lost_its_stop_is_found(text):
    (finding,) = _findings(text)
    assert _band(finding) == "first"
    assert 0.2 <= finding.confidence < 0.5  # one labelled span: doubtful
    assert text[finding.start : finding.end] == "night\n"  # the break where the stop belongs
    assert apply_fixes(text, [finding.fixes[0]]).text.startswith(LOST_FIRST + ".\n")


@pytest.mark.parametrize(
    "first",
    [
        # a title (short); Title Case; a block with no comma
        "Weather office warns of night rain in the coastal towns",
        "Weather Office Warns Coastal Towns, Hills And Valleys Of Heavy Night Rain This Week",
        "The weather office said that the coastal towns and the hills and the northern valleys "
        "may see light to moderate rain during the night",
        # a paragraph ending on a glued stop and a name ("…possible.Floor leader")
        "The office said it would issue its warnings as soon as possible and keep the towns, "
        "the hills and the valleys informed.Deputy director",
    ],
)
def test_first_block_that_is_a_title_is_quiet(first):
    assert _findings(f"{first}\n{NEXT}") == []


def test_first_block_that_the_lead_restates_is_a_dek():
    dek = (
        "The weather office expects light to moderate rain, strong winds and high waves over "
        "the islands and the coast during the night"
    )
    lead = "The weather office expects light rain and strong winds over the islands tonight."
    assert [_band(f) for f in _findings(f"{dek}\n{NEXT}")] == ["first"]
    assert _findings(f"{dek}\n{lead}") == []


def test_first_block_is_quiet_when_the_next_is_open_or_another_paragraph_is():
    assert _findings(f"{LOST_FIRST}\n{NEXT[:-1]}") == []
    other = "Farmers were told that they should protect their crops before the storm arrives"
    text = f"{LOST_FIRST}\n\n{NEXT}\n\n{other}\n\nThe schools will stay open, the office said."
    assert [_band(f) for f in _findings(text)] != ["first"]


# h29ends: a quotation's attribution at the end, a last sentence full of names, the page's
# last block.
def test_a_paragraph_ending_on_an_attribution_is_found():
    block = (
        "“All the depots and the bridges of the rebels are legitimate targets of our forces "
        "from now on,” the minister said"
    )
    (finding,) = _findings(BODY.format(block=block))
    assert _band(finding) == "attribution"
    assert 0.2 <= finding.confidence < 0.5
    assert (
        "from now on,” the minister said.\n\n"
        in apply_fixes(BODY.format(block=block), [finding.fixes[0]]).text
    )


def test_an_excerpt_s_first_block_with_mixed_quotation_marks_and_an_attribution():
    first = (
        "« All the depots, the bridges and the camps of the rebels in the north are legitimate "
        "targets of our army and our police from now on,” the minister said"
    )
    (finding,) = _findings(f"{first}\n{NEXT}")
    assert _band(finding) == "attribution"
    assert text_of(f"{first}\n{NEXT}", finding) == "said\n"


def text_of(text: str, finding) -> str:
    return text[finding.start : finding.end]


def test_a_short_attributed_headline_stays_quiet():
    assert _findings(f"“We will win the vote in the north,” says the minister\n{NEXT}") == []


def test_first_block_whose_last_sentence_is_full_of_names_is_found():
    first = (
        "The minister visited Kamor Village, Lanta Beach District and Erosa Village. On Tuesday "
        "the minister also visited Harbour City, the main town of Asto Regency, Nuvaria"
    )
    (finding,) = _findings(f"{first}\n{NEXT}")
    assert _band(finding) == "first"
    assert text_of(f"{first}\n{NEXT}", finding) == "Nuvaria\n"


PAGE = (
    "The festival opened on Friday with a parade through the old town.\n\n"
    "Thousands of people lined the streets to watch the floats go by.\n\n"
    "{last}"
)


def test_the_page_s_last_paragraph_that_lost_its_stop_is_found():
    last = (
        "I was there with my family. The firemen sprayed water over the crowd. We are already "
        "looking forward to the next year's main parade"
    )
    text = PAGE.format(last=last)
    (finding,) = _findings(text)
    assert _band(finding) == "last"
    assert 0.2 <= finding.confidence < 0.5
    assert apply_fixes(text, [finding.fixes[0]]).text.endswith("main parade.")


@pytest.mark.parametrize(
    "last",
    [
        # one sentence (a credit, a line of a foot); a short last sentence (a credit)
        "Follow our coverage of the festival and the parade in the old town on our website",
        "The floats were built by the schools of the town over the winter. Photo by Anna Berg",
        # a label and a link
        "Read also: the festival in the old town draws thousands. More photos in our gallery",
        # a last sentence of names
        "The parade was led by the mayor. Among the guests were Anna Berg, Tom Lund and Eva Holm",
    ],
)
def test_the_page_s_foot_stays_quiet(last):
    assert _findings(PAGE.format(last=last)) == []


def test_the_last_paragraph_after_an_open_one_is_a_list_s_or_a_verse_s():
    text = PAGE.format(
        last=(
            "We walked along the river to the bridge and back again in the rain\n\n"
            "I was there with my family. We are already looking forward to the next parade"
        )
    )
    assert _findings(text) == []


def test_the_last_paragraph_s_message_names_no_next_paragraph():
    last = "I was there with my family. We are already looking forward to the next year's parade"
    (finding,) = _findings(PAGE.format(last=last))
    assert "last paragraph" in finding.message
    block = "Trade grew by a tenth last year. Both sides want it to grow further in the years ahead"
    (inside,) = _findings(BODY.format(block=block))
    assert "next one starts a new sentence" in inside.message
