"""Photo files: reading IPTC IIM and XMP from JPEG/TIFF, and storing them beside the caption."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))  # the helper module, whether tests/ is a package or not
import imagefactory as f  # noqa: E402
from catalog import open_catalog  # noqa: E402
from catalog.errors import InputError  # noqa: E402
from catalog.images import ingest_image_files  # noqa: E402
from catalog.sources.images import iim_date, iter_image_paths, read_image, read_xmp  # noqa: E402
from catalog.store.models import Caption, EmbeddedMetadata, Source  # noqa: E402


def test_iim_only_jpeg_gives_caption_and_fields(tmp_path):
    path = f.write_jpeg(tmp_path / "a.jpg", {
        "caption": f.BLINKEN, "byline": "Leah Millis", "credit": "AP", "source": "Pool", "city": "Beijing",
        "state": "Beijing", "country": "China", "date_created": "20230618"})
    item = read_image(path)
    assert item.format == "JPEG"
    assert item.text == f.BLINKEN
    assert item.fields.as_dict() == {
        "description": f.BLINKEN, "creators": ["Leah Millis"], "credit": "AP", "source": "Pool",
        "city": "Beijing", "state": "Beijing", "country": "China", "date_created": "2023-06-18",
        "persons": [], "locations": []}
    assert item.iim_charset == "utf-8"
    assert item.iim_lengths["byline"] == [len("Leah Millis")]
    assert item.size == path.stat().st_size
    assert len(item.sha256) == 64


def test_xmp_wins_where_both_exist(tmp_path):
    path = f.write_jpeg(
        tmp_path / "b.jpg",
        {"caption": "IIM caption", "byline": "IIM Person", "credit": "IIM Credit", "city": "Old City"},
        {"dc:description": "XMP caption – with a dash", "dc:creator": ["Chip Somodevilla", "Second Shooter"],
         "photoshop:Credit": "Getty Images", "photoshop:DateCreated": "2023-06-18T10:12:00+08:00",
         "Iptc4xmpExt:PersonInImage": ["Antony Blinken", "Qin Gang"],
         "Iptc4xmpExt:LocationShown": [{"Sublocation": "Diaoyutai State Guesthouse", "City": "Beijing",
                                        "CountryName": "China"}]})
    item = read_image(path)
    assert item.text == "XMP caption – with a dash"
    assert item.fields.creators == ["Chip Somodevilla", "Second Shooter"]
    assert item.fields.credit == "Getty Images"
    assert item.fields.city == "Old City"  # XMP says nothing about the city: IIM fills it
    assert item.fields.date_created == "2023-06-18"
    assert item.fields.persons == ["Antony Blinken", "Qin Gang"]
    assert item.fields.locations == [{"Iptc4xmpExt:Sublocation": "Diaoyutai State Guesthouse",
                                      "Iptc4xmpExt:City": "Beijing", "Iptc4xmpExt:CountryName": "China"}]


def test_non_utf8_iim_caption_is_read_as_cp1252(tmp_path):
    caption = "José Martí greets fans in São Paulo – “finally” (AP Photo/Andrés Kudacki)"
    path = f.write_jpeg(tmp_path / "c.jpg", {"caption": caption, "byline": "Andrés Kudacki"}, encoding="cp1252")
    item = read_image(path)
    assert item.text == caption
    assert item.fields.creators == ["Andrés Kudacki"]
    assert item.iim_charset == "cp1252"


def test_declared_utf8_wins_over_a_cp1252_guess(tmp_path):
    caption = "Zoë Kravitz in Zürich"
    path = f.write_jpeg(tmp_path / "u.jpg", {"caption": caption}, encoding="utf-8", declare_utf8=True)
    assert read_image(path).text == caption


def test_utf8_without_declaration_is_still_utf8(tmp_path):
    caption = "Владимир Путин в Москве"
    path = f.write_jpeg(tmp_path / "r.jpg", {"caption": caption}, encoding="utf-8", declare_utf8=False)
    item = read_image(path)
    assert item.text == caption and item.iim_charset == "utf-8"


def test_missing_fields_are_none_and_a_bare_jpeg_reads(tmp_path):
    item = read_image(f.write_jpeg(tmp_path / "bare.jpg"))
    assert item.text == ""
    assert item.fields.as_dict() == {
        "description": None, "creators": [], "credit": None, "source": None, "city": None, "state": None,
        "country": None, "date_created": None, "persons": [], "locations": []}
    item = read_image(f.write_jpeg(tmp_path / "cap.jpg", {"caption": "Only a caption"}))
    assert item.text == "Only a caption" and item.fields.creators == [] and item.fields.credit is None


def test_tiff_iim_and_xmp(tmp_path):
    path = f.write_tiff(tmp_path / "t.tif", {"caption": "A TIFF caption", "byline": "Ng Han Guan"},
                        {"photoshop:Credit": "AP", "photoshop:City": "Beijing"})
    item = read_image(path)
    assert (item.format, item.text, item.fields.creators) == ("TIFF", "A TIFF caption", ["Ng Han Guan"])
    assert (item.fields.credit, item.fields.city) == ("AP", "Beijing")


@pytest.mark.parametrize("name, make, message", [
    ("corrupt.jpg", lambda p: f.write_jpeg(p, app13_payload=f.corrupt_app13()),
     "corrupt IPTC APP13 segment: resource 0x0404 claims 5000 bytes, 32 remain"),
    ("badiim.jpg", lambda p: f.write_jpeg(p, app13_payload=f.app13(b"\x1c\x02\x78\x01\x00short")),
     "corrupt IPTC IIM data: dataset 2:120 claims 256 bytes, 5 remain"),
    ("truncated.jpg", lambda p: f.truncate(f.write_jpeg(p, {"caption": "x"}, size=(160, 120)), 0.7),
     "truncated file: the JPEG image data stops after"),
    ("header.jpg", lambda p: p.write_bytes(f.jpeg_bytes({"caption": "x"})[:40]),
     "truncated file (it ends inside the image header)"),
    ("truncated.tif", lambda p: f.truncate(f.write_tiff(p, {"caption": "x"}), 0.7),
     "truncated file: the TIFF image data runs to byte"),
    ("text.jpg", lambda p: p.write_text("not a picture"), "not an image file (JPEG or TIFF expected)"),
    ("badxmp.jpg", lambda p: f.write_jpeg(p, xmp=b"<x:xmpmeta><unclosed"), "XMP packet is not well-formed XML"),
    ("bomb.jpg", lambda p: f.write_jpeg(p, xmp=(
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;&a;</x>')), "XMP packet refused"),
])
def test_unreadable_files_give_one_line_naming_the_file(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    with pytest.raises(InputError) as err:
        read_image(path)
    text = str(err.value)
    assert text.startswith(f"{path}: ")
    assert message in text
    assert "\n" not in text


def test_png_is_refused_by_name():
    from PIL import Image
    import io
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "PNG")
    from catalog.sources.images import _read, _Corrupt
    with pytest.raises(_Corrupt, match="a PNG image; only JPEG and TIFF"):
        _read("x.png", buf.getvalue())


def test_iim_dates():
    assert iim_date("20230618") == "2023-06-18"
    assert iim_date("20230600") == "2023-06"
    assert iim_date("20230000") == "2023"
    assert iim_date("June 18") is None
    assert iim_date(None) is None


def test_xmp_attribute_form_and_structures():
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
              b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
              b' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
              b' photoshop:City="Kyiv" photoshop:Credit="AP">'
              b'<Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li><rdf:Description Iptc4xmpExt:City="Kyiv"'
              b' Iptc4xmpExt:CountryName="Ukraine"/></rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>'
              b'</rdf:Description></rdf:RDF></x:xmpmeta>')
    assert read_xmp(packet) == {
        "photoshop:City": "Kyiv", "photoshop:Credit": "AP",
        "Iptc4xmpExt:LocationShown": [{"Iptc4xmpExt:City": "Kyiv", "Iptc4xmpExt:CountryName": "Ukraine"}]}


def test_folders_are_walked_for_photo_files_only(tmp_path):
    f.write_jpeg(tmp_path / "b" / "2.JPG")
    f.write_jpeg(tmp_path / "a.jpeg")
    f.write_tiff(tmp_path / "b" / "1.tif")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / ".hidden.jpg").write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_image_paths([tmp_path])] == [
        "a.jpeg", "b/1.tif", "b/2.JPG"]


# --- storage --------------------------------------------------------------------------------------

def test_a_folder_ingests_bad_files_reported_others_stored(tmp_path, db_url):
    pics = tmp_path / "pics"
    f.write_jpeg(pics / "1-blinken.jpg", {"caption": f.BLINKEN, "byline": "Leah Millis", "credit": "AP",
                                          "source": "Pool", "date_created": "20230618"},
                 {"Iptc4xmpExt:PersonInImage": ["Antony Blinken", "Qin Gang"]})
    f.write_jpeg(pics / "2-cp1252.jpg", {"caption": "Café owner in Paris (AP Photo/Thibault Camus)"},
                 encoding="cp1252")
    f.write_jpeg(pics / "3-corrupt.jpg", app13_payload=f.corrupt_app13())
    f.truncate(f.write_jpeg(pics / "4-truncated.jpg", {"caption": "Lost"}, size=(160, 120)), 0.6)
    f.write_tiff(pics / "5-plain.tif", {"caption": "No credit here", "byline": "Evan Vucci", "credit": "AP"})
    errors = []
    with open_catalog(db_url) as cat:
        result = ingest_image_files(cat, [pics], on_error=errors.append)
        assert (result.added, result.updated, result.unchanged, result.failed) == (3, 0, 0, 2)
        assert [e.split(": ", 1)[0] for e in errors] == [str(pics / "3-corrupt.jpg"), str(pics / "4-truncated.jpg")]
        with cat.session() as s:
            rows = s.scalars(select(EmbeddedMetadata).order_by(EmbeddedMetadata.path)).all()
            assert [r.path for r in rows] == [str((pics / n).resolve()) for n in
                                              ("1-blinken.jpg", "2-cp1252.jpg", "5-plain.tif")]
            first = rows[0]
            assert (first.byline, first.credit, first.source, first.date_created) == (
                "Leah Millis", "AP", "Pool", "2023-06-18")
            assert first.persons == ["Antony Blinken", "Qin Gang"]
            assert first.caption.text == f.BLINKEN
            assert first.caption.filename == "1-blinken.jpg"
            assert first.caption.source.kind == "image"
            assert first.size == (pics / "1-blinken.jpg").stat().st_size
            assert first.raw["iim"]["lengths"]["byline"] == [11]
            assert rows[1].caption.text == "Café owner in Paris (AP Photo/Thibault Camus)"
            tiff = rows[2].caption
            # The caption has no credit: the file's By-line and Credit stand in, and the record says so.
            assert [p.photographer.name for p in tiff.photographers] == ["Evan Vucci"]
            assert tiff.agency.name == "AP"
            assert any(w.startswith("credit-from-embedded") for w in tiff.warnings)

        again = ingest_image_files(cat, [pics])
        assert (again.added, again.unchanged, again.failed) == (0, 3, 2)
        with cat.session() as s:
            assert s.scalar(select(func.count()).select_from(Caption)) == 3


def test_a_recaptioned_file_replaces_its_record(tmp_path, db_url):
    path = f.write_jpeg(tmp_path / "p.jpg", {"caption": "First caption", "byline": "A B"})
    with open_catalog(db_url) as cat:
        assert ingest_image_files(cat, [path]).added == 1
        f.write_jpeg(path, {"caption": "Corrected caption", "byline": "A B"})
        assert ingest_image_files(cat, [path]).updated == 1
        with cat.session() as s:
            assert s.scalars(select(Caption.text)).all() == ["Corrected caption"]
            assert s.scalar(select(func.count()).select_from(EmbeddedMetadata)) == 1
            assert s.scalar(select(func.count()).select_from(Source)) == 1
            meta = s.scalars(select(EmbeddedMetadata)).one()
            assert meta.description == "Corrected caption"
