"""A visitor in today's queue, as the desk shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueueEntry:
    """A ticket in the queue (no personal data beyond an optional label typed at the desk)."""

    id: str
    ticket_number: int | None
    visitor_label: str
    queue_status: str
    arrived_at: datetime | None
    started_at: datetime | None

    def waiting_minutes(self, now: datetime) -> int:
        if self.arrived_at is None:
            return 0
        return max(0, int((now - self.arrived_at).total_seconds() // 60))
