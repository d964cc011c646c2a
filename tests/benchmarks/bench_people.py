"""Followed persons and backups on 100 000 sessions: an erasure (with its scrub and WAL fold), a backup, a
restore check — each against a plain operation measured in the same run."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from tests.benchmarks.common import demo_data_dir, emit, median_time


def main() -> None:
    from app.domain.help_request import HelpRequestFields
    from app.domain.permissions import Actor, Role
    from app.domain.person import Consent, PersonFields
    from app.services import help_requests, installation, people
    from app.store import backups
    from app.store.open import open_data_dir

    src = demo_data_dir(100_000)
    work = Path(tempfile.mkdtemp(prefix="pasapas-bench-people-"))
    shutil.copytree(src, work, dirs_exist_ok=True)
    db = open_data_dir(work)
    ctx = installation.context(db)
    site = ctx.site.id if ctx.site else installation.list_sites(db)[0].id
    now = datetime(2026, 12, 2, 10, tzinfo=UTC)

    def session(pid: str | None) -> str:
        f = HelpRequestFields(day=date(2026, 12, 1), duration_minutes=30, site_id=site, themes=("email",),
                              person_id=pid, notes="note de test")
        return help_requests.save_record(db, f, now=now)

    save = median_time(lambda: session(None), repeat=7)

    def erasures() -> float:
        times = []
        for _ in range(5):  # each time a new person with 20 sessions; only the erasure is timed
            pid = people.create(db, PersonFields("Eulalie", "Brindavoine", "0671234598"),
                                Consent(date(2026, 12, 2), "x"), now=now, allow_duplicate=True)
            for _ in range(20):
                session(pid)
            t0 = time.perf_counter()
            people.erase(db, pid, now=now, actor=Actor("Admin", Role.ADMIN, "admin"))
            times.append(time.perf_counter() - t0)
        return sorted(times)[len(times) // 2]

    # The demo's 100 000 sessions were never sent: their outbox (no index on row ids) is read whole.
    emit("people.erase_20_sessions_100k_unsent", erasures(), "s", baseline=save, goal="ratio <= 30")
    with db.write_connection() as conn:  # a PC that synced: its outbox is empty
        conn.exec_driver_sql("DELETE FROM sync_outbox")
    emit("people.erase_20_sessions_100k_synced", erasures(), "s", baseline=save, goal="ratio <= 30")
    db.dispose()

    path = work / "pasapas.sqlite"
    target = work / "copie.sqlite"
    copy = median_time(lambda: shutil.copyfile(path, target), repeat=3)
    made: list[Path] = []
    backup = median_time(lambda: made.append(backups.backup(path, "bench")), repeat=3)
    emit("backup.sqlite_api_100k", backup, "s", baseline=copy, goal="ratio <= 5")
    check = median_time(lambda: backups.check_backup(made[-1]), repeat=3)
    emit("backup.check_before_restore_100k", check, "s", baseline=copy, goal="ratio <= 5")
    shutil.rmtree(work, ignore_errors=True)
