"""Values arriving by sync, checked like typed input before they are applied (types, dates, lengths).

Derived from the models' column types, so a new column is checked without a line here. What is checked
is the *shape* a value must have for the app to read it back (a JSON column holds JSON, a date column a
real date between 2000 and 2099, an integer fits SQLite…). A code this version does not know (a
vocabulary value from a newer Pas à Pas) has the right shape: it is kept, and shown « valeur inconnue ».
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, String, Table, Text
from sqlalchemy.types import TypeDecorator

from app.domain.bounds import FIRST_DAY, LAST_DAY

MAX_TEXT = 1_000_000  # a Text column (a guide's source is at most 200 kB)
MAX_BLOB = 16 * 1024 * 1024
INT_RANGE = (-(2**63), 2**63 - 1)
# JSON columns declared `list[str]` in the models: a list of texts, nothing else.
_LIST_OF_TEXT = "list[str]"


@cache
def _columns(table_name: str) -> dict[str, tuple[Any, bool, str]]:
    """column → (type, nullable, annotation) for one synced table."""
    from app.store.models import Base

    table = Base.metadata.tables.get(table_name)
    if not isinstance(table, Table):
        return {}
    out: dict[str, tuple[Any, bool, str]] = {}
    annotations: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            for klass in mapper.class_.__mro__:
                annotations.update({k: str(v) for k, v in getattr(klass, "__annotations__", {}).items()})
    for col in table.columns:
        out[col.name] = (col.type, bool(col.nullable), annotations.get(col.name, ""))
    return out


def _day(text: str) -> date:
    d = date.fromisoformat(text[:10])
    if not FIRST_DAY <= d <= LAST_DAY:
        raise ValueError("date hors de 2000-2099")
    return d


def problem(table: str, column: str, value: Any) -> str | None:
    """Why `value` (raw, as SQLite stores it) cannot go in `table.column`, or None."""
    known = _columns(table)
    if column not in known:
        return None  # a column of a newer version: left out when applied
    kind, nullable, annotation = known[column]
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if value is None:
        return None if nullable or column == "id" else "valeur vide"
    try:
        if isinstance(kind, Boolean):
            ok = value in (0, 1) and not isinstance(value, float)
            return None if ok else "oui/non attendu"
        if isinstance(kind, Integer):
            if not isinstance(value, int) or isinstance(value, bool):
                return "nombre entier attendu"
            return None if INT_RANGE[0] <= value <= INT_RANGE[1] else "nombre trop grand"
        if isinstance(kind, LargeBinary):  # bytes travel as {"$b": base64} (see synced.dumps)
            if isinstance(value, dict) and isinstance(value.get("$b"), str):
                value = value["$b"]
                ok = len(value) * 3 // 4 <= MAX_BLOB
            else:
                ok = isinstance(value, bytes | bytearray) and len(value) <= MAX_BLOB
            return None if ok else "fichier attendu (16 Mo au plus)"
        if not isinstance(value, str):
            return "texte attendu"
        if isinstance(kind, Date):
            _day(value)
            return None if len(value) == 10 else "date AAAA-MM-JJ attendue"
        if isinstance(kind, DateTime):
            datetime.fromisoformat(value)
            _day(value)
            return None
        if isinstance(kind, JSON):
            data = json.loads(value)
            inner = annotation.removeprefix("Mapped[")
            if inner.startswith("list[str]") and not (isinstance(data, list) and all(isinstance(x, str) for x in data)):
                return "liste de codes attendue"
            if inner.startswith("list[") and not isinstance(data, list):
                return "liste attendue"
            if inner.startswith("dict[") and not isinstance(data, dict):
                return "objet JSON attendu"
            return None
        if isinstance(kind, String) and kind.length and len(value) > 4 * kind.length:  # SQLite keeps no limit: 4× leaves room
            return f"texte trop long ({len(value)} caractères, {kind.length} au plus)"
        if isinstance(kind, Text) and len(value) > MAX_TEXT:
            return "texte trop long"
    except ValueError:
        return "valeur illisible"
    return None


def malformed(table: str, fields: dict[str, Any]) -> str | None:
    """The first field of a change that cannot be applied, as « colonne : pourquoi », or None."""
    for column, value in fields.items():
        why = problem(table, column, value)
        if why:
            return f"{table}.{column} : {why}"
    return None
