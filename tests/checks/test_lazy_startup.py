"""What ``mtlint check`` of a plain text file leaves unimported, and the lazy names still
answering (checks/backtranslation/__init__.py, checks/cli.py ``--version``)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_a_plain_check_never_loads_the_backtranslation_pipeline(tmp_path) -> None:
    text = tmp_path / "invented.txt"
    text.write_text("The commitee met on Monday. It's decision was final.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from mtlint.checks.cli import main\n"
        f"try:\n    main(['check', {str(text)!r}])\n"
        "except SystemExit:\n    pass\n"
        "print('LOADED', [m for m in ('mtlint.checks.backtranslation.pipeline',"
        " 'mtlint.checks.backtranslation.models', 'importlib.metadata') if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert "LOADED []" in done.stdout, done.stdout + done.stderr


def test_the_pipeline_names_resolve_at_first_use() -> None:
    import mtlint.checks.backtranslation as backtranslation
    from mtlint.checks.backtranslation import pipeline

    for name in backtranslation.__all__:
        assert getattr(backtranslation, name) is not None
    assert backtranslation.backtranslate_document is pipeline.backtranslate_document
    assert backtranslation.preload is pipeline.preload
    with pytest.raises(AttributeError):
        backtranslation.no_such_name  # noqa: B018


def test_version_is_read_when_asked(capsys) -> None:
    from mtlint.checks.cli import _version, main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"mtlint {_version()}\n"
