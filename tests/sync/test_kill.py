"""A real `kill -9` of `python -m app sync` in the middle of an import: the database is sound, and the
next round converges (each segment is applied in one transaction with its « applied » mark)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import demo
from tests.sync.helpers import PASSPHRASE, PC, dump

ROOT = Path(__file__).resolve().parents[2]


def _applied(path: Path, device: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return int(con.execute("SELECT count(*) FROM sync_applied WHERE device = ?", (device,)).fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


@pytest.mark.slow
def test_kill_9_mid_import_then_integrity_ok_and_convergence(tmp_path, share, monkeypatch):
    import app.services.sync.round as round_mod

    a = PC(tmp_path, "PC-A")
    demo.generate(a.db, 12000, seed=5)
    monkeypatch.setattr(round_mod, "SEGMENT_CHANGES", 500)  # many segments: many points to die between
    a.sync(share)
    total = len(list((share / "pasapas" / "devices" / a.db.device_id).glob("*.seg")))
    assert total >= 20
    b_dir = tmp_path / "PC-B"
    b = PC(tmp_path, "PC-B")
    b.close()
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE)
    cmd = [sys.executable, "-m", "app", "--data-dir", str(b_dir), "sync", "--folder", str(share),
           "--passphrase-file", str(secret)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db_path = b_dir / "pasapas.sqlite"
    deadline = time.monotonic() + 60
    seen = 0
    while proc.poll() is None and time.monotonic() < deadline:
        seen = _applied(db_path, a.db.device_id)
        if seen >= 3:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the round ended before it could be killed mid-import"
    done = _applied(db_path, a.db.device_id)
    assert 3 <= done < total  # really in the middle

    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every applied segment is whole: each help session row here has its clocks, none is half-written
    assert con.execute("SELECT count(*) FROM help_request WHERE id NOT IN (SELECT row_id FROM sync_row)").fetchone()[0] == 0
    con.close()

    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    from app.store.db import Database

    b_db = Database(db_path)
    try:
        assert dump(b_db)["help_request"] == dump(a.db)["help_request"]
        assert len(dump(b_db)["help_request"]) == 12000
    finally:
        b_db.dispose()
        a.close()
