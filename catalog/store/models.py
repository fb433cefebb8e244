"""SQLAlchemy 2.0 models of the catalogue.

The schema only changes through Alembic migrations (migrations/versions/); a test checks
that these models and the migrations agree. No native Enum columns (SQLite batch mode),
and a naming convention so constraints have stable names on every backend.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """One input read: a file (by absolute path) or `<stdin>`."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(4096), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # article, text, lines, csv, json, jsonl, image
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    # From an article: its `date YYYY-MM-DD` (the captions' reference date) and `CITY --` dateline.
    reference_date: Mapped[dt.date | None] = mapped_column(Date)
    dateline: Mapped[str | None] = mapped_column(String(200))
    contributors: Mapped[str | None] = mapped_column(Text)  # the article's contributor line
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)

    captions: Mapped[list[Caption]] = relationship(back_populates="source")


class Agency(Base):
    """A party in a credit, by canonical name: the caption's agency or its source."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # case- and accent-folded name


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # case- and accent-folded name


class Photographer(Base):
    __tablename__ = "photographers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # case- and accent-folded name


class Caption(Base):
    """One caption as printed, with its parse."""

    __tablename__ = "captions"
    __table_args__ = (
        UniqueConstraint("source_id", "ordinal"),
        # A hash belongs to one source (its path is hashed too); led by the source, a file's new
        # captions are written together at the index's end, not at random places (0008).
        UniqueConstraint("source_id", "content_hash"),
        Index("ix_captions_date", "date"),
        # agency:x date:... (migration 0004); also every look-up by agency alone (0006 dropped (agency_id)).
        Index("ix_captions_agency_id_date", "agency_id", "date"),
        Index("ix_captions_agency_id_is_file_date", "agency_id", "is_file", "date"),  # agency:x is:file (0005)
        Index("ix_captions_credit_source_id", "credit_source_id"),  # source:x (nothing else serves it)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)  # 1-based position in its source
    text: Mapped[str] = mapped_column(Text)  # as printed
    description: Mapped[str] = mapped_column(Text)
    credit_line: Mapped[str | None] = mapped_column(Text)  # as printed
    date: Mapped[str | None] = mapped_column(String(10))  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: Mapped[str | None] = mapped_column(String(5))  # day, month, year
    venue: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    credit_source_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    is_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    is_handout: Mapped[bool] = mapped_column(Boolean, default=False)
    is_file: Mapped[bool] = mapped_column(Boolean, default=False)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    parser_version: Mapped[str] = mapped_column(String(32))
    # sha256 of the source's path and the caption's normalised text: the caption's identity.
    content_hash: Mapped[str] = mapped_column(String(64))
    # Kept from CSV/JSON inputs when present.
    external_id: Mapped[str | None] = mapped_column(String(200))
    supplied_date: Mapped[str | None] = mapped_column(String(40))
    url: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str | None] = mapped_column(String(1024))

    source: Mapped[Source] = relationship(back_populates="captions")
    agency: Mapped[Agency | None] = relationship(foreign_keys=[agency_id])
    credit_source: Mapped[Agency | None] = relationship(foreign_keys=[credit_source_id])
    people: Mapped[list[CaptionPerson]] = relationship(
        order_by="CaptionPerson.ordinal", cascade="all, delete-orphan", back_populates="caption")
    photographers: Mapped[list[CaptionPhotographer]] = relationship(
        order_by="CaptionPhotographer.ordinal", cascade="all, delete-orphan", back_populates="caption")


class CaptionPerson(Base):
    """A person in a caption: order of mention, and the title and position written there."""

    __tablename__ = "caption_people"
    __table_args__ = (
        # Covering: `person:x` reads caption ids straight from the index (migration 0002_fts).
        # It also serves everything a (person_id) index would: 0006 dropped that one.
        Index("ix_caption_people_person_id_caption_id", "person_id", "caption_id"),
        # SQLite: the row lives in the (caption_id, ordinal) key's B-tree alone (migration 0007).
        {"sqlite_with_rowid": False},
    )

    caption_id: Mapped[int] = mapped_column(ForeignKey("captions.id", ondelete="CASCADE"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    title: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(String(100))

    caption: Mapped[Caption] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()


class CaptionPhotographer(Base):
    __tablename__ = "caption_photographers"
    __table_args__ = (
        # Covering, as for people; the (photographer_id) prefix index went in 0006.
        Index("ix_caption_photographers_photographer_id_caption_id", "photographer_id", "caption_id"),
        {"sqlite_with_rowid": False},  # as caption_people (0007)
    )

    caption_id: Mapped[int] = mapped_column(ForeignKey("captions.id", ondelete="CASCADE"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    photographer_id: Mapped[int] = mapped_column(ForeignKey("photographers.id"))

    caption: Mapped[Caption] = relationship(back_populates="photographers")
    photographer: Mapped[Photographer] = relationship()


class EmbeddedMetadata(Base):
    """What a photo file says about itself (IPTC IIM and XMP, merged), kept beside its caption.

    The file's path, size and sha256 name the exact bytes read; `raw` keeps every IIM dataset
    (with its byte length, for the truncated-field rule) and XMP property as read.
    """

    __tablename__ = "embedded_metadata"
    __table_args__ = (Index("ix_embedded_metadata_sha256", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    caption_id: Mapped[int] = mapped_column(ForeignKey("captions.id", ondelete="CASCADE"), unique=True)
    path: Mapped[str] = mapped_column(String(4096))
    format: Mapped[str] = mapped_column(String(8))  # JPEG, TIFF
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    byline: Mapped[str | None] = mapped_column(Text)  # dc:creator / By-line, several joined by "; "
    credit: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    date_created: Mapped[str | None] = mapped_column(String(10))  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    description: Mapped[str | None] = mapped_column(Text)
    persons: Mapped[list] = mapped_column(JSON, default=list)  # Iptc4xmpExt:PersonInImage
    locations: Mapped[list] = mapped_column(JSON, default=list)  # Iptc4xmpExt:LocationShown
    raw: Mapped[dict] = mapped_column(JSON, default=dict)

    caption: Mapped[Caption] = relationship()
