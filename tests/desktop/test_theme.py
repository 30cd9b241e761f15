"""Every rule family has a colour of its own in the legend and the highlights."""

from __future__ import annotations

from mtlint.checks.registry import all_rules
from mtlint.desktop import theme


def test_every_family_has_its_own_colour():
    families = {rule.family for rule in all_rules()} | {"checklist"}
    missing = families - set(theme.FAMILY_COLORS)
    assert not missing, f"families drawn in the fallback grey: {sorted(missing)}"
    light = [theme.FAMILY_COLORS[f][0].lower() for f in families]
    dark = [theme.FAMILY_COLORS[f][1].lower() for f in families]
    assert len(set(light)) == len(light) and len(set(dark)) == len(dark)
