"""XMP sidecars: a catalogued picture's parse written back as standard metadata, and read again.

Standard properties carry what photo software already understands (IPTC Core/Extension and
Photoshop namespaces): dc:description, dc:creator, photoshop:Credit/Source/DateCreated/City/
State/Country, Iptc4xmpExt:PersonInImage and LocationShown. What has no standard home (each
person's title and position in the frame, the credit line as printed, pool/handout/file)
goes in our own namespace, catalog: (https://catalog.example/ns/1.0/).

A sidecar is named after its picture (`NAME.xmp` for `NAME.jpg`); when two pictures share a
name the later one gets `NAME-<first 8 of its sha256>.xmp`. Files are written whole or not at
all (a temporary file renamed into place).
"""
from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from . import __version__
from .errors import InputError
from .sources.images import NS, read_xmp_file
from .store.models import Caption, CaptionPerson, CaptionPhotographer, EmbeddedMetadata

_RDF = "{%s}" % NS["rdf"]
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the fixed id every XMP packet wrapper carries
SIDECAR_NAMESPACES = ("x", "rdf", "dc", "photoshop", "Iptc4xmpExt", "catalog")
for _prefix in SIDECAR_NAMESPACES:
    ET.register_namespace(_prefix, NS[_prefix])


@dataclass(slots=True)
class SidecarWritten:
    caption_id: int
    image: str  # the picture's path as catalogued
    sidecar: Path


# --- the record ------------------------------------------------------------------------------------

def caption_record(row: Caption, meta: EmbeddedMetadata) -> dict:
    """A catalogued picture as the caption-schema record, plus the file it came from."""
    return {
        "file": meta.path,
        "sha256": meta.sha256,
        "text": row.text,
        "description": row.description,
        "people": [{"name": p.person.name, "title": p.title, "position": p.position} for p in row.people],
        "location": {"venue": row.venue, "city": row.city, "region": row.region, "country": row.country},
        "date": row.date,
        "credit": {
            "line": row.credit_line,
            "photographers": [p.photographer.name for p in row.photographers],
            "agency": row.agency.name if row.agency else None,
            "source": row.credit_source.name if row.credit_source else None,
            "pool": bool(row.is_pool), "handout": bool(row.is_handout), "file": bool(row.is_file),
        },
    }


def iter_image_records(session: Session, where=None, batch: int = 200) -> Iterator[dict]:
    """Catalogued pictures (all, or those matching the clause `where` on captions) in path order,
    streamed in batches."""
    stmt = (select(Caption, EmbeddedMetadata).join(EmbeddedMetadata, EmbeddedMetadata.caption_id == Caption.id)
            .options(selectinload(Caption.people).selectinload(CaptionPerson.person),
                     selectinload(Caption.photographers).selectinload(CaptionPhotographer.photographer),
                     selectinload(Caption.agency), selectinload(Caption.credit_source))
            .order_by(EmbeddedMetadata.path, Caption.id))
    if where is not None:
        stmt = stmt.where(where)
    for row, meta in session.execute(stmt.execution_options(yield_per=batch)):
        yield {"caption_id": row.id, **caption_record(row, meta)}


# --- writing -----------------------------------------------------------------------------------------

def _q(prefix: str, local: str) -> str:
    return "{%s}%s" % (NS[prefix], local)


def _simple(parent, prefix, local, value) -> None:
    if value not in (None, ""):
        ET.SubElement(parent, _q(prefix, local)).text = str(value)


def _array(parent, prefix, local, kind, values) -> ET.Element | None:
    values = [v for v in values if v not in (None, "", {})]
    if not values:
        return None
    container = ET.SubElement(ET.SubElement(parent, _q(prefix, local)), _RDF + kind)
    for value in values:
        li = ET.SubElement(container, _RDF + "li")
        if isinstance(value, dict):
            li.set(_RDF + "parseType", "Resource")
            for (p, name), v in value.items():
                _simple(li, p, name, v)
        else:
            li.text = str(value)
    return container


def _country_code(name: str | None) -> str | None:
    if not name:
        return None
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_3
    except (LookupError, ImportError):
        return None


def sidecar_xmp(record: dict) -> bytes:
    """One record -> an XMP packet (UTF-8 bytes)."""
    meta = ET.Element(_q("x", "xmpmeta"), {_q("x", "xmptk"): f"catalog {__version__}"})
    rdf = ET.SubElement(meta, _RDF + "RDF")
    desc = ET.SubElement(rdf, _RDF + "Description", {_RDF + "about": ""})
    credit, place = record["credit"], record["location"]

    if record.get("text"):
        alt = ET.SubElement(ET.SubElement(desc, _q("dc", "description")), _RDF + "Alt")
        li = ET.SubElement(alt, _RDF + "li", {_XML_LANG: "x-default"})
        li.text = record["text"]
    _array(desc, "dc", "creator", "Seq", credit["photographers"])
    _simple(desc, "photoshop", "Credit", credit["agency"])
    _simple(desc, "photoshop", "Source", credit["source"])
    _simple(desc, "photoshop", "DateCreated", record["date"])
    _simple(desc, "photoshop", "City", place["city"])
    _simple(desc, "photoshop", "State", place["region"])
    _simple(desc, "photoshop", "Country", place["country"])
    _array(desc, "Iptc4xmpExt", "PersonInImage", "Bag", [p["name"] for p in record["people"]])
    if any(place.values()):
        _array(desc, "Iptc4xmpExt", "LocationShown", "Bag", [{
            ("Iptc4xmpExt", "Sublocation"): place["venue"], ("Iptc4xmpExt", "City"): place["city"],
            ("Iptc4xmpExt", "ProvinceState"): place["region"], ("Iptc4xmpExt", "CountryName"): place["country"],
            ("Iptc4xmpExt", "CountryCode"): _country_code(place["country"])}])

    _simple(desc, "catalog", "Caption", record.get("description"))
    _simple(desc, "catalog", "CreditLine", credit["line"])
    _simple(desc, "catalog", "Venue", place["venue"])
    _array(desc, "catalog", "People", "Seq", [{
        ("catalog", "Name"): p["name"], ("catalog", "Title"): p["title"], ("catalog", "Position"): p["position"]}
        for p in record["people"]])
    for flag in ("pool", "handout", "file"):
        _simple(desc, "catalog", flag.capitalize(), "True" if credit[flag] else "False")
    _simple(desc, "catalog", "ImageFile", record.get("file"))
    _simple(desc, "catalog", "ImageSHA256", record.get("sha256"))

    ET.indent(meta, space=" ")
    body = ET.tostring(meta, encoding="unicode")
    return (f'<?xpacket begin="\ufeff" id="{PACKET_ID}"?>\n{body}\n<?xpacket end="w"?>\n').encode("utf-8")


def sidecar_name(image_path: str, sha256: str, taken: set[str]) -> str:
    stem = Path(image_path).stem or "image"
    name = f"{stem}.xmp"
    if name.casefold() in taken:  # case-insensitive file systems would overwrite it
        name = f"{stem}-{sha256[:8]}.xmp"
    taken.add(name.casefold())
    return name


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_sidecars(records: Iterable[dict], out_dir: str | os.PathLike) -> Iterator[SidecarWritten]:
    """Write one NAME.xmp per record into `out_dir` (created if need be)."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"{out}: cannot create the output folder: {e.strerror or e}") from None
    if not out.is_dir():
        raise InputError(f"{out}: not a folder")
    taken: set[str] = set()
    for record in records:
        target = out / sidecar_name(record["file"], record["sha256"], taken)
        try:
            _write_atomic(target, sidecar_xmp(record))
        except OSError as e:
            raise InputError(f"{target}: cannot write: {e.strerror or e}") from None
        yield SidecarWritten(record["caption_id"], record["file"], target)


# --- reading ------------------------------------------------------------------------------------------

def _str(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _items(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_sidecar(path: str | os.PathLike) -> dict:
    """A sidecar (ours, or any XMP with these properties) -> the caption-schema record."""
    props = read_xmp_file(path)
    people = [{"name": _str(p.get("catalog:Name")), "title": _str(p.get("catalog:Title")),
               "position": _str(p.get("catalog:Position"))}
              for p in _items(props.get("catalog:People")) if isinstance(p, dict)]
    if not people:  # someone else's XMP: names only
        people = [{"name": n, "title": None, "position": None} for n in _items(props.get("Iptc4xmpExt:PersonInImage"))
                  if _str(n)]
    shown = next((s for s in _items(props.get("Iptc4xmpExt:LocationShown")) if isinstance(s, dict)), {})
    return {
        "file": _str(props.get("catalog:ImageFile")),
        "sha256": _str(props.get("catalog:ImageSHA256")),
        "text": _str(props.get("dc:description")),
        "description": _str(props.get("catalog:Caption")),
        "people": people,
        "location": {
            "venue": _str(props.get("catalog:Venue")) or _str(shown.get("Iptc4xmpExt:Sublocation")),
            "city": _str(props.get("photoshop:City")) or _str(shown.get("Iptc4xmpExt:City")),
            "region": _str(props.get("photoshop:State")) or _str(shown.get("Iptc4xmpExt:ProvinceState")),
            "country": _str(props.get("photoshop:Country")) or _str(shown.get("Iptc4xmpExt:CountryName")),
        },
        "date": _str(props.get("photoshop:DateCreated")),
        "credit": {
            "line": _str(props.get("catalog:CreditLine")),
            "photographers": [n for n in _items(props.get("dc:creator")) if _str(n)],
            "agency": _str(props.get("photoshop:Credit")),
            "source": _str(props.get("photoshop:Source")),
            "pool": props.get("catalog:Pool") == "True",
            "handout": props.get("catalog:Handout") == "True",
            "file": props.get("catalog:File") == "True",
        },
    }
