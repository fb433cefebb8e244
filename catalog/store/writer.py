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
from functools import lru_cache

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..parse import PARSER_VERSION
from ..parse_workers import NONE as _NONE, caption_facts
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
# Captions written before they go to the full-text index together (defer_text_index).
TEXT_INDEX_ROWS = 10_000
# Keys per `IN (...)` look-up: under SQLite's bound-variable limit on any build.
KEYS_PER_LOOKUP = 900
# Names met in a file are cached (spelling -> id), so a batch asks the database only about names
# it has not met. An archive names a long tail of people, so over one very large file (a whole
# archive exported as one CSV) the cache would grow with the file: about 640 bytes a name, 190 MB
# for the 300,000 people of a million captions. Past this many spellings it starts again; the
# names met after that are looked up again, once (one SELECT per batch for the lot).
NAME_CACHE_SPELLINGS = 20_000


# Positions in caption_facts(): the caption's columns, then the names.
_COLUMNS, _AGENCY, _CREDIT_SOURCE, _PEOPLE, _PHOTOGRAPHERS = 0, 1, 2, 3, 4
_WARNINGS_COLUMN, _NO_WARNINGS = 12, "[]"


def has_warnings(facts: tuple) -> bool:
    return facts[_COLUMNS][_WARNINGS_COLUMN] != _NO_WARNINGS


@dataclass(slots=True)
class NewCaption:
    """One caption of a batch for CaptionWriter.add_batch: checked new by the caller.
    `facts` is caption_facts() of its parse."""

    ordinal: int
    content_hash: str
    facts: tuple
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
        # Per name table: name as written -> id (None: a person whose name folds to nothing).
        self._by_spelling: dict[type, dict[str | None, int | None]] = {Agency: {None: _NONE, "": _NONE},
                                                                        Person: {}, Photographer: {}}
        self._index_text_per_batch = False  # see defer_text_index()
        self._unindexed_from: int | None = None  # first caption id not yet in the full-text index
        self._next_id = 0  # one past the last caption id written
        self._engine = session.get_bind()
        self.dialect = self._engine.dialect.name

    @contextmanager
    def defer_text_index(self):
        """Bulk ingest on SQLite: captions reach the full-text index one batch at a time
        (one INSERT ... SELECT per batch) rather than row by row through the captions_fts
        insert trigger, which was about half of the write time (docs/performance.md), and the
        names the block adds (people, photographers, agencies) reach theirs with one
        INSERT ... SELECT a table at its end: through their triggers a new name cost about
        25 µs, FTS5 writing a segment for each row (session 15).

        The insert triggers are dropped inside this transaction and re-created, exactly as they
        were, before the block ends: other connections never see them missing (they wait on the
        write lock, or read an older snapshot), and a failed or interrupted file rolls the DROP
        back with everything else. The block only inserts (a row updated or deleted in it
        before being indexed would go through the other triggers with nothing to undo).
        Elsewhere (other backends, no FTS table) this does nothing.
        """
        conn = self.session.connection()
        triggers: dict[str, str] = {}  # FTS table -> its insert trigger's DDL
        if self.dialect == "sqlite":
            names = [table + "_ai" for table in FTS_TABLES]
            found = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                              f"AND name IN ({', '.join('?' * len(names))})", tuple(names)).all())
            triggers = {table: found[table + "_ai"] for table in FTS_TABLES if table + "_ai" in found}
        if not triggers:
            yield
            return
        names_from = []  # (FTS table of a name table, the first id the block may add)
        for table in triggers:
            if table != CAPTIONS_FTS:
                content = FTS_TABLES[table][0]
                names_from.append((table, conn.exec_driver_sql(
                    f"SELECT coalesce(max(id), 0) + 1 FROM {content}").scalar()))
            conn.exec_driver_sql(f"DROP TRIGGER {table}_ai")
        self._index_text_per_batch = CAPTIONS_FTS in triggers
        try:
            yield
            self._index_text(conn)
            for table, first in names_from:
                conn.exec_driver_sql(_index_added_sql(table), (first,))
        except BaseException:
            self._index_text_per_batch = False
            self._unindexed_from = None
            raise  # the transaction's rollback brings the triggers back
        self._index_text_per_batch = False
        for ddl in triggers.values():
            conn.exec_driver_sql(ddl)

    def _index_text(self, conn, at_least: int = 0) -> None:
        """Index the captions written since the last call, if there are at least `at_least`."""
        first = self._unindexed_from
        if first is not None and self._next_id - first >= at_least:
            conn.exec_driver_sql(_INDEX_CAPTIONS_TEXT, (first,))
            self._unindexed_from = None

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
        one SELECT ... WHERE key IN (...) and one INSERT for all of them; on PostgreSQL then a
        look-up of what was inserted (ours, or the rows a concurrent writer committed first),
        on SQLite (one writer) the ids are given in the INSERT (_create_sqlite)."""
        wanted = sorted(k for k in names if (model, k) not in self._ids)
        if not wanted:
            return
        self._lookup(model, wanted)
        missing = [k for k in wanted if (model, k) not in self._ids]
        if not missing:
            return
        if self.dialect == "sqlite":
            self._create_sqlite(model, names, missing)
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

    def _create_sqlite(self, model, names: dict[str, str], missing: list[str]) -> None:
        """SQLite: insert the missing names with ids given, next after the largest, as SQLite
        would choose them, so no look-up follows. Safe as for captions (_add_rows_sqlite): the
        write lock is held, the look-up just now saw these keys absent, and a stale read would
        make the INSERT fail (plain INSERT, no OR IGNORE), never reuse an id or a key. Through
        the driver: SQLAlchemy's executemany of dicts cost about 30 µs a name (docs/performance.md,
        session 15)."""
        conn = self.session.connection()
        table = model.__tablename__
        first = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").scalar()
        conn.exec_driver_sql(f"INSERT INTO {table} (id, name, key) VALUES (?, ?, ?)",
                             [(first + i, names[k], k) for i, k in enumerate(missing)])
        ids = self._ids
        for i, k in enumerate(missing):
            ids[(model, k)] = first + i

    def _lookup(self, model, keys: Sequence[str]) -> None:
        conn = self.session.connection()
        ids = self._ids
        for i in range(0, len(keys), KEYS_PER_LOOKUP):
            chunk = keys[i:i + KEYS_PER_LOOKUP]
            if self.dialect == "sqlite":  # the driver's own statement, as stored_hashes()
                found = conn.exec_driver_sql(_keys_sql(model.__tablename__, len(chunk)), tuple(chunk))
            else:
                found = conn.execute(select(model.id, model.key).where(model.key.in_(chunk)))
            for id_, key in found:
                ids[(model, key)] = id_

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

    def source_id(self, path: str) -> int | None:
        """The id of the source read from `path`, None when there is none."""
        return self.session.scalar(select(Source.id).where(Source.path == path))

    def source_has_captions(self, source_id: int) -> bool:
        return self.session.scalar(select(Caption.id).where(Caption.source_id == source_id).limit(1)) is not None

    def stored_hashes(self, source_id: int, digests: Sequence[str]) -> set[str]:
        """Which of these content hashes of the source's captions the catalogue already holds
        (a hash includes its source's path: unique per source, migration 0008)."""
        unique = sorted(set(digests))
        found: set[str] = set()
        conn = self.session.connection()
        for i in range(0, len(unique), KEYS_PER_LOOKUP):
            chunk = unique[i:i + KEYS_PER_LOOKUP]
            if self.dialect == "sqlite":  # the driver's own statement: SQLAlchemy's IN list costs ~5 µs a key
                found.update(conn.exec_driver_sql(_hashes_stored_sql(len(chunk)), (source_id, *chunk)).scalars())
            else:
                found.update(conn.scalars(select(Caption.content_hash).where(
                    Caption.source_id == source_id, Caption.content_hash.in_(chunk))))
        return found

    def exists(self, source_id: int, content_hash: str) -> bool:
        return self.session.scalar(select(Caption.id).where(
            Caption.source_id == source_id, Caption.content_hash == content_hash)) is not None

    def add(self, source: Source, ordinal: int, parsed: ParsedCaption, extras: dict | None = None, *,
            checked: bool = False) -> Caption | None:
        """Store one caption; None when this source already holds the same text.

        `checked`: the caller has already made sure the caption is new. Another writer
        storing the same caption at the same moment is not an error: the insert waits for
        it, finds the caption there, and stores nothing.
        """
        digest = caption_hash(source.path, parsed.text)
        if not checked and self.exists(source.id, digest):
            return None
        self.session.flush()  # the caller's pending ORM changes first: add_batch writes beside the ORM
        ids = self.add_batch(source.id, [NewCaption(ordinal, digest, caption_facts(parsed), extras)])
        if not ids:
            return None
        return self.session.get(Caption, ids[0])

    def add_batch(self, source_id: int, batch: Sequence[NewCaption]) -> list[int]:
        """Store a batch of new captions of one source (NewCaption each); see add_rows."""
        if not batch:
            return []
        extras = [new.extras for new in batch]
        return self.add_rows(source_id, [new.ordinal for new in batch], [new.content_hash for new in batch],
                             [new.facts for new in batch], extras if any(extras) else None)

    def add_rows(self, source_id: int, ordinals: Sequence[int], hashes: Sequence[str], facts: Sequence[tuple],
                 extras: Sequence[dict | None] | None = None) -> list[int]:
        """Store a batch of new captions of one source with a handful of statements; returns
        the ids of the captions stored, in batch order.

        The batch as parallel sequences (ingest's bulk path: no object per caption): each
        caption's ordinal, content hash, caption_facts() and extras (None: no caption has any).
        A caption another writer stored meanwhile (same hash or same ordinal) is skipped by
        ON CONFLICT DO NOTHING, and its link rows with it. Runs on the session's connection,
        so it shares the file's transaction; the ORM is bypassed (nothing to flush after).
        """
        if not facts:
            return []
        self._resolve_spellings(facts)
        conn = self.session.connection()  # Core, not the ORM's bulk path (which splices results row by row)
        if self.dialect == "sqlite":
            return self._add_rows_sqlite(conn, source_id, ordinals, hashes, facts, extras)
        return self._add_rows_core(conn, source_id, ordinals, hashes, facts, extras)

    def _resolve_spellings(self, facts: Sequence[tuple]) -> None:
        """Make every name of the batch, as spelt, known in `_by_spelling` (creating new names:
        one look-up and one insert per name table for the whole batch)."""
        if len(self._keys) > NAME_CACHE_SPELLINGS:
            self._forget_names()
        agencies, people, photographers = (self._by_spelling[m] for m in (Agency, Person, Photographer))
        unknown = {Agency: {}, Person: {}, Photographer: {}}
        new_agencies, new_people, new_photographers = unknown[Agency], unknown[Person], unknown[Photographer]
        for _, agency, credit_source, named_people, named_photographers in facts:
            if agency not in agencies:
                new_agencies[agency] = None
            if credit_source not in agencies:
                new_agencies[credit_source] = None
            for name, _, _ in named_people:
                if name not in people:
                    new_people[name] = None
            for name in named_photographers:
                if name not in photographers:
                    new_photographers[name] = None
        for model, spellings in unknown.items():
            if not spellings:
                continue
            names: dict[str, str] = {}  # folded key -> the first spelling met (the name stored if new)
            for name in spellings:
                names.setdefault(self.key(name), name)
            self.resolve(model, names)
            known = self._by_spelling[model]
            for name in spellings:
                key = self.key(name)
                # A person whose name folds to nothing is stored (as before) but never linked.
                known[name] = None if model is Person and not key else self._ids[(model, key)]

    def _forget_names(self) -> None:
        """Empty the people's and photographers' caches (NAME_CACHE_SPELLINGS); agencies are few."""
        self._keys.clear()
        self._by_spelling[Person].clear()
        self._by_spelling[Photographer].clear()
        self._ids = {model_key: id_ for model_key, id_ in self._ids.items() if model_key[0] is Agency}

    def _add_rows_sqlite(self, conn, source_id: int, ordinals, hashes, facts, extras) -> list[int]:
        """Plain tuples through the driver's executemany: no per-row SQLAlchemy work, no dict
        per row; each row is the worker's columns tuple with the ids appended. Ids are given,
        not returned: next after the largest, as SQLite would choose them. Safe because a
        writing transaction holds SQLite's one write lock (BEGIN IMMEDIATE); a stale read would
        make the INSERT fail, never reuse an id."""
        agencies, people, photographers = (self._by_spelling[m] for m in (Agency, Person, Photographer))
        first = conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM captions").scalar()
        ids = range(first, first + len(facts))
        # Without extras (plain text inputs) the statement leaves their columns out: the driver
        # binds each None through its adapter look-up, two failed attribute look-ups apiece.
        if extras is None:
            rows = [f[0] + (agencies[f[1]], agencies[f[2]], caption_id, source_id, ordinal, digest)
                    for f, caption_id, ordinal, digest in zip(facts, ids, ordinals, hashes)]
        else:
            rows = [f[0] + (agencies[f[1]], agencies[f[2]], caption_id, source_id, ordinal, digest)
                    + ((e.get("external_id"), e.get("supplied_date"), e.get("url"), e.get("filename"))
                       if e else _NO_EXTRAS)
                    for f, caption_id, ordinal, digest, e in zip(facts, ids, ordinals, hashes, extras)]
        result = conn.exec_driver_sql(_INSERT_CAPTIONS_SQLITE if extras is not None else _INSERT_CAPTIONS_SQLITE_PLAIN,
                                      rows)
        if self._index_text_per_batch:
            # Several batches in one statement: FTS5 writes a segment per statement, and fewer,
            # larger segments are cheaper to write and to merge.
            if self._unindexed_from is None:
                self._unindexed_from = first
            self._next_id = first + len(rows)
            self._index_text(conn, TEXT_INDEX_ROWS)
        kept = facts
        if result.rowcount != len(rows):
            # Some were stored already (same hash or ordinal): only the rows with our ids are ours.
            ours = set(conn.exec_driver_sql("SELECT id FROM captions WHERE id >= ?", (first,)).scalars())
            pairs = [(caption_id, f) for caption_id, f in zip(ids, facts) if caption_id in ours]
            ids = [caption_id for caption_id, _ in pairs]
            kept = [f for _, f in pairs]

        people_rows, photographer_rows = [], []
        add_person, add_photographer = people_rows.append, photographer_rows.append
        for caption_id, (_, _, _, named_people, named_photographers) in zip(ids, kept):
            if named_people:
                if len(named_people) == 1:
                    (name, title, position), = named_people
                    person_id = people[name]
                    if person_id is not None:
                        add_person((caption_id, 1, person_id, title, position))
                else:
                    people_rows.extend(self._people_links(named_people, caption_id))
            if len(named_photographers) == 1:
                add_photographer((caption_id, 1, photographers[named_photographers[0]]))
            elif named_photographers:
                photographer_rows.extend((caption_id, ordinal, photographers[name])
                                         for ordinal, name in enumerate(named_photographers, 1))
        if people_rows:
            conn.exec_driver_sql(_INSERT_PEOPLE_SQLITE, people_rows)
        if photographer_rows:
            conn.exec_driver_sql(_INSERT_PHOTOGRAPHERS_SQLITE, photographer_rows)
        return list(ids)

    def _people_links(self, named_people: tuple, caption_id: int) -> list[tuple]:
        """(caption_id, ordinal, person_id, title, position) rows: one per person (two
        spellings that fold to one key are one person), none for a name that folds to nothing."""
        links = []
        if named_people:
            people = self._by_spelling[Person]
            seen = set()
            for name, title, position in named_people:
                person_id = people[name]
                if person_id is not None and person_id not in seen:
                    seen.add(person_id)
                    links.append((caption_id, len(links) + 1, person_id, title, position))
        return links

    def _add_rows_core(self, conn, source_id: int, ordinals, hashes, facts, extras) -> list[int]:
        """Other backends: SQLAlchemy Core, `INSERT ... ON CONFLICT DO NOTHING RETURNING`."""
        agencies, photographers = self._by_spelling[Agency], self._by_spelling[Photographer]
        rows = []
        for i, (columns, agency, credit_source, _, _) in enumerate(facts):
            values = dict(zip(_FACT_COLUMNS, columns))
            venue, region = values["venue"], values["region"]
            values.update(venue=None if venue == _NONE else venue, region=None if region == _NONE else region,
                          is_pool=bool(values["is_pool"]), is_handout=bool(values["is_handout"]),
                          is_file=bool(values["is_file"]), warnings=json.loads(values["warnings"]),
                          agency_id=agencies[agency] or None, credit_source_id=agencies[credit_source] or None,
                          source_id=source_id, ordinal=ordinals[i], content_hash=hashes[i])
            values.update(_NO_EXTRA_VALUES)  # every row the same keys: executemany compiles for the first
            if extras is not None and extras[i]:
                values.update(extras[i])
            rows.append(values)
        stmt = insert_ignoring_conflicts(self.dialect, Caption).returning(Caption.content_hash, Caption.id)
        stored = dict(conn.execute(stmt, rows).all())

        ids, people_rows, photographer_rows = [], [], []
        for digest, (_, _, _, named_people, named_photographers) in zip(hashes, facts):
            caption_id = stored.get(digest)
            if caption_id is None:
                continue
            ids.append(caption_id)
            people_rows.extend({"caption_id": c, "ordinal": o, "person_id": p, "title": t,
                                "position": None if pos == _NONE else pos}
                               for c, o, p, t, pos in self._people_links(named_people, caption_id))
            photographer_rows.extend({"caption_id": caption_id, "ordinal": i, "photographer_id": photographers[name]}
                                     for i, name in enumerate(named_photographers, 1))
        for model, link_rows in ((CaptionPerson, people_rows), (CaptionPhotographer, photographer_rows)):
            if link_rows:
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


def _insert_sql(verb: str, table, columns: Sequence[str]) -> str:
    values = ", ".join("nullif(?, 0)" if column in _ZERO_IS_NULL else "?" for column in columns)
    return f"{verb} INTO {table.name} ({', '.join(columns)}) VALUES ({values})"


# Columns given 0 for NULL (caption_facts(), and the agency ids: ids start at 1).
_ZERO_IS_NULL = frozenset({"venue", "region", "position", "agency_id", "credit_source_id"})


# The SQLite fast path's statements. Values go to the driver as they are, so they must be what
# it takes (warnings as JSON text); the order of each tuple built in _add_rows_sqlite.
_EXTRA_COLUMNS = ("external_id", "supplied_date", "url", "filename")  # NewCaption.extras
_NO_EXTRAS = (None,) * len(_EXTRA_COLUMNS)
_NO_EXTRA_VALUES = dict.fromkeys(_EXTRA_COLUMNS)
# caption_facts()'s columns tuple, in its order; the SQLite rows append the ids after it.
_FACT_COLUMNS = ("text", "description", "credit_line", "date", "date_precision", "venue", "city", "region",
                 "country", "is_pool", "is_handout", "is_file", "warnings", "parser_version")
_CAPTION_COLUMNS = _FACT_COLUMNS + ("agency_id", "credit_source_id", "id", "source_id", "ordinal", "content_hash")
# OR IGNORE: a caption another writer stored first (same hash or ordinal) is skipped.
_INSERT_CAPTIONS_SQLITE = _insert_sql("INSERT OR IGNORE", Caption.__table__, _CAPTION_COLUMNS + _EXTRA_COLUMNS)
_INSERT_CAPTIONS_SQLITE_PLAIN = _insert_sql("INSERT OR IGNORE", Caption.__table__, _CAPTION_COLUMNS)
_INSERT_PEOPLE_SQLITE = _insert_sql("INSERT", CaptionPerson.__table__,
                                    ("caption_id", "ordinal", "person_id", "title", "position"))
_INSERT_PHOTOGRAPHERS_SQLITE = _insert_sql("INSERT", CaptionPhotographer.__table__,
                                           ("caption_id", "ordinal", "photographer_id"))


def _index_added_sql(table: str) -> str:
    """The rows of an FTS table's content table from a given id on into the index, in one
    statement (defer_text_index)."""
    content, columns = FTS_TABLES[table]
    return (f"INSERT INTO {table}(rowid, {', '.join(columns)}) "
            f"SELECT id, {', '.join(columns)} FROM {content} WHERE id >= ?")


# The batch's rows into the full-text index in one statement (defer_text_index).
_INDEX_CAPTIONS_TEXT = _index_added_sql(CAPTIONS_FTS)


@lru_cache(maxsize=8)
def _hashes_stored_sql(n: int) -> str:
    return f"SELECT content_hash FROM captions WHERE source_id = ? AND content_hash IN ({', '.join('?' * n)})"


@lru_cache(maxsize=16)
def _keys_sql(table: str, n: int) -> str:
    return f"SELECT id, key FROM {table} WHERE key IN ({', '.join('?' * n)})"


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


def _unique_by_key(people):
    """Two spellings that fold to one key are one person in the database."""
    seen = set()
    for p in people:
        k = fold(p.name)
        if k and k not in seen:
            seen.add(k)
            yield p
