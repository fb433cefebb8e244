"""Word search, the one dialect-specific part of querying: every query builder calls here.

SQLite: FTS5 indexes kept in sync by triggers (migration 0002_fts):

    captions_fts       caption text and place columns, external content over `captions`
    people_fts         folded name keys, external content over `people`
    photographers_fts  folded name keys, external content over `photographers`
    agencies_fts       folded name keys, external content over `agencies`

External content with triggers rather than rows maintained by the caption writer: the text
lives once (in `captions`), and every way a row changes (ingest, reparse, a cascade delete
of a source, a hand edit in the sqlite3 shell) keeps the index right without the writer
knowing that full text exists. The `unicode61 remove_diacritics 2` tokenizer gives case-
and accent-insensitive whole words, so the same index serves `person:blinken`,
`in:bogota` and bare words.

PostgreSQL: trigram indexes (migration 0002_fts's PostgreSQL branch, extensions `unaccent`
and `pg_trgm`, both trusted contrib extensions shipped with PostgreSQL):

    catalog_fold(text)   IMMUTABLE wrapper: lower(unaccent(normalize(text, NFKC))), the
                         server's twin of keys.fold (unaccent() itself is only STABLE,
                         so it cannot be indexed directly)
    GIN gin_trgm_ops     on catalog_fold() of each caption text and place column, and of
                         each name key

A word search is a regular expression over the folded column, the words joined by runs of
non-alphanumerics and fenced by non-alphanumerics or the ends: the whole words and phrases
FTS5's unicode61 tokenizer gives (`gaza city` finds "Gaza-City", not "Gazan city"); pg_trgm
answers such a regex from the index. Both sides go through catalog_fold, so `lodz` and
`łódź` find "Łódź" (unaccent knows ł, ø, æ, which Unicode decomposition alone does not).
Trigrams rather than tsvector: the text search parser has its own idea of words (hyphenated
compounds, host names, "u.s." as one token), while a regex over folded text means the same
as FTS5's separators. The database needs a UTF-8 locale for case and word boundaries beyond
Latin letters (createdb's default on most systems).

Values always travel as bound parameters; what reaches FTS5 MATCH or a PostgreSQL regex is
built only from alphanumeric words (each FTS5 phrase double-quoted), so no user text is ever
read as FTS or regex syntax (NEAR, AND, *, ^, -, column filters, ., |, brackets).
"""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, Select, column, func, or_, select, table, true

from .keys import fold
from .models import Agency, Caption, Person, Photographer

captions = Caption.__table__
TOKENIZER = "unicode61 remove_diacritics 2"

# The FTS5 indexes: name -> (content table, indexed columns).
FTS_TABLES = {
    "captions_fts": ("captions", ("text", "venue", "city", "region", "country")),
    "people_fts": ("people", ("key",)),
    "photographers_fts": ("photographers", ("key",)),
    "agencies_fts": ("agencies", ("key",)),
}
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
PLACE_COLUMNS = ("venue", "city", "region", "country")
_NAME_TABLES = {"people": Person.__table__, "photographers": Photographer.__table__,
                "agencies": Agency.__table__}
_WORD = re.compile(r"[^\W_]+")


def is_search_table(name: str) -> bool:
    """True for the FTS5 tables and their shadow tables: not in the models, so Alembic
    autogenerate and `compare_metadata` must skip them (migrations/env.py include_name)."""
    return any(name == t or name in {t + s for s in FTS_SHADOW_SUFFIXES} for t in FTS_TABLES)


def is_search_index(name: str) -> bool:
    """True for PostgreSQL's trigram indexes: expression indexes the models do not hold."""
    return name in POSTGRES_INDEXES


def words(value: str) -> list[str]:
    """The value's words, folded: what both sides of a match are compared on."""
    return _WORD.findall(fold(value))


def _fts5_text_words(value: str) -> list[str]:
    """The value's words as unicode61 indexes raw caption text: accents stripped and lower-cased,
    not case-folded (casefold's ß -> ss would never meet the index's ß). Name keys are stored
    folded, so name look-ups keep `words`."""
    decomposed = unicodedata.normalize("NFKD", value)
    return _WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c)).lower())


# --- DDL, used by migration 0002_fts (and by any later migration that re-creates a table) ---

def sqlite_ddl(table: str) -> list[str]:
    """CREATE statements for one FTS5 index and the triggers that keep it in sync."""
    content, cols = FTS_TABLES[table]
    col_list = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5({col_list}, content='{content}', content_rowid='id', "
        f"tokenize='{TOKENIZER}')",
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {content} BEGIN "
        f"INSERT INTO {table}(rowid, {col_list}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {content} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {col_list}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF id, {col_list} ON {content} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {col_list}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {table}(rowid, {col_list}) VALUES (new.id, {new}); END",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


def sqlite_drop_ddl(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_{t}" for t in ("ai", "ad", "au")] + [f"DROP TABLE IF EXISTS {table}"]


def sqlite_triggers() -> set[str]:
    """The trigger names the indexes need (a test checks they exist at head)."""
    return {f"{t}_{s}" for t in FTS_TABLES for s in ("ai", "ad", "au")}


# PostgreSQL: the trigram indexes, name -> (table, column); all over catalog_fold(column).
POSTGRES_EXTENSIONS = ("unaccent", "pg_trgm")
POSTGRES_FOLD = "catalog_fold"
POSTGRES_INDEXES = {f"ix_{table}_{col}_trgm": (table, col) for table, cols in
                    [("captions", ("text", *PLACE_COLUMNS)), ("people", ("key",)),
                     ("photographers", ("key",)), ("agencies", ("key",))] for col in cols}


def postgres_extension_ddl() -> list[tuple[str, str]]:
    """(extension, CREATE statement) for each extension the search needs."""
    return [(name, f"CREATE EXTENSION IF NOT EXISTS {name}") for name in POSTGRES_EXTENSIONS]


def extension_error(name: str, exc: Exception) -> str:
    """One line for a CREATE EXTENSION the server refused (not installed, not allowed)."""
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    return (f"cannot create the PostgreSQL extension {name}: {reason}. It ships with PostgreSQL "
            f"(Debian/Ubuntu: the postgresql package; elsewhere postgresql-contrib); the database's "
            f"owner may create it (PostgreSQL 13+), or an administrator can run once: "
            f"CREATE EXTENSION IF NOT EXISTS {name}")


def postgres_extension_schemas(connection) -> dict[str, str]:
    """extension -> the schema it lives in, whichever that is: the function body and the
    operator class name it explicitly, since index builds (and pg_restore) run with an
    empty search_path."""
    rows = connection.exec_driver_sql(
        "SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname IN ('unaccent', 'pg_trgm')")
    return dict(rows.all())


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def postgres_ddl(schemas: dict[str, str]) -> list[str]:
    """CREATE statements for the fold function and the trigram indexes (after the extensions)."""
    unaccent = _ident(schemas["unaccent"])
    trgm_ops = f"{_ident(schemas['pg_trgm'])}.gin_trgm_ops"
    dictionary = f"{unaccent}.unaccent".replace("'", "''")
    return [
        f"CREATE OR REPLACE FUNCTION {POSTGRES_FOLD}(text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $$ SELECT pg_catalog.lower({unaccent}.unaccent('{dictionary}'::pg_catalog.regdictionary, "
        f"pg_catalog.normalize($1, 'NFKC'))) $$",
    ] + [f"CREATE INDEX {name} ON {table} USING gin ({POSTGRES_FOLD}({col}) {trgm_ops})"
         for name, (table, col) in POSTGRES_INDEXES.items()]


def postgres_drop_ddl() -> list[str]:
    """The indexes and the function; the extensions stay, as other things may use them."""
    return ([f"DROP INDEX IF EXISTS {name}" for name in POSTGRES_INDEXES]
            + [f"DROP FUNCTION IF EXISTS {POSTGRES_FOLD}(text)"])


# --- matching ---

def _fts_table(name: str):
    # The hidden column named like the table is FTS5's handle for MATCH.
    return table(name, column("rowid"), column(name))


def _phrase(ws: list[str]) -> str:
    return '"' + " ".join(ws) + '"'


class _Sqlite:
    # A lone name term with a limit walks the link table's (name, caption) index (query.py
    # first_linked_ids): SQLite seeks each IN value's range in order and stops early.
    walks_links = True

    def driving_match(self, terms: list[tuple[tuple[str, ...], str]]):
        """Captions joined to one FTS5 MATCH of all `terms` ((columns, value), each with words),
        so FTS5 drives the query and yields rowids in order: `ORDER BY rowid LIMIT 50` stops
        after 50 matches instead of collecting every caption holding a common word.
        Returns (from clause, condition, the rowid column to order by)."""
        fts = _fts_table("captions_fts")
        query = " AND ".join("{" + " ".join(cols) + "} : " + _phrase(_fts5_text_words(value)) for cols, value in terms)
        return captions.join(fts, fts.c.rowid == captions.c.id), fts.c.captions_fts.match(query), fts.c.rowid

    def caption_ids(self, column_names: tuple[str, ...], value: str) -> ColumnElement[bool]:
        ws = _fts5_text_words(value)
        if not ws:
            return _substring_any([captions.c[c] for c in column_names], value)
        # The bound value reads e.g. `{venue city region country} : "gaza city"`.
        spec = "{" + " ".join(column_names) + "}"
        fts = _fts_table("captions_fts")
        return captions.c.id.in_(select(fts.c.rowid).where(fts.c.captions_fts.match(f"{spec} : {_phrase(ws)}")))

    def name_ids(self, table: str, value: str) -> Select:
        t = _NAME_TABLES[table]
        ws = words(value)
        if not ws:
            return select(t.c.id).where(_substring_any([t.c.key], fold(value)))
        fts = _fts_table(f"{table}_fts")
        return select(fts.c.rowid).where(fts.c[f"{table}_fts"].match(_phrase(ws)))


class _Postgres:
    """Regexes over catalog_fold(column), answered by the trigram indexes."""

    driving_match = None  # the planner combines the index scans itself: the terms stay in WHERE
    walks_links = False   # not measured on PostgreSQL: name terms stay in WHERE there too

    def caption_ids(self, column_names, value):
        ws = words(value)
        if not ws:
            return _substring_any([captions.c[c] for c in column_names], value)
        pattern = func.catalog_fold(_regex(ws))
        return or_(*(func.catalog_fold(captions.c[c]).regexp_match(pattern) for c in column_names))

    def name_ids(self, table, value):
        t = _NAME_TABLES[table]
        ws = words(value)
        if not ws:
            return select(t.c.id).where(_substring_any([t.c.key], fold(value)))
        return select(t.c.id).where(func.catalog_fold(t.c.key).regexp_match(func.catalog_fold(_regex(ws))))


_NOT_ALNUM = "[^[:alnum:]]"


def _regex(ws: list[str]) -> str:
    """The words as a phrase of whole words: `(^|[^[:alnum:]])gaza[^[:alnum:]]+city([^[:alnum:]]|$)`.
    Words are runs of letters and digits only, so nothing in them is regex syntax."""
    return f"(^|{_NOT_ALNUM})" + f"{_NOT_ALNUM}+".join(ws) + f"({_NOT_ALNUM}|$)"


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _whole_words(column, phrase: str) -> ColumnElement[bool]:
    """`phrase` as whole space-separated words of `column` (already lower-cased)."""
    p = _escape_like(phrase)
    return or_(column == phrase, column.like(p + " %", escape="\\"), column.like("% " + p, escape="\\"),
               column.like("% " + p + " %", escape="\\"))


def _substring_any(columns, value: str) -> ColumnElement[bool]:
    """A value with no words at all (`%`, `;`, `*`): found literally, as a substring."""
    if not value:
        return true()
    # LIKE with its wildcards escaped: the same on every backend (no letters, so no case).
    return or_(*(c.contains(value, autoescape=True) for c in columns))


def whole_words(col, value: str) -> ColumnElement[bool]:
    """Case-insensitive match of whole space-separated words on a plain text column (titles,
    positions): `title:minister` finds "Chinese Foreign Minister", `title:u.s.` "U.S. Secretary"."""
    value = " ".join(value.split()).lower()
    if not words(value):
        return _substring_any([col], value)
    return _whole_words(func.lower(col), value)


def for_dialect(name: str):
    if name == "sqlite":
        return _Sqlite()
    if name == "postgresql":
        return _Postgres()
    raise NotImplementedError(f"no text search for the {name} backend")


__all__ = ["FTS_TABLES", "PLACE_COLUMNS", "POSTGRES_INDEXES", "for_dialect", "is_search_index", "is_search_table",
           "postgres_ddl", "postgres_drop_ddl", "postgres_extension_ddl", "postgres_extension_schemas",
           "sqlite_ddl", "sqlite_drop_ddl", "sqlite_triggers", "whole_words", "words"]
