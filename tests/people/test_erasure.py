"""Right to erasure: no trace of the person left in any byte of the data folder, here and on the other PCs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.person import PersonFields
from app.domain.text import fold
from app.services import help_requests, people
from app.store.backups import daily_backup
from tests.people.conftest import ADMIN, EMAIL, FIRST, LAST, NOW, SECRET_NOTE, consent, eulalie, session_for
from tests.sync.helpers import PC, make_share

NEEDLES = [FIRST, LAST, fold(LAST), LAST.upper(), "71 23 45 98", "0671234598", EMAIL, "Brindavoyne", "numéro fiscal"]


def traces(folder: Path, *, skip: tuple[Path, ...] = ()) -> list[str]:
    """Every file under `folder` (database, WAL, backups, sync copies…) holding one of the needles."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or any(path.is_relative_to(s) for s in skip):
            continue
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoding in ("utf-8", "utf-16-le"):
                if needle.encode(encoding) in data:
                    found.append(f"{path.relative_to(folder)}: {needle}")
    return sorted(set(found))


def test_erasure_leaves_no_byte_of_the_person_in_the_data_folder_here_and_on_the_other_pc(tmp_path):
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A"), PC(tmp_path, "PC-B")
    try:
        pid = people.create(a.db, eulalie(last_name="Brindavoyne"), consent(), now=NOW)  # a typo first…
        people.update(a.db, pid, eulalie(), now=NOW)                                      # …corrected: history
        s1 = session_for(a.db, a.ctx, pid, notes=SECRET_NOTE)
        a.sync(share)
        b.sync(share)
        assert people.get(b.db, pid).fields.last_name == LAST
        # B edits the notes (A's history gets the old ones), records a session of hers, and both sync.
        people.update(b.db, pid, eulalie(notes=f"Rappeler {FIRST} mardi"), now=NOW)
        session_for(b.db, b.ctx, pid, notes=f"{FIRST} {LAST} : CAF")
        b.sync(share)
        a.sync(share)
        kept = people.erase(a.db, pid, now=NOW, actor=ADMIN)
        assert kept == 2
        # What a statistics export still sees: the sessions, anonymous.
        rec = help_requests.load(a.db, s1)
        assert rec.fields.age_group == "70_plus" and rec.fields.themes == ("email",) and rec.fields.notes == ""
        assert traces(a.dir, skip=(a.dir / "backups",)) == []
        # An unsent change of B (made before it heard of the erasure) does not bring the name back.
        people.update(b.db, pid, eulalie(notes="Rappeler lundi"), now=NOW)
        a.sync(share)
        b.sync(share)
        a.sync(share)
        b.sync(share)
        for pc in (a, b):
            assert people.search(pc.db) == []
            assert traces(pc.dir, skip=(pc.dir / "backups",)) == [], pc.name
        # A backup made after the erasure holds nothing either.
        made = daily_backup(a.db.path, date(2026, 12, 3))
        assert made is not None
        assert [t for t in traces(made.parent) if t.startswith(made.name)] == []
    finally:
        a.close()
        b.close()


def test_erasure_keeps_the_sessions_in_the_statistics(db, ctx, person):
    session_for(db, ctx, person)
    session_for(db, ctx, person)
    before = [r.fields.age_group for r in help_requests.list_records(db)]
    people.erase(db, person, now=NOW, actor=ADMIN)
    after = help_requests.list_records(db)
    assert [r.fields.age_group for r in after] == before and len(after) == 2
    assert all(r.fields.person_id == person for r in after)  # linked to an empty, erased record


def test_erasing_a_merged_person_erases_the_record_merged_into_them(db, ctx, person):
    other = people.create(db, PersonFields("Eulalie", "Brindavoine", "0699999999"), consent(), now=NOW,
                          allow_duplicate=True)
    people.merge(db, person, other, now=NOW, actor=ADMIN)
    people.erase(db, person, now=NOW, actor=ADMIN)
    assert traces(db.path.parent, skip=(db.path.parent / "backups",)) == []
