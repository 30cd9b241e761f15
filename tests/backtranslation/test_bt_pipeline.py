"""Round trip and bilingual path through the tiny real packages: plumbing, cache, progress,
cancellation, pivots. (The tiny model's output is gibberish: scores are tested elsewhere.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from argos_tiny import build_tiny_package
from mtlint.checks.backtranslation import (
    BacktranslationCancelled,
    BacktranslationError,
    backtranslate_document,
    models,
    translate,
)
from mtlint.checks.backtranslation.cache import shared_cache
from mtlint.checks.documents.base import Document

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"

TEXT = (
    "The president arrived in Tashkent on Sunday. He met the leader of Uzbekistan.\n\n"
    "Talks were held on trade and energy. The visit ends on Tuesday."
)


def _calls() -> dict[str, int]:
    return {loaded.info.label: loaded.calls for loaded in translate._loaded.values()}


def _doc(text: str = TEXT, language: str = "en") -> Document:
    return Document(text=text, language=language)


def test_round_trip_end_to_end(tiny_pair):
    document = _doc()
    seen: list[tuple[int, int]] = []
    result = backtranslate_document(document, progress=lambda d, t: seen.append((d, t)))
    assert result.pivot == "de"
    assert result.semantic is False
    texts = [s.text for s in result.sentences]
    assert texts == [
        "The president arrived in Tashkent on Sunday.",
        "He met the leader of Uzbekistan.",
        "Talks were held on trade and energy.",
        "The visit ends on Tuesday.",
    ]
    for score in result.sentences:
        assert document.text[score.start : score.end] == score.text
        assert (score.line, score.column) == document.line_col(score.start)
        assert isinstance(score.roundtrip, str)
        assert 0.0 <= score.chrf <= 100.0 and 0.0 <= score.bleu <= 100.0 and score.ter >= 0.0
    assert [(s.line, s.column) for s in result.sentences] == [(1, 1), (1, 46), (3, 1), (3, 38)]
    assert set(result.document_scores) == {"chrf", "bleu", "ter"}
    # Progress: starts at 0, never goes back, ends at the total (two passes per sentence).
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    # Both directions were used, in batches.
    assert set(_calls()) == {"en→de", "de→en"}
    # Gibberish scores low: every sentence is flagged, worst first, with the MT801 code.
    assert result.findings
    chrfs = [dict(f.data)["chrf"] for f in result.findings]
    assert chrfs == sorted(chrfs)
    assert {f.code for f in result.findings} == {"MT801"}
    assert {f.family for f in result.findings} == {"backtranslation"}


def test_seed_article_round_trip(tiny_pair):
    document = Document(text=SEED.read_text(encoding="utf-8"), language="en")
    result = backtranslate_document(document)
    expected = [s for s in document.sentences if any(c.isalnum() for c in s.text(document.text))]
    assert len(result.sentences) == len(expected)
    assert [s.start for s in result.sentences] == [s.start for s in expected]


def test_missing_model_is_one_clear_line(tiny_pair):
    with pytest.raises(BacktranslationError) as caught:
        backtranslate_document(_doc(), pivot="ar")
    assert str(caught.value) == (
        "no en→ar, ar→en models (download ≈ 162 MB): mtlint models download en ar;"
        " mtlint models download ar en, or mtlint models install FILE"
    )
    assert caught.value.pairs == [("en", "ar"), ("ar", "en")]


def test_nothing_installed_names_the_default_pivot(fresh_argos):
    with pytest.raises(BacktranslationError) as caught:
        backtranslate_document(_doc())
    assert str(caught.value).startswith("no en→de, de→en models (download ≈ 166 MB):")


def test_pivot_equal_to_the_document_language_is_refused(tiny_pair):
    with pytest.raises(BacktranslationError, match="pivot language must differ"):
        backtranslate_document(_doc(), pivot="en")


def test_second_run_hits_the_cache(tiny_pair):
    first = backtranslate_document(_doc())
    after_first = _calls()
    assert after_first["en→de"] >= 1 and after_first["de→en"] >= 1
    seen: list[tuple[int, int]] = []
    second = backtranslate_document(_doc(), progress=lambda d, t: seen.append((d, t)))
    assert _calls() == after_first  # no translator call at all
    assert seen == [(8, 8)]
    # The cached result is the same result (in one process, the very same object).
    assert second is first
    shared_cache().forget_recent()
    second = backtranslate_document(_doc())
    assert second is not first
    assert _calls() == after_first
    assert second.sentences == first.sentences
    assert second.findings == first.findings
    assert [f.data for f in second.findings] == [f.data for f in first.findings]
    assert second.document_scores == first.document_scores
    assert (second.pivot, second.semantic, second.bilingual) == ("de", False, False)
    assert [s.roundtrip for s in second.sentences] == [s.roundtrip for s in first.sentences]
    # use_cache=False translates again (and gives the same, deterministic, output).
    third = backtranslate_document(_doc(), use_cache=False)
    assert _calls()["en→de"] == after_first["en→de"] + 1
    assert [s.roundtrip for s in third.sentences] == [s.roundtrip for s in first.sentences]


def test_cache_survives_a_new_process_but_not_a_new_model(tiny_pair, tmp_path):
    first = backtranslate_document(_doc())
    # As in a new process: only the SQLite file remains.
    translate.clear_loaded()
    shared_cache().forget_recent()
    from_disk = backtranslate_document(_doc())
    assert all(count == 0 for count in _calls().values())
    assert from_disk is not first and from_disk.sentences == first.sentences
    # Another model for the same pair (different version) must not be served cached output.
    rebuilt = build_tiny_package(tmp_path / "v2", "en", "de")
    models.install_from_file(rebuilt)
    installed = models.installed_package("en", "de")
    metadata = installed.path / "metadata.json"
    metadata.write_text(metadata.read_text().replace("0.1-tiny", "0.2-tiny"))
    translate.clear_loaded()
    backtranslate_document(_doc())
    assert _calls()["en→de"] >= 1


def test_only_changed_sentences_are_translated_again(tiny_pair):
    backtranslate_document(_doc())
    translate.clear_loaded()
    backtranslate_document(_doc(TEXT.replace("Tuesday", "Friday")))
    # The one new sentence needed a call; the rest came from the cache.
    assert _calls()["en→de"] == 1


def test_cancel_between_batches(tiny_pair, monkeypatch):
    monkeypatch.setattr(translate, "BATCH_SIZE", 1)
    done: list[int] = []
    polls = iter(range(100))

    def cancelled() -> bool:
        return next(polls) >= 3

    with pytest.raises(BacktranslationCancelled):
        backtranslate_document(
            _doc(), cancelled=cancelled, progress=lambda d, t: done.append(d), use_cache=False
        )
    assert 0 < max(done) < 8
    assert BacktranslationCancelled.__mro__[1] is BacktranslationError


def test_declared_source_language_is_the_pivot(tiny_pair):
    document = Document(text="Der Präsident traf am Sonntag in Taschkent ein.", language="de")
    result = backtranslate_document(document, pivot="fr", source_language="en")
    assert result.pivot == "en"


def test_chains_through_english(tmp_path, fresh_argos):
    for pair in (("de", "en"), ("en", "de"), ("en", "fr"), ("fr", "en")):
        models.install_from_file(build_tiny_package(tmp_path, *pair))
    document = Document(text="Der Präsident traf am Sonntag in Taschkent ein.", language="de")
    seen: list[tuple[int, int]] = []
    result = backtranslate_document(document, pivot="fr", progress=lambda d, t: seen.append((d, t)))
    assert result.pivot == "fr"
    assert seen[-1] == (2, 2) and len(seen) > 3  # every hop of the chain reports
    assert len(result.sentences) == 1
    # de→fr went de→en→fr, and back fr→en→de: all four packages were used.
    assert set(_calls()) == {"de→en", "en→fr", "fr→en", "en→de"}


def test_bilingual_same_count_is_one_to_one(tiny_pair):
    source = (
        "Der Präsident kam am Sonntag an. Er traf den Leiter.\n\n"
        "Gespräche über Handel. Der Besuch endet."
    )
    result = backtranslate_document(_doc(), source_text=source, source_language="de")
    assert result.bilingual and result.pivot == "de"
    assert [s.source for s in result.sentences] == [
        "Der Präsident kam am Sonntag an.",
        "Er traf den Leiter.",
        "Gespräche über Handel.",
        "Der Besuch endet.",
    ]
    for score in result.sentences:
        assert isinstance(score.forward, str) and score.forward_chrf is not None
    assert {"chrf", "bleu", "ter", "forward_chrf", "forward_bleu"} <= set(result.document_scores)
    assert {f.code for f in result.findings} <= {"MT801", "MT802"}
    assert "MT802" in {f.code for f in result.findings}  # gibberish forward translations


def test_bilingual_different_counts_are_aligned_by_length(tiny_pair):
    # The source says in one sentence what the translation splits in two.
    source = (
        "Der Präsident kam am Sonntag in Taschkent an und traf den Leiter von Usbekistan.\n\n"
        "Gespräche über Handel und Energie. Der Besuch endet am Dienstag."
    )
    result = backtranslate_document(_doc(), source_text=source, source_language="de")
    assert len(result.sentences) == 3
    first = result.sentences[0]
    assert (
        first.text
        == "The president arrived in Tashkent on Sunday. He met the leader of Uzbekistan."
    )
    assert first.source.startswith("Der Präsident kam")
    assert [s.source for s in result.sentences[1:]] == [
        "Gespräche über Handel und Energie.",
        "Der Besuch endet am Dienstag.",
    ]


def test_bilingual_units_from_a_bilingual_format(tiny_pair):
    text = "Hello there. Good night."
    document = Document(
        text=text,
        language="en",
        source_language="de",
        units=((0, 12, "Hallo da."), (13, 24, "Gute Nacht.")),
    )
    result = backtranslate_document(document)
    assert [(s.text, s.source) for s in result.sentences] == [
        ("Hello there.", "Hallo da."),
        ("Good night.", "Gute Nacht."),
    ]


def test_no_torch_no_stanza_no_argos_translate_module(tiny_files, tmp_path):
    """argostranslate.translate (torch, MiniSBD/stanza which download models) is never imported."""
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["ARGOS_PACKAGES_DIR"] = {str(tmp_path / "pk")!r}
        os.environ["MTLINT_CACHE_DIR"] = {str(tmp_path / "cache")!r}
        os.environ["MTLINT_SEMANTIC"] = "0"
        from mtlint.checks.backtranslation import models, backtranslate_document
        from mtlint.checks.documents.base import Document
        for path in {[str(p) for p in tiny_files.values()]!r}:
            models.install_from_file(path)
        document = Document(text="The president arrived on Sunday.", language="en")
        result = backtranslate_document(document)
        assert len(result.sentences) == 1
        heavy = [m for m in ("torch", "stanza", "minisbd", "argostranslate.translate",
                             "argostranslate.sbd") if m in sys.modules]
        print("HEAVY", heavy)
        """
    )
    env = {k: v for k, v in __import__("os").environ.items()}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=str(SEED.parents[1]),
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout


def test_worker_threads_share_loaded_translators(tiny_pair):
    """The desktop app calls from worker threads: concurrent runs agree and load each model once."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [TEXT, TEXT.replace("Sunday", "Monday"), TEXT.replace("trade", "gas")]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda t: backtranslate_document(_doc(t), use_cache=True), texts))
    assert [len(r.sentences) for r in results] == [4, 4, 4]
    assert len(translate._loaded) == 2
    alone = backtranslate_document(_doc(texts[1]), use_cache=False)
    assert [s.roundtrip for s in alone.sentences] == [s.roundtrip for s in results[1].sentences]


def test_preload_loads_both_directions(tiny_pair):
    from mtlint.checks.backtranslation import preload

    assert preload("en") == "de"
    assert set(_calls()) == {"en→de", "de→en"}
    assert all(count == 0 for count in _calls().values())
