"""MT970 (confused-word): real-word slips decided by their context, and the look-alikes each
family must leave alone. Invented sentences showing the shapes found in real text (BENCHMARKS.md
h20confuse)."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.confusions import confusion_table, find_confusions
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_text
from mtlint.checks.resourcefiles import resource_json


def found(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language="en", config=Config(min_confidence=0.2)).findings
        if f.code == "MT970"
    ]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        # than/then: a comparative, then what a comparison compares.
        ("Bus fares are 8 percent higher then they were last spring.", ("then", "than")),
        ("The file must not be longer then 50 characters.", ("then", "than")),
        ("Some slices are larger then others.", ("then", "than")),
        ("You can apply it to more then just files.", ("then", "than")),
        ("Use the newer call (rather then the old one) for keys.", ("then", "than")),
        ("It fails for reasons other then a missing file.", ("then", "than")),
        ("Exports grew faster then expected this quarter.", ("then", "than")),
        ("The new curtains look more pretty then the old ones did.", ("then", "than")),
        ("It happens more often then not.", ("then", "than")),
        ("It sifts down until its children are less then the node.", ("then", "than")),
        ("Pick a number less then twenty.", ("then", "than")),
        ("Buy three or more then pay less at the till.", None),
        ("Add a little more then stir the sauce.", None),
        ("We knew less then than we know now.", None),  # "then": at that time
        ("The new model is more expensive then the old one.", ("then", "than")),
        ("He ran more slowly then he wanted to stop.", None),
        ("He worked more, then he rested.", None),
        ("Prices rose first and then fell.", None),
        ("If the level is higher then the valve closes.", None),  # a condition's "then"
        ("It grew stronger then it weakened again.", None),  # "they/it" + no auxiliary
        ("The team grew stronger then they lost the final.", None),
        ("Prices went higher then lower over the week.", None),
        ("They hugged each other then left the hall.", None),
        ("Wait a little later then try again.", None),  # "later" is no comparative here
        ("Once more then the crowd cheered.", None),
        # from/form.
        ("Thousands of people fled form the city overnight.", ("form", "from")),
        ("The result is different form the old one.", ("form", "from")),
        ("They rebuilt the school form scratch.", ("form", "from")),
        ("The exhibition runs form March to June.", ("form", "from")),
        ("Volunteers form the backbone of the relief effort.", None),
        ("The letter took a different form the second time.", None),
        ("The two parties agreed to form a coalition.", None),
        ("This form may only be used at the module level.", None),
        # lose/loose.
        ("Many workers are afraid to loose their jobs.", ("loose", "lose")),
        ("Old packages will loose their icons.", ("loose", "lose")),
        ("The storm will loose power over the hills.", ("loose", "lose")),
        ("The company keeps loosing money.", ("loosing", "losing")),
        ("The prisoners broke loose the night before.", None),
        ("Append the text to loose list items.", None),
        ("The screws are not loose at all.", None),
        # whether/weather.
        ("The council has not decided weather or not to close the road.", ("weather", "whether")),
        ("Weather or not the key is present, the call returns.", ("Weather", "Whether")),
        ("Cold weather or not, the march will go ahead.", None),
        # effect/affect, advice/advise, led/lead, choose, breathe.
        ("The changes will take affect after a restart.", ("affect", "effect")),
        ("The drug had no side affect at all.", ("affect", "effect")),
        # The verb slot's "effect" for "affect" is not read (no real case measured).
        ("The strike could seriously effect the economy.", None),
        ("The new rules will take effect on Monday.", None),
        ("The effect on prices was small.", None),
        ("Thanks for the advise, it worked.", ("advise", "advice")),
        ("Maybe you could advice me about the best route.", ("advice", "advise")),
        ("Please advice, the deadline is near.", ("advice", "advise")),
        ("Patients have access to advice the whole day.", None),
        ("The advise API was revamped in this release.", None),
        ("The team was lead by a former general.", ("lead", "led")),
        ("The reform has lead to higher prices.", ("lead", "led")),
        ("Remove the code which would led to a crash.", ("led", "lead")),
        ("The pipes have lead in them.", None),
        ("A simple fix is to chose the lowest number.", ("chose", "choose")),
        ("She chose the lowest number.", None),
        ("Patients found it hard to breath in the heat.", ("breath", "breathe")),
        ("She held her breath in the water.", None),
        # Idioms one word off.
        ("Please bare in mind that the office is closed.", ("bare", "bear")),
        ("The coach gave the players free reign.", ("reign", "rein")),
        ("Here is a sneak peak at the new model.", ("peak", "peek")),
        ("The storm could wreck havoc on the coast.", ("wreck", "wreak")),
        ("The story peaked my interest.", ("peaked", "piqued")),
        ("Prices peaked in the spring.", None),
        ("They stripped the walls bare in a day.", None),
        ("The warranty gives you piece of mind.", ("piece", "peace")),
        ("He handed her a piece of the cake.", None),
        # quite/quiet, through/threw.
        ("I have used it for quiet a few years.", ("quiet", "quite")),
        ("The street has been quiet a few days.", None),
        ("Quiet a few noisy warnings in the build.", None),
        ("I went threw the code twice.", ("threw", "through")),
        ("Every feature that came or went threw away the cache.", None),
    ],
)
def test_confused_words(text, slip):
    assert found(text) == ([slip] if slip else [])


@pytest.mark.parametrize(
    "text",
    [
        # A guard's word on the line before a hard wrap still counts (review M1).
        "In the end the delegations said that they would\nrather then stay one more day.",
        "The two leaders greeted each\nother then left the hall together.",
        "The crowd waited and once\nmore then the band came back on stage.",
        "When the pump has run and if the water level\nis higher then the valve closes.",
        "After the storm the prisoners broke\nloose the night before the trial.",
    ],
)
def test_a_single_line_break_reads_as_a_space(text):
    assert found(text) == []
    assert found(text.replace("\n", " ")) == []


def test_a_blank_line_still_ends_the_context():
    assert found("They said they would\n\nrather then stay.") == [("then", "than")]
    assert found("The exports grew\nfaster then expected.") == [("then", "than")]


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes of the review (S1), invented: each once fired at the bar.
        "Some other then unknown painters joined the group.",
        "Their other then famous song was left off the album.",
        "I would much rather then go home.",
        "Wait till it is warmer then we can go out.",
        "Wait until the soup is cooler then we can eat.",
        "She was more famous then in Europe than at home.",
        "Let the dough rest a little longer then you can shape it.",
        "The man she was married to chose to stay in Lyon.",
        "The party he belonged to led the coalition for years.",
        "My mantra is lead by example.",
        "Their protest took different form each year.",
        "The striker gained form this season.",
        "The knot was never loose the whole time.",
        "The wires were also loose the next morning.",
        "Many savers welcomed the return to loose money after the crisis.",
        "The archers were told to loose their arrows at dawn.",
        "Investors consider weather a major risk for crops.",
        "Research into affect and memory has grown.",
        "The study looked into affect regulation in children.",
        "The role of positive affect on memory was tested.",
        "The graduates who passed threw their caps into the air.",
        "Fans who went threw flowers onto the stage.",
        "Please keep it quiet a bit longer while the baby sleeps.",
        "Keep this quiet a while, the minister told aides.",
        "The tug will tow the line of barges upriver.",
        # A "to" stranded after a verb that gives to someone (session 16's review, invented).
        "The firm he sold the shares to led the bid.",
        "The fund they lent the money to chose a new chief.",
        "The team she handed the plans to led the project well.",
    ],
)
def test_look_alikes_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A time "then" after a predicate comparative and a preposition is as common as the
        # slip: doubtful tier only (review S1).
        "Life was easier then for most families in the valley.",
        "Taxes were higher then on imported goods.",
        "We knew less then about the virus.",
        "They paid more then for a loaf of bread.",
    ],
)
def test_a_comparative_then_before_a_preposition_is_doubtful(text):
    findings = check_text(text, language="en", config=Config(min_confidence=0.2)).findings
    assert [(f.code, f.confidence < 0.5) for f in findings if f.code == "MT970"] == [
        ("MT970", True)
    ]


def test_the_slips_next_to_the_new_guards_still_fire():
    assert found("A simple way is to chose the lowest bid.") == [("chose", "choose")]
    assert found("The army was lead by a young officer.") == [("lead", "led")]
    assert found("Many fear they will never loose the extra weight.") == [("loose", "lose")]
    assert found("He was more then a friend to us.") == [("then", "than")]
    assert found("I went threw the files twice.") == [("threw", "through")]
    assert found("The firm wants to led the bid.") == [("led", "lead")]
    assert found("He sold the shares in order to led the bid.") == [("led", "lead")]


def test_a_name_in_code_or_a_capital_after_a_word_is_left_alone():
    assert found("Call the advise() function before the loop.") == []
    assert found("The problem was reported by Than in the tracker.") == []


def test_confidence_is_the_family_confidence():
    families = resource_json("spelling", "confusions.json")["languages"]["en"]["families"]
    document = Document(text="Prices were higher then expected and people fled form the city.")
    slips = find_confusions(document, "en")
    assert [(slip.family, slip.confidence) for slip in slips] == [
        ("than-then", families["than-then"]["confidence"]),
        ("from-form", families["from-form"]["confidence"]),
    ]


def test_every_pattern_names_one_typed_word_and_known_sets():
    table = confusion_table("en")
    assert table is not None
    entry = resource_json("spelling", "confusions.json")["languages"]["en"]
    for family in entry["families"].values():
        assert 0.2 <= family["confidence"] <= 1
        for item in family["patterns"]:
            assert item["pattern"].count("{") == 1 == item["pattern"].count("}")
            assert item["fix"] and item["fix"] != item["pattern"].split("{")[1].split("}")[0]


def test_languages_without_a_table_are_off():
    assert confusion_table("xx") is None
    assert find_confusions(Document(text="It was higher then expected."), "de") == []


@pytest.mark.parametrize(
    "text, slip",
    [
        # "wee" for "we" or "were" (invented sentences of the shapes found in real text).
        ("Two of the draft laws wee rejected on Friday.", ("wee", "were")),
        ("So wee have to check the list again.", ("wee", "we")),
        ("Wee decided to close the shop early.", ("Wee", "We")),
        ("That is how wee used the old tool.", ("wee", "we")),
    ],
)
def test_wee_for_we_or_were(text, slip):
    assert found(text) == [slip]


@pytest.mark.parametrize(
    "text",
    [
        "He bought a wee used car in Glasgow.",
        "They talked until the wee hours.",
        "It was a wee bit cold, and the wee crooked man smiled.",
        "The wee red house stood by the loch.",
        "Wee Willie Winkie runs through the town.",
        "The puppy was so wee.",
    ],
)
def test_the_scots_wee_is_left_alone(text):
    assert found(text) == []
