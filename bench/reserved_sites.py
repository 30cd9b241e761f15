"""The sites kept for independent evaluation (../shared/data/RESERVED.md), as a domain test.

Every dev-set excerpt's URL is checked against this before it is saved, and a test checks the
committed sets again. The match is deliberately broad: a host is reserved when it is a listed
domain, a subdomain of one, or shares its registrable domain (``m.en.example.com`` reserves
``example.com`` and every other subdomain of it).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_RESERVED = Path("/work/shared/data/RESERVED.md")
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
# Second-level labels under which the registrable domain has three labels (news.com.tr).
# go/or/ne/lg (Korea, Japan, Indonesia, Thailand …), gob (Spanish) and gouv (French-speaking)
# are such labels too: seoul.go.kr and unikorea.go.kr are two outlets, not one outlet "go.kr".
_SECOND_LEVEL = {
    "co",
    "com",
    "net",
    "org",
    "gov",
    "ac",
    "edu",
    "go",
    "or",
    "ne",
    "lg",
    "gob",
    "gouv",
}
_NOT_DOMAINS = {"readme.md", "reserved.md"}


def reserved_domains(path: Path = DEFAULT_RESERVED) -> set[str]:
    """Every domain-like token in the reserved list (file names like README.md excluded)."""
    found = {m.group(1).lower() for m in _DOMAIN.finditer(path.read_text(encoding="utf-8"))}
    return {d for d in found if d not in _NOT_DOMAINS and not d.endswith((".md", ".tsv"))}


def registrable(host: str) -> str:
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def host_of(url: str) -> str:
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.lower().removeprefix("www.")


def is_reserved(url: str, domains: set[str]) -> bool:
    host = host_of(url)
    if not host:
        return False
    base = registrable(host)
    return any(host == d or host.endswith("." + d) or base == registrable(d) for d in domains)
