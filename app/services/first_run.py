"""A PC's first run: check a shared folder and passphrase, join or create the network, then set the PC up
with the network's own site and conseiller (picked from its lists, never a look-alike typed again)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.kiosk import check_pin
from app.domain.text import fold
from app.services import installation
from app.services.sync import crypto, errors, state
from app.services.sync.context import Progress
from app.services.sync.folder import FOLDER_FILE, init_network, open_network, root_of
from app.services.sync.round import run_round
from app.store import settings
from app.store.db import Database

ROLES = ("desk", "kiosk", "both")
FOLDER_FIELD = "Dossier partagé"
PASSPHRASE_FIELD = "Phrase secrète"


@dataclass(frozen=True)
class Joined:
    """What the first round brought: the network's sites and conseillers to pick from."""

    dataset: str
    sites: list[installation.SiteInfo]
    conseillers: list[installation.ConseillerInfo]
    imported: int = 0
    problems: list[str] = field(default_factory=list)


def has_network(folder: str) -> bool:
    return bool(folder.strip()) and (root_of(Path(folder.strip()).expanduser()) / FOLDER_FILE).exists()


def check_folder(folder: str) -> Path:
    """The shared folder, reachable and writable; else ValidationError saying what is wrong, in words."""
    if not folder.strip():
        raise ValidationError(FOLDER_FIELD, "choisissez le dossier partagé du réseau (« Parcourir… »)")
    ok, message = state.check_folder(folder)
    if not ok:
        raise ValidationError(FOLDER_FIELD, message)
    return Path(folder.strip()).expanduser()


def open_key(folder: str, passphrase: str) -> tuple[str, bytes]:
    """(dataset, key) of the network in `folder` for `passphrase`; ValidationError naming the field at fault."""
    share = check_folder(folder)
    if not has_network(folder):
        raise ValidationError(FOLDER_FIELD, f"aucun réseau Pas à Pas dans {share} : choisissez le dossier où un "
                                            "autre poste l'a créé, ou « Créer un nouveau réseau »")
    if not passphrase:
        raise ValidationError(PASSPHRASE_FIELD, "tapez la phrase secrète du réseau (demandez-la à qui l'a créé)")
    try:
        net = open_network(share)
        return net.dataset, net.derive(passphrase)
    except errors.WrongPassphrase as exc:
        raise ValidationError(PASSPHRASE_FIELD, "elle n'ouvre pas ce réseau : vérifiez-la (majuscules, accents, "
                                                "espaces)") from exc
    except errors.SyncError as exc:
        raise ValidationError(FOLDER_FIELD, str(exc)) from exc


def join(db: Database, folder: str, passphrase: str, *, remember: bool = True,
         progress: Progress | None = None) -> Joined:
    """Join the network in `folder`: check it, keep its settings on this PC, bring its data here (one round)."""
    dataset, key = open_key(folder, passphrase)
    state.save_settings(db, folder=folder, interval=state.DEFAULT_INTERVAL)
    if remember:
        state.remember_key(db, dataset, key)
    try:
        report = run_round(db, folder.strip(), key=key, progress=progress)
    except errors.SyncError as exc:
        raise ValidationError(FOLDER_FIELD, str(exc)) from exc
    return Joined(dataset, installation.list_sites(db), installation.list_conseillers(db),
                  report.imported, list(report.problems))


def create(db: Database, folder: str, passphrase: str, *, remember: bool = True, kdf_n: int | None = None) -> str:
    """Create a new network in `folder` (this is the town's first PC); returns its dataset id."""
    share = check_folder(folder)
    if has_network(folder):
        raise ValidationError(FOLDER_FIELD, f"{share} contient déjà un réseau Pas à Pas : choisissez « Rejoindre "
                                            "le réseau » et tapez sa phrase secrète")
    if len(passphrase) < 8:
        raise ValidationError(PASSPHRASE_FIELD, "au moins 8 caractères (une phrase facile à retenir, par exemple "
                              "« la médiathèque ouvre à neuf heures »)")
    try:
        net = init_network(share, passphrase, kdf_n=kdf_n or crypto.SCRYPT_N)
    except errors.SyncError as exc:
        raise ValidationError(FOLDER_FIELD, str(exc)) from exc
    state.save_settings(db, folder=folder, interval=state.DEFAULT_INTERVAL)
    if remember:
        state.remember_key(db, net.dataset, net.derive(passphrase))
    return net.dataset


def same_site(db: Database, name: str) -> installation.SiteInfo | None:
    """The network's site of that name, accents, case and spaces aside (« mediatheque  du carre… »)."""
    wanted = " ".join(fold(name).split())
    return next((s for s in installation.list_sites(db) if " ".join(fold(s.name).split()) == wanted), None)


def same_conseiller(db: Database, name: str) -> installation.ConseillerInfo | None:
    wanted = " ".join(fold(name).split())
    return next((c for c in installation.list_conseillers(db) if " ".join(fold(c.full_name).split()) == wanted), None)


@dataclass(frozen=True)
class Choices:
    """The wizard's answers: an existing site/conseiller (id) or a new one (name), and this PC."""

    device_name: str
    role: str
    site_id: str = ""
    new_site: str = ""
    site_details: dict[str, str] = field(default_factory=dict)
    conseiller_id: str = ""
    new_conseiller: str = ""
    kiosk_pin: str = ""


def finish(db: Database, choices: Choices) -> installation.Context:
    """Write the set-up. A « new » site or conseiller whose name the network already has is that one."""
    if choices.role not in ROLES:
        raise ValidationError("rôle du poste", f"« {choices.role} » inconnu", ROLES)
    if not choices.device_name.strip():
        raise ValidationError("Nom de ce poste", "donnez un nom à ce PC (par exemple PC-ACCUEIL-1)")
    if choices.role in ("kiosk", "both"):
        check_pin(choices.kiosk_pin)  # before anything is written
    site_id = choices.site_id
    if not site_id:
        existing = same_site(db, choices.new_site)
        site_id = existing.id if existing else installation.add_site(db, choices.new_site)
    conseiller_id = choices.conseiller_id
    if not conseiller_id:
        known = same_conseiller(db, choices.new_conseiller)
        conseiller_id = known.id if known else installation.add_conseiller(db, choices.new_conseiller)
    details = {k: v for k, v in choices.site_details.items() if v.strip()}
    ctx = installation.configure(db, device_name=choices.device_name, site_id=site_id, conseiller_id=conseiller_id,
                                 site_details=details)
    settings.put(db, settings.PC_ROLE, choices.role)
    if choices.role in ("kiosk", "both"):
        from app.services.kiosk.settings import set_staff_pin

        set_staff_pin(db, choices.kiosk_pin)
    return ctx
