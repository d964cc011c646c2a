"""A guide as the editor's form holds it (plain fields, steps as a list), and back to the guide file format.

`draft_of(guide)` reads a parsed Guide into a GuideDraft; `render(draft)` writes the same file format as
the bundled guides (YAML front matter, `## ` steps, callouts, `> **Facile à lire :** …`), so that a file
written by the form is parsed back to the same guide. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml

from app.domain.guide import Guide


@dataclass
class StepDraft:
    """One step of the form: its action (title), what to do, its FALC text, callouts and picture."""

    title: str = ""
    text: str = ""
    falc: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    image: str = ""
    image_alt: str = ""


@dataclass
class GuideDraft:
    """Every field of a guide file, as the form edits it."""

    id: str
    title: str
    summary: str = ""
    themes: list[str] = field(default_factory=list)
    demarches: list[str] = field(default_factory=list)
    official_urls: list[str] = field(default_factory=list)
    prerequisites: list[str] = field(default_factory=list)
    duration_minutes: int = 20
    level: str = "debutant"
    reviewed: date = field(default_factory=lambda: date(2026, 1, 1))
    version: int = 1
    keywords: list[str] = field(default_factory=list)
    falc: list[str] = field(default_factory=list)
    scam_warning: bool = False
    steps: list[StepDraft] = field(default_factory=list)


def draft_of(guide: Guide) -> GuideDraft:
    return GuideDraft(
        id=guide.id, title=guide.title, summary=guide.summary, themes=list(guide.themes),
        demarches=list(guide.demarches), official_urls=list(guide.official_urls),
        prerequisites=list(guide.prerequisites), duration_minutes=guide.duration_minutes, level=guide.level,
        reviewed=guide.reviewed, version=guide.version, keywords=list(guide.keywords),
        falc=list(guide.falc_lines), scam_warning=guide.scam_warning,
        steps=[
            StepDraft(title=s.title, text=s.text, falc=list(s.falc), warnings=list(s.warnings), tips=list(s.tips),
                      image=s.image or "", image_alt=s.image_alt)
            for s in guide.steps
        ],
    )


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a multi-line field, trimmed (one prerequisite, site or sentence a line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _scalar(value: object) -> str:
    """A YAML scalar on one line, quoted only when YAML needs it."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=True)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def _flow(values: list[str]) -> str:
    """A YAML flow list (« [a, 'yes', 'a, b'] »), each item quoted when a flow context needs it."""
    return yaml.safe_dump(list(values), allow_unicode=True, width=1_000_000, default_flow_style=True).strip()


def _block(values: list[str]) -> list[str]:
    return [f"  - {_scalar(v)}" for v in values] if values else []


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    """A step's text as paragraphs: blank lines separate them, other line breaks join (as the parser does)."""
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def render(draft: GuideDraft) -> str:
    """The guide file's text for a draft (the format of resources/guides/*.md)."""
    head = [
        "---",
        f"id: {_scalar(draft.id.strip())}",
        f"title: {_scalar(_one_line(draft.title))}",
        f"summary: {_scalar(_one_line(draft.summary))}",
        f"themes: {_flow(draft.themes)}",
        f"demarches: {_flow(draft.demarches)}",
        "official_urls:" + ("" if draft.official_urls else " []"),
        *_block(draft.official_urls),
        "prerequisites:" + ("" if draft.prerequisites else " []"),
        *_block(draft.prerequisites),
        f"duration_minutes: {int(draft.duration_minutes)}",
        f"level: {draft.level}",
        f"reviewed: {draft.reviewed.isoformat()}",
        f"version: {int(draft.version)}",
    ]
    if draft.scam_warning:
        head.append("scam_warning: true")
    head.append(f"keywords: {_flow(draft.keywords)}")
    falc = [_one_line(line) for line in draft.falc if line.strip()]
    head += ["falc: |", *(f"  {line}" for line in falc)] if falc else ["falc: ''"]
    head.append("---")
    body: list[str] = []
    for step in draft.steps:
        body += ["", f"## {_one_line(step.title)}", ""]
        for p in _paragraphs(step.text):
            body += [p, ""]
        if step.image:
            body += [f"![{_one_line(step.image_alt).replace(']', ')')}]({step.image.strip()})", ""]
        for kind, texts in (("Attention", step.warnings), ("Astuce", step.tips)):
            for t in texts:
                if t.strip():
                    body += [f"> **{kind} :** {_one_line(t)}", ""]
        falc_lines = [_one_line(line) for line in step.falc if line.strip()]
        if falc_lines:
            body += [f"> **Facile à lire :** {falc_lines[0]}", *(f"> {line}" for line in falc_lines[1:]), ""]
    while body and body[-1] == "":
        body.pop()
    return "\n".join(head + body) + "\n"
