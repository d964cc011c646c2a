"""Text folding for searches: case and accents do not matter ("impot" finds "Impôt")."""

from __future__ import annotations

import re
import unicodedata


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("œ", "oe").replace("æ", "ae")


# The Latin letters with accents and the combining marks, folded once: French text never needs the
# per-character Unicode normalisation below (it is called by SQLite for every saved or imported row).
_LATIN = {cp: _slow_fold(chr(cp)) for cp in range(0xC0, 0x370)}


def fold(text: str | None) -> str:
    """Lower-case, accents removed, œ/æ spelled out."""
    if not text:
        return ""
    folded = text.casefold()
    if folded.isascii():
        return folded
    folded = folded.translate(_LATIN)
    return folded if folded.isascii() else _slow_fold(folded)


_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold_words(text: str | None) -> str:
    """« Impôts, e-mail » → « impots e mail »: folded, punctuation turned into spaces (what search compares)."""
    return _NON_WORD.sub(" ", fold(text)).strip()
