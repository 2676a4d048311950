"""pdf_tokens reads content streams as pdfminer's PDFContentParser does, on any content a PDF
writer produces, and never fails on bytes it does not."""

from __future__ import annotations

from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import KWD, LIT

from recruit.parsing.pdf_tokens import content_objects


def _pdfminer_objects(data: bytes) -> list[Any]:
    parser = PDFContentParser([PDFStream({}, data)])
    objects = []
    while True:
        try:
            objects.append(parser.nextobject()[1])
        except PSEOF:
            return objects


def _comparable(obj: Any) -> Any:
    if isinstance(obj, PDFStream):
        return ("inline image", sorted(obj.attrs), obj.rawdata)
    if isinstance(obj, list):
        return [_comparable(item) for item in obj]
    if isinstance(obj, dict):
        return {key: _comparable(value) for key, value in obj.items()}
    return (type(obj).__name__, obj)


def _ours(data: bytes) -> list[Any]:
    return [_comparable(obj) for obj in content_objects(data)]


def _theirs(data: bytes) -> list[Any]:
    return [_comparable(obj) for obj in _pdfminer_objects(data)]


_SPACES = st.sampled_from([b" ", b"\n", b"\r\n", b"\t", b"  ", b"\x0c"])
_NUMBERS = st.one_of(
    st.integers(-(10**6), 10**6).map(lambda n: str(n).encode()),
    st.floats(-1e4, 1e4, allow_nan=False).map(lambda x: f"{x:.3f}".encode()),
    st.sampled_from([b".5", b"-.25", b"+3", b"7.", b"0.0"]),
)
_OPERATORS = st.sampled_from(
    [b"BT", b"ET", b"Tf", b"Td", b"TD", b"Tm", b"T*", b"Tj", b"TJ", b"'", b'"', b"q", b"Q"]
    + [b"cm", b"re", b"f", b"S", b"BDC", b"EMC", b"Do", b"gs", b"true", b"false", b"d0"]
)
_NAME_CHARS = st.sampled_from(list(b"ABCFabcz019_-.+*"))
_NAMES = st.one_of(
    st.lists(_NAME_CHARS, min_size=1, max_size=8).map(lambda cs: b"/" + bytes(cs)),
    st.sampled_from([b"/F1", b"/Span#20Two", b"/A#2fB", b"/"]),
)
_STRING_BODY = st.lists(
    st.one_of(
        st.binary(min_size=1, max_size=6).map(
            lambda b: b.replace(b"\\", b"").replace(b"(", b"").replace(b")", b"")
        ),
        st.sampled_from([b"\\(", b"\\)", b"\\\\", b"\\n", b"\\t", b"\\101", b"\\7", b"\\\n"]),
        st.sampled_from([b"(nested)", b"\\q", b"\\\r\n", b"\\0501"]),
    ),
    max_size=6,
).map(b"".join)
_STRINGS = _STRING_BODY.map(lambda body: b"(" + body + b")")
_HEX = st.lists(st.sampled_from(list(b"0123456789abcdefABCDEF \n")), max_size=12).map(
    lambda cs: b"<" + bytes(cs) + b">"
)
_SCALARS = st.one_of(_NUMBERS, _NAMES, _STRINGS, _HEX)


def _joined(parts: list[bytes], spaces: list[bytes]) -> bytes:
    return b"".join(p + s for p, s in zip(parts, spaces, strict=False))


_ARRAYS = st.lists(_SCALARS, max_size=6).map(lambda items: b"[" + b" ".join(items) + b"]")
_DICTS = st.lists(st.tuples(_NAMES.filter(lambda n: n != b"/"), _SCALARS), max_size=3).map(
    lambda pairs: b"<<" + b" ".join(k + b" " + v for k, v in pairs) + b">>"
)
_COMMENTS = st.sampled_from([b"% a comment\n", b"%%EOF\r"])
_ITEMS = st.one_of(_SCALARS, _OPERATORS, _ARRAYS, _DICTS, _COMMENTS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_ITEMS, _SPACES), max_size=30))
def test_content_reads_as_pdfminer_reads_it(items: list[tuple[bytes, bytes]]) -> None:
    data = _joined([item for item, _ in items], [space for _, space in items])
    try:
        theirs = _theirs(data)
    except AssertionError:  # pdfminer gives up on an octal escape past 255 ('\\700')
        assume(False)
    assert _ours(data) == theirs


def test_text_operators_and_their_operands_come_out_in_order() -> None:
    data = b"BT /F1 11 Tf 72 700 Td [(Reg)-20(istered) 120 (Nurse)] TJ (RN\\051) Tj ET"
    assert list(content_objects(data)) == [
        KWD(b"BT"),
        LIT("F1"),
        11,
        KWD(b"Tf"),
        72,
        700,
        KWD(b"Td"),
        [b"Reg", -20, b"istered", 120, b"Nurse"],
        KWD(b"TJ"),
        b"RN)",
        KWD(b"Tj"),
        KWD(b"ET"),
    ]


def test_an_inline_image_is_one_object_and_its_data_is_skipped() -> None:
    data = b"q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00(BT)EI\xff EI Q BT (after) Tj ET"
    ours = _ours(data)
    assert ours == _theirs(data)
    assert ours[1] == ("inline image", ["BPC", "CS", "H", "W"], b"\x00(BT)EI\xff ")
    assert ("bytes", b"after") in ours


def test_marked_content_dictionaries_keep_their_values() -> None:
    data = b"/Span <</ActualText <FEFF0041> /MCID 3>> BDC (A) Tj EMC"
    assert _ours(data) == _theirs(data)
    assert next(o for o in content_objects(data) if isinstance(o, dict)) == {
        "ActualText": b"\xfe\xff\x00A",
        "MCID": 3,
    }


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_end_in_objects_without_an_error(data: bytes) -> None:
    assert isinstance(list(content_objects(data)), list)


def test_an_octal_escape_past_255_keeps_its_low_byte_where_pdfminer_stops() -> None:
    assert list(content_objects(b"(\\700A) Tj")) == [b"\xc0A", KWD(b"Tj")]


def test_unclosed_string_array_or_image_ends_the_content_quietly() -> None:
    for data in (b"BT (never closed Tj", b"[1 2 (a)", b"BI /W 1 /H 1 ID abc"):
        assert list(content_objects(data)) in ([], [KWD(b"BT")])
