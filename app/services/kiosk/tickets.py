"""« Je voudrais de l'aide »: a ticket in today's queue of this PC's site, with the theme the visitor chose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.clock import now_utc
from app.domain.kiosk import KioskTheme, clean_first_name
from app.domain.kiosk import theme as theme_named
from app.services import queue
from app.store.db import Database


@dataclass(frozen=True)
class Ticket:
    """What the visitor is shown (and what the desk's queue lists): the ticket « A-12 » and when they arrived."""

    id: str
    number: str
    theme: KioskTheme
    arrived_at: datetime


def take_ticket(db: Database, tile: KioskTheme | str, first_name: str = "", *, now: datetime | None = None) -> Ticket:
    """A new arrival in today's queue of this PC's site, made as the desk makes one (`queue.add_arrival`):
    the same network-unique ticket « A-12 » (this PC's letter, shared with a desk on the same PC).
    The first name, if given, is the desk's « repère » (erased at the end of the day like any other);
    the tile's thématiques and démarche pre-fill the session."""
    tile = theme_named(tile) if isinstance(tile, str) else tile
    now = now or now_utc()
    entry = queue.add_arrival(db, label=clean_first_name(first_name), themes=tile.ticket_themes,
                              demarches=tile.ticket_demarches, now=now)
    return Ticket(entry.id, entry.ticket, tile, now)
