"""Readers: streaming, detection, the JSON array reader on any chunking."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from catalog.errors import InputError
from catalog.sources import Document, read
from catalog.sources.article import has_credit, looks_like_article
from catalog.sources.structured import iter_json_array

from conftest import SAMPLE


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(["caption", "id", "n"]),
                                st.one_of(st.text(), st.integers(), st.none()), max_size=3), max_size=8),
       st.integers(min_value=1, max_value=17), st.sampled_from([None, 2]))
def test_json_array_reader_matches_json_loads_whatever_the_chunk(values, chunk, indent):
    text = json.dumps(values, indent=indent)
    got = [value for _line, value in iter_json_array(io.StringIO(text), "x.json", chunk=chunk)]
    assert got == values


def test_json_array_reader_reports_the_element_line():
    text = '[\n {"caption": "a"},\n {"caption": "b"} {"caption": "c"}\n]'
    with pytest.raises(InputError, match=r"^x.json:3: not valid JSON: expected ',' or '\]', found '\{'$"):
        list(iter_json_array(io.StringIO(text), "x.json", chunk=5))


def test_readers_stream(tmp_path):
    """The first caption comes out before the file has been read to its end."""
    big = tmp_path / "big.txt"
    with big.open("w") as f:
        for i in range(100_000):
            f.write(f"Caption number {i}. (AP Photo/A B)\n")
    doc = Document.from_path(big)
    seen = []
    doc.on_bytes = seen.append
    meta, items = read(doc, per_line=True)
    first = next(items)
    assert first.text == "Caption number 0. (AP Photo/A B)" and first.line == 1
    assert sum(seen) < doc.size / 10
    items.close()


def test_stdin_is_spooled_and_hashed():
    doc = Document.from_stream(io.BytesIO(b"[{\"caption\": \"x\"}]"))
    meta, items = read(doc)
    assert meta.kind == "json" and [i.text for i in items] == ["x"]
    assert doc.size == 18 and len(doc.sha256) == 64


def test_article_detection_and_credit_test():
    assert looks_like_article(" date 2023-06-19 BEIJING -- U.S. Secretary")
    assert looks_like_article("MACON, Ga. (AP) -- A storm")
    assert not looks_like_article("President Joe Biden speaks. (AP Photo/Evan Vucci)")
    assert has_credit("Biden speaks. (AP Photo/Evan Vucci)")
    assert has_credit("Xi meets Blinken. (Leah Millis/Pool Photo via AP)")
    assert has_credit("A vendor waits. REUTERS/Tingshu Wang")
    assert has_credit("Leaders meet. (Photo by Chip Somodevilla/Getty Images)")
    assert not has_credit("Blinken said the talks were candid, officials said (in a readout).")
    assert not has_credit(SAMPLE.read_text().split("\n\n")[3])
