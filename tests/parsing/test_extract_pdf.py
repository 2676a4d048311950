"""PDF extraction on hand-made PDFs: reading order, columns, styling, limits and damage."""

from __future__ import annotations

import pytest
from pdfminer.fontmetrics import FONT_METRICS

from recruit.parsing.extract_pdf import extract_pdf
from recruit.parsing.model import ParseError
from tests.files.pdf import Page, Text, one_page, pages_pdf


def _texts(data: bytes) -> list[str]:
    return [line.text for line in extract_pdf(data, max_pages=30).lines]


def _two_columns() -> bytes:
    page = Page().add(72, 40, "Jane Doe, RN", size=20, bold=True)
    page.add(72, 70, "jane@example.com | (555) 010-2000 | Reno, NV")
    for i in range(12):
        page.add(72, 110 + i * 14, f"Main column line {i} about ICU nursing")
        page.add(400, 115 + i * 14, f"Skill {i}", size=9)
    return pages_pdf([page])


def test_lines_come_out_top_to_bottom_with_words_spaced() -> None:
    data = one_page(Text(72, 100, "Second line"), Text(72, 40, "First line here"))
    assert _texts(data) == ["First line here", "Second line"]


def test_two_column_page_reads_header_then_left_then_right() -> None:
    document = extract_pdf(_two_columns(), max_pages=30)
    texts = [line.text for line in document.lines]
    assert texts[:2] == ["Jane Doe, RN", "jane@example.com | (555) 010-2000 | Reno, NV"]
    assert texts[2:14] == [f"Main column line {i} about ICU nursing" for i in range(12)]
    assert texts[14:] == [f"Skill {i}" for i in range(12)]
    assert "multi_column" in document.warnings


def test_stacked_contact_block_beside_the_name_follows_the_name() -> None:
    page = Page().add(400, 20, "Reno, NV", size=9).add(400, 32, "(555) 010-2000", size=9)
    page.add(72, 30, "Ana Ruiz", size=22).add(400, 60, "ana@example.com", size=9)
    page.add(72, 100, "Travel ICU nurse with six years of experience in Level I trauma centres.")
    assert _texts(pages_pdf([page]))[:4] == [
        "Ana Ruiz",
        "Reno, NV",
        "(555) 010-2000",
        "ana@example.com",
    ]


def _boxes_page() -> Page:
    page = Page().add(72, 40, "Ana Ruiz, MOT, OTR/L", size=20, bold=True)
    page.add(72, 70, "Pediatric OT in schools and outpatient clinics, six years.")
    page.add(72, 100, "Licensure & Certifications", bold=True).add(330, 100, "Education", bold=True)
    page.add(72, 116, "Texas OT License #OT-118, exp. 09/2027").add(330, 116, "Master of OT")
    page.add(72, 130, "OTR (NBCOT), renewal due 03/2028").add(330, 130, "Texas Woman's University")
    page.add(72, 144, "SIPT certified")
    page.add(72, 158, "CPR/First Aid, expires 2027-06").add(330, 158, "Skills", bold=True)
    page.add(330, 172, "Sensory integration")
    return page


def test_section_boxes_side_by_side_are_read_box_after_box() -> None:
    page = _boxes_page()
    page.add(72, 200, "Experience", bold=True)
    page.add(72, 216, "School OT at Cross Timbers ISD, Denton, TX, 2022 - Present, caseload of 45")
    assert _texts(pages_pdf([page]))[2:] == [
        "Licensure & Certifications",
        "Texas OT License #OT-118, exp. 09/2027",
        "OTR (NBCOT), renewal due 03/2028",
        "SIPT certified",
        "CPR/First Aid, expires 2027-06",
        "Education",
        "Master of OT",
        "Texas Woman's University",
        "Skills",
        "Sensory integration",
        "Experience",
        "School OT at Cross Timbers ISD, Denton, TX, 2022 - Present, caseload of 45",
    ]


def test_a_row_of_column_labels_is_not_a_band_of_boxes() -> None:
    page = Page().add(72, 40, "Ana Ruiz", size=20).add(72, 80, "Licensure", bold=True)
    page.add(72, 100, "State").add(200, 100, "Number").add(330, 100, "Expires")
    page.add(72, 116, "Texas").add(200, 116, "OT-118").add(330, 116, "09/2027")
    assert _texts(pages_pdf([page]))[2:] == ["State\tNumber\tExpires", "Texas\tOT-118\t09/2027"]


def test_right_aligned_dates_stay_on_their_line() -> None:
    page = Page()
    for i in range(10):
        page.add(72, 100 + i * 30, f"Staff Nurse at Hospital number {i} in the city")
        page.add(480, 100 + i * 30, f"20{10 + i}")
    document = extract_pdf(pages_pdf([page]), max_pages=30)
    assert document.lines[0].text == "Staff Nurse at Hospital number 0 in the city\t2010"
    assert "multi_column" not in document.warnings


@pytest.mark.parametrize(
    ("text", "spacing"),
    [("Amelia Chen", 5.0), ("Amelia Chen", 8.0), ("A m e l i a   C h e n", 0.0)],
)
def test_letter_spaced_name_is_joined_into_words(text: str, spacing: float) -> None:
    document = extract_pdf(
        one_page(Text(72, 40, text, size=20, char_spacing=spacing)), max_pages=30
    )
    assert document.lines[0].text == "Amelia Chen"
    assert "letter_spaced" in document.warnings


def test_line_carries_page_position_size_and_boldness() -> None:
    line = extract_pdf(
        one_page(Text(72, 40, "EXPERIENCE", size=14, bold=True)), max_pages=30
    ).lines[0]
    assert (line.page, line.x0, line.font_size, line.bold) == (1, 72.0, 14.0, True)
    assert 38 <= line.top <= 42


def test_bullets_are_stripped_from_line_starts() -> None:
    assert _texts(one_page(Text(72, 40, "\u2022 Triage in a Level 1 trauma centre"))) == [
        "Triage in a Level 1 trauma centre"
    ]


def test_icon_font_glyphs_are_dropped() -> None:
    data = one_page(Text(72, 40, "I", font="F3"), Text(82, 40, "(555) 010-2000"))
    assert _texts(data) == ["(555) 010-2000"]


def test_more_pages_than_allowed_is_refused() -> None:
    data = pages_pdf([Page().add(72, 40, f"Page {n}") for n in range(5)])
    with pytest.raises(ParseError) as error:
        extract_pdf(data, max_pages=4)
    assert error.value.code == "too_many_pages"
    assert len(extract_pdf(data, max_pages=5).lines) == 5


@pytest.mark.parametrize("cut", [200, 400, -60])
def test_truncated_pdf_is_corrupt(cut: int) -> None:
    with pytest.raises(ParseError) as error:
        extract_pdf(
            _two_columns()[:cut] if cut > 0 else _two_columns()[:cut] + b"garbage", max_pages=30
        )
    assert error.value.code == "corrupt"


def test_page_without_text_or_images_gives_no_lines_and_no_ocr() -> None:
    document = extract_pdf(pages_pdf([Page(raw=b"0 0 m 100 100 l S\n")]), max_pages=30)
    assert document.lines == []
    assert "ocr" not in document.warnings


def test_a_pdf_without_text_says_so() -> None:
    from recruit.parsing.extract import extract_document

    document = extract_document(pages_pdf([Page(raw=b"0 0 m 9 9 l S\n")]), "cv.pdf", max_pages=30)
    assert document.warnings == ["little_text"]


def test_a_heading_turned_on_end_in_the_margin_heads_the_rows_beside_it() -> None:
    """'EXPERIENCE' set reading upwards beside its section (a square reportlab page): it
    comes out flat, at its top, ahead of the section's rows; other text is unchanged."""
    page = Page().add(72, 40, "Jane Doe, RN", size=20, bold=True)
    page.add(90, 100, "Staff RN, ICU  Mercy Hospital, Reno, NV")
    page.add(90, 114, "Charge nurse on nights")
    page.add(90, 200, "Reno RN 123456, exp 01/2028")
    # 9 pt bold, turned a quarter anticlockwise: runs from y = 792-160 up to about 792-103
    page.raw = (
        b"BT /F2 9 Tf 0 1 -1 0 80 632 Tm (EXPERIENCE) Tj ET\n"
        b"BT /F2 9 Tf 0 1 -1 0 80 562 Tm (LICENSES) Tj ET\n"
    )
    texts = _texts(pages_pdf([page]))
    experience = next(i for i, t in enumerate(texts) if t.startswith("EXPERIENCE"))
    licences = next(i for i, t in enumerate(texts) if t.startswith("LICENSES"))
    assert texts[0] == "Jane Doe, RN"
    assert experience < texts.index("Charge nurse on nights") < licences
    assert any("Reno RN 123456" in t for t in texts[licences:])


def _on_end_letter_by_letter(text: str, x: float, y: float, size: float) -> bytes:
    """`text` turned a quarter anticlockwise, each letter placed by its own text matrix (how
    Chromium prints a name set on end), words a quarter of the size apart."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica-Bold"][1]
    out = b""
    for char in text:
        if char == " ":
            y += 0.25 * size
            continue
        out += b"BT /F2 %.1f Tf 0 1 -1 0 %.1f %.2f Tm (%s) Tj ET\n" % (
            size,
            x,
            y,
            char.encode(),
        )
        y += widths[char] / 1000 * size
    return out


def test_a_name_set_on_end_a_letter_at_a_time_reads_as_one_line() -> None:
    page = Page().add(120, 60, "Pediatric Occupational Therapist", size=14, bold=True)
    page.add(120, 100, "Staff OT, Sandia Foothills School District  Aug 2020 - Present")
    page.raw = _on_end_letter_by_letter("Imogen Salazar-Pryce", 60, 250, 40)
    texts = _texts(pages_pdf([page]))
    assert "Imogen Salazar-Pryce" in texts
    assert "Pediatric Occupational Therapist" in texts


def test_a_page_opening_with_text_on_end_after_a_page_that_ended_with_it_is_read() -> None:
    first = Page().add(120, 60, "Imogen Salazar-Pryce, OTR/L", size=14, bold=True)
    first.raw = b"BT /F2 9 Tf 0 1 -1 0 80 632 Tm (EXPERIENCE) Tj ET\n"
    second = Page()
    second.raw = b"BT /F2 9 Tf 0 1 -1 0 80 632 Tm (EDUCATION) Tj ET\n"
    second.add(120, 100, "Master of Occupational Therapy, University of New Mexico")
    texts = _texts(pages_pdf([first, second]))
    assert any(t.startswith("EDUCATION") for t in texts)
    assert any("University of New Mexico" in t for t in texts)


def test_three_panels_are_read_panel_after_panel() -> None:
    """A three-panel page (each panel its own flow, so their lines do not share rows) whose last
    panel is short-lined: the widest empty strip is that panel's ragged right margin, which
    splits nothing; the gutters between the panels do."""
    page = Page().add(40, 30, "Anneliese Obi, MS, CCC-SLP", size=16, bold=True)
    first = [f"Dysphagia caseload line {i} of the profile" for i in range(10)]
    second = [f"Catawba Crossing job line {i} here" for i in range(10)]
    third = [f"Skill {i}" for i in range(10)]
    for i in range(10):
        page.add(40, 80 + i * 14, first[i], size=8)
        page.add(225, 85 + i * 11.5, second[i], size=8)
        page.add(400, 90 + i * 17, third[i], size=8)
    texts = _texts(pages_pdf([page]))
    assert texts == ["Anneliese Obi, MS, CCC-SLP", *first, *second, *third]


def test_a_sidebar_line_that_runs_up_to_the_main_column_stays_in_the_sidebar() -> None:
    """A sidebar licence line long enough to end a point short of the main column's first job:
    on one baseline the two read as one fragment across the gutter, and the rest of the
    sidebar came after the main column's first job."""
    widths = FONT_METRICS["Helvetica"][1]
    glued = "Minnesota RN No. R 7730419,"
    main_x = 40 + sum(widths[c] for c in glued) * 9 / 1000 + 0.8
    sidebar = ["Licensure", "NC RN, multistate", glued, "exp. 09/2027", "BLS, AHA", "ACLS, AHA"]
    main = [f"Travel RN contract line {i} at Saguaro Ridge" for i in range(10)]
    page = Page()
    for i, text in enumerate(sidebar):
        page.add(40, 100 + i * 14, text, size=9)
    for i, text in enumerate(main):
        page.add(main_x, 128 + i * 14, text, size=9)
    assert _texts(pages_pdf([page])) == [*sidebar, *main]
