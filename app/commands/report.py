"""`pasapas report`: the activity report of a period as a PDF for the conseil municipal."""

from __future__ import annotations

import argparse
import json
from datetime import date


def register(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="rapport d'activité (PDF) d'une période")
    rep.add_argument("--from", dest="day_from", required=True, help="premier jour, AAAA-MM-JJ")
    rep.add_argument("--to", dest="day_to", required=True, help="dernier jour, AAAA-MM-JJ")
    rep.add_argument("--site", help="un seul lieu (nom ou identifiant) ; sinon tous")
    rep.add_argument("--out", required=True, help="fichier .pdf à écrire")
    rep.add_argument("--json", action="store_true", help="résultat en JSON")
    rep.set_defaults(handler=run_report)


def period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The --from/--to days, checked (the first not after the last)."""
    from app.domain.clock import parse_day
    from app.domain.errors import ValidationError

    day_from = parse_day(args.day_from, "--from") if args.day_from else None
    day_to = parse_day(args.day_to, "--to") if args.day_to else None
    if day_from and day_to and day_from > day_to:
        raise ValidationError("--from", f"{day_from:%d/%m/%Y} est après --to {day_to:%d/%m/%Y} : inversez-les")
    return day_from, day_to


def run_report(args: argparse.Namespace) -> int:
    from app.commands import open_db
    from app.commands.help_requests import resolve
    from app.services import installation, report_pdf

    day_from, day_to = period(args)
    assert day_from is not None and day_to is not None  # both options are required
    db = open_db(args)
    site_id = resolve(installation.list_sites(db), args.site, "--site", None)
    from app.commands import actor
    from app.commands.export import logged_in

    data = report_pdf.write_report(db, args.out, day_from, day_to, site_id=site_id,
                                   viewer=logged_in(actor(args, db)))  # `--as` a conseiller: their own
    f = data.current.figures
    if args.json:
        print(json.dumps({"out": args.out, "from": day_from.isoformat(), "to": day_to.isoformat(),
                          "sites": list(data.sites), "sessions": f.sessions, "people": f.people,
                          "minutes": f.minutes}, ensure_ascii=False))
    else:
        print(f"Rapport écrit dans {args.out} : {f.sessions} accompagnements, {f.people} personnes, "
              f"du {day_from:%d/%m/%Y} au {day_to:%d/%m/%Y}")
    return 0
