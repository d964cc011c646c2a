"""The CRA rules for a help session record."""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields, ParticipantCounts, validate

OK = HelpRequestFields(day=date(2026, 11, 27), duration_minutes=30, site_id="s", themes=("email",))


def test_a_typical_record_is_valid_and_normalised():
    f = validate(OK.with_changes(themes=("email", "email", "sante"), notes="  vu ensemble  "))
    assert f.themes == ("email", "sante")
    assert f.notes == "vu ensemble"


@pytest.mark.parametrize(
    ("changes", "field", "hint"),
    [
        ({"duration_minutes": 0}, "durée", "entre 1 et 480"),
        ({"duration_minutes": 481}, "durée", "entre 1 et 480"),
        ({"duration_minutes": None}, "durée", "minutes"),
        ({"themes": ()}, "thématiques", "au moins une"),
        ({"themes": ("mail",)}, "thématiques", "email"),
        ({"demarches": ("logement",)}, "démarches", "Aide aux démarches administratives"),
        ({"demarche_name": "APL"}, "démarches", "Aide aux démarches administratives"),
        ({"structure": "administration"}, "structure", "réorientée"),
        ({"place": "dehors"}, "lieu", "a_distance"),
        ({"site_id": None}, "lieu", "site"),
        ({"equipment": ("aucun", "telephone")}, "matériel", "Pas de matériel"),
        ({"gender": "x"}, "genre", "feminin"),
        ({"age_group": "30"}, "tranche d'âge", "25_39"),
        ({"beneficiary_postcode": "3316"}, "code postal", "5 chiffres"),
        ({"kind": "groupe"}, "type", "collectif"),
        ({"day": None}, "date", "AAAA-MM-JJ"),
    ],
)
def test_bad_values_name_the_field_and_the_fix(changes, field, hint):
    with pytest.raises(ValidationError) as err:
        validate(OK.with_changes(**changes))
    assert err.value.field == field
    assert hint in str(err.value)


def test_admin_theme_allows_demarches():
    f = validate(
        OK.with_changes(themes=("demarches_administratives",), demarches=("argent_impots",), demarche_name="Impôts")
    )
    assert f.demarches == ("argent_impots",)


def test_redirection_with_structure():
    assert validate(OK.with_changes(redirected=True, structure="aide_sociale")).structure == "aide_sociale"


def test_workshop_rules():
    ws = OK.with_changes(kind="collectif", workshop_title="Découvrir son smartphone", participants_total=8,
                         participants_already_helped=3, workshop_level="debutant",
                         participants=ParticipantCounts(by_gender={"feminin": 5, "masculin": 3}))
    assert validate(ws).participants_total == 8
    with pytest.raises(ValidationError, match="titre"):
        validate(ws.with_changes(workshop_title=" "))
    with pytest.raises(ValidationError, match="participants"):
        validate(ws.with_changes(participants_total=0))
    with pytest.raises(ValidationError, match="dépasse"):
        validate(ws.with_changes(participants=ParticipantCounts(by_gender={"feminin": 9})))
    with pytest.raises(ValidationError, match="individuel"):
        validate(ws.with_changes(autonomy="autonome"))
    with pytest.raises(ValidationError, match="ateliers collectifs"):
        validate(OK.with_changes(workshop_title="x"))


def test_the_recording_day_is_the_day_in_paris(monkeypatch):
    from datetime import UTC, datetime

    from app.domain import clock

    monkeypatch.setattr(clock, "now_utc", lambda: datetime(2026, 11, 27, 23, 30, tzinfo=UTC))
    assert clock.paris_today() == date(2026, 11, 28)  # 00:30 in Paris
    monkeypatch.setattr(clock, "now_utc", lambda: datetime(2026, 7, 14, 21, 59, tzinfo=UTC))
    assert clock.paris_today() == date(2026, 7, 14)  # 23:59 in Paris (summer time)
