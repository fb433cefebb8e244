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


def caption_facts(parsed: ParsedCaption) -> tuple:
    """What the catalogue stores of a parse, as one plain tuple:

        (text, description, credit_line, date, date_precision, venue, city, region, country,
         agency, credit_source, is_pool, is_handout, is_file, warnings, people, photographers)

    with flags as 0/1, warnings a tuple of codes, people ((name, title, position), ...) and
    photographers (name, ...), names as written. Worker processes send this back rather than
    the parse object: a tuple of strings pickles and unpickles several times faster than
    nested dataclasses (whose unpickling runs Python code per object), and the writer reads it
    without attribute look-ups.
    """
    credit, place = parsed.credit, parsed.location
    return (parsed.text, parsed.description, credit.line, parsed.date, parsed.date_precision,
            place.venue, place.city, place.region, place.country, credit.agency, credit.source,
            1 if credit.pool else 0, 1 if credit.handout else 0, 1 if credit.file else 0,
            tuple(parsed.warnings), tuple([(p.name, p.title, p.position) for p in parsed.people]),
            tuple(credit.photographers))


# Positions in caption_facts() read by index.
_AGENCY, _CREDIT_SOURCE, WARNINGS, _PEOPLE, _PHOTOGRAPHERS = 9, 10, 14, 15, 16


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
        self._by_spelling: dict[type, dict[str, int | None]] = {Agency: {}, Person: {}, Photographer: {}}
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
        ids = self.add_batch(source.id, [NewCaption(ordinal, digest, caption_facts(parsed), extras)])
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
        self._resolve_spellings(batch)
        conn = self.session.connection()  # Core, not the ORM's bulk path (which splices results row by row)
        if self.dialect == "sqlite":
            return self._add_batch_sqlite(conn, source_id, batch)
        return self._add_batch_core(conn, source_id, batch)

    def _resolve_spellings(self, batch: Sequence[NewCaption]) -> None:
        """Make every name of the batch, as spelt, known in `_by_spelling` (creating new names:
        one look-up and one insert per name table for the whole batch)."""
        agencies, people, photographers = (self._by_spelling[m] for m in (Agency, Person, Photographer))
        unknown = {Agency: {}, Person: {}, Photographer: {}}
        for new in batch:
            facts = new.facts
            for name in (facts[_AGENCY], facts[_CREDIT_SOURCE]):
                if name and name not in agencies:
                    unknown[Agency][name] = None
            for name, _, _ in facts[_PEOPLE]:
                if name not in people:
                    unknown[Person][name] = None
            for name in facts[_PHOTOGRAPHERS]:
                if name not in photographers:
                    unknown[Photographer][name] = None
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

    def _add_batch_sqlite(self, conn, source_id: int, batch: Sequence[NewCaption]) -> list[int]:
        """Plain tuples through the driver's executemany: no per-row SQLAlchemy work, no dict
        per row. Ids are given, not returned: next after the largest, as SQLite would choose
        them. Safe because a writing transaction holds SQLite's one write lock (BEGIN
        IMMEDIATE); a stale read would make the INSERT fail, never reuse an id."""
        agencies, people, photographers = (self._by_spelling[m] for m in (Agency, Person, Photographer))
        first = conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM captions").scalar()
        # Without extras (plain text inputs) the statement leaves their columns out: the driver
        # binds each None through its adapter look-up, two failed attribute look-ups apiece.
        with_extras = any(new.extras for new in batch)
        rows = []
        append = rows.append
        dumps = json.dumps
        for caption_id, new in enumerate(batch, first):
            facts, extras = new.facts, new.extras
            agency, credit_source, warnings = facts[_AGENCY], facts[_CREDIT_SOURCE], facts[WARNINGS]
            # Flags are ints, not bools: the driver binds exact ints directly, but looks for an
            # adapter for a bool (two failed attribute look-ups each).
            row = ((caption_id, source_id, new.ordinal, new.content_hash) + facts[:9]
                   + (agencies[agency] if agency else None, agencies[credit_source] if credit_source else None)
                   + facts[11:14] + (dumps(list(warnings)) if warnings else "[]", PARSER_VERSION))
            if with_extras:
                row += ((extras.get("external_id"), extras.get("supplied_date"), extras.get("url"),
                         extras.get("filename")) if extras else _NO_EXTRAS)
            append(row)
        result = conn.exec_driver_sql(_INSERT_CAPTIONS_SQLITE if with_extras else _INSERT_CAPTIONS_SQLITE_PLAIN, rows)
        if self._index_text_per_batch:
            conn.exec_driver_sql(_INDEX_CAPTIONS_TEXT, (first,))
        if result.rowcount == len(rows):
            ids = list(range(first, first + len(rows)))
            kept = batch
        else:
            # Some were stored already (same hash or ordinal): only the rows with our ids are ours.
            ours = set(conn.exec_driver_sql("SELECT id FROM captions WHERE id >= ?", (first,)).scalars())
            pairs = [(caption_id, new) for caption_id, new in enumerate(batch, first) if caption_id in ours]
            ids = [caption_id for caption_id, _ in pairs]
            kept = [new for _, new in pairs]

        people_rows, photographer_rows = [], []
        for caption_id, new in zip(ids, kept):
            people_rows.extend(self._people_links(new.facts, caption_id))
            named = new.facts[_PHOTOGRAPHERS]
            if named:
                photographer_rows.extend((caption_id, ordinal, photographers[name])
                                         for ordinal, name in enumerate(dict.fromkeys(named), 1))
        if people_rows:
            conn.exec_driver_sql(_INSERT_PEOPLE_SQLITE, people_rows)
        if photographer_rows:
            conn.exec_driver_sql(_INSERT_PHOTOGRAPHERS_SQLITE, photographer_rows)
        return ids

    def _people_links(self, facts: tuple, caption_id: int) -> list[tuple]:
        """(caption_id, ordinal, person_id, title, position) rows: one per person (two
        spellings that fold to one key are one person), none for a name that folds to nothing."""
        links = []
        if facts[_PEOPLE]:
            people = self._by_spelling[Person]
            seen = set()
            for name, title, position in facts[_PEOPLE]:
                person_id = people[name]
                if person_id is not None and person_id not in seen:
                    seen.add(person_id)
                    links.append((caption_id, len(links) + 1, person_id, title, position))
        return links

    def _add_batch_core(self, conn, source_id: int, batch: Sequence[NewCaption]) -> list[int]:
        """Other backends: SQLAlchemy Core, `INSERT ... ON CONFLICT DO NOTHING RETURNING`."""
        agencies, photographers = self._by_spelling[Agency], self._by_spelling[Photographer]
        rows = []
        for new in batch:
            facts = new.facts
            values = dict(zip(_FACT_COLUMNS, facts[:9] + tuple(map(bool, facts[11:14]))))
            agency, credit_source = facts[_AGENCY], facts[_CREDIT_SOURCE]
            values.update(agency_id=agencies[agency] if agency else None,
                          credit_source_id=agencies[credit_source] if credit_source else None,
                          warnings=list(facts[WARNINGS]), parser_version=PARSER_VERSION,
                          source_id=source_id, ordinal=new.ordinal, content_hash=new.content_hash)
            values.update(_NO_EXTRA_VALUES)  # every row the same keys: executemany compiles for the first
            if new.extras:
                values.update(new.extras)
            rows.append(values)
        stmt = insert_ignoring_conflicts(self.dialect, Caption).returning(Caption.content_hash, Caption.id)
        stored = dict(conn.execute(stmt, rows).all())

        ids, people_rows, photographer_rows = [], [], []
        for new in batch:
            caption_id = stored.get(new.content_hash)
            if caption_id is None:
                continue
            ids.append(caption_id)
            people_rows.extend({"caption_id": c, "ordinal": o, "person_id": p, "title": t, "position": pos}
                               for c, o, p, t, pos in self._people_links(new.facts, caption_id))
            photographer_rows.extend({"caption_id": caption_id, "ordinal": i, "photographer_id": photographers[name]}
                                     for i, name in enumerate(dict.fromkeys(new.facts[_PHOTOGRAPHERS]), 1))
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
    return f"{verb} INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


# The SQLite fast path's statements. Values go to the driver as they are, so they must be what
# it takes (warnings as JSON text); the order of each tuple built in _add_batch_sqlite.
_EXTRA_COLUMNS = ("external_id", "supplied_date", "url", "filename")  # NewCaption.extras
_NO_EXTRAS = (None,) * len(_EXTRA_COLUMNS)
_NO_EXTRA_VALUES = dict.fromkeys(_EXTRA_COLUMNS)
# caption_facts()[:9] + [11:14]: the facts stored as they are.
_FACT_COLUMNS = ("text", "description", "credit_line", "date", "date_precision", "venue", "city", "region",
                 "country", "is_pool", "is_handout", "is_file")
_CAPTION_COLUMNS = ("id", "source_id", "ordinal", "content_hash") + _FACT_COLUMNS[:9] + (
    "agency_id", "credit_source_id") + _FACT_COLUMNS[9:] + ("warnings", "parser_version")
# OR IGNORE: a caption another writer stored first (same hash or ordinal) is skipped.
_INSERT_CAPTIONS_SQLITE = _insert_sql("INSERT OR IGNORE", Caption.__table__, _CAPTION_COLUMNS + _EXTRA_COLUMNS)
_INSERT_CAPTIONS_SQLITE_PLAIN = _insert_sql("INSERT OR IGNORE", Caption.__table__, _CAPTION_COLUMNS)
_INSERT_PEOPLE_SQLITE = _insert_sql("INSERT", CaptionPerson.__table__,
                                    ("caption_id", "ordinal", "person_id", "title", "position"))
_INSERT_PHOTOGRAPHERS_SQLITE = _insert_sql("INSERT", CaptionPhotographer.__table__,
                                           ("caption_id", "ordinal", "photographer_id"))
# The batch's rows into the full-text index in one statement (defer_text_index).
_INDEX_CAPTIONS_TEXT = (f"INSERT INTO {CAPTIONS_FTS}(rowid, {', '.join(FTS_TABLES[CAPTIONS_FTS][1])}) "
                        f"SELECT id, {', '.join(FTS_TABLES[CAPTIONS_FTS][1])} FROM captions WHERE id >= ?")


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
