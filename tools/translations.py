"""`make translations`: the catalogues from the code (lupdate), the French one filled, the .qm built (lrelease).

The code's tr() texts are written in French, so the French translation of a new text is its source: this
tool fills it in and marks it finished. A French entry somebody rewrote (Qt Linguist) keeps its wording;
one marked unfinished there (« à revoir ») stays unfinished and the catalogue test fails until it is
finished. The other catalogues (English) get each new text unfinished, for a translator. Only the
languages in SHIPPED get a .qm (the others would show half-translated screens): translate
`pasapas_en.ts` in Qt Linguist, add "en" to SHIPPED, run `make translations`.

`python -m tools.translations` updates everything; `--check` changes nothing and exits 1 when the
catalogues are not up to date with the code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
SHIPPED = ("fr",)

_MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>([^<]*)</source>")
_EMPTY_FORM = re.compile(r"<numerusform></numerusform>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"pasapas_{language}.ts"


def compiled(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"pasapas_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: from PATH, else beside this Python (the venv)."""
    found = shutil.which(f"pyside6-{name}") or Path(sys.executable).parent / f"pyside6-{name}"
    return str(found)


def extract(ts: Path, sources: Path = SOURCES) -> None:
    """Add the code's new texts to `ts` (unfinished), drop the texts the code no longer has."""
    files = [str(p) for p in sorted(sources.rglob("*.py"))]  # lupdate's folder scan skips .py files
    subprocess.run(
        [tool("lupdate"), *files, "-ts", str(ts), "-locations", "none", "-no-obsolete",
         "-source-language", "fr_FR", "-disable-heuristic", "sametext", "-disable-heuristic", "similartext",
         "-silent"],  # no guessed translations: a new text comes empty, marked unfinished
        check=True,
    )


def fill_french(text: str) -> str:
    """Every new entry of the French catalogue (unfinished and empty): its translation is its French source,
    finished (each plural form too). An entry with a translation is left as it is, finished or not."""

    def fill(match: re.Match[str]) -> str:
        block = match.group(0)
        source = _SOURCE.search(block)
        if source is None or 'type="unfinished"' not in block:
            return block
        if "<numerusform>" in block:
            if re.search(r"<numerusform>[^<]+</numerusform>", block):
                return block
            block = _EMPTY_FORM.sub(lambda _m: f"<numerusform>{source.group(1)}</numerusform>", block)
            return block.replace('<translation type="unfinished">', "<translation>")
        return block.replace('<translation type="unfinished"></translation>',
                             f"<translation>{source.group(1)}</translation>")

    return _MESSAGE.sub(fill, text)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> list[Message]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append(Message(
                context=name,
                source=message.findtext("source") or "",
                translation=(translation.text or "") if translation is not None else "",
                state=(translation.get("type") or "") if translation is not None else "unfinished",
            ))
    return out


def update(folder: Path = FOLDER, sources: Path = SOURCES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = catalogue(language, folder)
        extract(ts, sources)
        if language == "fr":
            ts.write_text(fill_french(ts.read_text(encoding="utf-8")), encoding="utf-8")
        if language in SHIPPED:
            release(ts, compiled(language, folder))


def up_to_date(folder: Path = FOLDER, sources: Path = SOURCES) -> list[str]:
    """What `update` would change, in words (empty: the catalogues match the code)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for language in LANGUAGES:
            if catalogue(language, folder).exists():
                shutil.copy(catalogue(language, folder), copy)
        update(copy, sources)
        for language in LANGUAGES:
            names = [catalogue(language, folder).name]
            names += [compiled(language, folder).name] if language in SHIPPED else []
            for name in names:
                mine, fresh = folder / name, copy / name
                if not mine.exists() or mine.read_bytes() != fresh.read_bytes():
                    problems.append(f"{mine.relative_to(folder.parent.parent) if mine.is_relative_to(ROOT) else mine}"
                                    " n'est pas à jour avec le code : lancez « make translations »")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = up_to_date()
        for line in problems:
            print(line)
        return 1 if problems else 0
    update()
    for language in LANGUAGES:
        found = messages(catalogue(language))
        done = sum(1 for m in found if not m.state)
        print(f"{catalogue(language).name} : {done} textes traduits sur {len(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
