"""Durations typed at the desk or on the command line: « 90 », « 1h30 », « 1 h 30 », « 1:30 » all mean 90 minutes."""

from __future__ import annotations

import re

from app.domain.errors import ValidationError
from app.domain.vocab import MAX_DURATION_MINUTES

# Minutes alone (« 90 », « 45 min »), or hours and minutes (« 1h30 », « 1 h 30 », « 1:30 », « 2 h », « 1h05 »).
_MINUTES = re.compile(r"^(\d{1,3})\s*(?:min|mn|m)?$")
_HOURS = re.compile(r"^(\d{1,2})\s*(?:h|:)\s*(?:(\d{1,2})\s*(?:min|mn|m)?)?$")
HOW = "écrivez des minutes (« 90 ») ou des heures et minutes (« 1h30 », « 1 h 30 », « 1:30 »)"


def parse_duration(text: str, field: str = "durée") -> int:
    """Minutes from what a person typed; anything else raises `ValidationError` naming `field`."""
    raw = text.strip()
    cleaned = raw.lower().replace("\u202f", " ").replace("\u00a0", " ")
    if not cleaned:
        raise ValidationError(field, f"indiquez une durée : {HOW}")
    m = _MINUTES.match(cleaned)
    if m:
        minutes = int(m.group(1))
    else:
        m = _HOURS.match(cleaned)
        if m is None:
            raise ValidationError(field, f"« {raw} » n'est pas une durée : {HOW}")
        extra = int(m.group(2)) if m.group(2) else 0
        if ":" in cleaned and m.group(2) is None:
            raise ValidationError(field, f"« {raw} » n'est pas une durée : {HOW}")
        if extra >= 60:
            raise ValidationError(field, f"« {raw} » : les minutes vont de 0 à 59 après les heures ; {HOW}")
        minutes = int(m.group(1)) * 60 + extra
    if not 0 < minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            field, f"« {raw} » ({minutes} min) n'est pas possible : entre 1 et {MAX_DURATION_MINUTES} minutes (8 h)"
        )
    return minutes


def duration_text(minutes: int) -> str:
    """« 45 min », « 1 h », « 2 h 45 » (as the log's totals and the form show durations)."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
