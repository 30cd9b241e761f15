"""The status bar's line of counts for the open document (moved out of main_window.py).

A clean text said "0 findings · 0 with fixes" above an empty details pane (h21gui): it now says
plainly that no machine-translation artefacts were found, and the details pane says so too
(``FindingsPanel.show_details``)."""

from __future__ import annotations

from mtlint.desktop import i18n
from mtlint.desktop.tallies import Tallies
from PySide6.QtCore import QObject


class CountsLine(QObject):
    """Makes the counts line; a QObject for ``self.tr`` with plurals."""

    def text(self, tallies: Tallies, shown: int, ignored: int) -> str:
        if not tallies.total:
            text = self.tr("No machine-translation artefacts found")
            if ignored:
                text += " · " + self.tr("%Ln ignored", "", ignored)
            return text
        by_severity = tallies.by_severity
        text = self.tr("%Ln finding(s)", "", tallies.total)
        details = []
        if by_severity["error"]:
            details.append(self.tr("%Ln error(s)", "", by_severity["error"]))
        if by_severity["warning"]:
            details.append(self.tr("%Ln warning(s)", "", by_severity["warning"]))
        if by_severity["info"]:
            details.append(self.tr("%Ln info", "", by_severity["info"]))
        if details:
            text += " (" + ", ".join(details) + ")"
        if shown != tallies.total:
            text += " · " + self.tr("%1 shown").replace("%1", i18n.number(shown))
        if tallies.doubtful:
            text += " · " + self.tr("%Ln doubtful", "", tallies.doubtful)
        if ignored:
            text += " · " + self.tr("%Ln ignored", "", ignored)
        text += " · " + self.tr("%Ln with fix(es)", "", tallies.fixable)
        return text
