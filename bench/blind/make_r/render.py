"""Renderers for set r: LuaLaTeX/XeLaTeX (fontspec), PDFKit and docx.js (node), odfpy ODT/ODP
converted by LibreOffice, plain text. Every renderer reads the same marked blocks."""

import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.environ.get("BLINDR_NODE", "/work/blindr-node")


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stdout[-2000:]} {r.stderr[-2000:]}")
    return r


# ---------------------------------------------------------------- LaTeX
def tex_escape(s):
    out = []
    for ch in s:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "~":
            out.append("\\textasciitilde{}")
        elif ch == "^":
            out.append("\\textasciicircum{}")
        elif ch == "\\":
            out.append("\\textbackslash{}")
        else:
            out.append(ch)
    return "".join(out)


LATEX_DESIGNS = {
    # design: (engine, main font, sans?, accent colour)
    "sidebar": ("lualatex", "FiraSans", "1F4E79"),
    "twoline": ("xelatex", "LibertinusSerif", "7A1F1F"),
    "article": ("lualatex", "SourceSansPro", "2F4F4F"),
    "header": ("xelatex", "LibertinusSans", "004D40"),
    "caps": ("lualatex", "lmroman10", "000000"),
    "serif": ("xelatex", "LibertinusSerif", "333333"),
}

FONT_FILES = {
    "FiraSans": ("FiraSans-Regular.otf", "FiraSans-Bold.otf", "FiraSans-Italic.otf"),
    "LibertinusSerif": (
        "LibertinusSerif-Regular.otf",
        "LibertinusSerif-Bold.otf",
        "LibertinusSerif-Italic.otf",
    ),
    "LibertinusSans": (
        "LibertinusSans-Regular.otf",
        "LibertinusSans-Bold.otf",
        "LibertinusSans-Italic.otf",
    ),
    "SourceSansPro": (
        "SourceSansPro-Regular.otf",
        "SourceSansPro-Bold.otf",
        "SourceSansPro-RegularIt.otf",
    ),
    "lmroman10": ("lmroman10-regular.otf", "lmroman10-bold.otf", "lmroman10-italic.otf"),
}


def latex_body(blocks, design):
    L = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            L.append(r"{\large\bfseries\color{acc} " + tex_escape(b[1]) + r"}\par\smallskip")
        elif kind == "name":
            if design == "twoline":
                L.append(r"{\fontsize{30}{32}\selectfont\bfseries " + tex_escape(b[1]) + r"}\par")
            else:
                L.append(r"{\LARGE\bfseries " + tex_escape(b[1]) + r"}\par")
        elif kind == "sub":
            L.append(r"{\large\itshape " + tex_escape(b[1]) + r"}\par")
        elif kind == "contact":
            L.append(r"{\small " + tex_escape(b[1]) + r"}\par")
        elif kind == "h":
            L.append(
                r"\medskip{\color{acc}\bfseries\large "
                + tex_escape(b[1])
                + r"}\par\vspace{-3pt}{\color{acc}\rule{\linewidth}{0.6pt}}\par"
            )
        elif kind == "job":
            L.append(
                r"\smallskip\noindent\textbf{"
                + tex_escape(b[1])
                + r"}\hfill{\small\itshape "
                + tex_escape(b[3])
                + r"}\par"
            )
            L.append(r"\noindent " + tex_escape(b[2]) + r"\par")
        elif kind == "b":
            L.append(
                r"\begin{itemize}\setlength\itemsep{0pt}\item "
                + tex_escape(b[1])
                + r"\end{itemize}"
            )
        elif kind == "p":
            L.append(r"\noindent " + tex_escape(b[1]) + r"\par")
        elif kind == "row":
            L.append(r"\noindent " + r" \hfill ".join(tex_escape(c) for c in b[1]) + r"\par")
        elif kind == "pagebreak":
            L.append(r"\newpage")
        elif kind == "switch":
            L.append(r"\switchcolumn")
    return "\n".join(L)


def render_latex(p, out_pdf, design, blocks=None):
    engine, font, acc = LATEX_DESIGNS[design]
    reg, bold, ital = FONT_FILES[font]
    blocks = p["blocks"] if blocks is None else blocks
    pre = [
        r"\documentclass[10pt]{article}",
        r"\usepackage[letterpaper,margin=0.7in]{geometry}",
        r"\usepackage{fontspec}",
        r"\setmainfont{" + reg + r"}[BoldFont=" + bold + r",ItalicFont=" + ital + r"]",
        r"\usepackage{xcolor}\definecolor{acc}{HTML}{" + acc + r"}",
        r"\usepackage{enumitem}\setlist{leftmargin=1.2em,topsep=1pt,parsep=0pt}",
        r"\usepackage{paracol}",
        r"\setlength\parindent{0pt}",
    ]
    if design == "header":
        pre += [
            r"\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}",
            r"\fancyhead[C]{\small\bfseries " + tex_escape(p["header"]) + r"}",
            r"\fancyfoot[C]{\footnotesize page \thepage}",
            r"\geometry{top=1in}",
        ]
    else:
        pre.append(r"\pagestyle{empty}")
    body = latex_body(blocks, design)
    if design == "sidebar":
        side = latex_body(p["side"], design)
        body = (
            r"\columnratio{0.31}\setlength\columnsep{1.4em}\definecolor{sb}{HTML}{E8EEF5}\backgroundcolor{c[0]}{sb}"
            + "\n"
            + r"\begin{paracol}{2}"
            + "\n"
            + r"\small "
            + side
            + "\n"
            + r"\switchcolumn"
            + "\n"
            + body
            + "\n"
            + r"\end{paracol}"
        )
    elif design == "twoline":
        head = [b for b in blocks if b[0] in ("name", "sub", "contact")]
        rest = [b for b in blocks if b[0] not in ("name", "sub", "contact")]
        i = next(k for k, b in enumerate(rest) if b[0] == "h" and b[1] == "Licensure")
        body = (
            latex_body(head, design)
            + "\n\\bigskip\n"
            + r"\columnratio{0.6}\begin{paracol}{2}"
            + "\n"
            + latex_body(rest[:i], design)
            + "\n\\switchcolumn\n"
            + latex_body(rest[i:], design)
            + "\n\\end{paracol}"
        )
    doc = "\n".join(pre) + "\n\\begin{document}\n" + body + "\n\\end{document}\n"
    with tempfile.TemporaryDirectory() as td:
        with open(os.path.join(td, "cv.tex"), "w") as fh:
            fh.write(doc)
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=td)
        os.replace(os.path.join(td, "cv.pdf"), out_pdf)


# ---------------------------------------------------------------- node (PDFKit, docx.js)
def render_node(script, p, out, design, blocks=None):
    spec = {
        "blocks": p["blocks"] if blocks is None else blocks,
        "side": p.get("side"),
        "header": p.get("header"),
        "footer": p.get("footer"),
        "design": design,
        "out": out,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(spec, fh, ensure_ascii=False)
        path = fh.name
    try:
        env = dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules"))
        r = subprocess.run(
            ["node", os.path.join(HERE, script), path], capture_output=True, text=True, env=env
        )
        if r.returncode != 0:
            raise RuntimeError(r.stderr[-3000:])
    finally:
        os.unlink(path)


# ---------------------------------------------------------------- odfpy ODT / ODP + LibreOffice
def _odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    doc = OpenDocumentText()

    def pstyle(
        name, size="10pt", bold=False, italic=False, color=None, margin="0.05cm", align=None
    ):
        st = Style(name=name, family="paragraph")
        tp = {"fontsize": size, "fontfamily": "Liberation Sans", "fontname": "Liberation Sans"}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        st.addElement(TextProperties(**tp))
        pp = {"margintop": margin, "marginbottom": margin}
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(st)
        return st

    s_title = pstyle("Rtitle", "11pt", bold=True, color="#555555", align="center")
    s_name = pstyle("Rname", "20pt", bold=True, align="center")
    s_contact = pstyle("Rcontact", "9.5pt", align="center")
    s_h = Style(name="Rh", family="paragraph", parentstylename="Heading_20_1")
    s_h.addElement(
        TextProperties(
            fontsize="12pt",
            fontweight="bold",
            color="#1A5276",
            fontfamily="Liberation Sans",
            fontname="Liberation Sans",
        )
    )
    s_h.addElement(
        ParagraphProperties(
            margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #1A5276"
        )
    )
    doc.automaticstyles.addElement(s_h)
    s_job = pstyle("Rjob", "10.5pt", bold=True, margin="0.12cm")
    s_where = pstyle("Rwhere", "10pt", italic=True, margin="0cm")
    s_p = pstyle("Rp", "10pt")
    s_col = Style(name="Rcol", family="table-column")
    s_col.addElement(TableColumnProperties(columnwidth="4.2cm"))
    doc.automaticstyles.addElement(s_col)
    table = None
    for b in p["blocks"]:
        kind = b[0]
        if kind != "row":
            table = None
        if kind == "title":
            doc.text.addElement(P(stylename=s_title, text=b[1]))
        elif kind == "name":
            doc.text.addElement(P(stylename=s_name, text=b[1]))
        elif kind in ("contact", "sub"):
            doc.text.addElement(P(stylename=s_contact, text=b[1]))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=s_h, text=b[1]))
        elif kind == "job":
            para = P(stylename=s_job, text=b[1] + "  —  ")
            para.addElement(Span(text=b[3]))
            doc.text.addElement(para)
            doc.text.addElement(P(stylename=s_where, text=b[2]))
        elif kind == "b":
            lst = List()
            it = ListItem()
            it.addElement(P(stylename=s_p, text="• " + b[1]))
            lst.addElement(it)
            doc.text.addElement(lst)
        elif kind == "p":
            doc.text.addElement(P(stylename=s_p, text=b[1]))
        elif kind == "row":
            if table is None:
                table = Table(name=f"T{len(doc.text.childNodes)}")
                for _ in b[1]:
                    table.addElement(TableColumn(stylename=s_col))
                doc.text.addElement(table)
            tr = TableRow()
            for c in b[1]:
                tc = TableCell(valuetype="string")
                tc.addElement(P(stylename=s_p, text=c))
                tr.addElement(tc)
            table.addElement(tr)
    doc.save(path)


def _odp_card(p, path):
    """One landscape slide: name band on top, experience left, licence/certs/education right."""
    from odf.draw import Frame, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.style import (
        GraphicProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TextProperties,
    )
    from odf.text import P

    doc = OpenDocumentPresentation()
    pl = PageLayout(name="Card")
    pl.addElement(
        PageLayoutProperties(
            pagewidth="27.94cm", pageheight="21.59cm", printorientation="landscape", margin="0cm"
        )
    )
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="CardMaster", pagelayoutname=pl)
    doc.masterstyles.addElement(mp)
    fs = Style(name="fr", family="presentation")
    fs.addElement(GraphicProperties(fill="none", stroke="none"))
    doc.automaticstyles.addElement(fs)
    band = Style(name="band", family="graphic")
    band.addElement(
        GraphicProperties(fill="solid", fillcolor="#6A1B4D", stroke="none", padding="0.3cm")
    )
    doc.automaticstyles.addElement(band)
    plain = Style(name="plain", family="graphic")
    plain.addElement(GraphicProperties(fill="none", stroke="none"))
    doc.automaticstyles.addElement(plain)

    def ps(name, size, bold=False, color="#222222"):
        st = Style(name=name, family="paragraph")
        tp = {
            "fontsize": size,
            "color": color,
            "fontfamily": "DejaVu Sans",
            "fontname": "DejaVu Sans",
        }
        if bold:
            tp["fontweight"] = "bold"
        st.addElement(TextProperties(**tp))
        st.addElement(ParagraphProperties(margintop="0.05cm", marginbottom="0.05cm"))
        doc.automaticstyles.addElement(st)
        return st

    s_name, s_contact = ps("pn", "26pt", True, "#FFFFFF"), ps("pc", "12pt", False, "#FFFFFF")
    s_h, s_job, s_t = ps("ph", "13pt", True, "#6A1B4D"), ps("pj", "10.5pt", True), ps("pt", "10pt")
    page = Page(name="resume", masterpagename=mp)
    doc.presentation.addElement(page)

    def box(x, y, w, h, style):
        fr = Frame(stylename=style, x=x, y=y, width=w, height=h)
        tb = TextBox()
        fr.addElement(tb)
        page.addElement(fr)
        return tb

    top = box("0cm", "0cm", "27.94cm", "3.6cm", band)
    left = box("1.2cm", "4.2cm", "15.5cm", "16.5cm", plain)
    right = box("17.4cm", "4.2cm", "9.6cm", "16.5cm", plain)
    target = left
    for b in p["blocks"]:
        kind = b[0]
        if kind == "name":
            top.addElement(P(stylename=s_name, text=b[1]))
        elif kind == "contact":
            top.addElement(P(stylename=s_contact, text=b[1]))
        elif kind == "h":
            if b[1] != "Experience":
                target = right
            target.addElement(P(stylename=s_h, text=b[1]))
        elif kind == "job":
            target.addElement(P(stylename=s_job, text=f"{b[1]} · {b[3]}"))
            target.addElement(P(stylename=s_t, text=b[2]))
        elif kind in ("b", "p"):
            target.addElement(P(stylename=s_t, text=("– " if kind == "b" else "") + b[1]))
    doc.save(path)


def soffice_convert(src, fmt, out):
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        run(
            [
                "soffice",
                f"-env:UserInstallation={prof}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                td,
                src,
            ]
        )
        base = os.path.splitext(os.path.basename(src))[0]
        ext = fmt.split(":")[0]
        os.replace(os.path.join(td, base + "." + ext), out)


def render_odt_convert(p, out, fmt):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "resume.odt")
        _odt(p, src)
        soffice_convert(src, fmt, out)


def render_odp_pdf(p, out):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "card.odp")
        _odp_card(p, src)
        soffice_convert(src, "pdf", out)


# ---------------------------------------------------------------- text
def render_txt(p, out, design):
    L = []
    for b in p["blocks"]:
        kind = b[0]
        if kind in ("title", "name", "sub", "contact", "p"):
            L.append(b[1])
        elif kind == "h":
            L.append("")
            L.append(b[1] if design != "dashes" else b[1])
            if design == "dashes":
                L.append("-" * len(b[1]))
        elif kind == "job":
            L.append("")
            L.append(f"{b[1]}, {b[2]}   {b[3]}")
        elif kind == "b":
            L.append("  * " + b[1])
        elif kind == "row":
            L.append(" | ".join(b[1]))
    nl = "\r\n" if design == "crlf" else "\n"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(nl.join(L) + nl)
