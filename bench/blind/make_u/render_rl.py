"""ReportLab canvas pages: every line is placed by coordinates, then drawn in a chosen order.

Designs: `cols` (a sidebar and a main column laid out side by side, the main column drawn first and
the header last), `reverse` (one column, lines drawn bottom-up), `bands` (contact only in a running
header and footer on every page), `cells` (label cells drawn as boxes, then their text, right
column first).
"""

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = letter


class Flow:
    """Lays lines into a column, page by page; records ops (page, x, y, font, size, text, colour)."""

    def __init__(self, x, width, top, bottom, top_next=None):
        self.x, self.w, self.top, self.bottom = x, width, top, bottom
        self.top_next = top_next if top_next is not None else top
        self.page, self.y, self.ops = 0, top, []

    def need(self, h):
        if self.y - h < self.bottom:
            self.page += 1
            self.y = self.top_next

    def line(
        self, text, font="Helvetica", size=9.5, color="#222222", indent=0, lead=1.32, right=None
    ):
        self.need(size * lead)
        self.y -= size * lead
        self.ops.append((self.page, self.x + indent, self.y, font, size, text, color, None))
        if right:
            rw = stringWidth(right, font, size)
            self.ops.append(
                (self.page, self.x + self.w - rw, self.y, font, size, right, color, None)
            )

    def para(self, text, font="Helvetica", size=9.5, color="#222222", indent=0, first=None):
        lines = simpleSplit(text, font, size, self.w - indent - 2)
        for i, ln in enumerate(lines):
            self.line(
                (first if (first and i == 0) else "") + ln,
                font,
                size,
                color,
                indent if not (first and i == 0) else indent - 8,
            )

    def gap(self, h):
        self.y -= h

    def rule(self, color):
        self.need(4)
        self.y -= 3
        self.ops.append((self.page, self.x, self.y, None, 0.6, self.w, color, "rule"))
        self.y -= 2


def _job(flow, job, st):
    f, b, it = st["font"], st["bold"], st["italic"]
    if st.get("emp_first"):
        flow.line(job["employer"], b, st["size"] + 0.5, st["ink"], right=job["dates"])
        flow.para(
            job["title"] + (f", {job['loc']}" if job["loc"] else ""), it, st["size"], st["ink"]
        )
    else:
        flow.line(job["title"], b, st["size"] + 0.5, st["ink"], right=job["dates"])
        flow.para(
            job["employer"] + (f" | {job['loc']}" if job["loc"] else ""),
            it,
            st["size"],
            st["muted"],
        )
    for s in job["sub"]:
        flow.para(s, f, st["size"] - 0.3, st["ink"], indent=10)
    for bl in job["bullets"]:
        flow.para(
            bl,
            f,
            st["size"] - 0.3,
            st["ink"],
            indent=12,
            first="- " if st.get("dash") else "\u2022 ",
        )
    flow.gap(4)


def _section(flow, title, items, st, head_color):
    flow.gap(6)
    flow.line(
        title.upper() if st.get("upper", True) else title, st["bold"], st["size"] + 1.5, head_color
    )
    if st.get("rules", True):
        flow.rule(head_color)
    for it in items:
        if isinstance(it, dict):
            _job(flow, it, st)
        elif isinstance(it, list):
            for bl in it:
                flow.para(bl, st["font"], st["size"], st["ink"], indent=10, first="\u2022 ")
        else:
            flow.para(it, st["font"], st["size"], st["ink"])
            flow.gap(1.5)


def _draw(path, ops, pages, bg_ops, title):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    for p in range(pages):
        for op in bg_ops(p):
            kind, args, color = op
            c.setFillColor(HexColor(color))
            c.setStrokeColor(HexColor(color))
            if kind == "rect":
                c.rect(*args, stroke=0, fill=1)
        for page, x, y, font, size, text, color, kind in ops:
            if page != p:
                continue
            if kind == "rule":
                c.setStrokeColor(HexColor(color))
                c.setLineWidth(size)
                c.line(x, y, x + text, y)
                continue
            c.setFillColor(HexColor(color))
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def render(r, path):
    d = r["render"].split(":")[1]
    o = r.get("opts", {})
    serif = o.get("serif")
    st = {
        "font": "Times-Roman" if serif else ("Courier" if o.get("mono") else "Helvetica"),
        "bold": "Times-Bold" if serif else ("Courier-Bold" if o.get("mono") else "Helvetica-Bold"),
        "italic": "Times-Italic"
        if serif
        else ("Courier-Oblique" if o.get("mono") else "Helvetica-Oblique"),
        "size": o.get("size", 9.5),
        "ink": "#1d1d1d",
        "muted": "#4a4a4a",
        "emp_first": o.get("emp_first"),
        "dash": o.get("dash"),
        "upper": o.get("upper", True),
        "rules": o.get("rules", True),
    }
    accent = o.get("accent", "#1f4e79")
    name_line = r["name"] + (f", {r['creds']}" if r.get("creds") else "")
    ops, bg = [], lambda p: []
    if d == "cols":
        side_left = o.get("side", "left") == "left"
        sx, sw = (36, 170) if side_left else (W - 36 - 170, 170)
        mx, mw = (230, W - 230 - 36) if side_left else (36, W - 36 - 170 - 36 - 24)
        head = Flow(36, W - 72, H - 30, H - 120)
        head.line(name_line, st["bold"], 21, "#ffffff" if o.get("band") else accent, lead=1.2)
        head.line(
            r["headline"], st["font"], 11, "#ffffff" if o.get("band") else "#333333", lead=1.5
        )
        if o.get("contact_in_head"):
            head.line(
                "   |   ".join(r["contact"]),
                st["font"],
                9,
                "#ffffff" if o.get("band") else "#333333",
                lead=1.6,
            )
        side = Flow(sx + 8, sw - 16, H - 118, 40)
        if not o.get("contact_in_head"):
            side.line("CONTACT", st["bold"], 10.5, accent)
            for ln in r["contact"]:
                side.para(ln, st["font"], 8.8, "#1d1d1d")
        side_st = dict(st, size=8.8, rules=False)
        for title, items in r["side"]:
            _section(side, title, items, side_st, accent)
        main = Flow(mx, mw, H - 118, 40, top_next=H - 40)
        for title, items in r["main"]:
            _section(main, title, items, st, accent)
        # reading order is header, sidebar, main; the stream has main, then sidebar, then header
        order = o.get("order", ["main", "side", "head"])
        parts = {"main": main.ops, "side": side.ops, "head": head.ops}
        for k in order:
            ops += parts[k]
        pages = max(main.page, side.page) + 1
        shade = o.get("shade", "#eef2f6")

        def bg(p):
            out = []
            if p == 0:
                out.append(("rect", (sx, 36, sw, H - 36 - 112), shade))
                if o.get("band"):
                    out.append(("rect", (0, H - 104, W, 104), accent))
            return out
    elif d in ("reverse", "bands", "cells"):
        top = H - 54 if d == "bands" else H - 40
        flow = Flow(
            54,
            W - 108,
            top,
            54 if d == "bands" else 40,
            top_next=H - 54 if d == "bands" else H - 40,
        )
        if d != "bands":
            flow.line(name_line, st["bold"], 19, accent, lead=1.2)
            flow.line(r["headline"], st["italic"], 11, "#333333", lead=1.5)
            flow.para("  \u00b7  ".join(r["contact"]), st["font"], 9.2, "#333333")
        else:
            flow.line(r["headline"], st["bold"], 15, accent, lead=1.3)
        if d == "cells":
            for title, items in r["main"]:
                flow.gap(8)
                flow.need(20)
                y0 = flow.y
                ops.append((flow.page, 54, y0 - 15, None, 0, None, accent, "cell"))
                flow.line(title.upper(), st["bold"], 10, "#ffffff", lead=1.45, indent=4)
                flow.gap(3)
                for it in items:
                    if isinstance(it, dict):
                        _job(flow, it, st)
                    elif isinstance(it, list):
                        for bl in it:
                            flow.para(
                                bl, st["font"], st["size"], st["ink"], indent=10, first="\u2022 "
                            )
                    else:
                        flow.para(it, st["font"], st["size"], st["ink"])
            cells = [op for op in ops if op[7] == "cell"]
            ops = [op for op in ops if op[7] != "cell"]

            def bg(p):
                return [("rect", (54, op[2] - 1, W - 108, 15), op[6]) for op in cells if op[0] == p]

            ops = flow.ops[::-1] if o.get("reverse_all") else _by_column(flow.ops)
            pages = flow.page + 1
        else:
            for title, items in r["main"]:
                _section(flow, title, items, st, accent)
            pages = flow.page + 1
            ops = list(flow.ops)
            if d == "bands":
                for p in range(pages):
                    ops.append((p, 54, H - 34, st["bold"], 10, name_line, "#333333", None))
                    foot = "  \u00b7  ".join(r["contact"]) + f"  \u00b7  Page {p + 1} of {pages}"
                    ops.append((p, 54, 30, st["font"], 8.5, foot, "#555555", None))
                # the running header and footer are written first, the body after
                ops = ops[-2 * pages :] + ops[: -2 * pages]
            else:
                ops = ops[::-1]  # drawn bottom-up: the stream starts with the page's last line
    else:
        raise ValueError(d)
    _draw(path, ops, pages, bg, r["name"] + " - resume")


def _by_column(ops):
    """Right-aligned pieces (dates) first, then the left text: a stream out of reading order."""
    right = [op for op in ops if op[1] > 300]
    left = [op for op in ops if op[1] <= 300]
    return right + left
