"""Followed beneficiaries: consent first, duplicates, merge, history, tranche d'âge."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.person import Consent, PersonFields, age_group, months_before
from app.services import help_requests, people
from tests.people.conftest import ADMIN, NOW, TODAY, consent, eulalie, session_for


def test_nobody_is_recorded_without_consent(db, ctx):
    with pytest.raises(ValidationError, match="consentement"):
        people.create(db, eulalie(), None, now=NOW)
    with pytest.raises(ValidationError, match="qui recueille"):
        people.create(db, eulalie(), Consent(TODAY, "  "), now=NOW)
    with pytest.raises(ValidationError, match="à quoi servent"):
        people.create(db, eulalie(), Consent(TODAY, "Camille", ""), now=NOW)
    assert people.search(db) == []


def test_the_consent_is_kept_with_date_author_and_purpose(db, ctx, person):
    rec = people.get(db, person)
    assert rec.consent.given_on == TODAY
    assert rec.consent.by == "Camille Durand"
    assert "accompagnements" in rec.consent.purpose
    assert rec.age_group(TODAY) == "70_plus"


@pytest.mark.parametrize(("first", "last", "phone", "email", "why"), [
    ("eulalie", "BRINDAVOINE", "", "", "nom très proche"),            # case
    ("Eulalie", "Brindavoïne", "", "", "nom très proche"),            # accent
    ("Eulalye", "Brindavoine", "", "", "nom très proche"),            # a typo
    ("Brindavoine", "Eulalie", "", "", "nom très proche"),            # order
    ("Eulalie", "Brindavoine", "+33 6 71 23 45 98", "", "même nom et même téléphone"),
    ("Lili", "", "0671234598", "", "même téléphone"),
    ("Lili", "", "", "EULALIE.BRINDAVOINE@exemple.fr", "même e-mail"),
])
def test_a_close_person_is_flagged_before_creation(db, ctx, person, first, last, phone, email, why):
    new = PersonFields(first, last, phone, email)
    with pytest.raises(people.PossibleDuplicates) as caught:
        people.create(db, new, consent(), now=NOW)
    assert [(d.person.id, d.reason) for d in caught.value.found] == [(person, why)]
    # Created anyway when the conseiller says it is someone else.
    other = people.create(db, new, consent(), now=NOW, allow_duplicate=True)
    assert other != person


@pytest.mark.parametrize(("first", "last"), [("Eulalie", "Martin"), ("Jeanne", "Brindavoine"), ("Eulalie", "")])
def test_different_people_are_not_flagged(db, ctx, person, first, last):
    assert people.find_duplicates(db, PersonFields(first, last)) == []


def test_bad_fields_are_named(db, ctx):
    for fields, name in ((eulalie(first_name=" "), "prénom"), (eulalie(phone="06 12"), "téléphone"),
                         (eulalie(email="pas-une-adresse"), "e-mail"), (eulalie(birth_year=2040), "année")):
        with pytest.raises(ValidationError, match=name):
            people.create(db, fields, consent(), now=NOW)


def test_history_shows_the_persons_sessions_and_only_theirs(db, ctx, person):
    mine = session_for(db, ctx, person, day=date(2026, 11, 3), notes="CAF")
    session_for(db, ctx, None)  # anonymous: nobody's history
    later = session_for(db, ctx, person, day=date(2026, 12, 1))
    lines = people.history(db, person)
    assert [line.id for line in lines] == [later, mine]
    assert lines[0].site == ctx.site.name and lines[0].conseiller == "Camille Durand"
    assert people.get(db, person).sessions == 2
    assert people.get(db, person).last_session == date(2026, 12, 1)


def test_a_session_cannot_point_to_an_erased_person(db, ctx, person):
    people.erase(db, person, now=NOW, actor=ADMIN)
    with pytest.raises(ValidationError, match="personne suivie"):
        session_for(db, ctx, person)


def test_merge_moves_sessions_and_fills_the_blanks(db, ctx, person):
    other = people.create(db, PersonFields("Eulalie", "Brindavoine", "", "", None, "", "Vient le mardi"), consent(),
                          now=NOW, allow_duplicate=True)
    session_for(db, ctx, person)
    moved = session_for(db, ctx, other)
    keep = people.create(db, PersonFields("Eulalye", "Brindavoine"), consent(), now=NOW, allow_duplicate=True)
    assert people.merge(db, keep, other, now=NOW, actor=ADMIN) == 1
    rec = people.get(db, keep)
    assert "Vient le mardi" in rec.fields.notes
    assert help_requests.load(db, moved).fields.person_id == keep
    assert [p.id for p in people.search(db, "brindavoine")] == sorted([keep, person],
                                                                     key=lambda i: people.get(db, i).fields.first_name)
    with pytest.raises(ValidationError):
        people.get(db, other)


def test_search_ignores_accents_and_case(db, ctx, person):
    assert [p.id for p in people.search(db, "brindavoïne eulalie")] == [person]
    assert [p.id for p in people.search(db, "0671")] == [person]
    assert people.search(db, "martin") == []


@pytest.mark.parametrize(("year", "slug"), [(2020, "moins_12"), (2010, "12_17"), (2002, "18_24"), (1990, "25_39"),
                                             (1970, "40_59"), (1960, "60_69"), (1948, "70_plus"), (None, "non_communique")])
def test_the_age_group_comes_from_the_year_of_birth(year, slug):
    assert age_group(year, TODAY) == slug


def test_months_before_keeps_the_day_or_the_months_last():
    assert months_before(date(2026, 12, 2), 12) == date(2025, 12, 2)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)
