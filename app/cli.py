"""Command line entry: `pasapas [--data-dir DIR] <command>`; without a command, the desk opens.

Exit codes: 0 success, 2 bad input (one line naming the field and the allowed values), 1 other failure.
Each capability registers its commands from a module of `app/commands/`; heavy imports stay inside the
command functions so that opening the desk stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

# One module per capability, each with `register(subparsers)`.
COMMAND_MODULES = (
    "app.commands.desk",
    "app.commands.help_requests",
    "app.commands.queue",
    "app.commands.places",
    "app.commands.export",
    "app.commands.report",
    "app.commands.guides",
    "app.commands.handout",
    "app.commands.sync",
    "app.commands.kiosk",
    "app.commands.accounts",
    "app.commands.selfcheck",
    "app.commands.doctor",
    "app.commands.people",
    "app.commands.backup",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, exit 2, as every other bad input.
        self.exit(2, f"{self.prog}: {message} (voir --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pasapas", description="Pas à Pas : le poste des points d'aide numérique.")
    parser.add_argument("--data-dir", help="dossier de données (sinon $PASAPAS_DATA_DIR, sinon le dossier de l'utilisateur)")
    parser.add_argument("--as", dest="as_name", metavar="NOM",
                        help="agir avec le compte NOM (sinon : les droits d'un conseiller sur ce PC)")
    parser.add_argument("--password-file", metavar="FICHIER",
                        help="avec --as : fichier contenant le mot de passe (sinon il est demandé)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _desk_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """`pasapas` or `pasapas --data-dir DIR`: the desk, without building every command's parser
    (it is on the start path, which is measured against a bare window)."""
    if not argv:
        return argparse.Namespace(data_dir=None)
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return argparse.Namespace(data_dir=argv[0].split("=", 1)[1])
    return None


def _unreadable_argument(argv: Sequence[str]) -> str | None:
    """An argument that is not text (invalid UTF-8 arrives as lone surrogates): its position."""
    for n, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return f"argument n° {n} illisible (caractères invalides, encodage autre que UTF-8) : retapez-le"
    return None


def _kiosk_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """`pasapas [--data-dir DIR] kiosk`: the kiosk's start path, measured against a bare window, like the desk's."""
    if not argv or argv[-1] != "kiosk":
        return None
    args = _desk_only(argv[:-1])
    if args is None:
        return None
    from app.commands.kiosk import run_kiosk

    return argparse.Namespace(data_dir=args.data_dir, handler=run_kiosk, check=False, set_pin=False, windowed=False,
                              json=False)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _unreadable_argument(argv)
    if bad:
        print(f"pasapas: {bad}", file=sys.stderr)
        return 2
    args = _desk_only(argv) or _kiosk_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from app.commands.desk import run_desk

        handler = run_desk
    from app.commands.errors import UsageError
    from app.domain.errors import ValidationError
    from app.domain.permissions import PermissionDenied
    from app.store.migrate import DatabaseError

    try:
        return int(handler(args) or 0)
    except (ValidationError, UsageError, PermissionDenied) as exc:
        print(f"pasapas: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"pasapas: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped reading (`pasapas audit list | head`): what it wanted is out; no error message.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush must not fail again
        return 0
    except Exception as exc:
        # One line, never a traceback: those of SQLAlchemy print the SQL parameters (a session's notes).
        # PASAPAS_DEBUG=1 shows the traceback of an unexpected error, for a developer.
        import os

        from app.store.health import describe_failure, is_sql_error

        if os.environ.get("PASAPAS_DEBUG") and not is_sql_error(exc):
            raise
        print(f"pasapas: {describe_failure(exc, _database_path(args))}", file=sys.stderr)
        return 1


def _database_path(args: argparse.Namespace) -> Path | None:
    from app import paths

    try:
        return paths.database_path(paths.data_dir(getattr(args, "data_dir", None)))
    except Exception:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
