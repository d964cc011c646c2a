"""Fixtures of the hardening tests: a site printed on handouts, PDF text read back."""

from __future__ import annotations

import io

import pytest

from app.services.installation import SiteInfo


@pytest.fixture
def site() -> SiteInfo:
    return SiteInfo(
        "site-1", "Médiathèque du Carré des Jalles", "Place de la République", "33160",
        "Saint-Médard-en-Jalles", "33449", "05 57 93 18 80", "Mardi : 14 h – 18 h",
    )  # fmt: skip


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)
