"""`pasapas sync [init|status]`: one sync round with the shared folder, create a network, show the status.

Exit codes: 0 round completed, 3 shared folder unavailable (nothing changed here), 2 bad input
(missing or wrong passphrase, no folder), 1 other failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.commands import open_db

EXIT_UNAVAILABLE = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="synchroniser avec le dossier partagé (un tour : envoi puis réception)")
    _round_options(p)
    p.set_defaults(handler=run_sync)
    ssub = p.add_subparsers(dest="sync_command", required=False, parser_class=type(p))
    init = ssub.add_parser("init", help="créer un nouveau réseau de synchronisation dans un dossier partagé")
    init.add_argument("--folder", default=argparse.SUPPRESS, help="dossier partagé (partage réseau, clé USB…)")
    init.add_argument("--passphrase-file", default=argparse.SUPPRESS, help="fichier contenant la phrase secrète")
    init.add_argument("--remember", action="store_true", default=argparse.SUPPRESS,
                      help="garder la clé et le dossier sur ce PC pour la synchronisation automatique")
    init.set_defaults(handler=run_init)
    pend = ssub.add_parser("pending", help="modifications reçues mises en attente (suppressions massives, valeurs illisibles)")
    pend.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    pend.set_defaults(handler=run_pending)
    conf = ssub.add_parser("confirm", help="appliquer (ou refuser avec --refuse) un lot mis en attente")
    conf.add_argument("batch", metavar="LOT", help="le lot, tel que « pasapas sync pending » le montre")
    conf.add_argument("--refuse", action="store_true", default=argparse.SUPPRESS, help="refuser le lot")
    conf.set_defaults(handler=run_confirm)
    pcs = ssub.add_parser("pcs", help="les postes du réseau (ceux qui ont un dossier dans le dossier partagé)")
    pcs.add_argument("--folder", default=argparse.SUPPRESS, help="dossier partagé (défaut : celui des réglages)")
    pcs.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    pcs.set_defaults(handler=run_pcs)
    rm = ssub.add_parser("remove-pc", help="retirer un poste du réseau (administrateur) : ses nouveaux fichiers "
                         "sont refusés, le réseau passe à une nouvelle clé et une nouvelle phrase secrète")
    rm.add_argument("pc", metavar="NOM", help="le nom du poste (voir « pasapas sync pcs »), ou le début de son identifiant")
    _rotation_options(rm)
    rm.set_defaults(handler=run_remove_pc)
    cp = ssub.add_parser("change-passphrase", help="changer la phrase secrète du réseau (administrateur) ; "
                         "le réseau passe à une nouvelle clé")
    _rotation_options(cp)
    cp.set_defaults(handler=run_change_passphrase)
    status = ssub.add_parser("status", help="état de la synchronisation de ce PC")
    status.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    status.set_defaults(handler=run_status)


def _round_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--folder", help="dossier partagé (défaut : celui des réglages de ce PC)")
    p.add_argument("--passphrase-file", help="fichier contenant la phrase secrète du réseau")
    p.add_argument("--remember", action="store_true",
                   help="garder la clé (pas la phrase) et le dossier sur ce PC pour la synchronisation automatique")
    p.add_argument("--json", action="store_true", help="résultat en JSON")


def _rotation_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--folder", default=argparse.SUPPRESS, help="dossier partagé (défaut : celui des réglages)")
    p.add_argument("--passphrase-file", default=argparse.SUPPRESS,
                   help="la phrase secrète actuelle, si ce poste ne retient pas la clé")
    p.add_argument("--new-passphrase-file", default=argparse.SUPPRESS,
                   help="fichier contenant la nouvelle phrase secrète (sinon elle est demandée deux fois)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS)


def _passphrase(args: argparse.Namespace, option: str = "passphrase_file") -> str | None:
    from app.commands.errors import UsageError

    path = getattr(args, option, None)
    flag = "--" + option.replace("_", "-")
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UsageError(f"{flag} : impossible de lire {path} ({exc.strerror or exc})") from exc
    if not text:
        raise UsageError(f"{flag} : {path} est vide")
    return text


def _new_passphrase(args: argparse.Namespace) -> str:
    from app.commands.errors import UsageError

    given = _passphrase(args, "new_passphrase_file")
    if given is not None:
        return given
    import getpass

    phrase = getpass.getpass("Nouvelle phrase secrète du réseau : ")
    if getpass.getpass("La même, encore une fois : ") != phrase:
        raise UsageError("nouvelle phrase secrète : les deux saisies diffèrent")
    return phrase


def _folder(args: argparse.Namespace, db: object) -> str:
    from app.commands.errors import UsageError
    from app.services.sync import state

    folder = getattr(args, "folder", None) or state.load_settings(db).folder  # type: ignore[arg-type]
    if not folder:
        raise UsageError("--folder : donnez le dossier partagé (ou réglez-le dans « Réglages de synchronisation »)")
    return str(folder)


def run_sync(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services.sync import errors, state
    from app.services.sync.round import run_round

    db = open_db(args)
    folder = _folder(args, db)
    passphrase = _passphrase(args)
    try:
        report = run_round(db, folder, passphrase=passphrase)
    except errors.ShareUnavailable as exc:
        state.record_failure(db, str(exc))
        print(f"pasapas: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except (errors.WrongPassphrase, errors.MissingPassphrase) as exc:
        state.record_failure(db, str(exc))
        raise UsageError(str(exc)) from exc
    except errors.SyncError as exc:
        state.record_failure(db, str(exc))
        print(f"pasapas: {exc}", file=sys.stderr)
        return 1
    state.record_success(db, report.as_dict())
    if args.remember:
        _remember(db, folder, passphrase)
    out = report.as_dict()
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(
            f"envoyées : {report.exported}, reçues : {report.imported}, conflits : {report.conflicts}, "
            f"mises de côté : {report.quarantined}, fichiers ignorés : {report.skipped}"
        )
        for line in report.problems:
            print(f"  ! {line}")
    return 0


def _remember(db: object, folder: str, passphrase: str | None) -> None:
    from app.services.sync import state
    from app.services.sync.folder import open_network

    net = open_network(Path(folder))
    if passphrase:
        state.remember_key(db, net.dataset, net.derive(passphrase))  # type: ignore[arg-type]
    current = state.load_settings(db)  # type: ignore[arg-type]
    state.save_settings(db, folder=folder, interval=current.interval)  # type: ignore[arg-type]


def run_init(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services.sync import errors
    from app.services.sync.folder import init_network

    db = open_db(args)
    folder = _folder(args, db)
    passphrase = _passphrase(args)
    if passphrase is None:
        import getpass

        passphrase = getpass.getpass("Phrase secrète du nouveau réseau : ")
        if getpass.getpass("La même, encore une fois : ") != passphrase:
            raise UsageError("phrase secrète : les deux saisies diffèrent")
    try:
        net = init_network(Path(folder), passphrase)
    except errors.ShareUnavailable as exc:
        print(f"pasapas: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except errors.SyncError as exc:
        raise UsageError(str(exc)) from exc
    if getattr(args, "remember", False):
        _remember(db, folder, passphrase)
    print(f"réseau de synchronisation créé dans {net.root} (identifiant {net.dataset})")
    return 0


def run_pcs(args: argparse.Namespace) -> int:
    from app.services.sync import errors, removal

    db = open_db(args)
    try:
        pcs = removal.list_pcs(db, _folder(args, db))
    except errors.ShareUnavailable as exc:
        print(f"pasapas: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if getattr(args, "json", False):
        print(json.dumps([{"device": p.device, "name": p.name, "removed": p.removed, "this_pc": p.this_pc}
                          for p in pcs], ensure_ascii=False))
        return 0
    for p in pcs:
        what = " (ce poste)" if p.this_pc else " (retiré du réseau)" if p.removed else ""
        print(f"{p.device[:8]}  {p.name or '(nom inconnu ici)'}{what}")
    return 0


def run_remove_pc(args: argparse.Namespace) -> int:
    return _rotate(args, args.pc)


def run_change_passphrase(args: argparse.Namespace) -> int:
    return _rotate(args, None)


def _rotate(args: argparse.Namespace, pc: str | None) -> int:
    """`sync remove-pc` / `sync change-passphrase`: admin (--as), the new phrase, then what happens next."""
    from app.commands import require
    from app.commands.errors import UsageError
    from app.domain.permissions import Action
    from app.services.sync import errors, removal

    db = open_db(args)
    who = require(args, db, Action.REMOVE_PC)
    folder = _folder(args, db)
    current = _passphrase(args)
    new = _new_passphrase(args)
    try:
        if pc is None:
            done = removal.change_passphrase(db, folder, actor=who, new_passphrase=new, passphrase=current)
        else:
            done = removal.remove_pc(db, folder, pc, actor=who, new_passphrase=new, passphrase=current)
    except errors.ShareUnavailable as exc:
        print(f"pasapas: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except errors.SyncError as exc:
        raise UsageError(str(exc)) from exc
    if getattr(args, "json", False):
        print(json.dumps({"generation": done.generation, "removed": done.removed, "granted": done.granted,
                          "asking": done.asking}, ensure_ascii=False))
        return 0
    if done.removed:
        print(f"poste « {done.removed[0]} » retiré du réseau : ses fichiers faits à partir de maintenant sont refusés "
              "par les autres postes.")
        print("  Ce qu'il peut encore lire : ce qu'il avait déjà, et les fichiers du dossier partagé écrits avant "
              "son retrait. Retirez-lui aussi l'accès au dossier partagé (service informatique).")
    print(f"nouvelle clé du réseau (n° {done.generation}) et nouvelle phrase secrète en place.")
    if done.granted:
        print(f"  reçue d'elle-même à la prochaine synchronisation par : {', '.join(done.granted)}")
    if done.asking:
        print(f"  à taper sur : {', '.join(done.asking)} (la nouvelle phrase secrète, dans « Réglages de "
              "synchronisation »)")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from app.services.sync import key_store, state
    from app.services.sync.notes import peers
    from app.store import settings as local

    db = open_db(args)
    key_store.migrate_out_of_database(db)
    where = key_store.place(db)
    settings = state.load_settings(db)
    st = state.load_status(db)
    out = {
        "folder": settings.folder,
        "interval": settings.interval,
        "key_stored": settings.key_stored,
        "key_place": where.kind,
        "key_generation": local.get(db, local.SYNC_GENERATION),
        "key_where": where.where,
        "device_id": db.device_id,
        "last_success": st.last_success,
        "last_attempt": st.last_attempt,
        "last_error": st.last_error,
        "clock_ahead_days": (st.last_report or {}).get("clock_ahead_days", 0),
        "problems": (st.last_report or {}).get("problems", []),
        "waiting": st.waiting,
        **state.set_aside(db),
        "peers": peers(db),
    }
    if getattr(args, "json", False):
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"dossier partagé : {settings.folder or '(non réglé)'}")
        print(f"clé du réseau : {where.words}")
        if out["key_generation"]:
            print(f"clé n° {out['key_generation']} (le réseau a changé de clé : un poste retiré ou une nouvelle "
                  "phrase secrète)")
        print(f"dernière réussite : {_paris(st.last_success) or 'jamais'}")
        print(f"modifications en attente d'envoi : {st.waiting}")
        if out["quarantined"]:
            print(f"modifications mises de côté (horloge d'un PC trop en avance) : {out['quarantined']}")
        if out.get("held"):
            print(f"modifications reçues en attente d'une décision : {out['held']} (voir « pasapas sync pending »)")
        if st.last_error:
            print(f"dernière erreur : {st.last_error}")
        for line in (st.last_report or {}).get("problems", [])[:10]:
            print(f"  ! {line}")
    return 0


def _paris(stamp: str | None) -> str:
    """An ISO UTC time as the person reads it: « 27/11/2026 22:41 » in Paris."""
    from datetime import datetime

    from app.domain.clock import PARIS

    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone(PARIS).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


def run_pending(args: argparse.Namespace) -> int:
    from app.services.sync import confirmations

    rows = confirmations.waiting(open_db(args))
    if getattr(args, "json", False):
        print(json.dumps([{"batch": b.batch.split("/")[-1], "reason": b.reason, "why": b.why, "changes": b.count}
                          for b in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("aucune modification en attente")
    for b in rows:
        kind = "à confirmer" if b.reason == "mass" else "illisible"
        print(f"{b.batch.split('/')[-1]}  {kind} : {b.why} ({b.count} modification(s))")
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    from app.services.sync import confirmations

    db = open_db(args)
    if getattr(args, "refuse", False):
        n = confirmations.refuse(db, args.batch)
        print(f"lot refusé : {n} modification(s) gardée(s) de côté, jamais appliquée(s)")
    else:
        n = confirmations.confirm(db, args.batch)
        print(f"lot appliqué : {n} modification(s)")
    return 0
