"""Helpers of the handout tests: the fixture guide, and reading back what a PDF shows (text, sizes)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from app.domain.guide import Guide, parse_guide

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
GUIDE_FILE = FIXTURES / "essai-huit-etapes.md"
HOURS = "Mardi : 14 h – 18 h\nMercredi : 10 h – 18 h\nSamedi : 10 h – 17 h"


def load_fixture_guide() -> Guide:
    return parse_guide(GUIDE_FILE.read_text(encoding="utf-8"), GUIDE_FILE.name)


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, with line breaks and spaces normalised (for assertions)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def pdf_text(data: bytes) -> str:
    return " ".join(pdf_pages(data))


def font_sizes(data: bytes) -> Counter[float]:
    """Characters drawn at each effective font size (text matrix × Tf size), over all pages."""
    from pypdf import PdfReader

    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes[round(size * scale, 1)] += len(text.strip())

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def sized_text(data: bytes) -> list[tuple[float, str]]:
    """(effective font size, text) of every piece of text drawn."""
    from pypdf import PdfReader

    out: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            out.append((round(size * scale, 1), text.strip()))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return out
