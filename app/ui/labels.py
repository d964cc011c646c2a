"""French labels of the CRA vocabulary for the screens, through Qt's translation system."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate

from app.domain import vocab
from app.domain.clock import paris_today


def label(value: str, table: Mapping[str, str]) -> str:
    return QCoreApplication.translate("vocab", table.get(value, value))


def items(table: Mapping[str, str]) -> list[tuple[str, str]]:
    """(slug, translated label) pairs in the vocabulary's order."""
    return [(k, QCoreApplication.translate("vocab", v)) for k, v in table.items()]


def theme_labels(slugs: list[str] | tuple[str, ...]) -> str:
    return ", ".join(label(s, vocab.THEMES) for s in slugs)


def translate_header(text: str) -> str:
    return QCoreApplication.translate("log", text)


def today_qdate() -> QDate:
    """Today in Paris as a QDate (the default date of every form)."""
    d = paris_today()
    return QDate(d.year, d.month, d.day)


def number_text(n: int) -> str:
    """« 1 552 »: thousands separated by a narrow no-break space, as French writes them."""
    return f"{n:,}".replace(",", "\u202f")


def plural(n: int, one: str, many: str) -> str:
    """« 0 atelier », « 1 atelier », « 2 ateliers »: French takes the singular for 0 and 1."""
    return f"{number_text(n)} {one if abs(n) < 2 else many}"
