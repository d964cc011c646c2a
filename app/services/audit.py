"""The audit log: `record(db, actor, action, detail)` appends a line (synced); `entries` reads it, for admins.

A line says who (a staff account, or « système » / « ligne de commande »), what (an `AuditAction`), when,
on which PC, and a short detail. Never a beneficiary's personal data: callers write counts and kinds
(« 1 personne effacée », « CSV, 42 accompagnements »), never names, notes or file paths.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.audit import AUDIT_LABELS, AuditAction, clean_detail
from app.domain.permissions import Action, Actor, require
from app.store import settings
from app.store.db import Database
from app.store.models import AuditEntry
from app.store.types import utcnow

SYSTEM = "système"


@dataclass(frozen=True)
class Line:
    """One audit line as the admin reads it."""

    at: datetime
    device_name: str
    actor: str
    role: str
    action: str
    label: str
    detail: str


def record(
    target: Database | Session,
    actor: Actor | None,
    action: AuditAction,
    detail: str = "",
    *,
    now: Callable[[], datetime] = utcnow,
) -> None:
    """Append one line (in the given session's transaction, or a write of its own). `actor` None: the app
    itself (retention at start, an automatic task)."""
    action = AuditAction(action)  # an unknown action is a programming error, caught here
    if isinstance(target, Database):
        with target.write() as s:
            record(s, actor, action, detail, now=now)
        return
    target.add(AuditEntry(
        at=now(),
        device_id=settings.get(target, settings.DEVICE_ID),
        device_name=settings.get(target, settings.DEVICE_NAME),
        actor=actor.name if actor else SYSTEM,
        role=str(actor.role) if actor else "",
        action=str(action),
        detail=clean_detail(detail),
    ))


def entries(db: Database, actor: Actor, *, limit: int = 500, action: AuditAction | None = None) -> list[Line]:
    """The newest lines first (admins only)."""
    require(actor, Action.AUDIT)
    q = select(AuditEntry).where(AuditEntry.deleted.is_(False))
    if action is not None:
        q = q.where(AuditEntry.action == str(action))
    q = q.order_by(AuditEntry.at.desc(), AuditEntry.id).limit(max(1, limit))
    with db.read() as s:
        return [Line(r.at, r.device_name, r.actor, r.role, r.action, _label(r.action), r.detail)
                for r in s.scalars(q)]


def _label(code: str) -> str:
    try:
        return AUDIT_LABELS[AuditAction(code)]
    except ValueError:
        return code  # an action of a newer version, arrived by sync
