"""Search the guides as you type: FTS5 (accents folded, prefixes), synonyms, typo tolerance; title hits first.

One function, `search(db, query)`, used by the desk, the kiosk and `pasapas guides search`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any, cast

from rapidfuzz import fuzz, process

from app.domain.text import fold
from app.store.db import Database
from app.store.guide_index import BM25_WEIGHTS

# What people type → what the guides say. Keys and values are folded (no accents, lower case).
# Old names first (Pôle emploi, ANTS, espace particulier), then everyday words and abbreviations.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "pole emploi": ("france travail",),
    "pole emplois": ("france travail",),
    "anpe": ("france travail",),
    "chomage": ("france travail",),
    "assedic": ("france travail",),
    "secu": ("ameli", "assurance maladie"),
    "securite sociale": ("ameli", "assurance maladie"),
    "cpam": ("ameli",),
    "carte vitale": ("ameli",),
    "mutuelle": ("ameli",),
    "carte grise": ("certificat d immatriculation",),
    "immatriculation": ("carte grise",),
    "ants": ("france titres",),
    "mail": ("e mail", "email", "courriel"),
    "mails": ("e mail", "email"),
    "email": ("e mail",),
    "courriel": ("e mail",),
    "adresse mail": ("adresse e mail",),
    "gmail": ("adresse e mail",),
    "caf": ("allocations familiales",),
    "apl": ("aide au logement", "caf"),
    "allocation logement": ("aide au logement",),
    "rsa": ("caf",),
    "impot": ("impots",),
    "impots": ("finances publiques",),
    "taxes": ("impots",),
    "espace particulier": ("espace finances publiques",),
    "cni": ("carte d identite",),
    "carte identite": ("carte d identite",),
    "passeport": ("carte d identite",),
    "permis": ("permis de conduire",),
    "retraite": ("retraite",),
    "pension": ("retraite",),
    "phishing": ("hameconnage",),
    "fishing": ("hameconnage",),
    "arnaque": ("hameconnage",),
    "escroquerie": ("hameconnage",),
    "virus": ("hameconnage",),
    "mdp": ("mot de passe",),
    "password": ("mot de passe",),
    "facebook": ("reseaux sociaux",),
    "whatsapp": ("appel video",),
    "visio": ("appel video",),
    "skype": ("appel video",),
    "medecin": ("doctolib",),
    "rdv": ("rendez vous",),
    "dmp": ("mon espace sante",),
    "pronote": ("ent",),
    "ecole": ("educonnect",),
    "college": ("pronote",),
    "banque": ("banque en ligne",),
    "imprimante": ("imprimer",),
    "scanner": ("numeriser",),
    "portable": ("smartphone",),
    "telephone": ("smartphone",),
    "mobile": ("smartphone",),
    "cheque energie": ("cheque energie",),
    "facture electricite": ("cheque energie",),
    "prime activite": ("prime d activite",),
    "declaration trimestrielle": ("declaration trimestrielle",),
    "actualisation": ("actualiser",),
}
# Words that say nothing about which guide is wanted (folded).
_STOP_TEXT = (
    "a au aux avec ce ces comment d de des du en et faire fait j je l la le les ma mes mon ne pas pour qu que "
    "quoi sa se ses son sur ta tes ton un une veux voudrais vos votre y mettre besoin aide aider"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())
FUZZY_WHEN_FEWER_THAN = 3
FUZZY_MIN_SCORE = 70
MAX_RESULTS = 20


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    summary: str
    status: str
    score: float
    how: str  # "titre", "texte" or "approché"


def _terms(query: str) -> list[str]:
    words = fold(query).split()
    kept = [w for w in words if w not in STOP_WORDS]
    return kept or words


def _alternatives(terms: list[str]) -> list[list[str]]:
    """The query's terms, and the same with each known synonym phrase replaced."""
    text = " ".join(terms)
    alts = [terms]
    for key, values in SYNONYMS.items():
        if re.search(rf"(?:^| ){re.escape(key)}(?: |$)", text):
            for v in values:
                replaced = re.sub(rf"(?:^| ){re.escape(key)}(?: |$)", f" {v} ", text).split()
                if replaced not in alts:
                    alts.append(replaced)
    return alts


def _fts_group(terms: list[str], joiner: str) -> str:
    # Every term is a quoted prefix: FTS5 syntax characters in what was typed cannot break the query.
    return "(" + f" {joiner} ".join(f'"{t}"*' for t in terms) + ")"


def fts_query(query: str, *, all_terms: bool = True) -> str:
    """The FTS5 MATCH expression for a typed query ('' when nothing searchable was typed)."""
    terms = _terms(query)
    if not terms:
        return ""
    joiner = "AND" if all_terms else "OR"
    return " OR ".join(_fts_group(alt, joiner) for alt in _alternatives(terms))


_SQL = (
    "SELECT guide_id, title, summary, status, bm25(guide_fts, {w}) AS rank FROM guide_fts "
    "WHERE guide_fts MATCH ? {draft} ORDER BY rank LIMIT ?"
).format(w=", ".join(str(x) for x in BM25_WEIGHTS), draft="{draft}")


def _run(conn: sqlite3.Connection, match: str, include_drafts: bool, limit: int) -> list[tuple[Any, ...]]:
    sql = _SQL.format(draft="" if include_drafts else "AND status = 'published'")
    return conn.execute(sql, (match, limit)).fetchall()


def _title_hits(title: str, alts: list[list[str]]) -> int:
    words = fold(title).split()
    best = 0
    for terms in alts:
        # A whole word counts fully; a prefix fully only for the last term (the word being typed).
        n = 0.0
        for i, t in enumerate(terms):
            if t in words:
                n += 1
            elif any(w.startswith(t) for w in words):
                n += 1 if i == len(terms) - 1 else 0.5
        best = max(best, int(n * 100 / max(len(terms), 1)))
    return best


def _fuzzy(conn: sqlite3.Connection, query: str, include_drafts: bool, exclude: set[str]) -> list[SearchHit]:
    rows = conn.execute(
        "SELECT id, title, summary, status, keywords FROM guide WHERE deleted = 0"
        + ("" if include_drafts else " AND status = 'published'")
    ).fetchall()
    choices: dict[int, str] = {}
    owners: list[tuple[str, str, str, str]] = []
    for guide_id, title, summary, status, keywords in rows:
        if guide_id in exclude:
            continue
        for text in [title, *(_json_list(keywords))]:
            choices[len(owners)] = fold(text)
            owners.append((guide_id, title, summary, status))
    q = " ".join(_terms(query))
    found = process.extract(q, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_MIN_SCORE, limit=40)
    best: dict[str, SearchHit] = {}
    for _text, score, idx in found:
        guide_id, title, summary, status = owners[idx]
        if guide_id not in best or best[guide_id].score < score:
            best[guide_id] = SearchHit(guide_id, title, summary, status, float(score), "approché")
    return sorted(best.values(), key=lambda h: -h.score)


def _json_list(value: str | None) -> list[str]:
    import json

    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def search(db: Database, query: str, *, limit: int = MAX_RESULTS, include_drafts: bool = True) -> list[SearchHit]:
    """The guides matching what was typed, best first: title hits, then text hits, then near spellings."""
    match = fts_query(query)
    if not match:
        return []
    alts = _alternatives(_terms(query))
    raw = db.engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, raw.driver_connection)
        rows = _run(conn, match, include_drafts, limit * 3)
        if len(rows) < FUZZY_WHEN_FEWER_THAN and len(_terms(query)) > 1:
            seen = {r[0] for r in rows}
            rows += [r for r in _run(conn, fts_query(query, all_terms=False), include_drafts, limit * 3)
                     if r[0] not in seen]
        hits = []
        for guide_id, title, summary, status, rank in rows:
            in_title = _title_hits(title, alts)
            hits.append(SearchHit(guide_id, title, summary, status, in_title - rank, "titre" if in_title else "texte"))
        hits.sort(key=lambda h: -h.score)
        if len(hits) < FUZZY_WHEN_FEWER_THAN:
            hits += _fuzzy(conn, query, include_drafts, {h.id for h in hits})
    finally:
        raw.close()
    return hits[:limit]
