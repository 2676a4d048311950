"""Renderers that need Debian's system Python (/usr/bin/python3): PangoCairo (gi) and LibreOffice UNO.

usage: /usr/bin/python3 render_sys.py pango|uno SPEC.json OUT
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from html import escape

# ---------------------------------------------------------------- PangoCairo


def render_pango(spec, out):
    import cairo
    import gi

    gi.require_version("Pango", "1.0")
    gi.require_version("PangoCairo", "1.0")
    from gi.repository import Pango, PangoCairo

    font = spec["opts"].get("font", "Lato")
    W, H, M = 612, 792, 58
    width = W - 2 * M
    surface = cairo.PDFSurface(out, W, H)
    surface.set_metadata(cairo.PDFMetadata.TITLE, f"{spec['name']} resume")
    surface.set_metadata(cairo.PDFMetadata.CREATOR, "PangoCairo")
    ctx = cairo.Context(surface)
    state = {"y": M}

    def layout(markup, size, wrap_w=width, tabs=None, indent=0):
        lay = PangoCairo.create_layout(ctx)
        lay.set_font_description(Pango.FontDescription(f"{font} {size}"))
        lay.set_width(int((wrap_w - indent) * Pango.SCALE))
        lay.set_wrap(Pango.WrapMode.WORD)
        if tabs:
            ta = Pango.TabArray.new(1, True)
            ta.set_tab(0, Pango.TabAlign.RIGHT, int(wrap_w))
            lay.set_tabs(ta)
        lay.set_markup(markup, -1)
        return lay

    def place(lay, x=M, gap=0):
        h = lay.get_pixel_extents()[1].height
        if state["y"] + h > H - M:
            ctx.show_page()
            state["y"] = M
        ctx.move_to(x, state["y"])
        PangoCairo.show_layout(ctx, lay)
        state["y"] += h + gap

    def rule(rgb=(0.35, 0.35, 0.35)):
        ctx.set_source_rgb(*rgb)
        ctx.set_line_width(0.7)
        ctx.move_to(M, state["y"])
        ctx.line_to(W - M, state["y"])
        ctx.stroke()
        ctx.set_source_rgb(0, 0, 0)
        state["y"] += 5

    e = escape
    place(
        layout(
            f"<span weight='bold' size='xx-large'>{e(spec['name'])}</span>  <span size='large' foreground='#555555'>{e(spec['creds'])}</span>",
            12,
        ),
        gap=2,
    )
    place(layout(f"<i>{e(spec['headline'])}</i>", 10.5), gap=2)
    place(layout("   ◦   ".join(e(c) for c in spec["contact"]), 10), gap=6)
    rule((0.1, 0.3, 0.45))
    for sec in spec["main"]:
        state["y"] += 6
        place(
            layout(
                f"<span weight='bold' foreground='#1a4d73' letter_spacing='1200'>{e(sec['h'].upper())}</span>",
                10.5,
            ),
            gap=1,
        )
        rule((0.7, 0.7, 0.7))
        for it in sec["items"]:
            if it["t"] == "job":
                place(layout(f"<b>{e(it['title'])}</b>\t{e(it['dates'])}", 10, tabs=True), gap=0)
                place(layout(f"<i>{e(it['org'])} — {e(it['where'])}</i>", 10), gap=1)
                if it["note"]:
                    place(layout(e(it["note"]), 9.5), gap=1)
                for b in it["bullets"]:
                    place(layout(f"•  {e(b)}", 9.6, indent=14), x=M + 10, gap=1)
                state["y"] += 4
            elif it["t"] == "row":
                place(
                    layout("\t".join(e(c) for c in it["cells"]).replace("\t", "  —  "), 10), gap=2
                )
            elif it["t"] == "li":
                place(layout(f"•  {e(it['text'])}", 10, indent=14), x=M + 10, gap=1)
            else:
                place(layout(e(it["text"]), 10), gap=2)
    surface.finish()


# ---------------------------------------------------------------- LibreOffice UNO


def _uno_connect(profile):
    import uno

    port = 2100 + os.getpid() % 500
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so soffice.bin can be ended with it
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(120):
        try:
            ctx = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
            )
            return proc, ctx
        except Exception:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("soffice did not answer")


def render_uno(spec, out):
    import uno  # noqa: F401  (registers the com.sun.star import hook)
    from com.sun.star.beans import PropertyValue
    from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
    from com.sun.star.text.TextContentAnchorType import AT_PAGE

    def pv(n, v):
        p = PropertyValue()
        p.Name, p.Value = n, v
        return p

    profile = tempfile.mkdtemp(prefix="lo_s_")
    proc, ctx = _uno_connect(profile)
    try:
        _build_uno(ctx, spec, out, pv, PARAGRAPH_BREAK, AT_PAGE)
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, 9)  # the group this script started, nothing else
        except ProcessLookupError:
            pass


def _build_uno(ctx, spec, out, pv, PARAGRAPH_BREAK, AT_PAGE):
    import uno

    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(
        "private:factory/swriter", "_blank", 0, (pv("Hidden", True),)
    )
    font = spec["opts"].get("font", "Liberation Sans")
    styles = doc.StyleFamilies.getByName("ParagraphStyles")
    std = styles.getByName("Standard")
    std.CharFontName = font
    std.CharHeight = 10.5
    for hn, size in (("Heading 1", 13), ("Heading 2", 11.5), ("Title", 24), ("Subtitle", 12)):
        st = styles.getByName(hn)
        st.CharFontName = font
        st.CharHeight = size
    page = doc.StyleFamilies.getByName("PageStyles").getByName("Standard")
    page.Width, page.Height = 21590, 27940
    page.LeftMargin = page.RightMargin = 1800
    page.TopMargin = page.BottomMargin = 1500
    text = doc.Text
    cur = text.createTextCursor()
    layout = spec["layout"]

    def para(
        t, style="Standard", bold=False, italic=False, color=None, size=None, target=None, tcur=None
    ):
        tg, tc = (target or text), (tcur or cur)
        tc.ParaStyleName = style
        tc.CharWeight = 150.0 if bold else 100.0
        tc.CharPosture = 2 if italic else 0  # ITALIC / NONE
        tc.CharColor = color if color is not None else -1
        if size:
            tc.CharHeight = size
        tg.insertString(tc, t, False)
        tg.insertControlCharacter(tc, PARAGRAPH_BREAK, False)
        tc.CharHeight = std.CharHeight

    def items_as_text(sec, target=None, tcur=None):
        for it in sec["items"]:
            if it["t"] == "job":
                para(f"{it['title']}", bold=True, target=target, tcur=tcur)
                para(
                    f"{it['org']}, {it['where']}  |  {it['dates']}",
                    italic=True,
                    target=target,
                    tcur=tcur,
                )
                for b in it["bullets"]:
                    para(f"• {b}", target=target, tcur=tcur)
            elif it["t"] == "li":
                para(f"• {it['text']}", target=target, tcur=tcur)
            elif it["t"] == "row":
                para("   ".join(it["cells"]), target=target, tcur=tcur)
            else:
                para(it["text"], target=target, tcur=tcur)

    blue = 0x1155CC
    if "google-docs" in layout:
        # Google Docs "Serif/Swiss" resume template feel: Title, Subtitle, coloured Heading 1, jobs in a
        # borderless 2-column table (title/employer left, dates right).
        para(spec["name"], "Title")
        para(f"{spec['creds']} · {spec['headline']}", "Subtitle", color=0x666666)
        para("  ·  ".join(spec["contact"]))
        for sec in spec["main"]:
            para(sec["h"], "Heading 1", color=blue)
            jobs = [i for i in sec["items"] if i["t"] == "job"]
            if jobs:
                tbl = doc.createInstance("com.sun.star.text.TextTable")
                tbl.initialize(len(jobs), 2)
                text.insertTextContent(cur, tbl, False)
                tbl.setPropertyValue("HoriOrient", 0)
                seps = tbl.TableColumnSeparators
                seps[0].Position = 7600
                tbl.TableColumnSeparators = seps
                border = tbl.TableBorder
                for side in (
                    "TopLine",
                    "BottomLine",
                    "LeftLine",
                    "RightLine",
                    "HorizontalLine",
                    "VerticalLine",
                ):
                    ln = getattr(border, side)
                    ln.OuterLineWidth = 0
                    ln.InnerLineWidth = 0
                    setattr(border, side, ln)
                tbl.TableBorder = border
                for r, it in enumerate(jobs):
                    left = tbl.getCellByName(f"A{r + 1}")
                    lt = left.Text
                    lc = lt.createTextCursor()
                    lc.ParaStyleName = "Standard"
                    lc.ParaAdjust = 0
                    lc.CharWeight = 150.0
                    lt.insertString(lc, it["title"], False)
                    lt.insertControlCharacter(lc, PARAGRAPH_BREAK, False)
                    lc.CharWeight = 100.0
                    lc.CharPosture = 2
                    lt.insertString(lc, f"{it['org']} — {it['where']}", False)
                    for b in it["bullets"]:
                        lt.insertControlCharacter(lc, PARAGRAPH_BREAK, False)
                        lc.CharPosture = 0
                        lt.insertString(lc, f"• {b}", False)
                    right = tbl.getCellByName(f"B{r + 1}")
                    rc = right.Text.createTextCursor()
                    rc.ParaAdjust = 1  # RIGHT
                    rc.CharColor = 0x666666
                    right.Text.insertString(rc, it["dates"], False)
                rest = [i for i in sec["items"] if i["t"] != "job"]
                items_as_text({"items": rest})
            else:
                items_as_text(sec)
    elif "pages-like" in layout:
        # Pages-style: the name as a big line, contact in a floating text frame at the top left, and a
        # framed grey sidebar on the left for licences/certifications/software; body text flows right.
        page.LeftMargin = 7400
        styles.getByName("Title").ParaAdjust = 0  # LEFT
        styles.getByName("Subtitle").ParaAdjust = 0
        para(spec["name"], "Title", bold=True, size=26)
        para(f"{spec['creds']} — {spec['headline']}", "Subtitle", color=0x7F6000)
        frame = doc.createInstance("com.sun.star.text.TextFrame")
        frame.AnchorType = AT_PAGE
        frame.AnchorPageNo = 1
        frame.Width, frame.Height = 5400, 2000
        frame.HoriOrient = 0
        frame.VertOrient = 0
        frame.HoriOrientRelation = frame.VertOrientRelation = (
            7  # RelOrientation.PAGE_FRAME: from the paper's edge
        )
        frame.HoriOrientPosition = 1300
        frame.VertOrientPosition = 1500
        frame.BackColor = 0xF2F2F2
        frame.SizeType = 2  # MIN: grow with text
        text.insertTextContent(cur, frame, False)
        fc = frame.Text.createTextCursor()
        for k, line in enumerate(spec["contact"]):
            fc.CharHeight = 9.5
            frame.Text.insertString(fc, line, False)
            if k < len(spec["contact"]) - 1:
                frame.Text.insertControlCharacter(fc, PARAGRAPH_BREAK, False)
        side = doc.createInstance("com.sun.star.text.TextFrame")
        side.AnchorType = AT_PAGE
        side.AnchorPageNo = 1
        side.Width, side.Height = 5400, 9000
        side.HoriOrient = side.VertOrient = 0
        side.HoriOrientRelation = side.VertOrientRelation = 7
        side.HoriOrientPosition = 1300
        side.VertOrientPosition = 4600
        side.BackColor = 0xE8EEF4
        side.SizeType = 2
        text.insertTextContent(cur, side, False)
        sc = side.Text.createTextCursor()
        for sec in spec["side"]:
            sc.CharWeight = 150.0
            sc.CharHeight = 10.5
            side.Text.insertString(sc, sec["h"].upper(), False)
            side.Text.insertControlCharacter(sc, PARAGRAPH_BREAK, False)
            sc.CharWeight = 100.0
            sc.CharHeight = 9.5
            for it in sec["items"]:
                side.Text.insertString(sc, it.get("text", ""), False)
                side.Text.insertControlCharacter(sc, PARAGRAPH_BREAK, False)
        para(" ")
        for sec in spec["main"]:
            para(sec["h"], "Heading 2", color=0x7F6000)
            items_as_text(sec)
    else:
        # Two-column section with the name in the page header and contact in the footer.
        page.HeaderIsOn = True
        page.FooterIsOn = True
        page.HeaderText.setString(spec["header"] or spec["name"])
        page.FooterText.setString(spec["footer"] or "")
        para(spec["headline"], "Heading 1", color=0x2E5E4E)
        para(spec["contact"][0])
        sect = doc.createInstance("com.sun.star.text.TextSection")
        cols = doc.createInstance("com.sun.star.text.TextColumns")
        cols.setColumnCount(2)
        cs = cols.Columns
        ref = cols.ReferenceValue
        cs[0].Width = int(ref * 0.36)
        cs[1].Width = ref - cs[0].Width
        cols.Columns = cs
        cols.SeparatorLineIsOn = True
        sect.TextColumns = cols
        text.insertTextContent(cur, sect, False)
        sc = text.createTextCursorByRange(sect.Anchor)
        for sec in spec["side"]:
            para(sec["h"], "Heading 2", tcur=sc)
            for it in sec["items"]:
                para(it.get("text", ""), tcur=sc)
        first = True
        for sec in spec["main"]:
            if first:
                sc.BreakType = uno.Enum("com.sun.star.style.BreakType", "COLUMN_BEFORE")
                first = False
            para(sec["h"], "Heading 2", tcur=sc)
            sc.BreakType = uno.Enum("com.sun.star.style.BreakType", "NONE")
            items_as_text(sec, tcur=sc)
    doc.storeToURL(uno_url(out), (pv("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass


def uno_url(p):
    return "file://" + os.path.abspath(p)


if __name__ == "__main__":
    kind, spec_path, out_path = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as fh:
        spec_ = json.load(fh)
    {"pango": render_pango, "uno": render_uno}[kind](spec_, out_path)
