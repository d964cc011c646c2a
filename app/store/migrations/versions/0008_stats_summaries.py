"""stats_day, stats_breakdown, stats_hour, stats_wait: statistics summaries kept current by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 21:00:00

The dashboard and the report read these small tables instead of the sessions: a filter change on
1 000 000 sessions reads a few thousand summary rows. The three big ones also exist per month
(`stats_breakdown_month`, `stats_hour_month`, `stats_wait_month`, keyed by the month's first day): a period
is read as its whole months plus the days at its ends. They are not synced: every PC derives them from its
own help_request rows, whoever wrote them (the desk, the sync import, the demo's bulk insert), through the
triggers below (plain SQL, no application function: any connection keeps them right). Each trigger
subtracts the old row's contribution and adds the new one. A later migration that batch-alters
`help_request` drops these triggers and must create them again (a test checks they exist at the head).

Rules (the same as the plain queries of `app/services/stats/plain.py`, proven equal by a property test):
a session is a row not deleted whose queue status is done or redirected (waiting, in progress and left
rows are not sessions); a person is one per individual session, the participants of a workshop; the wait
is whole minutes from arrival to start; weekday and hour are those of the arrival in Paris time.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"  # ids ascending along the chain: 0004 → 0006 (desk) → 0007 (hardening) → 0008
branch_labels = None
depends_on = None

_KEY = "day, site_id, conseiller_id, kind"


def _paris(col: str) -> str:
    """The offset modifier of Europe/Paris for a UTC timestamp column (EU rule: last Sundays of March and
    October at 01:00 UTC)."""
    year = f"substr({col}, 1, 4)"
    return (
        f"CASE WHEN {col} >= datetime({year} || '-03-25', 'weekday 0', '+1 hours') "
        f"AND {col} < datetime({year} || '-10-25', 'weekday 0', '+1 hours') THEN '+2 hours' ELSE '+1 hours' END"
    )


def _contribution(r: str, sign: str) -> list[str]:
    """Statements adding (`sign` = '+') or removing ('-') row `r`'s (new/old) share of every summary: per
    day, and per month for the big ones (a whole month is read from one row, not thirty)."""
    return _grain(r, sign, "") + _grain(r, sign, MONTH)


MONTH = "_month"
GRAINED = ("stats_breakdown", "stats_hour", "stats_wait")


def _grain(r: str, sign: str, suffix: str) -> list[str]:
    day = f"date({r}.day, 'start of month')" if suffix else f"{r}.day"
    key = f"{day}, coalesce({r}.site_id, ''), coalesce({r}.conseiller_id, ''), {r}.kind"
    counted = f"({r}.deleted = 0 AND {r}.queue_status IN ('done', 'redirected'))"
    people = f"(CASE {r}.kind WHEN 'collectif' THEN coalesce({r}.participants_total, 0) ELSE 1 END)"
    wait = (
        f"(max(0, CAST(strftime('%s', substr({r}.started_at, 1, 19)) AS INTEGER) - "
        f"CAST(strftime('%s', substr({r}.arrived_at, 1, 19)) AS INTEGER))"
        " / 60)"
    )
    waited = f"({counted} AND {r}.arrived_at IS NOT NULL AND {r}.started_at IS NOT NULL)"
    duration = (
        f"CASE WHEN coalesce({r}.duration_minutes, 0) < 30 THEN 'moins_30' "
        f"WHEN {r}.duration_minutes < 60 THEN '30_60' WHEN {r}.duration_minutes < 120 THEN '60_120' "
        "ELSE '120_plus' END"
    )
    upd = "DO UPDATE SET"
    arrived = f"substr({r}.arrived_at, 1, 19)"  # whole seconds: SQLite would round microseconds to ms

    def profile(dim: str, column: str, part: str) -> str:
        # Individual: the beneficiary's value. Workshop: the anonymous counts, the rest « non communiqué ».
        counts = f"json_each({r}.participants, '$.{part}')"
        return (
            f"SELECT '{dim}', {r}.{column}, 1, 1 WHERE {r}.kind != 'collectif' "
            f"UNION ALL SELECT '{dim}', key, 0, CAST(value AS INTEGER) FROM {counts} WHERE {r}.kind = 'collectif' "
            f"UNION ALL SELECT '{dim}', 'non_communique', 0, max(0, coalesce({r}.participants_total, 0) - "
            f"(SELECT coalesce(sum(CAST(value AS INTEGER)), 0) FROM {counts})) WHERE {r}.kind = 'collectif'"
        )

    dims = " UNION ALL ".join(
        (
            f"SELECT 'theme' AS dim, value AS value, 1 AS sessions, {people} AS people FROM json_each({r}.themes)",
            f"SELECT 'demarche', value, 1, {people} FROM json_each({r}.demarches)",
            f"SELECT 'equipment', value, 1, {people} FROM json_each({r}.equipment)",
            f"SELECT 'place', {r}.place, 1, {people}",
            f"SELECT 'duration', {duration}, 1, {people}",
            profile("gender", "gender", "genre"),
            profile("age", "age_group", "age"),
            profile("status", "status", "statut"),
        )
    )
    statements = [
        f"INSERT INTO stats_day ({_KEY}, sessions, minutes, participants, people, handouts, redirected, left_count) "
        f"SELECT {key}, {sign}{counted}, {sign}{counted} * coalesce({r}.duration_minutes, 0), "
        f"{sign}{counted} * (CASE {r}.kind WHEN 'collectif' THEN coalesce({r}.participants_total, 0) ELSE 0 END), "
        f"{sign}{counted} * {people}, {sign}{counted} * (json_array_length({r}.handout_guide_ids) > 0), "
        f"{sign}{counted} * ({r}.redirected = 1), {sign}({r}.deleted = 0 AND {r}.queue_status = 'left') "
        f"WHERE {counted} OR ({r}.deleted = 0 AND {r}.queue_status = 'left') "
        f"ON CONFLICT ({_KEY}) {upd} sessions = sessions + excluded.sessions, minutes = minutes + excluded.minutes, "
        "participants = participants + excluded.participants, people = people + excluded.people, "
        "handouts = handouts + excluded.handouts, redirected = redirected + excluded.redirected, "
        "left_count = left_count + excluded.left_count",
        f"INSERT INTO stats_breakdown ({_KEY}, dim, value, sessions, people) "
        f"SELECT {key}, d.dim, d.value, {sign}d.sessions, {sign}d.people FROM ({dims}) AS d WHERE {counted} "
        f"ON CONFLICT ({_KEY}, dim, value) {upd} sessions = sessions + excluded.sessions, "
        "people = people + excluded.people",
        f"INSERT INTO stats_hour ({_KEY}, weekday, hour, arrivals, waited, wait_minutes) "
        f"SELECT {key}, CAST(strftime('%w', {arrived}, {_paris(arrived)}) AS INTEGER), "
        f"CAST(strftime('%H', {arrived}, {_paris(arrived)}) AS INTEGER), {sign}1, "
        f"{sign}{waited}, {sign}(CASE WHEN {waited} THEN {wait} ELSE 0 END) "
        f"WHERE {r}.deleted = 0 AND {r}.arrived_at IS NOT NULL "
        f"ON CONFLICT ({_KEY}, weekday, hour) {upd} arrivals = arrivals + excluded.arrivals, "
        "waited = waited + excluded.waited, wait_minutes = wait_minutes + excluded.wait_minutes",
        f"INSERT INTO stats_wait ({_KEY}, minutes, n) SELECT {key}, {wait}, {sign}1 WHERE {waited} "
        f"ON CONFLICT ({_KEY}, minutes) {upd} n = n + excluded.n",
    ]
    if not suffix:
        return statements
    return [sql.replace(f"INSERT INTO {t} ", f"INSERT INTO {t}{suffix} ") for sql in statements[1:] for t in GRAINED
            if sql.startswith(f"INSERT INTO {t} ")]


# The columns whose change moves a row's contribution (an edit of the notes alone costs nothing here).
WATCHED = (
    "day, site_id, conseiller_id, kind, deleted, queue_status, duration_minutes, participants_total, "
    "participants, handout_guide_ids, redirected, themes, demarches, equipment, place, gender, age_group, "
    "status, arrived_at, started_at"
)
TRIGGER_NAMES = ("stats_ai", "stats_au", "stats_ad")


def trigger_sql() -> list[str]:
    add_new = "; ".join(_contribution("new", "+"))
    remove_old = "; ".join(_contribution("old", "-"))
    return [
        f"CREATE TRIGGER stats_ai AFTER INSERT ON help_request BEGIN {add_new}; END",
        f"CREATE TRIGGER stats_au AFTER UPDATE OF {WATCHED} ON help_request BEGIN {remove_old}; {add_new}; END",
        f"CREATE TRIGGER stats_ad AFTER DELETE ON help_request BEGIN {remove_old}; END",
    ]


_TABLES = (
    "CREATE TABLE stats_day (day DATE NOT NULL, site_id VARCHAR(36) NOT NULL, conseiller_id VARCHAR(36) NOT NULL, "
    "kind VARCHAR(20) NOT NULL, sessions INTEGER NOT NULL, minutes INTEGER NOT NULL, participants INTEGER NOT NULL, "
    "people INTEGER NOT NULL, handouts INTEGER NOT NULL, redirected INTEGER NOT NULL, left_count INTEGER NOT NULL, "
    f"CONSTRAINT pk_stats_day PRIMARY KEY ({_KEY})) WITHOUT ROWID",
    "CREATE TABLE stats_breakdown (day DATE NOT NULL, site_id VARCHAR(36) NOT NULL, "
    "conseiller_id VARCHAR(36) NOT NULL, kind VARCHAR(20) NOT NULL, dim VARCHAR(12) NOT NULL, "
    "value VARCHAR(40) NOT NULL, sessions INTEGER NOT NULL, people INTEGER NOT NULL, "
    f"CONSTRAINT pk_stats_breakdown PRIMARY KEY ({_KEY}, dim, value)) WITHOUT ROWID",
    "CREATE TABLE stats_hour (day DATE NOT NULL, site_id VARCHAR(36) NOT NULL, conseiller_id VARCHAR(36) NOT NULL, "
    "kind VARCHAR(20) NOT NULL, weekday INTEGER NOT NULL, hour INTEGER NOT NULL, arrivals INTEGER NOT NULL, "
    "waited INTEGER NOT NULL, wait_minutes INTEGER NOT NULL, "
    f"CONSTRAINT pk_stats_hour PRIMARY KEY ({_KEY}, weekday, hour)) WITHOUT ROWID",
    "CREATE TABLE stats_wait (day DATE NOT NULL, site_id VARCHAR(36) NOT NULL, conseiller_id VARCHAR(36) NOT NULL, "
    "kind VARCHAR(20) NOT NULL, minutes INTEGER NOT NULL, n INTEGER NOT NULL, "
    f"CONSTRAINT pk_stats_wait PRIMARY KEY ({_KEY}, minutes)) WITHOUT ROWID",
)


def _month_table(sql: str) -> str:
    name = sql.split()[2]
    return sql.replace(f"TABLE {name} ", f"TABLE {name}{MONTH} ").replace(f"pk_{name} ", f"pk_{name}{MONTH} ")


def upgrade() -> None:
    for sql in (*_TABLES, *(_month_table(t) for t in _TABLES[1:])):
        op.execute(sql)
    for sql in trigger_sql():
        op.execute(sql)
    # The sessions already there go through the same statements: a temporary copy whose insert trigger
    # adds each row's share (one definition of the rules, no second set of queries to keep equal).
    op.execute("CREATE TEMP TABLE stats_replay AS SELECT * FROM help_request WHERE 0")
    add = "; ".join(_contribution("new", "+"))
    op.execute(f"CREATE TEMP TRIGGER stats_replay_ai AFTER INSERT ON stats_replay BEGIN {add}; END")
    op.execute("INSERT INTO stats_replay SELECT * FROM help_request")
    op.execute("DROP TABLE stats_replay")


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("stats_wait", "stats_hour", "stats_breakdown"):
        op.drop_table(table + MONTH)
        op.drop_table(table)
    op.drop_table("stats_day")
