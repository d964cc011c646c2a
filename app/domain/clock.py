"""Time rules: stored in UTC, shown and dated in Europe/Paris."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_day(moment: datetime) -> date:
    """The calendar day in Paris of an aware moment."""
    return moment.astimezone(PARIS).date()


def paris_today() -> date:
    """Today in Paris, whatever the PC's own time zone: the day a session is recorded on."""
    return local_day(now_utc())


def local_time_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(PARIS).strftime("%H:%M")


def parse_day(text: str, field: str = "date") -> date:
    """A date typed as AAAA-MM-JJ or JJ/MM/AAAA."""
    from app.domain.errors import ValidationError

    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(field, f"« {text} » n'est pas une date : écrivez AAAA-MM-JJ (par exemple 2026-12-03)")
