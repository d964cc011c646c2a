"""The audit log's vocabulary: what is recorded, in words. Never a beneficiary's personal data."""

from __future__ import annotations

from enum import StrEnum

DETAIL_MAX = 300


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"                    # the desk locked itself after inactivity
    EXPORT = "export"
    ERASURE = "erasure"
    RETENTION = "retention"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_CHANGED = "account_changed"  # role, active, PIN, trusted desk
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGED = "password_changed"
    SETTINGS_CHANGED = "settings_changed"
    KIOSK_PIN_EXIT = "kiosk_pin_exit"
    PC_REMOVED = "pc_removed"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RESTORE = "restore"
    MERGE = "merge"
    PERMISSION_DENIED = "permission_denied"


AUDIT_LABELS: dict[AuditAction, str] = {
    AuditAction.LOGIN: "Connexion",
    AuditAction.LOGIN_FAILED: "Connexion refusée",
    AuditAction.LOCKED: "Poste verrouillé",
    AuditAction.EXPORT: "Export",
    AuditAction.ERASURE: "Effacement d'une personne",
    AuditAction.RETENTION: "Durée de conservation appliquée",
    AuditAction.ACCOUNT_CREATED: "Compte créé",
    AuditAction.ACCOUNT_CHANGED: "Compte modifié",
    AuditAction.PASSWORD_RESET: "Mot de passe réinitialisé",
    AuditAction.PASSWORD_CHANGED: "Mot de passe changé",
    AuditAction.SETTINGS_CHANGED: "Réglages modifiés",
    AuditAction.KIOSK_PIN_EXIT: "Sortie de la borne (code du personnel)",
    AuditAction.PC_REMOVED: "PC retiré du réseau",
    AuditAction.PASSPHRASE_CHANGED: "Phrase secrète changée",
    AuditAction.RESTORE: "Sauvegarde restaurée",
    AuditAction.MERGE: "Fusion de fiches (lieux, conseillers, personnes suivies)",
    AuditAction.PERMISSION_DENIED: "Action refusée (droits)",
}


def clean_detail(detail: str) -> str:
    """One line, at most DETAIL_MAX characters (a detail is a short fact: « 12 accompagnements, CSV »)."""
    line = " ".join(detail.split())
    return line if len(line) <= DETAIL_MAX else line[: DETAIL_MAX - 1] + "…"
