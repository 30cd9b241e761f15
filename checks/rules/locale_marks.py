"""Locale marks (MT940, MT950): signs, ordinals and decades written as another locale writes
them — a compatibility character standing for a sign and a letter or an abbreviation ("25℃",
"№ 5", "２０２３", "ﬁnancial") where the target's typography writes the plain sequence, an
English decade or a Romance ordinal mark in the wrong language ("in den 1990s", "the 2º
round"). A currency sign glued where CLDR spaces it ("50€" in German) is MT943's
(rules/number_units.py), read by the same judge: ``checks/localemarks.py`` (Unicode's
decompositions, CLDR through Babel, ``resources/typography/locale_forms.json`` and the
document's own majority), the second half of the locale-forms recogniser of MT945–MT949.
"""

from __future__ import annotations

from mtlint.checks import localemarks
from mtlint.checks.localerule import LOCALE_DOC, LocaleJudgeRule
from mtlint.checks.model import Severity
from mtlint.checks.registry import Example, good, register


@register
class CompatibilityCharacter(LocaleJudgeRule):
    code = "MT940"
    name = "compatibility-character"
    summary = "A compatibility sign for a sign and a letter or an abbreviation ('25℃', '№ 5')."
    severity = Severity.WARNING
    judge = staticmethod(localemarks.compatibility_marks)
    doc = LOCALE_DOC.format(
        what="a character Unicode keeps only for compatibility with East Asian and legacy "
        "encodings, which stands for a plain sequence (NFKC; its decomposition tag is wide, "
        "square, circle or compat): full-width digits, letters and the signs $ % + − in a "
        "Latin-, Cyrillic- or other non-CJK text ('２０２３', 'ＧＤＰ'), the degree-with-letter "
        "signs ('25℃' → '25°C'), the numero sign where the language abbreviates it ('№ 5' → "
        "'No. 5' in English, 'Nr. 5' in German; Russian, Ukrainian, Bulgarian… write '№' "
        "themselves), Roman numeral characters ('World War Ⅱ'), enclosed numbers ('①', '⑴'), "
        "squared units ('5㎞') and ligature characters ('ﬁnancial'). Full-width forms and "
        "ligatures 0.8; the other signs 0.7, 0.8 when the text writes the plain sequence "
        "elsewhere, 0.45 when it writes the same sign three or more times and never the "
        "plain one (a house style).",
        why="a Chinese, Japanese or Korean source, a Russian source or a PDF extraction "
        "leaves its encoding's characters; they look odd, break search and copy-and-paste, "
        "and a reader's font may lack them.",
        fix="unsafe: the plain sequence (NFKC), the numero sign as the language abbreviates "
        "it (resources/typography/locale_forms.json numero).",
        fp="Chinese, Japanese and Korean texts are never read; a sign beside CJK characters "
        "(a quoted source), in a URL or path is left alone; superscripts (m², ™), fractions "
        "(½), mathematical letters (ℝ) and word-like signs (℅) are not read.",
    )
    examples = (
        Example("It was 35℃ in the shade.", "It was 35°C in the shade."),
        Example("Sie wohnt in Haus №5.", "Sie wohnt in Haus Nr. 5.", "de"),
        Example("Sales rose in ２０２３ again.", "Sales rose in 2023 again."),
        Example("The ﬁnal report is out.", "The final report is out."),
        good("Он живёт в доме № 5.", "ru"),
        good("气温为35℃。", "zh"),
        good("The area is 5 m² and costs ½ of it; the ™ sign stays."),
    )


@register
class ForeignOrdinalShape(LocaleJudgeRule):
    code = "MT950"
    name = "foreign-ordinal-shape"
    summary = "A decade or ordinal in another language's shape ('in den 1990s', 'the 2º round')."
    severity = Severity.WARNING
    judge = staticmethod(localemarks.ordinal_shapes)
    doc = LOCALE_DOC.format(
        what="an English decade ('1990s', \"'90s\") in a language that writes its own "
        "('1990er', 'années 1990', 'años 1990', '1990-е', 'lata 90.'; "
        "resources/typography/locale_forms.json decades), unless the word before it is an "
        "English one ('of the 1990s': an untranslated phrase, MT502's); and in English, a "
        "Romance ordinal indicator or French ordinal suffix on a number ('2º', '1.ª', "
        "'3ème', '1ère'). And an English ordinal suffix in a language that writes its own "
        "ordinal ('beim 2nd Versuch' → '2.', 'fini 1st' → '1er', 'quedó 2nd' → '2.º'; "
        "resources/typography/locale_forms.json ordinal_forms), not a day beside a month "
        "(MT949's), a century beside the century word (MT954's), an English phrase or an "
        "English name after it ('5th Avenue'). 0.75.",
        why="MT copies the source's number with its suffix; the target's reader sees "
        "another language's typography.",
        fix="unsafe: the target's shape ('1990er'; 'в 1990-х' after a preposition that "
        "governs a case; the English suffix '2nd').",
        fp="a degree written with the ordinal indicator ('25ºC', '40º N') is left alone; a "
        "title quoted in English inside another language ('Hits of the 1990s') when the word "
        "before is English.",
    )
    examples = (
        Example(
            "In den 1990s wuchs die Stadt schnell.",
            "In den 1990ern wuchs die Stadt schnell.",
            "de",
        ),
        Example(
            "Dans les 1990s, la ville a grandi.", "Dans les années 1990, la ville a grandi.", "fr"
        ),
        Example("В 1990s город быстро рос.", "В 1990-х город быстро рос.", "ru"),
        Example("She finished 2º in the final.", "She finished 2nd in the final."),
        Example("Sie wurde 2nd beim Wettbewerb.", "Sie wurde 2. beim Wettbewerb.", "de"),
        good("It was 25ºC and the team finished 2nd in the 1990s.", "en"),
        good("Die Stadt wuchs in den 1990er Jahren.", "de"),
    )
