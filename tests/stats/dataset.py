"""A small fixed dataset whose totals are known by hand (November 2026, with October before it).

Written through the desk's own services: records, a workshop, queue tickets taken, left, waiting and in
progress, and a deleted record. The expected figures below are counted by hand from this list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.clock import PARIS
from app.domain.help_request import HelpRequestFields, ParticipantCounts
from app.services import help_requests as requests
from app.services import installation, queue
from app.store.db import Database

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


@dataclass(frozen=True)
class Town:
    mediatheque: str
    hotel_de_ville: str
    camille: str
    yanis: str


def paris(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)


def fill(db: Database) -> Town:
    ctx = installation.set_up(
        db, site_name="Médiathèque du Carré des Jalles", device_name="PC-TEST", conseiller_name="Camille Durand"
    )
    assert ctx.site and ctx.conseiller
    town = Town(ctx.site.id, installation.add_site(db, "Hôtel de Ville"), ctx.conseiller.id,
                installation.add_conseiller(db, "Yanis Benali"))
    m, h, cam, yan = town.mediatheque, town.hotel_de_ville, town.camille, town.yanis

    def record(day: date, minutes: int, themes: tuple[str, ...], **kw: object) -> str:
        f = HelpRequestFields(day=day, duration_minutes=minutes, themes=themes, site_id=kw.pop("site_id", m),
                              conseiller_id=kw.pop("conseiller_id", cam), **kw)  # type: ignore[arg-type]
        return requests.save_record(db, f, now=paris(day, 16, 0))

    nov3, nov24 = date(2026, 11, 3), date(2026, 11, 24)
    record(nov3, 30, ("email", "sante"), equipment=("telephone",), autonomy="autonome", gender="feminin",
           age_group="70_plus", status="retraite", notes="Revient mardi.")
    record(nov3, 45, ("demarches_administratives",), demarches=("argent_impots",), demarche_name="Déclaration",
           equipment=("ordinateur",), gender="masculin", age_group="40_59", status="en_emploi",
           handout_guide_ids=("franceconnect",), autonomy="partiellement_autonome")
    record(date(2026, 11, 10), 90, ("prendre_en_main_materiel",), equipment=("tablette",), redirected=True,
           structure="aide_sociale", gender="feminin", age_group="60_69", status="retraite", site_id=h,
           conseiller_id=yan, autonomy="entierement_accompagne")
    record(date(2026, 11, 17), 15, ("navigation_internet",), equipment=("aucun",), place="a_distance", site_id=None)
    record(date(2026, 11, 20), 120, ("securite_numerique",), kind="collectif", conseiller_id=yan,
           workshop_title="Les arnaques en ligne", workshop_level="debutant", participants_total=8,
           participants=ParticipantCounts({"feminin": 5, "masculin": 3}, {"70_plus": 4, "non_communique": 4}, {}))
    # The queue of Tuesday 24 November at the médiathèque.
    taken = [(9, 0, 9, 12, 30, "email"), (9, 5, 9, 30, 60, "bureautique")]
    for ah, am, sh, sm, minutes, theme in taken:
        t = requests.add_arrival(db, site_id=m, now=paris(nov24, ah, am))
        queue.take(db, t.id, conseiller_id=cam, now=paris(nov24, sh, sm))
        f = HelpRequestFields(day=nov24, duration_minutes=minutes, themes=(theme,), site_id=m, conseiller_id=cam)
        requests.save_record(db, f, request_id=t.id, now=paris(nov24, sh + 1, sm))
    left = requests.add_arrival(db, site_id=m, now=paris(nov24, 9, 10))
    requests.mark_left(db, left.id, now=paris(nov24, 9, 40))
    requests.add_arrival(db, site_id=m, now=paris(nov24, 10, 0))  # still waiting
    busy = requests.add_arrival(db, site_id=m, now=paris(nov24, 10, 5))
    queue.take(db, busy.id, conseiller_id=cam, now=paris(nov24, 10, 6))  # in progress
    requests.delete(db, record(date(2026, 11, 25), 60, ("email",)))
    # October, the period before.
    record(date(2026, 10, 15), 30, ("email",))
    record(date(2026, 10, 16), 60, ("email",))
    return town


# Counted by hand from the list above (November 2026, all sites).
NOVEMBER_FIGURES = {
    "sessions": 7, "individual": 6, "workshops": 1, "participants": 8, "people": 14, "minutes": 390,
    "handouts": 1, "redirected": 1, "left": 1, "waited": 2, "wait_median": 12, "wait_p90": 25,
}
NOVEMBER_THEMES = {
    "email": 2, "sante": 1, "demarches_administratives": 1, "prendre_en_main_materiel": 1,
    "navigation_internet": 1, "securite_numerique": 1, "bureautique": 1,
}
NOVEMBER_DURATIONS = {"moins_30": 1, "30_60": 3, "60_120": 2, "120_plus": 1}
NOVEMBER_GENDERS = {"feminin": 7, "masculin": 4, "non_communique": 3}
NOVEMBER_AGES = {"70_plus": 5, "40_59": 1, "60_69": 1, "non_communique": 7}
