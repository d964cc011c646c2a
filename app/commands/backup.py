"""`pasapas backup [--out F]` and `pasapas restore F`: a backup now, or a backup put back (checked first)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands import data_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sauvegarder la base maintenant (dans backups/, ou --out FICHIER)")
    p.add_argument("--out", help="fichier de sauvegarde à écrire (sinon dans le dossier backups/)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", help="remettre une sauvegarde à la place de la base (vérifiée d'abord)")
    r.add_argument("file", help="le fichier de sauvegarde (.sqlite)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.store.open import open_data_dir

    folder = data_dir(args)
    open_data_dir(folder).dispose()  # created or migrated first: a backup is of this version's schema
    made = backups.back_up(folder, args.out)
    print(json.dumps({"backup": str(made)}) if args.json else f"Sauvegarde écrite : {made}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services import backups

    folder = data_dir(args)
    _may_restore(args, folder)
    try:
        done, again = backups.restore(folder, Path(args.file).expanduser())
    except backups.BackupUnusable as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps({"restored": str(done.source), "previous": str(done.previous) if done.previous else None,
                          "previous_damaged": done.previous_damaged, "erasures_replayed": again}))
        return 0
    kept = ""
    if done.previous:
        kept = (f" La base remplacée, abîmée, est gardée telle quelle : {done.previous}." if done.previous_damaged
                else f" La base remplacée est sauvegardée : {done.previous}.")
    print(f"Sauvegarde remise en place : {done.source}.{kept}"
          + (f" {again} effacement(s) fait(s) depuis appliqué(s) de nouveau." if again else ""))
    return 0


def _may_restore(args: argparse.Namespace, folder: Path) -> None:
    """Restoring needs an admin (`--as`) — when the database can say who is one. A damaged or unreadable
    database cannot: then whoever is at the PC may put one of its own backups back (what the desk offers)."""
    from app.commands import actor
    from app.domain.permissions import Action
    from app.services import accounts
    from app.store.migrate import DatabaseError
    from app.store.open import open_data_dir

    try:
        db = open_data_dir(folder)
    except (DatabaseError, OSError):
        return
    try:
        accounts.require_once_an_admin_exists(db, actor(args, db), Action.RESTORE)
    finally:
        db.dispose()
