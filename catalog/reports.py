"""Listings and summaries: people, photographers, agencies, credits, stats.

Each is one GROUP BY over the captions a query selects (the query language of
catalog.query), streamed row by row.
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, String, cast, func, select

from .errors import QueryError
from .store.models import Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer, Source

captions = Caption.__table__
_agencies = Agency.__table__

LISTING_COLUMNS = ["name", "captions", "first", "last"]
CREDIT_COLUMNS = ["photographer", "agency", "pictures", "first", "last"]
STATS_COLUMNS = ["item", "value"]
LISTING_SORTS = ("count", "name", "first", "last")


def _listing_order(sort: str, name, count, first, last) -> list:
    if sort == "count":
        return [count.desc(), name]
    if sort == "name":
        return [name]
    if sort == "first":
        return [first.asc().nulls_last(), name]
    if sort == "last":
        return [last.desc().nulls_last(), name]
    raise QueryError(f"unknown sort '{sort}' (sorts: {', '.join(LISTING_SORTS)})")


# Names reached through a link table: (names, links, the link's column naming the name).
_NAME_LINKS = {
    "people": (Person.__table__, CaptionPerson.__table__, "person_id"),
    "photographers": (Photographer.__table__, CaptionPhotographer.__table__, "photographer_id"),
}


def listing(conn: Connection, kind: str, where, *, sort: str = "count", limit: int | None = None) -> Iterator[dict]:
    """Distinct people / photographers / agencies in the captions matching `where`, with
    caption counts and first and last dates."""
    if kind in _NAME_LINKS:
        names, link, name_id = _NAME_LINKS[kind]
        stmt = (select(names.c.name, func.count(link.c.caption_id), func.min(captions.c.date),
                       func.max(captions.c.date))
                .select_from(names.join(link, link.c[name_id] == names.c.id)
                             .join(captions, captions.c.id == link.c.caption_id)))
    elif kind == "agencies":
        names = _agencies
        stmt = (select(names.c.name, func.count(captions.c.id), func.min(captions.c.date), func.max(captions.c.date))
                .select_from(names.join(captions, captions.c.agency_id == names.c.id)))
    else:
        raise ValueError(kind)
    count = func.count()
    stmt = stmt.where(where).group_by(names.c.id, names.c.name)
    stmt = stmt.order_by(*_listing_order(sort, names.c.name, count, func.min(captions.c.date),
                                         func.max(captions.c.date)))
    if limit is not None:
        stmt = stmt.limit(limit)
    for name, n, first, last in conn.execute(stmt):
        yield {"name": name, "captions": n, "first": first, "last": last}


def credits(conn: Connection, where) -> Iterator[dict]:
    """Photographer x agency: pictures and date range, the list for a usage or payment report.
    A picture with two photographers counts for each; one with none is listed without a name."""
    link, ph = CaptionPhotographer.__table__, Photographer.__table__
    stmt = (select(ph.c.name, _agencies.c.name, func.count(captions.c.id), func.min(captions.c.date),
                   func.max(captions.c.date))
            .select_from(captions.outerjoin(link, link.c.caption_id == captions.c.id)
                         .outerjoin(ph, ph.c.id == link.c.photographer_id)
                         .outerjoin(_agencies, _agencies.c.id == captions.c.agency_id))
            .where(where)
            .group_by(ph.c.id, ph.c.name, _agencies.c.id, _agencies.c.name)
            .order_by(ph.c.name.asc().nulls_last(), _agencies.c.name.asc().nulls_last()))
    for photographer, agency, n, first, last in conn.execute(stmt):
        yield {"photographer": photographer, "agency": agency, "pictures": n, "first": first, "last": last}


def stats(conn: Connection) -> Iterator[dict]:
    """An overview of the whole catalogue."""
    c = captions.c

    def one(stmt):
        return conn.execute(stmt).scalar()

    first, last = conn.execute(select(func.min(c.date), func.max(c.date))).one()
    items = [
        ("sources", one(select(func.count()).select_from(Source.__table__))),
        ("captions", one(select(func.count()).select_from(captions))),
        ("people", one(select(func.count()).select_from(Person.__table__))),
        ("photographers", one(select(func.count()).select_from(Photographer.__table__))),
        ("agencies", one(select(func.count(func.distinct(c.agency_id))))),
        ("first date", first),
        ("last date", last),
        ("captions with warnings", one(select(func.count()).where(cast(c.warnings, String) != "[]"))),
        ("captions without credit", one(select(func.count()).where((c.credit_line.is_(None)) | (c.credit_line == "")))),
        ("captions without date", one(select(func.count()).where(c.date.is_(None)))),
        ("pool pictures", one(select(func.count()).where(c.is_pool.is_(True)))),
        ("handouts", one(select(func.count()).where(c.is_handout.is_(True)))),
        ("file pictures", one(select(func.count()).where(c.is_file.is_(True)))),
    ]
    for item, value in items:
        yield {"item": item, "value": value}
