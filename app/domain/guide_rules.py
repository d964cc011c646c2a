"""The rules every guide follows (schema, official domains, FALC, freshness): pure checks, a list of problems.

`check_text(text, source, today=…, image_exists=…)` parses and validates one guide file's text and
returns the Guide (or None when it cannot be read) with every problem found. A problem names the file,
the line where known, the field, and says how to fix it; warnings do not stop a guide from loading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import ada_url
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from app.domain.guide import Guide, GuideError, parse_guide
from app.domain.vocab import ADMIN_THEME, DEMARCHES, LEVELS, THEMES

ERROR = "erreur"
WARNING = "avertissement"

# Official sites only: the State (*.gouv.fr) and the operators of the procedures. A host matches a
# domain when it is the domain itself or one of its subdomains.
ALLOWED_DOMAINS: tuple[str, ...] = (
    "gouv.fr",
    "ameli.fr",
    "caf.fr",
    "francetravail.fr",
    "laposte.fr",
    "info-retraite.fr",
    "monespacesante.fr",
    "service-public.fr",
    "lassuranceretraite.fr",
    "msa.fr",
    "doctolib.fr",
    "solidarite-numerique.fr",
    "agirc-arrco.fr",
    "urssaf.fr",
    "education.fr",
)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Addresses in step text: anything a browser would take for a web address (« https:\\evil », « https:/x »
# and a bare « www.… » included), checked by `url_problem` like the front matter's.
URL_IN_TEXT = re.compile(r"\b(?:https?:|www\.)[^\s)\]»>\"'<]+", re.IGNORECASE)
FALC_MAX_WORDS = 15
# A guide not checked against the official site for this many months is « à revoir ».
REVIEW_MONTHS = 6
# Until every bundled guide has FALC on every step, a step without it is a warning; then an error.
STEP_FALC_SEVERITY = ERROR
ITALICS = re.compile(r"(?<![*\w])(\*[^*\s][^*]*\*|_[^_\s][^_]*_)(?![*\w])")
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg")
OWN_IMAGE = re.compile(r"images/[A-Za-z0-9][A-Za-z0-9._-]*\.(?:png|jpe?g)", re.IGNORECASE)
MAX_DURATION = 8 * 60

# Limits on what one guide may hold (the biggest bundled guide: 4.7 kB, 10 steps, lines of 480
# characters). Far above any real guide, far below what stalls the import, sync or a handout.
MAX_GUIDE_BYTES = 200_000
MAX_STEPS = 60
MAX_LINE_CHARS = 4_000
MAX_VERSION = 1_000_000
MAX_IMAGE_BYTES = 5 * 1024 * 1024
IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a guide file: where, which field, what to do."""

    source: str
    field: str
    message: str
    line: int | None = None
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where} : {self.severity} : {self.field} : {self.message}"


def domain_allowed(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in ALLOWED_DOMAINS)


def _allowed_list() -> str:
    return f"*.gouv.fr, {', '.join(d for d in ALLOWED_DOMAINS if d != 'gouv.fr')}"


def _browser_url(url: str) -> tuple[ada_url.URL | None, str | None]:
    """`url` parsed as a browser parses it (WHATWG, `ada-url`), or why it is refused.

    A backslash, a space or a control character, or user-info (`name@`) are refused outright: browsers
    read them differently from other parsers, which is how « https://evil.example\\.gouv.fr » reached
    evil.example.
    """
    text = url.strip()
    if "\\" in text or any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return None, f"« {url} » contient une barre oblique inverse, un espace ou un caractère invisible : recopiez l'adresse du site officiel"
    try:
        parsed = ada_url.URL(text)
    except ValueError:
        return None, f"« {url} » n'est pas une adresse web complète : écrivez-la en entier, avec https://"
    if parsed.protocol not in ("https:", "http:") or not parsed.hostname:
        return None, f"« {url} » n'est pas une adresse web complète : écrivez-la en entier, avec https://"
    if parsed.username or parsed.password:
        return None, f"« {url} » contient un identifiant avant « @ » : mettez l'adresse du site officiel sans rien avant le nom du site"
    return parsed, None


def url_problem(url: str) -> str | None:
    """Why `url` is not an allowed official link, or None when it is (the host a browser would reach)."""
    parsed, why = _browser_url(url)
    if parsed is None:
        return why
    if not domain_allowed(parsed.hostname):
        return (
            f"« {parsed.hostname} » n'est pas un site officiel autorisé : mettez le lien du site officiel "
            f"(domaines autorisés : {_allowed_list()})"
        )
    if parsed.protocol != "https:":
        return f"« {url} » : utilisez l'adresse sécurisée, qui commence par https://"
    return None


def text_url_problem(url: str) -> str | None:
    """`url_problem` for an address found in step text, where a bare « www.… » is read as the browser's
    address bar reads it."""
    return url_problem("https://" + url if url.lower().startswith("www.") else url)


def official_href(url: str) -> str | None:
    """The address a browser (or a QR code reader) goes to for `url`, when it is an allowed official
    site; None otherwise. Print and encode this one, never the text as written."""
    if url_problem(url) is not None:
        return None
    parsed, _ = _browser_url(url)
    if parsed is None:
        return None
    if parsed.pathname == "/" and not parsed.search and not parsed.hash:
        return parsed.href.removesuffix("/")  # « https://impots.gouv.fr » as people write it
    return parsed.href


def _known(values: list[str], vocab: Iterable[str], what: str) -> list[str]:
    allowed = list(vocab)
    for v in values:
        if v not in allowed:
            raise ValueError(f"{what} inconnue « {v} » : choisissez parmi {', '.join(allowed)}")
    return values


class GuideSchema(BaseModel):
    """The front matter's content rules (types are already checked by the parser)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    title: str
    summary: str
    themes: list[str]
    demarches: list[str]
    official_urls: list[str]
    prerequisites: list[str]
    duration_minutes: int
    level: str
    version: int
    falc: str
    keywords: list[str]

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(
                f"« {v} » : l'identifiant s'écrit en minuscules sans accents, mots séparés par des tirets "
                "(par exemple « caf-prime-activite »)"
            )
        return v

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        if len(v) > 120:
            raise ValueError(f"titre trop long ({len(v)} caractères) : 120 au plus")
        return v

    @field_validator("summary")
    @classmethod
    def _summary(cls, v: str) -> str:
        if len(v) > 400:
            raise ValueError(f"résumé trop long ({len(v)} caractères) : 400 au plus, en une ou deux phrases")
        return v

    @field_validator("themes")
    @classmethod
    def _themes(cls, v: list[str]) -> list[str]:
        return _known(v, THEMES, "thématique")

    @field_validator("demarches")
    @classmethod
    def _demarches(cls, v: list[str]) -> list[str]:
        return _known(v, DEMARCHES, "démarche")

    @field_validator("official_urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for url in v:
            why = url_problem(url)
            if why:
                raise ValueError(why)
        return v

    @field_validator("duration_minutes")
    @classmethod
    def _duration(cls, v: int) -> int:
        if v > MAX_DURATION:
            raise ValueError(f"{v} minutes : une durée entre 1 et {MAX_DURATION} minutes est attendue")
        return v

    @field_validator("level")
    @classmethod
    def _level(cls, v: str) -> str:
        if v not in LEVELS:
            raise ValueError(f"niveau inconnu « {v} » : écrivez debutant, intermediaire ou avance")
        return v

    @model_validator(mode="after")
    def _demarches_need_admin_theme(self) -> GuideSchema:
        if self.demarches and ADMIN_THEME not in self.themes:
            raise ValueError(
                f"des démarches sont données sans la thématique « {ADMIN_THEME} » : ajoutez-la aux themes "
                "ou retirez les démarches"
            )
        return self


def _schema_problems(guide: Guide) -> list[Problem]:
    data = {
        "id": guide.id,
        "title": guide.title,
        "summary": guide.summary,
        "themes": list(guide.themes),
        "demarches": list(guide.demarches),
        "official_urls": list(guide.official_urls),
        "prerequisites": list(guide.prerequisites),
        "duration_minutes": guide.duration_minutes,
        "level": guide.level,
        "version": guide.version,
        "falc": guide.falc,
        "keywords": list(guide.keywords),
    }
    try:
        GuideSchema.model_validate(data)
    except ValidationError as exc:
        out = []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else "demarches"
            message = str(err["msg"]).removeprefix("Value error, ")
            out.append(Problem(guide.source, field, message, guide.front_matter_lines.get(field)))
        return out
    return []


def sentences(text: str) -> list[str]:
    """The sentences of a FALC text: one per line, and split again on . ! ?"""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s.strip())
    return out


def word_count(sentence: str) -> int:
    return len([w for w in sentence.split() if any(c.isalnum() for c in w)])


def _step_problems(guide: Guide, image_exists: Callable[[str], bool] | None) -> list[Problem]:
    out: list[Problem] = []
    if not guide.steps:
        out.append(Problem(guide.source, "étapes", "aucune étape : ajoutez au moins un titre « ## » suivi de son texte"))
    for n, step in enumerate(guide.steps, start=1):
        if not step.title:
            out.append(Problem(guide.source, f"étape {n}", "titre vide après « ## » : écrivez l'action", step.line))
        if not step.text.strip():
            out.append(
                Problem(
                    guide.source, f"étape {n}",
                    f"l'étape « {step.title} » n'a pas de texte : écrivez sous le titre ce que la personne fait",
                    step.line,
                )
            )
        for c in step.callouts:
            if not c.text:
                label = "Attention" if c.kind == "attention" else "Astuce"
                out.append(Problem(guide.source, f"étape {n}", f"bloc « {label} » vide : écrivez le message", step.line))
        if step.image:
            if not step.image.lower().endswith(IMAGE_EXTENSIONS):
                out.append(
                    Problem(guide.source, f"étape {n}",
                            f"image « {step.image} » : seules les images PNG ou JPEG sont acceptées", step.line)
                )
            elif not own_image_path(step.image):
                out.append(Problem(guide.source, f"étape {n}", f"image « {step.image} » : une image vient des "
                                   "fichiers du guide, écrivez images/nom-du-fichier.png", step.line))
            elif image_exists is not None and not image_exists(step.image):
                out.append(
                    Problem(guide.source, f"étape {n}",
                            f"image introuvable « {step.image} » : ajoutez le fichier à côté du guide "
                            "ou corrigez son chemin", step.line)
                )
        for url in URL_IN_TEXT.findall(step.text + "\n" + "\n".join(c.text for c in step.callouts)):
            why = text_url_problem(url.rstrip(".,;:"))
            if why:
                out.append(Problem(guide.source, f"étape {n}", why, step.line))
    return out


def _warnings(guide: Guide, today: date) -> list[Problem]:
    lines = guide.front_matter_lines
    out: list[Problem] = []
    out.extend(freshness_problems(guide, today))
    out.extend(falc_problems(guide))
    if ADMIN_THEME in guide.themes and not guide.demarches:
        out.append(Problem(guide.source, "demarches", "la thématique démarches administratives est choisie sans "
                           "domaine de démarche : ajoutez-en un (par exemple argent_impots)",
                           lines.get("demarches") or lines.get("themes"), WARNING))
    return out


def own_image_path(path: str) -> bool:
    """True for a picture among the guide's own files (`images/name.png`): never a path out of the guide's
    folder, an absolute path, or an address (file://, http://)."""
    return OWN_IMAGE.fullmatch(path) is not None


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def review_due(reviewed: date | None, today: date) -> bool:
    """True when a guide was last checked more than REVIEW_MONTHS months ago (or never): « à revoir »."""
    return reviewed is None or reviewed < months_before(today, REVIEW_MONTHS)


def freshness_problems(guide: Guide, today: date) -> list[Problem]:
    """The review date: in the future, or older than REVIEW_MONTHS months (a warning: the facts may be stale)."""
    line = guide.front_matter_lines.get("reviewed")
    if guide.reviewed > today:
        return [Problem(guide.source, "reviewed", f"date {guide.reviewed.isoformat()} dans le futur : "
                        "mettez la date où le guide a été vérifié", line, WARNING)]
    if review_due(guide.reviewed, today):
        return [Problem(guide.source, "reviewed", f"guide vérifié le {guide.reviewed.isoformat()}, il y a plus "
                        f"de {REVIEW_MONTHS} mois : revérifiez-le sur le site officiel puis mettez la date du jour",
                        line, WARNING)]
    return []


def _falc_sentence_problems(source: str, field: str, text: str, line: int | None) -> list[Problem]:
    out: list[Problem] = []
    for sentence in sentences(text):
        n = word_count(sentence)
        if n > FALC_MAX_WORDS:
            out.append(Problem(source, field, f"phrase de {n} mots « {sentence[:60]}… » : coupez-la en "
                               f"phrases de {FALC_MAX_WORDS} mots au plus", line, WARNING))
        if ITALICS.search(sentence):
            out.append(Problem(source, field, f"italique dans « {sentence[:60]} » : le texte facile à lire "
                               "n'a pas d'italique, mettez le mot en **gras** ou sans mise en forme", line, WARNING))
    return out


def falc_problems(guide: Guide) -> list[Problem]:
    """The measurable FALC rules (Inclusion Europe): every step has its easy-to-read text, a sentence has
    FALC_MAX_WORDS words at most, no italics. Both the guide's introduction (`falc:`) and each step."""
    out = _falc_sentence_problems(guide.source, "falc", guide.falc, guide.front_matter_lines.get("falc"))
    for n, step in enumerate(guide.steps, start=1):
        if not step.falc:
            out.append(Problem(guide.source, f"étape {n}",
                               f"l'étape « {step.title} » n'a pas de texte facile à lire : ajoutez sous l'étape "
                               "« > **Facile à lire :** » suivi d'une phrase courte par ligne", step.line,
                               STEP_FALC_SEVERITY))
        out.extend(_falc_sentence_problems(guide.source, f"étape {n} (facile à lire)", "\n".join(step.falc),
                                           step.line))
    return out


def validate(guide: Guide, *, today: date, image_exists: Callable[[str], bool] | None = None) -> list[Problem]:
    """Every problem of a parsed guide: errors first, then warnings."""
    return [*_schema_problems(guide), *_step_problems(guide, image_exists), *_warnings(guide, today)]


def size_problems(text: str, source: str) -> list[Problem]:
    """The limits checked before a guide is even parsed: file size, line length, YAML aliases (which
    would let a few bytes of front matter expand into gigabytes)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_GUIDE_BYTES:
        return [Problem(source, "fichier", f"guide trop gros ({size // 1000} ko) : {MAX_GUIDE_BYTES // 1000} ko au "
                        "plus ; coupez-le en plusieurs guides")]
    for n, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            return [Problem(source, "fichier", f"ligne de {len(line)} caractères : {MAX_LINE_CHARS} au plus, "
                            "allez à la ligne", n)]
    head = text.lstrip("\ufeff").split("\n---", 1)[0]
    try:
        aliased = any(isinstance(t, yaml.AliasToken | yaml.AnchorToken) for t in yaml.scan(head))
    except yaml.YAMLError:
        aliased = False  # the parser says what is wrong with it
    if aliased:
        return [Problem(source, "front matter", "les références YAML (« & » et « * ») ne sont pas acceptées : "
                        "écrivez chaque valeur en entier")]
    return []


def count_problems(guide: Guide) -> list[Problem]:
    """Limits on the parsed guide: number of steps, version."""
    out: list[Problem] = []
    if len(guide.steps) > MAX_STEPS:
        out.append(Problem(guide.source, "étapes", f"{len(guide.steps)} étapes : {MAX_STEPS} au plus ; coupez le "
                           "guide en plusieurs guides"))
    if guide.version > MAX_VERSION:
        out.append(Problem(guide.source, "version", f"version {guide.version} : un nombre entre 1 et {MAX_VERSION} "
                           "est attendu", guide.front_matter_lines.get("version")))
    return out


def image_problem(name: str, data: bytes, *, size: int | None = None) -> str | None:
    """Why image `name` (its bytes, or only its first bytes and its `size`) is not a PNG or JPEG image
    a guide may carry, or None."""
    size = len(data) if size is None else size
    if size > MAX_IMAGE_BYTES:
        return f"image « {name} » trop grosse ({size // 2**20} Mo) : {MAX_IMAGE_BYTES // 2**20} Mo au plus"
    if not data.startswith(IMAGE_MAGICS):
        return f"« {name} » n'est pas une image PNG ou JPEG : remplacez le fichier par une vraie image"
    return None


def check_text(
    text: str, source: str, *, today: date, image_exists: Callable[[str], bool] | None = None
) -> tuple[Guide | None, list[Problem]]:
    """Parse and validate one guide file's text: (the guide or None if unreadable, its problems)."""
    too_big = size_problems(text, source)
    if too_big:
        return None, too_big
    try:
        guide = parse_guide(text, source)
    except GuideError as exc:
        return None, [Problem(source, exc.field, exc.message, exc.line)]
    return guide, [*count_problems(guide), *validate(guide, today=today, image_exists=image_exists)]


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)
