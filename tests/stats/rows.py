"""Random help_request rows for the statistics tests (every CRA value, queue states, odd workshops)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from app.domain import vocab

SITES = ("site-a", "site-b", None)
CONSEILLERS = ("c-1", "c-2", None)
DAY0 = date(2025, 3, 20)


def _ids(table: Any) -> list[str]:
    return list(table)


@st.composite
def rows(draw: st.DrawFn) -> dict[str, Any]:
    """One help_request row as the store holds it (JSON lists and dicts, UTC naive-free datetimes)."""
    kind = draw(st.sampled_from(("individuel", "individuel", "collectif")))
    day = DAY0 + timedelta(days=draw(st.integers(0, 400)))
    arrived = None
    started = None
    if kind == "individuel" and draw(st.booleans()):
        arrived = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
            seconds=draw(st.integers(6 * 3600, 20 * 3600)))
        if draw(st.booleans()):
            started = arrived + timedelta(seconds=draw(st.integers(-120, 5400)))
    status = draw(st.sampled_from(("done", "done", "redirected", "waiting", "in_progress", "left")))
    total = draw(st.integers(0, 15)) if kind == "collectif" else None
    counts = {}
    if kind == "collectif":
        for part, table in (("genre", vocab.GENDERS), ("age", vocab.AGE_GROUPS), ("statut", vocab.STATUSES)):
            counts[part] = draw(st.dictionaries(st.sampled_from(_ids(table)), st.integers(0, 6), max_size=3))
    themes = draw(st.lists(st.sampled_from(_ids(vocab.THEMES)), min_size=1, max_size=3, unique=True))
    return {
        "id": str(uuid.UUID(int=draw(st.integers(0, 2**64)))),
        "kind": kind,
        "day": day,
        "queue_status": status,
        "deleted": draw(st.sampled_from((False, False, False, True))),
        "site_id": draw(st.sampled_from(SITES)),
        "conseiller_id": draw(st.sampled_from(CONSEILLERS)),
        "duration_minutes": draw(st.one_of(st.none(), st.integers(1, 480))),
        "place": draw(st.sampled_from(_ids(vocab.PLACES))),
        "equipment": draw(st.lists(st.sampled_from(_ids(vocab.EQUIPMENT)), max_size=2, unique=True)),
        "themes": themes,
        "demarches": draw(st.lists(st.sampled_from(_ids(vocab.DEMARCHES)), max_size=2, unique=True)),
        "redirected": draw(st.booleans()),
        "gender": draw(st.sampled_from(_ids(vocab.GENDERS))),
        "age_group": draw(st.sampled_from(_ids(vocab.AGE_GROUPS))),
        "status": draw(st.sampled_from(_ids(vocab.STATUSES))),
        "participants_total": total,
        "participants": counts,
        "handout_guide_ids": draw(st.sampled_from(([], ["impots-declaration-revenus"]))),
        "arrived_at": arrived,
        "started_at": started,
    }


_CHANGE_VALUES = {
    "day": st.builds(lambda n: DAY0 + timedelta(days=n), st.integers(0, 400)),
    "queue_status": st.sampled_from(("done", "redirected", "left", "waiting", "in_progress")),
    "deleted": st.booleans(),
    "site_id": st.sampled_from(SITES),
    "conseiller_id": st.sampled_from(CONSEILLERS),
    "kind": st.sampled_from(("individuel", "collectif")),
    "duration_minutes": st.integers(1, 480),
    "themes": st.lists(st.sampled_from(_ids(vocab.THEMES)), min_size=1, max_size=2, unique=True),
    "equipment": st.lists(st.sampled_from(_ids(vocab.EQUIPMENT)), max_size=2, unique=True),
    "participants_total": st.integers(0, 9),
    "gender": st.sampled_from(_ids(vocab.GENDERS)),
    "handout_guide_ids": st.sampled_from(([], ["franceconnect"])),
    "redirected": st.booleans(),
    "started_at": st.builds(lambda s: datetime(2025, 6, 2, 8, tzinfo=UTC) + timedelta(seconds=s), st.integers(0, 9000)),
    "notes": st.text(max_size=5),
}


@st.composite
def changes(draw: st.DrawFn) -> dict[str, Any]:
    """An edit of one to three columns, as the desk or a sync import writes it (a tombstone alone, say)."""
    keys = draw(st.lists(st.sampled_from(sorted(_CHANGE_VALUES)), min_size=1, max_size=3, unique=True))
    return {k: draw(_CHANGE_VALUES[k]) for k in keys}


CHANGES = changes()
