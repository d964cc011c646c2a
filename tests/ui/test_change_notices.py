"""The window refreshes what changed: a change notice names tables, and each page reloads on its own only."""

from __future__ import annotations

from app.domain.change_notice import ChangeNotice
from app.domain.clock import paris_today
from app.domain.help_request import HelpRequestFields
from app.services import help_requests
from app.services.sync.context import Report


def _record_behind_the_window(desk) -> str:
    """A session written as a sync round writes it: the window is not told."""
    ctx = desk.form.ctx
    fields = HelpRequestFields(day=paris_today(), duration_minutes=40, site_id=ctx.site.id,
                               conseiller_id=ctx.conseiller.id, themes=("email",))
    return help_requests.save_record(desk.db, fields)


def _count_reloads(desk, monkeypatch) -> dict[str, int]:
    calls = {"guides": 0, "log": 0, "stats": 0}
    for name in calls:
        page = getattr(desk.pages, name)
        original = page.refresh

        def counted(*args, _name=name, _original=original):
            calls[_name] += 1
            return _original(*args)

        monkeypatch.setattr(page, "refresh", counted)
    return calls


def test_a_notice_of_other_tables_leaves_the_log_as_it_was(desk, monkeypatch):
    calls = _count_reloads(desk, monkeypatch)
    _record_behind_the_window(desk)
    desk.refresh(ChangeNotice.of("guide", local=False))
    assert desk.log.model.rowCount() == 0 and "0 accompagnement" in desk.log.counts.text()
    assert calls == {"guides": 1, "log": 0, "stats": 0}
    desk.refresh(ChangeNotice.of("help_request", local=False))
    assert desk.log.model.rowCount() == 1 and "1 accompagnement" in desk.log.counts.text()
    assert calls == {"guides": 1, "log": 1, "stats": 1}


def test_a_sync_round_report_names_its_tables_and_does_not_start_another_round(desk, monkeypatch, qtbot):
    calls = _count_reloads(desk, monkeypatch)
    cues: list[object] = []
    desk.data_saved.connect(lambda: cues.append(1))
    report = Report(imported=3, tables=["guide", "guide_image"])
    with qtbot.waitSignal(desk.changed) as seen:
        desk.refresh(report.notice())
    assert seen.args[0].tables == {"guide", "guide_image"}
    assert calls == {"guides": 1, "log": 0, "stats": 0}
    assert cues == []  # not a local change: the sync is not cued again


def test_a_save_on_this_pc_reloads_the_pages_of_help_sessions_and_cues_the_sync(desk, monkeypatch, qtbot):
    calls = _count_reloads(desk, monkeypatch)
    desk.form.ui.duration.setEditText("30")
    desk.form.ui.themes.set_selected(("email",))
    with qtbot.waitSignal(desk.data_saved), qtbot.waitSignal(desk.changed) as seen:
        saved = desk.form.save()
    assert seen.args[0].ids == {saved} and seen.args[0].tables == {"help_request"}
    assert calls == {"guides": 0, "log": 1, "stats": 1}
    assert desk.log.model.rowCount() == 1


def test_notices_add_up():
    both = ChangeNotice.of("guide", ids=["g1"]) | ChangeNotice.of("site", local=False)
    assert both.tables == {"guide", "site"} and both.ids == {"g1"} and not both.local
    assert both.touches({"site", "conseiller"}) and not both.touches({"help_request"})
    assert ChangeNotice.all().touches({"anything"})
    assert not ChangeNotice.of() and Report().notice().tables == frozenset()
