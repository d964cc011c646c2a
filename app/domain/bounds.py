"""Ranges and lengths that make sense for a help session's fields (typed, or arriving by sync alike)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.errors import BAD_FORMAT, NOT_HERE, OUT_OF_RANGE, TOO_LONG, ValidationError

if TYPE_CHECKING:
    from app.domain.help_request import HelpRequestFields

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
# A session is recorded on its day or after; a day of slack for a desk working past midnight.
FUTURE_SLACK = timedelta(days=1)
MAX_PARTICIPANTS = 500
# Lengths of the one-line free texts (the notes have their own limit, MAX_NOTES).
MAX_LINE = {"démarche": 200, "titre de l'atelier": 200, "commune": 100}
POSTCODE = re.compile(r"[0-9]{5}")  # ASCII digits only, the whole text (no trailing newline)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_CONTROL_BUT_NEWLINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def check_day(day: date, *, today: date | None = None) -> None:
    """A session's day: not before 2000, not after today (+ one day), never after 2099."""
    if today is not None and not FIRST_DAY <= today <= LAST_DAY:
        raise ValidationError("horloge", f"ce PC indique le {_fr(today)} : corrigez la date et l'heure de l'ordinateur, "
                              "puis recommencez")
    last = LAST_DAY if today is None else min(LAST_DAY, today + FUTURE_SLACK)
    if not FIRST_DAY <= day <= last:
        raise ValidationError(
            "date", f"{_fr(day)} n'est pas possible : une date entre le {_fr(FIRST_DAY)} et le {_fr(last)}",
            name="day", code=OUT_OF_RANGE)


def check_line(field: str, text: str, limit: int, *, name: str | None = None) -> None:
    """A one-line free text: at most `limit` characters, no line break or invisible character."""
    if len(text) > limit:
        raise ValidationError(field, f"{len(text)} caractères : {limit} au plus", name=name, code=TOO_LONG)
    if _CONTROL.search(text):
        raise ValidationError(field, "retour à la ligne ou caractère invisible : écrivez sur une seule ligne",
                              name=name, code=BAD_FORMAT)


def check_bounds(f: HelpRequestFields, *, today: date | None = None) -> None:
    """Every range and length rule of a session; raises ValidationError naming the field."""
    from app.domain.help_request import FIELD  # the field registry (that module imports this one)

    def label(name: str) -> str:
        return FIELD[name].label

    if f.day is not None:
        check_day(f.day, today=today)
    check_line(label("demarche_name"), f.demarche_name, MAX_LINE["démarche"], name="demarche_name")
    check_line(label("workshop_title"), f.workshop_title, MAX_LINE["titre de l'atelier"], name="workshop_title")
    check_line(label("beneficiary_commune"), f.beneficiary_commune, MAX_LINE["commune"], name="beneficiary_commune")
    if f.beneficiary_postcode and not POSTCODE.fullmatch(f.beneficiary_postcode):
        raise ValidationError(label("beneficiary_postcode"), "5 chiffres attendus, par exemple 33160", name="beneficiary_postcode",
                              code=BAD_FORMAT)
    if _CONTROL_BUT_NEWLINES.search(f.notes):
        raise ValidationError(label("notes"), "caractère invisible dans les notes : retirez-le", name="notes",
                              code=BAD_FORMAT)
    if f.kind == "individuel":
        if f.workshop_level is not None or f.participants_already_helped is not None:
            raise ValidationError("atelier", "le niveau et les participants déjà accompagnés ne concernent que les "
                                  "ateliers collectifs (--type collectif)", name="workshop_level", code=NOT_HERE)
    else:
        total = f.participants_total
        if total is not None and total > MAX_PARTICIPANTS:
            raise ValidationError(label("participants_total"), f"{total} participants : entre 1 et {MAX_PARTICIPANTS}",
                                  name="participants_total", code=OUT_OF_RANGE)
        already = f.participants_already_helped
        if already is not None and already < 0:
            raise ValidationError(label("participants_already_helped"), f"{already} : un nombre entre 0 et le nombre de "
                                  "participants", name="participants_already_helped", code=OUT_OF_RANGE)
