"""Read guide files from folders and check them all: one report of valid guides and problems, never a crash."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.guide import Guide, image_paths
from app.domain.guide_rules import (
    ERROR,
    MAX_GUIDE_BYTES,
    Problem,
    check_text,
    has_errors,
    image_problem,
)


@dataclass(frozen=True)
class GuideFile:
    """A valid guide read from a file: the parsed guide, its text and where it lives."""

    guide: Guide
    text: str
    path: Path


@dataclass
class CheckReport:
    files: list[GuideFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def guide_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The `.md` files named or found directly in the folders given, in name order."""
    out: list[Path] = []
    problems: list[Problem] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.glob("*.md") if x.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            problems.append(Problem(str(p), "fichier", "introuvable : vérifiez le chemin du dossier ou du fichier"))
    return out, problems


def check_file(path: Path, today: date) -> tuple[GuideFile | None, list[Problem]]:
    """Read and check one file; its images are looked up next to it."""
    try:
        size = path.stat().st_size
        if size > MAX_GUIDE_BYTES:  # said before reading a byte of it
            return None, [Problem(str(path), "fichier", f"guide trop gros ({size // 1000} ko) : "
                                  f"{MAX_GUIDE_BYTES // 1000} ko au plus ; coupez-le en plusieurs guides")]
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(str(path), "fichier", "le fichier n'est pas en UTF-8 : enregistrez-le en UTF-8")]
    except OSError as exc:
        return None, [Problem(str(path), "fichier", f"illisible ({exc.strerror or exc})")]
    base = path.parent
    guide, problems = check_text(text, str(path), today=today, image_exists=lambda rel: (base / rel).is_file())
    if guide is not None:
        for rel in image_paths(guide):
            why = _image_file_problem(base / rel)
            if why:
                problems.append(Problem(str(path), "image", why))
    if guide is not None and path.suffix == ".md" and path.stem != guide.id:
        problems.append(
            Problem(str(path), "id", f"le fichier doit s'appeler « {guide.id}.md » comme l'id du guide "
                    "(ou changez l'id)", guide.front_matter_lines.get("id"))
        )
    if guide is None or has_errors(problems):
        return None, problems
    return GuideFile(guide, text, path), problems


def _image_file_problem(path: Path) -> str | None:
    try:
        if not path.is_file():
            return None  # reported as missing by the rules
        with path.open("rb") as fh:
            return image_problem(path.name, fh.read(16), size=path.stat().st_size)
    except OSError as exc:
        return f"image « {path.name} » illisible ({exc.strerror or exc})"


def check_paths(paths: Iterable[Path], today: date) -> CheckReport:
    """Check every guide file of the folders/files given, plus ids used twice."""
    files, problems = guide_paths(paths)
    report = CheckReport(problems=problems)
    seen: dict[str, Path] = {}
    for path in files:
        gf, found = check_file(path, today)
        report.problems.extend(found)
        if gf is None:
            continue
        first = seen.get(gf.guide.id)
        if first is not None:
            report.problems.append(
                Problem(str(path), "id", f"id « {gf.guide.id} » déjà utilisé par {first.name} : donnez un id unique",
                        gf.guide.front_matter_lines.get("id"), ERROR)
            )
            continue
        seen[gf.guide.id] = path
        report.files.append(gf)
    return report
