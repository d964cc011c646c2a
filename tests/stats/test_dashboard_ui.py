"""The « Statistiques » space as it is used: filters change figures and charts, hover gives the exact value,
a chart is saved as a PNG image, the report is written with progress; an admin sees everyone's figures, a
conseiller only their own (and exports only those)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.services import accounts
from app.ui.stats.page import StatsPage
from tests.desk_parent import conseiller_at, desk_parent
from tests.stats import dataset
from tests.ui.conftest import desk  # noqa: F401  (the desk window fixture)


def _open(qtbot, db, actor):
    """The page as `actor`, logged in at the desk, sees it, on November."""
    parent = desk_parent(qtbot, db, actor)
    p = StatsPage(db, parent)
    p.resize(1300, 760)
    p.show()
    with qtbot.waitSignal(p.refreshed, timeout=10_000):
        p.set_period(*dataset.NOVEMBER)
    p.desk = parent  # kept alive with the page
    return p


@pytest.fixture
def town(db):
    return dataset.fill(db)


@pytest.fixture
def boss(db, town):
    """The admin (Camille Durand, who is also a conseiller)."""
    return accounts.create_first_admin(db, "Camille Durand", "mot-de-passe-admin", conseiller_id=town.camille)


@pytest.fixture
def page(qtbot, db, town, boss):
    p = _open(qtbot, db, boss)
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


def test_a_conseiller_sees_only_their_own_figures_and_exports_only_those(qtbot, db, town, boss, tmp_path,
                                                                         monkeypatch):
    from tests.hardening.conftest import pdf_text

    admin_page = _open(qtbot, db, boss)
    assert admin_page.cards["sessions"].value.text() == "7"  # everyone's
    assert admin_page.conseiller.isEnabled() and admin_page.conseiller.count() == 3  # « Tous », Camille, Yanis
    assert not admin_page.scope_note.isVisibleTo(admin_page)
    yanis = conseiller_at(db, boss, "Yanis Benali")  # an account made in the desk: no link, the same name
    page = _open(qtbot, db, yanis)
    assert page.cards["sessions"].value.text() == "2"  # his: a session and a workshop of 8
    assert page.cards["people"].value.text() == "9"
    assert sorted(page.charts["theme"].categories) == ["Prendre en main du matériel",
                                                       "Prévention en sécurité numérique"]
    assert page.conseiller.currentText() == "Yanis Benali" and page.conseiller.count() == 1
    assert not page.conseiller.isEnabled()
    assert page.scope_note.isVisibleTo(page) and "seulement vos accompagnements" in page.scope_note.text()
    # Changing the other filters keeps him to his own sessions.
    _choose(qtbot, page, page.site, town.hotel_de_ville)
    assert page.cards["sessions"].value.text() == "1"
    _choose(qtbot, page, page.site, None)
    # The exports from the page follow: his workbook, his report.
    xlsx = tmp_path / "a.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    with qtbot.waitSignal(page.written, timeout=20_000) as sig:
        page.xlsx_button.click()
    assert sig.args[0].startswith("2 accompagnements")
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx, read_only=True).worksheets[0]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert "Notes supplémentaires" not in header
    assert {r[header.index("Médiateur")] for r in rows} == {"Yanis Benali"}
    pdf = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    with qtbot.waitSignal(page.written, timeout=20_000):
        page.report_button.click()
    text = pdf_text(pdf.read_bytes())
    assert "Conseiller : Yanis Benali" in text
    with qtbot.waitSignal(admin_page.written, timeout=20_000):
        admin_page.report_button.click()
    assert "Conseiller :" not in pdf_text(pdf.read_bytes())


def test_an_account_that_records_as_nobody_sees_no_figures(qtbot, db, town, boss):
    page = _open(qtbot, db, conseiller_at(db, boss, "Zoé Martin"))
    assert page.cards["sessions"].value.text() == "—" and page.charts["theme"].categories == []
    assert "n'est relié à aucun conseiller" in page.scope_note.text() and page.conseiller.count() == 0


def test_after_a_conseiller_the_admin_logs_in_and_sees_everyone_again(qtbot, desk):  # noqa: F811
    from app.ui.desk.window import DeskWindow

    assert isinstance(desk, DeskWindow)
    db = desk.db
    admin = desk.session.actor
    dataset_town = dataset.fill(db)
    yanis = conseiller_at(db, admin, "Yanis Benali")
    desk.session.lock()
    desk.session.unlock(yanis)
    desk.tabs.setCurrentWidget(desk.stats)
    stats = desk.stats
    with qtbot.waitSignal(stats.refreshed, timeout=10_000):
        stats.set_period(*dataset.NOVEMBER)
    assert stats.cards["sessions"].value.text() == "2" and not stats.conseiller.isEnabled()
    desk.session.lock()
    assert stats.cards["sessions"].value.text() == "—"  # nothing of his left behind the lock
    with qtbot.waitSignal(stats.refreshed, timeout=10_000):
        desk.session.unlock(admin)
    assert stats.cards["sessions"].value.text() == "7" and stats.conseiller.isEnabled()
    assert stats.conseiller.findData(dataset_town.yanis) > 0
