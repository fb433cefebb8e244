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

Other backends (PostgreSQL, issue 7) get a portable fallback here: LIKE on lower-cased
values at space boundaries; replace `_Portable` with tsvector / pg_trgm behind the same
functions. Values always travel as bound parameters; what reaches FTS5 MATCH is built
only from alphanumeric words, each phrase double-quoted, so no user text is ever read as
FTS syntax (NEAR, AND, *, ^, -, column filters).
"""
from __future__ import annotations

import re

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


def words(value: str) -> list[str]:
    """The value's words, folded: what both sides of a match are compared on."""
    return _WORD.findall(fold(value))


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


# --- matching ---

def _fts_table(name: str):
    # The hidden column named like the table is FTS5's handle for MATCH.
    return table(name, column("rowid"), column(name))


def _phrase(ws: list[str]) -> str:
    return '"' + " ".join(ws) + '"'


class _Sqlite:
    def driving_match(self, terms: list[tuple[tuple[str, ...], str]]):
        """Captions joined to one FTS5 MATCH of all `terms` ((columns, value), each with words),
        so FTS5 drives the query and yields rowids in order: `ORDER BY rowid LIMIT 50` stops
        after 50 matches instead of collecting every caption holding a common word.
        Returns (from clause, condition, the rowid column to order by)."""
        fts = _fts_table("captions_fts")
        query = " AND ".join("{" + " ".join(cols) + "} : " + _phrase(words(value)) for cols, value in terms)
        return captions.join(fts, fts.c.rowid == captions.c.id), fts.c.captions_fts.match(query), fts.c.rowid

    def caption_ids(self, column_names: tuple[str, ...], value: str) -> ColumnElement[bool]:
        ws = words(value)
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
            return select(t.c.id).where(func.instr(t.c.key, fold(value)) > 0)
        fts = _fts_table(f"{table}_fts")
        return select(fts.c.rowid).where(fts.c[f"{table}_fts"].match(_phrase(ws)))


class _Portable:
    """LIKE at space boundaries on lower-cased values: correct everywhere, not fast.
    Accents are only folded on the name keys (they are stored folded)."""

    driving_match = None  # no index to drive from: the terms stay in WHERE

    def caption_ids(self, column_names, value):
        ws = words(value)
        if not ws:
            return _substring_any([captions.c[c] for c in column_names], value)
        phrase = " ".join(ws)
        return or_(*(_whole_words(func.lower(captions.c[c]), phrase) for c in column_names))

    def name_ids(self, table, value):
        t = _NAME_TABLES[table]
        ws = words(value)
        if not ws:
            return select(t.c.id).where(func.strpos(t.c.key, fold(value)) > 0)
        return select(t.c.id).where(_whole_words(t.c.key, " ".join(ws)))


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
    return or_(*(func.instr(c, value) > 0 for c in columns))


def whole_words(col, value: str) -> ColumnElement[bool]:
    """Case-insensitive match of whole space-separated words on a plain text column (titles,
    positions): `title:minister` finds "Chinese Foreign Minister", `title:u.s.` "U.S. Secretary"."""
    value = " ".join(value.split()).lower()
    if not words(value):
        return _substring_any([col], value)
    return _whole_words(func.lower(col), value)


def for_dialect(name: str):
    return _Sqlite() if name == "sqlite" else _Portable()


__all__ = ["FTS_TABLES", "PLACE_COLUMNS", "for_dialect", "is_search_table", "sqlite_ddl", "sqlite_drop_ddl",
           "sqlite_triggers", "whole_words", "words"]
