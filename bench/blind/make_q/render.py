"""Renderers for set q: one marked-line document, many toolchains.

abiword (HTML -> pdf/docx/rtf), Inkscape (hand SVG -> PDF), matplotlib (figure pages),
enscript + ps2pdf, PostScript written by hand + Ghostscript, pdfLaTeX (moderncv, tabularx,
article), python-docx (table layout, footer + footnotes, section columns) and plain text.
"""

import html
import os
import re
import subprocess
import textwrap
import zipfile

from model import parse_doc

DASHES = {"—": "-", "–": "-", "•": "*", "’": "'", "“": '"', "”": '"', "→": "->"}


def ascii_dash(s):
    for a, b in DASHES.items():
        s = s.replace(a, b)
    return s


def latin1(s):
    s = ascii_dash(s)
    return s.encode("latin-1", "replace").decode("latin-1")


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def cells(body):
    return [c.strip() for c in body.split(" | ")]


# ---------------------------------------------------------------- plain text
def to_text(doc, width=78, underline="=", bullet="- ", job_sep="  "):
    main, side = parse_doc(doc)
    out = []
    for mark, body in main + side:
        if mark == "N":
            out.append(body)
        elif mark in ("T", "C"):
            out.append(body)
        elif mark == "H":
            out += ["", body, underline * len(body) if underline else ""]
            if not underline:
                out.pop()
        elif mark == "J":
            c = cells(body)
            out.append(
                ("" if not out or out[-1] == "" else "") + job_sep.join(c) if len(c) > 1 else body
            )
        elif mark == "B":
            out += textwrap.wrap(
                body,
                width,
                initial_indent=bullet,
                subsequent_indent=" " * len(bullet),
                break_on_hyphens=False,
                break_long_words=False,
            )
        elif mark == "P":
            out += textwrap.wrap(body, width, break_on_hyphens=False, break_long_words=False)
        elif mark == "R":
            out.append(body)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- HTML for AbiWord
def to_html(doc, accent="#1f4e79"):
    main, side = parse_doc(doc)
    h = [
        '<html><head><meta charset="utf-8"><title>resume</title></head><body style="font-family:Liberation Serif">'
    ]
    rows = []

    def flush():
        if rows:
            h.append('<table border="1" cellpadding="3">')
            for r in rows:
                h.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            h.append("</table>")
            rows.clear()

    bullets = []

    def flush_b():
        if bullets:
            h.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for mark, body in main + side:
        if mark != "R":
            flush()
        if mark != "B":
            flush_b()
        e = html.escape(body)
        if mark == "N":
            h.append(f'<h1 style="color:{accent}">{e}</h1>')
        elif mark == "T":
            h.append(f"<p><b>{e}</b></p>")
        elif mark == "C":
            h.append(f"<p>{e}</p>")
        elif mark == "H":
            h.append(f'<h2 style="color:{accent}">{e}</h2>')
        elif mark == "J":
            c = cells(body)
            h.append(
                "<p><b>"
                + html.escape(c[0])
                + "</b>"
                + ("".join(" &#160; <i>" + html.escape(x) + "</i>" for x in c[1:]))
                + "</p>"
            )
        elif mark == "B":
            bullets.append(body)
        elif mark == "P":
            h.append(f"<p>{e}</p>")
        elif mark == "R":
            rows.append(cells(body))
    flush()
    flush_b()
    h.append("</body></html>")
    return "\n".join(h)


def abiword(src, fmt, out):
    """AbiWord converts src to fmt; output renamed to out."""
    d = os.path.dirname(out)
    tmp = os.path.join(d, "abw_tmp." + fmt)
    env = dict(os.environ, HOME="/tmp/abihome")
    os.makedirs("/tmp/abihome", exist_ok=True)
    subprocess.run(
        ["abiword", f"--to={fmt}", f"--to-name={tmp}", src],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    os.replace(tmp, out)


# ---------------------------------------------------------------- SVG for Inkscape
def _wrap(s, chars):
    return textwrap.wrap(s, chars, break_on_hyphens=False, break_long_words=False) or [""]


def to_svg(doc, sidebar=False, accent="#7a1f3d", page=(612, 792)):
    """Returns a list of SVG page strings (text kept as <text>/<tspan>)."""
    main, side = parse_doc(doc)
    W, H = page
    pages = []
    if sidebar:
        col_x, col_w, side_x, side_w = 200, 380, 24, 160
    else:
        col_x, col_w, side_x, side_w = 48, 516, 48, 516
        main = main + side
        side = []

    def layout(blocks, x, w, y0, small=False):
        items, y = [], y0
        cw = 5.2 if not small else 4.6
        for mark, body in blocks:
            if mark == "N":
                fs = 22 if not sidebar else 20
                for ln in _wrap(body, int(w / (fs * 0.55))):
                    items.append((x, y + fs, fs, "bold", accent, ln))
                    y += fs + 4
                y += 4
            elif mark == "T":
                items.append((x, y + 11, 11, "bold", "#444444", body))
                y += 18
            elif mark == "C":
                for ln in _wrap(body, int(w / cw)):
                    items.append((x, y + 10, 9.5, "normal", "#222222", ln))
                    y += 13
            elif mark == "H":
                y += 8
                items.append((x, y + 12, 12, "bold", accent, body.upper()))
                items.append(("rule", x, y + 16, w))
                y += 22
            elif mark == "J":
                c = cells(body)
                for ln in _wrap(c[0], int(w / 5.4)):
                    items.append((x, y + 10, 10, "bold", "#111111", ln))
                    y += 13
                if len(c) > 1:
                    items.append((x, y + 10, 9.5, "italic", "#444444", "   ".join(c[1:])))
                    y += 13
            elif mark in ("B", "P", "R"):
                pre = "• " if mark == "B" else ""
                txt = body.replace(" | ", "   ") if mark == "R" else body
                lines = _wrap(txt, int(w / cw) - 2)
                for i, ln in enumerate(lines):
                    items.append(
                        (
                            x + (10 if mark == "B" and i else 0),
                            y + 10,
                            9.5,
                            "normal",
                            "#222222",
                            (pre if i == 0 else "") + ln,
                        )
                    )
                    y += 12.5
                y += 2
        return items, y

    mi, my = layout(main, col_x, col_w, 40)
    si, sy = layout(side, side_x, side_w, 40, small=True) if side else ([], 0)
    # split main into pages at H-1
    page_items, cur, off = [], [], 0
    for it in mi:
        yy = it[2] if it[0] == "rule" else it[1]
        if yy - off > H - 50:
            page_items.append(cur)
            cur, off = [], yy - 60
        cur.append(it if it[0] == "rule" else (it[0], it[1] - off, *it[2:]))
        if it[0] == "rule":
            cur[-1] = ("rule", it[1], it[2] - off, it[3])
    page_items.append(cur)
    for n, items in enumerate(page_items):
        s = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}pt" height="{H}pt" viewBox="0 0 {W} {H}">',
            f'<rect width="{W}" height="{H}" fill="white"/>',
        ]
        if sidebar and n == 0:
            s.append(
                f'<rect x="0" y="0" width="{side_x + side_w + 10}" height="{H}" fill="#f1e6ea"/>'
            )
            items = items + si
        s.append('<g font-family="DejaVu Sans">')
        for it in items:
            if it[0] == "rule":
                s.append(
                    f'<line x1="{it[1]}" y1="{it[2]:.1f}" x2="{it[1] + it[3]}" y2="{it[2]:.1f}" stroke="{accent}" stroke-width="0.8"/>'
                )
                continue
            x, y, fs, wt, col, t = it
            style = "font-style:italic" if wt == "italic" else f"font-weight:{wt}"
            s.append(
                f'<text x="{x}" y="{y:.1f}" font-size="{fs}" fill="{col}" style="{style}"><tspan>{html.escape(t)}</tspan></text>'
            )
        s.append("</g></svg>")
        pages.append("\n".join(s))
    return pages


def inkscape_pdf(svgs, out, work):
    parts = []
    for i, s in enumerate(svgs):
        p = os.path.join(work, f"page{i}.svg")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(s)
        pdf = p[:-4] + ".pdf"
        run(
            ["inkscape", p, "--export-type=pdf", f"--export-filename={pdf}"],
            env=dict(os.environ, HOME="/tmp/inkhome"),
        )
        parts.append(pdf)
    if len(parts) == 1:
        os.replace(parts[0], out)
    else:
        run(
            ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", *parts]
        )


# ---------------------------------------------------------------- matplotlib pages
def mpl_pdf(doc, out, accent="#0b5d57", timeline=False):
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["pdf.fonttype"] = 42
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    main, side = parse_doc(doc)
    blocks = main + side
    figs = []
    fig = plt.figure(figsize=(8.5, 11))
    y = 0.95
    L, R = 0.08, 0.92

    def newpage():
        nonlocal fig, y
        figs.append(fig)
        fig = plt.figure(figsize=(8.5, 11))
        y = 0.95

    for mark, body in blocks:
        if y < 0.06:
            newpage()
        if mark == "N":
            fig.text(L, y, body, fontsize=19, weight="bold", color=accent, va="top")
            y -= 0.04
        elif mark == "T":
            fig.text(
                0.5, y, body, fontsize=11, weight="bold", ha="center", va="top", color="#555555"
            )
            y -= 0.03
        elif mark == "C":
            fig.text(L, y, body, fontsize=9.5, va="top")
            y -= 0.022
        elif mark == "H":
            y -= 0.008
            fig.add_artist(
                matplotlib.patches.Rectangle(
                    (L, y - 0.022), R - L, 0.024, color=accent, transform=fig.transFigure
                )
            )
            fig.text(
                L + 0.008,
                y - 0.004,
                body.upper(),
                fontsize=10.5,
                weight="bold",
                color="white",
                va="top",
            )
            y -= 0.034
        elif mark == "J":
            c = cells(body)
            fig.text(L, y, c[0], fontsize=9.8, weight="bold", va="top")
            if len(c) > 1:
                fig.text(R, y, "  ".join(c[1:]), fontsize=9.3, ha="right", va="top", style="italic")
            y -= 0.021
        elif mark in ("B", "P", "R"):
            txt = body.replace(" | ", "    ") if mark == "R" else body
            lines = _wrap(txt, 100)
            for i, ln in enumerate(lines):
                fig.text(
                    L + (0.02 if mark == "B" else 0),
                    y,
                    ("• " if mark == "B" and i == 0 else "   " if mark == "B" else "") + ln,
                    fontsize=9.3,
                    va="top",
                )
                y -= 0.018
            y -= 0.003
    figs.append(fig)
    with PdfPages(out, metadata={"Creator": "matplotlib"}) as pdf:
        for f in figs:
            pdf.savefig(f)
            plt.close(f)


# ---------------------------------------------------------------- enscript
def enscript_pdf(text, out, work, font="Courier10", header=False):
    src = os.path.join(work, "resume.txt")
    with open(src, "w", encoding="latin-1") as fh:
        fh.write(latin1(text))
    ps = os.path.join(work, "resume.ps")
    cmd = [
        "enscript",
        "-q",
        "-X",
        "latin1",
        f"-f{font}",
        "--word-wrap",
        "--margins=54:54:54:54",
        "-o",
        ps,
        src,
    ]
    if not header:
        cmd.insert(2, "-B")
    else:
        cmd.insert(2, f"--header=|{header}|Page $% of $=")
    run(cmd)
    run(["ps2pdf", ps, out])


# ---------------------------------------------------------------- hand PostScript
def _ps_str(s):
    s = latin1(s)
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif o > 126:
            out.append(f"\\{o:03o}")
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


def postscript(doc, two_col_dates=True):
    main, side = parse_doc(doc)
    blocks = main + side
    ps = [
        "%!PS-Adobe-3.0",
        "%%Pages: (atend)",
        "%%EndComments",
        "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
        "  /Encoding ISOLatin1Encoding def currentdict end definefont pop } bind def",
        "/TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc /HB /Helvetica-Bold reenc",
        "/rshow { dup stringwidth pop neg 0 rmoveto show } bind def",
    ]
    pages, y, page = [], 748, 1
    body = [f"%%Page: {page} {page}"]

    def line(font, size, x, s, right=None):
        nonlocal y
        body.append(
            f"/{font} findfont {size} scalefont setfont {x} {y:.1f} moveto {_ps_str(s)} show"
        )
        if right:
            body.append(
                f"/TI findfont {size} scalefont setfont 560 {y:.1f} moveto {_ps_str(right)} rshow"
            )

    for mark, b in blocks:
        if y < 60:
            body.append("showpage")
            pages.append("\n".join(body))
            page += 1
            body = [f"%%Page: {page} {page}"]
            y = 748
        if mark == "N":
            line("HB", 20, 52, b)
            y -= 18
            body.append(f"0.6 setlinewidth 52 {y + 8:.1f} moveto 560 {y + 8:.1f} lineto stroke")
        elif mark in ("C", "T"):
            line("TR", 10.5, 52, b)
            y -= 13
        elif mark == "H":
            y -= 8
            line("HB", 11.5, 52, b.upper())
            y -= 16
        elif mark == "J":
            c = cells(b)
            line(
                "TB",
                10.5,
                52,
                c[0],
                right=" ".join(c[1:]) if two_col_dates and len(c) > 1 else None,
            )
            y -= 13
        else:
            txt = b.replace(" | ", "   ")
            for i, ln in enumerate(_wrap(txt, 95)):
                line(
                    "TR",
                    10.5,
                    64 if mark == "B" else 52,
                    ("- " if mark == "B" and i == 0 else "  " if mark == "B" else "") + ln,
                )
                y -= 12.5
            y -= 1.5
    body.append("showpage")
    pages.append("\n".join(body))
    return "\n".join(ps + pages + ["%%Trailer", f"%%Pages: {page}", "%%EOF"]) + "\n"


def ps_to_pdf(ps_text, out, work):
    src = os.path.join(work, "hand.ps")
    with open(src, "w", encoding="latin-1") as fh:
        fh.write(ps_text)
    run(
        [
            "gs",
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            "-sPAPERSIZE=letter",
            f"-sOutputFile={out}",
            src,
        ]
    )


# ---------------------------------------------------------------- LaTeX
TEX_ESC = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\^{}",
    "•": r"\textbullet{}",
    "·": r"\textperiodcentered{}",
}


def tex(s):
    return "".join(TEX_ESC.get(ch, ch) for ch in s)


PREAMBLE = r"""\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\input{glyphtounicode}
\pdfgentounicode=1
"""


def latex_pdf(src_text, out, work, runs=1):
    p = os.path.join(work, "cv.tex")
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(src_text)
    for _ in range(runs):
        subprocess.run(
            ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
            cwd=work,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    os.replace(os.path.join(work, "cv.pdf"), out)


def latex_moderncv(doc):
    main, side = parse_doc(doc)
    blocks = main + side
    name = [b for m, b in blocks if m == "N"][0]
    first, last = name.split(" ", 1) if " " in name else (name, "")
    title = next((b for m, b in blocks if m == "P"), "")
    contact = [b for m, b in blocks if m == "C"]
    s = [
        r"\documentclass[11pt,letterpaper,sans]{moderncv}",
        r"\moderncvstyle{classic}",
        r"\moderncvcolor{green}",
        r"\usepackage[scale=0.8]{geometry}",
        PREAMBLE,
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
        rf"\title{{{tex(title)}}}",
    ]
    addr = contact[0]
    street, _, city = addr.partition(", ")
    s.append(rf"\address{{{tex(street)}}}{{{tex(city)}}}{{}}")
    s.append(rf"\phone[mobile]{{{tex(contact[1])}}}")
    s.append(rf"\email{{{tex(contact[2])}}}")
    s += [r"\begin{document}", r"\makecvtitle"]
    skip_title = True
    for m, b in blocks:
        if m in ("N", "C"):
            continue
        if m == "P" and skip_title:
            skip_title = False
            continue
        if m == "H":
            s.append(rf"\section{{{tex(b)}}}")
        elif m == "J":
            c = cells(b)
            date, rest = c[0], c[1]
            title_, _, where = rest.partition(", ")
            s.append(rf"\cventry{{{tex(date)}}}{{{tex(title_)}}}{{{tex(where)}}}{{}}{{}}{{}}")
        elif m == "B":
            s.append(rf"\cvitem{{}}{{{tex(b)}}}")
        elif m == "R":
            c = cells(b)
            s.append(rf"\cvitem{{{tex(c[0])}}}{{{tex(', '.join(c[1:]))}}}")
        elif m == "P":
            s.append(rf"\cvitem{{}}{{{tex(b)}}}")
    s.append(r"\end{document}")
    return "\n".join(s)


def latex_tabularx(doc):
    main, side = parse_doc(doc)
    s = [
        r"\documentclass[10pt,letterpaper]{article}",
        r"\usepackage[margin=0.7in]{geometry}",
        PREAMBLE,
        r"\usepackage{tabularx}",
        r"\usepackage{xcolor}",
        r"\usepackage{helvet}",
        r"\renewcommand{\familydefault}{\sfdefault}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\begin{document}",
    ]
    for m, b in main + side:
        if m == "N":
            s.append(rf"{{\LARGE\bfseries\color[HTML]{{6A1B9A}} {tex(b)}}}\par\smallskip")
        elif m == "C":
            s.append(rf"{tex(b)}\par")
        elif m == "H":
            s.append(
                rf"\par\medskip{{\large\bfseries\color[HTML]{{6A1B9A}} {tex(b)}}}\par\hrule\smallskip"
            )
        elif m == "R":
            c = cells(b)
            if len(c) == 1:
                s.append(rf"{tex(c[0])}\par")
            else:
                spec = "p{0.17\\textwidth}" + "X" * (len(c) - 1)
                s.append(
                    rf"\noindent\begin{{tabularx}}{{\textwidth}}{{@{{}}{spec}@{{}}}}"
                    + " & ".join(tex(x) for x in c)
                    + r"\end{tabularx}\par"
                )
        elif m == "P":
            s.append(rf"{tex(b)}\par")
        elif m in ("B", "J", "T"):
            s.append(rf"{tex(b)}\par")
    s.append(r"\end{document}")
    return "\n".join(s)


def latex_article(doc, fontpkg=r"\usepackage{mathptmx}", scale="11pt", margin="0.9in"):
    main, side = parse_doc(doc)
    s = [
        rf"\documentclass[{scale},letterpaper]{{article}}",
        rf"\usepackage[margin={margin}]{{geometry}}",
        PREAMBLE,
        fontpkg,
        r"\usepackage{enumitem}",
        r"\setlist{nosep,leftmargin=1.4em}",
        r"\pagestyle{plain}",
        r"\setlength{\parindent}{0pt}",
        r"\begin{document}",
    ]
    inlist = False
    incenter = False
    for m, b in main + side:
        if m != "B" and inlist:
            s.append(r"\end{itemize}")
            inlist = False
        if m != "C" and incenter:
            s.append(r"\end{center}")
            incenter = False
        if m == "N":
            s.append(rf"\begin{{center}}{{\Large\bfseries {tex(b)}}}\\[2pt]")
            incenter = True
        elif m == "C":
            s.append(rf"{tex(b)}\\")
        elif m == "T":
            s.append(rf"\begin{{center}}\textbf{{{tex(b)}}}\end{{center}}")
        elif m == "H":
            s.append(rf"\section*{{{tex(b)}}}")
        elif m == "J":
            c = cells(b)
            s.append(rf"\textbf{{{tex(c[0])}}}\hfill {tex(' '.join(c[1:]))}\par")
        elif m == "B":
            if not inlist:
                s.append(r"\begin{itemize}")
                inlist = True
            s.append(rf"\item {tex(b)}")
        else:
            s.append(rf"{tex(b)}\par")
    if inlist:
        s.append(r"\end{itemize}")
    s.append(r"\end{document}")
    # the contact block: only the first C closes the centre; merge multiple C lines
    out = "\n".join(s)
    return out


# ---------------------------------------------------------------- DOCX (python-docx)
def docx_gdocs(doc, out):
    """Google-Docs-like: a two-column table for each job, headings as bold runs, soft breaks."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    main, side = parse_doc(doc)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    para = None
    for m, b in main + side:
        if m == "N":
            r = d.add_paragraph().add_run(b)
            r.bold = True
            r.font.size = Pt(20)
        elif m == "C":
            d.add_paragraph(b)
        elif m == "H":
            p = d.add_paragraph()
            r = p.add_run(b)
            r.bold = True
            r.font.size = Pt(12)
            r.font.color.rgb = RGBColor(0x1A, 0x73, 0xE8)
            para = None
        elif m == "J":
            c = cells(b)
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).paragraphs[0].add_run(c[0]).bold = True
            t.cell(0, 1).paragraphs[0].add_run(" ".join(c[1:])).italic = True
            para = None
        elif m == "B":
            if para is None:
                para = d.add_paragraph()
                para.add_run("• " + b)
            else:
                para.add_run().add_break(WD_BREAK.LINE)
                para.add_run("• " + b)
        elif m == "R":
            c = cells(b)
            para = None
            if not d.tables or getattr(d, "_lic_tbl", None) is None:
                d._lic_tbl = d.add_table(rows=0, cols=len(c))
                d._lic_tbl.style = "Table Grid"
            row = d._lic_tbl.add_row()
            for i, x in enumerate(c):
                row.cells[i].text = x
            continue
        else:
            d.add_paragraph(b)
            para = None
        d._lic_tbl = None
    d.save(out)


def docx_plain(doc, out, columns=False, numbered_dates=False, caps_headings=True):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    main, side = parse_doc(doc)
    d = Document()
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(10.5)
    first_h = True
    for m, b in main + side:
        if m == "T":
            p = d.add_paragraph()
            p.add_run(b).bold = True
        elif m == "N":
            r = d.add_paragraph().add_run(b)
            r.font.size = Pt(18)
            r.bold = True
        elif m == "C":
            d.add_paragraph(b)
        elif m == "H":
            if columns and first_h:
                sec = d.add_section(WD_SECTION.CONTINUOUS)
                cols = sec._sectPr.xpath("./w:cols")
                el = cols[0] if cols else OxmlElement("w:cols")
                el.set(qn("w:num"), "2")
                el.set(qn("w:space"), "432")
                if not cols:
                    sec._sectPr.append(el)
            first_h = False
            p = d.add_paragraph()
            r = p.add_run(b.upper() if caps_headings else b)
            r.bold = True
            r.font.small_caps = not caps_headings
        elif m == "J":
            c = cells(b)
            p = d.add_paragraph()
            p.add_run(c[0]).bold = True
            if len(c) > 1:
                p.add_run("\t" + " ".join(c[1:])).italic = True
        elif m == "B":
            d.add_paragraph(b, style="List Number" if numbered_dates else "List Bullet")
        elif m == "R":
            c = cells(b)
            p = d.add_paragraph()
            p.add_run(c[0]).bold = True
            p.add_run(" — " + " — ".join(c[1:]))
        else:
            d.add_paragraph(b)
    d.save(out)


def docx_footer_footnote(doc, out, footer, footnote):
    """Contact in the footer; licence expiry in a real footnote (footnotes part added by hand)."""
    from docx import Document
    from docx.shared import Pt

    main, side = parse_doc(doc)
    d = Document()
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].footer.paragraphs[0].text = footer
    marker = "@@FN@@"
    for m, b in main + side:
        if m == "N":
            r = d.add_paragraph().add_run(b)
            r.bold = True
            r.font.size = Pt(19)
        elif m == "H":
            d.add_heading(b, level=2)
        elif m == "J":
            c = cells(b)
            p = d.add_paragraph()
            p.add_run(c[0]).bold = True
            p.add_run("  (" + " ".join(c[1:]) + ")")
        elif m == "B":
            d.add_paragraph(b, style="List Bullet")
        elif "(see note)" in b:
            d.add_paragraph(b.replace(" (see note)", "") + marker)
        else:
            d.add_paragraph(b)
    d.save(out)
    # add footnotes by hand
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    fn = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(footnote)}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    files["word/footnotes.xml"] = fn.encode()
    body = files["word/document.xml"].decode()
    ref = '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>'
    body = body.replace(marker, ref)
    files["word/document.xml"] = body.encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    )
    files["word/_rels/document.xml.rels"] = rels.encode()
    ct = files["[Content_Types].xml"].decode()
    ct = ct.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    files["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [
            n
            for n in z.namelist()
            if re.match(r"word/(document|footer\d*|header\d*|footnotes)\.xml", n)
        ]
        xml = " ".join(z.read(n).decode("utf-8") for n in parts)
    xml = re.sub(r"<w:(br|tab|p)\b[^>]*/?>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))
