"""What can stop a sync round, each with a message in words for the conseiller."""

from __future__ import annotations

import errno


class SyncError(Exception):
    """A round could not run; the message says why and what to do."""


class ShareUnavailable(SyncError):
    """The shared folder cannot be used now (missing, unmounted, read-only, full): retry later."""


class DamagedFolder(SyncError):
    """FOLDER.json holds values no Pas à Pas writes (key parameters out of bounds): the folder is damaged."""


class WrongPassphrase(SyncError):
    """The passphrase does not open this network's files."""


class MissingPassphrase(SyncError):
    """No passphrase given and none remembered on this PC for this network."""


class KeyChanged(MissingPassphrase):
    """The network moved to a new key that this PC did not receive: the new passphrase is needed here."""


def unavailable(exc: OSError, where: str) -> ShareUnavailable:
    """The « dossier partagé indisponible » error for an I/O failure, in words."""
    reasons = {
        errno.ENOSPC: "le dossier partagé est plein",
        errno.EROFS: "le dossier partagé est en lecture seule",
        errno.EACCES: "pas le droit d'écrire dans le dossier partagé",
        errno.EPERM: "pas le droit d'écrire dans le dossier partagé",
        errno.ENOENT: "le dossier partagé est introuvable (clé USB retirée ou partage non connecté ?)",
        errno.ENOTDIR: "le chemin du dossier partagé n'est pas un dossier",
    }
    why = reasons.get(exc.errno or 0, f"erreur d'accès ({exc.strerror or exc})")
    return ShareUnavailable(f"dossier partagé indisponible : {why} — {where}. Nouvel essai plus tard.")
