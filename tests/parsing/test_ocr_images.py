"""Scans and photos drawn here from text written here, read through the whole image path:
each test is one general rule of the preprocessing or of the line assembly."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from recruit.parsing.extract import extract_document
from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_prep import TARGET_DPI, prepare_photo
from recruit.parsing.ocr_small import larger_scale

DPI = 200
PAGE = (int(8.5 * DPI), 11 * DPI)
BODY = [
    "Registered Nurse, Intensive Care Unit",
    "Mercy Hospital, Dayton, OH",
    "Certifications: BLS, ACLS, CCRN",
    "Licenses: Ohio RN 123456, expires 01/2028",
]


def _font(points: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=round(points * DPI / 72))


def _page(band: bool = False, shaded_row: bool = False, bold: int = 0) -> Image.Image:
    page = Image.new("L", PAGE, 250)
    draw = ImageDraw.Draw(page)
    y = DPI
    if band:  # a grey header band, the name in white (`bold`: stroke width in pixels)
        draw.rectangle((0, 0, PAGE[0], int(1.6 * DPI)), fill=95)
        name_font = _font(28 if bold else 24)
        position = (DPI, int(0.4 * DPI))
        draw.text(position, "Jordan Avery", fill=235, font=name_font, stroke_width=bold)
        draw.text((DPI, int(0.95 * DPI)), "Critical Care Nurse", fill=235, font=_font(12))
        y = 2 * DPI
    draw.text((DPI, y), "Staff Nurse", fill=20, font=_font(11))
    draw.text((int(5.6 * DPI), y), "Jun 2019 - Present", fill=20, font=_font(11))
    for row, text in enumerate(BODY, 1):
        draw.text((DPI, y + row * 0.3 * DPI), text, fill=20, font=_font(10))
    if shaded_row:  # a licence table: a grey header row, then one row
        top = int(y + 1.8 * DPI)
        draw.rectangle((DPI - 10, top - 10, int(7.5 * DPI), top + int(0.25 * DPI)), fill=200)
        for x, head, cell in [(1.0, "State", "OH"), (2.5, "Type", "RN"), (4.0, "Number", "654321")]:
            draw.text((int(x * DPI), top), head, fill=30, font=_font(10))
            draw.text((int(x * DPI), top + int(0.35 * DPI)), cell, fill=20, font=_font(10))
    return page


SIDEBAR = [
    "CONTACT",
    "jordan.avery@example.com",
    "(555) 555-0123",
    "LICENSES",
    "OH RN 123456",
    "CERTIFICATIONS",
    "BLS (AHA) exp 04/2027",
]


MAIN = [
    "Staff Nurse, Intensive Care Unit, 2019 to the present",
    "Mercy Hospital, Dayton, OH: a 24-bed medical ICU",
    "Charge nurse two shifts a week, preceptor to new graduates",
]


def _sidebar_page() -> Image.Image:
    """A navy sidebar in small white type beside a main column in black."""
    page = Image.new("L", PAGE, 250)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, int(2.6 * DPI), PAGE[1]), fill=45)
    for row, text in enumerate(SIDEBAR):
        draw.text((DPI // 4, int((0.5 + 0.25 * row) * DPI)), text, fill=235, font=_font(9))
    draw.text((3 * DPI, DPI // 2), "Jordan Avery, RN", fill=20, font=_font(20))
    for row, text in enumerate(MAIN):
        draw.text((3 * DPI, int((1.2 + 0.3 * row) * DPI)), text, fill=20, font=_font(10))
    return page


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _scan_pdf(page: Image.Image, seed: int = 7) -> bytes:
    """Grey paper, speckles and a soft focus, as an image-only PDF."""
    rng = random.Random(seed)
    scan = page.point(lambda v: int(40 + v * 0.78))
    draw = ImageDraw.Draw(scan)
    for _ in range(scan.width * scan.height // 2500):
        x, y = rng.randrange(scan.width), rng.randrange(scan.height)
        draw.point((x, y), fill=rng.randrange(60, 140))
    buffer = io.BytesIO()
    scan.filter(ImageFilter.GaussianBlur(0.5)).save(buffer, format="PDF", resolution=DPI)
    return buffer.getvalue()


def _photo(page: Image.Image, angle: float = 0.0, dim: int = 0, width: int = 1300) -> bytes:
    """The page on a desk, turned by `angle` degrees, darker by up to `dim` towards one
    corner, shrunk to `width` pixels and saved as a JPEG."""
    desk = Image.new("L", (page.width + 200, page.height + 200), 70)
    desk.paste(page, (100, 100))
    desk = desk.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=70)
    if dim:
        light = Image.linear_gradient("L").resize(desk.size).point(lambda v: 255 - v * dim // 255)
        desk = ImageChops.multiply(desk, ImageOps.mirror(light))
    desk = desk.resize((width, round(desk.height * width / desk.width)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    desk.convert("RGB").save(buffer, format="JPEG", quality=75)
    return buffer.getvalue()


def _lines(data: bytes, name: str) -> list[str]:
    document = extract_document(data, name, max_pages=5)
    assert "ocr" in document.warnings
    return [line.text for line in document.lines]


@pytest.mark.parametrize(("kind", "bold"), [("scan", 0), ("photo", 0), ("scan", 3)])
def test_white_text_on_a_grey_band_is_read(kind: str, bold: int) -> None:
    page = _page(band=True, bold=bold)  # big bold letters must not punch holes in the band
    data, name = (_scan_pdf(page), "band.pdf") if kind == "scan" else (_photo(page), "band.jpg")
    lines = _lines(data, name)
    assert "Jordan Avery" in lines
    assert "Critical Care Nurse" in lines


@pytest.mark.parametrize("kind", ["scan", "photo"])
def test_a_dark_sidebar_is_read_whole_before_the_main_column(kind: str) -> None:
    page = _sidebar_page()
    data, name = (_scan_pdf(page), "side.pdf") if kind == "scan" else (_photo(page), "side.jpg")
    lines = _lines(data, name)
    assert lines[: len(SIDEBAR)] == SIDEBAR
    assert lines[len(SIDEBAR) :] == ["Jordan Avery, RN", *MAIN]


@pytest.mark.parametrize("angle", [-4.0, 2.5])
def test_a_tilted_photo_keeps_a_title_and_its_flush_right_dates_on_one_line(angle: float) -> None:
    lines = _lines(_photo(_page(), angle=angle), "tilted.jpg")
    assert "Staff Nurse\tJun 2019 - Present" in lines
    assert "Mercy Hospital, Dayton, OH" in lines


def test_a_photo_lit_unevenly_is_read_to_its_dim_corner() -> None:
    lines = _lines(_photo(_page(), angle=1.5, dim=150), "dim.jpg")
    assert set(BODY) <= set(lines)


def _in_dim_light(page: Image.Image, exposure: float = 0.26) -> bytes:
    """The page photographed in a dim room: every level pulled down, sensor grain on top."""
    desk = Image.new("L", (page.width + 200, page.height + 200), 70)
    desk.paste(page, (100, 100))
    dark = desk.point(lambda v: round(v * exposure))
    dark = ImageChops.add(dark, Image.effect_noise(dark.size, 6), offset=-128)
    dark = dark.resize((1300, round(dark.height * 1300 / dark.width)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    dark.convert("RGB").save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def test_a_photo_taken_in_dim_light_reads_its_dark_sidebar_and_main_column() -> None:
    lines = _lines(_in_dim_light(_sidebar_page()), "dim-room.jpg")
    assert "jordan.avery@example.com" in lines
    assert "Jordan Avery, RN" in lines


def test_a_speckled_scan_with_a_shaded_table_row_is_read() -> None:
    lines = _lines(_scan_pdf(_page(shaded_row=True)), "scan.pdf")
    assert "State\tType\tNumber" in lines
    assert "OH\tRN\t654321" in lines
    assert "Licenses: Ohio RN 123456, expires 01/2028" in lines


def test_a_small_photo_is_brought_to_scan_resolution() -> None:
    photo = Image.new("L", (1100, 1420), 255)
    prepared = prepare_photo(photo)
    assert prepared.dpi == pytest.approx(TARGET_DPI, rel=0.01)
    assert prepared.image.width == pytest.approx(1100 * TARGET_DPI / (1100 / 8.5), rel=0.01)


FAINT = [
    ("Staff RN - Progressive Care Unit", 120),
    ("Missouri Valley Medical Center, Omaha, NE", 170),
    ("Platte Regional Hospital, Kearney, NE", 170),
    ("Bachelor of Science in Nursing, 2019", 150),
]


def test_a_faint_scan_keeps_its_light_grey_lines() -> None:
    """Toner running out: the darkest ink is mid grey and the employer lines lighter still;
    Sauvola's threshold alone drops the light lines."""
    page = Image.new("L", PAGE, 228)
    draw = ImageDraw.Draw(page)
    for row, (text, grey) in enumerate(FAINT):
        draw.text((DPI, int((1 + 0.3 * row) * DPI)), text, fill=grey, font=_font(10))
    buffer = io.BytesIO()
    page.filter(ImageFilter.GaussianBlur(0.6)).save(buffer, format="PDF", resolution=DPI)
    lines = _lines(buffer.getvalue(), "faint.pdf")
    assert [text for text, _ in FAINT] == lines


BAND = [  # (column's left edge in inches, its lines)
    (0.7, ["CONTACT", "(555) 555-0100", "12 Main Street, Dayton,", "OH 45402"]),
    (3.1, ["LICENSURE", "Ohio RN licence 123456, valid", "through 10/2027"]),
    (5.5, ["CERTIFICATIONS", "ACLS (AHA) expires", "09/2026", "BLS (AHA) expires", "09/2027"]),
]


def test_a_three_column_band_is_read_column_by_column() -> None:
    page = Image.new("L", PAGE, 250)
    draw = ImageDraw.Draw(page)
    draw.text((int(0.7 * DPI), int(0.5 * DPI)), "Jordan Avery, RN", fill=20, font=_font(20))
    for left, column in BAND:
        for row, text in enumerate(column):
            position = (int(left * DPI), int((1.2 + 0.22 * row) * DPI))
            draw.text(position, text, fill=20, font=_font(10))
    draw.text((int(0.7 * DPI), int(2.8 * DPI)), BODY[0], fill=20, font=_font(10))
    lines = _lines(_scan_pdf(page), "band.pdf")
    expected = ["Jordan Avery, RN"] + [text for _, column in BAND for text in column] + [BODY[0]]
    assert lines == expected


LOW_DPI = 150
LOW_DPI_LINES = [
    "stellan.virtanen@example.net",
    "(904) 555-0199 - Jacksonville, FL 32207",
    "BLS (American Heart Association) through 10/2027",
    "ACLS (American Heart Association) through 03/2027",
]


def test_a_150_dpi_scan_is_read_at_twice_its_resolution() -> None:
    """Small type scanned at 150 dpi: drawn up to 300 dpi pixel for pixel, not resampled to
    200 dpi, where the letters' shapes smear."""
    page = Image.new("L", (int(8.5 * LOW_DPI), 11 * LOW_DPI), 235)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=round(7.5 * LOW_DPI / 72))
    for row, text in enumerate(LOW_DPI_LINES):
        draw.text((LOW_DPI, int((1 + 0.25 * row) * LOW_DPI)), text, fill=40, font=font)
    buffer = io.BytesIO()
    page.filter(ImageFilter.GaussianBlur(0.5)).save(buffer, format="PDF", resolution=LOW_DPI)
    assert _lines(buffer.getvalue(), "small.pdf") == LOW_DPI_LINES


CONTACT_BLOCK = [
    "5102 Fredericksburg Rd, San Antonio, TX 78229",
    "(210) 555-0126",
    "teo.sandovalpryce@example.com",
]


@pytest.mark.parametrize(("angle", "top"), [(0.0, 0.72), (2.7, 0.72), (-3.0, 0.62), (0.0, 0.62)])
def test_small_contact_lines_beside_a_large_name_are_each_read(angle: float, top: float) -> None:
    """Three small lines flush right beside a name set large: Tesseract takes the ones level
    with the name into the name's line and reads them at the name's letter height, as
    nonsense; read again on their own they are the city and the phone number."""
    page = Image.new("L", PAGE, 245)
    draw = ImageDraw.Draw(page)
    draw.text((DPI, int(0.75 * DPI)), "Teodoro Sandoval-Pryce, RN", fill=30, font=_font(22))
    small = _font(8)
    for row, text in enumerate(CONTACT_BLOCK):
        right = int(7.5 * DPI)
        width = draw.textlength(text, font=small)
        draw.text((right - width, int((top + 0.16 * row) * DPI)), text, fill=30, font=small)
    draw.text((DPI, int(1.6 * DPI)), BODY[0], fill=20, font=_font(10))
    text = "\n".join(_lines(_photo(page, angle=angle, width=1600), "contact.jpg"))
    for line in CONTACT_BLOCK:
        assert line in text


def test_white_text_set_close_to_the_edge_of_a_black_band_inside_the_page_is_read() -> None:
    # a header band with the page's margin around it, its lines a few points from its edges
    page = Image.new("L", PAGE, 250)
    draw = ImageDraw.Draw(page)
    left, top, bottom = int(0.6 * DPI), int(0.6 * DPI), int(1.55 * DPI)
    draw.rectangle((left, top, int(7.9 * DPI), bottom), fill=12)
    draw.text((left + 14, top + 12), "Leilani Fonoti", fill=245, font=_font(20))
    contact = "Sandy, UT 84070 · (801) 555-0119 · leilani.fonoti@example.org"
    draw.text((left + 14, bottom - 40), contact, fill=245, font=_font(9))
    for row, text in enumerate(BODY):
        draw.text((DPI, int(2.2 * DPI) + row * int(0.3 * DPI)), text, fill=20, font=_font(10))
    text = "\n".join(_lines(_scan_pdf(page), "band.pdf"))
    assert "Leilani Fonoti" in text
    assert "leilani.fonoti@example.org" in text


def _screenshot_of_small_print(letter_pixels: int) -> bytes:
    """A wide desktop screenshot of a viewer showing a page small: 2400 pixels across (as
    wide as a 280 dpi letter page), its letters `letter_pixels` tall."""
    shot = Image.new("L", (2400, 1500), 235)
    draw = ImageDraw.Draw(shot)
    draw.rectangle((800, 100, 1500, 1400), fill=255)
    font = ImageFont.load_default(size=letter_pixels)
    lines = [*BODY, "jordan.avery@example.com  (555) 555-0123"] * 6
    for row, text in enumerate(lines):
        draw.text((840, 140 + row * round(letter_pixels * 1.6)), text, fill=30, font=font)
    return _png(shot)


def test_small_print_in_a_wide_screenshot_is_read_again_larger() -> None:
    lines = _lines(_screenshot_of_small_print(11), "screenshot.png")
    assert sum(text in lines for text in BODY) >= 3
    assert "jordan.avery@example.com (555) 555-0123" in lines


def test_only_small_print_is_read_again() -> None:
    def words(size: float, count: int = 30) -> list[OcrWord]:
        return [OcrWord("Nurse", 0, 50, 100.0, size, 90.0)] * count

    assert larger_scale(words(18.0), 1200 * 1000, 12_000_000) == pytest.approx(2.0)
    assert larger_scale(words(30.0), 1200 * 1000, 12_000_000) is None
    assert larger_scale(words(18.0, count=5), 1200 * 1000, 12_000_000) is None
    # never past the pixel bound OCR time and memory are sized for
    assert larger_scale(words(18.0), 6_000_000, 12_000_000) == pytest.approx(2**0.5)


@pytest.mark.parametrize("angle", [90, 270])
def test_a_page_scanned_on_its_side_is_read_upright(angle: int) -> None:
    lines = _lines(_scan_pdf(_page().rotate(angle, expand=True)), "sideways.pdf")
    assert "Staff Nurse\tJun 2019 - Present" in lines
    assert set(BODY) <= set(lines)


def test_a_landscape_page_read_well_is_not_turned() -> None:
    page = Image.new("L", (PAGE[1], PAGE[0]), 250)
    draw = ImageDraw.Draw(page)
    for row, text in enumerate(BODY * 3):
        draw.text((DPI, DPI + row * int(0.3 * DPI)), text, fill=20, font=_font(10))
    lines = _lines(_scan_pdf(page), "landscape.pdf")
    assert set(BODY) <= set(lines)


def test_a_page_scanned_upside_down_is_read_upright() -> None:
    lines = _lines(_scan_pdf(_page().rotate(180)), "upside-down.pdf")
    assert "Staff Nurse\tJun 2019 - Present" in lines
    assert set(BODY) <= set(lines)


@pytest.mark.parametrize("angle", [1.5, -2.5])
def test_a_large_name_near_the_top_of_a_band_in_a_tilted_photo_keeps_its_letter_tops(
    angle: float,
) -> None:
    # the band's inverted mask is blocky: on a tilted page it stopped short of the band's top
    # and cut across the name's tall letters ('ingrid ivi. rairweauicr')
    page = Image.new("L", PAGE, 245)
    draw = ImageDraw.Draw(page)
    left, top, bottom = int(0.6 * DPI), int(0.7 * DPI), int(1.9 * DPI)
    draw.rectangle((left, top, int(7.9 * DPI), bottom), fill=40)
    name_font = _font(30)
    draw.text((left + 20, top + 14), "Ingrid Fairweather", fill=235, font=name_font, stroke_width=2)
    draw.text((left + 20, top + int(0.75 * DPI)), "Recovery Room Nurse", fill=235, font=_font(12))
    for row, text in enumerate(BODY):
        draw.text((DPI, int(2.4 * DPI) + row * int(0.3 * DPI)), text, fill=20, font=_font(10))
    lines = _lines(_photo(page, angle=angle, width=2400), "band.jpg")
    assert "Ingrid Fairweather" in lines
