"""A further dev set (realmt-en2, realmt-en3) takes no excerpt from an earlier set's outlets or a
held-out outlet; every held-out set, a numbered one too (realmt-ru2-heldout), takes none from a
dev folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from realmt_build import LabelError, build_set, built_path, is_heldout, set_language  # noqa: E402
from realmt_outlets import FRESH_SETS, earlier_sets, refusal, refused_outlets, urls_of  # noqa: E402

EXCERPT = "=== en-mt-001\nurl: {url}\nsite: x\nretrieved: 2026-12-05\ntext:\nSome text.\n"


def _labels(folder: Path, *urls: str) -> None:
    folder.mkdir(parents=True)
    rows = [{"id": f"x-{n}", "url": url} for n, url in enumerate(urls)]
    (folder / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A bench/data with a first English set, a held-out set, and an empty realmt-en2."""
    _labels(tmp_path / "realmt-en", "https://news.first-outlet.com/a", "https://de.example.org/b")
    _labels(tmp_path / "realmt-en-heldout", "https://www.heldout-outlet.com.tr/c")
    (tmp_path / "realmt-en2").mkdir()
    return tmp_path


def _build(data: Path, name: str, url: str) -> list[dict]:
    folder = data / name
    folder.mkdir(exist_ok=True)
    (folder / "excerpts.txt").write_text(EXCERPT.format(url=url))
    return build_set(folder, set(), data=data)


def test_numbered_set_is_english_and_follows_the_first() -> None:
    assert set_language(Path("realmt-en2")) == "en"
    assert set_language(Path("realmt-en-heldout")) == "en"
    assert earlier_sets(Path("d/realmt-en3")) == [Path("d/realmt-en"), Path("d/realmt-en2")]
    assert earlier_sets(Path("d/realmt-en")) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://news.first-outlet.com/other-page",  # the same host as realmt-en
        "https://sport.first-outlet.com/x",  # another host of the same registrable domain
        "https://en.example.org/y",
        "https://heldout-outlet.com.tr/z",  # a held-out outlet
    ],
)
def test_realmt_en2_refuses_earlier_and_held_out_outlets(data: Path, url: str) -> None:
    with pytest.raises(LabelError, match=r"is from (a held-out outlet|an outlet of realmt-en)"):
        _build(data, "realmt-en2", url)


def test_realmt_en2_takes_a_new_outlet(data: Path) -> None:
    (line,) = _build(data, "realmt-en2", "https://new-outlet.net/story")
    assert line["dataset"] == "realmt-en2" and line["target_lang"] == "en"


def test_first_set_refuses_only_held_out_outlets(data: Path) -> None:
    refused = refused_outlets(data / "realmt-en", listed=data / "absent.txt")
    assert refusal("https://first-outlet.com/a", refused) is None
    assert refusal("https://heldout-outlet.com.tr/a", refused) == "a held-out outlet"


def test_held_out_sets_refuse_every_dev_outlet(data: Path) -> None:
    """A held-out set, first or numbered, refuses the outlets of every dev folder (realmt-en,
    planted-ml ...) but not those of another held-out set."""
    _labels(data / "planted-ml", "https://www.native-news.pt/p")
    for name in ("realmt-en-heldout", "realmt-ru2-heldout"):
        refused = refused_outlets(data / name)
        assert (
            refusal("https://first-outlet.com/a", refused) == "an outlet of the dev set realmt-en"
        )
        assert refusal("https://native-news.pt/q", refused) == "an outlet of the dev set planted-ml"
        assert refusal("https://heldout-outlet.com.tr/a", refused) is None


@pytest.mark.parametrize("url", ["https://sport.first-outlet.com/x", "https://www.example.org/y"])
def test_numbered_held_out_set_refuses_dev_outlets(data: Path, url: str) -> None:
    with pytest.raises(LabelError, match=r"is from an outlet of the dev set realmt-en"):
        _build(data, "realmt-ru2-heldout", url)


def test_numbered_held_out_set_builds_apart(data: Path) -> None:
    (line,) = _build(data, "realmt-ru2-heldout", "https://new-outlet.net/story")
    assert line["dataset"] == "realmt-ru2-heldout" and line["target_lang"] == "ru"
    assert set_language(Path("realmt-ru2-heldout")) == "ru"
    assert is_heldout(Path("realmt-ru2-heldout"))
    assert built_path(Path("realmt-ru2-heldout")).name == "heldout.jsonl"
    assert earlier_sets(Path("d/realmt-ru2-heldout")) == []


def test_the_committed_realmt_en2_shares_no_outlet() -> None:
    """The real folders: realmt-en2 (when built) against realmt-en and every held-out set."""
    folder = BENCH / "data" / "realmt-en2"
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        pytest.skip("realmt-en2 has no committed labels yet")
    refused = refused_outlets(folder)
    assert "menafn.com" in refused  # realmt-en's outlets were read
    urls = [json.loads(raw)["url"] for raw in labels.read_text().splitlines() if raw.strip()]
    assert not [url for url in urls if refusal(url, refused)]


@pytest.mark.parametrize(
    "url",
    [
        "https://news.first-outlet.com/c",  # realmt-en's outlet
        "https://www.second-outlet.vn/d",  # realmt-en2's outlet
        "https://heldout-outlet.com.tr/e",
    ],
)
def test_realmt_en3_refuses_both_earlier_sets(data: Path, url: str) -> None:
    (data / "realmt-en2" / "labels.jsonl").write_text(
        json.dumps({"id": "y", "url": "https://en.second-outlet.vn/a"}) + "\n"
    )
    with pytest.raises(LabelError, match=r"is from (a held-out outlet|an outlet of realmt-en2?)"):
        _build(data, "realmt-en3", url)
    (line,) = _build(data, "realmt-en3", "https://third-outlet.org/story")
    assert line["dataset"] == "realmt-en3" and line["target_lang"] == "en"


def test_held_out_sets_refuse_realmt_en3_outlets(data: Path) -> None:
    _labels(data / "realmt-en3", "https://www.third-outlet.org/a")
    refused = refused_outlets(data / "realmt-pt2-heldout")
    assert refusal("https://m.third-outlet.org/b", refused) == "an outlet of the dev set realmt-en3"


def test_the_committed_realmt_en3_shares_no_outlet() -> None:
    """realmt-en3 (when built) against realmt-en, realmt-en2 and every held-out set."""
    folder = BENCH / "data" / "realmt-en3"
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        pytest.skip("realmt-en3 has no committed labels yet")
    refused = refused_outlets(folder)
    assert "menafn.com" in refused and "kairama.com" in refused  # both earlier sets were read
    urls = [json.loads(raw)["url"] for raw in labels.read_text().splitlines() if raw.strip()]
    assert len(urls) >= 40
    assert not [url for url in urls if refusal(url, refused)]


def test_fresh_set_refuses_every_earlier_dev_outlet(data: Path) -> None:
    """realmt-it (a fresh set) refuses the outlets of every other dev folder, in any language
    (realmt-en, planted-ml), and the held-out outlets, but not those of another fresh set."""
    _labels(data / "planted-ml", "https://www.native-news.pt/p")
    _labels(data / "realmt-es", "https://mt-agency.example.com/es/1")
    refused = refused_outlets(data / "realmt-it", listed=data / "absent.txt")
    assert refusal("https://sport.first-outlet.com/x", refused) == "an outlet of realmt-en"
    assert refusal("https://native-news.pt/q", refused) == "an outlet of planted-ml"
    assert refusal("https://heldout-outlet.com.tr/a", refused) == "a held-out outlet"
    assert refusal("https://mt-agency.example.com/it/2", refused) is None
    (line,) = _build(data, "realmt-it", "https://mt-agency.example.com/it/2")
    assert line["target_lang"] == "it"


def test_fresh_numbered_set_refuses_earlier_sets_and_other_languages(data: Path) -> None:
    _labels(data / "realmt-ru", "https://ru-outlet.example.az/1")
    _labels(data / "realmt-de", "https://de-outlet.example.by/1")
    for url in ("https://ru-outlet.example.az/2", "https://de-outlet.example.by/ru/3"):
        with pytest.raises(LabelError, match=r"is from an outlet of realmt-(ru|de)\b"):
            _build(data, "realmt-ru3", url)
    assert set_language(Path("realmt-ru3")) == "ru"


def test_a_plain_first_set_is_not_fresh(data: Path) -> None:
    """Only the listed fresh sets refuse other languages' outlets: realmt-en2 may not take
    realmt-en's, but a first set such as realmt-fr may take planted-ml's."""
    _labels(data / "planted-ml", "https://www.native-news.pt/p")
    assert "realmt-fr" not in FRESH_SETS
    refused = refused_outlets(data / "realmt-fr", listed=data / "absent.txt")
    assert refusal("https://native-news.pt/q", refused) is None


@pytest.mark.parametrize("name", sorted(FRESH_SETS))
def test_the_committed_fresh_sets_share_no_outlet(name: str) -> None:
    """The real folders: each fresh set against every earlier dev folder and held-out set."""
    folder = BENCH / "data" / name
    urls = urls_of(folder)  # labels' URLs, and an unlabelled pool's manifest pages
    if not urls:
        pytest.skip(f"{name} has no committed labels or manifest yet")
    refused = refused_outlets(folder)
    # a held-out set (realmt-en2-heldout) refuses every dev folder's outlets, said its own way
    owner = "the dev set realmt-en" if is_heldout(folder) else "realmt-en"
    assert refused.get("menafn.com") == f"an outlet of {owner}"
    assert not [url for url in urls if refusal(url, refused)]


def test_a_later_session_fresh_set_refuses_the_earlier_session_sets(data: Path) -> None:
    """realmt-en4 (session 7) refuses realmt-en3's outlets (an earlier English set), a fresh set
    of session 6 (realmt-it) and a set built beside them (glue-real-ml), which session 6's fresh
    sets could share among themselves; it may share an outlet with realmt-fr4, built beside it."""
    _labels(data / "realmt-en3", "https://www.third-outlet.org/a")
    _labels(data / "realmt-it", "https://mt-agency.example.com/it/1")
    _labels(data / "glue-real-ml", "https://glue-outlet.example.net/g")
    _labels(data / "realmt-fr4", "https://fr-agency.example.fr/1")
    refused = refused_outlets(data / "realmt-en4", listed=data / "absent.txt")
    assert refusal("https://third-outlet.org/b", refused) == "an outlet of realmt-en3"
    assert refusal("https://mt-agency.example.com/en/2", refused) == "an outlet of realmt-it"
    assert refusal("https://glue-outlet.example.net/h", refused) == "an outlet of glue-real-ml"
    assert refusal("https://fr-agency.example.fr/en/2", refused) is None
    # Session 6's fresh sets still share among themselves.
    assert refusal("https://glue-outlet.example.net/h", refused_outlets(data / "realmt-pt")) is None
    with pytest.raises(LabelError, match=r"is from an outlet of realmt-it"):
        _build(data, "realmt-en4", "https://mt-agency.example.com/en/3")
    (line,) = _build(data, "realmt-en4", "https://fourth-outlet.example.in/story")
    assert line["dataset"] == "realmt-en4" and line["target_lang"] == "en"


def test_session_8_fresh_sets_refuse_session_7_outlets(data: Path) -> None:
    """realmt-en6 (session 8) refuses the outlets of session 7's sets (realmt-en5, realmt-fr4),
    which those could share among themselves; it may share one with realmt-it5, built beside it."""
    _labels(data / "realmt-en5", "https://fifth-outlet.example.ge/a")
    _labels(data / "realmt-fr4", "https://fr-agency.example.fr/1")
    _labels(data / "realmt-it5", "https://it-agency.example.it/1")
    refused = refused_outlets(data / "realmt-en6", listed=data / "absent.txt")
    assert refusal("https://fifth-outlet.example.ge/b", refused) == "an outlet of realmt-en5"
    assert refusal("https://fr-agency.example.fr/en/2", refused) == "an outlet of realmt-fr4"
    assert refusal("https://it-agency.example.it/en/2", refused) is None
    assert (
        refusal("https://fifth-outlet.example.ge/b", refused_outlets(data / "realmt-fr4")) is None
    )
    (line,) = _build(data, "realmt-en6", "https://sixth-outlet.example.mn/story")
    assert line["dataset"] == "realmt-en6" and line["target_lang"] == "en"


def test_session_9_fresh_sets_refuse_session_8_outlets(data: Path) -> None:
    """realmt-en7 (session 9) refuses the outlets of session 8's sets (realmt-en6, realmt-it5),
    which those could share among themselves; it may share one with realmt-de5, built beside it."""
    _labels(data / "realmt-en6", "https://sixth-outlet.example.mn/a")
    _labels(data / "realmt-it5", "https://it-agency.example.it/1")
    _labels(data / "realmt-de5", "https://de-agency.example.de/1")
    refused = refused_outlets(data / "realmt-en7", listed=data / "absent.txt")
    assert refusal("https://sixth-outlet.example.mn/b", refused) == "an outlet of realmt-en6"
    assert refusal("https://it-agency.example.it/en/2", refused) == "an outlet of realmt-it5"
    assert refusal("https://de-agency.example.de/en/2", refused) is None
    assert (
        refusal("https://it-agency.example.it/en/3", refused_outlets(data / "realmt-en6")) is None
    )
    with pytest.raises(LabelError, match=r"is from an outlet of realmt-en6"):
        _build(data, "realmt-en7", "https://sixth-outlet.example.mn/story")
    (line,) = _build(data, "realmt-en7", "https://seventh-outlet.example.kz/story")
    assert line["dataset"] == "realmt-en7" and line["target_lang"] == "en"


def test_go_and_or_second_levels_are_one_outlet_per_site() -> None:
    """seoul.go.kr and unikorea.go.kr are two outlets (before, both were "go.kr", so one set's
    ministry page refused every government site of the country); hosts of one site still match."""
    from reserved_sites import registrable

    assert registrable("english.seoul.go.kr") == "seoul.go.kr"
    assert registrable("www.unikorea.go.kr") == "unikorea.go.kr"
    assert registrable("city.kyoto.lg.jp") == "kyoto.lg.jp"
    assert registrable("en.ciegodeavila.gob.cu") == "ciegodeavila.gob.cu"
    assert registrable("news.example.or.jp") == "example.or.jp"
    assert registrable("sport.example.com") == "example.com"
    refused = {"unikorea.go.kr": "an outlet of realmt-en6"}
    assert refusal("https://eng.unikorea.go.kr/x", refused) == "an outlet of realmt-en6"
    assert refusal("https://english.seoul.go.kr/y", refused) is None


def test_session_10_fresh_sets_refuse_session_9_outlets(data: Path) -> None:
    """realmt-en8 (session 10) refuses the outlets of session 9's sets (realmt-en7, realmt-de5),
    which those could share among themselves; it may share one with realmt-ru6, built beside it."""
    _labels(data / "realmt-en7", "https://seventh-outlet.example.kz/a")
    _labels(data / "realmt-de5", "https://de-agency.example.de/1")
    _labels(data / "realmt-ru6", "https://ru-agency.example.ru/1")
    refused = refused_outlets(data / "realmt-en8", listed=data / "absent.txt")
    assert refusal("https://seventh-outlet.example.kz/b", refused) == "an outlet of realmt-en7"
    assert refusal("https://de-agency.example.de/en/2", refused) == "an outlet of realmt-de5"
    assert refusal("https://ru-agency.example.ru/en/2", refused) is None
    assert (
        refusal("https://de-agency.example.de/en/3", refused_outlets(data / "realmt-en7")) is None
    )
    with pytest.raises(LabelError, match=r"is from an outlet of realmt-en7"):
        _build(data, "realmt-en8", "https://seventh-outlet.example.kz/story")
    (line,) = _build(data, "realmt-en8", "https://eighth-outlet.example.th/story")
    assert line["dataset"] == "realmt-en8" and line["target_lang"] == "en"


def test_session_11_fresh_sets_refuse_session_10_outlets(data: Path) -> None:
    """realmt-en9 (session 11) refuses the outlets of session 10's sets (realmt-en8, realmt-ru6),
    which those could share among themselves; it may share one with realmt-it8, built beside it."""
    _labels(data / "realmt-en8", "https://eighth-outlet.example.th/a")
    _labels(data / "realmt-ru6", "https://ru-agency.example.ru/1")
    _labels(data / "realmt-it8", "https://it-agency.example.it/1")
    refused = refused_outlets(data / "realmt-en9", listed=data / "absent.txt")
    assert refusal("https://eighth-outlet.example.th/b", refused) == "an outlet of realmt-en8"
    assert refusal("https://ru-agency.example.ru/en/2", refused) == "an outlet of realmt-ru6"
    assert refusal("https://it-agency.example.it/en/2", refused) is None
    assert (
        refusal("https://ru-agency.example.ru/en/3", refused_outlets(data / "realmt-en8")) is None
    )
    with pytest.raises(LabelError, match=r"is from an outlet of realmt-en8"):
        _build(data, "realmt-en9", "https://eighth-outlet.example.th/story")
    (line,) = _build(data, "realmt-en9", "https://ninth-outlet.example.vn/story")
    assert line["dataset"] == "realmt-en9" and line["target_lang"] == "en"
