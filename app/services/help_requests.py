"""Help sessions: the CRA record of each session (the queue of walk-in visitors is in `queue.py`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import vocab
from app.domain.bounds import check_day
from app.domain.clock import local_day, now_utc
from app.domain.cra_fields import from_store, to_store
from app.domain.errors import NOT_FOUND, ValidationError
from app.domain.help_request import FIELDS, HelpRequestFields, validate
from app.domain.queue import RECORDED

# The queue has its own module (app/services/queue.py); these names stay importable from here.
from app.services.queue import QueueEntry, add_arrival, mark_left, set_visitor_label, today_queue  # noqa: F401
from app.store.db import Database
from app.store.models import HelpRequest, Person

RECORDED_STATUSES = RECORDED


@dataclass(frozen=True)
class StoredRequest:
    """A saved help session: its CRA fields plus what the desk knows about it."""

    id: str
    fields: HelpRequestFields
    queue_status: str
    ticket_number: int | None
    arrived_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted: bool


def _fields(row: HelpRequest) -> HelpRequestFields:
    """A stored row's CRA fields: every declared field, from the column of the same name."""
    return HelpRequestFields(**{f.name: from_store(f, getattr(row, f.name)) for f in FIELDS})


def _apply(row: HelpRequest, f: HelpRequestFields) -> None:
    """Write every declared field into the column of the same name."""
    assert f.day is not None
    for field in FIELDS:
        setattr(row, field.name, to_store(field, getattr(f, field.name)))


def _stored(row: HelpRequest) -> StoredRequest:
    return StoredRequest(
        id=row.id,
        fields=_fields(row),
        queue_status=row.queue_status,
        ticket_number=row.ticket_number,
        arrived_at=row.arrived_at,
        started_at=row.started_at,
        ended_at=row.ended_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted=row.deleted,
    )


def _open_row(s: Session, request_id: str) -> HelpRequest:
    row = s.get(HelpRequest, request_id)
    if row is None or row.deleted:
        raise ValidationError("accompagnement", f"introuvable : {request_id}")
    return row


# --- Records ---------------------------------------------------------------------------------------


def save_record(
    db: Database,
    fields: HelpRequestFields,
    *,
    request_id: str | None = None,
    queue_status: str | None = None,
    now: datetime | None = None,
    base: HelpRequestFields | None = None,
) -> str:
    """Validate and save a session's record (new, from the queue, or an edit). Returns its id.

    The queue status is « redirected » for a person sent to another structure, else « done ».
    `base`: the fields as they were when the form was filled. With it, an edit writes only what the
    conseiller changed, so an edit of other fields made meanwhile on another PC (sync) is kept.
    """
    f = validate(fields)
    if f.day is not None:
        check_day(f.day, today=local_day(now or now_utc()))
    queue_status = queue_status or ("redirected" if f.redirected else "done")
    if queue_status not in RECORDED_STATUSES:
        raise ValidationError("statut", f"« {queue_status} » : un accompagnement enregistré est", RECORDED_STATUSES)
    now = now or now_utc()
    with db.write() as s:
        if f.person_id is not None:
            person = s.get(Person, f.person_id)
            if person is None or person.deleted or person.erased_at is not None:
                raise ValidationError("personne suivie", "introuvable ou effacée : choisissez-la à nouveau",
                                      name="person_id", code=NOT_FOUND)
        if request_id is None:
            row = HelpRequest()
            s.add(row)
        else:
            row = _open_row(s, request_id)
            if base is not None:
                f = _only_changed(_fields(row), base, f)
        _apply(row, f)
        row.queue_status = queue_status
        if row.ended_at is None:
            row.ended_at = now
        if row.started_at is None:
            assert f.duration_minutes is not None
            row.started_at = row.ended_at - timedelta(minutes=f.duration_minutes)
        s.flush()
        return row.id


def _only_changed(current: HelpRequestFields, base: HelpRequestFields, new: HelpRequestFields) -> HelpRequestFields:
    """The stored fields with the form's changes over `base` laid on top (all of the form if that is invalid)."""
    changed = {k: v for k, v in vars(new).items() if vars(base).get(k) != v}
    try:
        return validate(replace(current, **changed))
    except ValidationError:
        return new


def load(db: Database, request_id: str) -> StoredRequest:
    with db.read() as s:
        row = s.get(HelpRequest, request_id)
        if row is None:
            raise ValidationError("accompagnement", f"introuvable : {request_id}")
        return _stored(row)


def delete(db: Database, request_id: str) -> None:
    """Delete as a tombstone: the row stays (for sync and for « Annuler »)."""
    with db.write() as s:
        _open_row(s, request_id).deleted = True


def restore(db: Database, request_id: str) -> None:
    """Undo a delete."""
    with db.write() as s:
        row = s.get(HelpRequest, request_id)
        if row is None:
            raise ValidationError("accompagnement", f"introuvable : {request_id}")
        row.deleted = False


def last_record(db: Database, *, conseiller_id: str | None) -> HelpRequestFields | None:
    """The conseiller's last recorded session, for « Dupliquer la dernière »."""
    with db.read() as s:
        row = s.scalars(
            select(HelpRequest)
            .where(
                HelpRequest.conseiller_id == conseiller_id,
                HelpRequest.queue_status.in_(RECORDED_STATUSES),
                HelpRequest.deleted.is_(False),
            )
            .order_by(HelpRequest.ended_at.desc())
            .limit(1)
        ).first()
        return _fields(row) if row else None


def preferred_durations(db: Database, *, conseiller_id: str | None, sample: int = 200) -> list[int]:
    """Durations to offer, the conseiller's most used first (over their last `sample` records)."""
    with db.read() as s:
        used = s.scalars(
            select(HelpRequest.duration_minutes)
            .where(
                HelpRequest.conseiller_id == conseiller_id,
                HelpRequest.queue_status.in_(RECORDED_STATUSES),
                HelpRequest.deleted.is_(False),
            )
            .order_by(HelpRequest.ended_at.desc())
            .limit(sample)
        ).all()
    counts = Counter(d for d in used if d)
    ranked = [d for d, _ in counts.most_common() if d in vocab.QUICK_DURATIONS or counts[d] >= 3]
    return ranked + [d for d in vocab.QUICK_DURATIONS if d not in ranked]


def list_records(db: Database, *, day_from: date | None = None, day_to: date | None = None) -> list[StoredRequest]:
    """Recorded sessions (not deleted) in a period, oldest first."""
    with db.read() as s:
        q = select(HelpRequest).where(
            HelpRequest.queue_status.in_(RECORDED_STATUSES), HelpRequest.deleted.is_(False)
        )
        if day_from:
            q = q.where(HelpRequest.day >= day_from)
        if day_to:
            q = q.where(HelpRequest.day <= day_to)
        return [_stored(r) for r in s.scalars(q.order_by(HelpRequest.day, HelpRequest.ended_at))]


def forget_visitor_labels(db: Database, *, now: datetime | None = None) -> int:
    """Blank the labels typed for the queue on earlier days: they are only needed while people wait."""
    today = local_day(now or now_utc())
    with db.write() as s:
        rows = s.scalars(select(HelpRequest).where(HelpRequest.day < today, HelpRequest.visitor_label != "")).all()
        for row in rows:
            row.visitor_label = ""
        return len(rows)
