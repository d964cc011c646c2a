"""Guide packs: a zip of guide files and their images, to share guides between towns; import is all-or-nothing.

Layout: `manifest.json`, then one folder per guide, `<id>/<id>.md` and `<id>/images/…`, so that the image
paths written in a guide (`images/x.png`) stay true inside the pack.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.guide import Guide, image_paths
from app.domain.guide_rules import Problem, check_text, has_errors
from app.services import guides
from app.store.db import Database
from app.store.models import GuideRow

FORMAT = "pasapas-guides"
FORMAT_VERSION = 1
MAX_PACK_BYTES = 100 * 1024 * 1024


class PackError(Exception):
    """A pack that cannot be imported: every problem found; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def export_pack(db: Database, guide_ids: list[str], out: Path) -> int:
    """Write the guides and their images into a zip (written aside, then renamed). Returns the guide count."""
    details = []
    for gid in guide_ids:
        d = guides.get_guide(db, gid)
        if d is None:
            raise ValidationError("ID", f"guide inconnu « {gid} » (voir « pasapas guides list »)")
        details.append(d)
    tmp = out.with_name(out.name + ".tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(
            {"format": FORMAT, "version": FORMAT_VERSION, "guides": [d.guide.id for d in details]}, ensure_ascii=False))
        for d in details:
            z.writestr(f"{d.guide.id}/{d.guide.id}.md", d.source)
            for rel in image_paths(d.guide):
                data = guides.image_bytes(db, d.guide.id, rel)
                if data is not None:
                    z.writestr(f"{d.guide.id}/{rel}", data)
    tmp.replace(out)
    return len(details)


def _safe(name: str) -> bool:
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts and "\\" not in name


def read_pack(path: Path, today: date) -> tuple[list[tuple[Guide, str, dict[str, bytes]]], list[str]]:
    """Every guide of a pack with its images, validated; and the problems (any problem refuses the pack)."""
    problems: list[str] = []
    found: list[tuple[Guide, str, dict[str, bytes]]] = []
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        return [], [f"{path} : ce n'est pas un paquet de guides lisible ({exc}) : demandez un nouvel export"]
    with z:
        infos = z.infolist()
        if sum(i.file_size for i in infos) > MAX_PACK_BYTES:
            return [], [f"{path} : paquet trop gros (plus de {MAX_PACK_BYTES // 2**20} Mo)"]
        names = {i.filename for i in infos if not i.is_dir()}
        bad = sorted(n for n in names if not _safe(n))
        if bad:
            return [], [f"{path} : chemin refusé dans le paquet : {bad[0]}"]
        try:
            manifest = json.loads(z.read("manifest.json"))
        except (KeyError, ValueError):
            return [], [f"{path} : manifest.json manquant ou illisible : ce n'est pas un paquet de guides Pas à Pas"]
        if manifest.get("format") != FORMAT or not isinstance(manifest.get("version"), int):
            return [], [f"{path} : ce n'est pas un paquet de guides Pas à Pas"]
        if manifest["version"] > FORMAT_VERSION:
            return [], [f"{path} : paquet d'une version plus récente de Pas à Pas : mettez Pas à Pas à jour"]
        md_files = sorted(n for n in names if n.endswith(".md"))
        if not md_files:
            problems.append(f"{path} : aucun guide dans le paquet")
        seen: set[str] = set()
        for name in md_files:
            folder = str(PurePosixPath(name).parent)
            prefix = "" if folder == "." else folder + "/"
            try:
                text = z.read(name).decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{name} : fichier : le fichier n'est pas en UTF-8")
                continue
            def exists(rel: str, folder_prefix: str = prefix) -> bool:
                return folder_prefix + rel in names

            guide, found_problems = check_text(text, name, today=today, image_exists=exists)
            problems.extend(str(p) for p in found_problems if p.is_error)
            if guide is None or has_errors(found_problems):
                continue
            if guide.id in seen:
                problems.append(str(Problem(name, "id", f"id « {guide.id} » présent deux fois dans le paquet")))
                continue
            seen.add(guide.id)
            images = {rel: z.read(prefix + rel) for rel in image_paths(guide)}
            found.append((guide, text, images))
    return found, problems


def import_pack(db: Database, path: Path, *, today: date | None = None) -> ImportReport:
    """Import every guide of a pack in one transaction, or nothing at all (PackError lists why)."""
    found, problems = read_pack(path, today or local_day(now_utc()))
    if problems:
        raise PackError(problems)
    report = ImportReport()
    with db.write() as s:
        for guide, text, images in found:
            row = s.get(GuideRow, guide.id)
            if row is not None and not row.deleted and row.source == text:
                report.unchanged.append(guide.id)
                continue
            if row is None:
                row = GuideRow(id=guide.id, origin=guides.LOCAL)
                s.add(row)
                report.added.append(guide.id)
            else:
                report.replaced.append(guide.id)
                if row.origin == guides.BUNDLED:
                    row.locally_modified = True
            row.deleted = False
            guides._fill(row, guide, text)
            row.status = guides.PUBLISHED
            for rel, data in images.items():
                guides._store_image(s, guide.id, rel, data)
    return report
