"""Property: build_profile never raises and never reports a failed field, whatever the lines.

Generated line structures (empty headings, one-word lines, huge lines, odd unicode, dates only,
separators, bullets) and mutations of the field cases' real resumes (lines dropped, doubled,
swapped, cut, or replaced by generated ones)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recruit.parsing.model import Document, TextLine
from recruit.parsing.profile import build_profile, empty_profile

CASES = Path(__file__).parent / "cases" / "fields"
REAL_LINES = [
    [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted(CASES.glob("*.txt"))
]
HEADINGS = [
    "EXPERIENCE",
    "Work History",
    "Licenses",
    "Licenses & Certifications:",
    "Certifications",
    "Education",
    "Clinical Rotations",
    "Skills",
    "References",
    "Contact",
    "Summary",
    "",
]
DATES = [
    "01/2019 - Present",
    "2019 – 2021",
    "(2019 – 2021)",
    "Jan 2020 – Present",
    "Summer 2019",
    "03/2020",
    "2018",
    "Present",
    "13-week contract",
]
PIECES = [
    "RN",
    "BLS",
    "Epic",
    "ICU",
    "Travel Nurse",
    "Aya Healthcare",
    "Memorial Hospital",
    "Denver, CO",
    "License #RN123",
    "Compact",
    "exp. 06/2027",
    "BSN",
    "jane@example.com",
    "(303) 555-0100",
    ",",
    "|",
    " – ",
    ":",
    "•",
    "-",
    "(",
    ")",
]
ODD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"),
    max_size=40,
)
WORD = st.sampled_from(PIECES + DATES + HEADINGS) | ODD
LINE_TEXT = st.one_of(
    st.sampled_from(HEADINGS),
    st.sampled_from(DATES),
    WORD,
    st.lists(WORD, min_size=1, max_size=12).map(" ".join),
    st.lists(WORD, min_size=1, max_size=4).map(lambda words: ", ".join(words)),
    st.tuples(WORD, st.integers(200, 3000)).map(lambda pair: (pair[0] + " ") * pair[1]),
)


@st.composite
def text_lines(draw: st.DrawFn, texts: st.SearchStrategy[str] = LINE_TEXT) -> TextLine:
    return TextLine(
        text=draw(texts),
        page=draw(st.integers(1, 3)),
        x0=draw(st.sampled_from([0.0, 36.0, 72.0, 300.0])),
        top=draw(st.floats(0, 800, allow_nan=False)),
        font_size=draw(st.sampled_from([0.0, 9.0, 11.0, 16.0])),
        bold=draw(st.booleans()),
    )


@st.composite
def mutated_resume(draw: st.DrawFn) -> list[TextLine]:
    lines = list(draw(st.sampled_from(REAL_LINES)))
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "swap", "cut", "replace", "insert"]))
        if action == "drop":
            del lines[at]
        elif action == "double":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            new = draw(LINE_TEXT)
            lines[at : at + (action == "replace")] = [new]
    return [TextLine(text=text, top=14.0 * n) for n, text in enumerate(lines)]


def _assert_builds(lines: list[TextLine]) -> None:
    document = Document(lines=lines, media_type="text/plain")
    built = build_profile(document, today=date(2026, 11, 1))
    assert list(built) == list(empty_profile())
    failed = [w for w in document.warnings if w.startswith("field_failed")]
    assert failed == []


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.lists(text_lines(), max_size=40))
def test_generated_line_structures_always_build_a_profile(lines: list[TextLine]) -> None:
    _assert_builds(lines)


@PROPERTY
@given(mutated_resume())
def test_mutated_real_resumes_always_build_a_profile(lines: list[TextLine]) -> None:
    _assert_builds(lines)
