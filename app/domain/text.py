"""Text folding for searches: case and accents do not matter ("impot" finds "Impôt")."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str | None) -> str:
    """Lower-case, accents removed, œ/æ spelled out."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold_words(text: str | None) -> str:
    """« Impôts, e-mail » → « impots e mail »: folded, punctuation turned into spaces (what search compares)."""
    return _NON_WORD.sub(" ", fold(text)).strip()
