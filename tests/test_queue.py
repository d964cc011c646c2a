"""The queue's tickets: short, unique across the network (« A-12 », « B-3 »), driven from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.queue import parse_ticket
from app.services import installation, queue
from tests.sync.helpers import PC, make_share
from tests.test_export_and_cli import run

NOON = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)


def test_tickets_carry_this_pcs_letter_and_count_per_day(db, ctx):
    a = queue.add_arrival(db, now=NOON)
    b = queue.add_arrival(db, label="  Mme au chapeau  ", themes=["email"], now=NOON + timedelta(minutes=2))
    assert (a.ticket, b.ticket) == ("A-1", "A-2")
    assert b.themes == ("email",) and b.visitor_label == "Mme au chapeau"
    assert a.id != b.id
    assert queue.add_arrival(db, now=NOON + timedelta(days=1)).ticket == "A-1"  # a new day starts at 1
    assert [e.ticket for e in queue.today_queue(db, site_id=ctx.site.id, now=NOON)] == ["A-1", "A-2"]


def test_an_unknown_theme_is_refused_naming_the_field(db, ctx):
    with pytest.raises(ValidationError, match="thématique.*valeurs possibles"):
        queue.add_arrival(db, themes=["mail"])
    assert queue.today_queue(db, site_id=ctx.site.id) == []


def test_next_in_line_is_who_waited_longest(db, ctx):
    first = queue.add_arrival(db, now=NOON)
    second = queue.add_arrival(db, now=NOON + timedelta(minutes=1))
    queue.add_arrival(db, now=NOON + timedelta(minutes=2))
    assert queue.next_waiting(db, site_id=ctx.site.id, now=NOON).id == first.id
    queue.take(db, first.id, conseiller_id=ctx.conseiller.id, now=NOON + timedelta(minutes=3))
    assert queue.next_waiting(db, site_id=ctx.site.id, now=NOON).id == second.id


def test_two_desks_set_up_apart_never_call_the_same_ticket(tmp_path):
    share = make_share(tmp_path)
    a, b = PC(tmp_path, "PC-A"), PC(tmp_path, "PC-B")
    try:
        # Each was set up on its own and made tickets before the two met: both took the letter A.
        assert queue.add_arrival(a.db).ticket == "A-1"
        assert queue.add_arrival(b.db).ticket == "A-1"
        for _ in range(2):
            a.sync(share)
            b.sync(share)
        after = {queue.add_arrival(a.db).ticket, queue.add_arrival(b.db).ticket}
        letters = {t.split("-")[0] for t in after}
        assert len(letters) == 2, after  # one kept A, the other moved to another letter
        a.sync(share)
        b.sync(share)
        a.sync(share)
        # Later tickets stay on each PC's own letter, on both PCs' views.
        assert queue.ticket_letter(a.db) != queue.ticket_letter(b.db)
        assert queue.ticket_letter(a.db) == queue.ticket_letter(a.db)
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize(("text", "expected"), [("A-12", ("A", 12)), ("b3", ("B", 3)), (" C 7 ", ("C", 7)),
                                                ("12", ("", 12))])
def test_tickets_are_read_as_people_type_them(text, expected):
    assert parse_ticket(text) == expected


def test_parse_ticket_refuses_what_is_not_a_ticket():
    with pytest.raises(ValidationError, match="ticket.*A-12"):
        parse_ticket("douze")


def test_queue_commands_add_list_take_left(data_dir, capsys):
    assert run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")[0] == 0
    capsys.readouterr()
    code, out = run(data_dir, "queue", "add", "--label", "M. au vélo", "--theme", "email", "--json", capsys=capsys)
    assert code == 0
    first = json.loads(out.out)
    assert first["ticket"] == "A-1" and first["id"] and first["themes"] == ["email"] and first["status"] == "waiting"
    code, out = run(data_dir, "queue", "add", capsys=capsys)
    assert (code, out.out.strip()) == (0, "A-2")
    code, out = run(data_dir, "queue", "list", "--json", capsys=capsys)
    listed = json.loads(out.out)
    assert [t["ticket"] for t in listed] == ["A-1", "A-2"]
    assert all(t["arrived"] for t in listed)  # arrival time, HH:MM in Paris
    assert run(data_dir, "queue", "take", "a-1", capsys=capsys)[0] == 0
    assert run(data_dir, "queue", "left", "A-2", capsys=capsys)[0] == 0
    code, out = run(data_dir, "queue", "list", "--json", capsys=capsys)
    assert [(t["ticket"], t["status"]) for t in json.loads(out.out)] == [("A-1", "in_progress")]
    code, out = run(data_dir, "queue", "list", capsys=capsys)
    assert "A-1" in out.out and "en cours" in out.out


@pytest.mark.parametrize(("args", "message"), [
    (["take", "Z-99"], "aucun ticket"),
    (["left", "douze"], "ticket"),
    (["add", "--theme", "mail"], "valeurs possibles"),
])
def test_queue_bad_input_exits_2_with_one_line(data_dir, capsys, args, message):
    run(data_dir, "setup", "--site", "Hôtel de Ville", "--device", "PC-1", "--conseiller", "Léa Martin")
    capsys.readouterr()
    code, out = run(data_dir, "queue", *args, capsys=capsys)
    assert code == 2
    assert message in out.err
    assert len(out.err.strip().splitlines()) == 1


def test_a_ticket_no_longer_in_the_queue_cannot_be_taken(db, ctx):
    entry = queue.add_arrival(db)
    queue.mark_left(db, entry.id)
    with pytest.raises(ValidationError, match="A-1 n'est plus dans la file"):
        queue.take(db, entry.id, conseiller_id=ctx.conseiller.id)
    queue.back_to_queue(db, entry.id)  # « Annuler » after « Partie sans aide »
    assert [e.ticket for e in queue.today_queue(db, site_id=ctx.site.id)] == ["A-1"]
    assert installation.context(db).site is not None
