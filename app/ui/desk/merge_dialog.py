"""« Fusionner deux lieux… » / « Fusionner deux conseillers… »: an administrator's merge of two spellings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.store.db import Database
from app.ui.labels import plural
from app.ui.widgets.screen_fit import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


class MergeDialog(QDialog):
    """Two lists: the row kept and the one merged into it; what moves is said before anything is done."""

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.kind = db, kind
        self.report: Any = None
        self.audit_detail = ""
        site = kind == "site"
        self.setWindowTitle(self.tr("Fusionner deux lieux") if site else self.tr("Fusionner deux conseillers"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Deux fiches pour un même lieu (écrit autrement) : les accompagnements du second passent au "
            "premier, qui est gardé ; le second n'est plus proposé. La fusion est envoyée aux autres postes "
            "à la prochaine synchronisation.") if site else self.tr(
            "Deux fiches pour une même personne : les accompagnements de la seconde passent à la première, qui "
            "est gardée ; la seconde n'est plus proposée. La fusion est envoyée aux autres postes à la "
            "prochaine synchronisation."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.keep = QComboBox(self)
        self.other = QComboBox(self)
        form.addRow(self.tr("Fiche &gardée :"), self.keep)
        form.addRow(self.tr("Fiche &retirée :"), self.other)
        layout.addLayout(form)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel("", self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Fusionner"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self.keep.currentIndexChanged.connect(self._describe)
        self.other.currentIndexChanged.connect(self._describe)
        self._describe()
        self.resize(fit_to_screen(self, QSize(620, 320)))

    def _fill(self) -> None:
        from app.services import installation, merges

        counts = merges.session_counts(self.db, self.kind)
        if self.kind == "site":
            rows = [(x.id, x.name) for x in installation.list_sites(self.db)]
        else:
            rows = [(c.id, c.full_name) for c in installation.list_conseillers(self.db)]
        self.counts = {rid: counts.get(rid, 0) for rid, _name in rows}
        self.names = dict(rows)
        for combo in (self.keep, self.other):
            for rid, name in rows:
                n = self.counts[rid]
                combo.addItem(f"{name} ({plural(n, self.tr('accompagnement'), self.tr('accompagnements'))})", rid)
        if len(rows) > 1:
            self.other.setCurrentIndex(1)

    def _describe(self) -> None:
        keep, other = self.keep.currentData(), self.other.currentData()
        self.error.clear()
        if not keep or not other:
            self.summary.setText(self.tr("Il faut au moins deux fiches pour fusionner."))
            self.merge_button.setEnabled(False)
            return
        if keep == other:
            self.summary.setText(self.tr("Choisissez deux fiches différentes."))
            self.merge_button.setEnabled(False)
            return
        n = self.counts.get(other, 0)
        if n == 0:
            text = self.tr("« %2 » n'a aucun accompagnement ; sa fiche ne sera plus proposée.")
        else:
            text = (self.tr("« %2 » : %1 passera à « %3 » ; sa fiche ne sera plus proposée.") if n == 1 else
                    self.tr("« %2 » : %1 passeront à « %3 » ; sa fiche ne sera plus proposée."))
            text = text.replace("%1", plural(n, self.tr("accompagnement"), self.tr("accompagnements")))
        self.summary.setText(text.replace("%2", self.names[other]).replace("%3", self.names[keep]))
        self.merge_button.setEnabled(True)

    def merge(self) -> None:
        from app.domain.errors import ValidationError
        from app.services import merges

        keep, other = self.keep.currentData(), self.other.currentData()
        question = self.tr("Fusionner « %1 » dans « %2 » ? Cela ne s'annule pas.")
        answer = QMessageBox.question(self, self.windowTitle(),
                                      question.replace("%1", self.names[other]).replace("%2", self.names[keep]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        merge = merges.merge_sites if self.kind == "site" else merges.merge_conseillers
        self.audit_detail = f"{self.kind} « {self.names[other]} » → « {self.names[keep]} »"
        try:
            self.report = merge(self.db, keep, other)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def install_merge_actions(window: Any) -> None:
    """« Outils › Fusionner deux lieux… / deux conseillers… » in a desk window (`db`, `tools_menu`,
    `refresh()`, `data_saved`, `statusBar()`)."""

    def open_dialog(kind: str) -> None:
        if not allowed(window):
            return
        dialog = MergeDialog(window.db, kind, window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            from app.domain.audit import AuditAction
            from app.services import audit

            audit.record(window.db, getattr(getattr(window, "session", None), "actor", None), AuditAction.MERGE,
                         dialog.audit_detail)
            window.refresh()
            window.data_saved.emit()
            n = dialog.report.sessions
            window.statusBar().showMessage(_tr("Fusion faite : %1 déplacé(s).").replace(
                "%1", plural(n, _tr("accompagnement"), _tr("accompagnements"))), 8000)

    window.tools_menu.addSeparator()
    for kind, text in (("site", _tr("Fusionner deux &lieux…")), ("conseiller", _tr("Fusionner deux &conseillers…"))):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, k=kind: open_dialog(k))
        window.tools_menu.addAction(action)
        setattr(window, f"merge_{kind}_action", action)


def allowed(window: Any) -> bool:
    """Merging is an administrator's action (the permission matrix: `Action.MERGE`); the desk says who may."""
    from app.domain.permissions import Action

    check = getattr(window, "allowed", None)
    return bool(check(Action.MERGE)) if check is not None else False
