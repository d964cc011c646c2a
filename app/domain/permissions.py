"""Who may do what: the roles, the actions and the one permission matrix (role × action) the services check."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A staff account's role."""

    CONSEILLER = "conseiller"
    ADMIN = "admin"


ROLE_LABELS = {Role.CONSEILLER: "conseiller", Role.ADMIN: "administrateur"}


class Action(StrEnum):
    """Everything the matrix decides; the French label (below) is what a refusal names."""

    RECORD = "record"                      # record, edit, delete help sessions; the queue
    LIST = "list"                          # list sessions, read the log
    GUIDES = "guides"                      # read, write, import guides
    HANDOUTS = "handouts"                  # print handouts
    OWN_STATS = "own_stats"                # the conseiller's own statistics
    ALL_STATS = "all_stats"                # everyone's statistics
    EXPORT_ANONYMOUS = "export_anonymous"  # exports without names or notes (CRA, statistics)
    EXPORT_PERSONAL = "export_personal"    # exports with names or notes, a person's data (right of access)
    SYNC = "sync"                          # a sync round, the sync status
    BACKUP = "backup"                      # make a backup
    RESTORE = "restore"                    # restore a backup over the live database
    ERASE = "erase"                        # erase a followed person, run the retention by hand
    ACCOUNTS = "accounts"                  # create accounts, reset passwords, roles, trusted desk
    SETTINGS = "settings"                  # the PC's settings (site, conseiller, kiosk PIN, retention…)
    MERGE = "merge"                        # merge sites, conseillers or two records of a followed person
    REMOVE_PC = "remove_pc"                # remove a PC from the network, change the passphrase
    AUDIT = "audit"                        # read the audit log


ACTION_LABELS: dict[Action, str] = {
    Action.RECORD: "enregistrer un accompagnement",
    Action.LIST: "consulter le journal",
    Action.GUIDES: "gérer les guides",
    Action.HANDOUTS: "imprimer une fiche",
    Action.OWN_STATS: "voir ses statistiques",
    Action.ALL_STATS: "voir les statistiques de tous",
    Action.EXPORT_ANONYMOUS: "exporter sans nom ni notes",
    Action.EXPORT_PERSONAL: "exporter avec des noms ou des notes",
    Action.SYNC: "synchroniser",
    Action.BACKUP: "faire une sauvegarde",
    Action.RESTORE: "restaurer une sauvegarde",
    Action.ERASE: "effacer les données d'une personne",
    Action.ACCOUNTS: "gérer les comptes",
    Action.SETTINGS: "modifier les réglages",
    Action.MERGE: "fusionner des lieux, des conseillers ou des fiches de personnes suivies",
    Action.REMOVE_PC: "retirer un PC du réseau ou changer la phrase secrète",
    Action.AUDIT: "lire le journal d'audit",
}

_EVERYONE = frozenset(Role)
_ADMIN = frozenset({Role.ADMIN})

# The matrix, in one place. An action missing here is refused to everyone (a test checks none is).
MATRIX: dict[Action, frozenset[Role]] = {
    Action.RECORD: _EVERYONE,
    Action.LIST: _EVERYONE,
    Action.GUIDES: _EVERYONE,
    Action.HANDOUTS: _EVERYONE,
    Action.OWN_STATS: _EVERYONE,
    Action.EXPORT_ANONYMOUS: _EVERYONE,
    Action.SYNC: _EVERYONE,
    Action.BACKUP: _EVERYONE,
    Action.ALL_STATS: _ADMIN,
    Action.EXPORT_PERSONAL: _ADMIN,
    Action.RESTORE: _ADMIN,
    Action.ERASE: _ADMIN,
    Action.ACCOUNTS: _ADMIN,
    Action.SETTINGS: _ADMIN,
    Action.MERGE: _ADMIN,
    Action.REMOVE_PC: _ADMIN,
    Action.AUDIT: _ADMIN,
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a logged-in account, or the command line without `--as` (a conseiller's rights)."""

    name: str
    role: Role
    account_id: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


# The command line without `--as NAME`: scripts and scheduled tasks act with a conseiller's rights.
COMMAND_LINE = Actor("ligne de commande", Role.CONSEILLER)


class PermissionDenied(Exception):
    """An actor tried an action its role does not allow; the message says who may, and how."""

    def __init__(self, actor: Actor, action: Action) -> None:
        self.actor = actor
        self.action = action
        if actor.account_id is None:
            hint = "relancez avec --as NOM d'un compte administrateur"
        else:
            hint = "demandez à un administrateur de se connecter"
        super().__init__(f"droits : « {ACTION_LABELS[action]} » est réservé aux administrateurs ({hint})")


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX.get(action, frozenset())


def require(actor: Actor, action: Action) -> None:
    """Raise PermissionDenied unless `actor`'s role may do `action`."""
    if not allowed(actor.role, action):
        raise PermissionDenied(actor, action)
