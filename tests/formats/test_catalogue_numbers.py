"""Numbers in translators' catalogues read as they are written (h26files, session 22): digits
right after Japanese or Chinese letters, clock times in another notation, names with digits
written with a hyphen, and lists of values the translator kept as their source. Every unit
here is invented, in the shapes group 3 of bench/bench_freshfiles.py showed."""

from __future__ import annotations

import pytest
from mtlint.checks.batch import check_file
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.rules.bilingual import NumberMismatch
from mtlint.checks.rules.locale import NumberFormat


def flagged(rule, source: str, target: str, language: str) -> list[str]:
    document = Document(
        text=target, language=language, source_language="en", units=((0, len(target), source),)
    )
    return [target[f.start : f.end] for f in rule.check(document)]


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        ("Opens at level 12", "レベル12で開きます", "ja"),
        ("Collect 300 coins!", "300コインを集めよう！", "ja"),
        ("Up to 4 retries", "最多重试４次", "zh"),
        ("Backups run at 7am UTC.", "Sicherungen laufen um 07:00 Uhr UTC.", "de"),
        ("Backups run at 7 PM.", "Les sauvegardes ont lieu à 19h00.", "fr"),
        ("Backups run at 7 PM.", "Sicherungen laufen um 19 Uhr.", "de"),
        ("Backups run at 7 PM.", "バックアップは7時に実行", "ja"),
        (
            "Turn off if the Lens3 mode fails.",
            "Ausschalten, falls der Lens-3-Modus scheitert.",
            "de",
        ),
        ("On Version 9 or newer, see help.", "Version9以降はヘルプを参照", "ja"),
    ],
)
def test_the_same_number_in_another_notation_is_no_mismatch(source, target, language):
    assert flagged(NumberMismatch(), source, target, language) == []


@pytest.mark.parametrize(
    ("source", "target", "language", "expected"),
    [
        ("Opens at level 12", "レベル21で開きます", "ja", ["21"]),
        ("Collect 300 coins!", "30コインを集めよう！", "ja", ["30"]),
        ("Backups run at 7am UTC.", "Sicherungen laufen um 08:00 Uhr UTC.", "de", ["08:00"]),
        ("Backups run at 7 PM.", "Sicherungen laufen um 17 Uhr.", "de", ["17"]),
        (
            "Turn off if the Lens3 mode fails.",
            "Ausschalten, falls der Lens-4-Modus scheitert.",
            "de",
            ["4"],
        ),
    ],
)
def test_a_changed_number_is_still_found(source, target, language, expected):
    assert flagged(NumberMismatch(), source, target, language) == expected


def test_a_time_is_one_number_not_two():
    found = flagged(NumberMismatch(), "Starts on %@.", "Beginnt am %@ (14:00 UTC).", "de")
    assert found == ["14:00"]


def test_a_ratio_is_no_time():
    assert flagged(NumberMismatch(), "Wide (16:10)", "Breit (16:10)", "de") == []
    assert flagged(NumberMismatch(), "Wide (16:10)", "Breit (16:9)", "de") != []


def _number_format(source: str, target: str) -> list[tuple[str, float]]:
    document = Document(
        text=target, language="fr", source_language="en", units=((0, len(target), source),)
    )
    return [(target[f.start : f.end], f.confidence) for f in NumberFormat().check(document)]


def test_a_list_value_kept_as_its_source_is_only_doubtful():
    assert _number_format("1.33 (4:3)", "1.33 (4:3)") == [("1.33", 0.3)]
    assert _number_format("2.2", " 2.2 ") == [("2.2", 0.3)]


def test_a_decimal_point_in_a_sentence_stays_confident():
    assert _number_format("Add another 1.5 cups", "Ajoutez encore 1.5 tasses") == [("1.5", 0.8)]
    # a letterless value the translator changed is no copy
    assert _number_format("1.33 (4:3)", "1.33 (4/3)") == [("1.33", 0.8)]


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        ("Raises the daily limit.", "１日ごとの上限が増えます。", "ja"),
        ("This takes less than a minute.", "1分もかかりません。", "ja"),
        ("Shown once per page.", "1ページに一度表示されます。", "ja"),
        ("Items added within a week", "1 週間以内に追加された項目", "ja"),
        ("Sync every hour", "每1小时同步", "zh"),
        ("The day starts at 12:00 AM by default.", "Le jour commence à minuit.", "fr"),
        ("The day starts at 12:00 AM by default.", "Der Tag beginnt um Mitternacht.", "de"),
        ("Lunch is served at 12 PM.", "Il pranzo è servito a mezzogiorno.", "it"),
        ("Opens at noon.", "Öffnet um 12:00 Uhr.", "de"),
    ],
)
def test_a_number_the_other_side_says_in_words_of_time_is_no_mismatch(source, target, language):
    """h29files: "daily" → "１日", "a minute" → "1分", "12:00 AM" → "minuit": a "1" before a
    CJK counter stands for the source's article or frequency word, and CLDR's day periods name
    midnight and noon."""
    assert flagged(NumberMismatch(), source, target, language) == []


@pytest.mark.parametrize(
    ("source", "target", "language", "expected"),
    [
        ("Raises the limit.", "１日ごとの上限が増えます。", "ja", ["１"]),  # no "a" or "daily"
        ("Raises the daily limit.", "2日ごとの上限が増えます。", "ja", ["2"]),
        ("This takes less than a minute.", "1 minute suffit.", "fr", ["1"]),  # no counter
        (  # noon is no midnight: the whole unit lacks the source's time
            "The day starts at 12:00 AM.",
            "Le jour commence à midi.",
            "fr",
            ["Le jour commence à midi."],
        ),
    ],
)
def test_a_number_no_word_of_time_explains_is_still_found(source, target, language, expected):
    assert flagged(NumberMismatch(), source, target, language) == expected


def test_plural_forms_and_inflected_number_words_in_po():
    """h29files, group 2: a Chinese plural entry's only form writes the count as Django's
    "%(counter)s" where the singular source says "1 page"; Russian inflects "one" and "zero"
    ("одну страницу", "равное нулю")."""
    from pathlib import Path

    from mtlint.checks.config import Config
    from mtlint.checks.documents import load_bytes
    from mtlint.checks.engine import check_document

    po = (
        'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        'msgid "Move 1 page"\nmsgid_plural "Move %(counter)s pages"\n'
        'msgstr[0] "移动%(counter)s个页面"\n'
    )
    document = load_bytes(Path("zh.po"), po.encode())
    findings = check_document(document, Config(select=("MT701",))).findings
    assert findings == ()
    assert flagged(NumberMismatch(), "Move 1 page", "Переместить одну страницу", "ru") == []
    assert flagged(NumberMismatch(), "Set it to 0 to stop", "Равное нулю значение", "ru") == []
    assert flagged(NumberMismatch(), "Move 2 pages", "Переместить одну страницу", "ru") != []


@pytest.mark.parametrize(
    ("source", "target", "language", "expected"),
    [
        ("00.00.0000", "00/00/0000", "fr", []),  # a date mask, another separator
        ("Fewer than 1000 items", "Moins de 1\u2009000 articles", "fr", []),  # a thin space
        ("Fewer than 1000 items", "Moins de 1\u2009001 articles", "fr", ["1\u2009001"]),
        ("Due 17.12.2024", "Échéance : 12/17/2024", "fr", []),
        ("ETA:10:10", "Temps restant estimé : 10:10", "fr", []),  # a time after a label
        ("Due 17.12.2024", "Échéance : 18/12/2024", "fr", ["18"]),
        ("ETA:10:10", "Temps restant : 10:20", "fr", ["10:20"]),
    ],
)
def test_dates_and_times_after_a_label_are_their_numbers(source, target, language, expected):
    """h29files, group 2 (qTox): a date mask whose separator the locale changes, and a time
    glued to a label's colon, read as their numbers on both sides."""
    assert flagged(NumberMismatch(), source, target, language) == expected


def test_arabic_and_persian_separators_keep_a_number_whole():
    """h32files (lichess' Persian ARB): "۱٬۰۰۰" with the Arabic thousands separator is 1000,
    not a "1" and a "000" the source lacks; "۳٫۵" with the Arabic decimal separator is 3.5."""
    from mtlint.checks.numberwords import number_key, number_tokens

    found = [number_key(written) for _, _, written in number_tokens("از ۱٬۰۰۰ بازیکن، ۳٫۵ امتیاز")]
    assert found == [number_key("1,000"), number_key("3.5")]


def test_arabic_number_words_in_their_case_and_gender_forms(tmp_path):
    """h32files (lichess' Arabic ARB): Arabic writes a number's accusative/genitive and
    feminine forms ("ثلاثين", "اثنتين", "اربعة" without its hamza): no number lost."""
    en = '{"@@locale": "en", "a": "Faster than 30 seconds", "b": "Drew 2 and lost 1."}'
    ar = '{"@@locale": "ar", "a": "أسرع من ثلاثين ثانية", "b": "تعادل في اثنتين وخسر واحدة."}'
    (tmp_path / "app_en.arb").write_text(en, encoding="utf-8")
    (tmp_path / "app_ar.arb").write_text(ar, encoding="utf-8")
    report = check_file(tmp_path / "app_ar.arb", Config(select=("MT701",)))
    assert not report.findings, [f.finding.message for f in report.findings]
