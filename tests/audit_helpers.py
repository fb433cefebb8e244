"""Building audit test catalogues through the real store: open_catalog + CaptionWriter."""
from __future__ import annotations

import datetime as dt

from catalog.parse.record import Caption, Credit
from catalog.store import open_catalog
from catalog.store.models import Source
from catalog.store.writer import CaptionWriter


def caption(description: str, credit: str | None = None, *, photographers=(), agency=None, source=None,
            date=None, pool=False, handout=False, file=False, text=None, warnings=()) -> Caption:
    """A parse record built by hand, so audit tests don't depend on the parser."""
    if text is None:
        text = description if credit is None else f"{description} ({credit})"
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date)) if date else None
    return Caption(text=text, description=description, date=date, date_precision=precision,
                   credit=Credit(line=credit, photographers=list(photographers), agency=agency, source=source,
                                 pool=pool, handout=handout, file=file),
                   warnings=list(warnings))


def build(path, sources: dict[str, list[Caption]], reference_dates: dict[str, str] | None = None):
    """A catalogue at `path` holding each source's captions, in order; returns {(source, n): id}."""
    ids = {}
    with open_catalog(path) as catalog, catalog.transaction() as session:
        writer = CaptionWriter(session)
        for name, captions in sources.items():
            ref = (reference_dates or {}).get(name)
            src = Source(path=f"/archive/{name}", kind="article", sha256="0" * 64, size=0,
                         reference_date=dt.date.fromisoformat(ref) if ref else None,
                         ingested_at=dt.datetime(2024, 1, 1))
            session.add(src)
            session.flush()
            for n, cap in enumerate(captions, 1):
                row = writer.add(src, n, cap)
                ids[(name, n)] = row.id
    return ids
