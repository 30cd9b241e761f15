"""The rules' compiled patterns kept across processes (checks/regexcache.py): a pattern built
from the kept code equals the one ``re`` compiles, and a damaged file changes nothing."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from mtlint.checks import regexcache

_PATTERNS = [
    (r"(?P<word>[^\W\d_]{3,})(?:'s)?[ \t]+(\d{1,3})(?!\d)", 0),
    (r"(?i)\bstraße\b|ÉCOLE|[a-zà-ÿ]{2,}?", 0),
    (r"^(?:Mr|Mrs|Dr)\. (?=[A-Z])", re.MULTILINE),
    (rb"\x00(ab)+\Z", 0),
    (r"[\u0600-\u06ff\u4e00-\u9fff]+", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_the_kept_code_makes_the_same_pattern(pattern, flags) -> None:
    copy, entry = regexcache._replica(pattern, flags)
    original = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    assert copy == original  # Pattern equality compares flags and code
    assert copy.groupindex == original.groupindex and copy.groups == original.groups
    rebuilt = regexcache._pattern(pattern, entry)
    assert rebuilt == original


_SCRIPT = """
import re, sys
from mtlint.checks import regexcache
from mtlint.checks.engine import check_text
text = "The commitee met on monday , it's decision was final. Mr. smith said: 'no'."
result = check_text(text, language="en")
found = [(f.code, f.span.start, f.span.end, f.message) for f in result.findings]
print(regexcache._state["installed"], sorted(found))
"""


def _run(env: dict) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=env,
    )
    return done.stdout


def test_a_second_process_reads_the_patterns_and_finds_the_same(tmp_path) -> None:
    import os

    env = {**os.environ, "MTLINT_WORDLIST_CACHE": str(tmp_path)}
    first = _run(env)
    [kept] = list(tmp_path.glob("regex.*.marshal"))
    assert kept.stat().st_size > 0
    second = _run(env)
    assert first == second and first.startswith("True ")
    kept.write_bytes(b"\x00damaged")  # a damaged file: compiled anew, the same findings
    assert _run(env) == first
    none = _run({**os.environ, "MTLINT_WORDLIST_CACHE": ""})  # nothing kept on disk
    assert none == first


def test_patterns_of_other_code_are_not_kept(monkeypatch) -> None:
    monkeypatch.setattr(regexcache, "_entries", {})
    monkeypatch.setattr(regexcache, "_used", set())
    regexcache.install()
    # A pattern this test file compiles (not mtlint's checks): compiled, never kept.
    pattern = re.compile(r"an-invented-pattern-(\d+)-of-a-test")
    assert pattern.match("an-invented-pattern-12-of-a-test").group(1) == "12"
    assert not any("invented-pattern" in str(key[0]) for key in regexcache._entries)
