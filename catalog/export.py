"""Records out: search results, the credit list, one whole record.

Everything streams: the caption query runs once with a server-side cursor (`yield_per`),
so a million rows never sit in memory. The credit list (`credit_rows`, the big one) is that
one SELECT with every name in it, read as tuples, or for CSV with every cell's text made
by the database (`CreditRows.text_batches`); search results and whole records
(`hydrated`) get each batch's people, photographers, agencies and source files in four IN
queries, never one query per caption.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import ColumnElement, Connection, Select, String, and_, case, cast, func, literal, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.compiler import compiles

from .errors import CatalogError
from .store.models import Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer, Source

BATCH = 1000

captions = Caption.__table__
_people = Person.__table__
_photographers = Photographer.__table__
_caption_people = CaptionPerson.__table__
_caption_photographers = CaptionPhotographer.__table__
_agencies = Agency.__table__
_sources = Source.__table__

SEARCH_COLUMNS = ["id", "date", "photographers", "agency", "people", "place", "caption"]
EXPORT_COLUMNS = ["id", "source_file", "date", "photographers", "agency", "source", "pool", "handout", "file",
                  "credit", "people", "place"]


# The credit list as one SELECT in EXPORT_COLUMNS order: the source file and the agency
# names are correlated look-ups on primary keys, and each caption's photographers and people
# come aggregated in order into one string (`_names_in_order`); the place is joined in SQL
# too. `credit_rows` then only splits the two name lists (for CSV not even that): no dict
# per row, no batch queries.
_NAME_SEPARATOR = "\x1f"  # the unit separator: white space to str.split(), so never inside a stored name


class _PerDialect(ColumnElement):
    """An expression written differently per database: `sql[dialect name]`, else `sql["default"]`."""

    inherit_cache = False  # compiled once per export; not worth a cache key
    type = String()

    def __init__(self, **sql):
        self.sql = sql


@compiles(_PerDialect)
def _compile_per_dialect(element, compiler, **kw):
    return compiler.process(element.sql.get(compiler.dialect.name, element.sql["default"]), **kw)


def _names_in_order(link, names, name_key, separator: str = _NAME_SEPARATOR) -> _PerDialect:
    """The caption's names from `link` (caption_id, ordinal, name_key), in order, joined by
    `separator`; NULL when there are none."""
    joined = link.join(names, names.c.id == link.c[name_key])
    mine = link.c.caption_id == captions.c.id
    # SQLite before 3.44 has no ORDER BY inside an aggregate: group_concat over an ordered
    # subquery keeps that order (the subquery is not flattened into an aggregate).
    ordered = (select(names.c.name.label("name")).select_from(joined).where(mine).order_by(link.c.ordinal)
               .correlate(captions).subquery())
    sqlite = select(func.group_concat(ordered.c.name, separator)).scalar_subquery()
    postgresql = (select(func.string_agg(names.c.name, aggregate_order_by(literal(separator), link.c.ordinal)))
                  .select_from(joined).where(mine).scalar_subquery())
    return _PerDialect(default=sqlite, postgresql=postgresql)


def _place():
    """Venue, city, region, country: the ones given, joined by ", " (NULL when none). In SQL,
    portable (no concat_ws before SQLite 3.44), so no per-row work is left for Python.

    The general form (each part: nullif, ||, coalesce; then substr and nullif) cost SQLite
    about 8,500 instructions a row; most captions name a city and a country, and for them the
    same text is made with two CASEs and four || (about 4,000; docs/performance.md, session 12)."""
    c = captions.c
    parts = [func.coalesce(literal(", ") + func.nullif(c[name], ""), "") for name in ("venue", "city", "region", "country")]
    general = func.nullif(func.substr(parts[0] + parts[1] + parts[2] + parts[3], 3), "")
    # (NULL <> '' is NULL: an absent venue or region takes the ELSE, as an empty one does.)
    venue_city = case((c.venue != "", c.venue + literal(", ") + c.city), else_=c.city)
    region_country = case((c.region != "", c.region + literal(", ") + c.country), else_=c.country)
    return case((and_(c.city != "", c.country != ""), venue_city + literal(", ") + region_country), else_=general)


# Agencies named in the export by a CASE on the id, when there are at most this many: a
# correlated look-up costs SQLite about 2,100 instructions a row, a CASE of six about 600.
AGENCIES_INLINE = 32


def _agency_names(conn: Connection) -> dict[int, str] | None:
    """{id: name} of every agency, when SQLite and at most AGENCIES_INLINE; else None."""
    if conn.dialect.name != "sqlite":
        return None
    rows = conn.execute(select(_agencies.c.id, _agencies.c.name).order_by(_agencies.c.id)
                        .limit(AGENCIES_INLINE + 1)).all()
    return dict(rows) if len(rows) <= AGENCIES_INLINE else None


def _agency(column, names: dict[int, str] | None):
    """The agency called by `column` (an agency id): its name, NULL for none."""
    if names is None:
        return select(_agencies.c.name).where(_agencies.c.id == column).scalar_subquery()
    if not names:
        return literal(None, String())
    return case(names, value=column, else_=literal(None, String()))


def _export_fields(*, text: bool, agencies: dict[int, str] | None = None) -> list:
    """EXPORT_COLUMNS as SQL. Typed (text=False): flags as booleans, names joined by
    _NAME_SEPARATOR for credit_rows to split. As text: every value already the text of the
    cell CSV shows (output._cell: names joined by "; ", flags yes/no, the id as text, an
    empty string for none), so output.write_rows makes a CSV row by one join. `agencies`:
    {id: name} of every agency, named by a CASE (_agency_names), else each looked up."""
    separator = "; " if text else _NAME_SEPARATOR
    flags = [captions.c.is_pool, captions.c.is_handout, captions.c.is_file]
    if text:
        flags = [case((flag, "yes"), else_="no") for flag in flags]

    def cell(value):  # as text, none is "": str.join takes no None (and no int: the id is cast)
        return func.coalesce(value, "") if text else value

    return [
        cast(captions.c.id, String) if text else captions.c.id,
        cell(select(_sources.c.path).where(_sources.c.id == captions.c.source_id).scalar_subquery()),
        cell(captions.c.date),
        cell(_names_in_order(_caption_photographers, _photographers, "photographer_id", separator)),
        cell(_agency(captions.c.agency_id, agencies)),
        cell(_agency(captions.c.credit_source_id, agencies)),
        *flags,
        cell(captions.c.credit_line),
        cell(_names_in_order(_caption_people, _people, "person_id", separator)),
        cell(_place()),
    ]


EXPORT_FIELDS = _export_fields(text=False)
EXPORT_TEXT_FIELDS = _export_fields(text=True)
SEARCH_FIELDS = [captions.c[name] for name in (
    "id", "source_id", "date", "description", "venue", "city", "region", "country", "agency_id",
    "credit_source_id")]


def hydrated(conn: Connection, stmt: Select, batch: int = BATCH) -> Iterator[dict]:
    """Run `stmt` (a SELECT of caption columns, `id` and `source_id` among them) and yield
    each row as a dict with its names filled in: people [(name, title, position)],
    photographers [name], agency_name, source_name, source_file."""
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
    keys = list(result.keys())
    names: dict = {}  # agency and source-file names, kept for the whole run: there are few
    for part in result.partitions(batch):
        yield from _fill(conn, [dict(zip(keys, r)) for r in part], names)


def _batch_filter(column, ids: list[int]):
    """The batch's captions: a key range when the ids are dense (a whole-catalogue export),
    else an IN list. Rows in the range but not in the batch are dropped by the caller."""
    low, high = min(ids), max(ids)
    if high - low < 2 * len(ids):
        return column.between(low, high)
    return column.in_(ids)


def _fill(conn: Connection, rows: list[dict], names: dict) -> list[dict]:
    ids = [r["id"] for r in rows]
    wanted_ids = set(ids)
    people: dict[int, list] = defaultdict(list)
    for cid, name, title, position in conn.execute(
            select(_caption_people.c.caption_id, _people.c.name, _caption_people.c.title,
                   _caption_people.c.position)
            .join(_people, _people.c.id == _caption_people.c.person_id)
            .where(_batch_filter(_caption_people.c.caption_id, ids))
            .order_by(_caption_people.c.caption_id, _caption_people.c.ordinal)).all():
        if cid in wanted_ids:
            people[cid].append((name, title, position))
    photographers: dict[int, list] = defaultdict(list)
    for cid, name in conn.execute(
            select(_caption_photographers.c.caption_id, _photographers.c.name)
            .join(_photographers, _photographers.c.id == _caption_photographers.c.photographer_id)
            .where(_batch_filter(_caption_photographers.c.caption_id, ids))
            .order_by(_caption_photographers.c.caption_id, _caption_photographers.c.ordinal)).all():
        if cid in wanted_ids:
            photographers[cid].append(name)
    agencies = names.setdefault("agencies", {})
    wanted = {r[k] for r in rows for k in ("agency_id", "credit_source_id") if r.get(k) is not None} - agencies.keys()
    if wanted:
        agencies.update(conn.execute(select(_agencies.c.id, _agencies.c.name).where(_agencies.c.id.in_(wanted))).all())
    sources = names.setdefault("sources", {})
    wanted = {r["source_id"] for r in rows} - sources.keys()
    if wanted:
        sources.update(conn.execute(select(_sources.c.id, _sources.c.path).where(_sources.c.id.in_(wanted))).all())
    for r in rows:
        r["people"] = people.get(r["id"], [])
        r["photographers"] = photographers.get(r["id"], [])
        r["agency_name"] = agencies.get(r.get("agency_id"))
        r["source_name"] = agencies.get(r.get("credit_source_id"))
        r["source_file"] = sources.get(r["source_id"])
    return rows


def place(row: dict) -> str | None:
    parts = [row[k] for k in ("venue", "city", "region", "country") if row.get(k)]
    return ", ".join(parts) or None


def search_row(row: dict) -> dict:
    return {
        "id": row["id"],
        "date": row["date"],
        "photographers": row["photographers"],
        "agency": row["agency_name"],
        "people": [p[0] for p in row["people"]],
        "place": place(row),
        "caption": row["description"],
    }


def record(row: dict) -> dict:
    """The caption in the shape of caption-schema.md, then where it came from."""
    return {
        "id": row["id"],
        "text": row["text"],
        "description": row["description"],
        "people": [{"name": n, "title": t, "position": p} for n, t, p in row["people"]],
        "location": {k: row[k] for k in ("venue", "city", "region", "country")},
        "date": row["date"],
        "credit": {
            "line": row["credit_line"],
            "photographers": list(row["photographers"]),
            "agency": row["agency_name"],
            "source": row["source_name"],
            "pool": bool(row["is_pool"]),
            "handout": bool(row["is_handout"]),
            "file": bool(row["is_file"]),
        },
        "warnings": list(row["warnings"] or []),
        "source_file": row["source_file"],
        "source_position": row["ordinal"],  # 1-based: the nth caption in that file
        "parser_version": row["parser_version"],
    }


def search_rows(conn: Connection, stmt: Select) -> Iterator[dict]:
    return (search_row(r) for r in hydrated(conn, stmt))


class CreditRows:
    """The credit list for `stmt` (a SELECT of EXPORT_FIELDS), streamed `batch` rows at a time.

    Iterating gives tuples in EXPORT_COLUMNS order, names as lists and flags as booleans (JSON
    wants them typed). `text_batches()` runs the same query with EXPORT_TEXT_FIELDS instead:
    lists of rows whose every value is already the text of its CSV cell, which
    output.write_rows joins into lines."""

    def __init__(self, conn: Connection, stmt: Select, batch: int = BATCH):
        self.conn, self.stmt, self.batch = conn, stmt, batch

    def _partitions(self, stmt: Select):
        result = self.conn.execution_options(stream_results=True, yield_per=self.batch).execute(stmt)
        return result.partitions(self.batch)

    def __iter__(self) -> Iterator[tuple]:
        sep = _NAME_SEPARATOR
        for part in self._partitions(self.stmt):
            for cid, source_file, date, photographers, agency, source, pool, handout, file, credit, people, place \
                    in part:
                yield (cid, source_file, date, photographers.split(sep) if photographers else [], agency, source,
                       pool, handout, file, credit, people.split(sep) if people else [], place)

    def text_batches(self) -> Iterator[list]:
        # Same FROM, WHERE and ORDER BY: only the columns change.
        agencies = _agency_names(self.conn)
        fields = EXPORT_TEXT_FIELDS if agencies is None else _export_fields(text=True, agencies=agencies)
        stmt = self.stmt.with_only_columns(*fields)
        if self.conn.dialect.name != "sqlite":
            return self._partitions(stmt)
        return self._sqlite_tuples(stmt)

    def _sqlite_tuples(self, stmt: Select) -> Iterator[list]:
        # sqlite3's cursor steps as it is read (it streams without stream_results), and the
        # text cells need no result processing: its plain tuples, read straight from it,
        # skip a SQLAlchemy Row a row (docs/performance.md, session 13).
        # Closed when read to the end only: a reader that stops early (a closed pipe) leaves it
        # to the connection, closed by then, where closing it here would fail.
        result = self.conn.execute(stmt)
        cursor = result.cursor
        while batch := cursor.fetchmany(self.batch):
            yield batch
        result.close()


def credit_rows(conn: Connection, stmt: Select, batch: int = BATCH) -> CreditRows:
    """The credit list for `stmt` (a SELECT of EXPORT_FIELDS): see CreditRows."""
    return CreditRows(conn, stmt, batch)


def records(conn: Connection, ids: list[int]) -> list[dict]:
    """Whole records for `ids`, in that order; an unknown id is an error naming it."""
    found = {r["id"]: record(r) for r in hydrated(conn, select(captions).where(captions.c.id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise CatalogError(f"no caption with id {', '.join(map(str, missing))}")
    return [found[i] for i in ids]
