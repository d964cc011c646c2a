"""This PC's clock against the others': an impossible clock stops the round, one far ahead is said."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from app.domain.clock import PARIS
from app.domain.hlc import LAST_WALL_MS, far_ahead
from app.services.sync.context import RoundContext
from app.services.sync.errors import SyncError
from app.store.changes import last_hlc

FIRST_WALL_MS = 1_577_836_800_000  # 2020-01-01: no help point synced before
DAY_MS = 86_400_000


def _day(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(PARIS).strftime("%d/%m/%Y")


def refuse_impossible(now_ms: int) -> None:
    """A wall clock before 2020 or in 2100 and after is not a date: no round, nothing written anywhere."""
    if not FIRST_WALL_MS <= now_ms < LAST_WALL_MS:
        shown = _day(now_ms) if 0 < now_ms < 253_402_300_799_000 else "une date impossible"
        raise SyncError(f"l'horloge de ce poste indique {shown} : corrigez la date et l'heure de l'ordinateur ; "
                        "rien n'a été synchronisé")


def check(ctx: RoundContext, now_ms: int) -> None:
    """Say when this PC's clock is (or was) far ahead: its changes wait on the other PCs meanwhile."""
    stored = last_hlc(ctx.conn)
    if stored.wall_ms and far_ahead(stored.encode(), now_ms):
        ctx.report.problems.append(
            f"des modifications de ce poste sont datées du {_day(stored.wall_ms)} : son horloge a été en avance ; "
            "les suivantes sont datées correctement, les autres postes gardent celles-là de côté")
    # The shared folder's own clock (a network share's server) dates the files this round wrote.
    for path in ctx.written[-1:]:
        try:
            ahead = now_ms - int(os.stat(path).st_mtime * 1000)
        except OSError:
            continue
        if ahead > DAY_MS:
            ctx.report.clock_ahead_days = ahead // DAY_MS
            ctx.report.problems.append(
                f"l'horloge de ce poste est en avance de {ahead // DAY_MS} jour(s) sur le dossier partagé : "
                "corrigez la date et l'heure de l'ordinateur (ses modifications attendent sur les autres postes)")
