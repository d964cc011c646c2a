"""The options of a handout as widgets (layout only): first name, layout, guides, steps, notes, appointment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.guide import Guide
from app.services.handout_pdf import Appointment, HandoutOptions
from app.services.installation import SiteInfo

GUIDE_ROLE = Qt.ItemDataRole.UserRole
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "step" or "prerequisite"


class HandoutForm(QWidget):
    """Collects the conseiller's choices; `options()` and `chosen_guides()` turn them into values."""

    changed = Signal()

    def __init__(
        self,
        guides: Sequence[Guide],
        sites: Sequence[SiteInfo],
        site: SiteInfo | None,
        first_name: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guides = {g.id: g for g in guides}
        self.sites = list(sites)
        self.today = today
        outer = QVBoxLayout(self)

        who = QGroupBox(self.tr("Pour qui"))
        form = QFormLayout(who)
        self.first_name = QLineEdit(first_name)
        self.first_name.setPlaceholderText(self.tr("facultatif"))
        self.first_name.setMaxLength(80)
        self.first_name.setToolTip(
            self.tr("Imprimé sur la fiche seulement : le prénom n'est pas enregistré.")
        )
        form.addRow(self.tr("&Prénom :"), self.first_name)
        self.normal = QRadioButton(self.tr("Normale"))
        self.large = QRadioButton(self.tr("Gros caractères (FALC)"))
        self.normal.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.normal)
        row.addWidget(self.large)
        row.addStretch()
        form.addRow(self.tr("Mise en page :"), row)
        self.site = QComboBox()
        for s in self.sites:
            self.site.addItem(s.name, s.id)
        if site is not None:
            index = self.site.findData(site.id)
            self.site.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Point d'aide :"), self.site)
        outer.addWidget(who)

        order = QGroupBox(self.tr("Guides, dans l'ordre de la fiche"))
        box = QHBoxLayout(order)
        self.guide_list = QListWidget()
        self.guide_list.setAccessibleName(self.tr("Guides de la fiche"))
        for g in guides:
            item = QListWidgetItem(g.title)
            item.setData(GUIDE_ROLE, g.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.guide_list.addItem(item)
        # At least four rows visible, one line each (a long title ends with « … », whole in its tooltip),
        # never a horizontal scrollbar.
        self.guide_list.setWordWrap(False)
        self.guide_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.guide_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i in range(self.guide_list.count()):
            self.guide_list.item(i).setToolTip(self.guide_list.item(i).text())
        row_height = self.guide_list.sizeHintForRow(0) if self.guide_list.count() else 0
        row_height = max(row_height, self.fontMetrics().height() + 8)
        self.guide_list.setMinimumHeight(4 * row_height + 2 * self.guide_list.frameWidth() + 2)
        box.addWidget(self.guide_list)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Monter"))
        self.down = QPushButton(self.tr("Descendre"))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch()
        box.addLayout(buttons)
        order.setVisible(len(guides) > 1)
        outer.addWidget(order)

        content = QGroupBox(self.tr("Contenu"))
        inner = QVBoxLayout(content)
        hint = QLabel(self.tr("Décochez ce qui est inutile, ou déjà prêt."))
        hint.setToolTip(self.tr("Un document décoché est imprimé coché, avec « déjà prêt »."))
        inner.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Étapes et documents"))
        for g in guides:
            top = QTreeWidgetItem([g.title])
            top.setData(0, GUIDE_ROLE, g.id)
            self.tree.addTopLevelItem(top)
            self._add_group(
                top, g, "prerequisite", self.tr("Ce qu'il faut avant de commencer"), g.prerequisites
            )
            titles = [
                self.tr("Étape %1 : %2").replace("%1", str(i + 1)).replace("%2", s.title)
                for i, s in enumerate(g.steps)
            ]
            self._add_group(top, g, "step", self.tr("Étapes"), titles)
            top.setExpanded(True)
        inner.addWidget(self.tree)
        outer.addWidget(content, 1)

        notes = QGroupBox(self.tr("Notes du conseiller (imprimées)"))
        nl = QVBoxLayout(notes)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Pas de mot de passe, pas de donnée de santé."))
        self.notes.setMaximumHeight(90)
        nl.addWidget(self.notes)
        outer.addWidget(notes)

        self.appointment = QGroupBox(self.tr("Prochain rendez-vous"))
        self.appointment.setCheckable(True)
        self.appointment.setChecked(False)
        al = QFormLayout(self.appointment)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        start = (
            QDate.currentDate().addDays(7)
            if today is None
            else QDate(today.year, today.month, today.day).addDays(7)
        )
        self.when.setDateTime(QDateTime(start, QTime(14, 0)))
        al.addRow(self.tr("&Date et heure :"), self.when)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("le point d'aide"))
        self.place.setMaxLength(200)
        al.addRow(self.tr("&Lieu :"), self.place)
        outer.addWidget(self.appointment)

        self.followup = QCheckBox(self.tr("Ajouter « Ma fiche de suivi »"))
        outer.addWidget(self.followup)

        for signal in (
            self.first_name.textChanged,
            self.notes.textChanged,
            self.place.textChanged,
            self.when.dateTimeChanged,
            self.large.toggled,
            self.followup.toggled,
            self.appointment.toggled,
            self.site.currentIndexChanged,
            self.tree.itemChanged,
            self.guide_list.itemChanged,
        ):
            signal.connect(self.changed)
        self.up.clicked.connect(lambda: self.move_guide(-1))
        self.down.clicked.connect(lambda: self.move_guide(1))

    def _add_group(
        self, top: QTreeWidgetItem, guide: Guide, kind: str, label: str, texts: Sequence[str]
    ) -> None:
        if not texts:
            return
        group = QTreeWidgetItem([label])
        top.addChild(group)
        for i, text in enumerate(texts):
            item = QTreeWidgetItem([text])
            item.setData(0, GUIDE_ROLE, guide.id)
            item.setData(0, INDEX_ROLE, i)
            item.setData(0, KIND_ROLE, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            group.addChild(item)
        group.setExpanded(kind == "step")

    # --- Reading the choices ----------------------------------------------------------------------

    def items(self, guide_id: str, kind: str) -> list[QTreeWidgetItem]:
        """The checkable lines (steps or prerequisites) of one guide, in order."""
        out: list[QTreeWidgetItem] = []
        root = self.tree.invisibleRootItem()
        for top in _children(root):
            if top.data(0, GUIDE_ROLE) != guide_id:
                continue
            for group in _children(top):
                out += [item for item in _children(group) if item.data(0, KIND_ROLE) == kind]
        return out

    def _checked(self, guide_id: str, kind: str, state: bool) -> list[int]:
        return [
            int(i.data(0, INDEX_ROLE))
            for i in self.items(guide_id, kind)
            if (i.checkState(0) == Qt.CheckState.Checked) == state
        ]

    def chosen_guides(self) -> list[Guide]:
        out = []
        for row in range(self.guide_list.count()):
            item = self.guide_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(self.guides[item.data(GUIDE_ROLE)])
        return out

    def chosen_site(self) -> SiteInfo | None:
        site_id = self.site.currentData()
        return next((s for s in self.sites if s.id == site_id), None)

    def options(self) -> HandoutOptions:
        appointment = None
        if self.appointment.isChecked():
            qt = self.when.dateTime()
            d, t = qt.date(), qt.time()
            appointment = Appointment(
                datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()), self.place.text()
            )
        ids = list(self.guides)
        return HandoutOptions(
            first_name=self.first_name.text(),
            prerequisites_had={g: self._checked(g, "prerequisite", False) for g in ids},
            steps={g: self._checked(g, "step", True) for g in ids},
            notes=self.notes.toPlainText(),
            appointment=appointment,
            large=self.large.isChecked(),
            followup=self.followup.isChecked(),
            **({"day": self.today} if self.today else {}),
        )

    # --- Actions ----------------------------------------------------------------------------------

    def move_guide(self, delta: int) -> None:
        row = self.guide_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.guide_list.count():
            return
        item = self.guide_list.takeItem(row)
        self.guide_list.insertItem(target, item)
        self.guide_list.setCurrentRow(target)
        self.changed.emit()


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
