"""Photo files into the catalogue: the embedded caption parsed as any other, the fields beside it.

read (sources/images.py) -> parse (parse_caption) -> store (CaptionWriter + EmbeddedMetadata).
One file is one transaction: a file that cannot be read stores nothing and the others go on.
Where the caption itself is silent, the file's own fields fill the record (credit from
By-line/Credit, people from PersonInImage, place and date from the IPTC fields), each such
fill noted as a warning so the record says where a fact came from.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .errors import InputError
from .parse import parse_caption
from .parse.record import Caption as ParsedCaption
from .parse.record import Person
from .sources.images import (EmbeddedFields, ImageCaption, iter_image_paths, merge_fields, read_image,
                             read_image_data)
from .store.keys import fold
from .store.models import Caption, EmbeddedMetadata, Source
from .store.writer import CaptionWriter

SOURCE_KIND = "image"


@dataclass
class ImageIngestResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def parse_image_caption(item: ImageCaption) -> ParsedCaption:
    """The embedded caption parsed (Date Created as reference date), gaps filled from the fields."""
    return parse_with_fields(item.text, item.fields)


def parse_with_fields(text: str, fields: EmbeddedFields) -> ParsedCaption:
    reference = fields.date_created if fields.date_created and len(fields.date_created) == 10 else None
    parsed = parse_caption(text, reference_date=reference)
    credit = parsed.credit
    if not credit.line and not credit.photographers and not credit.agency and (fields.creators or fields.credit):
        credit.photographers = list(fields.creators)
        credit.agency = fields.credit
        if fields.source and fold(fields.source) != fold(fields.credit or ""):
            credit.source = fields.source
        parsed.warnings.append("credit-from-embedded: By-line/Credit of the file")
    if not parsed.people and fields.persons:
        parsed.people = [Person(name=name) for name in fields.persons]
        parsed.warnings.append("people-from-embedded: PersonInImage of the file")
    place = parsed.location
    if not any((place.venue, place.city, place.region, place.country)) and (fields.city or fields.country):
        place.city, place.region, place.country = fields.city, fields.state, fields.country
        parsed.warnings.append("place-from-embedded: City/Province-State/Country of the file")
    if parsed.date is None and fields.date_created:
        parsed.date = fields.date_created
        parsed.date_precision = {4: "year", 7: "month"}.get(len(fields.date_created), "day")
        parsed.warnings.append("date-from-embedded: Date Created of the file")
    return parsed


def stored_fields(meta: EmbeddedMetadata) -> EmbeddedFields:
    """The merged fields again, from what was read and kept (`raw`)."""
    raw = meta.raw or {}
    return merge_fields((raw.get("iim") or {}).get("fields") or {}, raw.get("xmp") or {})


def reparse_image_caption(session: Session, row: Caption) -> ParsedCaption:
    """A stored picture's caption parsed again with its file's fields (for `catalog reparse`)."""
    meta = session.scalar(select(EmbeddedMetadata).where(EmbeddedMetadata.caption_id == row.id))
    if meta is None:
        return parse_caption(row.text, row.source.reference_date)
    return parse_with_fields(row.text, stored_fields(meta))


def embedded_row(item: ImageCaption) -> EmbeddedMetadata:
    f = item.fields
    return EmbeddedMetadata(
        path=item.path, format=item.format, size=item.size, sha256=item.sha256,
        byline="; ".join(f.creators) or None, credit=f.credit, source=f.source, city=f.city, state=f.state,
        country=f.country, date_created=f.date_created, description=f.description, persons=list(f.persons),
        locations=[dict(loc) for loc in f.locations], raw=item.raw())


def store_image(session: Session, writer: CaptionWriter, item: ImageCaption) -> tuple[str, ParsedCaption | None]:
    """Store one read image: ('added' | 'updated' (the file changed since) | 'unchanged', its parse)."""
    source = session.scalar(select(Source).where(Source.path == item.path))
    status = "added"
    if source is not None:
        if source.sha256 == item.sha256:
            return "unchanged", None
        # The file was re-captioned or re-saved: its old record goes, the new one replaces it.
        session.execute(delete(Caption).where(Caption.source_id == source.id))
        session.expire(source, ["captions"])
        status = "updated"
    else:
        source = Source(path=item.path, kind=SOURCE_KIND)
        session.add(source)
    source.sha256, source.size = item.sha256, item.size
    source.ingested_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    created = item.fields.date_created
    source.reference_date = dt.date.fromisoformat(created) if created and len(created) == 10 else None
    session.flush()
    parsed = parse_image_caption(item)
    row = writer.add(source, 1, parsed, extras={"filename": item.name})
    if row is None:  # the same path and text is already stored: nothing more to do
        return "unchanged", None
    meta = embedded_row(item)
    meta.caption_id = row.id
    session.add(meta)
    session.flush()
    return status, parsed


def ingest_image_files(catalog, paths: Iterable, on_error: Callable[[str], None] | None = None,
                       on_done: Callable[[str, str], None] | None = None) -> ImageIngestResult:
    """Read and store each JPEG/TIFF (folders walked); one transaction per file."""
    result = ImageIngestResult()
    for path in iter_image_paths(paths):
        try:
            item = read_image(path)
            with catalog.transaction() as session:
                status, _ = store_image(session, CaptionWriter(session), item)
        except InputError as e:
            result.errors.append(str(e))
            if on_error:
                on_error(str(e))
            continue
        setattr(result, status, getattr(result, status) + 1)
        if on_done:
            on_done(str(path), status)
    return result


def ingest_image_document(catalog, doc, report) -> None:
    """One photo file from catalog.ingest (a sources.Document): one transaction, counted in `report`."""
    from sqlalchemy.exc import SQLAlchemyError

    from .errors import StoreError

    report.kind = SOURCE_KIND
    try:
        with doc.binary() as stream:
            data = stream.read()
    except OSError as e:
        raise InputError(f"{doc.name}: cannot read: {e.strerror or e}") from None
    item = read_image_data(data, doc.name, doc.key)
    if not item.text:
        report.warnings.append(f"{doc.name}: no caption embedded (IPTC Caption-Abstract or XMP dc:description); "
                               f"catalogued with its other fields")
    report.warnings.extend(f"{doc.name}: {w}" for w in item.warnings)
    try:
        with catalog.transaction() as session:
            status, parsed = store_image(session, CaptionWriter(session), item)
    except SQLAlchemyError as e:
        raise StoreError(f"the catalogue could not store {doc.name}: {e.__class__.__name__}: "
                         f"{str(getattr(e, 'orig', None) or e).splitlines()[0]}") from None
    if status == "unchanged":
        report.present += 1
    else:
        report.new += 1
        report.with_warnings += bool(parsed.warnings)


def image_query_condition(session: Session, query: str):
    """The search language's WHERE clause over captions for `query` (catalog search, issue 4)."""
    from . import query as search
    return search.condition(search.parse(query), session.get_bind().dialect.name)
