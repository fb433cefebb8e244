"""Small photo files with IPTC IIM and XMP, made by the tests (no binary fixtures in the repo).

Pillow makes the pixels; our own byte writers make the metadata, so a test can plant exactly
the bytes it needs: a cp1252 caption, a field cut at 32 bytes, a corrupt APP13 segment.
"""
from __future__ import annotations

import io
import struct
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, TiffImagePlugin

IIM_NUMBERS = {
    "object_name": (2, 5), "keywords": (2, 25), "date_created": (2, 55), "byline": (2, 80),
    "byline_title": (2, 85), "city": (2, 90), "sublocation": (2, 92), "state": (2, 95),
    "country_code": (2, 100), "country": (2, 101), "headline": (2, 105), "credit": (2, 110),
    "source": (2, 115), "copyright": (2, 116), "caption": (2, 120), "writer": (2, 122),
}
UTF8_ESCAPE = b"\x1b%G"


def iim_bytes(fields: dict, encoding: str = "utf-8", declare_utf8: bool | None = None) -> bytes:
    """IIM datasets: record 1:90 (when UTF-8 is declared), 2:00 version, then `fields`.

    A value may be str (encoded with `encoding`), bytes (written as is) or a list of either.
    """
    declare_utf8 = (encoding == "utf-8") if declare_utf8 is None else declare_utf8
    out = bytearray()

    def dataset(record, number, payload: bytes):
        out.extend(struct.pack(">BBBH", 0x1C, record, number, len(payload)))
        out.extend(payload)

    if declare_utf8:
        dataset(1, 90, UTF8_ESCAPE)
    dataset(2, 0, b"\x00\x04")
    for key, value in fields.items():
        record, number = IIM_NUMBERS[key]
        for v in value if isinstance(value, list) else [value]:
            dataset(record, number, v if isinstance(v, bytes) else v.encode(encoding))
    return bytes(out)


def photoshop_irb(resources: list[tuple[int, bytes]]) -> bytes:
    """8BIM image resource blocks (empty names, data padded to even length)."""
    out = bytearray()
    for resource_id, data in resources:
        out += b"8BIM" + struct.pack(">H", resource_id) + b"\x00\x00" + struct.pack(">I", len(data)) + data
        if len(data) & 1:
            out += b"\x00"
    return bytes(out)


def app13(iim: bytes) -> bytes:
    return b"Photoshop 3.0\x00" + photoshop_irb([(0x0404, iim)])


def xmp_packet(props: dict) -> bytes:
    """An XMP packet. props: dc:description (str), dc:creator (list), photoshop:* (str),
    Iptc4xmpExt:PersonInImage (list), Iptc4xmpExt:LocationShown (list of dicts)."""
    body = []
    for name, value in props.items():
        if name == "dc:description":
            body.append(f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
                        f'</rdf:Alt></dc:description>')
        elif name in ("dc:creator",):
            items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in value)
            body.append(f"<{name}><rdf:Seq>{items}</rdf:Seq></{name}>")
        elif name == "Iptc4xmpExt:PersonInImage":
            items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in value)
            body.append(f"<{name}><rdf:Bag>{items}</rdf:Bag></{name}>")
        elif name == "Iptc4xmpExt:LocationShown":
            items = "".join(
                '<rdf:li rdf:parseType="Resource">'
                + "".join(f"<Iptc4xmpExt:{k}>{escape(v)}</Iptc4xmpExt:{k}>" for k, v in loc.items())
                + "</rdf:li>" for loc in value)
            body.append(f"<{name}><rdf:Bag>{items}</rdf:Bag></{name}>")
        else:
            body.append(f"<{name}>{escape(value)}</{name}>")
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
        + "".join(body) +
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    return text.encode("utf-8")


def _segment(marker: int, payload: bytes) -> bytes:
    assert len(payload) + 2 <= 0xFFFF
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def jpeg_bytes(iim: dict | bytes | None = None, xmp: dict | bytes | None = None, *,
               encoding: str = "utf-8", declare_utf8: bool | None = None, app13_payload: bytes | None = None,
               size=(24, 16), color=(90, 120, 160)) -> bytes:
    """A small JPEG with an APP13 IIM block and/or an APP1 XMP packet after its JFIF header."""
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG", quality=80)
    plain = buf.getvalue()
    assert plain[:4] == b"\xff\xd8\xff\xe0"
    app0_len = struct.unpack(">H", plain[4:6])[0]
    head, rest = plain[:4 + app0_len], plain[4 + app0_len:]
    segments = b""
    if xmp is not None:
        packet = xmp if isinstance(xmp, bytes) else xmp_packet(xmp)
        segments += _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet)
    if app13_payload is not None:
        segments += _segment(0xED, app13_payload)
    elif iim is not None:
        block = iim if isinstance(iim, bytes) else iim_bytes(iim, encoding, declare_utf8)
        segments += _segment(0xED, app13(block))
    return head + segments + rest


def write_jpeg(path: Path, *args, **kwargs) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jpeg_bytes(*args, **kwargs))
    return path


def write_tiff(path: Path, iim: dict | None = None, xmp: dict | None = None, encoding: str = "utf-8") -> Path:
    """A small TIFF with the IPTC-NAA tag (33723, as UNDEFINED bytes) and the XMP tag (700)."""
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    if iim is not None:
        ifd[33723] = iim_bytes(iim, encoding)
        ifd.tagtype[33723] = 7
    if xmp is not None:
        ifd[700] = xmp_packet(xmp)
        ifd.tagtype[700] = 1
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (16, 12), (10, 200, 30)).save(path, "TIFF", tiffinfo=ifd)
    return path


def corrupt_app13() -> bytes:
    """A Photoshop segment whose IPTC resource claims far more bytes than the segment holds."""
    iim = iim_bytes({"caption": "Lost caption"})
    return b"Photoshop 3.0\x00" + b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", 5000) + iim


def truncate(path: Path, keep_fraction: float = 0.8) -> Path:
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[: int(len(data) * keep_fraction)])
    return path


# Captions and fields for the standard test folder -------------------------------------------------

BLINKEN = ("U.S. Secretary of State Antony Blinken, second right, meets with Chinese Foreign Minister "
           "Qin Gang, fifth from left, at the Diaoyutai State Guesthouse in Beijing, China, Sunday, "
           "June 18, 2023. (Leah Millis/Pool Photo via AP)")
