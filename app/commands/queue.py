"""`pasapas queue add|list|take|left`: today's queue from the command line (scripts, the kiosk, tests)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands import open_db


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("queue", help="la file d'attente du jour : ajouter, lister, prendre, noter parti")
    qsub = q.add_subparsers(dest="queue_command", required=True)
    add = qsub.add_parser("add", help="une personne arrive : imprime son ticket (par exemple A-12)")
    add.add_argument("--label", default="", help="prénom ou repère pour l'appeler (effacé le lendemain)")
    add.add_argument("--theme", action="append", default=[], help="thématique de sa demande (répétable)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)
    lst = qsub.add_parser("list", help="les tickets du jour en attente et en cours, avec l'heure d'arrivée")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    for name, help_text, handler in (
        ("take", "prendre en charge un ticket", "take"),
        ("left", "noter qu'une personne est partie sans aide", "left"),
    ):
        p = qsub.add_parser(name, help=help_text)
        p.add_argument("ticket", help="le ticket, par exemple A-12")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=run_take if handler == "take" else run_left)


def _as_json(entry: Any) -> dict[str, Any]:
    from app.domain.clock import local_time_text

    return {
        "id": entry.id,
        "ticket": entry.ticket,
        "status": entry.queue_status,
        "label": entry.visitor_label,
        "themes": list(entry.themes),
        "arrived_at": entry.arrived_at.isoformat() if entry.arrived_at else None,
        "arrived": local_time_text(entry.arrived_at),
        "started_at": entry.started_at.isoformat() if entry.started_at else None,
    }


def _print(entry: Any, as_json: bool, text: str) -> None:
    print(json.dumps(_as_json(entry), ensure_ascii=False) if as_json else text)


def run_add(args: argparse.Namespace) -> int:
    from app.services import queue

    db = open_db(args)
    entry = queue.add_arrival(db, label=args.label, themes=args.theme)
    _print(entry, args.json, entry.ticket)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.domain import vocab
    from app.domain.clock import local_time_text
    from app.services import installation, queue

    db = open_db(args)
    ctx = installation.context(db)
    entries = queue.today_queue(db, site_id=ctx.site.id if ctx.site else None)
    if args.json:
        print(json.dumps([_as_json(e) for e in entries], ensure_ascii=False))
        return 0
    for e in entries:
        label = f"  {e.visitor_label}" if e.visitor_label else ""
        status = vocab.QUEUE_STATUSES[e.queue_status].lower()
        print(f"{e.ticket:<6} arrivée {local_time_text(e.arrived_at)}  {status}{label}")
    if not entries:
        print("Personne n'attend.")
    return 0


def run_take(args: argparse.Namespace) -> int:
    from app.services import installation, queue

    db = open_db(args)
    ctx = installation.context(db)
    entry = queue.find_ticket(db, args.ticket)
    entry = queue.take(db, entry.id, conseiller_id=ctx.conseiller.id if ctx.conseiller else None)
    _print(entry, args.json, f"{entry.ticket} pris en charge")
    return 0


def run_left(args: argparse.Namespace) -> int:
    from app.services import queue

    db = open_db(args)
    entry = queue.mark_left(db, queue.find_ticket(db, args.ticket).id)
    _print(entry, args.json, f"{entry.ticket} noté parti sans aide")
    return 0
