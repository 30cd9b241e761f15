"""mtlint's engine: find the damage machine translation leaves in text. No Qt below this package.

The public API::

    from mtlint.checks import check_text, check_file, load_document, check_document, apply_fixes
"""

from mtlint.checks.batch import check_file, check_paths
from mtlint.checks.config import Config, load_config
from mtlint.checks.documents import Document, InputError, load_document
from mtlint.checks.engine import CheckResult, check_document, check_text
from mtlint.checks.fixes import FixOutcome, apply_fixes, fixes_to_apply
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity, Span
from mtlint.checks.registry import Rule, all_rules, rule_by_code
from mtlint.checks.results import FileReport, LocatedFinding, SentenceScore

__all__ = [
    "Applicability",
    "CheckResult",
    "Config",
    "Document",
    "Edit",
    "FileReport",
    "Finding",
    "Fix",
    "FixOutcome",
    "InputError",
    "LocatedFinding",
    "Rule",
    "SentenceScore",
    "Severity",
    "Span",
    "all_rules",
    "apply_fixes",
    "check_document",
    "check_file",
    "check_paths",
    "check_text",
    "fixes_to_apply",
    "load_config",
    "load_document",
    "rule_by_code",
]
