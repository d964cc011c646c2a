"""`pasapas request add|list`: record help sessions and list them from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from app.commands import open_db


def register(sub: argparse._SubParsersAction) -> None:
    req = sub.add_parser("request", help="enregistrer ou lister des accompagnements")
    rsub = req.add_subparsers(dest="request_command", required=True)
    add = rsub.add_parser("add", help="enregistrer un accompagnement (champs du CRA)")
    add.add_argument("--type", default="individuel", help="individuel | collectif")
    add.add_argument("--date", help="AAAA-MM-JJ (défaut : aujourd'hui)")
    add.add_argument("--duration", help="durée : 90, 1h30, 1 h 30 ou 1:30")
    add.add_argument("--place", default="lieu_activite", help="lieu_activite | domicile | a_distance | autre")
    add.add_argument("--site", help="nom ou id du lieu d'activité (défaut : celui de ce poste)")
    add.add_argument("--conseiller", help="nom ou id (défaut : celui de ce poste)")
    add.add_argument("--equipment", action="append", default=[], help="matériel (répétable)")
    add.add_argument("--theme", action="append", default=[], help="thématique (répétable, au moins une)")
    add.add_argument("--demarche", action="append", default=[], help="domaine de démarche (répétable)")
    add.add_argument("--demarche-name", default="", help="nom de la démarche")
    add.add_argument("--autonomy", help="entierement_accompagne | partiellement_autonome | autonome")
    add.add_argument("--redirected", action="store_true", help="la personne est réorientée")
    add.add_argument("--structure", help="structure de réorientation")
    add.add_argument("--gender", default="non_communique")
    add.add_argument("--age", default="non_communique", help="tranche d'âge")
    add.add_argument("--status", default="non_communique", help="statut")
    add.add_argument("--commune", default="", help="commune du bénéficiaire")
    add.add_argument("--postcode", default="", help="code postal du bénéficiaire")
    add.add_argument("--notes", default="")
    add.add_argument("--workshop-title", default="", help="titre de l'atelier (collectif)")
    add.add_argument("--level", help="niveau de l'atelier : debutant | intermediaire | avance")
    add.add_argument("--participants", type=int, help="nombre de participants (collectif)")
    add.add_argument("--already-helped", type=int, help="participants déjà accompagnés (collectif)")
    add.add_argument("--person", help="id d'une personne suivie (pasapas person list) ; sinon anonyme")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)
    lst = rsub.add_parser("list", help="lister les accompagnements enregistrés")
    lst.add_argument("--from", dest="day_from", help="AAAA-MM-JJ")
    lst.add_argument("--to", dest="day_to", help="AAAA-MM-JJ")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)


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


def run_add(args: argparse.Namespace) -> int:
    from app.domain.clock import local_day, now_utc
    from app.domain.duration import parse_duration
    from app.domain.help_request import HelpRequestFields
    from app.services import help_requests, installation

    db = open_db(args)
    ctx = installation.context(db)
    site_id = resolve(installation.list_sites(db), args.site, "site", ctx.site.id if ctx.site else None)
    c_id = resolve(
        installation.list_conseillers(db), args.conseiller, "conseiller", ctx.conseiller.id if ctx.conseiller else None
    )
    fields = HelpRequestFields(
        kind=args.type,
        day=_day(args.date, "date") or local_day(now_utc()),
        duration_minutes=parse_duration(args.duration, "durée (--duration)") if args.duration is not None else None,
        place=args.place,
        site_id=site_id,
        conseiller_id=c_id,
        equipment=tuple(args.equipment),
        themes=tuple(args.theme),
        demarches=tuple(args.demarche),
        demarche_name=args.demarche_name,
        autonomy=args.autonomy,
        redirected=args.redirected,
        structure=args.structure,
        gender=args.gender,
        age_group=args.age,
        status=args.status,
        beneficiary_commune=args.commune,
        beneficiary_postcode=args.postcode,
        notes=args.notes,
        workshop_title=args.workshop_title,
        workshop_level=args.level,
        participants_total=args.participants,
        participants_already_helped=args.already_helped,
        person_id=args.person or None,
    )
    new_id = help_requests.save_record(db, fields)
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
