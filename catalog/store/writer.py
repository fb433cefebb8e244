"""Writing parsed captions: one caption row plus its people, photographers and agencies.

Names are looked up by folded key and created on first sight; a per-writer cache keeps
repeated names (the same photographer on a thousand pictures) off the database.

Safe with several writers at once (two `catalog ingest` runs into one PostgreSQL catalogue):
every create is `INSERT ... ON CONFLICT DO NOTHING` followed by a look-up, so the unique keys
decide who wins and the loser takes the winner's row instead of failing. On PostgreSQL a new
name is committed at once, on its own connection: the name tables are a shared vocabulary,
and holding a new name's row lock until a whole file commits would let two writers that meet
the same new names in different orders deadlock. (So a name can outlive a file whose captions
were rolled back; it is then a name with no captions.) SQLite has one writer at a time
(Catalog.transaction() takes the write lock up front), so there names share the file's
transaction.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..parse import PARSER_VERSION
from ..parse.record import Caption as ParsedCaption
from .keys import caption_hash, fold
from .textsearch import FTS_TABLES
from .models import Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer, Source


def insert_ignoring_conflicts(dialect: str, model, conflict_columns: list[str] | None = None):
    """`INSERT ... ON CONFLICT DO NOTHING` for this backend (any unique key when no columns given)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        raise NotImplementedError(f"no upsert for the {dialect} backend")
    return dialect_insert(model).on_conflict_do_nothing(index_elements=conflict_columns)


CAPTIONS_FTS = "captions_fts"
# Keys per `IN (...)` look-up: under SQLite's bound-variable limit on any build.
KEYS_PER_LOOKUP = 900


@dataclass(slots=True)
class NewCaption:
    """One caption of a batch for CaptionWriter.add_batch: checked new by the caller."""

    ordinal: int
    content_hash: str
    parsed: ParsedCaption
    extras: dict | None = None


class CaptionWriter:
    """Stores parsed captions within one session (one transaction per input file).

    `add_batch` is the bulk path (ingest): a batch's names resolved with one look-up and one
    insert per name table, its captions and link rows written with executemany. `add` stores
    one caption through the same path (images, tests, small callers).
    """

    def __init__(self, session: Session):
        self.session = session
        self._ids: dict[tuple[type, str], int] = {}
        self._keys: dict[str, str] = {}  # name as written -> fold(name): folding is the costly part
        self._index_text_per_batch = False  # see defer_text_index()
        self._engine = session.get_bind()
        self.dialect = self._engine.dialect.name

    @contextmanager
    def defer_text_index(self):
        """Bulk ingest on SQLite: captions reach the full-text index one batch at a time
        (one INSERT ... SELECT per batch) rather than row by row through the captions_fts
        insert trigger, which was about half of the write time (README, Performance).

        The trigger is dropped inside this transaction and re-created, exactly as it was, before
        the block ends: other connections never see it missing (they wait on the write lock, or
        read an older snapshot), and a failed or interrupted file rolls the DROP back with
        everything else. Elsewhere (other backends, no FTS table) this does nothing.
        """
        trigger = CAPTIONS_FTS + "_ai"
        conn = self.session.connection()
        ddl = None
        if self.dialect == "sqlite":
            ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                       (trigger,)).scalar()
        if ddl is None:
            yield
            return
        conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        self._index_text_per_batch = True
        try:
            yield
        except BaseException:
            self._index_text_per_batch = False
            raise  # the transaction's rollback brings the trigger back
        self._index_text_per_batch = False
        conn.exec_driver_sql(ddl)

    def key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = fold(name)
        return key

    def named_id(self, model, name: str) -> int:
        """The id of the person / photographer / agency called `name`, created if new."""
        key = self.key(name)
        cached = self._ids.get((model, key))
        if cached is None:
            self.resolve(model, {key: name})
            cached = self._ids[(model, key)]
        return cached

    def resolve(self, model, names: dict[str, str]) -> None:
        """Cache the ids of the names {folded key: name as written}, creating the missing ones:
        one SELECT ... WHERE key IN (...) and one INSERT for all of them, then a look-up of
        what was inserted (ours, or the rows a concurrent writer committed first)."""
        wanted = sorted(k for k in names if (model, k) not in self._ids)
        if not wanted:
            return
        self._lookup(model, wanted)
        missing = [k for k in wanted if (model, k) not in self._ids]
        if not missing:
            return
        # Sorted keys: two writers inserting overlapping names lock them in the same order.
        rows = [{"name": names[k], "key": k} for k in missing]
        stmt = insert_ignoring_conflicts(self.dialect, model, ["key"])
        if self.dialect == "postgresql":
            with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(stmt, rows)
        else:
            self.session.connection().execute(stmt, rows)
        self._lookup(model, missing)

    def _lookup(self, model, keys: Sequence[str]) -> None:
        for i in range(0, len(keys), KEYS_PER_LOOKUP):
            chunk = keys[i:i + KEYS_PER_LOOKUP]
            found = self.session.connection().execute(select(model.id, model.key).where(model.key.in_(chunk)))
            for id_, key in found:
                self._ids[(model, key)] = id_

    def source(self, path: str, **fields) -> Source:
        """The source row for `path`, created with `fields` if new (kept as found otherwise).

        Two writers reading the same file at once share one row: the second waits for the
        first's transaction, then finds its row.
        """
        lookup = select(Source).where(Source.path == path)
        found = self.session.scalar(lookup)
        if found is None:
            self.session.execute(insert_ignoring_conflicts(self.dialect, Source, ["path"])
                                 .values(path=path, **fields))
            found = self.session.scalar(lookup)
        return found

    def stored_hashes(self, digests: Sequence[str]) -> set[str]:
        """Which of these content hashes the catalogue already holds."""
        unique = sorted(set(digests))
        found: set[str] = set()
        for i in range(0, len(unique), KEYS_PER_LOOKUP):
            chunk = unique[i:i + KEYS_PER_LOOKUP]
            found.update(self.session.connection().scalars(select(Caption.content_hash)
                                                           .where(Caption.content_hash.in_(chunk))))
        return found

    def exists(self, content_hash: str) -> bool:
        return self.session.scalar(select(Caption.id).where(Caption.content_hash == content_hash)) is not None

    def add(self, source: Source, ordinal: int, parsed: ParsedCaption, extras: dict | None = None, *,
            checked: bool = False) -> Caption | None:
        """Store one caption; None when this source already holds the same text.

        `checked`: the caller has already made sure the caption is new. Another writer
        storing the same caption at the same moment is not an error: the insert waits for
        it, finds the caption there, and stores nothing.
        """
        digest = caption_hash(source.path, parsed.text)
        if not checked and self.exists(digest):
            return None
        self.session.flush()  # the caller's pending ORM changes first: add_batch writes beside the ORM
        ids = self.add_batch(source.id, [NewCaption(ordinal, digest, parsed, extras)])
        if not ids:
            return None
        return self.session.get(Caption, ids[0])

    def add_batch(self, source_id: int, batch: Sequence[NewCaption]) -> list[int]:
        """Store a batch of new captions of one source with a handful of statements; returns
        the ids of the captions stored, in batch order.

        A caption another writer stored meanwhile (same hash or same ordinal) is skipped by
        ON CONFLICT DO NOTHING, and its link rows with it. Runs on the session's connection,
        so it shares the file's transaction; the ORM is bypassed (nothing to flush after).
        """
        if not batch:
            return []
        agencies, people, photographers = {}, {}, {}
        for new in batch:
            credit = new.parsed.credit
            for name in (credit.agency, credit.source):
                if name:
                    agencies.setdefault(self.key(name), name)
            for p in new.parsed.people:
                people.setdefault(self.key(p.name), p.name)
            for name in credit.photographers:
                photographers.setdefault(self.key(name), name)
        for model, names in ((Agency, agencies), (Person, people), (Photographer, photographers)):
            self.resolve(model, names)

        rows = []
        for new in batch:
            values = self.columns(new.parsed)
            if new.extras:
                values.update(new.extras)
            values.update(source_id=source_id, ordinal=new.ordinal, content_hash=new.content_hash)
            rows.append(values)
        conn = self.session.connection()  # Core, not the ORM's bulk path (which splices results row by row)
        if self.dialect == "sqlite":
            stored = _insert_captions_sqlite(conn, rows, self._index_text_per_batch)
        else:
            stmt = insert_ignoring_conflicts(self.dialect, Caption).returning(Caption.content_hash, Caption.id)
            stored = dict(conn.execute(stmt, rows).all())

        ids, people_rows, photographer_rows = [], [], []
        for new in batch:
            caption_id = stored.get(new.content_hash)
            if caption_id is None:
                continue
            ids.append(caption_id)
            people_rows.extend(self.people_values(new.parsed, caption_id))
            photographer_rows.extend(self.photographer_values(new.parsed, caption_id))
        for model, link_rows in ((CaptionPerson, people_rows), (CaptionPhotographer, photographer_rows)):
            if not link_rows:
                continue
            if self.dialect == "sqlite":
                _executemany_sqlite(conn, model.__table__, link_rows)
            else:
                conn.execute(insert(model), link_rows)
        return ids

    def columns(self, parsed: ParsedCaption) -> dict:
        """The caption's own columns from a parse (names looked up or created)."""
        credit, place = parsed.credit, parsed.location
        return {
            "text": parsed.text,
            "description": parsed.description,
            "credit_line": credit.line,
            "date": parsed.date,
            "date_precision": parsed.date_precision,
            "venue": place.venue,
            "city": place.city,
            "region": place.region,
            "country": place.country,
            "agency_id": self.named_id(Agency, credit.agency) if credit.agency else None,
            "credit_source_id": self.named_id(Agency, credit.source) if credit.source else None,
            "is_pool": credit.pool,
            "is_handout": credit.handout,
            "is_file": credit.file,
            "warnings": list(parsed.warnings),
            "parser_version": PARSER_VERSION,
        }

    def people_values(self, parsed: ParsedCaption, caption_id: int) -> list[dict]:
        return [{"caption_id": caption_id, "ordinal": i, "person_id": self._ids[(Person, key)],
                 "title": p.title, "position": p.position}
                for i, (key, p) in enumerate(_unique_by_key(parsed.people, self.key), 1)]

    def photographer_values(self, parsed: ParsedCaption, caption_id: int) -> list[dict]:
        return [{"caption_id": caption_id, "ordinal": i, "photographer_id": self.named_id(Photographer, name)}
                for i, name in enumerate(dict.fromkeys(parsed.credit.photographers), 1)]

    def people_rows(self, parsed: ParsedCaption, caption_id: int | None = None) -> list[CaptionPerson]:
        return [
            CaptionPerson(caption_id=caption_id, ordinal=i, person_id=self.named_id(Person, p.name),
                          title=p.title, position=p.position)
            for i, p in enumerate(_unique_by_key(parsed.people), 1)
        ]

    def photographer_rows(self, parsed: ParsedCaption, caption_id: int | None = None) -> list[CaptionPhotographer]:
        return [
            CaptionPhotographer(caption_id=caption_id, ordinal=i, photographer_id=self.named_id(Photographer, name))
            for i, name in enumerate(dict.fromkeys(parsed.credit.photographers), 1)
        ]

    def fill(self, row: Caption, parsed: ParsedCaption) -> None:
        """Set every parsed fact on an existing caption row (a re-parse)."""
        for column, value in self.columns(parsed).items():
            setattr(row, column, value)
        _replace_in_place(row.people, self.people_rows(parsed), ("person_id", "title", "position"))
        _replace_in_place(row.photographers, self.photographer_rows(parsed), ("photographer_id",))


def _executemany_sqlite(conn, table, rows: list[dict], verb: str = "INSERT"):
    """One prepared INSERT run over all rows by the driver: SQLAlchemy's per-row parameter
    handling was about a third of the writer's Python time under the profiler. Values must be
    what the driver takes as is (no JSON, no dates: callers convert)."""
    columns = list(rows[0])
    sql = (f"{verb} INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    return conn.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


def _insert_captions_sqlite(conn, rows: list[dict], index_text: bool = False) -> dict[str, int]:
    """Insert caption rows on SQLite; {content hash: id} of those stored.

    Ids are given, not returned: next after the largest, as SQLite would choose them. Safe
    because a writing transaction holds SQLite's one write lock (BEGIN IMMEDIATE); a stale
    read would make the INSERT itself fail, never reuse an id."""
    first = conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM captions").scalar()
    for i, row in enumerate(rows):
        row["id"] = first + i
        row["warnings"] = json.dumps(row["warnings"])
    result = _executemany_sqlite(conn, Caption.__table__, rows, "INSERT OR IGNORE")
    if index_text:
        columns = ", ".join(FTS_TABLES[CAPTIONS_FTS][1])
        conn.exec_driver_sql(f"INSERT INTO {CAPTIONS_FTS}(rowid, {columns}) SELECT id, {columns} FROM captions "
                             f"WHERE id >= ?", (first,))
    if result.rowcount == len(rows):
        return {row["content_hash"]: row["id"] for row in rows}
    # Some were stored already (same hash or ordinal): only the rows with our ids are ours.
    return dict(conn.execute(select(Caption.content_hash, Caption.id).where(Caption.id >= first)).all())


def _replace_in_place(current: list, wanted: list, columns: tuple[str, ...]) -> None:
    """Make a caption's ordered link rows equal `wanted`, updating rows by ordinal.

    Assigning a new list would delete and insert rows with the same (caption, ordinal) key
    in one flush, and the unit of work inserts first: a unique-key error. Updating in place
    and trimming or appending the tail never collides."""
    for old, new in zip(current, wanted):
        for column in columns:
            if getattr(old, column) != getattr(new, column):
                setattr(old, column, getattr(new, column))
    del current[len(wanted):]
    current.extend(wanted[len(current):])


def _unique_by_key(people, key=None):
    """Two spellings that fold to one key are one person in the database. With `key` (a
    caching fold), yields (key, person) pairs."""
    seen = set()
    for p in people:
        k = (key or fold)(p.name)
        if k and k not in seen:
            seen.add(k)
            yield (k, p) if key else p
