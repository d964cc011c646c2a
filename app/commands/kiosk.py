"""`pasapas kiosk`: the citizen-facing kiosk; `--check` its lock-down self-test; `--set-pin` the staff PIN."""

from __future__ import annotations

import argparse
import json
import sys

from app.commands import data_dir, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kiosk", help="ouvrir la borne des visiteurs (plein écran, verrouillée)")
    p.add_argument("--check", action="store_true",
                   help="auto-test pour l'informaticien : échappatoires bloquées, imprimante, voix, démarrage auto")
    p.add_argument("--set-pin", action="store_true",
                   help="régler le code du personnel (lu au clavier, ou sur l'entrée standard)")
    p.add_argument("--windowed", action="store_true", help="dans une fenêtre de 1366×768 (pour essayer)")
    p.add_argument("--json", action="store_true", help="avec --check : une ligne JSON")
    p.set_defaults(handler=run_kiosk)


def _read_pin() -> str:
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("Code du personnel (4 à 12 chiffres) : ")
        if getpass.getpass("Le même code, encore une fois : ") != first:
            from app.commands.errors import UsageError

            raise UsageError("code du personnel : les deux codes tapés sont différents ; recommencez")
        return first
    return sys.stdin.readline().strip()


def run_kiosk(args: argparse.Namespace) -> int:
    if args.set_pin:
        from app.commands import actor
        from app.domain.permissions import Action
        from app.services import accounts
        from app.services.kiosk import settings

        db = open_db(args)
        accounts.require_once_an_admin_exists(db, actor(args, db), Action.SETTINGS)
        settings.set_staff_pin(db, _read_pin())
        print("code du personnel enregistré (haché avec argon2, jamais en clair)")
        return 0
    if args.check:
        from app.ui.kiosk.check import run_check

        report = run_check(data_dir(args))
        if args.json:
            print(json.dumps(report.as_dict(), ensure_ascii=False))
        else:
            for line in report.lines():
                print(line)
        return 0 if report.ok else 1
    from app.ui.kiosk.main import run

    return run(data_dir(args), windowed=args.windowed)
