"""A guide as simple HTML for the editor's live preview (QTextBrowser's rich-text subset)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.domain.guide import Guide
from app.domain.vocab import LEVELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidePreview", text)


def guide_html(guide: Guide, *, falc: bool = False) -> str:
    parts = [f"<h1>{escape(guide.title)}</h1>", f"<p><i>{escape(guide.summary)}</i></p>"]
    parts.append(
        "<p>" + escape(_tr("{minutes} min · niveau {level} · vérifié le {day}").format(
            minutes=guide.duration_minutes, level=LEVELS.get(guide.level, guide.level),
            day=guide.reviewed.strftime("%d/%m/%Y"))) + "</p>"
    )
    if falc:
        parts.append(f"<h2>{escape(_tr('Version facile à lire'))}</h2>")
        parts.extend(f"<p style='font-size:16pt'>{escape(line)}</p>" for line in guide.falc_lines)
        return "\n".join(parts)
    parts.append(f"<h2>{escape(_tr('Ce qu’il faut avant de commencer'))}</h2><ul>")
    parts.extend(f"<li>☐ {escape(p)}</li>" for p in guide.prerequisites)
    parts.append("</ul><p>" + " · ".join(f"<a href='{escape(u)}'>{escape(u)}</a>" for u in guide.official_urls) + "</p>")
    for n, step in enumerate(guide.steps, start=1):
        parts.append(f"<h3>{n}. {escape(step.title)}</h3>")
        parts.extend(f"<p>{escape(p)}</p>" for p in step.text.split("\n\n") if p)
        if step.image:
            parts.append(f"<p>[{escape(_tr('image'))} : {escape(step.image)}]</p>")
        for c in step.callouts:
            if c.kind == "attention":
                parts.append(
                    "<table width='100%' cellpadding='6' style='background:#fde7e7'><tr><td>"
                    f"<b>⚠ {escape(_tr('Attention'))} :</b> {escape(c.text)}</td></tr></table>"
                )
            else:
                parts.append(
                    "<table width='100%' cellpadding='6' style='background:#e6f2ea'><tr><td>"
                    f"<b>{escape(_tr('Astuce'))} :</b> {escape(c.text)}</td></tr></table>"
                )
    return "\n".join(parts)
