"""The synced tables, discovered from the models (every model with the `Synced` mixin), and raw values.

Sync moves raw SQLite values (what the file stores: text, integers, reals, bytes, NULL) so that a value
reads back bit for bit on every PC. In JSON, bytes travel as {"$b": base64}.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import LargeBinary, Table
from sqlalchemy.dialects import sqlite

_DIALECT = sqlite.dialect()


@dataclass(frozen=True)
class TableInfo:
    """What the sync needs to know about one synced table."""

    name: str
    columns: tuple[str, ...]
    required: frozenset[str]  # NOT NULL, no default of any kind: a row cannot exist without them
    server_defaults: frozenset[str]
    python_defaults: dict[str, Callable[[], Any]] = field(default_factory=dict)
    blobs: frozenset[str] = frozenset()
    column_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_set", frozenset(self.columns))

    def default_raw(self, column: str) -> Any:
        return self.python_defaults[column]()


def _info(table: Table) -> TableInfo:
    required, server, blobs = set(), set(), set()
    defaults: dict[str, Callable[[], Any]] = {}
    for col in table.columns:
        if isinstance(col.type, LargeBinary):
            blobs.add(col.name)
        if col.server_default is not None:
            server.add(col.name)
        elif col.default is not None:
            defaults[col.name] = _raw_default(col)
        elif not col.nullable and not col.primary_key:
            required.add(col.name)
    return TableInfo(
        table.name,
        tuple(c.name for c in table.columns),
        frozenset(required),
        frozenset(server),
        defaults,
        frozenset(blobs),
    )


def _raw_default(col: Any) -> Callable[[], Any]:
    default = col.default
    process = col.type.bind_processor(_DIALECT)

    def make() -> Any:
        value = default.arg(None) if default.is_callable else default.arg
        return process(value) if process else value

    return make


_cache: dict[int, dict[str, TableInfo]] = {}


def synced_tables() -> dict[str, TableInfo]:
    """Every table whose model uses the `Synced` mixin, by name (local_setting and sync tables never)."""
    from app.store.models import Base, Synced

    mappers = Base.registry.mappers
    key = len(mappers)
    if key not in _cache:
        found: dict[str, TableInfo] = {}
        for mapper in mappers:
            if issubclass(mapper.class_, Synced) and isinstance(mapper.local_table, Table):
                found[mapper.local_table.name] = _info(mapper.local_table)
        _cache.clear()
        _cache[key] = dict(sorted(found.items()))
    return _cache[key]


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"not a raw SQLite value: {type(value).__name__}")


def dumps(value: Any) -> str:
    """Raw values (and dicts/lists of them) as compact JSON; bytes as {"$b": base64}."""
    return json.dumps(value, default=_json_default, separators=(",", ":"), ensure_ascii=False)


def decode_blob(value: Any) -> Any:
    if isinstance(value, dict) and "$b" in value:
        return base64.b64decode(value["$b"])
    return value
