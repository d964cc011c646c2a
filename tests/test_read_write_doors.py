"""The store's two doors: a read returns while another process holds a write; a read cannot write."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import OperationalError

from app.services import help_requests, log
from app.store.models import Site

# Another process takes the write lock (BEGIN IMMEDIATE), writes, says « ready » and keeps the
# transaction open until its stdin closes: what a sync import in another `pasapas` process does.
WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE help_request SET visitor_label = 'pendant'")
print("ready", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
"""

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def test_reads_return_while_another_process_writes(db, ctx):
    entry = help_requests.add_arrival(db, site_id=ctx.site.id, label="manteau rouge", now=NOW)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db.path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        # The queue and a log page are read (the last commit: not the other process's open change).
        [seen] = help_requests.today_queue(db, site_id=ctx.site.id, now=NOW)
        assert (seen.id, seen.visitor_label) == (entry.id, "manteau rouge")
        assert log.count(db, log.LogFilter()).rows == 1  # a waiting ticket: listed (never counted as a session)
        assert [r.id for r in log.fetch(db, log.LogFilter(), offset=0, limit=50)] == [entry.id]
        assert help_requests.load(db, entry.id).id == entry.id
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)


def test_the_read_door_cannot_write(db):
    with pytest.raises(OperationalError, match="readonly"), db.read() as s:
        s.add(Site(name="Écrit par une lecture"))
        s.flush()
    with db.read() as s:
        assert s.query(Site).count() == 0
