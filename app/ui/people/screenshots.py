"""`make screenshots`: « Personnes suivies » with a person's history, and the form of a new person, at 1366×768."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path


def save_screenshots(out: Path) -> None:
    from PySide6.QtCore import QRect, QSize

    from app.domain.clock import now_utc
    from app.domain.help_request import HelpRequestFields
    from app.domain.person import Consent, PersonFields
    from app.services import help_requests, installation, people
    from app.store.open import open_data_dir
    from app.ui.application import application
    from app.ui.desk.style import STYLE
    from app.ui.people.dialog import PeopleDialog
    from app.ui.people.person_dialog import PersonDialog
    from app.ui.widgets.screen_fit import fit_to_screen

    app = application()
    app.setStyleSheet(STYLE)
    db = open_data_dir(Path(tempfile.mkdtemp(prefix="pasapas-shots-people-")))
    ctx = installation.set_up(db, site_name="Médiathèque du Carré des Jalles", device_name="PC-ACCUEIL",
                              conseiller_name="Camille Durand")
    assert ctx.site and ctx.conseiller
    today = date.today()
    for first, last, phone, year in (("Jeanne", "Lafitte", "06 12 34 56 78", 1951), ("Marc", "Dupuy", "", 1987),
                                     ("Fatima", "Benali", "07 65 43 21 09", 1962)):
        pid = people.create(db, PersonFields(first, last, phone, "", year, "Saint-Médard-en-Jalles"),
                            Consent(today - timedelta(days=60), "Camille Durand"), allow_duplicate=True)
        for n, themes in enumerate((("email",), ("demarches_administratives",), ("sante",))):
            help_requests.save_record(db, HelpRequestFields(
                day=today - timedelta(days=7 * n), duration_minutes=30 + 15 * n, site_id=ctx.site.id,
                conseiller_id=ctx.conseiller.id, themes=themes, person_id=pid), now=now_utc())
    screen = QRect(0, 0, 1366, 738)
    dialog = PeopleDialog(db)
    fit_to_screen(dialog, QSize(1100, 620), screen)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "people-dialog.png"))
    dialog.close()
    form = PersonDialog(db)
    form.agreed.setChecked(True)
    fit_to_screen(form, QSize(640, 660), screen)
    form.show()
    app.processEvents()
    form.grab().save(str(out / "people-new-person.png"))
    form.close()
    db.dispose()
