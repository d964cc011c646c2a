"""« Imprimer une fiche »: the options, a live preview of the real PDF (QtPdf), print or save."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import faults
from app.domain.errors import ValidationError
from app.domain.guide import Guide
from app.services import handouts, installation
from app.services.handout_pdf import HandoutOptions
from app.services.installation import SiteInfo
from app.store.db import Database
from app.ui.handouts.form import HandoutForm
from app.ui.handouts.printing import print_pdf
from app.ui.widgets.screen_fit import fit_to_screen

DEBOUNCE_MS = 300
Request = tuple[tuple[str, ...], HandoutOptions, SiteInfo | None]  # guides in order, options, help point


class HandoutDialog(QDialog):
    """Prepare, preview and print (or save) a take-home handout of one or more guides.

    The first name is printed only, never stored. After a print or a save, `handed_out_guide_ids()` lists
    the guides given, for the session's record; with `request_id`, the dialog records them itself.
    Raises ValidationError (from the guide lookup) when a guide id is unknown or there is none.
    """

    preview_ready = Signal()

    def __init__(
        self,
        db: Database,
        guide_ids: list[str],
        parent: QWidget | None = None,
        first_name: str = "",
        *,
        request_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.request_id = request_id
        self.guides: list[Guide] = handouts.load_guides(db, guide_ids)
        self.images = handouts.guide_images(db, self.guides)
        self._handed_out: list[str] = []
        self.pdf_bytes: bytes = b""
        self._rendered_for: Request | None = None
        self.setWindowTitle(self.tr("Imprimer une fiche"))

        ctx = installation.context(db)
        self.form = HandoutForm(self.guides, installation.list_sites(db), ctx.site, first_name, today)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)

        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Aperçu de la fiche"))
        self.status = QLabel(self.tr("Préparation de l'aperçu…"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 730])

        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.save_button = QPushButton(self.tr("&Enregistrer le PDF…"))
        self.close_button = QPushButton(self.tr("&Fermer"))
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for b in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        fit_to_screen(self, QSize(1200, 820))  # on 1366×768 the buttons stay on screen
        splitter.setSizes([min(470, self.width() // 2), max(300, self.width() - 470)])

        # Created after the layout: the dialog deletes its children in order, so the view (and its page
        # renderer thread) goes before the document it draws.
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self.timer.start)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.refresh_preview()

    # --- What is printed --------------------------------------------------------------------------

    def _request(self) -> Request:
        return tuple(g.id for g in self.form.chosen_guides()), self.form.options(), self.form.chosen_site()

    def handed_out_guide_ids(self) -> list[str]:
        """The guides of the handouts actually printed or saved in this dialog, in order, once each."""
        return list(self._handed_out)

    def current_pdf(self) -> bytes:
        """The PDF of the options as they are now (rendered here if the preview is behind)."""
        request = self._request()
        if request != self._rendered_for or not self.pdf_bytes:
            self._show(self._render(request), request)
        return self.pdf_bytes

    def _render(self, request: Request) -> bytes:
        ids, options, site = request
        guides = [g for g in self.guides if g.id in ids]
        guides.sort(key=lambda g: ids.index(g.id))
        if not guides:
            return b""
        return handouts.render(guides, options, site, images=self.images)

    # --- Preview ----------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Render the options as they are now and show the real PDF.

        On the GUI thread, on purpose: a handout renders in 15–60 ms (see the benchmark), less than the
        debounce, so a round trip through run_task would only add latency."""
        self.timer.stop()
        request = self._request()
        if request == self._rendered_for:
            return
        try:
            data = self._render(request)
        except Exception as exc:  # never lose the dialog over a preview; say why
            self.status.setText(self.tr("L'aperçu n'a pas pu être préparé : %1").replace("%1", str(exc)))
            return
        self._show(data, request)

    def _show(self, data: bytes, request: Request) -> None:
        self.pdf_bytes = data
        self._rendered_for = request
        # One document for the dialog's life, reloaded in place: the view renders pages in a thread of
        # its own, and deleting a document under it can crash. The buffer it read goes after the reload.
        old = self._buffer
        if data:
            self._buffer = QBuffer(self.document)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        else:
            self._buffer = None
            self.document.close()
        if old is not None:
            old.deleteLater()
        pages = self.document.pageCount() if data else 0
        if not data:
            self.status.setText(self.tr("Cochez au moins un guide."))
        elif pages == 1:
            self.status.setText(self.tr("1 page"))
        else:
            self.status.setText(self.tr("%1 pages").replace("%1", str(pages)))
        self.print_button.setEnabled(bool(data))
        self.save_button.setEnabled(bool(data))
        self.preview_ready.emit()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)

    # --- Print and save ---------------------------------------------------------------------------

    def _given(self) -> None:
        ids = self._rendered_for[0] if self._rendered_for else ()
        for guide_id in ids:
            if guide_id not in self._handed_out:
                self._handed_out.append(guide_id)
        if self.request_id:
            handouts.record_handout(self.db, self.request_id, list(ids))

    def print_handout(self) -> bool:
        """The system print dialog (printer, paper size, copies), then the pages. True when printed."""
        data = self.current_pdf()
        if not data:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self._file_stem())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer la fiche"))
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(data, printer)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Impression"),
                self.tr("La fiche n'a pas été imprimée : %1").replace("%1", str(exc)),
            )
            return False
        self._given()
        return True

    def _file_stem(self) -> str:
        ids = self._rendered_for[0] if self._rendered_for else tuple(g.id for g in self.guides)
        stem = "fiche-" + "-".join(ids[:2])
        return re.sub(r"[^A-Za-z0-9_-]+", "-", stem)[:80]

    def save_pdf(self) -> bool:
        """Ask where, then write the PDF (never half a file). True when saved."""
        data = self.current_pdf()
        if not data:
            return False
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la fiche"),
            str(Path(folder) / f"{self._file_stem()}.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            handouts.write_pdf(Path(path), data)
        except (OSError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) else faults.describe(exc, "")
            QMessageBox.warning(
                self,
                self.tr("Enregistrer la fiche"),
                self.tr("La fiche n'a pas été enregistrée dans %1 : %2. Choisissez un autre dossier.")
                .replace("%1", path)
                .replace("%2", reason),
            )
            return False
        self._given()
        self.status.setText(self.tr("Fiche enregistrée dans %1").replace("%1", path))
        self.saved_to = path
        return True


def open_handout_dialog(
    db: Database, guide_ids: Sequence[str], parent: QWidget | None = None, first_name: str = ""
) -> list[str]:
    """Show the dialog modally; returns the guides handed out (for the session's record)."""
    dialog = HandoutDialog(db, list(guide_ids), parent, first_name)
    dialog.exec()
    return dialog.handed_out_guide_ids()
