"""Fixtures for followed beneficiaries: a consent, a person recorded with it, a session of theirs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.help_request import HelpRequestFields
from app.domain.permissions import Actor, Role
from app.domain.person import Consent, PersonFields
from app.services import help_requests, people

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
TODAY = date(2026, 12, 2)
# Names no other fixture or bundled text holds: found in the raw bytes only if left behind.
FIRST, LAST = "Eulalie", "Brindavoine"
PHONE, EMAIL = "06 71 23 45 98", "eulalie.brindavoine@exemple.fr"
SECRET_NOTE = "Eulalie cherche son numéro fiscal Brindavoine"
# An admin at the desk (erasing, merging and reading a person's data out are theirs; the services check it).
ADMIN = Actor("Camille Durand", Role.ADMIN, "compte-admin")


def consent(by: str = "Camille Durand") -> Consent:
    return Consent(TODAY, by)


def eulalie(**changes: object) -> PersonFields:
    base = dict(first_name=FIRST, last_name=LAST, phone=PHONE, email=EMAIL, birth_year=1948,
                commune="Saint-Médard-en-Jalles", notes="Préfère être appelée le matin")
    base.update(changes)
    return PersonFields(**base)  # type: ignore[arg-type]


def session_for(db, ctx, person_id: str | None, *, day: date = TODAY, notes: str = "", now: datetime = NOW) -> str:
    fields = HelpRequestFields(day=day, duration_minutes=30, site_id=ctx.site.id, conseiller_id=ctx.conseiller.id,
                               themes=("email",), age_group="70_plus", notes=notes, person_id=person_id)
    return help_requests.save_record(db, fields, now=now)


@pytest.fixture
def person(db, ctx) -> str:
    return people.create(db, eulalie(), consent(), now=NOW)

