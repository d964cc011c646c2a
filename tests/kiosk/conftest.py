"""Kiosk fixtures: a set-up help point with the bundled guides loaded, a cheap PIN hasher, a kiosk window."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from tests.ui.conftest import desk  # noqa: F401  (the desk window fixture, for the desk's PIN menu)


@pytest.fixture(autouse=True)
def cheap_pin_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id still, at its cheapest cost: the real cost takes a second per hash."""
    from app.services.kiosk import settings

    monkeypatch.setattr(settings, "hasher", PasswordHasher.from_parameters(CHEAPEST))


@pytest.fixture
def library(db, ctx):
    """The help point's database with the bundled guides loaded (as the desk or the kiosk does at start)."""
    from app.services import guides

    guides.load_bundled(db)
    return db


class PdfPrinters:
    """The kiosk's « default printer », printing to PDF files the test can read back."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.files: list = []

    def __call__(self):
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printed-{len(self.files) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


@pytest.fixture
def printers(tmp_path):
    return PdfPrinters(tmp_path)


@pytest.fixture
def guard(library):
    from app.services.kiosk import access, settings

    settings.set_staff_pin(library, "2468")
    return access.restrict(library)


def close_kiosk(window) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.instance().removeEventFilter(window.lockdown)
    window.allow_close = True
    window.idle.stop()
    window.close()


@pytest.fixture
def make_kiosk(qtbot, library, guard, printers):
    """A kiosk window on the guarded database, at a given screen size (1366×768 by default)."""
    from PySide6.QtCore import QLocale

    from app.ui.kiosk.speech import Reader
    from app.ui.kiosk.window import KioskWindow

    made = []

    def make(width: int = 1366, height: int = 768, *, speech: str | None = "mock-en"):
        engine = "mock" if speech else "none"
        window = KioskWindow(library, speech_engine=engine, printer_factory=printers)
        if speech == "mock-en":  # Qt's mock engine only has English voices: stands in for a French one
            window.reader.deleteLater()
            window.reader = Reader(window, engine="mock", language=QLocale.Language.English)
            window.listen.setVisible(window.reader.available)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        close_kiosk(window)


@pytest.fixture
def kiosk(make_kiosk):
    return make_kiosk()
