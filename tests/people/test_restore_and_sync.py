"""A restored backup on a PC of a network: the next rounds lose nothing, and an erasure made after the
backup is made again (the ledger), before the sync even runs."""

from __future__ import annotations

import gc

from app.services import backups, help_requests, people
from app.store.open import open_data_dir
from tests.people.conftest import ADMIN, NOW, consent, eulalie, session_for
from tests.sync.helpers import PC, make_share


def test_restore_then_sync_loses_nothing_and_keeps_the_erasure(tmp_path):
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A"), PC(tmp_path, "PC-B")
    try:
        pid = people.create(a.db, eulalie(), consent(), now=NOW)
        first = session_for(a.db, a.ctx, pid)
        a.sync(share)
        saved = backups.back_up(a.dir)
        later = session_for(a.db, a.ctx, None)  # after the backup, sent to the share
        people.erase(a.db, pid, now=NOW, actor=ADMIN)
        a.sync(share)
        b.sync(share)
        a.db.dispose()
        gc.collect()
        done, again = backups.restore(a.dir, saved)
        assert again == 1 and done.previous is not None
        a.db = open_data_dir(a.dir)  # the desk opens again on the restored file
        assert people.search(a.db) == []  # erased again at once, from the ledger
        a.sync(share)
        a.sync(share)
        ids = {r.id for r in help_requests.list_records(a.db)}
        assert {first, later} <= ids  # what was sent after the backup came back through the share
        assert people.search(b.db) == []
    finally:
        a.close()
        b.close()
