"""mtlint's engine: find the damage machine translation leaves in text. No Qt below this package.

The public API::

    from mtlint.checks import check_text, check_file, load_document, check_document, apply_fixes
    from mtlint.checks import check_path, check_loaded, fix_file   # the pipeline's stages
"""

from mtlint.checks.batch import check_file, check_paths
from mtlint.checks.config import Config, load_config
from mtlint.checks.documents import Document, InputError, load_document
from mtlint.checks.engine import CheckResult, check_document, check_text
from mtlint.checks.errors import MtlintError, StaleFile, WriteError, WriteRefused
from mtlint.checks.fixes import FixOutcome, apply_fixes, fixes_to_apply
from mtlint.checks.fixloop import FixRun, fix_file
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity, Span
from mtlint.checks.pipeline import CheckedFile, check_loaded, check_path
from mtlint.checks.registry import Rule, all_rules, rule_by_code
from mtlint.checks.results import FileReport, LocatedFinding, SentenceScore

__all__ = [
    "Applicability",
    "CheckResult",
    "CheckedFile",
    "Config",
    "Document",
    "Edit",
    "FileReport",
    "Finding",
    "Fix",
    "FixOutcome",
    "FixRun",
    "InputError",
    "LocatedFinding",
    "MtlintError",
    "Rule",
    "SentenceScore",
    "Severity",
    "Span",
    "StaleFile",
    "WriteError",
    "WriteRefused",
    "all_rules",
    "apply_fixes",
    "check_document",
    "check_file",
    "check_loaded",
    "check_path",
    "check_paths",
    "check_text",
    "fix_file",
    "fixes_to_apply",
    "load_config",
    "load_document",
    "rule_by_code",
]
