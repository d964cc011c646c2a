"""`pasapas guides check|list|search|export|import`: the guides library from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.commands import open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("guides", help="guides pas à pas : vérifier, lister, chercher, partager")
    gsub = p.add_subparsers(dest="guides_command", required=True)
    c = gsub.add_parser("check", help="vérifier des fichiers de guides (défaut : les guides livrés)")
    c.add_argument("paths", nargs="*", metavar="DIR", help="dossiers ou fichiers .md")
    c.add_argument("--errors-only", action="store_true", help="ne pas afficher les avertissements")
    c.set_defaults(handler=run_check)
    ls = gsub.add_parser("list", help="lister les guides de la bibliothèque")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    s = gsub.add_parser("search", help="chercher un guide comme dans le poste")
    s.add_argument("query", metavar="QUERY")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_search)
    e = gsub.add_parser("export", help="exporter des guides dans un paquet .zip")
    e.add_argument("ids", nargs="+", metavar="ID")
    e.add_argument("--out", required=True, help="fichier .zip à écrire")
    e.set_defaults(handler=run_export)
    i = gsub.add_parser("import", help="importer un paquet de guides (tout ou rien)")
    i.add_argument("pack", metavar="PACK.zip")
    i.add_argument("--replace", action="store_true",
                   help="remplacer les guides locaux de même id (sans cette option : dit ce qui changerait)")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=run_import)


def run_check(args: argparse.Namespace) -> int:
    from app.domain.clock import local_day, now_utc
    from app.services.guide_files import check_paths
    from app.services.guides import bundled_dir

    dirs = [Path(p) for p in args.paths] or [bundled_dir()]
    report = check_paths(dirs, local_day(now_utc()))
    shown = report.errors if args.errors_only else sorted(report.problems, key=lambda p: not p.is_error)
    for problem in shown:
        print(problem)
    warnings = len(report.problems) - len(report.errors)
    print(f"{len(report.files)} guide(s) valide(s), {len(report.errors)} erreur(s), {warnings} avertissement(s)",
          file=sys.stderr)
    return 1 if report.errors else 0


def _library(args: argparse.Namespace) -> Any:
    from app.services import guides

    db = open_db(args)
    report = guides.load_bundled(db)
    for problem in report.problems:
        print(f"guide ignoré : {problem}", file=sys.stderr)
    return db


def run_list(args: argparse.Namespace) -> int:
    from app.services import guides

    rows = guides.list_guides(_library(args))
    if args.json:
        print(json.dumps([
            {"id": r.id, "title": r.title, "themes": list(r.themes), "level": r.level,
             "duration_minutes": r.duration_minutes, "origin": r.origin, "status": r.status, "version": r.version,
             "locally_modified": r.locally_modified, "newer_official_version": r.newer_official_version}
            for r in rows
        ], ensure_ascii=False))
    else:
        for r in rows:
            flags = " [brouillon]" if r.status == guides.DRAFT else ""
            flags += " [modifié ici]" if r.locally_modified else ""
            flags += " [nouvelle version officielle]" if r.newer_official_version else ""
            print(f"{r.id:<36} {r.title}{flags}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from app.services.guide_search import search

    hits = search(_library(args), args.query)
    if args.json:
        print(json.dumps([{"id": h.id, "title": h.title, "match": h.how} for h in hits], ensure_ascii=False))
    elif not hits:
        print(f"Aucun guide ne correspond à « {args.query} ». Cherchez la démarche sur service-public.gouv.fr "
              "(tapez vous-même l'adresse), ou demandez à l'accueil.")
    else:
        for h in hits:
            print(f"{h.id:<36} {h.title}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.services.guide_packs import export_pack

    n = export_pack(_library(args), list(args.ids), args.out)
    print(f"{n} guide(s) exporté(s) dans {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.commands.errors import UsageError
    from app.services.guide_packs import PackError, ReplaceNeeded, import_pack

    pack = Path(args.pack)
    if not pack.is_file():
        raise UsageError(f"PACK.zip : fichier introuvable « {pack} »")
    try:
        report = import_pack(_library(args), pack, replace=args.replace)
    except PackError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("paquet refusé : aucun guide importé. Corrigez les guides ci-dessus puis refaites l'export.",
              file=sys.stderr)
        return 1
    except ReplaceNeeded as exc:
        for gid in exc.report.replaced:
            print(f"{gid} : guide local remplacé : " + " ; ".join(exc.report.changes.get(gid, [])), file=sys.stderr)
        print(f"--replace : le paquet remplacerait {len(exc.report.replaced)} guide(s) local(aux) (voir ci-dessus) : "
              "relancez avec --replace pour les remplacer ; rien n'a été importé", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                          "bundled_kept": report.bundled_kept, "changes": report.changes}, ensure_ascii=False))
    else:
        print(f"{len(report.added)} ajouté(s), {len(report.replaced)} remplacé(s), "
              f"{len(report.unchanged)} déjà identique(s)")
        for gid in report.bundled_kept:
            print(f"{gid} : guide fourni avec Pas à Pas, gardé tel quel (un import ne le remplace jamais ; "
                  "dupliquez-le pour en faire une variante locale)")
    return 0
