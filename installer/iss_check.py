"""Read the [Files] section of an Inno Setup script and tell whether a bundled file is named or globbed there.

Used by `make dist-check` (against the built folder) and by tests/packaging (against the spec's contents).
Paths are relative to the bundle (`pasapas.exe`, `_internal/resources/guides/x.md`), with `/`.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "{#BundleDir}"
_PARAM = re.compile(r'\s*(\w+)\s*:\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)')


@dataclass(frozen=True)
class FileRule:
    """One `Source:` line: a folder of the bundle, a file pattern, recursion and exclusions."""

    folder: str  # relative to the bundle, '' for its root
    pattern: str
    recurse: bool
    excludes: tuple[str, ...]

    def covers(self, path: str) -> bool:
        folder, _, name = path.rpartition("/")
        if self.folder:
            if not (folder == self.folder or (self.recurse and folder.startswith(self.folder + "/"))):
                return False
            rel = path[len(self.folder) + 1:]
        else:
            if folder and not self.recurse:
                return False
            rel = path
        if not fnmatch.fnmatchcase(name, self.pattern):
            return False
        return not any(_excluded(rel, ex) for ex in self.excludes)


def _excluded(rel: str, pattern: str) -> bool:
    """Inno's rule: a pattern starting with a backslash matches from the source folder, else any path's end."""
    pattern = pattern.replace("\\", "/")
    if pattern.startswith("/"):
        return fnmatch.fnmatchcase("/" + rel, pattern)
    parts = rel.split("/")
    return any(fnmatch.fnmatchcase("/".join(parts[i:]), pattern) for i in range(len(parts)))


def _params(line: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _PARAM.finditer(line):
        value = m.group(2).strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        out[m.group(1).lower()] = value
    return out


def parse_files(iss: Path) -> list[FileRule]:
    """The [Files] entries whose Source is inside the bundle."""
    rules: list[FileRule] = []
    section = ""
    for raw in iss.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].lower()
            continue
        if section != "files":
            continue
        p = _params(line)
        source = p.get("source", "")
        if not source.startswith(BUNDLE + "\\"):
            continue
        rel = source[len(BUNDLE) + 1:].replace("\\", "/")
        folder, _, pattern = rel.rpartition("/")
        flags = {f.strip().lower() for f in p.get("flags", "").split()}
        excludes = tuple(e.strip() for e in p.get("excludes", "").split(",") if e.strip())
        rules.append(FileRule(folder, pattern, "recursesubdirs" in flags, excludes))
    return rules


def covered(path: str, rules: list[FileRule]) -> bool:
    return any(rule.covers(path) for rule in rules)
