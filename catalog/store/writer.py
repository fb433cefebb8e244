"""Writing parsed captions: one caption row plus its people, photographers and agencies.

Names are looked up by folded key and created on first sight; a per-writer cache keeps
repeated names (the same photographer on a thousand pictures) off the database.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..parse import PARSER_VERSION
from ..parse.record import Caption as ParsedCaption
from .keys import caption_hash, fold
from .models import Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer, Source


class CaptionWriter:
    """Stores parsed captions within one session (one transaction per input file)."""

    def __init__(self, session: Session):
        self.session = session
        self._ids: dict[tuple[type, str], int] = {}

    def named_id(self, model, name: str) -> int:
        """The id of the person / photographer / agency called `name`, created if new."""
        key = fold(name)
        cached = self._ids.get((model, key))
        if cached is not None:
            return cached
        found = self.session.scalar(select(model.id).where(model.key == key))
        if found is None:
            row = model(name=name, key=key)
            self.session.add(row)
            self.session.flush()
            found = row.id
        self._ids[(model, key)] = found
        return found

    def exists(self, content_hash: str) -> bool:
        return self.session.scalar(select(Caption.id).where(Caption.content_hash == content_hash)) is not None

    def add(self, source: Source, ordinal: int, parsed: ParsedCaption, extras: dict | None = None, *,
            checked: bool = False) -> Caption | None:
        """Store one caption; None when this source already holds the same text.

        `checked`: the caller has already made sure the caption is new. The row is added to
        the session, not flushed: callers flush in batches (a flush per row is most of the cost).
        """
        digest = caption_hash(source.path, parsed.text)
        if not checked and self.exists(digest):
            return None
        if source.id is None:
            self.session.flush()
        row = Caption(source_id=source.id, ordinal=ordinal, content_hash=digest)
        self.fill(row, parsed)  # before add(): its look-ups autoflush, and the row must be whole by then
        for key, value in (extras or {}).items():
            setattr(row, key, value)
        self.session.add(row)
        return row

    def fill(self, row: Caption, parsed: ParsedCaption) -> None:
        """Set every parsed fact on a caption row (new, or re-parsed)."""
        credit, place = parsed.credit, parsed.location
        row.text = parsed.text
        row.description = parsed.description
        row.credit_line = credit.line
        row.date = parsed.date
        row.date_precision = parsed.date_precision
        row.venue, row.city, row.region, row.country = place.venue, place.city, place.region, place.country
        row.agency_id = self.named_id(Agency, credit.agency) if credit.agency else None
        row.credit_source_id = self.named_id(Agency, credit.source) if credit.source else None
        row.is_pool, row.is_handout, row.is_file = credit.pool, credit.handout, credit.file
        row.warnings = list(parsed.warnings)
        row.parser_version = PARSER_VERSION
        row.people = [
            CaptionPerson(ordinal=i, person_id=self.named_id(Person, p.name), title=p.title, position=p.position)
            for i, p in enumerate(_unique_by_key(parsed.people), 1)
        ]
        row.photographers = [
            CaptionPhotographer(ordinal=i, photographer_id=self.named_id(Photographer, name))
            for i, name in enumerate(dict.fromkeys(credit.photographers), 1)
        ]


def _unique_by_key(people):
    """Two spellings that fold to one key are one person in the database."""
    seen = set()
    for p in people:
        k = fold(p.name)
        if k and k not in seen:
            seen.add(k)
            yield p
