"""The « Statistiques » space as a conseiller uses it: filters change figures and charts, hover gives the
exact value, a chart is saved as a PNG image, the report is written with progress."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.ui.stats.page import StatsPage
from tests.stats import dataset


@pytest.fixture
def page(qtbot, db):
    town = dataset.fill(db)
    p = StatsPage(db)
    qtbot.addWidget(p)
    p.resize(1300, 760)
    p.show()
    with qtbot.waitSignal(p.refreshed, timeout=10_000):
        p.set_period(*dataset.NOVEMBER)
    p.town = town
    return p


def _choose(qtbot, page, combo, data):
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        combo.setCurrentIndex(combo.findData(data))


def test_figures_and_charts_of_november(page):
    cards = {k: c.value.text() for k, c in page.cards.items()}
    assert cards["sessions"] == "7" and cards["people"] == "14" and cards["workshops"] == "1 (8)"
    assert cards["time"] == "6 h 30" and cards["left"] == "1" and cards["wait_median"] == "12 min"
    theme = page.charts["theme"]
    assert theme.categories[-1] == "E-mail"  # largest at the top
    assert theme.values[0][-1] == 2
    assert page.charts["duration"].categories == ["2 h et plus", "1 h à 2 h", "30 min à 1 h", "Moins de 30 min"]
    assert page.heat.cell_text(1, 9) == "Mardi 9 h : 3 arrivées, attente moyenne 18 min"


def test_filters_change_figures_and_charts(qtbot, page):
    _choose(qtbot, page, page.site, page.town.hotel_de_ville)
    assert page.cards["sessions"].value.text() == "1"
    assert page.charts["theme"].categories == ["Prendre en main du matériel"]
    assert page.cards["redirected"].value.text() == "1"
    _choose(qtbot, page, page.site, None)
    _choose(qtbot, page, page.kind, "collectif")
    assert page.cards["sessions"].value.text() == "1" and page.cards["people"].value.text() == "8"
    assert page.charts["gender"].categories == ["Masculin", "Féminin"]
    assert page.cards["wait_median"].value.text() == "—"
    _choose(qtbot, page, page.kind, None)
    _choose(qtbot, page, page.conseiller, page.town.camille)
    assert page.cards["sessions"].value.text() == "5"
    assert page.charts["site"].values[0] == [1, 4]  # hors lieu, then the médiathèque at the top


def test_hover_shows_the_exact_value(page):
    theme = page.charts["theme"]
    assert theme.hover(0, theme.categories.index("E-mail")) == "E-mail : 2"
    series = page.series_chart
    assert series.hover(1, 3).endswith(": 2")  # the week of 16 November, this period


def test_a_chart_saved_as_png(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "themes.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    card = page.charts["theme"]
    with qtbot.waitSignal(card.actions_bar.saved):
        card.actions_bar.save_button.click()
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    card.actions_bar.copy()
    from PySide6.QtGui import QGuiApplication

    assert not QGuiApplication.clipboard().pixmap().isNull()


def test_report_and_export_from_the_dashboard(qtbot, page, tmp_path, monkeypatch):
    pdf = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(page.written, timeout=20_000) as sig:
        page.report_button.click()
    assert str(pdf) in sig.args[0] and pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "a.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    with qtbot.waitSignal(page.written, timeout=20_000) as sig:
        page.xlsx_button.click()
    assert sig.args[0].startswith("7 accompagnements") and xlsx.stat().st_size > 0
