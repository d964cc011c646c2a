"""`pasapas export csv`: the national activity export as a CSV file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands import open_db

if TYPE_CHECKING:
    from app.domain.permissions import Actor
    from app.store.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    exp = sub.add_parser("export", help="exporter les accompagnements")
    esub = exp.add_subparsers(dest="export_command", required=True)
    csv = esub.add_parser("csv", help="export CSV au format du compte rendu d'activité national")
    csv.add_argument("--out", required=True, help="fichier .csv à écrire")
    csv.add_argument("--from", dest="day_from", help="AAAA-MM-JJ")
    csv.add_argument("--to", dest="day_to", help="AAAA-MM-JJ")
    csv.add_argument("--conseiller", help="export personnel d'un conseiller (avec ses notes)")
    csv.set_defaults(handler=run_csv)
    xlsx = esub.add_parser("xlsx", help="classeur XLSX : les accompagnements (colonnes nationales) et les statistiques")
    xlsx.add_argument("--out", required=True, help="fichier .xlsx à écrire")
    xlsx.add_argument("--from", dest="day_from", help="AAAA-MM-JJ (sinon depuis le premier accompagnement)")
    xlsx.add_argument("--to", dest="day_to", help="AAAA-MM-JJ (sinon jusqu'au dernier)")
    xlsx.add_argument("--conseiller", help="export personnel d'un conseiller (avec ses notes)")
    xlsx.add_argument("--json", action="store_true", help="résultat en JSON")
    xlsx.set_defaults(handler=run_xlsx)


def run_csv(args: argparse.Namespace) -> int:
    from app.commands.help_requests import resolve
    from app.domain.clock import parse_day
    from app.services import export, installation

    db = open_db(args)
    day_from = parse_day(args.day_from, "--from") if args.day_from else None
    day_to = parse_day(args.day_to, "--to") if args.day_to else None
    c_id = resolve(installation.list_conseillers(db), args.conseiller, "conseiller", None)
    n = export.write_csv(db, args.out, day_from=day_from, day_to=day_to, conseiller_id=c_id, actor=_who(args, db, c_id))
    print(f"{n} accompagnements exportés dans {args.out}")
    return 0


def run_xlsx(args: argparse.Namespace) -> int:
    import json

    from app.commands.help_requests import resolve
    from app.commands.report import period
    from app.services import export_xlsx, installation
    from app.services.stats import dashboard

    day_from, day_to = period(args)
    db = open_db(args)
    c_id = resolve(installation.list_conseillers(db), args.conseiller, "conseiller", None)
    first, last = dashboard.data_span(db)
    day_from, day_to = day_from or first, day_to or last
    who = _who(args, db, c_id)
    n = export_xlsx.write_xlsx(db, args.out, day_from=day_from, day_to=day_to, conseiller_id=c_id, actor=who,
                               viewer=logged_in(who))
    if args.json:
        print(json.dumps({"out": args.out, "sessions": n, "from": day_from.isoformat(), "to": day_to.isoformat()}))
    else:
        print(f"{n} accompagnements exportés dans {args.out} (feuilles « Accompagnements » et « Statistiques »)")
    return 0


def _who(args: argparse.Namespace, db: Database, conseiller_id: str | None) -> Actor:
    """The actor, refused before anything is read when the export needs an admin (`--as`)."""
    from app.commands import actor
    from app.services.export import check_export

    who = actor(args, db)
    check_export(who, conseiller_id)
    return who


def logged_in(who: Actor) -> Actor | None:
    """`--as` someone: the statistics they may see (a conseiller's own); without `--as` (scripts, the
    monthly report), the anonymous figures of every session, as before accounts."""
    return who if who.account_id is not None else None
