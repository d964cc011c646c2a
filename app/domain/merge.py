"""Per-field merge rule: last writer wins on the clock; the loser of a true concurrent edit is a conflict.

A field version is (value, clock, prev): `prev` is the clock of the value the writer saw when it wrote.
A writer that had seen the other value is its successor; one that had not edited concurrently.
Everything here is pure: the same inputs give the same outcome on every PC, in any order.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

# Bookkeeping columns: merged like the others, but never shown as conflicts nor kept in history.
META_FIELDS = frozenset({"updated_at", "updated_by", "created_at"})


@dataclass(frozen=True)
class Version:
    """One value of one field, with its clock and the clock of the value its writer replaced."""

    value: Any
    hlc: str
    prev: str | None = None


@dataclass(frozen=True)
class Loser:
    """A value that did not win: kept in the history, flagged when it was a true concurrent edit."""

    field: str
    value: Any
    hlc: str
    winner_hlc: str
    conflict: bool


def value_key(value: Any) -> str:
    """A total, stable order on raw SQLite values, used only to break a tie of identical clocks."""
    if isinstance(value, bytes | bytearray | memoryview):
        return "b:" + base64.b64encode(bytes(value)).decode()
    return "j:" + json.dumps(value, sort_keys=True)


def wins(a: Version, b: Version) -> bool:
    """Does `a` beat `b`? Higher clock; on the same clock (only a cloned PC can do it), the value order."""
    if a.hlc != b.hlc:
        return a.hlc > b.hlc
    return value_key(a.value) > value_key(b.value)


def is_conflict(winner: Version, loser: Version) -> bool:
    """True when the winner's writer had not seen the loser: the two were concurrent edits."""
    return (winner.prev or "") < loser.hlc


def same(a: Version, b: Version) -> bool:
    return a.hlc == b.hlc and value_key(a.value) == value_key(b.value)


def merge_field(field: str, current: Version | None, incoming: Version) -> tuple[Version, Loser | None]:
    """The field's version after `incoming` arrives, and the value that lost (if any)."""
    if current is None:
        return incoming, None
    if same(current, incoming):
        return current, None
    if value_key(current.value) == value_key(incoming.value):
        # The same value written twice (a guide bundled on every PC): the clock moves, nothing is lost.
        return (incoming if wins(incoming, current) else current), None
    if wins(incoming, current):
        return incoming, Loser(field, current.value, current.hlc, incoming.hlc, is_conflict(incoming, current))
    return current, Loser(field, incoming.value, incoming.hlc, current.hlc, is_conflict(current, incoming))


def merge_row(
    current: dict[str, Version], hlc: str, fields: dict[str, Any], prevs: dict[str, str | None]
) -> tuple[dict[str, Version], list[Loser]]:
    """Fold one change (fields written at clock `hlc`) into a row's field versions.

    Returns the fields whose version changed (value or clock) and the losers, meta fields left out of those.
    """
    changed: dict[str, Version] = {}
    losers: list[Loser] = []
    for name, value in fields.items():
        before = current.get(name)
        after, loser = merge_field(name, before, Version(value, hlc, prevs.get(name)))
        if after is not before:
            changed[name] = after
        if loser is not None and name not in META_FIELDS:
            losers.append(loser)
    return changed, losers
