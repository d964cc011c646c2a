"""Print or save a paper made by the privacy services (consent notice, copy of the data, « Vos données »)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain import faults
from app.domain.errors import ValidationError
from app.services.user_files import write_user_bytes
from app.ui.widgets.screen_fit import documents_folder


def print_paper(parent: QWidget, data: bytes, name: str) -> bool:
    """The system print dialog, then the pages. True when printed."""
    from app.ui.handouts.printing import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(name)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        print_pdf(data, printer)
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, parent.tr("Imprimer"), str(exc))
        return False
    return True


def save_paper(parent: QWidget, data: bytes, stem: str, protected: list[Path]) -> str | None:
    """Ask where (in Documents first), then write the PDF the safe way. The path written, or None."""
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Enregistrer le PDF"),
                                          str(documents_folder() / f"{stem}.pdf"), parent.tr("PDF (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_user_bytes(path, data, field=parent.tr("fichier"), protected=protected)
    except (OSError, ValidationError) as exc:
        reason = exc.message if isinstance(exc, ValidationError) else faults.describe(exc, "")
        QMessageBox.warning(parent, parent.tr("Enregistrer le PDF"),
                            parent.tr("Le PDF n'a pas été enregistré dans %1 : %2. Choisissez un autre dossier.")
                            .replace("%1", path).replace("%2", reason))
        return None
    return path


def print_or_save(parent: QWidget, data: bytes, stem: str, protected: list[Path]) -> str | None:
    """Offer « Imprimer… » or « Enregistrer le PDF… ». Returns « imprimé », the path saved, or None."""
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("Imprimer"))
    box.setText(parent.tr("Imprimer ce document, ou l'enregistrer en PDF ?"))
    printing = box.addButton(parent.tr("Imprimer…"), QMessageBox.ButtonRole.AcceptRole)
    saving = box.addButton(parent.tr("Enregistrer le PDF…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(parent.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is printing:
        return "imprimé" if print_paper(parent, data, stem) else None
    if box.clickedButton() is saving:
        return save_paper(parent, data, stem, protected)
    return None
