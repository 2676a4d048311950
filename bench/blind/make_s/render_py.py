"""Renderers run in the tools venv: openpyxl -> Gnumeric ssconvert, python-pptx -> Impress, PyRTF3."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from typing import Any


def render_xlsx(spec: dict[str, Any], out: str) -> None:
    """A spreadsheet resume: merged name row, grey section bands, one row per job, printed by Gnumeric."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.page import PageMargins

    wb = Workbook()
    ws = wb.active
    ws.title = "Resume"
    font = spec["opts"].get("font", "Liberation Sans")
    widths = {"A": 17, "B": 30, "C": 33, "D": 20}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    r = 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, f"{spec['name']}, {spec['creds']}").font = Font(
        name=font, size=18, bold=True, color="1F4E3D"
    )
    ws.row_dimensions[r].height = 28
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, spec["headline"]).font = Font(name=font, size=10, italic=True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for col, c in zip((1, 3, 4), spec["contact"], strict=True):
        ws.cell(r, col, c).font = Font(name=font, size=9.5)
    r += 2
    band = PatternFill("solid", fgColor="D9E7E1")
    thin = Side(style="thin", color="A0A0A0")
    for sec in spec["main"]:
        for col in range(1, 5):
            ws.cell(r, col).fill = band
        ws.cell(r, 1, sec["h"]).font = Font(name=font, size=10.5, bold=True, color="1F4E3D")
        r += 1
        for it in sec["items"]:
            if it["t"] == "job":
                ws.cell(r, 1, it["dates"]).font = Font(name=font, size=9.5)
                ws.cell(r, 2, it["title"]).font = Font(name=font, size=9.5, bold=True)
                ws.cell(r, 3, it["org"]).font = Font(name=font, size=9.5)
                ws.cell(r, 4, it["where"]).font = Font(name=font, size=9.5)
                for col in range(1, 5):
                    ws.cell(r, col).border = Border(top=thin)
                r += 1
                for line in ([it["note"]] if it["note"] else []) + it["bullets"]:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
                    cell = ws.cell(r, 2, ("– " if line != it["note"] else "") + line)
                    cell.font = Font(name=font, size=9, italic=line == it["note"])
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = 13 if len(line) < 80 else 25
                    r += 1
            elif it["t"] == "row":
                for k, c in enumerate(it["cells"]):
                    ws.cell(r, 1 + k, c).font = Font(name=font, size=9.5, bold=k == 0)
                r += 1
            else:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
                ws.cell(r, 1, it.get("text", "")).font = Font(name=font, size=9.5)
                r += 1
        r += 1
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "&P / &N"
    tmp = tempfile.mkdtemp(prefix="xlsx_s_")
    src = os.path.join(tmp, "resume.xlsx")
    wb.save(src)
    subprocess.run(
        ["ssconvert", "--export-type=Gnumeric_pdf:pdf_assistant", src, out],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(tmp, ignore_errors=True)


def render_pptx(spec: dict[str, Any], out: str) -> None:
    """A one-page resume laid out as a portrait letter-size slide in python-pptx, exported by Impress."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(8.5), Inches(11)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    font = spec["opts"].get("font", "Liberation Sans")

    def box(x, y, w, h, lines):
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for k, (t, size, bold, color) in enumerate(lines):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            run = p.add_run()
            run.text = t
            run.font.size, run.font.bold, run.font.name = Pt(size), bold, font
            run.font.color.rgb = RGBColor(*color)
            p.space_after = Pt(1.5)
        return tb

    bar = slide.shapes.add_shape(1, Inches(0), Inches(0), Inches(8.5), Inches(1.35))
    bar.fill.solid()
    bar.fill.fore_color.rgb = RGBColor(0x2B, 0x3A, 0x55)
    bar.line.fill.background()
    box(
        0.6,
        0.2,
        7.3,
        1.1,
        [
            (spec["name"], 26, True, (255, 255, 255)),
            (f"{spec['creds']}  ·  {spec['headline']}", 12, False, (220, 226, 240)),
        ],
    )
    box(0.6, 1.45, 7.3, 0.4, [("   |   ".join(spec["contact"]), 10.5, False, (40, 40, 40))])
    lines: list[tuple[str, float, bool, tuple[int, int, int]]] = []
    for sec in spec["main"]:
        lines.append((sec["h"].upper(), 12, True, (0x2B, 0x3A, 0x55)))
        for it in sec["items"]:
            if it["t"] == "job":
                lines.append((f"{it['title']}  —  {it['dates']}", 10.5, True, (20, 20, 20)))
                lines.append((f"{it['org']}, {it['where']}", 10, False, (70, 70, 70)))
                lines.extend((f"•  {b}", 9.5, False, (30, 30, 30)) for b in it["bullets"])
            else:
                lines.append((f"•  {it.get('text', '')}", 10, False, (30, 30, 30)))
        lines.append(("", 6, False, (0, 0, 0)))
    box(0.6, 2.0, 7.3, 8.5, lines)
    tmp = tempfile.mkdtemp(prefix="pptx_s_")
    src = os.path.join(tmp, "resume.pptx")
    prs.save(src)
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp}/lo",
            "--convert-to",
            "pdf:impress_pdf_Export",
            "--outdir",
            tmp,
            src,
        ],
        check=True,
        capture_output=True,
    )
    shutil.move(os.path.join(tmp, "resume.pdf"), out)
    shutil.rmtree(tmp, ignore_errors=True)


def render_rtf(spec: dict[str, Any], out: str) -> None:
    """PyRTF3's styles; the file is written in cp1252, as its \\ansicpg1252 header says."""
    from PyRTF.document.character import TEXT, B, I
    from PyRTF.document.paragraph import Paragraph
    from PyRTF.document.section import Section
    from PyRTF.Elements import Document
    from PyRTF.Renderer import Renderer

    doc = Document()
    ss = doc.StyleSheet
    sec = Section()
    doc.Sections.append(sec)
    sec.append(
        Paragraph(
            ss.ParagraphStyles.Normal, TEXT(spec["name"], font=ss.Fonts.Arial, size=36, bold=True)
        )
    )
    sec.append(Paragraph(ss.ParagraphStyles.Normal, I(f"{spec['creds']} — {spec['headline']}")))
    sec.append(Paragraph(ss.ParagraphStyles.Normal, " | ".join(spec["contact"])))
    for s in spec["main"]:
        sec.append(Paragraph(ss.ParagraphStyles.Heading2, s["h"]))
        for it in s["items"]:
            if it["t"] == "job":
                sec.append(
                    Paragraph(ss.ParagraphStyles.Normal, B(it["title"]), f"   {it['dates']}")
                )
                sec.append(Paragraph(ss.ParagraphStyles.Normal, I(f"{it['org']}, {it['where']}")))
                for b in it["bullets"]:
                    sec.append(Paragraph(ss.ParagraphStyles.Normal, f"    - {b}"))
            elif it["t"] == "li":
                sec.append(Paragraph(ss.ParagraphStyles.Normal, f"- {it['text']}"))
            elif it["t"] == "row":
                sec.append(Paragraph(ss.ParagraphStyles.Normal, "   ".join(it["cells"])))
            else:
                sec.append(Paragraph(ss.ParagraphStyles.Normal, it["text"]))
    with open(out, "w", encoding="cp1252", newline="\r\n") as fh:
        Renderer().Write(doc, fh)


RENDER = {"xlsx": render_xlsx, "pptx": render_pptx, "rtf": render_rtf}
