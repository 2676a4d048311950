"""Word files with python-docx: page-header contact, tab stops, Word tables, a shaded sidebar cell."""

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from model import Job


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_widths(table, widths):
    """Fixed column widths that LibreOffice honours: the grid columns and every cell."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w * 1440)))
    for row in table.rows:
        for c, w in zip(row.cells, widths, strict=True):
            c.width = Inches(w)


def bottom_rule(par, color="444444", sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), str(sz))
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), color)
    bdr.append(bot)
    ppr.append(bdr)


def page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


class W:
    """One Word document being written; `container` is the document or a table cell."""

    def __init__(self, font="Carlito", size=10.5, margins=0.8):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(size)
        st.paragraph_format.space_after = Pt(2)
        st.paragraph_format.space_before = Pt(0)
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Inches(margins)
            s.top_margin = s.bottom_margin = Inches(margins * 0.9)
            s.page_width, s.page_height = Inches(8.5), Inches(11)
        self.text_width = 8.5 - 2 * margins
        self.container = self.doc

    def p(
        self,
        text="",
        bold=False,
        italic=False,
        size=None,
        align=None,
        color=None,
        style=None,
        space_after=None,
    ):
        par = self.container.add_paragraph(style=style) if style else self.container.add_paragraph()
        if text:
            self.run(par, text, bold, italic, size, color)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    @staticmethod
    def run(par, text, bold=False, italic=False, size=None, color=None):
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        return r

    def tabbed(self, left, right, bold_left=True, width=None, italic_right=False):
        par = self.container.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(
            Inches(width or self.text_width), WD_TAB_ALIGNMENT.RIGHT
        )
        self.run(par, left, bold=bold_left)
        self.run(par, "\t" + right, italic=italic_right)
        return par

    def bullet(self, text):
        par = self.container.add_paragraph(style="List Bullet")
        par.add_run(text)
        par.paragraph_format.space_after = Pt(0)
        return par

    def table(self, header, rows, style="Table Grid", widths=None, size=9):
        t = self.container.add_table(rows=1, cols=len(header))
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for c, h in zip(t.rows[0].cells, header, strict=True):
            c.text = ""
            self.run(c.paragraphs[0], h, bold=True, size=size)
            shade(c, "E7ECEF")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=True):
                c.text = ""
                self.run(c.paragraphs[0], v, size=size)
        if widths:
            for row in t.rows:
                for c, w in zip(row.cells, widths, strict=True):
                    c.width = Inches(w)
        self.container.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def save(self, path):
        self.doc.save(path)


def heading(w, text, design):
    if design in ("docx_plain",):
        w.p(text, bold=True, size=11.5)
    elif design in ("word_cv",):
        par = w.p(text.upper(), bold=True, size=11)
        bottom_rule(par, "000000", 6)
        par.paragraph_format.space_before = Pt(10)
    elif design in ("docx_header_tabs", "docx_twopage"):
        par = w.p(text, bold=True, size=11, color="1F3864")
        bottom_rule(par, "1F3864", 10)
        par.paragraph_format.space_before = Pt(8)
    elif design == "docx_sidebar":
        par = w.p(text, bold=True, size=10.5, color="7A3E65")
        par.paragraph_format.space_before = Pt(8)
    else:
        par = w.p(text, bold=True, size=11.5, color="2F5496")
        bottom_rule(par, "2F5496", 6)
        par.paragraph_format.space_before = Pt(8)


def job(w, j, design, employer_first=False):
    if design == "docx_plain":
        par = w.p()
        w.run(par, j.title, bold=True)
        w.run(par, "    " + j.dates)
        w.p(j.org + (", " + j.place if j.place else ""), italic=True)
    elif employer_first:
        w.tabbed(
            j.org + (", " + j.place if j.place else ""),
            j.dates,
            width=w.cell_width if hasattr(w, "cell_width") else None,
        )
        w.p(j.title, italic=True)
    elif design in ("word_functional",):
        w.tabbed(f"{j.title}, {j.org}", j.dates, bold_left=False)
    else:
        w.tabbed(j.title, j.dates, width=getattr(w, "cell_width", None))
        w.p(j.org + (", " + j.place if j.place else ""), italic=True, space_after=1)
    if j.sub:
        w.p(j.sub, italic=True, size=9.5)
    for b in j.bullets:
        w.bullet(b)
    if j.para:
        w.p(j.para)


def items(w, its, r, design):
    for it in its:
        if isinstance(it, Job):
            job(w, it, design, r.employer_first)
        elif isinstance(it, str):
            if "\t" in it:
                left, right = it.split("\t", 1)
                w.tabbed(left, right, bold_left=False, width=getattr(w, "cell_width", None))
            else:
                for k, line in enumerate(it.split("\n")):
                    w.p(line, bold=(k == 0 and "\n" in it and design == "docx_sidebar"))
        elif it[0] == "ul":
            for x in it[1]:
                w.bullet(x)
        elif it[0] == "table":
            w.table(it[1], it[2])
        elif it[0] == "h3":
            w.p(it[1], bold=True, italic=True).paragraph_format.space_before = Pt(4)
        else:
            raise ValueError(it)


def page_break(w):
    w.container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(r, path):
    d = r.design
    font = r.opts.get("font") or {
        "word_cv": "Liberation Serif",
        "docx_plain": "Liberation Sans",
        "docx_twopage": "Caladea",
        "docx_classic": "Liberation Serif",
    }.get(d, "Carlito")
    w = W(
        font=font,
        size={"word_cv": 11, "docx_twopage": 11.5}.get(d, 10.5),
        margins=0.75 if d != "docx_leftheads" else 0.7,
    )
    sec = w.doc.sections[0]
    contact = [t for _, t in r.contact]

    if d == "docx_header_tabs":
        hp = sec.header.paragraphs[0]
        w.run(hp, f"{r.name}, {r.creds}", bold=True, size=14, color="1F3864")
        hp2 = sec.header.add_paragraph()
        w.run(hp2, "  |  ".join(contact), size=9)
        bottom_rule(hp2, "1F3864", 6)
    elif d in ("word_cv", "docx_twopage"):
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        w.run(hp, r.opts["running_header"], italic=True, size=9)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
        if d == "docx_twopage":  # the first page shows the number too
            ffp = sec.first_page_footer.paragraphs[0]
            ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            page_field(ffp)

    if d == "docx_header_tabs":
        pass
    elif d == "docx_plain":
        w.p(f"{r.name}, {r.creds}", bold=True, size=16)
        for c in contact:
            w.p(c, space_after=0)
        w.p()
    elif d == "docx_sidebar":
        pass
    elif d == "docx_leftheads":
        w.p(r.name, bold=True, size=22, color="203864", space_after=0)
        w.p(f"{r.creds}  ·  {r.headline}", size=11, color="505050")
        par = w.p("   •   ".join(contact), size=9.5)
        bottom_rule(par, "203864", 12)
    elif d in ("word_cv", "docx_classic", "word_classic_pdf"):
        w.p(
            f"{r.name}, {r.creds}" if r.creds else r.name,
            bold=True,
            size=17,
            align="center",
            space_after=0,
        )
        if r.headline:
            w.p(r.headline, italic=True, size=11, align="center", space_after=0)
        w.p("  •  ".join(contact), size=10, align="center", space_after=6)
    elif d == "word_functional":
        w.p(f"{r.name}, {r.creds}", bold=True, size=22, color="5B2C6F", space_after=0)
        w.p(r.headline, size=11, color="5B2C6F", space_after=2)
        par = w.p(" | ".join(contact), size=10)
        bottom_rule(par, "5B2C6F", 12)
    else:  # docx_tables, docx_twopage
        w.p(f"{r.name}, {r.creds}", bold=True, size=20, space_after=0)
        if r.headline:
            w.p(r.headline, size=11.5, color="2F5496", space_after=0)
        w.p("  ·  ".join(contact), size=10, space_after=6)

    if d == "docx_leftheads":
        t = w.doc.add_table(rows=0, cols=2)
        no_borders(t)
        for s in r.main:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Inches(1.35), Inches(5.75)
            cells[0].paragraphs[0].text = ""
            w.run(cells[0].paragraphs[0], s.title.upper(), bold=True, size=10, color="203864")
            w.container = cells[1]
            w.cell_width = 5.55
            first = cells[1].paragraphs[0]
            items(w, s.items, r, d)
            first._p.getparent().remove(first._p)
            w.container = w.doc
        set_widths(t, (1.35, 5.75))
        del w.cell_width
    elif d == "docx_sidebar":
        t = w.doc.add_table(rows=1, cols=2)
        no_borders(t)
        left, right = t.rows[0].cells
        set_widths(t, (2.2, 4.8))
        shade(left, "F3E9F0")
        w.container = left
        lp = left.paragraphs[0]
        w.run(lp, r.name, bold=True, size=17, color="7A3E65")
        w.p(r.creds, bold=True, color="7A3E65")
        w.p(r.headline, italic=True, size=9.5)
        heading(w, "CONTACT", d)
        for c in contact:
            w.p(c, size=9.5)
        for s in r.side:
            heading(w, s.title, d)
            items(w, s.items, r, d)
        w.container = right
        w.cell_width = 4.6
        first = right.paragraphs[0]
        for s in r.main:
            heading(w, s.title, d)
            items(w, s.items, r, d)
        first._p.getparent().remove(first._p)
        w.container = w.doc
    else:
        for s in r.main:
            if r.opts.get("page_break_before") == s.title:
                page_break(w)
            if s.title:
                heading(w, s.title, d)
            items(w, s.items, r, d)
        for s in r.side:
            heading(w, s.title, d)
            items(w, s.items, r, d)
    w.save(path)
