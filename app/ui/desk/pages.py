"""The desk window's pages, built in one place, and which tables each one shows (it reloads on those only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.change_notice import (
    CONSEILLER,
    GUIDE,
    GUIDE_IMAGE,
    HELP_REQUEST,
    SETTINGS,
    SITE,
    ChangeNotice,
)

if TYPE_CHECKING:
    from app.ui.desk.form import RequestForm
    from app.ui.desk.log_page import LogPage
    from app.ui.desk.queue import QueuePanel
    from app.ui.guides.page import GuidesPage
    from app.ui.stats.page import StatsPage

Reload = Callable[[], object]


@dataclass
class DeskPages:
    """Every page of the desk window (made by `DeskWindow._build_pages`)."""

    queue: QueuePanel
    form: RequestForm
    log: LogPage
    guides: GuidesPage
    stats: StatsPage

    def watches(self) -> list[tuple[frozenset[str], Reload]]:
        """(tables shown, how to reload them) for each part of each page."""
        return [
            (frozenset({HELP_REQUEST, SITE, SETTINGS}), self.queue.refresh),
            (frozenset({SITE, CONSEILLER, SETTINGS}), self.form.reload_context),
            (frozenset({SITE, CONSEILLER}), self.log.reload_choices),
            (frozenset({HELP_REQUEST, SITE, CONSEILLER}), self.log.refresh),
            (frozenset({GUIDE, GUIDE_IMAGE}), self.guides.refresh),
            (frozenset({SITE, CONSEILLER}), self.stats.reload_choices),
            (frozenset({HELP_REQUEST, SITE, CONSEILLER}), self.stats.refresh),
        ]

    def changed(self, notice: ChangeNotice) -> int:
        """Reload what shows a table the notice names; returns how many parts reloaded."""
        n = 0
        for tables, reload in self.watches():
            if notice.touches(tables):
                reload()
                n += 1
        return n
