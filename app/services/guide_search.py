"""Search the guides as you type: FTS5 (accents folded, prefixes), synonyms, typo tolerance; title hits first.

One function, `search(db, query)`, used by the desk, the kiosk and `pasapas guides search`.
"""

from __future__ import annotations

import json
import re
import sqlite3
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from app.domain.text import fold_words as fold
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
    "quoi sa se ses son sur ta tes ton un une veux voudrais vos votre y mettre besoin aide aider ligne"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())
FUZZY_WHEN_FEWER_THAN = 3
# A typed word is corrected to a title or keyword word at most this many letters away (by its length):
# « doctolibe » → « doctolib », « pronotte » → « pronote », but never « demain » → « main ».
FUZZY_MIN_LENGTH = 4
FUZZY_LONG_WORD = 7
# Near spellings and loose (any word) matches add at most this many guides: a few close ones, not 20.
FUZZY_MAX_EXTRA = 3
MAX_RESULTS = 20
KEYWORD_CREDIT = 0.6
STEM_FROM = 7
WEAK_COVER = 50
ROWS_PER_QUERY = 40
SHORT_PREFIX = 2


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    summary: str
    status: str
    score: float
    how: str  # "titre", "texte" or "approché"
    cover: float = 0.0  # how much of the query the title or keywords cover (0–100)


_SYNONYM_PATTERNS = [(re.compile(rf"(?:^| ){re.escape(k)}(?: |$)"), v) for k, v in SYNONYMS.items()]
# The words of titles and keywords, for typo correction; rebuilt only when the library changed.
_vocab_cache: dict[str, tuple[tuple[Any, ...], frozenset[str], list[str]]] = {}


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    return tuple(fold(title).split())


def _terms(query: str) -> list[str]:
    words = fold(query).split()
    kept = [w for w in words if w not in STOP_WORDS]
    return kept or words


def _alternatives(terms: list[str]) -> list[list[str]]:
    """The query's terms, and the same with each known synonym phrase replaced."""
    text = " ".join(terms)
    alts = [terms]
    for pattern, values in _SYNONYM_PATTERNS:
        if pattern.search(text):
            for v in values:
                replaced = pattern.sub(f" {v} ", text).split()
                if replaced not in alts:
                    alts.append(replaced)
    return alts


def _stem(term: str) -> str:
    """A long word without its last two letters, so that the forms of a French word meet: « renouveler »
    finds « renouvellement », « declarer » « déclaration », « actualiser » « actualisation »."""
    return term[:-2] if len(term) >= STEM_FROM else term


def _fts_group(terms: list[str], joiner: str) -> str:
    # Every term is a quoted prefix: FTS5 syntax characters in what was typed cannot break the query.
    return "(" + f" {joiner} ".join(f'"{_stem(t)}"*' for t in terms) + ")"


def fts_query(query: str, *, all_terms: bool = True) -> str:
    """The FTS5 MATCH expression for a typed query ('' when nothing searchable was typed)."""
    terms = _terms(query)
    return _match(terms, "AND" if all_terms else "OR") if terms else ""


_SQL = (
    "SELECT guide_id, title, summary, status, keywords, bm25(guide_fts, {w}) AS rank FROM guide_fts "
    "WHERE guide_fts MATCH ? {draft} ORDER BY rank LIMIT ?"
).format(w=", ".join(str(x) for x in BM25_WEIGHTS), draft="{draft}")


def _run(conn: sqlite3.Connection, match: str, include_drafts: bool, limit: int) -> list[tuple[Any, ...]]:
    sql = _SQL.format(draft="" if include_drafts else "AND status = 'published'")
    return conn.execute(sql, (match, limit)).fetchall()


def _title_hits(title: str, alts: list[list[str]]) -> int:
    """How much of the query (0–100) the title's words cover."""
    words = _title_words(title)
    best = 0
    for terms in alts:
        # A whole word counts fully, the beginning of a longer word half: « passe » is a whole word of
        # « mots de passe » but only begins « passeport ».
        n = 0.0
        for t in terms:
            if t in words:
                n += 1
            elif any(w.startswith(t) for w in words):
                n += 0.5
        best = max(best, int(n * 100 / max(len(terms), 1)))
    return best


def _vocabulary(conn: sqlite3.Connection) -> tuple[frozenset[str], list[str]]:
    """The folded words (3 letters or more) of every guide's title and keywords, as a set and sorted.

    Rebuilt after any commit to the database: `PRAGMA data_version` moves when another connection
    commits, `total_changes` when this one does; both cost microseconds, unlike scanning the guides.
    """
    db_file = conn.execute("PRAGMA database_list").fetchone()[2]
    marker = (id(conn), conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    cached = _vocab_cache.get(db_file)
    if cached is not None and cached[0] == marker:
        return cached[1], cached[2]
    words: set[str] = set()
    for title, keywords in conn.execute("SELECT title, keywords FROM guide WHERE deleted = 0"):
        for text in [title, *_json_list(keywords)]:
            words.update(w for w in fold(text).split() if len(w) >= 3)
    ordered = sorted(words)
    _vocab_cache[db_file] = (marker, frozenset(words), ordered)
    return frozenset(words), ordered


def _is_prefix_of_a_word(term: str, ordered: list[str]) -> bool:
    i = bisect_left(ordered, term)
    return i < len(ordered) and ordered[i].startswith(term)


def corrected_terms(conn: sqlite3.Connection, terms: list[str]) -> list[str]:
    """Each term not found in titles or keywords replaced by the nearest word there (rapidfuzz, folded)."""
    words, ordered = _vocabulary(conn)
    out = []
    for t in terms:
        if len(t) < FUZZY_MIN_LENGTH or t in words or _is_prefix_of_a_word(t, ordered):
            out.append(t)
            continue
        most = 2 if len(t) >= FUZZY_LONG_WORD else 1
        near = process.extract(t, ordered, scorer=Levenshtein.distance, score_cutoff=most, limit=None)
        # Nearest first; at equal distance, a word that holds every typed letter in order (a letter was
        # left out: « pase » → « passe », not « paie »), then the same first letter.
        near.sort(key=lambda c: (c[1], not _holds(c[0], t), c[0][:1] != t[:1]))
        fixed = near[0][0] if near else t
        if fixed not in STOP_WORDS:
            out.append(fixed)
    return out or terms


def _holds(word: str, typed: str) -> bool:
    """True when the letters of `typed` appear in `word` in the same order."""
    it = iter(word)
    return all(ch in it for ch in typed)


def _found_anywhere(conn: sqlite3.Connection, term: str, include_drafts: bool) -> bool:
    return bool(_run(conn, _fts_group([term], "AND"), include_drafts, 1))


def _json_list(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def _match(terms: list[str], joiner: str) -> str:
    expr = " OR ".join(_fts_group(alt, joiner) for alt in _alternatives(terms))
    if joiner == "OR":
        # Any one word of several: only where it means something (a title or a keyword), else a common
        # word of the query (« demain », « faire ») would bring unrelated guides.
        return "{title keywords} : (" + expr + ")"
    if len(terms) == 1 and len(terms[0]) <= SHORT_PREFIX:
        # One or two letters typed: a prefix that short matches almost every step text; look at titles
        # and keywords only (it is also much cheaper to rank).
        expr = "{title keywords} : " + expr
    return expr


def _ranked(rows: list[tuple[Any, ...]], terms: list[str], how: str | None) -> list[SearchHit]:
    alts = _alternatives(terms)
    hits = []
    for guide_id, title, summary, status, keywords, rank in rows:
        in_title = _title_hits(title, alts)
        # Keywords are what people call the procedure (« carte bancaire », « DTR »): nearly a title.
        in_keywords = _title_hits(keywords or "", alts) * KEYWORD_CREDIT
        cover = max(in_title, in_keywords)
        hits.append(SearchHit(guide_id, title, summary, status, cover - rank,
                              how or ("titre" if in_title else "texte"), cover))
    hits.sort(key=lambda h: -h.score)
    return hits


def search(db: Database, query: str, *, limit: int = MAX_RESULTS, include_drafts: bool = True) -> list[SearchHit]:
    """The guides matching what was typed, best first: title hits, then text hits, then near spellings."""
    terms = _terms(query)
    if not terms:
        return []
    raw = db.read_engine.raw_connection()
    try:
        conn = cast(sqlite3.Connection, raw.driver_connection)
        hits = _ranked(_run(conn, _match(terms, "AND"), include_drafts, ROWS_PER_QUERY), terms, None)
        # Every word found, but no title or keyword says what was asked (« perdu mon mot de passe »: the
        # guides holding « perdu » are about lost papers): look for the title that says most of it too.
        weak = len(terms) > 2 and max((h.cover for h in hits), default=0) < WEAK_COVER
        if len(hits) < FUZZY_WHEN_FEWER_THAN or weak:
            fixed = corrected_terms(conn, terms)
            seen = {h.id for h in hits}
            extra: list[SearchHit] = []
            if fixed != terms:
                extra = _ranked(_run(conn, _match(fixed, "AND"), include_drafts, ROWS_PER_QUERY), fixed, "approché")
            loose = [t for t in fixed if len(t) >= 3]
            # Any one word of several, but only when every word is found somewhere: a word no guide
            # holds (« chaussures », « football ») means the person asks about something else.
            if (len(terms) > 1 and loose and (weak or len(hits) + len(extra) < FUZZY_WHEN_FEWER_THAN)
                    and all(_found_anywhere(conn, t, include_drafts) for t in loose)):
                extra += _ranked(_run(conn, _match(loose, "OR"), include_drafts, ROWS_PER_QUERY), loose, "approché")
            extra.sort(key=lambda h: -h.score)
            added = 0
            for h in extra:
                if h.id not in seen and added < FUZZY_MAX_EXTRA:
                    seen.add(h.id)
                    hits.append(h)
                    added += 1
            if weak:
                hits.sort(key=lambda h: -h.score)
    finally:
        raw.close()
    return hits[:limit]
