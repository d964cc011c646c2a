"""Command-line commands, one module per capability (the CLI layer: calls services, never Qt directly)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.permissions import Action, Actor
    from app.store.db import Database

import argparse
from pathlib import Path

from app import paths


def data_dir(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "data_dir", None)
    if explicit is not None and not explicit.strip():
        from app.domain.errors import ValidationError

        # An empty --data-dir (an unset variable in a script) must not fall back on the user's folder.
        raise ValidationError("--data-dir", "dossier vide : donnez le dossier de données, ou retirez l'option")
    return paths.data_dir(explicit)


def open_db(args: argparse.Namespace) -> Database:
    """The data directory's database, created or migrated as needed."""
    from app.store.open import open_data_dir

    return open_data_dir(data_dir(args))


def actor(args: argparse.Namespace, db: Database) -> Actor:
    """Who runs this command: the account of `--as NAME` (its password from `--password-file` or typed),
    else the command line with a conseiller's rights. Logged in once per command (the audit says so)."""
    from app.domain.permissions import COMMAND_LINE

    cached = getattr(args, "_actor", None)
    if cached is not None:
        return cached
    name = getattr(args, "as_name", None)
    if name is None:
        who = COMMAND_LINE
    else:
        from app.services import accounts

        who = accounts.login(db, name, _password(args, name))
    args._actor = who
    return who


def require(args: argparse.Namespace, db: Database, action: Action) -> Actor:
    """The actor of this command, once it is known that its role may do `action` (else exit 2, said)."""
    from app.domain.permissions import require as check

    who = actor(args, db)
    check(who, action)
    return who


def _password(args: argparse.Namespace, name: str) -> str:
    """`--as`'s password, read once per command (from the file, standard input or the keyboard)."""
    cached = getattr(args, "_password_text", None)
    if cached is None:
        cached = args._password_text = _read_password(args, name)
    return cached


def _read_password(args: argparse.Namespace, name: str) -> str:
    from app.commands.errors import UsageError

    path = getattr(args, "password_file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise UsageError(f"--password-file : impossible de lire {path} ({exc.strerror or exc})") from exc
        if not text:
            raise UsageError(f"--password-file : {path} est vide")
        return text
    import getpass
    import sys

    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UsageError("--as : mot de passe manquant (donnez --password-file FICHIER, ou tapez-le)")
        return line
    return getpass.getpass(f"Mot de passe de {name} : ")
