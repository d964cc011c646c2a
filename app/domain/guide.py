"""A step-by-step guide: its value objects and the parser of the guide file format.

A guide file is Markdown with a YAML front matter (see resources/guides/ and the README). The body is a
list of steps: each `## ` heading starts one, its paragraphs are the text, `> **Attention :** …` and
`> **Astuce :** …` lines are warnings and tips, `![légende](images/x.png)` an optional image, and
`> **Facile à lire :** …` opens the step's FALC text: one sentence a line, each further line starting `> `.
Parsing is pure: text in, Guide out, or a GuideError naming the line and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import yaml

from app.domain.yaml_messages import explain

CALLOUT = re.compile(r"^>\s*\*\*(Attention|Astuce)\s*:?\s*\*\*\s*:?\s*(.*)$", re.IGNORECASE)
FALC_BLOCK = re.compile(r"^>\s*\*\*Facile à lire\s*:?\s*\*\*\s*:?\s*(.*)$", re.IGNORECASE)
QUOTE_LINE = re.compile(r"^>\s?(.*)$")
IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<path>[^)\s]+)\)\s*$")
SCAM_WARNING = (
    "Méfiez-vous des faux sites payants. Tapez vous-même l'adresse exacte du site officiel, ou partez de "
    "service-public.gouv.fr. Les sites de l'État finissent par .gouv.fr, jamais par gouv.org ou -gouv.com ; "
    "une adresse en .fr seule ne prouve rien. Les résultats marqués « Annonce » sont des publicités. "
    "Ne donnez jamais vos coordonnées bancaires pour une démarche gratuite."
)


class GuideError(ValueError):
    """A guide file that cannot be read: where (file, line) and what (field), with the fix."""

    def __init__(self, source: str, field: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.field = field
        self.message = message
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where} : {field} : {message}")


@dataclass(frozen=True)
class Callout:
    kind: str  # "attention" or "astuce"
    text: str


@dataclass(frozen=True)
class GuideStep:
    title: str
    text: str
    callouts: tuple[Callout, ...] = ()
    image: str | None = None
    image_alt: str = ""
    line: int = 0
    falc: tuple[str, ...] = ()  # the step in easy-to-read French, one sentence an item

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.callouts if c.kind == "attention")

    @property
    def tips(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.callouts if c.kind == "astuce")


@dataclass(frozen=True)
class Guide:
    id: str
    title: str
    summary: str
    themes: tuple[str, ...]
    demarches: tuple[str, ...]
    official_urls: tuple[str, ...]
    prerequisites: tuple[str, ...]
    duration_minutes: int
    level: str
    reviewed: date
    version: int
    falc: str
    steps: tuple[GuideStep, ...]
    scam_warning: bool = False
    keywords: tuple[str, ...] = ()
    source: str = ""
    front_matter_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def falc_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.falc.splitlines() if line.strip())


def split_front_matter(text: str, source: str) -> tuple[dict, str, int]:
    """(front matter as a dict, body, line number where the body starts)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise GuideError(source, "front matter", "le fichier doit commencer par une ligne « --- »", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise GuideError(source, "front matter", "la ligne « --- » qui ferme l'en-tête manque", len(lines)) from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        line, why = explain(exc, first_line=2)  # the front matter starts on the file's second line
        raise GuideError(source, "front matter", f"en-tête illisible, {why}" if line else f"en-tête illisible : {why}",
                         line) from None
    except (ValueError, OverflowError):
        # PyYAML builds « 2026-02-30 » into a date and fails outside its own error type.
        raise GuideError(source, "front matter", "date impossible (par exemple un 30 février) : écrivez une vraie "
                         "date au format AAAA-MM-JJ", None) from None
    if not isinstance(meta, dict):
        raise GuideError(source, "front matter", "l'en-tête doit être une liste de champs « nom: valeur »", 2)
    return meta, "\n".join(lines[end + 1 :]), end + 2


def front_matter_lines(text: str) -> dict[str, int]:
    """Line number of each top-level front-matter key (for error messages)."""
    out: dict[str, int] = {}
    for i, line in enumerate(text.lstrip("\ufeff").splitlines()[1:], start=2):
        if line.strip() == "---":
            break
        m = re.match(r"^([A-Za-z_]+)\s*:", line)
        if m:
            out.setdefault(m.group(1), i)
    return out


def parse_steps(body: str, source: str, first_line: int) -> tuple[GuideStep, ...]:
    steps: list[GuideStep] = []
    title: str | None = None
    start = 0
    paragraphs: list[str] = []
    callouts: list[Callout] = []
    image: tuple[str, str] | None = None
    current: list[str] = []
    falc: list[str] = []
    in_falc = False

    def close() -> None:
        nonlocal paragraphs, callouts, image, current, falc
        if current:
            paragraphs.append(" ".join(current))
            current = []
        if title is not None:
            steps.append(
                GuideStep(
                    title=title,
                    text="\n\n".join(paragraphs),
                    callouts=tuple(callouts),
                    image=image[1] if image else None,
                    image_alt=image[0] if image else "",
                    line=start,
                    falc=tuple(falc),
                )
            )
        paragraphs, callouts, image, falc = [], [], None, []

    for offset, raw in enumerate(body.splitlines()):
        line = raw.strip()
        lineno = first_line + offset
        if raw.startswith("## "):
            close()
            in_falc = False
            title, start = raw[3:].strip(), lineno
            continue
        if in_falc:
            q = QUOTE_LINE.match(line)
            if q and not CALLOUT.match(line) and not FALC_BLOCK.match(line):
                if q.group(1).strip():
                    falc.append(q.group(1).strip())
                continue
            in_falc = False
        if raw.startswith("#"):
            raise GuideError(source, "étapes", "seuls les titres « ## » (une étape chacun) sont permis", lineno)
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if title is None:
            raise GuideError(source, "étapes", "du texte avant la première étape : commencez par « ## Titre »", lineno)
        m = FALC_BLOCK.match(line)
        if m:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if falc:
                raise GuideError(source, "étapes", "deux blocs « Facile à lire » dans une même étape", lineno)
            in_falc = True
            if m.group(1).strip():
                falc.append(m.group(1).strip())
            continue
        m = CALLOUT.match(line)
        if m:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            callouts.append(Callout(m.group(1).lower(), m.group(2).strip()))
            continue
        m = IMAGE.match(line)
        if m:
            image = (m.group("alt"), m.group("path"))
            continue
        current.append(line)
    close()
    return tuple(steps)


def _tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    return (str(value),)


def parse_guide(text: str, source: str = "<guide>") -> Guide:
    """Parse a guide file's text. Structural problems raise GuideError; the content rules (allowed
    domains, known themes, lengths…) are checked by the guide validator, not here."""
    meta, body, body_line = split_front_matter(text, source)
    lines = front_matter_lines(text)

    def need(key: str) -> object:
        value = meta.get(key)
        if value is None or (isinstance(value, str | list) and not value):
            raise GuideError(source, key, "champ obligatoire manquant ou vide", lines.get(key))
        return value

    reviewed = need("reviewed")
    if isinstance(reviewed, str):
        try:
            reviewed = date.fromisoformat(reviewed)
        except ValueError:
            raise GuideError(source, "reviewed", "date attendue au format AAAA-MM-JJ", lines.get("reviewed")) from None
    if not isinstance(reviewed, date):
        raise GuideError(source, "reviewed", "date attendue au format AAAA-MM-JJ", lines.get("reviewed"))
    for key in ("duration_minutes", "version"):
        value = need(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise GuideError(source, key, "un nombre entier positif est attendu", lines.get(key))
    return Guide(
        id=str(need("id")).strip(),
        title=str(need("title")).strip(),
        summary=str(need("summary")).strip(),
        themes=_tuple(need("themes")),
        demarches=_tuple(meta.get("demarches")),
        official_urls=_tuple(need("official_urls")),
        prerequisites=_tuple(need("prerequisites")),
        duration_minutes=int(meta["duration_minutes"]),
        level=str(need("level")).strip(),
        reviewed=reviewed,
        version=int(meta["version"]),
        falc=str(need("falc")).strip(),
        steps=parse_steps(body, source, body_line),
        scam_warning=bool(meta.get("scam_warning", False)),
        keywords=_tuple(meta.get("keywords")),
        source=source,
        front_matter_lines=lines,
    )


def searchable_body(guide: Guide) -> str:
    """The steps as plain text (titles, text, warnings, tips), for the search index."""
    parts: list[str] = []
    for step in guide.steps:
        parts.append(step.title)
        parts.append(step.text)
        parts.extend(c.text for c in step.callouts)
        parts.extend(step.falc)
    return "\n".join(p for p in parts if p)


def image_paths(guide: Guide) -> tuple[str, ...]:
    """The image paths the steps refer to, relative to the guide file, in order, without repeats."""
    return tuple(dict.fromkeys(s.image for s in guide.steps if s.image))


def steps_as_data(guide: Guide) -> list[dict[str, object]]:
    """The steps as plain JSON-able data (stored with the guide)."""
    return [
        {
            "title": s.title,
            "text": s.text,
            "callouts": [{"kind": c.kind, "text": c.text} for c in s.callouts],
            "image": s.image,
            "image_alt": s.image_alt,
            "falc": list(s.falc),
        }
        for s in guide.steps
    ]


def slugify(text: str) -> str:
    """« Créer un compte Ameli ! » → « creer-un-compte-ameli » (a guide id)."""
    from app.domain.text import fold_words as fold

    return "-".join(fold(text).split())[:80].strip("-")


def new_guide_template(guide_id: str, title: str, today: date) -> str:
    """The Markdown of a new guide, with every field to fill in (the editor starts from it)."""
    return f"""---
id: {guide_id}
title: {title}
summary: Vous saurez …
themes: [demarches_administratives]
demarches: [papiers_citoyennete]
official_urls:
  - https://www.service-public.gouv.fr
prerequisites:
  - Votre adresse e-mail et son mot de passe
duration_minutes: 20
level: debutant
reviewed: {today.isoformat()}
version: 1
keywords: []
falc: |
  Vous allez sur le site officiel.
  Vous suivez les étapes.
---

## Ouvrir le site officiel

Tapez vous-même l'adresse du site dans le navigateur.

> **Astuce :** Ajoutez le site à vos favoris.

> **Facile à lire :** Ouvrez internet.
> Tapez vous-même l'adresse du site.
"""


def with_front_matter_value(text: str, key: str, value: str) -> str:
    """The guide text with one top-level front-matter scalar replaced (used to rename a duplicate)."""
    lines = text.splitlines()
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            break
        if re.match(rf"^{re.escape(key)}\s*:", line):
            lines[i] = f"{key}: {value}"
            return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
    return text
