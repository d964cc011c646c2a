"""Guide text is text: our own Markdown subset (**gras** only) made into safe markup; anything else is shown as typed.

A guide may come from another town's pack or from the sync: its title, summary, steps and callouts may
contain HTML (« <span style=font-size:40pt> », « <a href=…>impots.gouv.fr</a> », « <img src=file:///…> »).
Screens and handouts never let Qt or ReportLab interpret it: every character is escaped, then only the
markup this module writes itself (<b>, <br/>) is added.
"""

from __future__ import annotations

import re
from html import escape

BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def plain(text: str) -> str:
    """The text without our markup (for titles, lists, tooltips, speech): « **Valider** » → « Valider »."""
    return BOLD.sub(r"\1", text)


def to_markup(text: str) -> str:
    """Escaped text with **gras** as <b>…</b> and line breaks as <br/>: safe for Qt rich text and ReportLab."""
    out: list[str] = []
    last = 0
    for m in BOLD.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append("<b>" + escape(m.group(1)) + "</b>")
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")
