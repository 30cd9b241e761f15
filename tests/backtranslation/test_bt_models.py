"""The model manager: installing (and refusing) .argosmodel files, listing, removing, routes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from argos_tiny import build_tiny_package
from mtlint.checks.backtranslation import BacktranslationError, models
from mtlint.checks.cli import main


def test_install_from_file_lists_the_package(tiny_files, fresh_argos):
    info = models.install_from_file(tiny_files[("en", "de")])
    assert (info.from_code, info.to_code, info.version) == ("en", "de", "0.1-tiny")
    assert info.path == fresh_argos / "translate-en_de-tiny"
    installed = models.list_installed()
    assert [(p.from_code, p.to_code, p.from_name, p.to_name) for p in installed] == [
        ("en", "de", "English", "German")
    ]
    assert installed[0].size_bytes > 10_000
    assert (installed[0].path / "model" / "model.bin").is_file()
    assert models.available_pairs() == {("en", "de")}
    # argostranslate itself reads what we installed.
    from argostranslate import package

    found = package.get_installed_packages([fresh_argos])
    assert [(p.from_code, p.to_code) for p in found] == [("en", "de")]


def test_reinstalling_a_pair_replaces_it(tiny_files, fresh_argos):
    models.install_from_file(tiny_files[("en", "de")])
    models.install_from_file(tiny_files[("en", "de")])
    assert len(models.list_installed()) == 1
    # No staging folders are left behind.
    assert sorted(p.name for p in fresh_argos.iterdir()) == ["translate-en_de-tiny"]


def test_remove(tiny_pair):
    removed = models.remove("en", "de")
    assert removed.pair == ("en", "de")
    assert models.available_pairs() == {("de", "en")}
    with pytest.raises(BacktranslationError, match="no en→de model is installed"):
        models.remove("en", "de")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


METADATA = json.dumps(
    {"package_version": "1", "from_code": "en", "to_code": "fr", "type": "translate"}
).encode()


@pytest.mark.parametrize(
    ("members", "message"),
    [
        (None, "not a zip archive"),
        ({"pkg/model/model.bin": b"x"}, "no metadata.json"),
        ({"pkg/metadata.json": METADATA, "pkg/../../evil.txt": b"x"}, "would escape"),
        ({"pkg/metadata.json": METADATA, "../evil.txt": b"x"}, "would escape"),
        ({"pkg/metadata.json": METADATA, "/etc/evil": b"x"}, "would escape"),
        (
            {"a/metadata.json": METADATA, "b/metadata.json": METADATA},
            "one top-level folder, found 2",
        ),
        ({"metadata.json": METADATA}, "outside the package folder"),
        ({"pkg/metadata.json": b"{not json"}, "unreadable metadata.json"),
        ({"pkg/metadata.json": b'{"type": "translate"}'}, "lacks from_code/to_code"),
    ],
    ids=[
        "not-zip",
        "no-metadata",
        "dotdot-inside",
        "dotdot-top",
        "absolute",
        "two-tops",
        "root-file",
        "bad-json",
        "no-codes",
    ],
)
def test_hostile_packages_are_refused_and_install_nothing(tmp_path, fresh_argos, members, message):
    path = tmp_path / "hostile.argosmodel"
    if members is None:
        path.write_bytes(b"this is not a zip file at all")
    else:
        _zip(path, members)
    with pytest.raises(BacktranslationError, match=message) as caught:
        models.install_from_file(path)
    assert "\n" not in str(caught.value)
    assert list(fresh_argos.iterdir()) == []
    assert not (tmp_path.parent / "evil.txt").exists()
    assert models.list_installed() == []


def test_symlink_members_are_refused(tmp_path, fresh_argos):
    path = tmp_path / "link.argosmodel"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("pkg/metadata.json", METADATA)
        link = zipfile.ZipInfo("pkg/model")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(BacktranslationError, match="is a link"):
        models.install_from_file(path)
    assert list(fresh_argos.iterdir()) == []


def test_cli_install_list_remove(tiny_files, fresh_argos, capsys):
    assert main(["models", "install", str(tiny_files[("en", "de")])]) == 0
    assert "installed en → de" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "en → de  English → German  v0.1-tiny" in out
    assert main(["models", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["from_code"] == "en" and listed[0]["size_bytes"] > 0
    assert main(["models", "remove", "en", "de"]) == 0
    assert models.list_installed() == []
    assert main(["models", "remove", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "mtlint: no en→de model is installed"


def test_cli_install_refuses_hostile_file_in_one_line(tmp_path, fresh_argos, capsys):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("nope")
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "not an Argos package" in err
    assert list(fresh_argos.iterdir()) == []


def test_route_direct_and_through_english():
    pairs = {("de", "en"), ("en", "fr"), ("fr", "en"), ("en", "de")}
    assert models.route("de", "en", pairs) == [("de", "en")]
    assert models.route("de", "fr", pairs) == [("de", "en"), ("en", "fr")]
    assert models.route("de", "de", pairs) == []
    with pytest.raises(BacktranslationError) as caught:
        models.route("en", "ar", pairs)
    assert str(caught.value) == (
        "no en→ar model (download ≈ 84 MB): mtlint models download en ar,"
        " or mtlint models install FILE"
    )


def test_default_pivot(tiny_pair):
    assert models.default_pivot("en") == "de"  # the round trip en↔de is installed
    assert models.default_pivot("de") == "en"
    assert models.default_pivot("fr") == "en"  # nothing installed for fr: the documented default
    models.remove("en", "de")
    assert models.default_pivot("en") == "de"  # still the first preference, to name in errors


def test_default_pivot_prefers_an_installed_round_trip(tmp_path, fresh_argos):
    for pair in (("en", "es"), ("es", "en")):
        models.install_from_file(build_tiny_package(tmp_path, *pair))
    assert models.default_pivot("en") == "es"


def test_packages_dir_follows_the_environment(tmp_path, monkeypatch, tiny_files):
    other = tmp_path / "elsewhere"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(other))
    models.install_from_file(tiny_files[("de", "en")])
    assert (other / "translate-de_en-tiny" / "metadata.json").is_file()


def test_list_available_reads_only_the_saved_index(tmp_path, monkeypatch):
    index = tmp_path / "index.json"
    monkeypatch.setattr(models, "_local_index_path", lambda: index)
    assert models.list_available() == []  # never fetched: empty, and no network
    index.write_text(
        json.dumps(
            [
                {
                    "from_code": "en",
                    "to_code": "ar",
                    "from_name": "English",
                    "to_name": "Arabic",
                    "package_version": "1.0",
                    "type": "translate",
                    "links": ["https://x/en_ar"],
                },
                {"from_code": "en", "type": "sbd"},
            ]
        )
    )
    available = models.list_available()
    assert [(p.from_code, p.to_code, p.version, p.links) for p in available] == [
        ("en", "ar", "1.0", ("https://x/en_ar",))
    ]


def test_download_installs_from_the_index_with_progress(tmp_path, monkeypatch, tiny_files):
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [
                {
                    "from_code": "en",
                    "to_code": "de",
                    "package_version": "0.1-tiny",
                    "links": ["https://example.invalid/en_de.argosmodel"],
                }
            ]
        )
    )
    monkeypatch.setattr(models, "_local_index_path", lambda: index)
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    fetched = []

    def fake_fetch(url, target=None, progress=None, cancelled=None):
        # Stands in for the network: serves the tiny package, reporting progress like _fetch.
        fetched.append(url)
        data = tiny_files[("en", "de")].read_bytes()
        target.write_bytes(data)
        progress(len(data) // 2, len(data))
        progress(len(data), len(data))
        return b""

    monkeypatch.setattr(models, "_fetch", fake_fetch)
    seen = []
    info = models.download("en", "de", progress=lambda done, total: seen.append((done, total)))
    assert info.pair == ("en", "de")
    assert fetched == ["https://example.invalid/en_de.argosmodel"]
    assert seen[-1][0] == seen[-1][1] > 0
    assert models.available_pairs() == {("en", "de")}
    with pytest.raises(BacktranslationError, match="index has no en→ar package"):
        models.download("en", "ar")


def test_download_without_network_fails_in_one_line(monkeypatch, no_network):
    # The refused connection surfaces as one line, not a traceback.
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(models, "_local_index_path", lambda: Path("/nonexistent/mtlint/index.json"))
    with pytest.raises(BacktranslationError, match="cannot fetch"):
        models.update_package_index()
    assert no_network, "update_package_index did try the network, as asked"
    no_network.clear()


def test_cli_list_available_uses_the_saved_index(tmp_path, monkeypatch, capsys):
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [
                {
                    "from_code": "en",
                    "to_code": "ar",
                    "from_name": "English",
                    "to_name": "Arabic",
                    "package_version": "1.0",
                    "links": [],
                }
            ]
        )
    )
    monkeypatch.setattr(models, "_local_index_path", lambda: index)
    assert main(["models", "list", "--available"]) == 0
    assert "en → ar  English → Arabic  v1.0" in capsys.readouterr().out


def test_cli_download_offline_is_one_line(tmp_path, monkeypatch, capsys, no_network):
    monkeypatch.delenv("MTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(models, "_local_index_path", lambda: tmp_path / "none" / "index.json")
    assert main(["models", "download", "en", "ar"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mtlint: cannot fetch ") and err.count("\n") == 1
    no_network.clear()  # the attempt was asked for, and refused


def test_declared_offline_says_so_without_trying(tmp_path, monkeypatch, capsys, no_network):
    monkeypatch.setenv("MTLINT_OFFLINE", "1")
    monkeypatch.setattr(models, "_local_index_path", lambda: tmp_path / "none" / "index.json")
    assert main(["models", "download", "en", "de"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "mtlint: offline: downloading a model needs a network connection"
        " (install a .argosmodel file instead)\n"
    )
    assert not no_network  # not even an attempt
