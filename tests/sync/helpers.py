"""Test helpers for sync: PCs as data directories, a network folder, canonical dumps."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.services import installation
from app.services.sync import folder as net_folder
from app.services.sync.round import Report, run_round
from app.store.db import Database
from app.store.open import open_data_dir
from app.store.synced import synced_tables

PASSPHRASE = "une phrase secrète de test"
FAST_KDF = 2**10  # scrypt cost for tests only; real networks use crypto.SCRYPT_N


class StepClock:
    """A wall clock (ms) that moves 1 ms at every read, shared by the PCs of a test: a write made after
    another, on any PC, always has a later clock (no sleeping to make the real clock move)."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> int:
        import time

        self.ms = max(self.ms + 1, time.time_ns() // 1_000_000)  # never behind the real clock either
        return self.ms


class PC:
    """One help point PC: its data directory, database and a fixed machine fingerprint."""

    def __init__(
        self, root: Path, name: str, *, site: str | None = None, conseiller: str | None = None,
        clock: StepClock | None = None,
    ) -> None:
        self.name = name
        self.dir = root / name
        self.db: Database = open_data_dir(self.dir)
        self.db.clock_ms = clock  # None: the real clock (which tests may monkeypatch)
        # Each PC its own site and conseiller, unless the test gives names: PCs that meet with the same names
        # merge them (tests/sync/test_merges.py, the crash test).
        self.ctx = installation.set_up(self.db, site_name=site or f"Médiathèque du Carré des Jalles ({name})",
                                       device_name=name, conseiller_name=conseiller or f"Camille Durand {name}")
        self.fingerprint: str | None = None  # the real one: each data directory has its own

    def sync(self, share: Path, **kw: Any) -> Report:
        kw.setdefault("passphrase", PASSPHRASE)
        return run_round(self.db, share, fingerprint=self.fingerprint, **kw)

    def close(self) -> None:
        self.db.dispose()


def make_share(tmp: Path) -> Path:
    share = tmp / "share"
    share.mkdir(exist_ok=True)
    net_folder.init_network(share, PASSPHRASE, kdf_n=FAST_KDF)
    return share


def dump(db: Database, *, include_meta: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows, as stored, sorted by id: equal dumps mean converged replicas."""
    con = sqlite3.connect(db.path)
    try:
        out = {}
        for name, info in synced_tables().items():
            cols = [c for c in info.columns if include_meta or c not in ("updated_at", "updated_by", "created_at")]
            sel = ",".join(f'"{c}"' for c in cols)
            out[name] = con.execute(f'SELECT {sel} FROM "{name}" ORDER BY id').fetchall()
        return out
    finally:
        con.close()


def table_count(db: Database, table: str) -> int:
    con = sqlite3.connect(db.path)
    try:
        return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        con.close()


def labels(pc: PC) -> set[str]:
    """The visitors' labels of every arrival this PC holds."""
    con = sqlite3.connect(pc.db.path)
    try:
        return {r[0] for r in con.execute("SELECT visitor_label FROM help_request WHERE NOT deleted")}
    finally:
        con.close()


def remembering(tmp: Path, share: Path, *names: str) -> list[PC]:
    """PCs that joined with the passphrase and remember the key (as the desk's settings do by default)."""
    from app.services.sync import state

    out = []
    for name in names:
        pc = PC(tmp, name, site="Médiathèque")
        net = net_folder.open_network(share)
        state.remember_key(pc.db, net.dataset, net.derive(PASSPHRASE))
        out.append(pc)
    return out


def arrival(pc: PC, label: str) -> None:
    from app.services import help_requests

    help_requests.add_arrival(pc.db, site_id=pc.ctx.site.id, label=label)
