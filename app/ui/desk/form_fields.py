"""The desk form's declared fields: fill, collect, draft and focus each one by its widget's type.

A field with `form="<widget>"` in its declaration (`app/domain/help_request.py`) is shown by the
`FormLayout` attribute of that name; nothing else is needed for the form to fill and collect it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.cra_fields import CraField, Kind
from app.domain.duration import parse_duration
from app.domain.errors import ValidationError
from app.domain.help_request import FIELD, FIELDS
from app.ui.widgets.date_field import DateField
from app.ui.widgets.toggles import ToggleGroup

SHOWN: tuple[CraField, ...] = tuple(f for f in FIELDS if f.form)


def widget(ui: Any, f: CraField) -> QWidget:
    assert f.form is not None
    w = getattr(ui, f.form)
    assert isinstance(w, QWidget), f"FormLayout.{f.form} : pas de widget pour {f.name}"
    return w


def put(ui: Any, f: CraField, value: Any) -> None:
    """Show a field's value. An exclusive toggle group shows the default (« non communiqué ») as nothing
    chosen; a site or a conseiller that is not given leaves the combo box as it is."""
    w = widget(ui, f)
    if isinstance(w, ToggleGroup):
        if f.kind is Kind.CHOICE:
            w.set_selected(None if value == f.default else value)
        else:
            w.set_selected(tuple(value or ()))
    elif isinstance(w, DateField):
        if value:
            w.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(w, QComboBox) and w.isEditable():
        w.setEditText(str(value) if value else "")
    elif isinstance(w, QComboBox):
        if value is None and f.kind is Kind.REF:
            return
        w.setCurrentIndex(max(0, w.findData(value)))
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QLineEdit):
        w.setText(value or "")
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(value or "")
    else:
        raise TypeError(f"{f.name} : widget {type(w).__name__} non pris en charge")


def raw(ui: Any, f: CraField) -> Any:
    """What the widget holds, as a plain value (a draft keeps it; a date as AAAA-MM-JJ)."""
    w = widget(ui, f)
    if isinstance(w, ToggleGroup):
        return w.value() if f.kind is Kind.CHOICE else list(w.selected())
    if isinstance(w, DateField):
        qd = w.date()
        return f"{qd.year():04d}-{qd.month():02d}-{qd.day():02d}"
    if isinstance(w, QComboBox) and w.isEditable():
        return w.currentText().strip()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    raise TypeError(f"{f.name} : widget {type(w).__name__} non pris en charge")


def value(ui: Any, f: CraField, label: str) -> Any:
    """The field's value from its widget (`label`: the form's name for it, in a typing error)."""
    got = raw(ui, f)
    if f.kind is Kind.DAY:
        qd = widget(ui, f).date()  # type: ignore[attr-defined]
        return date(qd.year(), qd.month(), qd.day())
    if f.kind is Kind.NUMBER and isinstance(got, str):
        try:
            return parse_duration(got, label) if got else None
        except ValidationError as exc:
            exc.name = f.name  # the cursor goes back there
            raise
    if f.kind in (Kind.CHOICES, Kind.REFS):
        return tuple(got)
    if f.kind is Kind.CHOICE and got is None:
        return f.default
    return got


def collect(ui: Any, labels: dict[str, str]) -> dict[str, Any]:
    """Every shown field's value; one that applies only while another has a value (`only_when`) is left
    at its default otherwise."""
    out = {f.name: value(ui, f, labels.get(f.name, f.label)) for f in SHOWN}
    for f in SHOWN:
        if f.only_when is not None:
            other, needed = f.only_when
            if out.get(other) != needed:
                out[f.name] = f.default
    return out


def fill(ui: Any, fields: Any) -> None:
    for f in SHOWN:
        put(ui, f, getattr(fields, f.name))


def state(ui: Any) -> dict[str, object]:
    """Every shown field as a plain value, keyed by its widget's name (a draft's keys)."""
    return {f.form: raw(ui, f) for f in SHOWN if f.form}


def restore(ui: Any, st: dict[str, object]) -> None:
    """Put back a `state()`: a value a combo box does not offer (any more) leaves it as it is."""
    for f in SHOWN:
        assert f.form is not None
        got = st.get(f.form)
        w = widget(ui, f)
        if isinstance(w, DateField):
            day = QDate.fromString(str(got or ""), "yyyy-MM-dd")
            if day.isValid():
                w.setDate(day)
        elif isinstance(w, QComboBox) and not w.isEditable():
            i = w.findData(got)
            if i >= 0 or f.kind is not Kind.REF:
                w.setCurrentIndex(max(0, i))
        elif isinstance(w, ToggleGroup) and f.kind is Kind.CHOICE:
            w.set_selected(str(got) if got else None)
        elif isinstance(w, ToggleGroup):
            w.set_selected(tuple(str(v) for v in got) if isinstance(got, list) else ())
        elif isinstance(w, QComboBox):
            w.setEditText(str(got or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(got))
        elif isinstance(w, QLineEdit):
            w.setText(str(got or ""))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(got or ""))


def focus(ui: Any, name: str | None) -> bool:
    """Put the cursor on the declared field `name` (an error's `name`); False if the form does not show it."""
    f = FIELD.get(name or "")
    if f is None or not f.form:
        return False
    w = widget(ui, f)
    if not w.isEnabled() and f.only_when is not None:  # the site when the place is not « lieu d'activité »
        w = widget(ui, FIELD[f.only_when[0]])
    w.setFocus()
    return True
