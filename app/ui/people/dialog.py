"""« Personnes suivies » : the list (search without accents), a person's « Historique », and their rights:
print their data, merge two records, erase. Opened from the menu, or from the form to pick the person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.clock import paris_today
from app.domain.errors import ValidationError
from app.domain.permissions import Action, Actor, PermissionDenied, allowed
from app.services import people
from app.store.db import Database
from app.ui.widgets.screen_fit import fit_to_screen

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A few rows of plain values (a person's history, the followed persons: small tables)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.ids: list[str] = []

    def set_rows(self, rows: list[list[str]], ids: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.ids = rows, ids
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(model.headers) - 2, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    return view


class PeopleDialog(QDialog):
    """The followed persons. `pick=True` (from the form): « Choisir pour cette fiche » sets `chosen_id`."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, pick: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.chosen_id: str | None = None
        self.setWindowTitle(self.tr("Personnes suivies"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Les accompagnements sont anonymes. Une personne n'est suivie ici qu'avec son "
                               "accord ; elle peut voir ses données et les faire effacer à tout moment."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Chercher : nom, téléphone, e-mail, commune"))
        self.search.setAccessibleName(self.tr("Chercher une personne"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RowsModel([self.tr("Nom"), self.tr("Téléphone"), self.tr("Commune"), self.tr("Visites")], self)
        self.table = _table(self.model, split)
        self.table.setAccessibleName(self.tr("Personnes suivies"))
        side = QWidget(split)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("", side)
        self.summary.setWordWrap(True)
        side_box.addWidget(QLabel(self.tr("<b>Historique</b>"), side))
        side_box.addWidget(self.summary)
        self.history_model = RowsModel([self.tr("Date"), self.tr("Durée"), self.tr("Sujets"), self.tr("Conseiller")],
                                       self)
        self.history = _table(self.history_model, side)
        self.history.setAccessibleName(self.tr("Historique"))
        side_box.addWidget(self.history, 1)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([520, 480])
        layout.addWidget(split, 1)

        row1, row2 = QHBoxLayout(), QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nouvelle personne…"), self)
        self.edit_button = QPushButton(self.tr("&Modifier…"), self)
        self.export_button = QPushButton(self.tr("Imprimer ses &données…"), self)
        self.merge_button = QPushButton(self.tr("&Fusionner…"), self)
        self.erase_button = QPushButton(self.tr("&Effacer ses données…"), self)
        self.choose_button = QPushButton(self.tr("&Choisir pour cette fiche"), self)
        self.choose_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Fermer"), self)
        for b in (self.new_button, self.edit_button, self.export_button):
            row1.addWidget(b)
        row1.addStretch(1)
        for b in (self.merge_button, self.erase_button):
            row1.addWidget(b)
        row2.addStretch(1)
        row2.addWidget(self.close_button)
        row2.addWidget(self.choose_button)
        self.choose_button.setVisible(pick)
        # A conseiller finds, records and edits; reading a person's data out, merging and erasing are for
        # admins (the services refuse them too): said in words under the buttons, not in a tooltip.
        self.rights = QLabel(self.tr("Imprimer les données d'une personne, fusionner deux fiches et effacer une "
                                     "personne sont réservés aux administrateurs : demandez à un administrateur "
                                     "de se connecter."), self)
        self.rights.setObjectName("rightsNote")
        self.rights.setWordWrap(True)
        layout.addLayout(row1)
        layout.addWidget(self.rights)
        layout.addLayout(row2)

        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.choose() if pick else self.edit())
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit)
        self.export_button.clicked.connect(self.export)
        self.merge_button.clicked.connect(self.merge)
        self.erase_button.clicked.connect(self.erase)
        self.choose_button.clicked.connect(self.choose)
        self.close_button.clicked.connect(self.reject)
        fit_to_screen(self, QSize(1100, 620))
        self.refresh()
        self.search.setFocus()

    # --- list and history --------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        found = people.search(self.db, self.search.text())
        self.records = {r.id: r for r in found}
        self.model.set_rows(
            [[r.full_name, r.fields.phone or r.fields.email, r.fields.commune, str(r.sessions)] for r in found],
            [r.id for r in found])
        if keep in self.records:
            self.table.selectRow(self.model.ids.index(keep))
        elif found:
            self.table.selectRow(0)
        self._selected()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.ids[rows[0].row()] if rows else None

    def actor(self) -> Actor:
        """Who is logged in at the desk that opened this dialog (the command line's rights outside a desk)."""
        from app.ui.desk.session import actor_of

        return actor_of(self)

    def may(self, action: Action) -> bool:
        return allowed(self.actor().role, action)

    def _selected(self, *_args: object) -> None:
        pid = self.current_id()
        for b in (self.edit_button, self.choose_button):
            b.setEnabled(pid is not None)
        for b, action in ((self.export_button, Action.EXPORT_PERSONAL), (self.merge_button, Action.MERGE),
                          (self.erase_button, Action.ERASE)):
            b.setEnabled(pid is not None and self.may(action))
        self.rights.setVisible(not all(self.may(a) for a in (Action.EXPORT_PERSONAL, Action.MERGE, Action.ERASE)))
        if pid is None:
            self.summary.setText(self.tr("Aucune personne choisie.") if self.model.rows else
                                 self.tr("Personne n'est suivie pour l'instant."))
            self.history_model.set_rows([], [])
            return
        rec = self.records[pid]
        age = vocab.label(rec.age_group(paris_today()), vocab.AGE_GROUPS)
        given = rec.consent.given_on.strftime("%d/%m/%Y") if rec.consent.given_on else "—"
        self.summary.setText(self.tr("%1 · %2 · accord du %3 (%4)").replace("%1", rec.full_name).replace("%2", age)
                             .replace("%3", given).replace("%4", rec.consent.by))
        lines = people.history(self.db, pid)
        self.history_model.set_rows(
            [[h.day.strftime("%d/%m/%Y"), f"{h.duration_minutes or 0} min",
              ", ".join(vocab.labels(list(h.themes), vocab.THEMES)), h.conseiller] for h in lines],
            [h.id for h in lines])

    # --- actions ---------------------------------------------------------------------------------
    def new_person(self) -> None:
        from app.ui.people.person_dialog import PersonDialog

        dialog = PersonDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id:
            self.search.clear()
            self.refresh()
            self.table.selectRow(self.model.ids.index(dialog.person_id))

    def edit(self) -> None:
        from app.ui.people.person_dialog import PersonDialog

        pid = self.current_id()
        if pid and PersonDialog(self.db, self, pid).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def export(self) -> None:
        from app.ui.people.papers import print_or_save

        pid = self.current_id()
        if pid is None:
            return
        actor = self.actor()
        try:
            data = people.access_pdf(self.db, pid, actor=actor)
        except PermissionDenied as exc:
            self._refused(exc)
            return
        done = print_or_save(self, data, "vos-donnees", [self.db.path])
        if done:
            people.access_given(self.db, actor)  # named in the audit line
            self.summary.setText(self.tr("Ses données : %1.").replace("%1", done))

    def _refused(self, exc: PermissionDenied) -> None:
        QMessageBox.information(self, self.tr("Droits"), str(exc))
        self._selected()

    def merge(self) -> None:
        keep = self.current_id()
        if keep is None:
            return
        if not self.may(Action.MERGE):
            self._refused(PermissionDenied(self.actor(), Action.MERGE))
            return
        others = [r for r in self.records.values() if r.id != keep]
        if not others:
            QMessageBox.information(self, self.tr("Fusionner"), self.tr("Aucune autre fiche à fusionner."))
            return
        labels = [f"{r.full_name} — {r.fields.phone or r.fields.email or '—'} — {r.sessions} visite(s)" for r in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Fusionner"),
            self.tr("Quelle fiche est la même personne que %1 ? Ses visites et ce qui manque passent sur la fiche "
                    "de %1 ; l'autre fiche disparaît.").replace("%1", self.records[keep].full_name),
            labels, 0, False)
        if not ok:
            return
        other = others[labels.index(choice)]
        try:
            moved = people.merge(self.db, keep, other.id, actor=self.actor())  # named in the audit line
        except PermissionDenied as exc:
            self._refused(exc)
            return
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Fusionner"), str(exc))
            return
        self.refresh()
        self.summary.setText(self.tr("Fiches fusionnées : %1 visite(s) rattachée(s).").replace("%1", str(moved)))

    def erase(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        if not self.may(Action.ERASE):
            self._refused(PermissionDenied(self.actor(), Action.ERASE))
            return
        name = self.records[pid].full_name
        answer = QMessageBox.question(
            self, self.tr("Effacer ses données ?"),
            self.tr("Effacer %1 ? Son nom, ses coordonnées, ses notes et les notes de ses visites sont effacés "
                    "sur ce poste maintenant et sur les autres postes à leur synchronisation. Ses visites restent "
                    "dans les statistiques, sans nom. On ne peut pas revenir en arrière.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = people.erase(self.db, pid, actor=self.actor())  # named in the audit line
        except PermissionDenied as exc:
            self._refused(exc)
            return
        self.refresh()
        self.summary.setText(self.tr("Données effacées ; %1 visite(s) gardée(s) sans nom.").replace("%1", str(kept)))

    def choose(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.chosen_id = pid
            self.accept()
