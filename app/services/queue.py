"""Today's queue of walk-in visitors. A ticket is made by `add_arrival(db, label=…, themes=…)` (the desk's
Ctrl+N, `pasapas queue add`, the kiosk); `take`, `mark_left` and `back_to_queue` move it along.

Tickets are short and unique across the network: a per-PC letter and that PC's number of the day
(« A-12 », « B-3 »). Each PC writes its letter in its own row of the synced `ticket_letter` table; when two
PCs set up apart took the same letter, the later one moves to a free letter, so two desks never call the
same number.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import vocab
from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.queue import QueueEntry, letter_sequence, next_in_line, parse_ticket
from app.store import settings
from app.store.db import Database
from app.store.models import HelpRequest, TicketLetter

MAX_LABEL = 60


def _claim_letter(s: Session, device_id: str, now: datetime | None = None) -> str:
    """This PC's letter: the one it holds, else the first free one (claimed now, in the same transaction)."""
    rows = list(s.scalars(select(TicketLetter).where(TicketLetter.deleted.is_(False))))
    mine = next((r for r in rows if r.id == device_id), None)
    others = [r for r in rows if r.id != device_id]
    if mine is not None:
        first = (mine.created_at, mine.id)
        if not any(r.letter == mine.letter and (r.created_at, r.id) < first for r in others):
            return mine.letter
    # No letter yet, or a PC that had it first (two PCs set up apart, then joined): take a free one.
    held = {r.letter for r in others}
    letter = next(x for x in letter_sequence() if x not in held)
    moment = now or now_utc()
    if mine is None:
        s.add(TicketLetter(id=device_id, letter=letter, device_id=device_id, created_at=moment))
    else:
        mine.letter = letter
        mine.created_at = moment
    return letter


def ticket_letter(db: Database) -> str:
    """This PC's ticket letter (claimed on first use)."""
    with db.write() as s:
        return _claim_letter(s, db.device_id)


def _entry(row: HelpRequest) -> QueueEntry:
    return QueueEntry(
        row.id, row.ticket_number, row.visitor_label, row.queue_status, row.arrived_at, row.started_at,
        row.ticket_letter or "", tuple(row.themes or ()),
    )


def _current_site(s: Session) -> str | None:
    return settings.get(s, settings.CURRENT_SITE) or None


def add_arrival(
    db: Database,
    *,
    label: str = "",
    themes: Iterable[str] = (),
    demarches: Iterable[str] = (),
    site_id: str | None = None,
    now: datetime | None = None,
) -> QueueEntry:
    """A visitor arrives: a ticket « A-12 » in today's queue of the site (this PC's site by default).

    `label`: a first name or landmark to call the person (erased the next day); `themes`: what they come
    for, if known (the kiosk asks), and `demarches` likewise: checked against the CRA vocabulary, they
    pre-fill the session's record when the conseiller takes the ticket.
    """
    chosen = tuple(dict.fromkeys(themes))
    for theme in chosen:
        vocab.check("thématique", theme, vocab.THEMES)
    domains = tuple(dict.fromkeys(demarches))
    for d in domains:
        vocab.check("démarche", d, vocab.DEMARCHES)
    now = now or now_utc()
    today = local_day(now)
    with db.write() as s:
        letter = _claim_letter(s, db.device_id, now)
        last = s.scalar(
            select(func.max(HelpRequest.ticket_number)).where(
                HelpRequest.day == today, HelpRequest.ticket_letter == letter
            )
        )
        row = HelpRequest(
            queue_status="waiting",
            ticket_letter=letter,
            ticket_number=(last or 0) + 1,
            visitor_label=label.strip()[:MAX_LABEL],
            arrived_at=now,
            day=today,
            site_id=site_id or _current_site(s),
            place="lieu_activite",
            themes=list(chosen),
            demarches=list(domains),
        )
        s.add(row)
        s.flush()
        return _entry(row)


def today_queue(db: Database, *, site_id: str | None, now: datetime | None = None) -> list[QueueEntry]:
    """Who is waiting or being helped today at the site, in order of arrival."""
    today = local_day(now or now_utc())
    with db.read() as s:
        rows = s.scalars(
            select(HelpRequest)
            .where(
                HelpRequest.queue_status.in_(vocab.OPEN_QUEUE_STATUSES),
                HelpRequest.day == today,
                HelpRequest.site_id == site_id,
                HelpRequest.deleted.is_(False),
            )
            .order_by(HelpRequest.arrived_at, HelpRequest.ticket_number)
        )
        return [_entry(r) for r in rows]


def next_waiting(db: Database, *, site_id: str | None, now: datetime | None = None) -> QueueEntry | None:
    """The visitor who has waited longest."""
    return next_in_line(today_queue(db, site_id=site_id, now=now))


def find_ticket(db: Database, ticket: str, *, now: datetime | None = None) -> QueueEntry:
    """Today's ticket « A-12 » (or « 12 » when one ticket of the day has that number), whatever its status."""
    letter, number = parse_ticket(ticket)
    today = local_day(now or now_utc())
    with db.read() as s:
        q = select(HelpRequest).where(
            HelpRequest.day == today, HelpRequest.ticket_number == number, HelpRequest.deleted.is_(False)
        )
        if letter:
            q = q.where(HelpRequest.ticket_letter == letter)
        rows = list(s.scalars(q))
        if not rows:
            raise ValidationError("ticket", f"aucun ticket « {ticket.strip()} » aujourd'hui (voir pasapas queue list)")
        if len(rows) > 1:
            found = ", ".join(sorted(_entry(r).ticket for r in rows))
            raise ValidationError("ticket", f"« {ticket.strip()} » est ambigu : précisez la lettre ({found})")
        return _entry(rows[0])


def _open_row(s: Session, request_id: str) -> HelpRequest:
    row = s.get(HelpRequest, request_id)
    if row is None or row.deleted:
        raise ValidationError("ticket", f"introuvable : {request_id}")
    return row


def take(db: Database, request_id: str, *, conseiller_id: str | None, now: datetime | None = None) -> QueueEntry:
    """The conseiller takes the visitor: the session is in progress (a ticket already taken stays as it is)."""
    with db.write() as s:
        row = _open_row(s, request_id)
        if row.queue_status == "waiting":
            row.queue_status = "in_progress"
            row.started_at = now or now_utc()
            row.conseiller_id = conseiller_id
        elif row.queue_status != "in_progress":
            status = vocab.QUEUE_STATUSES.get(row.queue_status, row.queue_status).lower()
            raise ValidationError("ticket", f"{_entry(row).ticket} n'est plus dans la file ({status})")
        return _entry(row)


def set_visitor_label(db: Database, request_id: str, label: str) -> None:
    with db.write() as s:
        _open_row(s, request_id).visitor_label = label.strip()[:MAX_LABEL]


def mark_left(db: Database, request_id: str, *, now: datetime | None = None) -> QueueEntry:
    """The visitor left without being helped (kept for the waiting-time statistics, not in the CRA)."""
    with db.write() as s:
        row = _open_row(s, request_id)
        if row.queue_status not in vocab.OPEN_QUEUE_STATUSES:
            status = vocab.QUEUE_STATUSES.get(row.queue_status, row.queue_status).lower()
            raise ValidationError("ticket", f"{_entry(row).ticket} n'est plus dans la file ({status})")
        row.queue_status = "left"
        row.ended_at = now or now_utc()
        return _entry(row)


def back_to_queue(db: Database, request_id: str, *, status: str = "waiting") -> None:
    """Undo « Partie sans aide »: the ticket is back where it was."""
    if status not in vocab.OPEN_QUEUE_STATUSES:
        raise ValidationError("statut", f"« {status} » n'est pas un état de la file", vocab.OPEN_QUEUE_STATUSES)
    with db.write() as s:
        row = _open_row(s, request_id)
        row.queue_status = status
        row.ended_at = None
