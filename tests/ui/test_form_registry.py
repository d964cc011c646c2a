"""The desk form fills and collects every declared field it shows, puts the cursor on a field by its name,
and shows labels in its messages, never internal codes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.clock import paris_today
from app.domain.help_request import FIELD
from app.services import help_requests
from app.ui.desk import form_fields

CTRL = Qt.KeyboardModifier.ControlModifier


def _focused(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def test_a_missing_theme_lists_the_themes_by_their_labels(desk, keyboard):
    keyboard.type("30")
    keyboard.press(Qt.Key.Key_Return, CTRL)
    error = desk.form.ui.error.text()
    assert "E-mail" in error and "Aide aux démarches administratives" in error
    assert "diagnostic_numerique" not in error and "demarches_administratives" not in error
    assert _focused(desk.form.ui.themes)


def test_a_bad_duration_puts_the_cursor_back_on_the_duration(desk):
    desk.form.ui.themes.set_selected(("email",))
    desk.form.ui.notes.setFocus()
    desk.form.ui.duration.setEditText("trois quarts")
    assert desk.form.save() is None
    assert "n'est pas une durée" in desk.form.ui.error.text()
    assert _focused(desk.form.ui.duration)
    assert help_requests.list_records(desk.db) == []


def test_every_shown_field_is_filled_collected_and_focused_by_its_name(desk):
    form = desk.form
    record = form.collect().with_changes(
        day=paris_today() - timedelta(days=2), duration_minutes=50, place="lieu_activite",
        equipment=("tablette",), themes=("sante", "demarches_administratives"), demarches=("logement",),
        demarche_name="APL", autonomy="autonome", redirected=True, structure="aide_sociale", gender="feminin",
        age_group="60_69", status="retraite", notes="vu ensemble")
    form.fill(record)
    collected = form.collect()
    for f in form_fields.SHOWN:
        assert getattr(collected, f.name) == getattr(record, f.name), f.name
    assert {f.name for f in form_fields.SHOWN} >= {"duration_minutes", "themes", "demarches", "structure", "site_id"}
    for f in form_fields.SHOWN:
        assert form_fields.focus(form.ui, f.name), f.name
        assert _focused(getattr(form.ui, f.form)), f.name
    # The site counts only at the site: another place leaves it out.
    form.ui.place.setCurrentIndex(form.ui.place.findData("domicile"))
    assert form.collect().site_id is None
    assert FIELD["site_id"].only_when == ("place", "lieu_activite")
    # A draft keeps every shown field and gives it back.
    form.ui.place.setCurrentIndex(form.ui.place.findData("lieu_activite"))
    kept = form.state()
    form.clear()
    form.apply_state(kept)
    assert form.state() == kept
