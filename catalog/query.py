"""The search language -> SQL.

    person:blinken by:millis date:2023-06     terms are ANDed
    agency:ap,reuters                         OR within a field
    person:blinken OR person:"qin gang"       OR between terms, ( ) to group
    -is:file  -has:credit                     `-` negates a term or a group
    date:2023-06-01..2023-06-30  date:..2019  ranges, either end open
    diaoyutai "state guesthouse"              bare words and phrases: the caption text

One small pure parser (`parse`) turns the text into a tree of `Term`, `And`, `Or`, `Not`
(beets queryparse's `field:value`, `-`, `..`, quoted phrases; the Guardian Grid's field
names). `condition` turns the tree into an SQLAlchemy expression over `captions`; each
field's type (FIELD_TYPES, beets' TYPE_BY_FIELD) decides how its value compares. Values
only ever reach the database as bound parameters, and the word search goes through
catalog.store.textsearch, the one dialect-specific module.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, Select, String, and_, cast, exists, false, not_, or_, select, true, union
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from .errors import QueryError
from .store import textsearch
from .store.models import Agency, Caption, CaptionPerson, CaptionPhotographer, Photographer

captions = Caption.__table__
caption_people = CaptionPerson.__table__
caption_photographers = CaptionPhotographer.__table__


# --- the tree ---

@dataclass(frozen=True)
class Term:
    field: str  # canonical field name; "text" for bare words
    values: tuple[str, ...]  # alternatives, ORed (agency:ap,reuters)
    column: int  # 1-based column of the term in the query, for messages


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


EVERYTHING = And(())


# --- fields: name -> type; aliases ---

FIELD_TYPES = {
    "person": "name",
    "photographer": "name",
    "agency": "name",
    "source": "name",
    "title": "words",
    "position": "words",
    "place": "place",
    "venue": "place",
    "city": "place",
    "region": "place",
    "country": "place",
    "date": "date",
    "text": "text",
    "is": "flag",
    "has": "has",
    "id": "id",
}
ALIASES = {"by": "photographer", "in": "place", "people": "person", "photographers": "photographer"}
FLAGS = {"pool": captions.c.is_pool, "handout": captions.c.is_handout, "file": captions.c.is_file}
HAS = ("credit", "photographer", "date", "people", "place", "agency", "warnings")
HAS_ALIASES = {"photographers": "photographer", "person": "people", "location": "place", "warning": "warnings"}


def field_names() -> list[str]:
    return sorted(set(FIELD_TYPES) | set(ALIASES))


# --- lexing and parsing ---

_FIELD = re.compile(r"[A-Za-z]+")


@dataclass
class _Token:
    kind: str  # "(", ")", "OR", "AND", "term"
    column: int
    negated: bool = False
    field: str | None = None
    values: tuple[str, ...] = ()
    field_column: int = 0


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch == ")":
            tokens.append(_Token(")", i + 1))
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            negated = True
            i += 1
        if query[i] == "(":
            tokens.append(_Token("(", start + 1, negated=negated))
            i += 1
            continue
        # A term: runs to white space or an unquoted parenthesis; quotes may appear anywhere.
        pieces: list[tuple[str, bool]] = []  # (text, quoted)
        buf: list[str] = []
        while i < n and not query[i].isspace() and query[i] not in "()":
            if query[i] == '"':
                if buf:
                    pieces.append(("".join(buf), False))
                    buf = []
                quote_at = i
                i += 1
                chars = []
                while i < n and query[i] != '"':
                    if query[i] == "\\" and i + 1 < n and query[i + 1] in '"\\':
                        i += 1
                    chars.append(query[i])
                    i += 1
                if i >= n:
                    raise QueryError(f"unbalanced quote: the \" at column {quote_at + 1} is never closed")
                pieces.append(("".join(chars), True))
                i += 1
            else:
                buf.append(query[i])
                i += 1
        if buf:
            pieces.append(("".join(buf), False))
        if i < n and query[i] == "(" and pieces:
            raise QueryError(f"unexpected '(' at column {i + 1}: put a space before it, or quote the value")
        tokens.append(_term_token(pieces, start, negated))
    return tokens


def _term_token(pieces: list[tuple[str, bool]], start: int, negated: bool) -> _Token:
    column = start + 1
    first, quoted = pieces[0]
    if not negated and len(pieces) == 1 and not quoted and first in ("OR", "AND"):
        return _Token(first, column)
    field = None
    value_pieces = pieces
    if not quoted and ":" in first:
        name, rest = first.split(":", 1)
        if _FIELD.fullmatch(name):
            field = name.lower()
            value_pieces = ([(rest, False)] if rest else []) + pieces[1:]
    if field is None:
        # Bare words: one value, the text as written (quotes only group it).
        text = "".join(p for p, _ in pieces)
        return _Token("term", column, negated=negated, field="text", values=(text,), field_column=column)
    values = _split_alternatives(value_pieces)
    return _Token("term", column, negated=negated, field=field, values=values,
                  field_column=column + (1 if negated else 0))


def _split_alternatives(pieces: list[tuple[str, bool]]) -> tuple[str, ...]:
    """`ap,reuters` -> ("ap", "reuters"); commas inside quotes stay."""
    values: list[str] = []
    current = ""
    for text, quoted in pieces:
        if quoted:
            current += text
            continue
        parts = text.split(",")
        current += parts[0]
        for part in parts[1:]:
            values.append(current)
            current = part
    values.append(current)
    return tuple(values)


class _Parser:
    """or := and ('OR' and)* ; and := unary+ ; unary := '-'? ( '(' or ')' | term )"""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self):
        if not self.tokens:
            return EVERYTHING
        node = self.or_()
        tok = self.peek()
        if tok is not None:  # only a ')' can stop the top level early
            raise QueryError(f"unbalanced parenthesis: ')' at column {tok.column} has no '('")
        return node

    def or_(self):
        items = [self.and_()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.pos += 1
            items.append(self.and_(after=tok))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_(self, after: _Token | None = None):
        items = []
        while (tok := self.peek()) is not None and tok.kind != ")" and tok.kind != "OR":
            if tok.kind == "AND":
                self.pos += 1
                continue
            items.append(self.unary())
        if not items:
            tok = self.peek()
            where = f"column {tok.column}" if tok else "the end of the query"
            if after is not None:
                raise QueryError(f"OR at column {after.column} has nothing after it")
            if tok is not None and tok.kind == "OR":
                raise QueryError(f"OR at column {tok.column} has nothing before it")
            raise QueryError(f"empty group before {where}")
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.kind == "(":
            if (nxt := self.peek()) is not None and nxt.kind == ")":
                raise QueryError(f"empty parentheses at column {tok.column}")
            node = self.or_()
            close = self.peek()
            if close is None or close.kind != ")":
                raise QueryError(f"unbalanced parenthesis: '(' at column {tok.column} is never closed")
            self.pos += 1
        else:
            node = _term(tok)
        return Not(node) if tok.negated else node


def _term(tok: _Token) -> Term:
    name = ALIASES.get(tok.field, tok.field)
    if name not in FIELD_TYPES:
        raise QueryError(f"unknown field '{tok.field}' at column {tok.field_column} "
                         f"(fields: {', '.join(field_names())})")
    values = tuple(" ".join(v.split()) if name != "text" else v for v in tok.values)
    if name != "text" and any(v == "" for v in values):
        raise QueryError(f"empty value for {tok.field}: at column {tok.field_column}")
    kind = FIELD_TYPES[name]
    for v in values:
        if kind == "date":
            _date_range(v, tok.field_column)
        elif kind == "flag" and v.lower() not in FLAGS:
            raise QueryError(f"unknown value is:{v} at column {tok.field_column} (is: {', '.join(FLAGS)})")
        elif kind == "has" and HAS_ALIASES.get(v.lower(), v.lower()) not in HAS:
            raise QueryError(f"unknown value has:{v} at column {tok.field_column} (has: {', '.join(HAS)})")
        elif kind == "id" and not v.isdigit():
            raise QueryError(f"malformed id '{v}' at column {tok.field_column}: expected a number")
    return Term(name, values, tok.column)


def parse(query: str | list[str] | tuple[str, ...]) -> object:
    """Query text (or the words of a command line) -> a tree of Term / And / Or / Not."""
    return _Parser(_lex(join_arguments(query))).parse()


_SYNTAX = re.compile(r'[:()"]|(?:^|\s)(?:(?:OR|AND)(?=\s|$)|-\w)')


def join_arguments(query) -> str:
    """Command-line words -> one query. A word the shell un-quoted is one term, as in beets:
    `person:"qin gang"` arrives as `person:qin gang` and `"state guesthouse"` as
    `state guesthouse`, each a phrase; a word holding query syntax (`by:millis OR
    in:paris`) is read as a query."""
    if isinstance(query, str):
        return query
    out = []
    for arg in query:
        arg = arg.strip()
        m = re.fullmatch(r"(-?[A-Za-z]+:)([^\"():]*\s[^\"():]*)", arg)
        if m and m.group(1).lstrip("-").rstrip(":").lower() in set(FIELD_TYPES) | set(ALIASES):
            arg = f'{m.group(1)}"{m.group(2).strip()}"'
        elif any(ch.isspace() for ch in arg) and not _SYNTAX.search(arg):
            arg = '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(arg)
    return " ".join(out)


# --- dates ---

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _period(text: str, column: int) -> tuple[str, str]:
    """'2023-06' -> ('2023-06', '2023-07'): the period's first key and the key just after it,
    compared as strings against stored dates (YYYY, YYYY-MM or YYYY-MM-DD)."""
    m = _DATE.fullmatch(text)
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if day is not None:
            d = dt.date(year, int(month), int(day))
            return d.isoformat(), (d + dt.timedelta(days=1)).isoformat()
        if month is not None:
            dt.date(year, int(month), 1)
            nxt = (year + 1, 1) if int(month) == 12 else (year, int(month) + 1)
            return f"{year:04d}-{int(month):02d}", f"{nxt[0]:04d}-{nxt[1]:02d}"
        return f"{year:04d}", f"{year + 1:04d}"
    except ValueError:
        raise QueryError(f"malformed date '{text}' at column {column}: expected YYYY, YYYY-MM or YYYY-MM-DD, "
                         f"or a range FROM..TO") from None


def _date_range(value: str, column: int) -> tuple[str | None, str | None]:
    """date value -> (first key, key just after), either end None when open."""
    if ".." not in value:
        return _period(value, column)
    start, _, end = value.partition("..")
    if not start and not end:
        raise QueryError(f"malformed date range '{value}' at column {column}: give at least one end")
    low = _period(start, column)[0] if start else None
    high = _period(end, column)[1] if end else None
    if low and high and low >= high:
        raise QueryError(f"empty date range '{value}' at column {column}: {start} is after {end}")
    return low, high


# --- the tree -> SQL ---
# Subqueries say how they correlate: a listing joins caption_people itself, and
# `person:x` inside it must still mean "a caption with x in it", not "this row is x".

def condition(node, dialect: str = "sqlite", ids=None, conn=None) -> ColumnElement[bool]:
    """A WHERE expression over `captions` for the tree `node`. `ids`, when given, stands for
    `captions.id` in the terms that need nothing else of the row (names, titles, positions);
    with `conn`, agency and source names are looked up first: see caption_select."""
    return _Compiler(textsearch.for_dialect(dialect), ids, conn).compile(node)


class _Compiler:
    def __init__(self, search, ids=None, conn=None):
        self.search = search
        self.ids = captions.c.id if ids is None else ids
        self.conn = conn

    def compile(self, node) -> ColumnElement[bool]:
        if isinstance(node, Term):
            return or_(*(self.value(node.field, v) for v in node.values))
        if isinstance(node, Not):
            return not_(self.compile(node.item))
        if isinstance(node, Or):
            return or_(*(self.compile(i) for i in node.items))
        if isinstance(node, And):
            if not node.items:
                return true()
            return and_(*(self.compile(i) for i in node.items))
        raise TypeError(node)

    def value(self, field: str, value: str) -> ColumnElement[bool]:
        kind = FIELD_TYPES[field]
        c = captions.c
        if kind == "name":
            if field == "person":
                return self.ids.in_(select(caption_people.c.caption_id).correlate(None)
                                    .where(caption_people.c.person_id.in_(self.search.name_ids("people", value))))
            if field == "photographer":
                return self.ids.in_(select(caption_photographers.c.caption_id).correlate(None).where(
                    caption_photographers.c.photographer_id.in_(self.search.name_ids("photographers", value))))
            column = c.agency_id if field == "agency" else c.credit_source_id
            agencies = self.search.name_ids("agencies", value)
            if self.conn is not None:
                # The ids themselves: one agency is then `agency_id = ?`, and SQLite sorts
                # `agency:ap is:file --sort -date` a day at a time down (agency_id, is_file,
                # date) and stops at the limit; over `IN (SELECT ...)` it sorts every match.
                agencies = list(self.conn.scalars(agencies))
            return column.in_(agencies)
        if kind == "words":
            return self.ids.in_(select(caption_people.c.caption_id).correlate(None)
                                .where(textsearch.whole_words(caption_people.c[field], value)))
        if kind == "place":
            columns = textsearch.PLACE_COLUMNS if field == "place" else (field,)
            return self.search.caption_ids(columns, value)
        if kind == "text":
            return self.search.caption_ids(("text",), value)
        if kind == "date":
            return _date_condition(*_date_range(value, 0))
        if kind == "flag":
            return FLAGS[value.lower()].is_(True)
        if kind == "has":
            return _has(HAS_ALIASES.get(value.lower(), value.lower()))
        if kind == "id":
            return c.id == int(value)
        raise AssertionError(kind)


def _date_condition(low: str | None, high: str | None) -> ColumnElement[bool]:
    """Stored dates wholly inside [low, high). A stored date keeps its precision (YYYY,
    YYYY-MM, YYYY-MM-DD) and sorts before its own days, so plain string comparison is right
    but for two edges, both index-friendly: April 2023 (`2023-04`) starts on 2023-04-01
    (it is inside `2023-04-01..`), and 2023 (`2023`) is not before 2023-07-01 (it is not
    inside `..2023-06-30`)."""
    c = captions.c.date
    parts = [c.is_not(None)]
    if low:
        # The periods starting on `low` sort just before it, and nothing else stored lies
        # between them and it ('2023' < '2023-01' < '2023-01-01'): the shortest one is the
        # lower end of one index range (an OR of `>= low` and an IN list is read as two).
        starts_with_low = [low[:n] for n in (7, 4) if low[n:] in ("-01", "-01-01")]
        parts.append(c >= min([low, *starts_with_low]))
    if high:
        contains_high = [high[:n] for n in (4, 7) if len(high) > n]
        parts.append(and_(c < high, c.not_in(contains_high)) if contains_high else c < high)
    return and_(*parts)


def _has(what: str) -> ColumnElement[bool]:
    c = captions.c
    if what == "credit":
        return and_(c.credit_line.is_not(None), c.credit_line != "")
    if what == "photographer":
        return exists().where(caption_photographers.c.caption_id == c.id).correlate(captions)
    if what == "people":
        return exists().where(caption_people.c.caption_id == c.id).correlate(captions)
    if what == "date":
        return c.date.is_not(None)
    if what == "place":
        return or_(*(c[p].is_not(None) for p in textsearch.PLACE_COLUMNS))
    if what == "agency":
        return c.agency_id.is_not(None)
    if what == "warnings":
        return cast(c.warnings, String) != "[]"
    return false()


# --- whole statements ---

SORTS = ("id", "date", "-date", "photographer", "agency")


def first_photographer_name():
    """The caption's first credited photographer (a correlated look-up on the primary key)."""
    return (select(Photographer.__table__.c.name)
            .join(caption_photographers, caption_photographers.c.photographer_id == Photographer.__table__.c.id)
            .where(caption_photographers.c.caption_id == captions.c.id, caption_photographers.c.ordinal == 1)
            .scalar_subquery())


def order_by(sort: str | None) -> list:
    """ORDER BY for --sort; every order ends on the id so output is stable."""
    c = captions.c
    if sort in (None, "id"):
        return [c.id]
    if sort == "date":
        return [c.date.asc().nulls_last(), c.id]
    if sort == "-date":
        return [c.date.desc().nulls_last(), c.id]
    if sort == "photographer":
        return [first_photographer_name().asc().nulls_last(), c.date.asc().nulls_last(), c.id]
    if sort == "agency":
        agency = select(Agency.__table__.c.name).where(Agency.__table__.c.id == c.agency_id).scalar_subquery()
        return [agency.asc().nulls_last(), c.date.asc().nulls_last(), c.id]
    raise QueryError(f"unknown sort '{sort}' (sorts: {', '.join(SORTS)})")


def _word_term(node) -> tuple[tuple[str, ...], str] | None:
    """(columns, value) when `node` is a plain word search of the caption index."""
    if not isinstance(node, Term) or len(node.values) != 1 or not textsearch.words(node.values[0]):
        return None
    if node.field == "text":
        return ("text",), node.values[0]
    if FIELD_TYPES[node.field] == "place":
        return (textsearch.PLACE_COLUMNS if node.field == "place" else (node.field,)), node.values[0]
    return None


def caption_select(query, *, dialect: str = "sqlite", sort: str | None = None, limit: int | None = None,
                   columns=None, conn=None) -> Select:
    """SELECT the matching captions (all columns unless `columns`), sorted and limited.

    With `conn` (the connection the statement will run on), agency and source names are
    looked up first and the statement holds their ids: cheaper plans (see _Compiler.value),
    the same rows."""
    tree = parse(query) if isinstance(query, (str, list, tuple)) else query
    search = textsearch.for_dialect(dialect)
    stmt = select(*(columns if columns is not None else [captions]))
    items = tree.items if isinstance(tree, And) else (tree,)
    words_terms = [w for w in map(_word_term, items) if w]
    if words_terms and search.driving_match is not None:
        # Word terms ANDed at the top: one full-text match drives the query (see driving_match).
        joined, match, rowid = search.driving_match(words_terms)
        rest = And(tuple(i for i in items if _word_term(i) is None))
        # Name terms test the match's rowid, written `+rowid` so that it is no index constraint
        # (else SQLite lets the IN list drive the full-text table): tested there, a match
        # without the name is dropped before its caption row is read. `person:okafor in:paris
        # date:2018..2022` read 8,300 caption rows for 50 answers, now 107 (session 15).
        stmt = stmt.select_from(joined).where(match, condition(rest, dialect, ids=_not_indexed(rowid), conn=conn))
        stmt = stmt.order_by(*([rowid] if sort in (None, "id") else order_by(sort)))
    else:
        stmt = stmt.where(condition(tree, dialect, conn=conn)).order_by(*order_by(sort))
    if limit is None:
        return stmt
    if sort in (None, "id") and not words_terms:
        lone = items[0] if len(items) == 1 else None
        walk = first_linked_ids(lone, search, limit) if lone is not None else None
        if walk is not None:
            # One person or photographer, first N by id: see first_linked_ids.
            return select(*(columns if columns is not None else [captions])).where(
                captions.c.id.in_(walk)).order_by(captions.c.id)
        if isinstance(tree, Or):
            # `a OR b`, first N by id: the first N of each side, then of their union. The
            # planner would otherwise collect and sort every caption matching either side.
            firsts = [_first_ids(item, search, dialect, limit, conn).subquery() for item in tree.items]
            either = union(*(select(*first.c) for first in firsts)).subquery()
            stmt = select(captions.c.id).where(captions.c.id.in_(select(*either.c))).order_by(captions.c.id)
    # With a limit, choose the ids first and read whole rows only for them: the inner query
    # can often sort from an index alone (agency:x date:2019 --sort -date sorts (date, id)
    # pairs of ix_captions_agency_id_date) instead of sorting every matching caption row.
    chosen = stmt.with_only_columns(captions.c.id).limit(limit).scalar_subquery()
    return select(*(columns if columns is not None else [captions])).where(
        captions.c.id.in_(chosen)).order_by(*order_by(sort))


def _not_indexed(col) -> ColumnElement:
    """`+col`: the same value, which SQLite's planner will not use as an index constraint."""
    return UnaryExpression(col, operator=custom_op("+"), type_=Integer())


# The link table behind each name field: (table, name-id column, name table).
_LINKS = {"person": (caption_people, "person_id", "people"),
          "photographer": (caption_photographers, "photographer_id", "photographers")}


def first_linked_ids(node, search, limit: int) -> Select | None:
    """The first `limit` caption ids, in order, of a lone `person:` or `by:` term, or None.

    `captions.id IN (SELECT caption_id FROM caption_people WHERE person_id IN (...))` makes
    SQLite collect and index every link before the first row: ~15 ms for a surname on 28,000
    of a million captions, however small the limit. This walks the (name id, caption id)
    index upwards instead: each step asks for the smallest linked caption id above the last
    one, which SQLite answers with one short seek per matching name. The walk is a lazy
    co-routine, so `limit` steps are all it takes, and it never repeats a caption that
    names two matching people."""
    if not (getattr(search, "walks_links", False) and isinstance(node, Term) and node.field in _LINKS):
        return None
    link, key, table = _LINKS[node.field]
    names = [search.name_ids(table, value) for value in node.values]
    matching = link.c[key].in_(names[0] if len(names) == 1 else union(*names))

    def next_linked(after=None):
        step = select(link.c.caption_id).where(matching)
        if after is not None:
            step = step.where(link.c.caption_id > after)
        return step.order_by(link.c.caption_id).limit(1).scalar_subquery()

    walk = select(next_linked().label("caption_id")).cte(f"walk_{node.column}", recursive=True)
    walk = walk.union_all(select(next_linked(walk.c.caption_id)).where(walk.c.caption_id.is_not(None)))
    return select(walk.c.caption_id).where(walk.c.caption_id.is_not(None)).limit(limit)


def _first_ids(node, search, dialect: str, limit: int, conn=None) -> Select:
    """The first `limit` caption ids matching `node`, in id order."""
    walk = first_linked_ids(node, search, limit)
    if walk is not None:
        return walk
    return select(captions.c.id).where(condition(node, dialect, conn=conn)).order_by(captions.c.id).limit(limit)


def render_sql(stmt: Select, dialect) -> str:
    """The statement as the database gets it, and its bound parameters, for --sql."""
    compiled = stmt.compile(dialect=dialect)
    params = compiled.params
    lines = [str(compiled).strip() + ";"]
    if params:
        lines.append("-- parameters: " + ", ".join(f"{k}={v!r}" for k, v in params.items()))
    return "\n".join(lines)
