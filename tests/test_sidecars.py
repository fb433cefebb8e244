"""XMP sidecars: written from the catalogue, read back by our reader and by ExifTool."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import imagefactory as f  # noqa: E402
from catalog import open_catalog  # noqa: E402
from catalog.cli import cli  # noqa: E402
from catalog.images import ingest_image_files  # noqa: E402
from catalog.sidecars import iter_image_records, read_sidecar, sidecar_xmp  # noqa: E402

RECORD = {
    "caption_id": 7, "file": "/photos/blinken.jpg", "sha256": "ab" * 32,
    "text": "Blinken & Qin <meet> at the guesthouse (Leah Millis/Pool Photo via AP)",
    "description": "Blinken & Qin <meet> at the guesthouse",
    "people": [{"name": "Antony Blinken", "title": "U.S. Secretary of State", "position": "second right"},
               {"name": "Qin Gang", "title": None, "position": "fifth left"},
               {"name": "Zoë Ñúñez", "title": "Mayor", "position": None}],
    "location": {"venue": "Diaoyutai State Guesthouse", "city": "Beijing", "region": None, "country": "China"},
    "date": "2023-06-18",
    "credit": {"line": "Leah Millis/Pool Photo via AP", "photographers": ["Leah Millis"], "agency": "AP",
               "source": "Pool", "pool": True, "handout": False, "file": False},
}


def without_id(record):
    return {k: v for k, v in record.items() if k != "caption_id"}


def test_a_sidecar_reads_back_whole(tmp_path):
    path = tmp_path / "blinken.xmp"
    path.write_bytes(sidecar_xmp(RECORD))
    assert read_sidecar(path) == without_id(RECORD)


def test_an_empty_record_writes_a_valid_sidecar(tmp_path):
    empty = {"caption_id": 1, "file": "/p/x.jpg", "sha256": "0" * 64, "text": "", "description": "", "people": [],
             "location": {"venue": None, "city": None, "region": None, "country": None}, "date": None,
             "credit": {"line": None, "photographers": [], "agency": None, "source": None, "pool": False,
                        "handout": False, "file": False}}
    path = tmp_path / "x.xmp"
    path.write_bytes(sidecar_xmp(empty))
    back = read_sidecar(path)
    assert back["people"] == [] and back["credit"]["photographers"] == [] and back["text"] is None


EXIFTOOL = shutil.which("exiftool")


@pytest.mark.skipif(EXIFTOOL is None, reason="ExifTool not installed (apt-get install libimage-exiftool-perl)")
def test_exiftool_reads_the_sidecar(tmp_path):
    path = tmp_path / "blinken.xmp"
    path.write_bytes(sidecar_xmp(RECORD))
    out = subprocess.run([EXIFTOOL, "-j", "-struct", "-G1", "-XMP:all", "-validate", str(path)],
                         capture_output=True, text=True, check=True).stdout
    tags = json.loads(out)[0]
    assert tags["ExifTool:Validate"] == "OK"
    assert tags["XMP-dc:Description"] == RECORD["text"]
    assert tags["XMP-dc:Creator"] == ["Leah Millis"]
    assert tags["XMP-photoshop:Credit"] == "AP"
    assert tags["XMP-photoshop:Source"] == "Pool"
    assert tags["XMP-photoshop:DateCreated"] == "2023:06:18"
    assert tags["XMP-photoshop:City"] == "Beijing"
    assert tags["XMP-photoshop:Country"] == "China"
    assert tags["XMP-iptcExt:PersonInImage"] == ["Antony Blinken", "Qin Gang", "Zoë Ñúñez"]
    assert tags["XMP-iptcExt:LocationShown"] == [{"City": "Beijing", "CountryCode": "CHN", "CountryName": "China",
                                                  "Sublocation": "Diaoyutai State Guesthouse"}]
    assert tags["XMP-catalog:People"] == [
        {"Name": "Antony Blinken", "Position": "second right", "Title": "U.S. Secretary of State"},
        {"Name": "Qin Gang", "Position": "fifth left"},
        {"Name": "Zoë Ñúñez", "Title": "Mayor"}]
    assert tags["XMP-catalog:CreditLine"] == "Leah Millis/Pool Photo via AP"


def _ingest_folder(tmp_path, db_url):
    pics = tmp_path / "pics"
    f.write_jpeg(pics / "blinken.jpg", {"caption": f.BLINKEN, "byline": "Leah Millis", "credit": "AP"},
                 {"Iptc4xmpExt:PersonInImage": ["Antony Blinken", "Qin Gang"]})
    f.write_jpeg(pics / "nocredit.jpg", {"caption": "A quiet street", "byline": "Evan Vucci", "credit": "AP",
                                         "city": "Macon", "state": "Georgia", "country": "United States",
                                         "date_created": "20240102"})
    f.write_tiff(pics / "other" / "blinken.tif", {"caption": "Second picture with the same name",
                                                  "byline": "Ng Han Guan"})
    db = db_url
    with open_catalog(db) as cat:
        assert ingest_image_files(cat, [pics]).added == 3
    return db, pics


def test_sidecars_command_writes_one_file_per_picture_and_they_read_back(tmp_path, db_url):
    db, pics = _ingest_folder(tmp_path, db_url)
    out = tmp_path / "xmp"
    result = CliRunner().invoke(cli, ["--db", str(db), "sidecars", "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"3 sidecars written to {out}\n"
    names = sorted(p.name for p in out.iterdir())
    sha = __import__("hashlib").sha256((pics / "other" / "blinken.tif").read_bytes()).hexdigest()
    assert names == sorted(["blinken.xmp", "nocredit.xmp", f"blinken-{sha[:8]}.xmp"])
    assert result.stdout.splitlines()[0] == "caption_id,image,sidecar"
    with open_catalog(db) as cat, cat.session() as s:
        records = {r["file"]: r for r in iter_image_records(s)}
    for sidecar in out.iterdir():
        back = read_sidecar(sidecar)
        assert back == without_id(records[back["file"]])
    quiet = read_sidecar(out / "nocredit.xmp")
    # Same people, places, dates and credits as the catalogue: here all from the file's own fields.
    assert quiet["credit"]["photographers"] == ["Evan Vucci"] and quiet["credit"]["agency"] == "AP"
    assert quiet["location"] == {"venue": None, "city": "Macon", "region": "Georgia", "country": "United States"}
    assert quiet["date"] == "2024-01-02"
    assert [p["name"] for p in read_sidecar(out / "blinken.xmp")["people"]] == ["Antony Blinken", "Qin Gang"]


def test_sidecars_into_a_file_path_is_a_clear_error(tmp_path, db_url):
    db, _ = _ingest_folder(tmp_path, db_url)
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["--db", str(db), "sidecars", "-o", str(blocker)])
    assert result.exit_code != 0
    assert "afile" in result.output and "Traceback" not in result.output


def test_sidecars_needs_an_output_folder(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "c.db"), "sidecars"])
    assert result.exit_code == 2
    assert "Missing option '-o' / '--output'" in result.output


def test_sidecars_on_an_empty_catalogue_writes_nothing(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "c.db"), "sidecars", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert result.stderr == f"0 sidecars written to {tmp_path / 'o'}\n"
    assert list((tmp_path / "o").iterdir()) == []


def test_sidecars_for_a_query(tmp_path, db_url):
    db, _ = _ingest_folder(tmp_path, db_url)
    out = tmp_path / "xmp"
    result = CliRunner().invoke(cli, ["--db", str(db), "sidecars", "by:vucci", "-o", str(out), "--format", "csv"])
    # the search language picks the one picture credited to Evan Vucci
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["nocredit.xmp"]
