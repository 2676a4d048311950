"""A PDF written byte by byte (base-14 Helvetica, WinAnsi): the one-line-per-credential "credential strip"."""

from __future__ import annotations

from model import Person, span

# rough Helvetica advance widths (1/1000 em) for wrapping
NARROW = set("iljtfI.,;:'!|() []")
WIDE = set("mwMW@")


def width(s: str, size: float) -> float:
    w = 0.0
    for ch in s:
        w += 280 if ch in NARROW else 870 if ch in WIDE else 640 if ch.isupper() else 530
    return w * size / 1000


def esc(s: str) -> bytes:
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252")


class Page:
    def __init__(self) -> None:
        self.ops: list[bytes] = []

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        rgb: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        f = "F2" if bold else "F1"
        self.ops.append(
            b"BT %.3f %.3f %.3f rg /%s %.1f Tf %.2f %.2f Td (" % (*rgb, f.encode(), size, x, y)
            + esc(s)
            + b") Tj ET"
        )

    def rect(self, x: float, y: float, w: float, h: float, rgb: tuple[float, float, float]) -> None:
        self.ops.append(b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (*rgb, x, y, w, h))

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        rgb: tuple[float, float, float] = (0.6, 0.6, 0.6),
        lw: float = 0.6,
    ) -> None:
        self.ops.append(
            b"%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S" % (*rgb, lw, x1, y1, x2, y2)
        )


def write_pdf(pages: list[Page], path) -> None:
    objs: list[bytes] = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    n = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n)).encode()
    objs.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n)
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    for i, pg in enumerate(pages):
        content = b"\n".join(pg.ops)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (6 + 2 * i)
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (k + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (make_p rawpdf) /Title (Resume) >> >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, xref)
    )
    path.write_bytes(bytes(out))


def wrap(s: str, size: float, maxw: float) -> list[str]:
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if width(t, size) > maxw and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def credential_strip(p: Person, path) -> None:
    pg = Page()
    teal = (0.05, 0.36, 0.42)
    pg.text(50, 740, p.name, 24, True, teal)
    pg.text(50, 721, f"{p.creds}  -  {p.headline}", 11)
    pg.text(50, 704, f"{p.address_line()}   |   {p.phone}   |   {p.email}", 9)
    y = 684
    pg.rect(50, y - 4, 512, 16, teal)
    pg.text(56, y, "CREDENTIALS", 10, True, (1, 1, 1))
    y -= 18
    strip = []
    for x in p.lics:
        strip.append(("LICENSE", f"{x.state_name} {x.printed_type}  #{x.number}", x.exp_phrase))
    for c in p.certs:
        strip.append(
            (
                "CERT",
                f"{c.name} - {c.long}  ({c.issuer})" if c.long else f"{c.name}  ({c.issuer})",
                c.exp_phrase,
            )
        )
    for kind, what, exp in strip:
        pg.text(56, y, kind, 8, True, teal)
        pg.text(110, y, what, 9.5)
        pg.text(556 - width(exp, 9), y, exp, 9)
        pg.line(50, y - 4, 562, y - 4)
        y -= 15
    y -= 8

    def head(t):
        nonlocal y
        pg.rect(50, y - 4, 512, 16, teal)
        pg.text(56, y, t, 10, True, (1, 1, 1))
        y -= 18

    head("SUMMARY")
    for ln in wrap(p.summary, 10, 500):
        pg.text(56, y, ln, 10)
        y -= 13
    y -= 6
    head("EXPERIENCE")
    for j in p.jobs:
        pg.text(56, y, j.title, 10.5, True)
        d = span(j, "mmyyyy", " - ")
        pg.text(556 - width(d, 10), y, d, 10)
        y -= 13
        pg.text(56, y, f"{j.employer}, {j.city}", 10)
        y -= 13
        for b in j.bullets:
            pg.text(66, y, "- " + b, 9.5)
            y -= 12
        y -= 5
    head("EDUCATION")
    for e in p.edu:
        pg.text(56, y, f"{e.degree}, {e.school}, {e.year}", 10)
        y -= 13
    y -= 6
    head("SYSTEMS")
    pg.text(56, y, ", ".join(p.ehr_printed), 10)
    write_pdf([pg], path)
