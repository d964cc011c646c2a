"""Spreadsheet cells that a tableur shows as text and never runs (CSV and XLSX exports alike)."""

from __future__ import annotations

from collections.abc import Iterable

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP « CSV injection »):
# = + - @, and tab / carriage return which some of them skip before looking. The full-width forms are
# folded to these by some spreadsheet versions.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
GUARD = "'"


def neutralise_cell(value: str) -> str:
    """`value` as a cell that is shown as typed and never evaluated.

    A text that starts (after spaces) with a formula character gets a leading apostrophe, the
    spreadsheets' own mark for « this is text ». Numbers and dates written by Pas à Pas never start so.
    """
    if value and (value[0] in FORMULA_STARTS or value.lstrip(" ")[:1] in FORMULA_STARTS):
        return GUARD + value
    return value


def neutralise_row(values: Iterable[str]) -> list[str]:
    """Every cell of a row through `neutralise_cell`."""
    return [neutralise_cell(v) for v in values]
