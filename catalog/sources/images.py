"""Photo files: the caption and credits embedded in a JPEG or TIFF, as one ImageCaption.

A pure reader (no database): path -> ImageCaption. Two places hold the text:

  IPTC IIM  a JPEG's APP13 "Photoshop 3.0" segment (8BIM image resource 0x0404), or a TIFF's
            IPTC-NAA tag 33723 / Photoshop tag 34377. Decoded by the 1:90 coded character set
            when it says UTF-8, else UTF-8 when the bytes are UTF-8, else cp1252.
  XMP       a JPEG's APP1 "http://ns.adobe.com/xap/1.0/" segment, or a TIFF's tag 700.
            Parsed with defusedxml: a packet is untrusted input.

XMP wins where both say something (it is Unicode and has no length limits). Pillow finds the
segments; we walk the Photoshop resources and IIM datasets ourselves, strictly, because Pillow
skips a corrupt block silently and we must say which file is broken.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import InputError

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".tif", ".tiff")

# IPTC IIM 4.2 application record (record 2) datasets we read: (record, dataset) ->
# (key, name in the standard, maximum length in bytes). The standard's own table, so it
# lives beside the reader; the truncated-field audit rule uses the limits.
IIM_DATASETS: dict[tuple[int, int], tuple[str, str, int]] = {
    (2, 5): ("object_name", "Object Name", 64),
    (2, 15): ("category", "Category", 3),
    (2, 20): ("supplemental_category", "Supplemental Category", 32),
    (2, 25): ("keywords", "Keywords", 64),
    (2, 40): ("special_instructions", "Special Instructions", 256),
    (2, 55): ("date_created", "Date Created", 8),
    (2, 60): ("time_created", "Time Created", 11),
    (2, 80): ("byline", "By-line", 32),
    (2, 85): ("byline_title", "By-line Title", 32),
    (2, 90): ("city", "City", 32),
    (2, 92): ("sublocation", "Sub-location", 32),
    (2, 95): ("state", "Province-State", 32),
    (2, 100): ("country_code", "Country Code", 3),
    (2, 101): ("country", "Country Name", 64),
    (2, 103): ("transmission_reference", "Original Transmission Reference", 32),
    (2, 105): ("headline", "Headline", 256),
    (2, 110): ("credit", "Credit", 32),
    (2, 115): ("source", "Source", 32),
    (2, 116): ("copyright", "Copyright Notice", 128),
    (2, 120): ("caption", "Caption-Abstract", 2000),
    (2, 122): ("writer", "Writer-Editor", 32),
}
IIM_BY_KEY = {key: (rec_ds, name, limit) for rec_ds, (key, name, limit) in IIM_DATASETS.items()}
IIM_CODED_CHARACTER_SET = (1, 90)
IIM_UTF8 = (b"\x1b%G", b"\x1b%/I")  # ISO 2022 escapes for UTF-8

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "catalog": "https://catalog.example/ns/1.0/",
}
_PREFIX_BY_URI = {uri: prefix for prefix, uri in NS.items()}
_RDF = "{%s}" % NS["rdf"]
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XMP_APP1 = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP_APP13 = b"Photoshop 3.0\x00"
_IRB_SIGNATURES = (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR")
_IPTC_RESOURCE = 0x0404
_TIFF_XMP, _TIFF_IPTC, _TIFF_PHOTOSHOP = 700, 33723, 34377


@dataclass(slots=True)
class EmbeddedFields:
    """What the file says about itself, IIM and XMP merged (XMP wins)."""

    description: str | None = None
    creators: list[str] = field(default_factory=list)
    credit: str | None = None
    source: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    date_created: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    persons: list[str] = field(default_factory=list)
    locations: list[dict] = field(default_factory=list)  # Iptc4xmpExt:LocationShown structs

    def as_dict(self) -> dict:
        return {
            "description": self.description, "creators": list(self.creators), "credit": self.credit,
            "source": self.source, "city": self.city, "state": self.state, "country": self.country,
            "date_created": self.date_created, "persons": list(self.persons),
            "locations": [dict(loc) for loc in self.locations],
        }


@dataclass(slots=True)
class ImageCaption:
    """One photo file read: its caption text, embedded fields and the file's identity."""

    path: str  # absolute
    format: str  # JPEG or TIFF
    size: int
    sha256: str
    text: str  # the caption as embedded ('' when the file has none)
    fields: EmbeddedFields
    iim: dict[str, list[str]] = field(default_factory=dict)  # IIM key -> decoded values
    iim_lengths: dict[str, list[int]] = field(default_factory=dict)  # IIM key -> byte lengths
    iim_charset: str | None = None  # how the IIM text was decoded
    xmp: dict = field(default_factory=dict)  # top-level XMP properties, "prefix:Name" -> value
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def raw(self) -> dict:
        """Everything read, as JSON-ready data (kept beside the caption)."""
        return {"iim": {"charset": self.iim_charset, "fields": self.iim, "lengths": self.iim_lengths},
                "xmp": self.xmp, "warnings": list(self.warnings)}


def is_image_path(path: str | os.PathLike) -> bool:
    return os.fspath(path).lower().endswith(IMAGE_SUFFIXES)


def iter_image_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files as given; folders walked (sorted, recursively) for JPEG and TIFF files."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and is_image_path(name):
                        yield Path(root) / name
        else:
            yield p


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def read_image(path: str | os.PathLike) -> ImageCaption:
    """Read one JPEG or TIFF. Raises InputError (one line, naming the file) when it cannot."""
    path = Path(path)
    data = _read_bytes(path)
    return read_image_data(data, str(path), str(path.resolve()))


def read_image_data(data: bytes, name: str, key: str) -> ImageCaption:
    """The same from bytes already read: `name` is shown in errors, `key` is the stored path."""
    try:
        return _read(key, data)
    except _Corrupt as e:
        raise InputError(f"{name}: {e}") from None


class _Corrupt(Exception):
    """A reason the file is unreadable, without the file name (read_image adds it)."""


def _read(key: str, data: bytes) -> ImageCaption:
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise _Corrupt("empty file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # metadata warnings and pixel-count warnings: we never decode pixels
            im = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise _Corrupt("not an image file (JPEG or TIFF expected)") from None
    except Image.DecompressionBombError as e:
        raise _Corrupt(f"refused: {e}") from None
    except (OSError, SyntaxError, ValueError, struct.error, IndexError) as e:
        raise _Corrupt(_truncated_or(e, "unreadable image header")) from None

    if im.format == "JPEG":
        _check_jpeg_complete(im, data)
        iim_block = _iim_from_photoshop(_photoshop_segments(im))
        packet = _xmp_segment(im)
    elif im.format == "TIFF":
        _check_tiff_complete(im, len(data))
        iim_block, packet = _tiff_blocks(im)
    else:
        raise _Corrupt(f"a {im.format} image; only JPEG and TIFF files carry captions we read")

    warns: list[str] = []
    iim, lengths, charset = ({}, {}, None)
    if iim_block is not None:
        iim, lengths, charset = parse_iim(iim_block, warns)
    xmp = read_xmp(packet) if packet else {}
    fields = merge_fields(iim, xmp)
    caption = fields.description or ""
    return ImageCaption(
        path=key, format=im.format, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        text=caption.strip(), fields=fields, iim=iim, iim_lengths=lengths, iim_charset=charset, xmp=xmp,
        warnings=warns)


def _truncated_or(e: Exception, what: str) -> str:
    text = str(e)
    if "truncated" in text.lower() or isinstance(e, (struct.error, IndexError)):
        return "truncated file (it ends inside the image header)"
    return f"{what} ({text})" if text else what


# --- JPEG ----------------------------------------------------------------------------------------

def _check_jpeg_complete(im, data: bytes) -> None:
    # Pillow stops reading at the first scan; the file is whole when an EOI marker follows it.
    # Entropy-coded data stuffs every 0xFF with 0x00, so FF D9 there can only be the real EOI.
    scan_start = im.fp.tell() if im.fp is not None else 0
    if data.find(b"\xff\xd9", scan_start) < 0:
        raise _Corrupt(f"truncated file: the JPEG image data stops after {len(data)} bytes with no end marker")


def _photoshop_segments(im) -> list[bytes]:
    return [s[len(_PHOTOSHOP_APP13):] for name, s in im.applist
            if name == "APP13" and s.startswith(_PHOTOSHOP_APP13)]


def _xmp_segment(im) -> bytes | None:
    for name, s in im.applist:
        if name == "APP1" and s.startswith(_XMP_APP1):
            return s[len(_XMP_APP1):]
    return None


def _iim_from_photoshop(segments: list[bytes], where: str = "APP13 segment") -> bytes | None:
    """The IPTC-NAA resource (0x0404) from Photoshop image resource blocks."""
    found = None
    for block in segments:
        for resource_id, payload in parse_photoshop_resources(block, where):
            if resource_id == _IPTC_RESOURCE:
                found = payload if found is None else found + payload
    return found


def parse_photoshop_resources(block: bytes, where: str = "APP13 segment") -> Iterator[tuple[int, bytes]]:
    """(resource id, data) for each 8BIM image resource, strictly: a bad length is an error."""
    offset, end = 0, len(block)
    while offset < end:
        if not block[offset:].strip(b"\x00"):
            return  # zero padding after the last resource
        if block[offset:offset + 4] not in _IRB_SIGNATURES:
            raise _Corrupt(f"corrupt IPTC {where}: no 8BIM resource at byte {offset}")
        if offset + 7 > end:
            raise _Corrupt(f"corrupt IPTC {where}: resource header cut short at byte {offset}")
        resource_id = struct.unpack_from(">H", block, offset + 4)[0]
        name_len = block[offset + 6]
        pos = offset + 7 + name_len
        pos += (pos - offset) & 1  # the Pascal name is padded to an even length
        if pos + 4 > end:
            raise _Corrupt(f"corrupt IPTC {where}: resource 0x{resource_id:04X} header cut short")
        size = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if pos + size > end:
            raise _Corrupt(f"corrupt IPTC {where}: resource 0x{resource_id:04X} claims {size} bytes, "
                           f"{end - pos} remain")
        yield resource_id, block[pos:pos + size]
        offset = pos + size + (size & 1)


# --- TIFF ----------------------------------------------------------------------------------------

def _check_tiff_complete(im, size: int) -> None:
    tags = im.tag_v2
    for offsets_tag, counts_tag in ((273, 279), (324, 325)):  # strips, tiles
        offsets, counts = tags.get(offsets_tag), tags.get(counts_tag)
        if offsets is None or counts is None:
            continue
        offsets = offsets if isinstance(offsets, tuple) else (offsets,)
        counts = counts if isinstance(counts, tuple) else (counts,)
        end = max((o + c for o, c in zip(offsets, counts)), default=0)
        if end > size:
            raise _Corrupt(f"truncated file: the TIFF image data runs to byte {end}, the file has {size}")


def _tiff_bytes(tags, tag: int) -> bytes | None:
    # Photoshop writes the IPTC tag as LONGs; Pillow's own getiptcinfo reads the raw bytes
    # from _tagdata for that reason, and so do we, falling back to the decoded value.
    raw = getattr(tags, "_tagdata", {}).get(tag)
    value = raw if raw is not None else tags.get(tag)
    if value is None:
        return None
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, int):
        value = (value,)
    endian = getattr(tags, "_endian", ">")
    return struct.pack(f"{endian}{len(value)}I", *value)


def _tiff_blocks(im) -> tuple[bytes | None, bytes | None]:
    tags = im.tag_v2
    iim = _tiff_bytes(tags, _TIFF_IPTC)
    if iim is None:
        photoshop = _tiff_bytes(tags, _TIFF_PHOTOSHOP)
        if photoshop is not None:
            iim = _iim_from_photoshop([photoshop], "Photoshop tag")
    return iim, _tiff_bytes(tags, _TIFF_XMP)


# --- IPTC IIM -------------------------------------------------------------------------------------

def parse_iim(block: bytes, warns: list[str] | None = None) -> tuple[dict, dict, str]:
    """IIM datasets -> ({key: [values]}, {key: [byte lengths]}, charset used). Strict on structure."""
    raw: list[tuple[tuple[int, int], bytes]] = []
    offset, end = 0, len(block)
    while offset < end:
        if block[offset] != 0x1C:
            if not block[offset:].strip(b"\x00"):
                break  # padding to a 4-byte boundary
            raise _Corrupt(f"corrupt IPTC IIM data: expected a dataset marker at byte {offset}")
        if offset + 5 > end:
            raise _Corrupt("corrupt IPTC IIM data: dataset header cut short")
        record, dataset = block[offset + 1], block[offset + 2]
        length = struct.unpack_from(">H", block, offset + 3)[0]
        pos = offset + 5
        if length & 0x8000:  # extended dataset: the low bits give the size of the length field
            width = length & 0x7FFF
            if width > 4 or pos + width > end:
                raise _Corrupt(f"corrupt IPTC IIM data: bad extended length in dataset {record}:{dataset}")
            length = int.from_bytes(block[pos:pos + width], "big")
            pos += width
        if pos + length > end:
            raise _Corrupt(f"corrupt IPTC IIM data: dataset {record}:{dataset} claims {length} bytes, "
                           f"{end - pos} remain")
        raw.append(((record, dataset), block[pos:pos + length]))
        offset = pos + length

    declared = next((v for k, v in raw if k == IIM_CODED_CHARACTER_SET), None)
    charset = "utf-8" if declared is not None and declared.strip() in IIM_UTF8 else None
    values: dict[str, list[str]] = {}
    lengths: dict[str, list[int]] = {}
    used = set()
    for key_id, payload in raw:
        spec = IIM_DATASETS.get(key_id)
        if spec is None:
            continue
        text, how = _decode_iim(payload, charset)
        used.add(how)
        values.setdefault(spec[0], []).append(text)
        lengths.setdefault(spec[0], []).append(len(payload))
    if warns is not None and charset == "utf-8" and "cp1252" in used:
        warns.append("iim-charset-mismatch: 1:90 declares UTF-8 but some fields are not UTF-8")
    summary = charset or ("cp1252" if "cp1252" in used else "utf-8")
    return values, lengths, summary


def _decode_iim(payload: bytes, charset: str | None) -> tuple[str, str]:
    payload = payload.rstrip(b"\x00")
    try:
        return payload.decode("utf-8").strip(), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; latin-1 keeps them rather than failing the file.
    try:
        return payload.decode("cp1252").strip(), "cp1252"
    except UnicodeDecodeError:
        return payload.decode("latin-1").strip(), "cp1252"


def iim_date(value: str | None) -> str | None:
    """IIM CCYYMMDD (00 for an unknown month or day) -> ISO date of the precision written."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})(\d{2})(\d{2})\s*", value)
    if not m:
        return None
    year, month, day = m.groups()
    if year == "0000":
        return None
    if month == "00":
        return year
    return f"{year}-{month}" if day == "00" else f"{year}-{month}-{day}"


def xmp_date(value) -> str | None:
    """XMP date (YYYY, YYYY-MM, YYYY-MM-DD, with or without a time) -> ISO date."""
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


# --- XMP ------------------------------------------------------------------------------------------

def read_xmp(packet: bytes | str, where: str = "XMP packet") -> dict:
    """Top-level XMP properties as {"prefix:Name": value}; a value is a string, a list or a dict.

    rdf:Alt gives its x-default (else first) text; rdf:Seq and rdf:Bag give lists; structures
    (rdf:parseType="Resource" or a nested rdf:Description) give dicts keyed the same way.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    packet = packet.rstrip(b"\x00 \t\r\n")
    try:
        root = fromstring(packet)
    except ParseError as e:
        raise _Corrupt(f"{where} is not well-formed XML ({e})") from None
    except DefusedXmlException as e:
        raise _Corrupt(f"{where} refused: {type(e).__name__} (XML entities or DTDs are not allowed)") from None
    props: dict = {}
    for desc in root.iter(_RDF + "Description"):
        if _is_top_level(root, desc):
            props.update(_properties(desc))
    return props


def _is_top_level(root, desc) -> bool:
    # Top-level descriptions are the children of rdf:RDF; nested ones are structure values.
    rdf = root if root.tag == _RDF + "RDF" else root.find(f".//{_RDF}RDF")
    return rdf is not None and any(child is desc for child in rdf)


def _qname(tag: str) -> str:
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        prefix = _PREFIX_BY_URI.get(uri)
        return f"{prefix}:{local}" if prefix else tag
    return tag


def _properties(desc) -> dict:
    props = {}
    for name, value in desc.attrib.items():
        if not name.startswith(_RDF) and name != _XML_LANG:
            props[_qname(name)] = value
    for child in desc:
        props[_qname(child.tag)] = _value(child)
    return props


def _value(el):
    resource = el.get(_RDF + "resource")
    if resource is not None:
        return resource
    if el.get(_RDF + "parseType") == "Resource":
        return {_qname(c.tag): _value(c) for c in el}
    children = list(el)
    if not children:
        return (el.text or "").strip()
    first = children[0]
    if first.tag == _RDF + "Alt":
        items = list(first)
        chosen = next((li for li in items if li.get(_XML_LANG) == "x-default"), items[0] if items else None)
        return _value(chosen) if chosen is not None else None
    if first.tag in (_RDF + "Seq", _RDF + "Bag"):
        return [_value(li) for li in first]
    if first.tag == _RDF + "Description":
        return _properties(first)
    return {_qname(c.tag): _value(c) for c in children}  # a structure written without parseType


# --- merging --------------------------------------------------------------------------------------

def _text(value) -> str | None:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v)
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _list(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [s.strip() for s in items if isinstance(s, str) and s.strip()]


def merge_fields(iim: dict[str, list[str]], xmp: dict) -> EmbeddedFields:
    """IIM and XMP into one set of fields; XMP wins where both have a value."""
    def pick(xmp_name, iim_key):
        return _text(xmp.get(xmp_name)) or _text((iim.get(iim_key) or [None])[0])

    locations = xmp.get("Iptc4xmpExt:LocationShown")
    if isinstance(locations, dict):
        locations = [locations]
    return EmbeddedFields(
        description=_text(xmp.get("dc:description")) or _text((iim.get("caption") or [None])[0]),
        creators=_list(xmp.get("dc:creator")) or _list(iim.get("byline")),
        credit=pick("photoshop:Credit", "credit"),
        source=pick("photoshop:Source", "source"),
        city=pick("photoshop:City", "city"),
        state=pick("photoshop:State", "state"),
        country=pick("photoshop:Country", "country"),
        date_created=xmp_date(xmp.get("photoshop:DateCreated")) or iim_date((iim.get("date_created") or [None])[0]),
        persons=_list(xmp.get("Iptc4xmpExt:PersonInImage")),
        locations=[loc for loc in (locations or []) if isinstance(loc, dict)],
    )


def read_xmp_file(path: str | os.PathLike) -> dict:
    """An XMP sidecar (or any .xmp file) -> its top-level properties; InputError naming the file."""
    path = Path(path)
    data = _read_bytes(path)
    try:
        return read_xmp(data)
    except _Corrupt as e:
        raise InputError(f"{path}: {e}") from None


# --- the ingest reader registry (catalog.sources) ---------------------------------------------------

def read_image_document(doc, meta) -> Iterator:
    """A JPEG/TIFF Document -> its one caption Item (the embedded fields: catalog.images)."""
    from . import Item

    with doc.binary() as stream:
        data = stream.read()
    image = read_image_data(data, doc.name, doc.key)
    created = image.fields.date_created
    if created and len(created) == 10:
        meta.reference_date = date.fromisoformat(created)
    yield Item(image.text, 1, filename=image.name)


def _register() -> None:
    from . import Reader, register

    register(Reader("image", read_image_document, extensions=IMAGE_SUFFIXES, binary=True,
                    magic=(b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")))


_register()
