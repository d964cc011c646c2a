"""Screenshots of the Guides space for the docs: library, a guide in step mode, the editor (form and steps)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.services import guides
from app.store.db import Database

SIZE = (1280, 800)


def save_screenshots(db: Database | Path, out_dir: Path | None = None) -> list[Path]:
    """Write guides-library.png, guide-steps.png, guide-editor.png and guide-editor-steps.png into `out_dir` (offscreen grab).

    Called as `save_screenshots(db, out_dir)`, or `save_screenshots(out_dir)` with a fresh data folder.
    """
    from app.ui.guides.page import GuidesPage

    if out_dir is None:
        import tempfile

        from app.store.open import open_data_dir

        out_dir = Path(db)  # type: ignore[arg-type]
        db = open_data_dir(Path(tempfile.mkdtemp(prefix="pasapas-guides-shots-")))
    assert isinstance(db, Database)
    if QApplication.instance() is None:
        QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    page = GuidesPage(db)
    page.resize(*SIZE)
    page.show()
    written = []

    def grab(name: str) -> None:
        QApplication.processEvents()
        path = out_dir / name
        page.grab().save(str(path))
        written.append(path)

    page.library.ui.search.setText("impots")
    grab("guides-library.png")
    page.library.ui.search.clear()
    ids = [g.id for g in guides.list_guides(db)]
    target = "impots-declaration-revenus" if "impots-declaration-revenus" in ids else (ids[0] if ids else "")
    if target:
        page.open_guide(target)
        page.viewer.go_to(1)
        grab("guide-steps.png")
        page.viewer._duplicate()
        # Show the live checks at work: a look-alike site typed among the official sites.
        ui = page.editor.ui
        ui.urls.setPlainText(ui.urls.toPlainText() + "\nhttps://www.impots-gouv.com/declaration")
        page.editor.validate_now()
        grab("guide-editor.png")
        ui.tabs.setCurrentIndex(1)
        ui.step_list.setCurrentRow(min(1, ui.step_list.count() - 1))
        page.editor.validate_now()
        grab("guide-editor-steps.png")
    page.close()
    return written
