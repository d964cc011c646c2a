"""Guide packs: a zip of guide files and their images, to share guides between towns; import is all-or-nothing.

Layout: `manifest.json`, then one folder per guide, `<id>/<id>.md` and `<id>/images/…`, so that the image
paths written in a guide (`images/x.png`) stay true inside the pack.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath
from typing import IO

from app.domain.clock import local_day, now_utc
from app.domain.errors import ValidationError
from app.domain.faults import describe
from app.domain.guide import Guide, GuideError, image_paths, parse_guide
from app.domain.guide_rules import (
    MAX_GUIDE_BYTES,
    MAX_IMAGE_BYTES,
    Problem,
    check_text,
    has_errors,
    image_problem,
)
from app.services import guides
from app.services.user_files import write_user_file
from app.store.db import Database
from app.store.models import GuideRow

FORMAT = "pasapas-guides"
FORMAT_VERSION = 1
MAX_PACK_BYTES = 100 * 1024 * 1024  # bytes really decompressed, counted while reading
MAX_MEMBERS = 2_000
MAX_MANIFEST_BYTES = 64 * 1024
CHUNK = 64 * 1024


class PackError(Exception):
    """A pack that cannot be imported: every problem found; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class ImportReport:
    """What an import does (or would do): guides added, local guides replaced (with what changes),
    identical ones, and bundled guides the pack carried but that an import never replaces."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    bundled_kept: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)


class ReplaceNeeded(Exception):
    """The pack would replace local guides: nothing was written; `report.changes` says what would change."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(", ".join(report.replaced))


def export_pack(db: Database, guide_ids: list[str], out: str | os.PathLike[str]) -> int:
    """Write the guides and their images into a zip (written aside, then renamed). Returns the guide count."""
    details = []
    for gid in guide_ids:
        d = guides.get_guide(db, gid)
        if d is None:
            raise ValidationError("ID", f"guide inconnu « {gid} » (voir « pasapas guides list »)")
        details.append(d)
    def write(fh: IO[bytes]) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(
                {"format": FORMAT, "version": FORMAT_VERSION, "guides": [d.guide.id for d in details]},
                ensure_ascii=False))
            for d in details:
                z.writestr(f"{d.guide.id}/{d.guide.id}.md", d.source)
                for rel in image_paths(d.guide):
                    data = guides.image_bytes(db, d.guide.id, rel)
                    if data is not None:
                        z.writestr(f"{d.guide.id}/{rel}", data)

    write_user_file(out, write, field="--out", protected=[db.path], create_folder=True)
    return len(details)


def _safe(name: str) -> bool:
    p = PurePosixPath(name)
    return (not p.is_absolute() and ".." not in p.parts and "\\" not in name and ":" not in name
            and not any(ord(c) < 0x20 for c in name))


class _Budget:
    """Bytes really read out of the pack, against its cap: the sizes a zip declares are not trusted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.left = MAX_PACK_BYTES
        self.reading: str | None = None  # the member being read (named when it turns out damaged)

    def read(self, z: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
        """The member's bytes, read in chunks; `_TooBig` once past `cap` or the pack's budget."""
        self.reading = info.filename
        limit = min(cap, self.left)
        chunks: list[bytes] = []
        got = 0
        with z.open(info) as fh:
            while True:
                chunk = fh.read(min(CHUNK, limit + 1 - got))
                if not chunk:
                    break
                got += len(chunk)
                if got > limit:
                    raise _TooBig(info.filename, cap if cap <= self.left else MAX_PACK_BYTES)
                chunks.append(chunk)
        self.left -= got
        return b"".join(chunks)


class _TooBig(Exception):
    def __init__(self, name: str, cap: int) -> None:
        self.name, self.cap = name, cap


# What reading a damaged or hostile member can raise (bad CRC, truncated stream, encrypted member,
# unsupported compression…): all mean « this pack is damaged », never a traceback.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError)


ZIP_START = b"PK\x03\x04"
NEW_EXPORT = "demandez à l'autre point d'aide un nouvel export (« pasapas guides export »)"


def _not_a_pack(path: Path) -> str:
    """Why `path` does not open as a zip, in words: empty, cut short (a zip's start, no end), or no zip at all."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(ZIP_START))
    except OSError as exc:
        return describe(exc, path)
    if not head:
        return f"{path} : fichier vide : ce n'est pas un paquet de guides ; {NEW_EXPORT}"
    if head == ZIP_START:
        return (f"{path} : paquet incomplet (fichier .zip coupé : copie ou téléchargement interrompu) : "
                f"copiez-le de nouveau, ou {NEW_EXPORT}")
    return (f"{path} : ce n'est pas un paquet de guides lisible (pas un fichier .zip) : choisissez le fichier "
            f".zip reçu, ou {NEW_EXPORT}")


def _damaged_member(path: Path, name: str | None, exc: BaseException) -> str:
    what = f"« {name} »" if name else "son sommaire"
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
        return describe(exc, path)
    if isinstance(exc, RuntimeError | NotImplementedError):  # a password, or a compression zipfile lacks
        return (f"{path} : {what} est chiffré ou compressé d'une façon que Pas à Pas ne lit pas : "
                f"{NEW_EXPORT}")
    return (f"{path} : paquet abîmé, {what} est illisible (fichier coupé ou modifié en route) : "
            f"copiez-le de nouveau, ou {NEW_EXPORT}")


def read_pack(path: Path, today: date) -> tuple[list[tuple[Guide, str, dict[str, bytes]]], list[str]]:
    """Every guide of a pack with its images, validated; and the problems (any problem refuses the pack)."""
    try:
        z = zipfile.ZipFile(path)
    except _DAMAGED as exc:
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
            return [], [describe(exc, path)]
        return [], [_not_a_pack(path)]
    with z:
        budget = _Budget(path)
        try:
            return _read_members(z, path, today, budget)
        except _TooBig as big:
            return [], [f"{path} : « {big.name} » dépasse {big.cap // 1000} ko une fois décompressé : "
                        "paquet refusé (trop gros ou falsifié)"]
        except _DAMAGED as exc:
            return [], [_damaged_member(path, budget.reading, exc)]


def _read_members(
    z: zipfile.ZipFile, path: Path, today: date, budget: _Budget
) -> tuple[list[tuple[Guide, str, dict[str, bytes]]], list[str]]:
    problems: list[str] = []
    found: list[tuple[Guide, str, dict[str, bytes]]] = []
    infos = [i for i in z.infolist() if not i.is_dir()]
    if len(infos) > MAX_MEMBERS:
        return [], [f"{path} : {len(infos)} fichiers dans le paquet : {MAX_MEMBERS} au plus"]
    counts = Counter(i.filename for i in infos)
    twice = sorted(n for n, c in counts.items() if c > 1)
    if twice:
        return [], [f"{path} : « {twice[0]} » est présent deux fois dans le paquet : paquet refusé "
                    "(un paquet falsifié peut cacher un fichier derrière un autre)"]
    by_name = {i.filename: i for i in infos}
    bad = sorted(n for n in by_name if not _safe(n))
    if bad:
        return [], [f"{path} : chemin refusé dans le paquet : {bad[0]!r}"]
    if "manifest.json" not in by_name:
        return [], [f"{path} : manifest.json manquant : ce n'est pas un paquet de guides Pas à Pas"]
    try:
        manifest = json.loads(budget.read(z, by_name["manifest.json"], MAX_MANIFEST_BYTES))
    except ValueError:
        return [], [f"{path} : manifest.json illisible : ce n'est pas un paquet de guides Pas à Pas"]
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return [], [f"{path} : ce n'est pas un paquet de guides Pas à Pas"]
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return [], [f"{path} : manifest.json : version illisible : ce n'est pas un paquet de guides Pas à Pas"]
    if version > FORMAT_VERSION:
        return [], [f"{path} : paquet d'une version plus récente de Pas à Pas : mettez Pas à Pas à jour"]
    md_files = sorted(n for n in by_name if n.endswith(".md"))
    if not md_files:
        problems.append(f"{path} : aucun guide dans le paquet")
    seen: set[str] = set()
    for name in md_files:
        folder = str(PurePosixPath(name).parent)
        prefix = "" if folder == "." else folder + "/"
        try:
            text = budget.read(z, by_name[name], MAX_GUIDE_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name} : fichier : le fichier n'est pas en UTF-8")
            continue

        def exists(rel: str, folder_prefix: str = prefix) -> bool:
            return folder_prefix + rel in by_name

        guide, found_problems = check_text(text, name, today=today, image_exists=exists)
        problems.extend(str(p) for p in found_problems if p.is_error)
        if guide is None or has_errors(found_problems):
            continue
        if guide.id in seen:
            problems.append(str(Problem(name, "id", f"id « {guide.id} » présent deux fois dans le paquet")))
            continue
        seen.add(guide.id)
        images: dict[str, bytes] = {}
        for rel in image_paths(guide):
            data = budget.read(z, by_name[prefix + rel], MAX_IMAGE_BYTES)
            why = image_problem(rel, data)
            if why:
                problems.append(str(Problem(name, "image", why)))
            images[rel] = data
        found.append((guide, text, images))
    return found, problems


def _listed(values: Iterable[str]) -> str:
    return ", ".join(values) or "aucun"


def describe_changes(old: Guide, new: Guide) -> list[str]:
    """What replacing guide `old` by `new` changes, in the words of the library (one line each)."""
    out: list[str] = []
    if old.title != new.title:
        out.append(f"titre : « {old.title} » → « {new.title} »")
    if old.version != new.version:
        out.append(f"version : {old.version} → {new.version}")
    gone = [u for u in old.official_urls if u not in new.official_urls]
    came = [u for u in new.official_urls if u not in old.official_urls]
    if gone or came:
        out.append(f"sites officiels : ajoutés {_listed(came)} ; retirés {_listed(gone)}")
    for label, a, b in (("résumé", old.summary, new.summary), ("version facile à lire", old.falc, new.falc)):
        if a != b:
            out.append(f"{label} modifié")
    if (old.themes, old.demarches) != (new.themes, new.demarches):
        out.append("thématiques ou démarches modifiées")
    if old.prerequisites != new.prerequisites:
        out.append("ce qu'il faut avant de commencer : modifié")
    before = [(st.title, st.text, st.callouts, st.image) for st in old.steps]
    after = [(st.title, st.text, st.callouts, st.image) for st in new.steps]
    changed = sum(1 for a, b in zip(before, after, strict=False) if a != b)
    if changed or len(before) != len(after):
        out.append(f"étapes : {len(before)} → {len(after)}, dont {changed} modifiée(s)")
    return out or ["mise en forme seulement"]


def plan_import(db: Database, path: Path, *, today: date | None = None) -> tuple[ImportReport, list]:
    """What importing the pack would do, without writing: (report, the validated guides).
    Raises PackError when the pack is refused."""
    found, problems = read_pack(path, today or local_day(now_utc()))
    if problems:
        raise PackError(problems)
    report = ImportReport()
    with db.read() as s:
        for guide, text, _images in found:
            row = s.get(GuideRow, guide.id)
            if row is not None and row.origin == guides.BUNDLED:
                (report.unchanged if row.source == text and not row.deleted else report.bundled_kept).append(guide.id)
            elif row is None or row.deleted:
                report.added.append(guide.id)
            elif row.source == text:
                report.unchanged.append(guide.id)
            else:
                report.replaced.append(guide.id)
                try:
                    old = parse_guide(row.source, guide.id)
                except GuideError:
                    report.changes[guide.id] = ["le guide actuel est illisible : il serait remplacé en entier"]
                else:
                    report.changes[guide.id] = describe_changes(old, guide)
    return report, found


def import_pack(db: Database, path: Path, *, replace: bool = False, today: date | None = None) -> ImportReport:
    """Import every guide of a pack in one transaction, or nothing at all (PackError lists why).

    A bundled guide is never replaced by an import (it stays as the State's text; the pack's copy is
    reported in `bundled_kept`). Replacing a local guide needs `replace=True`; without it ReplaceNeeded
    says what would change and nothing is written.
    """
    report, found = plan_import(db, path, today=today)
    if report.replaced and not replace:
        raise ReplaceNeeded(report)
    wanted = set(report.added) | set(report.replaced)
    with db.write() as s:
        for guide, text, images in found:
            if guide.id not in wanted:
                continue
            row = s.get(GuideRow, guide.id)
            if row is None:
                row = GuideRow(id=guide.id, origin=guides.LOCAL)
                s.add(row)
            elif row.origin == guides.BUNDLED:  # loaded by another process meanwhile: still never replaced
                continue
            row.deleted = False
            guides._fill(row, guide, text)
            row.status = guides.PUBLISHED
            for rel, data in images.items():
                guides._store_image(s, guide.id, rel, data)
    return report
