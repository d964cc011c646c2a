"""« Je voudrais de l'aide »: a ticket in today's queue of this PC's site, with the theme the visitor chose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain.clock import local_day, now_utc
from app.domain.kiosk import KioskTheme, clean_first_name
from app.domain.kiosk import theme as theme_named
from app.store import settings
from app.store.db import Database
from app.store.models import HelpRequest


@dataclass(frozen=True)
class Ticket:
    """What the visitor is shown (and what the desk's queue lists): the number and when they arrived."""

    id: str
    number: str
    theme: KioskTheme
    arrived_at: datetime


def take_ticket(db: Database, tile: KioskTheme | str, first_name: str = "", *, now: datetime | None = None) -> Ticket:
    """A new arrival in today's queue of this PC's site. The first name, if given, is the desk's « repère »
    (erased at the end of the day like any other); the tile's thématiques and démarche pre-fill the session."""
    tile = theme_named(tile) if isinstance(tile, str) else tile
    name = clean_first_name(first_name)
    now = now or now_utc()
    today = local_day(now)
    site_id = settings.get(db, settings.CURRENT_SITE) or None
    # Until the desk's network-unique tickets land, numbered as the desk's Ctrl+N numbers them.
    with db.write() as s:
        last = s.scalar(
            select(func.max(HelpRequest.ticket_number)).where(
                HelpRequest.day == today, HelpRequest.site_id == site_id, HelpRequest.ticket_number.is_not(None)
            )
        )
        row = HelpRequest(
            queue_status="waiting",
            ticket_number=(last or 0) + 1,
            visitor_label=name,
            arrived_at=now,
            day=today,
            site_id=site_id,
            place="lieu_activite",
            themes=list(tile.ticket_themes),
            demarches=list(tile.ticket_demarches),
        )
        s.add(row)
        s.flush()
        return Ticket(row.id, str(row.ticket_number), tile, now)
