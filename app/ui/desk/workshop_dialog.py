"""Record a workshop (atelier collectif): title, level, date, duration, themes, anonymous counts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.errors import ValidationError
from app.domain.help_request import HelpRequestFields, ParticipantCounts, validate
from app.services import help_requests, installation
from app.store.db import Database
from app.ui import labels
from app.ui.desk.form_layout import THEME_KEYS
from app.ui.widgets.date_field import DateField
from app.ui.widgets.dialogs import add_error_and_buttons
from app.ui.widgets.screen_fit import fit_to_screen
from app.ui.widgets.toggles import ToggleGroup


class WorkshopDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, request_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.request_id = request_id
        self.saved_id: str | None = None
        self._error_field: tuple[str | None, str] = (None, "")
        self.setWindowTitle(self.tr("Atelier collectif"))
        outer = QVBoxLayout(self)
        # The fields scroll (vertically only) above the buttons, which always stay on screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(self)
        self.level = QComboBox(self)
        for slug, text in labels.items(vocab.LEVELS):
            self.level.addItem(text, slug)
        self.day = DateField(labels.today_qdate(), self)
        self.duration = QSpinBox(self)
        self.duration.setRange(1, vocab.MAX_DURATION_MINUTES)
        self.duration.setValue(120)
        self.duration.setSuffix(self.tr(" min"))
        self.site = QComboBox(self)
        for s in installation.list_sites(db):
            self.site.addItem(s.name, s.id)
        ctx = installation.context(db)
        self.site.setCurrentIndex(max(0, self.site.findData(ctx.site and ctx.site.id)))
        self.conseiller_id = ctx.conseiller.id if ctx.conseiller else None
        self.themes = ToggleGroup([(s, t, THEME_KEYS[s]) for s, t in labels.items(vocab.THEMES)], columns=3, parent=self)
        self.total = QSpinBox(self)
        self.total.setRange(0, 500)
        self.already = QSpinBox(self)
        self.already.setRange(0, 500)
        form.addRow(self.tr("&Titre :"), self.title)
        form.addRow(self.tr("&Niveau :"), self.level)
        form.addRow(self.tr("&Date :"), self.day)
        form.addRow(self.tr("D&urée :"), self.duration)
        form.addRow(self.tr("&Lieu :"), self.site)
        form.addRow(self.tr("Thématiques :"), self.themes)
        form.addRow(self.tr("&Participants :"), self.total)
        form.addRow(self.tr("dont déjà &accompagnés :"), self.already)
        layout.addLayout(form)
        self.counts: dict[str, dict[str, QSpinBox]] = {}
        for key, title, table in (
            ("genre", self.tr("Par genre"), vocab.GENDERS),
            ("age", self.tr("Par tranche d'âge"), vocab.AGE_GROUPS),
            ("statut", self.tr("Par statut"), vocab.STATUSES),
        ):
            box = QGroupBox(title, self)
            grid = QGridLayout(box)
            self.counts[key] = {}
            for i, (slug, text) in enumerate(labels.items(table)):
                spin = QSpinBox(box)
                spin.setRange(0, 500)
                spin.setAccessibleName(text)
                grid.addWidget(QLabel(text, box), i // 4, (i % 4) * 2)
                grid.addWidget(spin, i // 4, (i % 4) * 2 + 1)
                self.counts[key][slug] = spin
            layout.addWidget(box)
        self.rest_unknown = QCheckBox(self.tr("Compter le reste en « Non communiqué » (genre, âge, statut)"), self)
        self.rest_unknown.setChecked(True)
        layout.addWidget(self.rest_unknown)
        self.error = add_error_and_buttons(self, outer)
        fit_to_screen(self, QSize(900, 760))
        if request_id:
            self._load(request_id)
        for spin in (self.total, self.already, *(x for d in self.counts.values() for x in d.values())):
            spin.valueChanged.connect(self._fixed)
        self.title.textChanged.connect(self._fixed)
        self.themes.changed.connect(self._fixed)
        self.rest_unknown.toggled.connect(self._fixed)

    def _load(self, request_id: str) -> None:
        f = help_requests.load(self.db, request_id).fields
        self.title.setText(f.workshop_title)
        self.level.setCurrentIndex(max(0, self.level.findData(f.workshop_level)))
        if f.day:
            self.day.setDate(QDate(f.day.year, f.day.month, f.day.day))
        self.duration.setValue(f.duration_minutes or 120)
        self.site.setCurrentIndex(max(0, self.site.findData(f.site_id)))
        self.themes.set_selected(f.themes)
        self.total.setValue(f.participants_total or 0)
        self.already.setValue(f.participants_already_helped or 0)
        for key, values in f.participants.as_dict().items():
            for slug, n in values.items():
                if slug in self.counts[key]:
                    self.counts[key][slug].setValue(n)
        self.conseiller_id = f.conseiller_id or self.conseiller_id

    def fields(self) -> HelpRequestFields:
        qd = self.day.date()

        total = self.total.value()

        def counts(key: str) -> dict[str, int]:
            found = {slug: spin.value() for slug, spin in self.counts[key].items() if spin.value()}
            rest = total - sum(found.values())
            if self.rest_unknown.isChecked() and rest > 0:  # the conseiller says: the others are not known
                found["non_communique"] = found.get("non_communique", 0) + rest
            return found

        return HelpRequestFields(
            kind="collectif",
            day=date(qd.year(), qd.month(), qd.day()),
            duration_minutes=self.duration.value(),
            place="lieu_activite",
            site_id=self.site.currentData(),
            conseiller_id=self.conseiller_id,
            themes=self.themes.selected(),
            workshop_title=self.title.text(),
            workshop_level=self.level.currentData(),
            participants_total=self.total.value(),
            participants_already_helped=self.already.value(),
            participants=ParticipantCounts(counts("genre"), counts("age"), counts("statut")),
        )

    def accept(self) -> None:
        try:
            self.saved_id = help_requests.save_record(self.db, self.fields(), request_id=self.request_id)
        except ValidationError as exc:
            self._error_field = (exc.name, exc.field)
            self.error.setText(exc.shown())
            return
        super().accept()

    def _fixed(self) -> None:
        """A message goes once what it named is right again."""
        if not self.error.text():
            return
        try:
            validate(self.fields())
        except ValidationError as exc:
            if (exc.name, exc.field) == self._error_field:
                self.error.setText(exc.shown())
                return
        self.error.setText("")
