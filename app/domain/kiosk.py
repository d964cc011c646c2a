"""The kiosk's themes (what a visitor taps), its per-visit print budget and the staff PIN rules. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from app.domain.errors import ValidationError

IDLE_SECONDS_DEFAULT = 120
IDLE_SECONDS_RANGE = (30, 1800)
IDLE_WARNING_SECONDS = 20  # RGAA: the person can extend a time limit; this is how long they have to
PAGES_PER_VISIT_DEFAULT = 10
PAGES_PER_VISIT_RANGE = (1, 100)
PIN_LENGTH = (4, 12)
PIN_TRIES = 5  # wrong PINs in a row before the staff gesture is refused for a while
PIN_LOCK = timedelta(minutes=1)
FIRST_NAME_MAX = 30


@dataclass(frozen=True)
class KioskTheme:
    """A tile of the kiosk's home: plain words, an icon, which guides it shows, what a ticket records.

    A guide belongs to the tile when it shares a CRA thématique, a démarche or an official site's domain
    with it. `ticket_themes` / `ticket_demarches` are what the desk's form is pre-filled with.
    """

    slug: str
    label: str
    icon: str
    themes: tuple[str, ...] = ()
    demarches: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    ticket_themes: tuple[str, ...] = ()
    ticket_demarches: tuple[str, ...] = ()

    def matches(self, themes: tuple[str, ...], demarches: tuple[str, ...], urls: tuple[str, ...]) -> bool:
        if set(themes) & set(self.themes) or set(demarches) & set(self.demarches):
            return True
        hosts = {host_of(u) for u in urls}
        return any(h == d or h.endswith("." + d) for h in hosts for d in self.domains)


ADMIN = "demarches_administratives"
# The order is the home screen's order. Labels are translated by the UI (QT_TRANSLATE_NOOP there).
THEMES: tuple[KioskTheme, ...] = (
    KioskTheme("impots", "Impôts", "receipt-euro", demarches=("argent_impots",), domains=("impots.gouv.fr",),
               ticket_themes=(ADMIN,), ticket_demarches=("argent_impots",)),
    KioskTheme("sante", "Santé", "heart-pulse", themes=("sante",),
               domains=("ameli.fr", "monespacesante.fr", "doctolib.fr"), ticket_themes=("sante",)),
    KioskTheme("caf", "CAF", "house-heart", domains=("caf.fr",), ticket_themes=(ADMIN,),
               ticket_demarches=("social_sante",)),
    KioskTheme("emploi", "Emploi", "briefcase-business", themes=("insertion_professionnelle",),
               demarches=("travail_formation",), domains=("francetravail.fr",),
               ticket_themes=("insertion_professionnelle",)),
    KioskTheme("papiers", "Papiers d'identité", "id-card", demarches=("papiers_citoyennete", "transports_mobilite"),
               domains=("ants.gouv.fr",), ticket_themes=(ADMIN,), ticket_demarches=("papiers_citoyennete",)),
    KioskTheme("email", "E-mail", "mail", themes=("email",), ticket_themes=("email",)),
    KioskTheme("arnaques", "Se protéger des arnaques", "shield-alert", themes=("securite_numerique",),
               ticket_themes=("securite_numerique",)),
    KioskTheme("appareils", "Téléphone et ordinateur", "smartphone",
               themes=("prendre_en_main_materiel", "bureautique", "diagnostic_numerique"),
               ticket_themes=("prendre_en_main_materiel",)),
    KioskTheme("famille", "Famille et école", "graduation-cap", themes=("parentalite", "scolarite"),
               demarches=("famille_scolarite",), ticket_themes=("scolarite",)),
    KioskTheme("retraite", "Retraite", "piggy-bank", domains=("info-retraite.fr", "lassuranceretraite.fr"),
               ticket_themes=(ADMIN,), ticket_demarches=("social_sante",)),
)
# « Je voudrais de l'aide » offers the tiles and one more choice.
OTHER = KioskTheme("autre", "Autre chose", "message-circle-question-mark")


def theme(slug: str) -> KioskTheme:
    for t in (*THEMES, OTHER):
        if t.slug == slug:
            return t
    raise ValidationError("thème", f"inconnu « {slug} »", [t.slug for t in (*THEMES, OTHER)])


def host_of(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def display_url(url: str) -> str:
    """« https://www.caf.fr/allocataires » → « caf.fr/allocataires »: what a person types themselves."""
    host = host_of(url)
    path = urlsplit(url).path.rstrip("/") if "//" in url else ""
    return f"{host}{path}" if host else url


def clean_first_name(text: str) -> str:
    """An optional first name to be called by: trimmed, one line, at most FIRST_NAME_MAX characters."""
    name = " ".join(text.split())
    if len(name) > FIRST_NAME_MAX:
        raise ValidationError("prénom", f"{FIRST_NAME_MAX} lettres au plus (ou laissez vide)")
    return name


def check_idle_seconds(value: int) -> int:
    low, high = IDLE_SECONDS_RANGE
    if not low <= value <= high:
        raise ValidationError("délai d'inactivité", f"{value} s : entre {low} et {high} secondes")
    return value


def check_pages_per_visit(value: int) -> int:
    low, high = PAGES_PER_VISIT_RANGE
    if not low <= value <= high:
        raise ValidationError("pages par visite", f"{value} : entre {low} et {high} pages")
    return value


def check_pin(pin: str) -> str:
    low, high = PIN_LENGTH
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise ValidationError("code du personnel", f"de {low} à {high} chiffres, sans espace ni lettre")
    return pin


@dataclass(frozen=True)
class KioskSettings:
    """A kiosk's per-PC settings (defaults until the database is read)."""

    idle_seconds: int = IDLE_SECONDS_DEFAULT
    pages_per_visit: int = PAGES_PER_VISIT_DEFAULT
    pin_set: bool = False


@dataclass
class PrintBudget:
    """Pages a visitor may still print during this visit (reset with the visit)."""

    limit: int
    printed: int = 0

    @property
    def left(self) -> int:
        return max(0, self.limit - self.printed)

    def allows(self, pages: int) -> bool:
        return 0 < pages <= self.left

    def spend(self, pages: int) -> None:
        if not self.allows(pages):
            raise ValidationError("impression", f"{pages} page(s) demandée(s), {self.left} restante(s) pour cette visite")
        self.printed += pages


@dataclass
class PinGuard:
    """Wrong staff PINs in a row lock the PIN entry for a while (a visitor trying codes)."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def record(self, ok: bool, now: datetime) -> None:
        if ok:
            self.failures, self.locked_until = 0, None
            return
        self.failures += 1
        if self.failures >= PIN_TRIES:
            self.failures, self.locked_until = 0, now + PIN_LOCK
