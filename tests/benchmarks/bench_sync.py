"""Sync figures: import of 100 000 changes vs a raw executemany, a no-op round on a busy share, one change.

Prints one JSON line per figure. Run: `python -m tests.benchmarks.bench_sync` (or `make bench`).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from app.services import demo, help_requests, installation
from app.services.sync import folder as net_folder
from app.services.sync import segment
from app.services.sync.round import run_round
from app.store import settings
from app.store.db import Database
from app.store.open import open_data_dir

PASSPHRASE = "phrase secrète du banc d'essai"


def _emit(name: str, value: float, unit: str, goal: str, **extra: float) -> None:
    print(json.dumps({"name": name, "value": round(value, 4), "unit": unit, "goal": goal, **extra}), flush=True)


def _pc(root: Path, name: str) -> Database:
    db = open_data_dir(root / name)
    settings.put(db, settings.DEVICE_NAME, name)
    return db


def bench_import(root: Path, n: int = 100_000) -> None:
    share = root / "share"
    share.mkdir()
    net = net_folder.init_network(share, PASSPHRASE)
    key = net.derive(PASSPHRASE)
    a = _pc(root, "a")
    demo.generate(a, n, seed=7)
    run_round(a, share, key=key)
    b = _pc(root, "b")
    t = time.perf_counter()
    report = run_round(b, share, key=key)
    took = time.perf_counter() - t
    assert report.imported >= n, report

    # Baseline: the same rows, as stored, inserted with one executemany into the same schema.
    c = _pc(root, "c")
    src = sqlite3.connect(a.path)
    cur = src.execute("SELECT * FROM help_request")
    cols = [d[0] for d in cur.description]
    rows = cur.fetchall()
    src.close()
    pooled = c.engine.raw_connection()
    con = pooled.driver_connection
    con.execute("PRAGMA foreign_keys=OFF")
    t = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        f"INSERT INTO help_request ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", rows
    )
    con.execute("COMMIT")
    base = time.perf_counter() - t
    pooled.close()
    _emit("sync.import_100k", took, "s", "ratio <= 3", baseline=round(base, 4), ratio=round(took / base, 2),
          changes=report.imported)
    for db in (a, b, c):
        db.dispose()


def bench_noop(root: Path, devices: int = 10, per_device: int = 1000) -> None:
    share = root / "share-busy"
    share.mkdir()
    net = net_folder.init_network(share, PASSPHRASE)
    key = net.derive(PASSPHRASE)
    site = str(uuid.uuid4())
    for d in range(devices):
        dev = str(uuid.uuid4())
        folder = net.device_dir(dev)
        folder.mkdir(parents=True)
        for s in range(1, per_device + 1):
            hlc = f"{1_700_000_000_000 + s:015d}-00000000-{dev}"
            payload = json.dumps([["site", site, hlc, {"id": site, "name": f"Lieu {d}-{s}"}, {}]]).encode()
            name, data = segment.build(key, dataset=net.dataset, device=dev, device_name=f"PC-{d}", seq=s,
                                       prev="", payload=payload, count=1, outbox=(s, s))
            (folder / name).write_bytes(data)
    pc = open_data_dir(root / "noop")
    pc.dispose()
    pc = Database(root / "noop" / "pasapas.sqlite", synchronous="OFF")  # the catch-up itself is not measured
    report = run_round(pc, share, key=key)
    assert report.segments_read == devices * per_device, report
    pc.dispose()
    pc = Database(root / "noop" / "pasapas.sqlite")
    times = []
    for _ in range(15):
        t = time.perf_counter()
        r = run_round(pc, share, key=key)
        times.append(time.perf_counter() - t)
        assert r.segments_read == 0 and r.exported == 0
    _emit("sync.noop_round_10x1000", statistics.median(times) * 1000, "ms", "< 50 ms",
          segments=devices * per_device)
    pc.dispose()


def bench_one_change(root: Path) -> None:
    share = root / "share-one"
    share.mkdir()
    net = net_folder.init_network(share, PASSPHRASE)
    key = net.derive(PASSPHRASE)
    db = _pc(root, "one")
    site = installation.add_site(db, "Médiathèque du Carré des Jalles")
    help_requests.add_arrival(db, site_id=site, label="premier")  # the first ticket also writes this PC's letter
    run_round(db, share, key=key)
    times, sizes = [], []
    for i in range(20):
        help_requests.add_arrival(db, site_id=site, label=f"visiteur {i}")
        before = {p: p.stat().st_size for p in share.rglob("*.seg")}
        t = time.perf_counter()
        r = run_round(db, share, key=key)
        times.append(time.perf_counter() - t)
        assert r.exported == 1
        sizes.append(sum(p.stat().st_size for p in share.rglob("*.seg") if p not in before))
    _emit("sync.export_one_change", statistics.median(times) * 1000, "ms", "a round that sends one change")
    _emit("sync.bytes_per_change_single", statistics.median(sizes), "B", "one new help session, alone")
    for _ in range(1000):
        help_requests.add_arrival(db, site_id=site, label="")
    before = {p for p in share.rglob("*.seg")}
    run_round(db, share, key=key)
    batch = sum(p.stat().st_size for p in share.rglob("*.seg") if p not in before)
    _emit("sync.bytes_per_change_batch", batch / 1000, "B", "1 000 new help sessions in one round")
    db.dispose()


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="pasapas-bench-sync-"))
    try:
        bench_one_change(root)
        bench_noop(root)
        bench_import(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
