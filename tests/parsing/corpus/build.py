"""Render the resume corpus (NAME.txt + NAME.expected.json) into real files.

usage: python tests/parsing/corpus/build.py OUT_DIR [CASE ...]

Each case is written as light markup so that adding a case means adding data:

    %% option[: value]     render options, only at the top (see OPTIONS below)
    first lines            the header: the name, then contact lines (until the first heading)
    # Heading              a section heading
    ## Left @@ Right       an entry line (job title, school); text after ' @@ ' is set flush right
                           (a tab stop in DOCX, right-aligned in PDF, spaces in text)
    - text / • text        a bullet
    | a | b | c |          a table row; consecutive rows make one table, the first row is bold
    ---column---           pdf-2col: blocks before it go in the left sidebar, blocks after it in
                           the main column under the header; elsewhere ignored
    anything else          a paragraph; blank lines separate blocks

The target format comes from NAME.expected.json ("format"). Output is deterministic: fixed
PDF/DOCX metadata and zip timestamps, seeded noise for scans and photos.
"""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
FIXED_TIME = datetime(2025, 1, 6, 9, 0, 0, tzinfo=UTC)
EXTENSIONS = {
    "txt": ".txt",
    "pdf-1col": ".pdf",
    "pdf-2col": ".pdf",
    "docx": ".docx",
    "docx-table": ".docx",
    "scan-pdf": ".pdf",
    "photo-jpeg": ".jpg",
    "photo-png": ".png",
}
OPTIONS = {
    "letterspace-name",  # PDF: the name drawn with wide character spacing
    "center",  # PDF/images: name and contact centred
    "font",  # PDF: helvetica | times | dejavu | liberation-serif
    "docx-header",  # DOCX: the contact lines go into the page header
    "docx-plain-headings",  # DOCX: headings as bold capitals, not Word heading styles
    "rotate",  # images: rotation in degrees
}


# ---------------------------------------------------------------------------- the markup


@dataclass
class Block:
    kind: str  # heading | entry | bullet | row | para | blank | column
    text: str = ""
    right: str = ""
    cells: list[str] = field(default_factory=list)
    mark: str = "-"


@dataclass
class Case:
    name: str
    fmt: str
    options: dict[str, str]
    header: list[str]
    blocks: list[Block]

    @property
    def person(self) -> str:
        return self.header[0]

    @property
    def contact(self) -> list[str]:
        return self.header[1:]

    def split_columns(self) -> tuple[list[Block], list[Block]]:
        for i, block in enumerate(self.blocks):
            if block.kind == "column":
                return self.blocks[:i], self.blocks[i + 1 :]
        return [], self.blocks

    def linear_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "column"]


def parse_markup(name: str, text: str, fmt: str) -> Case:
    options: dict[str, str] = {}
    header: list[str] = []
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("%%"):
            key, _, value = line[2:].strip().partition(":")
            if key.strip() not in OPTIONS:
                raise ValueError(f"{name}: unknown option {key!r}")
            options[key.strip()] = value.strip() or "1"
        elif not blocks and not line.startswith("# "):
            if line.strip():
                header.append(line.strip())
        else:
            blocks.append(_block(line))
    return Case(name, fmt, options, header, blocks)


def _block(line: str) -> Block:
    stripped = line.strip()
    if not stripped:
        return Block("blank")
    if stripped == "---column---":
        return Block("column")
    if stripped.startswith("## "):
        left, _, right = stripped[3:].partition(" @@ ")
        return Block("entry", left.strip(), right.strip())
    if stripped.startswith("# "):
        return Block("heading", stripped[2:].strip())
    if stripped[:2] in ("- ", "• ", "* ", "o "):
        return Block("bullet", stripped[2:].strip(), mark=stripped[0])
    if stripped.startswith("|"):
        return Block("row", cells=[c.strip() for c in stripped.strip("|").split("|")])
    return Block("para", stripped)


def load_case(name: str) -> Case:
    expected = json.loads((CORPUS_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    text = (CORPUS_DIR / f"{name}.txt").read_text(encoding="utf-8")
    return parse_markup(name, text, expected["format"])


def case_names() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in CORPUS_DIR.glob("*.expected.json"))


# ---------------------------------------------------------------------------- plain text


def render_txt(case: Case) -> bytes:
    out = [case.person, *case.contact, ""]
    table: list[list[str]] = []
    for block in case.linear_blocks() + [Block("blank")]:
        if block.kind != "row" and table:
            widths = [
                max(len(r[i]) if i < len(r) else 0 for r in table) for i in range(len(table[0]))
            ]
            out += [
                "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
                for r in table
            ]
            table = []
        if block.kind == "heading":
            out += ["", block.text] if out[-1] else [block.text]
        elif block.kind == "entry":
            out.append(f"{block.text}    {block.right}".rstrip() if block.right else block.text)
        elif block.kind == "bullet":
            out.append(f"{block.mark} {block.text}")
        elif block.kind == "row":
            table.append(block.cells)
        elif block.kind == "para":
            out.append(block.text)
        elif block.kind == "blank" and out and out[-1]:
            out.append("")
    return ("\n".join(out).strip() + "\n").encode("utf-8")


# ---------------------------------------------------------------------------- PDF (reportlab)

_FONT_FILES = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "liberation": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
}
_FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
]


def _find_font(filename: str) -> Path | None:
    for folder in _FONT_DIRS:
        if (folder / filename).exists():
            return folder / filename
    return None


def _pdf_fonts(choice: str) -> tuple[str, str]:
    """(regular, bold) font names; embedded TrueType when available, else the standard 14."""
    if choice == "times":
        return "Times-Roman", "Times-Bold"
    if choice in _FONT_FILES:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        regular, bold = (_find_font(f) for f in _FONT_FILES[choice])
        if regular and bold:
            names = (f"{choice}-R", f"{choice}-B")
            for font_name, path in zip(names, (regular, bold), strict=True):
                if font_name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(font_name, str(path)))
            return names
    return "Helvetica", "Helvetica-Bold"


class _PdfColumn:
    """Flows blocks down one column of a reportlab canvas, starting new pages as needed."""

    def __init__(self, pdf, fonts, x: float, width: float, top: float, size: float = 10.0):
        self.pdf, (self.regular, self.bold) = pdf, fonts
        self.x, self.width, self.y, self.size = x, width, top, size
        self.page_top = 740.0

    def need(self, height: float) -> None:
        if self.y - height < 50:
            self.pdf.showPage()
            self.y = self.page_top

    def text(
        self,
        text: str,
        *,
        font: str | None = None,
        size: float | None = None,
        indent: float = 0.0,
        lead: float = 1.3,
    ) -> None:
        from reportlab.lib.utils import simpleSplit

        font, size = font or self.regular, size or self.size
        for line in simpleSplit(text, font, size, self.width - indent) or [""]:
            self.need(size * lead)
            self.y -= size * lead
            self.pdf.setFont(font, size)
            self.pdf.drawString(self.x + indent, self.y, line)

    def flow(self, blocks: list[Block]) -> None:
        table: list[list[str]] = []
        for block in blocks + [Block("blank")]:
            if block.kind != "row" and table:
                self.table(table)
                table = []
            getattr(self, f"_{block.kind}")(block) if block.kind != "row" else table.append(
                block.cells
            )

    def _heading(self, block: Block) -> None:
        self.need(40)
        self.y -= 8
        self.text(block.text.upper(), font=self.bold, size=self.size + 2)
        self.pdf.setLineWidth(0.6)
        self.pdf.line(self.x, self.y - 3, self.x + self.width, self.y - 3)
        self.y -= 5

    def _entry(self, block: Block) -> None:
        self.need(30)
        self.y -= 2
        if block.right:
            right_width = self.pdf.stringWidth(block.right, self.regular, self.size)
            self.pdf.setFont(self.regular, self.size)
            self.pdf.drawRightString(self.x + self.width, self.y - self.size * 1.3, block.right)
            saved, self.width = self.width, self.width - right_width - 12
            self.text(block.text, font=self.bold)
            self.width = saved
        else:
            self.text(block.text, font=self.bold)

    def _bullet(self, block: Block) -> None:
        self.need(self.size * 1.3)
        self.pdf.setFont(self.regular, self.size)
        self.pdf.drawString(self.x + 6, self.y - self.size * 1.3, "\u2022")
        self.text(block.text, indent=16)

    def _para(self, block: Block) -> None:
        self.text(block.text)

    def _blank(self, block: Block) -> None:
        self.y -= self.size * 0.5

    def table(self, rows: list[list[str]]) -> None:
        columns = max(len(r) for r in rows)
        cell = self.width / columns
        for i, row in enumerate(rows):
            self.need(self.size * 1.5)
            self.y -= self.size * 1.5
            for j, value in enumerate(row):
                self.pdf.setFont(self.bold if i == 0 else self.regular, self.size - 0.5)
                self.pdf.drawString(self.x + j * cell, self.y, value)
        self.y -= 4


def _pdf_canvas(buffer: io.BytesIO, case: Case):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1, pageCompression=1)
    pdf.setTitle(f"{case.person} resume")
    pdf.setAuthor(case.person)
    return pdf


def _pdf_name(pdf, case: Case, fonts, x: float, y: float, width: float, size: float = 20) -> None:
    spacing = 5.0 if "letterspace-name" in case.options else 0.0
    name_width = pdf.stringWidth(case.person, fonts[1], size) + spacing * len(case.person)
    if "center" in case.options:
        x = x + (width - name_width) / 2
    text = pdf.beginText(x, y)
    text.setFont(fonts[1], size)
    text.setCharSpace(spacing)
    text.textLine(case.person)
    text.setCharSpace(0)  # Tc is graphics state: it would leak into every later string
    pdf.drawText(text)


def render_pdf_1col(case: Case) -> bytes:
    buffer = io.BytesIO()
    pdf = _pdf_canvas(buffer, case)
    fonts = _pdf_fonts(case.options.get("font", "helvetica"))
    _pdf_name(pdf, case, fonts, 54, 740, 504)
    column = _PdfColumn(pdf, fonts, 54, 504, 732)
    for line in case.contact:
        if "center" in case.options:
            column.y -= 13
            pdf.setFont(fonts[0], 10)
            pdf.drawCentredString(306, column.y, line)
        else:
            column.text(line)
    column.y -= 4
    column.flow(case.linear_blocks())
    pdf.save()
    return buffer.getvalue()


def render_pdf_2col(case: Case) -> bytes:
    buffer = io.BytesIO()
    pdf = _pdf_canvas(buffer, case)
    fonts = _pdf_fonts(case.options.get("font", "helvetica"))
    sidebar_blocks, main_blocks = case.split_columns()
    pdf.setFillColorRGB(0.92, 0.94, 0.96)
    pdf.rect(0, 0, 200, 792, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    _pdf_name(pdf, case, fonts, 218, 735, 360, size=22)
    side = _PdfColumn(pdf, fonts, 22, 160, 750, size=9)
    side.flow(sidebar_blocks)
    main = _PdfColumn(pdf, fonts, 218, 360, 727)
    for line in case.contact:
        main.text(line)
    main.y -= 6
    main.flow(main_blocks)
    pdf.save()
    return buffer.getvalue()


# ---------------------------------------------------------------------------- DOCX (python-docx)


def render_docx(case: Case) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = case.person
    props.created = props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(1)
    plain_headings = "docx-plain-headings" in case.options

    name = document.add_paragraph()
    run = name.add_run(case.person)
    run.bold, run.font.size = True, Pt(18)
    if "docx-header" in case.options:
        header = section.header
        header.is_linked_to_previous = False
        header.paragraphs[0].text = "\n".join(case.contact)  # runs joined by line breaks
    else:
        for line in case.contact:
            document.add_paragraph(line)

    table_rows: list[list[str]] = []
    for block in case.linear_blocks() + [Block("blank")]:
        if block.kind != "row" and table_rows:
            _docx_table(document, table_rows)
            table_rows = []
        if block.kind == "heading":
            if plain_headings:
                run = document.add_paragraph().add_run(block.text.upper())
                run.bold, run.font.size = True, Pt(12)
            else:
                document.add_heading(block.text, level=1)
        elif block.kind == "entry":
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text).bold = True
            if block.right:
                paragraph.paragraph_format.tab_stops.add_tab_stop(
                    Inches(6.5), WD_TAB_ALIGNMENT.RIGHT
                )
                paragraph.add_run("\t" + block.right)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "row":
            table_rows.append(block.cells)
        elif block.kind == "para":
            document.add_paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _docx_table(document, rows: list[list[str]]) -> None:
    columns = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _fixed_zip_times(data: bytes) -> bytes:
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, source.read(info.filename))
    return target.getvalue()


# ---------------------------------------------------------------------------- images (Pillow)

PAGE_PX = (1700, 2200)  # US letter at 200 dpi
_IMAGE_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def _image_font(bold: bool, size: int):
    from PIL import ImageFont

    path = _find_font(_IMAGE_FONTS[1 if bold else 0])
    if path:
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def render_pages(case: Case) -> list:
    """The resume drawn as page images (greyscale), like a print-out."""
    from PIL import Image, ImageDraw

    regular, bold = _image_font(False, 30), _image_font(True, 30)
    heading_font, name_font = _image_font(True, 36), _image_font(True, 52)
    left, right, bottom = 150, PAGE_PX[0] - 150, PAGE_PX[1] - 150
    pages: list = []
    state = {"y": 0}

    def new_page():
        page = Image.new("L", PAGE_PX, 255)
        pages.append(page)
        state["y"] = 150
        return ImageDraw.Draw(page)

    draw = new_page()

    def need(height: int):
        nonlocal draw
        if state["y"] + height > bottom:
            draw = new_page()

    def line(text: str, font, x: int = left, width: int | None = None, step: int = 42):
        for piece in _wrap(draw, text, font, width or right - x):
            need(step)
            draw.text((x, state["y"]), piece, font=font, fill=20)
            state["y"] += step

    centred = "center" in case.options
    name_x = (
        (PAGE_PX[0] - int(draw.textlength(case.person, font=name_font))) // 2 if centred else left
    )
    draw.text((name_x, state["y"]), case.person, font=name_font, fill=0)
    state["y"] += 76
    for text in case.contact:
        x = (PAGE_PX[0] - int(draw.textlength(text, font=regular))) // 2 if centred else left
        line(text, regular, x=x)
    table: list[list[str]] = []
    for block in case.linear_blocks() + [Block("blank")]:
        if block.kind != "row" and table:
            cell = (right - left) // max(len(r) for r in table)
            for i, row in enumerate(table):
                need(44)
                for j, value in enumerate(row):
                    draw.text(
                        (left + j * cell, state["y"]),
                        value,
                        font=bold if i == 0 else regular,
                        fill=20,
                    )
                state["y"] += 44
            table = []
        if block.kind == "heading":
            need(110)
            state["y"] += 24
            draw.text((left, state["y"]), block.text.upper(), font=heading_font, fill=0)
            state["y"] += 50
            draw.line((left, state["y"], right, state["y"]), fill=60, width=2)
            state["y"] += 12
        elif block.kind == "entry":
            need(44)
            if block.right:
                width = int(draw.textlength(block.right, font=regular))
                draw.text((right - width, state["y"]), block.right, font=regular, fill=20)
                line(block.text, bold, width=right - left - width - 30)
            else:
                line(block.text, bold)
        elif block.kind == "bullet":
            need(42)
            draw.text((left + 10, state["y"]), "\u2022", font=regular, fill=20)
            line(block.text, regular, x=left + 40)
        elif block.kind == "row":
            table.append(block.cells)
        elif block.kind == "para":
            line(block.text, regular)
        elif block.kind == "blank":
            state["y"] += 14
    return pages


def _wrap(draw, text: str, font, width: int) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + [current] if current else lines or [""]


def _seed(case: Case) -> int:
    return zlib.crc32(case.name.encode())


def _scanned(page, rng: random.Random, angle: float):
    """Slight skew, speckle noise and softness, like a flatbed scan."""
    from PIL import Image, ImageFilter

    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    small = (PAGE_PX[0] // 4, PAGE_PX[1] // 4)
    noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1])).resize(PAGE_PX)
    page = Image.blend(page, noise, 0.07)
    return page.filter(ImageFilter.GaussianBlur(0.7))


def render_scan_pdf(case: Case) -> bytes:
    rng = random.Random(_seed(case))
    angle = float(case.options.get("rotate", rng.choice([-0.8, -0.5, 0.4, 0.7])))
    pages = [_scanned(p, rng, angle).convert("L") for p in render_pages(case)]
    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        "PDF",
        resolution=200.0,
        save_all=True,
        append_images=pages[1:],
        creationDate=FIXED_TIME.timetuple(),
        modDate=FIXED_TIME.timetuple(),
        title=f"Scan {case.name}",
        producer="scanner",
    )
    return buffer.getvalue()


def _photo(case: Case):
    """The first page as a phone photo: on a grey desk, tilted, a little uneven light."""
    from PIL import Image, ImageFilter

    rng = random.Random(_seed(case))
    pages = render_pages(case)
    if len(pages) > 1:
        raise ValueError(f"{case.name}: a photo shows one page; shorten the resume")
    page = pages[0].convert("RGB").resize((1275, 1650), Image.LANCZOS)
    angle = float(case.options.get("rotate", rng.choice([-2.5, -1.5, 1.5, 2.0])))
    desk = Image.new("RGB", (1500, 1900), (118, 116, 112))
    desk.paste(page, (112, 125))
    desk = desk.rotate(angle, resample=Image.BICUBIC, fillcolor=(110, 108, 104))
    shade = Image.linear_gradient("L").resize(desk.size).point(lambda v: 200 + v // 5)
    desk = Image.composite(desk, Image.new("RGB", desk.size, (40, 40, 40)), shade)
    return desk.filter(ImageFilter.GaussianBlur(0.6))


def render_photo_jpeg(case: Case) -> bytes:
    buffer = io.BytesIO()
    _photo(case).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def render_photo_png(case: Case) -> bytes:
    buffer = io.BytesIO()
    _photo(case).save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


RENDERERS = {
    "txt": render_txt,
    "pdf-1col": render_pdf_1col,
    "pdf-2col": render_pdf_2col,
    "docx": render_docx,
    "docx-table": render_docx,
    "scan-pdf": render_scan_pdf,
    "photo-jpeg": render_photo_jpeg,
    "photo-png": render_photo_png,
}


# ---------------------------------------------------------------------------- driver


@dataclass(frozen=True)
class Built:
    name: str
    fmt: str
    path: Path
    expected: dict


def build_case(name: str, out_dir: Path) -> Built:
    expected = json.loads((CORPUS_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    case = load_case(name)
    path = Path(out_dir) / f"{name}{EXTENSIONS[case.fmt]}"
    path.write_bytes(RENDERERS[case.fmt](case))
    return Built(name, case.fmt, path, expected)


def build(out_dir: Path, names: list[str] | None = None) -> list[Built]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_case(name, out_dir) for name in names or case_names()]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for built in build(Path(argv[0]), argv[1:] or None):
        print(f"{built.fmt:11} {built.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
