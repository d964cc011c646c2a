"""`pasapas` / `pasapas desk`: open the desk window; `pasapas setup`: first-run set-up without a window."""

from __future__ import annotations

import argparse
import json

from app.commands import data_dir, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("desk", help="ouvrir le poste d'accueil (par défaut)")
    p.set_defaults(handler=run_desk)
    p = sub.add_parser("setup", help="configurer ce poste : lieu, nom du PC, conseiller")
    p.add_argument("--site", required=True, help="nom du lieu d'activité")
    p.add_argument("--device", required=True, help="nom de ce PC")
    p.add_argument("--conseiller", required=True, help="prénom et nom")
    for option, help_text in (("--address", "adresse du lieu"), ("--postcode", "code postal du lieu"),
                              ("--city", "commune du lieu"), ("--insee", "code Insee du lieu"),
                              ("--phone", "téléphone du lieu"), ("--hours", "horaires d'ouverture du lieu")):
        p.add_argument(option, help=f"{help_text} (imprimé sur les fiches)")
    p.add_argument("--role", choices=("desk", "kiosk", "both"),
                   help="rôle du poste : accueil, borne ou les deux (une borne : « pasapas kiosk --set-pin » ensuite)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_setup)
    p = sub.add_parser("demo", help="remplir le dossier de données avec des données de démonstration")
    p.add_argument("--requests", type=int, default=2000, help="nombre d'accompagnements (défaut 2000)")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=run_demo)


def run_desk(args: argparse.Namespace) -> int:
    """`pasapas` alone opens what this PC is for (its role, set by the first-run wizard): the kiosk on a
    « Borne » PC, else the desk. `pasapas desk` always opens the desk (the IT person on a kiosk PC)."""
    directory = data_dir(args)
    if getattr(args, "command", None) is None:
        from app.paths import database_path
        from app.store.quick import read_role

        if read_role(database_path(directory)) == "kiosk":
            from app.ui.kiosk.main import run as run_kiosk

            return run_kiosk(directory)
    from app.ui.desk.main import run

    return run(directory)


def run_setup(args: argparse.Namespace) -> int:
    from app.commands import actor
    from app.domain.permissions import Action
    from app.services import accounts, installation

    db = open_db(args)
    if installation.is_set_up(db):
        accounts.require_once_an_admin_exists(db, actor(args, db), Action.SETTINGS)
    ctx = installation.set_up(db, site_name=args.site, device_name=args.device, conseiller_name=args.conseiller)
    details = {key: value for key, value in (
        ("address", args.address), ("postcode", args.postcode), ("city", args.city), ("insee_code", args.insee),
        ("phone", args.phone), ("opening_hours", args.hours)) if value is not None}
    if details and ctx.site and ctx.conseiller:
        ctx = installation.configure(db, device_name=ctx.device_name, site_id=ctx.site.id,
                                     conseiller_id=ctx.conseiller.id, site_details=details)
    if args.role:
        from app.store import settings

        settings.put(db, settings.PC_ROLE, args.role)
    if args.json:
        from app.store import settings

        print(json.dumps({"device_id": ctx.device_id, "site_id": ctx.site and ctx.site.id,
                          "conseiller_id": ctx.conseiller and ctx.conseiller.id,
                          "role": settings.get(db, settings.PC_ROLE)}))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services import demo, queue

    if args.requests < 0:
        raise UsageError("--requests : un nombre positif ou nul")
    db = open_db(args)
    demo.generate(db, args.requests, seed=args.seed)
    for label in ("", "Mme aux lunettes", ""):
        queue.add_arrival(db, label=label)
    print(f"{args.requests} accompagnements de démonstration ajoutés dans {db.path.parent}")
    return 0
