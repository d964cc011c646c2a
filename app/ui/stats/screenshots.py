"""Screenshots of the statistics for the docs: the dashboard (1366×768) and one page of the PDF report."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

SIZE = (1366, 700)  # the desk window's page area on the town's 1366×768 laptops


def save_screenshots(out_dir: Path) -> list[Path]:
    """Write stats-dashboard.png, stats-dashboard-charts.png and report-page.png into `out_dir`."""
    from app.domain.clock import paris_today
    from app.services import demo, report_pdf
    from app.services.stats import periods
    from app.store.open import open_data_dir
    from app.ui.stats.page import StatsPage

    if QApplication.instance() is None:
        QApplication([])
    db = open_data_dir(Path(tempfile.mkdtemp(prefix="pasapas-stats-shots-")))
    demo.generate(db, 20_000, seed=5)
    out_dir.mkdir(parents=True, exist_ok=True)
    from app.domain.permissions import Actor, Role

    page = StatsPage(db, viewer=lambda: Actor("Capture", Role.ADMIN, "capture"))  # an admin: everyone's figures
    page.resize(*SIZE)
    loop = QEventLoop()
    page.refreshed.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    page.show()
    loop.exec()
    QApplication.processEvents()
    written = [out_dir / "stats-dashboard.png", out_dir / "stats-dashboard-charts.png"]
    page.grab().save(str(written[0]))
    page.scroll_area.verticalScrollBar().setValue(page.charts["theme"].parentWidget().mapTo(
        page.scroll_area.widget(), page.charts["theme"].pos()).y() - 4)
    QApplication.processEvents()
    page.grab().save(str(written[1]))
    page.close()
    pdf = Path(tempfile.mkdtemp()) / "rapport.pdf"
    day_from, day_to = periods.preset("last_year", paris_today())
    report_pdf.write_report(db, str(pdf), day_from, day_to)
    stem = out_dir / "report-page"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "2", "-l", "2", "-singlefile", str(pdf), str(stem)],
                   check=True)
    written.append(stem.with_suffix(".png"))
    db.dispose()
    return written
