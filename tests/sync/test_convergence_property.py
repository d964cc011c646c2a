"""Property: replicas that exchange partially, out of order and twice still converge, losing no value.

Each replica has its own view of the share (a USB key, a half-mirrored folder): segments reach it in
random subsets and orders, some are applied twice. After a full exchange every canonical dump is the
same, and every value ever written is the winner or kept in each replica's history.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.services.sync import folder as net_folder
from app.services.sync.round import run_round
from app.store.db import Database
from app.store.models import HelpRequest, Site
from app.store.open import open_data_dir
from tests.sync.helpers import FAST_KDF, PASSPHRASE, dump

FIELDS = ("name", "address", "phone")
VALUES = ("A", "B", "C", "Rue 1", "Rue 2", "05 56")
HOUR = 3600 * 1000
SKEWS = (0, HOUR, -HOUR, 24 * HOUR, -24 * HOUR)  # each PC's clock is off by one of these

_template: dict[str, Path] = {}


def template() -> tuple[Path, Path]:
    """A migrated database file and a network FOLDER.json, made once and copied per replica."""
    if not _template:
        root = Path(tempfile.mkdtemp(prefix="pasapas-prop-"))
        db = open_data_dir(root / "data")
        db.dispose()
        share = root / "share"
        share.mkdir()
        net_folder.init_network(share, PASSPHRASE, kdf_n=FAST_KDF)
        _template["db"] = root / "data" / "pasapas.sqlite"
        _template["share"] = share
    return _template["db"], _template["share"]


class Replicas(RuleBasedStateMachine):
    @initialize(n=st.integers(min_value=3, max_value=5), skews=st.lists(st.sampled_from(SKEWS), min_size=5, max_size=5))
    def setup(self, n: int, skews: list[int]) -> None:
        self.skews = skews
        db_file, share = template()
        self.root = Path(tempfile.mkdtemp(prefix="pasapas-rep-"))
        self.dbs: list[Database] = []
        self.shares: list[Path] = []
        for i in range(n):
            d = self.root / f"pc{i}"
            d.mkdir()
            shutil.copy(db_file, d / "pasapas.sqlite")
            con = sqlite3.connect(d / "pasapas.sqlite")
            con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (str(uuid.uuid4()),))
            con.execute("INSERT INTO local_setting (key, value) VALUES ('device_name', ?)", (f"PC-{i}",))
            con.commit()
            con.close()
            self.dbs.append(Database(d / "pasapas.sqlite", synchronous="OFF"))
            s = self.root / f"share{i}"
            shutil.copytree(share, s)
            self.shares.append(s)
        self.key = net_folder.open_network(share).derive(PASSPHRASE)
        self.rows: list[str] = []
        self.sessions: list[str] = []  # help sessions (pointing to a site: rows may arrive before their site)
        self.writes: list[tuple[str, str, object]] = []  # (row id, field, raw value)

    def teardown(self) -> None:
        for db in getattr(self, "dbs", []):
            db.dispose()
        shutil.rmtree(getattr(self, "root", "/nonexistent"), ignore_errors=True)

    def _pick(self, i: int) -> int:
        return i % len(self.dbs)

    def _on(self, i: int):
        """Run as PC i: its wall clock is skewed."""
        import contextlib
        import time as _time

        import app.services.sync.round as round_mod
        import app.store.changes as changes_mod

        offset = self.skews[i]

        @contextlib.contextmanager
        def ctx():
            saved = changes_mod.now_ms, round_mod.now_ms
            fake = lambda: _time.time_ns() // 1_000_000 + offset  # noqa: E731
            changes_mod.now_ms = round_mod.now_ms = fake
            try:
                yield
            finally:
                changes_mod.now_ms, round_mod.now_ms = saved

        return ctx()

    @rule(r=st.integers(0, 4), name=st.sampled_from(VALUES))
    def create(self, r: int, name: str) -> None:
        with self._on(self._pick(r)), self.dbs[self._pick(r)].write() as s:
            site = Site(name=name)
            s.add(site)
            s.flush()
            self.rows.append(site.id)
        for f, v in (("name", name), ("address", ""), ("phone", ""), ("deleted", 0)):
            self.writes.append((site.id, f, v))

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), row=st.integers(0, 50), field=st.sampled_from(FIELDS), value=st.sampled_from(VALUES))
    def edit(self, r: int, row: int, field: str, value: str) -> None:
        rid = self.rows[row % len(self.rows)]
        with self._on(self._pick(r)), self.dbs[self._pick(r)].write() as s:
            site = s.get(Site, rid)
            if site is None:
                return  # not arrived here yet
            setattr(site, field, value)
        self.writes.append((rid, field, value))

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), row=st.integers(0, 50), deleted=st.booleans())
    def delete_or_resurrect(self, r: int, row: int, deleted: bool) -> None:
        rid = self.rows[row % len(self.rows)]
        with self._on(self._pick(r)), self.dbs[self._pick(r)].write() as s:
            site = s.get(Site, rid)
            if site is None:
                return
            site.deleted = deleted
        self.writes.append((rid, "deleted", int(deleted)))

    @precondition(lambda self: self.rows)
    @rule(r=st.integers(0, 4), row=st.integers(0, 50), minutes=st.sampled_from([15, 30, 45]))
    def record_session(self, r: int, row: int, minutes: int) -> None:
        from datetime import date

        rid = self.rows[row % len(self.rows)]
        with self._on(self._pick(r)), self.dbs[self._pick(r)].write() as s:
            if s.get(Site, rid) is None:
                return
            hr = HelpRequest(day=date(2026, 11, 27), site_id=rid, duration_minutes=minutes)
            s.add(hr)
            s.flush()
            self.sessions.append(hr.id)
        self.writes.append((hr.id, "duration_minutes", minutes))

    @precondition(lambda self: self.sessions)
    @rule(r=st.integers(0, 4), row=st.integers(0, 50), minutes=st.sampled_from([15, 30, 45, 60]))
    def edit_session(self, r: int, row: int, minutes: int) -> None:
        rid = self.sessions[row % len(self.sessions)]
        with self._on(self._pick(r)), self.dbs[self._pick(r)].write() as s:
            hr = s.get(HelpRequest, rid)
            if hr is None:
                return
            hr.duration_minutes = minutes
        self.writes.append((rid, "duration_minutes", minutes))

    @rule(r=st.integers(0, 4))
    def sync(self, r: int) -> None:
        i = self._pick(r)
        with self._on(i):
            run_round(self.dbs[i], self.shares[i], key=self.key, fingerprint=f"fp{i}")

    @rule(src=st.integers(0, 4), dst=st.integers(0, 4), data=st.data())
    def carry(self, src: int, dst: int, data: st.DataObject) -> None:
        """Some of one view's segments reach another view, in a random order."""
        a, b = self.shares[self._pick(src)], self.shares[self._pick(dst)]
        if a == b:
            return
        files = sorted((a / "pasapas" / "devices").glob("*/*.seg"))
        chosen = data.draw(st.lists(st.sampled_from(files), unique=True) if files else st.just([]))
        for f in chosen:
            target = b / "pasapas" / "devices" / f.parent.name / f.name
            target.parent.mkdir(exist_ok=True)
            shutil.copy(f, target)

    @rule(r=st.integers(0, 4), data=st.data())
    def forget_applied(self, r: int, data: st.DataObject) -> None:
        """Delivered again: a replica forgets it applied some segments (they come back, harmlessly)."""
        db = self.dbs[self._pick(r)]
        con = sqlite3.connect(db.path)
        names = [n for (n,) in con.execute("SELECT name FROM sync_applied")]
        if names:
            drop = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=3))
            con.executemany("DELETE FROM sync_applied WHERE name = ?", [(n,) for n in drop])
            con.commit()
        con.close()

    def full_exchange(self) -> None:
        for _ in range(2):
            for i, db in enumerate(self.dbs):
                with self._on(i):
                    run_round(db, self.shares[i], key=self.key, fingerprint=f"fp{i}")
            for a in self.shares:
                for f in (a / "pasapas" / "devices").glob("*/*.seg"):
                    for b in self.shares:
                        target = b / "pasapas" / "devices" / f.parent.name / f.name
                        if not target.exists():
                            target.parent.mkdir(exist_ok=True)
                            shutil.copy(f, target)
        for i, db in enumerate(self.dbs):
            with self._on(i):
                run_round(db, self.shares[i], key=self.key, fingerprint=f"fp{i}")

    @invariant()
    def nothing_half_applied(self) -> None:
        for db in self.dbs:
            con = sqlite3.connect(db.path)
            # every row here has its field clocks: no change was applied without its record
            assert con.execute("SELECT count(*) FROM site WHERE id NOT IN (SELECT row_id FROM sync_row)").fetchone()[0] == 0
            con.close()

    check_history = True  # off when compaction folds values away before some PC ever saw them

    def check_converged(self) -> None:
        self.full_exchange()
        dumps = [dump(db) for db in self.dbs]
        assert all(d == dumps[0] for d in dumps[1:])
        assert len(dumps[0]["site"]) == len(set(self.rows))
        assert len(dumps[0]["help_request"]) == len(set(self.sessions))
        cols = ("id", "name", "address", "phone", "deleted")
        for db in self.dbs:
            con = sqlite3.connect(db.path)
            current = {
                r[0]: dict(zip(cols, r, strict=True))
                for r in con.execute("SELECT id, name, address, phone, deleted FROM site")
            }
            current.update(
                {r[0]: {"duration_minutes": r[1]} for r in con.execute("SELECT id, duration_minutes FROM help_request")}
            )
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            if not self.check_history:
                con.close()
                continue
            hist = {(r, f, v) for r, f, v in con.execute("SELECT row_id, field, value FROM sync_history")}
            con.close()
            for rid, field, value in self.writes:
                assert current[rid][field] == value or (rid, field, json.dumps(value)) in hist, (rid, field, value)


@pytest.mark.parametrize("examples", [pytest.param(25, id="quick"), pytest.param(80, id="long", marks=pytest.mark.slow)])
def test_replicas_converge_and_lose_nothing(examples: int) -> None:
    class Run(Replicas):
        def teardown(self) -> None:
            try:
                if getattr(self, "dbs", None):
                    self.check_converged()
            finally:
                super().teardown()

    Run.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    Run.TestCase().runTest()


@pytest.mark.parametrize("examples", [pytest.param(15, id="quick"), pytest.param(60, id="long", marks=pytest.mark.slow)])
def test_replicas_that_compact_their_segments_still_converge(examples: int, monkeypatch) -> None:
    """Compaction in the mix: a PC folds its old segments once the PCs it knows acknowledged them."""
    from app.services.sync import compaction

    monkeypatch.setattr(compaction, "COMPACT_MIN", 2)

    class Run(Replicas):
        check_history = False  # a PC unknown at fold time gets the latest values only

        def teardown(self) -> None:
            try:
                if getattr(self, "dbs", None):
                    self.check_converged()
            finally:
                super().teardown()

    Run.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    Run.TestCase().runTest()
