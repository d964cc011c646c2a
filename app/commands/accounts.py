"""`pasapas account …` (staff accounts) and `pasapas audit list` (the audit log); admin rights via `--as`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands import actor, open_db, require


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("account", help="comptes du personnel (créer, lister, réinitialiser ; administrateur)")
    asub = p.add_subparsers(dest="account_command", required=True, parser_class=type(p))
    c = asub.add_parser("create", help="créer un compte (le premier compte est l'administrateur, sans --as)")
    c.add_argument("name", metavar="NOM")
    c.add_argument("--role", default="conseiller", help="conseiller | admin (défaut : conseiller)")
    c.add_argument("--new-password-file", metavar="FICHIER", help="fichier contenant son mot de passe (sinon demandé)")
    c.add_argument("--conseiller", help="le conseiller (nom) que ce compte enregistre")
    c.set_defaults(handler=run_create)
    ls = asub.add_parser("list", help="lister les comptes")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    r = asub.add_parser("reset", help="donner un nouveau mot de passe (à changer à la connexion suivante)")
    r.add_argument("name", metavar="NOM")
    r.add_argument("--new-password-file", metavar="FICHIER")
    r.set_defaults(handler=run_reset)
    for name, active, text in (("disable", False, "fermer un compte"), ("enable", True, "rouvrir un compte")):
        d = asub.add_parser(name, help=text)
        d.add_argument("name", metavar="NOM")
        d.set_defaults(handler=run_active, active=active)
    ro = asub.add_parser("role", help="changer le rôle d'un compte")
    ro.add_argument("name", metavar="NOM")
    ro.add_argument("role", metavar="ROLE", help="conseiller | admin")
    ro.set_defaults(handler=run_role)
    pw = asub.add_parser("passwd", help="changer son propre mot de passe (avec --as)")
    pw.add_argument("--new-password-file", metavar="FICHIER")
    pw.set_defaults(handler=run_passwd)
    t = asub.add_parser("trusted-desk", help="ce PC accepte-t-il un code court (poste de confiance) ?")
    t.add_argument("state", choices=("on", "off"), metavar="on|off")
    t.set_defaults(handler=run_trusted)
    pin = asub.add_parser("pin", help="régler son code court pour ce PC (poste de confiance, avec --as)")
    pin.set_defaults(handler=run_pin)

    a = sub.add_parser("audit", help="journal d'audit (administrateur)")
    aud = a.add_subparsers(dest="audit_command", required=True, parser_class=type(p))
    al = aud.add_parser("list", help="les dernières lignes, les plus récentes d'abord")
    al.add_argument("--limit", type=int, default=100, help="nombre de lignes (défaut 100)")
    al.add_argument("--json", action="store_true")
    al.set_defaults(handler=run_audit)


def _new_password(args: argparse.Namespace, field: str = "--new-password-file") -> str:
    from app.commands.errors import UsageError

    path = getattr(args, "new_password_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"{field} : impossible de lire {path} ({exc.strerror or exc})") from exc
        if not text:
            raise UsageError(f"{field} : {path} est vide")
        return text
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Nouveau mot de passe : ")
    if getpass.getpass("Le même, encore une fois : ") != first:
        raise UsageError("mot de passe : les deux saisies diffèrent ; recommencez")
    return first


def run_create(args: argparse.Namespace) -> int:
    from app.commands.help_requests import resolve
    from app.domain.permissions import Action
    from app.services import accounts, installation

    db = open_db(args)
    role = accounts.check_role(args.role, "--role")
    c_id = resolve(installation.list_conseillers(db), args.conseiller, "conseiller", None) if args.conseiller else None
    if not accounts.has_accounts(db):
        from app.commands.errors import UsageError

        if role is not accounts.Role.ADMIN:
            raise UsageError("--role : le premier compte de ce PC est l'administrateur (--role admin)")
        accounts.create_first_admin(db, args.name, _new_password(args), conseiller_id=c_id)
        print(f"compte administrateur « {' '.join(args.name.split())} » créé")
        return 0
    who = require(args, db, Action.ACCOUNTS)
    accounts.create_account(db, who, args.name, _new_password(args), role, conseiller_id=c_id)
    print(f"compte « {' '.join(args.name.split())} » créé ({role.value}) : le mot de passe sera à changer à la "
          "première connexion")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import accounts

    db = open_db(args)
    rows = accounts.list_accounts(db, require(args, db, Action.ACCOUNTS))
    if args.json:
        print(json.dumps([{"name": a.name, "role": a.role.value, "active": a.active, "pin": a.has_pin,
                           "must_change_password": a.must_change_password} for a in rows], ensure_ascii=False))
        return 0
    for a in rows:
        flags = [a.role.value] + ([] if a.active else ["fermé"]) + (["code"] if a.has_pin else [])
        print(f"{a.name}  ({', '.join(flags)})")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import accounts

    db = open_db(args)
    accounts.reset_password(db, require(args, db, Action.ACCOUNTS), args.name, _new_password(args))
    print("mot de passe réinitialisé : à changer à la prochaine connexion")
    return 0


def run_active(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import accounts

    db = open_db(args)
    accounts.set_active(db, require(args, db, Action.ACCOUNTS), args.name, args.active)
    print("compte rouvert" if args.active else "compte fermé")
    return 0


def run_role(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import accounts

    db = open_db(args)
    role = accounts.check_role(args.role, "ROLE")
    accounts.set_role(db, require(args, db, Action.ACCOUNTS), args.name, role)
    print(f"rôle changé : {role.value}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services import accounts

    db = open_db(args)
    who = actor(args, db)
    if who.account_id is None:
        raise UsageError("--as : donnez votre nom de compte pour changer votre mot de passe")
    accounts.change_password(db, who, accounts_password(args), _new_password(args))
    print("mot de passe changé")
    return 0


def accounts_password(args: argparse.Namespace) -> str:
    from app.commands import _password

    return _password(args, args.as_name)


def run_trusted(args: argparse.Namespace) -> int:
    from app.domain.permissions import Action
    from app.services import accounts

    db = open_db(args)
    accounts.set_trusted_desk(db, require(args, db, Action.ACCOUNTS), args.state == "on")
    print("poste de confiance : un code court suffit" if args.state == "on" else "poste ordinaire : mot de passe")
    return 0


def run_pin(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services import accounts

    db = open_db(args)
    who = actor(args, db)
    if who.account_id is None:
        raise UsageError("--as : donnez votre nom de compte pour régler votre code")
    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("Code (4 à 8 chiffres) : ")
    else:
        pin = sys.stdin.readline().strip()
    accounts.set_pin(db, who, pin)
    print("code enregistré pour ce PC (haché avec argon2, jamais en clair)")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from app.domain.clock import PARIS
    from app.domain.permissions import Action
    from app.services import audit

    db = open_db(args)
    lines = audit.entries(db, require(args, db, Action.AUDIT), limit=args.limit)
    if args.json:
        print(json.dumps([{"at": x.at.isoformat(), "device": x.device_name, "actor": x.actor, "role": x.role,
                           "action": x.action, "label": x.label, "detail": x.detail} for x in lines],
                         ensure_ascii=False))
        return 0
    for x in lines:
        when = x.at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M:%S")
        print(f"{when}  {x.device_name or '?'}  {x.actor}  {x.label}" + (f" : {x.detail}" if x.detail else ""))
    return 0
