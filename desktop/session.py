"""A checked document as the GUI holds it; built entirely in a worker thread."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import CheckResult
from mtlint.checks.model import Finding
from mtlint.checks.pipeline import CheckedFile
from mtlint.checks.registry import rule_by_code
from mtlint.desktop.decisions import text_hash
from mtlint.desktop.finding_search import search_texts
from mtlint.desktop.tallies import Tallies, TallyCache
from mtlint.desktop.textspans import TextSpans, display_text

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"})


@dataclass
class DocumentSession:
    path: Path | None
    document: Document
    result: CheckResult
    config: Config
    spans: TextSpans
    display: str
    digest: str
    lines: list[int] = field(default_factory=list)
    config_warning: str | None = None
    language_name: str = ""
    # The project's ignore file (may not exist yet) and how many findings it dismissed.
    ignore_path: Path | None = None
    ignored: int = 0
    _tallies: TallyCache = field(default_factory=TallyCache, repr=False, compare=False)
    # The text laid into a QTextDocument on the GUI thread (text_document) before the session is
    # shown, for the document view to swap in once; None when the view fills its own.
    qt_document: Any = field(default=None, repr=False, compare=False)
    # The findings' search texts made in the load worker, with the findings they were made for.
    _search: tuple[Any, list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.result.findings

    def search_texts(self) -> list[str] | None:
        """The search texts made by the load worker, if made for the findings as they are."""
        if self._search is not None and self._search[0] is self.findings:
            return self._search[1]
        return None

    def tallies(self) -> Tallies:
        """Counts of the findings as they are now (made once per findings tuple)."""
        return self._tallies.get(self.findings, self.doubtful_below)

    @property
    def doubtful_below(self) -> float:
        """Findings under this confidence are shown only because the user asked for doubtful
        ones (0 when not asked: nothing under the bar is reported then)."""
        return self.config.doubtful_below

    def is_doubtful(self, finding: Finding) -> bool:
        return finding.confidence < self.doubtful_below

    @property
    def by_unit(self) -> bool:
        """A bilingual file: findings are placed by unit (the grid's row number), not line."""
        return bool(self.document.units)

    @property
    def language(self) -> str:
        return self.document.language or "und"

    @property
    def is_rtl(self) -> bool:
        return self.language.split("-")[0] in RTL_LANGUAGES


def build_session(
    path: Path | None,
    config: Config,
    *,
    text: str | None = None,
    config_warning: str | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> DocumentSession:
    """Load (unless ``text`` is given) and check a document. Raises InputError for bad input.
    Runs in the load worker: it makes no QObject (``text_document``)."""
    from mtlint.checks.registry import all_rules
    from mtlint.desktop.engine_process import load_and_check

    checked = load_and_check(path, config, text=text, cancelled=cancelled)
    # The checks ran in the engine's child process: this process has not imported the rule
    # modules yet. Showing a finding's explanation needs them (its doc), and importing ~100
    # modules on the GUI thread froze the window for a second or more on the first document.
    all_rules()
    return finish_session(path, checked, config, config_warning=config_warning)


def finish_session(
    path: Path | None,
    checked: CheckedFile,
    config: Config,
    *,
    config_warning: str | None = None,
    language: str | None = None,
) -> DocumentSession:
    """A session from the pipeline's answer: Qt offsets, line numbers, the language's name."""
    document, result = checked.document, checked.result
    lines = finding_places(document, result.findings)
    session = DocumentSession(
        path=path,
        document=document,
        result=result,
        config=config,
        spans=TextSpans(document.text),
        display=display_text(document.text),
        digest=text_hash(document.file_text),
        lines=lines,
        config_warning=config_warning,
        language_name=language or language_name(document.language or "und"),
        ignore_path=checked.ignore_path,
        ignored=checked.ignored,
    )
    session.tallies()  # counted here, in the worker: the GUI thread reads them
    session._search = (session.findings, search_texts(session.findings, document.text))
    return session


def finding_places(document: Document, findings: Sequence[Finding]) -> list[int]:
    """Where each finding is, as the user finds it: the line of a text, or the unit (the segment
    grid's row number) of a bilingual file — a .po finding said "line 2360" while the grid the
    user reads showed unit 508. The file line stays in the finding's details and tooltip."""
    if not document.units:
        return [document.line_col(f.start)[0] for f in findings]
    starts = [start for start, _, _ in document.units]
    return [max(1, bisect.bisect_right(starts, f.start)) for f in findings]


def ignore_for_good(session: DocumentSession, finding: Finding, text: str | None = None) -> Path:
    """Add a finding to the project's ignore file (``.mtlint-ignore`` beside the document when
    the project has none yet); returns the file written. ``text`` is what the finding's offsets
    count in when that is not the loaded document (the grid's text as last checked)."""
    from mtlint.checks.ignorefile import IGNORE_FILE_NAME, add_ignore, finding_context

    assert session.path is not None
    target = session.ignore_path
    if target is None:
        target = session.path.resolve().parent / IGNORE_FILE_NAME
    text = session.document.text if text is None else text
    add_ignore(target, finding.code, finding_context(text, finding.start, finding.end))
    return target


def ignores_supported() -> bool:
    try:
        import mtlint.checks.ignorefile  # noqa: F401
    except ImportError:
        return False
    return True


def language_name(code: str) -> str:
    """English name of a language code (pycountry's table loads slowly: call it off-thread)."""
    try:
        import pycountry

        language = pycountry.languages.get(alpha_2=code.split("-")[0])
        return language.name if language is not None else code
    except (ImportError, KeyError, LookupError):
        return code


_HEADING = re.compile(
    r"(What it finds|Why it matters|Fix safety|Known false positives)\s*:\s*", re.IGNORECASE
)


def rule_doc_sections(code: str) -> dict[str, str]:
    """A rule's doc split by its four headings (lower-case keys); {} for unknown rules."""
    rule = rule_by_code(code)
    if rule is None or not rule.doc:
        return {}
    parts = _HEADING.split(rule.doc)
    sections: dict[str, str] = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=False):
        sections[heading.lower()] = " ".join(body.split())
    return sections
