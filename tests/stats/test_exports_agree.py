"""The XLSX export (typed cells, national order, statistics sheet), the CSV and the PDF report agree."""

from __future__ import annotations

import csv
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.help_request import HelpRequestFields
from app.services import export, export_xlsx, report_pdf
from app.services import help_requests as requests
from tests.stats import dataset

NOV = dict(day_from=dataset.NOVEMBER[0], day_to=dataset.NOVEMBER[1])


@pytest.fixture
def town(db):
    return dataset.fill(db)


def _sheet(path, name):
    wb = load_workbook(path, read_only=True)
    rows = [list(r) for r in wb[name].iter_rows(values_only=True)]
    wb.close()
    return rows


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_workbook_has_the_national_columns_and_typed_cells(db, town, tmp_path):
    out = tmp_path / "activite.xlsx"
    assert export_xlsx.write_xlsx(db, out, **NOV) == 7
    header, *rows = _sheet(out, export_xlsx.SESSIONS_SHEET)
    assert tuple(header) == export.columns(False)
    assert "Notes supplémentaires" not in header  # never in the general export
    col = {name: i for i, name in enumerate(header)}
    first = next(r for r in rows if r[col["Durée (min)"]] == 30 and r[col["Date"]] == datetime(2026, 11, 3))
    assert first[col["Date"]] == datetime(2026, 11, 3)  # a real date, not text
    assert isinstance(first[col["Enregistré le"]], datetime)
    assert first[col["Durée (min)"]] == 30 and first[col["Participants"]] == 1
    assert first[col["Thématique(s) d'accompagnement"]] == "E-mail\nSanté"  # one value a line
    assert first[col["Niveau d'autonomie (ou de l'atelier)"]] == "3/3"
    workshop = next(r for r in rows if r[col["Type"]] == "Atelier collectif")
    assert workshop[col["Participants"]] == 8
    assert workshop[col["Genre"]] == "Féminin : 5\nMasculin : 3"
    assert workshop[col["Niveau d'autonomie (ou de l'atelier)"]] == "1/3"
    demarche = next(r for r in rows if r[col["Nom de la démarche administrative"]])
    assert demarche[col["Nom de la démarche administrative"]] == "Argent - Impôts : Déclaration"
    stats = {r[0]: r[1] for r in _sheet(out, export_xlsx.STATS_SHEET) if r and r[0]}
    assert stats["Accompagnements"] == 7 and stats["Personnes accompagnées"] == 14
    assert stats["Durée totale (min)"] == 390 and stats["Attente médiane (min)"] == 12
    assert stats["E-mail"] == 2


def test_a_formula_typed_as_text_stays_text(db, town, tmp_path):
    f = HelpRequestFields(day=date(2026, 11, 5), duration_minutes=60, themes=("email",), kind="collectif",
                          site_id=town.mediatheque, workshop_title="=HYPERLINK(\"http://x\")", participants_total=2)
    requests.save_record(db, f)
    out = tmp_path / "activite.xlsx"
    export_xlsx.write_xlsx(db, out, **NOV)
    header, *rows = _sheet(out, export_xlsx.SESSIONS_SHEET)
    titles = [r[header.index("Nom de l'atelier")] for r in rows]
    assert "'=HYPERLINK(\"http://x\")" in titles
    wb = load_workbook(out)  # no cell of the workbook is a formula
    assert not [c for row in wb[export_xlsx.SESSIONS_SHEET].iter_rows() for c in row if c.data_type == "f"]


@pytest.mark.parametrize("typed", ["https://www.impots.gouv.fr", "0556000000", "1e5", "TRUE"])
def test_a_link_or_a_number_typed_as_text_stays_that_text(db, town, tmp_path, typed):
    f = HelpRequestFields(day=date(2026, 11, 5), duration_minutes=60, themes=("email",), kind="collectif",
                          site_id=town.mediatheque, workshop_title=typed, participants_total=2)
    requests.save_record(db, f)
    out = tmp_path / "activite.xlsx"
    export_xlsx.write_xlsx(db, out, **NOV)
    wb = load_workbook(out)
    ws = wb[export_xlsx.SESSIONS_SHEET]
    column = [c.value for c in ws[1]].index("Nom de l'atelier") + 1
    cells = [row[column - 1] for row in ws.iter_rows(min_row=2) if row[column - 1].value == typed]
    assert len(cells) == 1 and cells[0].data_type == "s" and cells[0].hyperlink is None
    assert not ws._hyperlinks


def test_own_export_carries_the_notes(db, town, tmp_path):
    out = tmp_path / "camille.xlsx"
    from app.domain.permissions import Actor, Role

    admin = Actor("Admin du test", Role.ADMIN, "admin")  # an export with notes is for admins
    n = export_xlsx.write_xlsx(db, out, conseiller_id=town.camille, actor=admin, **NOV)
    header, *rows = _sheet(out, export_xlsx.SESSIONS_SHEET)
    assert n == len(rows) == 5
    assert "Revient mardi." in [r[header.index("Notes supplémentaires")] for r in rows]


def test_csv_xlsx_and_pdf_report_give_the_same_totals(db, town, tmp_path):
    csv_path, xlsx_path, pdf_path = tmp_path / "a.csv", tmp_path / "a.xlsx", tmp_path / "rapport.pdf"
    export.write_csv(db, csv_path, **NOV)
    export_xlsx.write_xlsx(db, xlsx_path, **NOV)
    report_pdf.write_report(db, str(pdf_path), *dataset.NOVEMBER)
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        csv_rows = list(csv.DictReader(fh, delimiter=";"))
    header, *xlsx_rows = _sheet(xlsx_path, export_xlsx.SESSIONS_SHEET)
    assert len(csv_rows) == len(xlsx_rows) == 7
    assert header == list(csv_rows[0].keys())  # CSV keeps the same columns
    assert sum(int(r["Durée (min)"]) for r in csv_rows) == sum(r[header.index("Durée (min)")] for r in xlsx_rows) == 390
    assert sorted(r["ID CRA"] for r in csv_rows) == sorted(r[header.index("ID CRA")] for r in xlsx_rows)
    text = _pdf_text(pdf_path)
    assert "du 1er novembre 2026 au 30 novembre 2026" in text
    assert "Accompagnements 7 2 +250 %" in text  # this period, the one before (October), the change
    assert "Personnes accompagnées 14 2" in text
    assert "Temps d'accompagnement 6 h 30 1 h 30" in text
    assert "Attente médiane 12 min" in text


def test_the_report_has_cover_sites_charts_method_and_page_numbers(db, town, tmp_path):
    pdf_path = tmp_path / "rapport.pdf"
    report_pdf.write_report(db, str(pdf_path), *dataset.NOVEMBER, site_id=town.mediatheque)
    reader = PdfReader(pdf_path)
    pages = [p.extract_text() for p in reader.pages]
    assert "Rapport d'activité" in pages[0] and "Médiathèque du Carré des Jalles" in pages[0]
    assert "Hôtel de Ville" not in pages[0]
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} sur {total}" in text
    whole = "\n".join(pages)
    assert "Méthode" in whole and "Thématiques d'accompagnement" in whole and "Mardi" in whole
    fonts = {str(f) for p in reader.pages for f in (p.get("/Resources", {}).get("/Font", {}) or {}).values()}
    assert fonts  # fonts present; the text above came out, so the DejaVu subset is embedded
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "2", "-l", "2", str(pdf_path), str(png)], check=True)
    assert list(tmp_path.glob("page*.png"))
