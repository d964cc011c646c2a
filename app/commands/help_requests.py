"""`pasapas request add|list`: record help sessions and list them from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from app.commands import open_db

if TYPE_CHECKING:
    from app.domain.help_request import HelpRequestFields


def register(sub: argparse._SubParsersAction) -> None:
    req = sub.add_parser("request", help="enregistrer ou lister des accompagnements")
    rsub = req.add_subparsers(dest="request_command", required=True)
    add = rsub.add_parser("add", help="enregistrer un accompagnement (champs du CRA)")
    add_field_options(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)
    lst = rsub.add_parser("list", help="lister les accompagnements enregistrés")
    lst.add_argument("--from", dest="day_from", help="AAAA-MM-JJ")
    lst.add_argument("--to", dest="day_to", help="AAAA-MM-JJ")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)


def add_field_options(parser: argparse.ArgumentParser) -> None:
    """One option per declared CRA field that has one (`cra(..., cli=Cli(...))` in `domain/help_request.py`).

    Nothing given: the field's default (the day: today; a site or a conseiller: this PC's)."""
    from app.domain.cra_fields import Kind
    from app.domain.help_request import FIELDS

    for f in FIELDS:
        if f.cli is None:
            continue
        if f.kind is Kind.FLAG:
            parser.add_argument(f.cli.option, dest=f.cli.dest, action="store_true", default=None, help=f.cli.help)
        elif f.kind in (Kind.CHOICES, Kind.REFS):
            parser.add_argument(f.cli.option, dest=f.cli.dest, action="append", default=None, help=f.cli.help)
        elif f.kind is Kind.NUMBER and f.cli.parse is None:
            parser.add_argument(f.cli.option, dest=f.cli.dest, type=int, default=None, help=f.cli.help)
        else:
            parser.add_argument(f.cli.option, dest=f.cli.dest, default=None, help=f.cli.help)


def _day(text: str | None, field: str) -> date | None:
    from app.domain.clock import parse_day

    return parse_day(text, field) if text else None


def resolve(items: list[Any], key: str | None, field: str, default: str | None) -> str | None:
    """An id from a name or an id typed on the command line."""
    from app.domain.errors import ValidationError

    if not key:
        return default
    for item in items:
        name = getattr(item, "full_name", None) or item.name
        if key in (item.id, name) or key.casefold() == name.casefold():
            return item.id
    raise ValidationError(field, f"« {key} » inconnu", [getattr(i, "full_name", None) or i.name for i in items])


def _refs() -> dict[str, Callable[[Any], list[Any]]]:
    """What a REF field's option names (`Cli(ref=…)`): the list to find it in. This PC's default is the
    context's attribute of the same name (`installation.context(db).site`)."""
    from app.services import installation

    return {"site": installation.list_sites, "conseiller": installation.list_conseillers}


def fields_from_args(args: argparse.Namespace, db: Any) -> HelpRequestFields:
    """The `HelpRequestFields` the declared options say (`add_field_options`); what is not given keeps its
    default. A typed value that is not one is a `ValidationError` naming the field and its option."""
    from app.domain.clock import local_day, now_utc, parse_day
    from app.domain.cra_fields import Kind
    from app.domain.help_request import FIELDS, HelpRequestFields
    from app.services import installation

    ctx = installation.context(db)
    given: dict[str, Any] = {}
    for f in FIELDS:
        if f.cli is None:
            continue
        raw = getattr(args, f.cli.dest, None)
        where = f"{f.label} ({f.cli.option})"
        if f.cli.parse is not None and raw is not None:
            given[f.name] = f.cli.parse(raw, where)
        elif f.kind is Kind.REF and f.cli.ref is not None:
            assert f.cli.ref is not None, f"{f.name} : Cli(ref=…) manquant"
            default = getattr(ctx, f.cli.ref, None)
            given[f.name] = resolve(_refs()[f.cli.ref](db), raw, f.cli.ref, default.id if default else None)
        elif raw is None or (f.kind is Kind.DAY and not raw):
            if f.kind is Kind.DAY:
                given[f.name] = local_day(now_utc())
        elif f.kind is Kind.DAY:
            given[f.name] = parse_day(raw, f.label)
        elif f.kind in (Kind.CHOICES, Kind.REFS):
            given[f.name] = tuple(raw)
        else:
            given[f.name] = raw
    return HelpRequestFields(**given)


def run_add(args: argparse.Namespace) -> int:
    from app.services import help_requests

    db = open_db(args)
    new_id = help_requests.save_record(db, fields_from_args(args, db))
    print(json.dumps({"id": new_id}) if args.json else new_id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services import help_requests

    db = open_db(args)
    rows = help_requests.list_records(db, day_from=_day(args.day_from, "--from"), day_to=_day(args.day_to, "--to"))
    if args.json:
        out = [
            {
                "id": r.id,
                "date": r.fields.day.isoformat() if r.fields.day else None,
                "type": r.fields.kind,
                "duration": r.fields.duration_minutes,
                "place": r.fields.place,
                "site_id": r.fields.site_id,
                "conseiller_id": r.fields.conseiller_id,
                "themes": list(r.fields.themes),
                "demarches": list(r.fields.demarches),
                "demarche_name": r.fields.demarche_name,
                "status": r.queue_status,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False))
    else:
        for r in rows:
            day = r.fields.day.isoformat() if r.fields.day else ""
            print(f"{day}  {r.fields.kind:<10} {r.fields.duration_minutes or 0:>4} min  "
                  f"{', '.join(r.fields.themes)}  {r.id}")
    return 0
