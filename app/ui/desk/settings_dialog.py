"""« Réglages du poste » : this PC's name, its site and conseiller, the desk's lock after inactivity, the
site's details printed on handouts (address, phone, opening hours) and the retention of personal data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts import IDLE_LOCK_MAX, IDLE_LOCK_MIN, check_lock_minutes
from app.domain.errors import ValidationError
from app.domain.permissions import PermissionDenied
from app.services import accounts, installation
from app.store import settings
from app.store.db import Database
from app.ui.widgets.dialogs import add_error_and_buttons


class PostSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Réglages du poste"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        post = QGroupBox(self.tr("Ce poste"), self)
        form = QFormLayout(post)
        self.device = QLineEdit(post)
        self.site = QComboBox(post)
        self.new_site = QPushButton(self.tr("Nouveau lieu…"), post)
        self.conseiller = QComboBox(post)
        self.new_conseiller = QPushButton(self.tr("Ajouter…"), post)
        form.addRow(self.tr("&Nom du poste :"), self.device)
        form.addRow(self.tr("Lieu d'activité :"), _row(self.site, self.new_site))
        form.addRow(self.tr("Conseiller :"), _row(self.conseiller, self.new_conseiller))
        self.lock = QSpinBox(post)
        self.lock.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.lock.setSuffix(self.tr(" min"))
        self.lock.setAccessibleName(self.tr("Verrouillage après inactivité"))
        lock_words = QLabel(self.tr("sans touche ni clic, puis le poste se verrouille (de %1 à %2 min)")
                            .replace("%1", str(IDLE_LOCK_MIN)).replace("%2", str(IDLE_LOCK_MAX)), post)
        lock_words.setWordWrap(True)
        form.addRow(self.tr("Verrouiller après :"), _row(self.lock, lock_words))
        layout.addWidget(post)

        details = QGroupBox(self.tr("Le lieu, tel qu'imprimé sur les fiches"), self)
        dform = QFormLayout(details)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("address", self.tr("Adresse :")),
            ("postcode", self.tr("Code postal :")),
            ("city", self.tr("Commune :")),
            ("insee_code", self.tr("Code Insee :")),
            ("phone", self.tr("Téléphone :")),
        ):
            self.fields[key] = QLineEdit(details)
            dform.addRow(label, self.fields[key])
        self.hours = QPlainTextEdit(details)
        self.hours.setTabChangesFocus(True)
        self.hours.setFixedHeight(70)
        self.hours.setPlaceholderText(self.tr("par exemple : mardi et jeudi 14 h – 18 h ; samedi 10 h – 12 h"))
        dform.addRow(self.tr("Horaires :"), self.hours)
        layout.addWidget(details)

        privacy = QGroupBox(self.tr("Données personnelles (RGPD)"), self)
        pform = QFormLayout(privacy)
        self.retention = QSpinBox(privacy)
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" mois"))
        self.retention.setAccessibleName(self.tr("Durée de conservation"))
        self.retention_words = QLabel("", privacy)
        self.retention_words.setWordWrap(True)
        self.notice = QPushButton(self.tr("Imprimer l'affiche « Vos données »…"), privacy)
        pform.addRow(self.tr("Durée de conservation :"), _row(self.retention, self.notice))
        pform.addRow(self.retention_words)
        layout.addWidget(privacy)

        self.error = add_error_and_buttons(self, layout)
        self.retention.valueChanged.connect(self._retention_changed)
        self.notice.clicked.connect(self.print_notice)
        self.retention.setValue(settings.get(db, settings.RETENTION_MONTHS))
        self._retention_changed(self.retention.value())
        self.retention_words.setMinimumHeight(self.retention_words.fontMetrics().lineSpacing() * 4)

        self.lock.setValue(accounts.lock_minutes(db))
        self.new_site.clicked.connect(self.add_site)
        self.new_conseiller.clicked.connect(self.add_conseiller)
        self.site.currentIndexChanged.connect(self._show_site)
        ctx = installation.context(db)
        self.device.setText(ctx.device_name)
        self._fill(ctx.site.id if ctx.site else None, ctx.conseiller.id if ctx.conseiller else None)

    def _fill(self, site_id: str | None, conseiller_id: str | None) -> None:
        self.sites = {s.id: s for s in installation.list_sites(self.db)}
        self.site.blockSignals(True)
        self.site.clear()
        for s in self.sites.values():
            self.site.addItem(s.name, s.id)
        self.site.setCurrentIndex(max(0, self.site.findData(site_id)))
        self.site.blockSignals(False)
        self.conseiller.clear()
        for c in installation.list_conseillers(self.db):
            self.conseiller.addItem(c.full_name, c.id)
        self.conseiller.setCurrentIndex(max(0, self.conseiller.findData(conseiller_id)))
        self._show_site()

    def _show_site(self) -> None:
        site = self.sites.get(self.site.currentData())
        for key, edit in self.fields.items():
            edit.setText(getattr(site, key) if site else "")
        self.hours.setPlainText(site.opening_hours if site else "")

    def _retention_changed(self, months: int) -> None:
        from app.services.people import retention_text

        self.retention_words.setText(self.tr(retention_text(months)))

    def print_notice(self) -> None:
        """« Vos données », with this setting's delay (saved first, so the wall says what the PC does)."""
        from app.services import people
        from app.ui.people.papers import print_or_save

        settings.put(self.db, settings.RETENTION_MONTHS, self.retention.value())
        print_or_save(self, people.privacy_notice_pdf(self.db), "vos-donnees-affiche", [self.db.path])

    def add_site(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nouveau lieu"), self.tr("Nom du lieu :"))
        if ok and name.strip():
            new_id = installation.add_site(self.db, name)
            self._fill(new_id, self.conseiller.currentData())

    def add_conseiller(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Ajouter un conseiller"), self.tr("Prénom et nom :"))
        if ok and name.strip():
            new_id = installation.add_conseiller(self.db, name)
            self._fill(self.site.currentData(), new_id)

    def accept(self) -> None:
        from app.ui.desk.session import actor_of

        try:
            check_lock_minutes(self.lock.value(), self.tr("verrouillage"))
            installation.configure(
                self.db,
                device_name=self.device.text(),
                site_id=self.site.currentData(),
                conseiller_id=self.conseiller.currentData(),
                site_details={**{k: e.text() for k, e in self.fields.items()},
                              "opening_hours": self.hours.toPlainText()},
            )
            accounts.set_lock_minutes(self.db, actor_of(self), self.lock.value())  # audited when changed
        except (ValidationError, PermissionDenied) as exc:
            self.error.setText(str(exc))
            return
        settings.put(self.db, settings.RETENTION_MONTHS, self.retention.value())
        super().accept()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for i, w in enumerate(widgets):
        row.addWidget(w, 1 if i == 0 else 0)
    return row
