"""`write_atomic`: whole files only, even with two writers at the same instant; modes kept; links not followed."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from app.store.files import STALE_TMP_SECONDS, write_atomic

WRITES = 150


def test_two_writers_at_once_leave_one_whole_content_and_no_error(tmp_path: Path) -> None:
    target = tmp_path / "status.json"
    contents = {who: (who * 40_000).encode() for who in ("a", "b")}  # big enough that writes overlap
    write_atomic(target, contents["a"])
    errors: list[BaseException] = []
    seen: set[bytes] = set()
    start = threading.Barrier(3)
    done = threading.Event()

    def writer(who: str) -> None:
        start.wait()
        try:
            for _ in range(WRITES):
                write_atomic(target, contents[who], mode=0o600 if who == "b" else None)
        except BaseException as exc:  # the test reports it
            errors.append(exc)

    def reader() -> None:
        start.wait()
        while not done.is_set():
            seen.add(target.read_bytes())

    threads = [threading.Thread(target=writer, args=(w,)) for w in contents]
    watcher = threading.Thread(target=reader)
    for t in (*threads, watcher):
        t.start()
    for t in threads:
        t.join()
    done.set()
    watcher.join()
    assert errors == []
    assert seen <= set(contents.values())  # never half of one, never a mix
    assert target.read_bytes() in contents.values()
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]  # no temp file left beside it


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_mode_is_given_and_a_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    key = tmp_path / "key"
    write_atomic(key, b"secret", mode=0o600)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    shared = tmp_path / "shared.txt"
    shared.write_bytes(b"old")
    shared.chmod(0o640)
    write_atomic(shared, b"new")
    assert shared.read_bytes() == b"new" and stat.S_IMODE(shared.stat().st_mode) == 0o640
    fresh = tmp_path / "fresh.txt"
    write_atomic(fresh, b"x")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600  # private, like everything in the data folder


def test_a_link_is_replaced_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"not ours")
    link = tmp_path / "status.json"
    link.symlink_to(elsewhere)
    write_atomic(link, b"ours")
    assert elsewhere.read_bytes() == b"not ours"
    assert not link.is_symlink() and link.read_bytes() == b"ours"


def test_a_killed_write_leaves_a_temp_that_a_later_write_removes(tmp_path: Path) -> None:
    target = tmp_path / "status.json"
    old_fixed = tmp_path / ".status.json.tmp"  # the name of an earlier version
    old_unique = tmp_path / ".status.json.k1ll3d__.tmp"
    recent = tmp_path / ".status.json.wr1t1ng_.tmp"  # another process may be filling it now
    other = tmp_path / ".other.json.k1ll3d__.tmp"
    for leftover in (old_fixed, old_unique, recent, other):
        leftover.write_bytes(b"half")
    long_ago = time.time() - STALE_TMP_SECONDS - 60
    for leftover in (old_fixed, old_unique, other):
        os.utime(leftover, (long_ago, long_ago))
    write_atomic(target, b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, recent.name, other.name])


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "status.json"
    write_atomic(target, b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]
