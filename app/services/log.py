"""The log of help sessions as pages of SQL rows: filters, sorting, counts. Never loads every row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, case, func, select

from app.domain.queue import RECORDED
from app.domain.text import fold
from app.store.db import Database
from app.store.models import Conseiller, HelpRequest, HelpRequestText, Site

# Column keys of a log row, in display order.
COLUMNS = (
    "day",
    "time",
    "kind",
    "duration",
    "site",
    "conseiller",
    "themes",
    "demarche",
    "queue_status",
    "notes",
)


@dataclass(frozen=True)
class LogFilter:
    """What the log shows. Empty values mean « all »."""

    day_from: date | None = None
    day_to: date | None = None
    site_id: str | None = None
    conseiller_id: str | None = None
    kind: str | None = None
    theme: str | None = None
    queue_status: str | None = None
    text: str = ""


@dataclass(frozen=True)
class LogCounts:
    """`rows`: what the log lists (queue tickets included); the rest: totals of the recorded sessions only."""

    sessions: int
    minutes: int
    collectif: int
    participants: int
    rows: int = 0


@dataclass(frozen=True)
class LogRow:
    """One row of the log: a help session or a queue ticket, with its site's name and its conseiller's."""

    id: str
    day: date
    started_at: datetime | None
    kind: str
    duration_minutes: int | None
    site_name: str | None
    conseiller_first_name: str | None
    conseiller_last_name: str | None
    themes: list[str] | None
    demarche_name: str
    queue_status: str
    notes: str
    workshop_title: str
    participants_total: int | None


_SORT = {
    "day": (HelpRequest.day, HelpRequest.started_at, HelpRequest.ended_at),  # within a day, by time
    "time": (HelpRequest.started_at,),
    "kind": (HelpRequest.kind,),
    "duration": (HelpRequest.duration_minutes,),
    "site": (Site.name,),
    "conseiller": (Conseiller.first_name,),
    "themes": (HelpRequest.themes,),
    "demarche": (HelpRequest.demarche_name,),
    "queue_status": (HelpRequest.queue_status,),
    "notes": (HelpRequest.notes,),
}


def _where(q: Select, flt: LogFilter) -> Select:
    conds: list[ColumnElement[bool]] = [HelpRequest.deleted.is_(False)]
    if flt.day_from:
        conds.append(HelpRequest.day >= flt.day_from)
    if flt.day_to:
        conds.append(HelpRequest.day <= flt.day_to)
    if flt.site_id:
        conds.append(HelpRequest.site_id == flt.site_id)
    if flt.conseiller_id:
        conds.append(HelpRequest.conseiller_id == flt.conseiller_id)
    if flt.kind:
        conds.append(HelpRequest.kind == flt.kind)
    if flt.theme:
        # Themes are a JSON list of slugs: a quoted slug can only match a whole slug.
        conds.append(func.instr(HelpRequest.themes, f'"{flt.theme}"') > 0)
    if flt.queue_status:
        conds.append(HelpRequest.queue_status == flt.queue_status)
    text = fold(flt.text.strip())
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        # The texts are kept folded in help_request_text (by triggers), so this is a plain LIKE in C.
        conds.append(
            HelpRequest.id.in_(select(HelpRequestText.id).where(HelpRequestText.folded.like(like, escape="\\")))
        )
    return q.where(and_(*conds))


def _base() -> Select:
    q: Select = (
        select(
            HelpRequest.id,
            HelpRequest.day,
            HelpRequest.started_at,
            HelpRequest.kind,
            HelpRequest.duration_minutes,
            Site.name,
            Conseiller.first_name,
            Conseiller.last_name,
            HelpRequest.themes,
            HelpRequest.demarche_name,
            HelpRequest.queue_status,
            HelpRequest.notes,
            HelpRequest.workshop_title,
            HelpRequest.participants_total,
        )
        .outerjoin(Site, Site.id == HelpRequest.site_id)
        .outerjoin(Conseiller, Conseiller.id == HelpRequest.conseiller_id)
    )
    return q




def count(db: Database, flt: LogFilter) -> LogCounts:
    """How many rows the filter lists, and the totals of the sessions among them (queue tickets — waiting,
    in progress, left — are listed, never counted). One pass over the covering index."""
    recorded = HelpRequest.queue_status.in_(RECORDED)
    q = _where(
        select(
            func.count(),
            func.coalesce(func.sum(case((recorded, 1), else_=0)), 0),
            func.coalesce(func.sum(case((recorded, HelpRequest.duration_minutes), else_=0)), 0),
            func.coalesce(func.sum(case((recorded & (HelpRequest.kind == "collectif"), 1), else_=0)), 0),
            func.coalesce(func.sum(case((recorded, HelpRequest.participants_total), else_=0)), 0),
        ).select_from(HelpRequest),
        flt,
    )
    with db.read_connection() as conn:
        rows, n, minutes, collectif, participants = conn.execute(q).one()
    return LogCounts(int(n), int(minutes), int(collectif), int(participants), int(rows))


def fetch(
    db: Database, flt: LogFilter, *, offset: int, limit: int, sort: str = "day", descending: bool = True
) -> list[LogRow]:
    """One page of rows, sorted by the column `sort` (then by id, so that pages never overlap)."""
    keys = _SORT.get(sort, _SORT["day"])
    order = [k.desc() if descending else k.asc() for k in keys]
    order.append(HelpRequest.id.desc() if descending else HelpRequest.id.asc())
    q = _where(_base(), flt).order_by(*order).offset(offset).limit(limit)
    with db.read_connection() as conn:
        return [LogRow(*r) for r in conn.execute(q)]
