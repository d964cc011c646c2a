"""`pasapas site list|merge` and `pasapas conseiller list|merge`: the sites and conseillers of the network."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands import open_db

KINDS = {
    "site": ("les lieux d'activité du réseau : lister, fusionner deux lieux qui n'en font qu'un", "lieu"),
    "conseiller": ("les conseillers du réseau : lister, fusionner deux fiches d'une même personne", "conseiller"),
}


def register(sub: argparse._SubParsersAction) -> None:
    for kind, (help_text, word) in KINDS.items():
        p = sub.add_parser(kind, help=help_text)
        psub = p.add_subparsers(dest=f"{kind}_command", required=True)
        lst = psub.add_parser("list", help=f"chaque {word} avec son nombre d'accompagnements")
        lst.add_argument("--json", action="store_true")
        lst.set_defaults(handler=run_list, kind=kind)
        merge = psub.add_parser(
            "merge", help="fusionner : les accompagnements de AUTRE passent à GARDER, AUTRE n'est plus listé "
                          "(synchronisé ; action d'administration)")
        merge.add_argument("keep", metavar="GARDER", help=f"le {word} gardé (nom ou identifiant)")
        merge.add_argument("other", metavar="AUTRE", help=f"le {word} fusionné dans GARDER (nom ou identifiant)")
        merge.add_argument("--json", action="store_true")
        merge.set_defaults(handler=run_merge, kind=kind)


def _rows(db: Any, kind: str) -> list[tuple[str, str, int]]:
    from app.services import installation, merges

    counts = merges.session_counts(db, kind)
    if kind == "site":
        return [(x.id, x.name, counts.get(x.id, 0)) for x in installation.list_sites(db)]
    return [(c.id, c.full_name, counts.get(c.id, 0)) for c in installation.list_conseillers(db)]


def run_list(args: argparse.Namespace) -> int:
    rows = _rows(open_db(args), args.kind)
    if args.json:
        print(json.dumps([{"id": i, "name": n, "sessions": c} for i, n, c in rows], ensure_ascii=False))
        return 0
    for i, name, count in rows:
        print(f"{i}  {name}  ({count} accompagnement{'s' if count > 1 else ''})")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from app.commands import actor
    from app.domain.audit import AuditAction
    from app.domain.permissions import Action
    from app.services import accounts, audit, merges

    db = open_db(args)
    who = actor(args, db)
    # An administrator's action (`--as NOM`), once this PC has an administrator to ask.
    accounts.require_once_an_admin_exists(db, who, Action.MERGE)
    merge = merges.merge_sites if args.kind == "site" else merges.merge_conseillers
    report = merge(db, args.keep, args.other)
    audit.record(db, who, AuditAction.MERGE, f"{args.kind} « {args.other} » → « {args.keep} »")
    if args.json:
        print(json.dumps({"merged": 1, "sessions_moved": report.sessions}, ensure_ascii=False))
    else:
        word = KINDS[args.kind][1]
        print(f"{word} fusionné : {report.sessions} accompagnement(s) déplacé(s) ; la fusion part à la prochaine "
              "synchronisation")
    return 0
