"""Screen reads during a sync import: queue refresh and one log page while another process imports 100 000 changes.

Prints p95 latencies (goal < 50 ms) with, as baseline, the same reads on the same database with no import
running. Run: `python -m tests.benchmarks.bench_reads` (or `make bench`).
"""

from __future__ import annotations

import multiprocessing as mp
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.common import emit

PASSPHRASE = "phrase secrète du banc d'essai"
CHANGES = 100_000


def _import(db_path: str, share: str, key: bytes, started: Any) -> None:
    """The other process: one sync round that imports every change of the share."""
    from app.services.sync.round import run_round
    from app.store.db import Database

    db = Database(Path(db_path))
    started.set()
    report = run_round(db, share, key=key)
    assert report.imported >= CHANGES, report
    db.dispose()


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def _sample(fn: Callable[[], object], *, until: Callable[[], bool], at_least: int = 20) -> list[float]:
    out: list[float] = []
    while len(out) < at_least or not until():
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
        time.sleep(0.005)  # a screen refreshes now and then, not in a tight loop
    return out


def main() -> None:
    from app.services import demo, help_requests, installation, log
    from app.services.sync import folder as net_folder
    from app.services.sync.round import run_round
    from app.store.open import open_data_dir

    root = Path(tempfile.mkdtemp(prefix="pasapas-bench-reads-"))
    try:
        share = root / "share"
        share.mkdir()
        key = net_folder.init_network(share, PASSPHRASE).derive(PASSPHRASE)
        a = open_data_dir(root / "a")
        demo.generate(a, CHANGES, seed=7)
        run_round(a, share, key=key)
        a.dispose()
        b = open_data_dir(root / "b")
        demo.generate(b, 10_000, seed=8)  # the desk's own past: the log has rows to page through
        site = installation.list_sites(b)[0].id
        for i in range(5):
            help_requests.add_arrival(b, site_id=site, label=f"visiteur {i}")
        queue = lambda: help_requests.today_queue(b, site_id=site)  # noqa: E731
        page = lambda: log.fetch(b, log.LogFilter(), offset=0, limit=100)  # noqa: E731

        quiet_q = _sample(queue, until=lambda: True, at_least=60)
        quiet_p = _sample(page, until=lambda: True, at_least=60)

        ctx = mp.get_context("spawn")
        started = ctx.Event()
        proc = ctx.Process(target=_import, args=(str(b.path), str(share), key, started))
        proc.start()
        started.wait(60)
        time.sleep(0.5)  # past the other process's start-up: its round is reading the share and writing
        busy_q: list[float] = []
        busy_p: list[float] = []
        while proc.is_alive():
            busy_q += _sample(queue, until=lambda: True, at_least=1)
            busy_p += _sample(page, until=lambda: True, at_least=1)
        proc.join()
        assert proc.exitcode == 0, "the import in the other process failed"
        b.dispose()

        ms = 1000
        emit("reads.queue_refresh_during_import_p95", _p95(busy_q) * ms, "ms", baseline=_p95(quiet_q) * ms,
             goal="< 50 ms")
        emit("reads.log_page_during_import_p95", _p95(busy_p) * ms, "ms", baseline=_p95(quiet_p) * ms,
             goal="< 50 ms")
        emit("reads.samples_during_import", len(busy_q) + len(busy_p), "reads", goal="(information)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
