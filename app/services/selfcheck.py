"""`pasapas selfcheck`: prove an installation works, step by step, in a throw-away data directory.

Each step returns what it checked (one line in words) or raises; a failed step is reported and the next
ones still run when they can. The window steps (desk, kiosk) are added by the UI layer.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app import paths

HANDOUT_FONT = b"DejaVuSans"


@dataclass(frozen=True)
class StepResult:
    """One checked thing: its name, ok or not, and what was seen (or what failed) in words."""

    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        mark = "ok " if self.ok else "ÉCHEC"
        return f"{mark} {self.name} : {self.detail}"


@dataclass
class SelfCheck:
    """The run: a temporary data directory, the database once migrated, and the results so far."""

    folder: Path
    db: Any = None
    results: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)

    def run(self, name: str, step: Callable[[SelfCheck], str], *, needs_db: bool = False) -> StepResult:
        start = time.perf_counter()
        if needs_db and self.db is None:
            result = StepResult(name, False, "non vérifié : la base de données n'a pas pu être créée", 0.0)
        else:
            try:
                result = StepResult(name, True, step(self), time.perf_counter() - start)
            except Exception as exc:  # every failure becomes one line: the next steps still run
                result = StepResult(name, False, describe(exc), time.perf_counter() - start)
        self.results.append(result)
        return result

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "version": app_version(), "resources": str(paths.resources_dir()),
                "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail, "seconds": round(r.seconds, 3)}
                           for r in self.results]}

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()
            self.db = None
        shutil.rmtree(self.folder, ignore_errors=True)


def describe(exc: BaseException) -> str:
    from app.store.health import describe_failure

    if isinstance(exc, SelfCheckFailed):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError):  # a frozen bundle that missed a module: name it
        return f"module Python absent de l'installation : {exc.name or exc} ; réinstallez Pas à Pas"
    if isinstance(exc, ImportError):
        return f"importation impossible ({exc}) : installation incomplète ou mélangée ; réinstallez Pas à Pas"
    return describe_failure(exc)


class SelfCheckFailed(Exception):
    """A step saw something wrong: the message says what, in words."""


def app_version() -> str:
    from app import __version__

    return __version__


def start() -> SelfCheck:
    return SelfCheck(Path(tempfile.mkdtemp(prefix="pasapas-selfcheck-")))


# --- the steps ---------------------------------------------------------------------------------------


def check_resources(run: SelfCheck) -> str:
    """The bundled files are where the resolver says: guides, fonts, kiosk icons, translations."""
    root = paths.resources_dir()
    guides = sorted(paths.resource("guides").glob("*.md"))
    if not guides:
        raise SelfCheckFailed(f"aucun guide dans {root / 'guides'} : réinstallez Pas à Pas")
    missing = [f for f in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") if not paths.resource("fonts", f).is_file()]
    if missing:
        raise SelfCheckFailed(f"police absente de {root / 'fonts'} : {', '.join(missing)} ; réinstallez Pas à Pas")
    icons = list(paths.resource("kiosk", "icons").glob("*.svg"))
    translations = list(paths.resource("translations").glob("*.qm"))
    return (f"{root} : {len(guides)} guides, 2 polices, {len(icons)} icônes de la borne, "
            f"{len(translations)} traduction(s) compilée(s)")


def check_migrations(run: SelfCheck) -> str:
    """A new database, created by every migration up to this version's schema."""
    from app.store.migrate import HEAD_REVISION, current_revision
    from app.store.open import open_data_dir

    run.db = open_data_dir(run.folder)
    revision = current_revision(paths.database_path(run.folder))
    if revision != HEAD_REVISION:
        raise SelfCheckFailed(f"schéma {revision} au lieu de {HEAD_REVISION} après les migrations")
    return f"base créée au schéma {HEAD_REVISION} dans un dossier temporaire"


def check_guides(run: SelfCheck) -> str:
    """The bundled guides are valid and load into the database."""
    from app.services import guides

    report = guides.load_bundled(run.db)
    if report.problems:
        raise SelfCheckFailed(f"{len(report.problems)} guide(s) refusé(s), dont : {report.problems[0]}")
    count = len(guides.list_guides(run.db))
    if count == 0:
        raise SelfCheckFailed("aucun guide chargé")
    return f"{count} guides vérifiés et chargés"


def set_up(run: SelfCheck) -> str:
    """A help point as the first-run wizard makes it (its first admin included: without one the desk would
    wait for a person to create it), and a little activity for the report."""
    import secrets

    from app.services import accounts, demo, installation

    installation.set_up(run.db, site_name="Médiathèque (auto-test)", device_name="PC-AUTOTEST",
                        conseiller_name="Camille Autotest")
    accounts.create_first_admin(run.db, "Admin Autotest", secrets.token_urlsafe(16))
    demo.generate(run.db, 40, seed=3)
    return "lieu, poste, conseiller, administrateur et 40 accompagnements de démonstration enregistrés"


def check_handout(run: SelfCheck) -> str:
    """A handout of a bundled guide renders as a PDF with its font embedded."""
    from app.services import handouts
    from app.services.handout_pdf import HandoutOptions

    bundled = handouts.bundled_guides()
    if not bundled:
        raise SelfCheckFailed("aucun guide à imprimer")
    guide = next(iter(bundled.values()))
    pdf = handouts.render([guide], HandoutOptions(first_name="Test", large=True), None)
    _check_pdf(pdf, "fiche")
    return f"fiche « {guide.title} » en gros caractères : PDF de {len(pdf) // 1024} ko, police DejaVu intégrée"


def check_report(run: SelfCheck) -> str:
    """The activity report of the demo data renders as a PDF."""
    from app.services import report_pdf

    today = date.today()
    data = report_pdf.gather(run.db, date(today.year - 2, 1, 1), today)
    pdf = report_pdf.render(data)
    _check_pdf(pdf, "rapport")
    return f"rapport d'activité de {data.current.figures.sessions} accompagnements : PDF de {len(pdf) // 1024} ko"


def _check_pdf(pdf: bytes, what: str) -> None:
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-64:]:
        raise SelfCheckFailed(f"{what} : le fichier produit n'est pas un PDF complet")
    if HANDOUT_FONT not in pdf:
        raise SelfCheckFailed(f"{what} : la police DejaVu n'est pas intégrée (caractères en carrés à l'impression)")


SERVICE_STEPS: tuple[tuple[str, Callable[[SelfCheck], str], bool], ...] = (
    ("ressources", check_resources, False),
    ("migrations", check_migrations, False),
    ("guides", check_guides, True),
    ("poste", set_up, True),
    ("fiche", check_handout, False),
    ("rapport", check_report, True),
)
