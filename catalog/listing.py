"""Rows for listings: stored captions, and parse records flattened for a table.

Streams in keyset batches (id > last), so listing a million captions holds one batch.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from .store.db import Catalog
from .store.models import Caption, CaptionPhotographer

if TYPE_CHECKING:  # importing catalog.parse.record runs the whole parser's imports: `list` needs none
    from .parse.record import Caption as ParsedCaption

LIST_COLUMNS = ("id", "date", "photographers", "agency", "description")
PARSE_TABLE_COLUMNS = ("description", "people", "date", "place", "credit", "photographers", "agency", "source",
                       "flags", "warnings")


def caption_rows(catalog: Catalog, *, limit: int | None = None, batch_size: int = 1000) -> Iterator[dict]:
    """id, date, photographers, agency, description of every caption, in id order."""
    last_id, left = 0, limit
    while left is None or left > 0:
        size = batch_size if left is None else min(batch_size, left)
        with catalog.session() as session:
            rows = session.scalars(
                select(Caption).where(Caption.id > last_id).order_by(Caption.id).limit(size)
                .options(joinedload(Caption.agency),
                         selectinload(Caption.photographers).joinedload(CaptionPhotographer.photographer))
            ).unique().all()
            batch = [{"id": r.id, "date": r.date,
                      "photographers": [p.photographer.name for p in r.photographers],
                      "agency": r.agency.name if r.agency else None,
                      "description": r.description} for r in rows]
        if not batch:
            return
        yield from batch
        last_id = batch[-1]["id"]
        if left is not None:
            left -= len(batch)


def flat_parse_row(parsed: ParsedCaption) -> dict:
    """A parse record as one table row (lists joined, the place in one cell)."""
    c, loc = parsed.credit, parsed.location
    people = []
    for p in parsed.people:
        extra = ", ".join(x for x in (p.title, p.position) if x)
        people.append(f"{p.name} ({extra})" if extra else p.name)
    place = ", ".join(x for x in (loc.venue, loc.city, loc.region, loc.country) if x)
    flags = [name for name, on in (("pool", c.pool), ("handout", c.handout), ("file", c.file)) if on]
    return {"description": parsed.description, "people": people, "date": parsed.date, "place": place or None,
            "credit": c.line, "photographers": list(c.photographers), "agency": c.agency, "source": c.source,
            "flags": flags, "warnings": list(parsed.warnings)}
