"""The status-bar piece: last success, changes waiting, the last error in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.clock import PARIS
from app.services.sync import state


class SyncStatusLabel(QLabel):
    """« Synchronisé à 14:32 · 2 modifications en attente » or the last error, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.show_status(state.Status())

    def show_status(self, st: state.Status, *, configured: bool = True) -> None:
        if not configured:
            self.setText(self.tr("Synchronisation non réglée"))
            self.setToolTip(self.tr("Outils › Réglages de synchronisation…"))
            self.setStyleSheet("")
            return
        parts = []
        if st.last_success:
            when = datetime.fromisoformat(st.last_success).astimezone(PARIS)
            today = datetime.now(PARIS).date() == when.date()
            stamp = when.strftime("%H:%M") if today else when.strftime("%d/%m %H:%M")
            parts.append(self.tr("Synchronisé à {0}").format(stamp))
        else:
            parts.append(self.tr("Jamais synchronisé"))
        if st.waiting:
            parts.append(self.tr("{0} modification(s) en attente").format(st.waiting))
        report = st.last_report or {}
        warning = ""
        if report.get("clock_ahead_days"):
            warning = self.tr("⚠ horloge de ce PC en avance de {0} jour(s)").format(report["clock_ahead_days"])
        elif any("horloge a été en avance" in p for p in report.get("problems", [])):
            warning = self.tr("⚠ horloge de ce PC en avance")
        if report.get("held"):
            parts.append(self.tr("{0} modification(s) reçue(s) à confirmer").format(report["held"]))
        if warning:
            parts.append(warning)
        if st.last_error:
            parts.append(self.tr("⚠ {0}").format(_short(st.last_error)))
            self.setStyleSheet("color: #a33;")
        elif warning:
            self.setStyleSheet("color: #a33;")
        else:
            self.setStyleSheet("")
        self.setText(" · ".join(parts))
        self.setToolTip(st.last_error or "\n".join(report.get("problems", [])[:10]))


    def show_progress(self, done: int, total: int, text: str) -> None:
        """A long round (a new PC catching up): « Synchronisation… 40/120 » until it ends."""
        if total > 1 and done < total:
            self.setText(self.tr("Synchronisation… {0}/{1}").format(done, total))
            self.setToolTip(text)


def _short(message: str, limit: int = 70) -> str:
    first = message.split(" — ")[0].split(". ")[0]
    for cut in (" (", " : "):
        if len(first) > limit:
            first = first.split(cut)[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"
