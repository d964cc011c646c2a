"""Text for printed handouts: French typography, glyph coverage of the bundled font, French dates."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime

NNBSP = "\u202f"  # espace fine insécable
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?»])")
_SPACE_AFTER = re.compile(r"«[ \u00a0\u202f]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ0-9])")
# Invisible joiners and emoji modifiers: dropped silently when the font cannot draw them.
_INVISIBLE = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def french_typography(text: str) -> str:
    """Narrow no-break space before « : ; ! ? » and inside « » (only where a space was typed)."""
    text = _SPACE_BEFORE.sub(NNBSP + r"\1", text)
    return _SPACE_AFTER.sub("«" + NNBSP, text)


def drawable(text: str, covered: Callable[[int], bool]) -> str:
    """The text with what the font cannot draw replaced: symbols and emoji removed, other letters by « ? »."""
    if all(covered(ord(ch)) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t" or covered(code):
            out.append(ch)
            continue
        if code in _INVISIBLE or 0x1F3FB <= code <= 0x1F3FF:
            continue
        category = unicodedata.category(ch)
        if category in ("So", "Sk", "Cs", "Co", "Cn", "Cf", "Cc", "Mn"):
            continue
        out.append("?")
    # A removed emoji leaves double spaces behind.
    return re.sub(r"[ ]{2,}", " ", "".join(out))


def escape(text: str) -> str:
    """Plain text made safe for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sentences(text: str) -> list[str]:
    """One sentence per item (for the large-print layout: one sentence per line)."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        out.extend(s.strip() for s in _SENTENCE_END.split(paragraph.strip()) if s.strip())
    return out


def long_date(day: date, weekday: bool = False) -> str:
    """« 3 décembre 2026 », or « jeudi 3 décembre 2026 »."""
    text = f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def time_text(moment: datetime) -> str:
    """« 14 h 30 », « 9 h »."""
    return f"{moment.hour} h {moment.minute:02d}" if moment.minute else f"{moment.hour} h"


def unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold().strip()
        if key and key not in seen:
            seen.add(key)
            out.append(item.strip())
    return out
