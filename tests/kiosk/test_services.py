"""The kiosk's services without a screen: tiles, search, step mode data, tickets, settings and the PIN."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.kiosk import THEMES, PinGuard, PrintBudget, display_url
from app.services import help_requests
from app.services.kiosk import catalogue, settings, tickets


def test_every_tile_holds_guides_of_its_subject(library) -> None:
    counts = {tile.slug: n for tile, n in catalogue.tiles_with_guides(library)}
    assert set(counts) == {t.slug for t in THEMES}
    assert all(n > 0 for n in counts.values()), counts
    caf = [g.id for g in catalogue.guides_for(library, "caf")]
    assert "caf-aide-logement" in caf and "impots-declaration-revenus" not in caf
    impots = [g.id for g in catalogue.guides_for(library, "impots")]
    assert "impots-declaration-revenus" in impots and "caf-aide-logement" not in impots


def test_drafts_are_not_on_the_kiosk(library) -> None:
    from app.services import guides

    guides.set_status(library, "caf-aide-logement", guides.DRAFT)
    assert "caf-aide-logement" not in [g.id for g in catalogue.guides_for(library, "caf")]
    assert catalogue.open_guide(library, "caf-aide-logement") is None
    assert "caf-aide-logement" not in [g.id for g in catalogue.search(library, "aide au logement")]


def test_search_is_the_desks_search(library) -> None:
    assert catalogue.search(library, "pole emploi")[0].id.startswith("france-travail")
    assert catalogue.search(library, "impots")[0].id.startswith("impots")


def test_a_guide_opens_step_by_step_with_its_links_written_out(library) -> None:
    guide = catalogue.open_guide(library, "caf-aide-logement")
    assert guide is not None and guide.step_count >= 3
    assert guide.easy_summary[0] == "Vous louez un logement."
    assert guide.links[0].shown == "caf.fr"
    step = guide.steps[0]
    assert step.title and step.detail
    assert step.title in step.spoken()


def test_step_falc_comes_first_when_the_step_has_it() -> None:
    from app.domain.guide import parse_guide

    text = (
        "---\nid: t\ntitle: T\nsummary: S\nthemes: [email]\nofficial_urls: [https://www.caf.fr/x/]\n"
        "prerequisites: [a]\nduration_minutes: 5\nlevel: debutant\nreviewed: 2026-11-01\nversion: 1\n"
        "falc: |\n  Résumé facile.\n---\n\n## Ouvrir\n\nLe texte complet de l'étape.\n\n"
        "> **Facile à lire :** Ouvrez le site.\n> Tapez caf.fr.\n\n## Fermer\n\nFermez tout.\n"
    )
    guide = catalogue.kiosk_guide(parse_guide(text))
    assert guide.steps[0].easy == ("Ouvrez le site.", "Tapez caf.fr.")
    assert guide.steps[0].spoken() == "Ouvrir\nOuvrez le site.\nTapez caf.fr."
    assert "Le texte complet" in guide.steps[0].spoken(detail=True)
    assert guide.steps[1].easy == () and "Fermez tout." in guide.steps[1].spoken()
    assert guide.links[0].shown == "caf.fr/x"
    assert display_url("https://impots.gouv.fr") == "impots.gouv.fr"


def test_a_ticket_is_in_the_desks_queue_with_its_theme(library, ctx) -> None:
    from app.services import queue as queue_service

    now = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    first = tickets.take_ticket(library, "caf", "Marie", now=now)
    second = tickets.take_ticket(library, "email", now=now)
    queue = help_requests.today_queue(library, site_id=ctx.site.id, now=now)
    assert [e.id for e in queue] == [first.id, second.id]
    assert queue[0].visitor_label == "Marie"
    letter = queue_service.ticket_letter(library)  # the desk's own numbering: this PC's letter, then the day's number
    assert (first.number, second.number) == (f"{letter}-1", f"{letter}-2")
    desk_ticket = queue_service.add_arrival(library, now=now)  # a desk on the same PC: never the same number
    assert desk_ticket.ticket == f"{letter}-3"
    stored = help_requests.load(library, first.id)
    assert stored.fields.themes == ("demarches_administratives",)
    assert stored.fields.demarches == ("social_sante",)
    assert stored.arrived_at == now


def test_a_ticket_refuses_a_too_long_name_and_an_unknown_theme(library) -> None:
    with pytest.raises(ValidationError, match="prénom"):
        tickets.take_ticket(library, "caf", "x" * 31)
    with pytest.raises(ValidationError, match="thème"):
        tickets.take_ticket(library, "nope")


def test_settings_have_defaults_and_refuse_nonsense(db) -> None:
    assert settings.load(db) == settings.KioskSettings(120, 10, False)
    settings.save(db, idle_seconds=300, pages_per_visit=4)
    assert settings.load(db).idle_seconds == 300 and settings.load(db).pages_per_visit == 4
    with pytest.raises(ValidationError, match="délai"):
        settings.save(db, idle_seconds=5)
    from app.store import settings as store_settings
    from app.store.models import LocalSetting

    with db.write() as s:  # a damaged value
        s.merge(LocalSetting(key=store_settings.KIOSK_IDLE_SECONDS.key, value="abc"))
    assert settings.load(db).idle_seconds == 120


def test_staff_pin_is_hashed_never_stored_in_clear(db) -> None:
    import sqlite3

    assert not settings.check_staff_pin(db, "2468")  # no PIN: nothing opens
    settings.set_staff_pin(db, "2468")
    assert settings.check_staff_pin(db, "2468")
    assert not settings.check_staff_pin(db, "2469")
    raw = sqlite3.connect(db.path)
    values = [v for (v,) in raw.execute("SELECT value FROM local_setting")]
    raw.close()
    assert not any("2468" in v for v in values)
    assert any(v.startswith("$argon2id$") for v in values)
    with pytest.raises(ValidationError, match="chiffres"):
        settings.set_staff_pin(db, "12a4")


def test_print_budget_and_pin_guard() -> None:
    budget = PrintBudget(limit=5)
    budget.spend(3)
    assert budget.left == 2 and not budget.allows(3) and budget.allows(2)
    with pytest.raises(ValidationError, match="restante"):
        budget.spend(4)
    guard = PinGuard()
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for _ in range(5):
        guard.record(False, now)
    assert guard.locked(now)
    from datetime import timedelta

    assert not guard.locked(now + timedelta(minutes=2))
