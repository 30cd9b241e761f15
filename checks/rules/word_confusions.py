"""Real-word slips decided by their context (MT970): a right word in the wrong place, "then"
after a comparative, "form" for "from", "loose" for "lose" … The confusions and their deciding
contexts are data (resources/spelling/confusions.json): see checks/confusions.py."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.checks.confusions import find_confusions
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language


@register
class ConfusedWord(Rule):
    code = "MT970"
    name = "confused-word"
    summary = "A real word in another's place, the context deciding ('higher then expected')."
    languages = frozenset(resource_json("spelling", "confusions.json")["languages"])
    severity = Severity.WARNING
    doc = """
    What it finds: a word that is a real word but not the one its context needs — a slip a
    spell checker passes: "then" after a comparative and before what a comparison compares
    ("higher then expected", "more then 500"), "form" after a word of motion or source
    ("fled form the city", "form scratch"), "loose" after "to" or a modal before an object
    ("to loose weight"), "weather or not", "an affect on", "advise" after a determiner ("the
    advise of"), "lead" after "was"/"has" ("was lead by"), "to chose", "to breath in", and
    idioms one word off ("bare in mind", "free reign", "sneak peak"). Each family's patterns
    and look-alikes are data in resources/spelling/confusions.json; languages: those listed
    there (English).
    Why it matters: a slip that makes another real word survives every spell check and the
    machine translation pass; an editor would fix it, and a reader stumbles on it.
    Fix safety: unsafe: the word the context needs is suggested; the reader confirms it.
    Known false positives: a sequence with its comma lost ("prices went higher then the
    market fell": "then" is right there), "if … higher then" is left alone; a rare verb
    ("to loose a volley"; "to loose their arrows" is left). Confidence per family is its
    measured precision, save the priors the data's doc names ("wee" for "we": 0.85 from one
    real case and repository samples, to be counted on prose).
    """
    examples = (
        Example(
            "Train tickets were 7 percent dearer then last winter.",
            "Train tickets were 7 percent dearer than last winter.",
        ),
        Example(
            "Thousands of people fled form the city overnight.",
            "Thousands of people fled from the city overnight.",
        ),
        Example(
            "Many workers are afraid to loose their jobs.",
            "Many workers are afraid to lose their jobs.",
        ),
        Example(
            "The council has not decided weather or not to close the road.",
            "The council has not decided whether or not to close the road.",
        ),
        Example(
            "The mission was lead by a former general.",
            "The mission was led by a former general.",
        ),
        good("Prices rose first and then fell."),
        good("If the level is higher then the valve closes."),
        good("Earlier in the day, and later then, the talks went on."),
        good("Volunteers form the backbone of the relief effort."),
        good("The letter took a different form the second time."),
        good("The prisoners broke loose the night before."),
        good("Cold weather or not, the march will go ahead."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        for slip in find_confusions(document, base_language(document)):
            yield self.finding(
                slip.start,
                slip.end,
                f"'{slip.typed}' here reads as a slip for '{slip.repaired}'",
                fixes=slip.fixes(),
                confidence=slip.confidence,
            )
