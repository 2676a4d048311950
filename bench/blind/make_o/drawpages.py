"""A flyer-style one-page resume drawn as a flat ODF drawing (.fodg) of absolutely placed text
frames, exported to PDF by LibreOffice Draw."""

import math
from html import escape as e

from model import Person, span

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.graphics">
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0in" fo:margin-bottom="0in" fo:margin-left="0in" fo:margin-right="0in"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="border" draw:fill="none"/></style:style>
<style:style style:name="fr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" draw:textarea-horizontal-align="left" fo:padding-top="0in" fo:padding-bottom="0in" fo:padding-left="0in" fo:padding-right="0in" fo:wrap-option="wrap"/></style:style>
<style:style style:name="band" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#243b53"/></style:style>
<style:style style:name="panel" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#eef2f7"/></style:style>
<style:style style:name="rule" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#d9822b" svg:stroke-width="0.02in"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.03in"/></style:style>
<style:style style:name="name" style:family="text"><style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#ffffff" style:font-name="Liberation Sans" fo:font-family="Liberation Sans"/></style:style>
<style:style style:name="sub" style:family="text"><style:text-properties fo:font-size="12pt" fo:color="#f0b429" fo:font-family="Liberation Sans"/></style:style>
<style:style style:name="h" style:family="text"><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#d9822b" fo:font-family="Liberation Sans"/></style:style>
<style:style style:name="b" style:family="text"><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#102a43" fo:font-family="Liberation Sans"/></style:style>
<style:style style:name="t" style:family="text"><style:text-properties fo:font-size="8.5pt" fo:color="#243b53" fo:font-family="Liberation Sans"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><office:drawing><draw:page draw:name="Resume" draw:master-page-name="Default">
"""
TAIL = "</draw:page></office:drawing></office:body></office:document>\n"


class Col:
    def __init__(self, x: float, y: float, w: float):
        self.x, self.y, self.w = x, y, w
        self.out: list[str] = []

    def frame(self, paras: list[tuple[str, str]], gap: float = 0.08) -> None:
        h = 0.0
        for sty, text in paras:
            pt = {"h": 11, "b": 9, "t": 8.5}[sty]
            per_line = max(1, int(self.w * 72 / (pt * 0.5)))
            h += math.ceil(max(1, len(text)) / per_line) * pt * 1.25 / 72 + 0.03
        body = "".join(
            f'<text:p text:style-name="P"><text:span text:style-name="{s}">{e(t)}</text:span></text:p>'
            for s, t in paras
        )
        self.out.append(
            f'<draw:frame draw:style-name="fr" svg:x="{self.x:.2f}in" svg:y="{self.y:.2f}in" svg:width="{self.w:.2f}in" svg:height="{h:.2f}in"><draw:text-box>{body}</draw:text-box></draw:frame>\n'
        )
        self.y += h + gap


def draw_fodg(p: Person, out: str) -> None:
    shapes = [
        '<draw:rect draw:style-name="band" svg:x="0in" svg:y="0in" svg:width="8.5in" svg:height="1.25in"/>\n',
        '<draw:rect draw:style-name="panel" svg:x="5.55in" svg:y="1.25in" svg:width="2.95in" svg:height="9.75in"/>\n',
        '<draw:line draw:style-name="rule" svg:x1="0.5in" svg:y1="1.45in" svg:x2="5.25in" svg:y2="1.45in"/>\n',
    ]
    head = (
        f'<draw:frame draw:style-name="fr" svg:x="0.5in" svg:y="0.25in" svg:width="7.5in" svg:height="0.9in"><draw:text-box>'
        f'<text:p><text:span text:style-name="name">{e(p.name)}</text:span></text:p>'
        f'<text:p><text:span text:style-name="sub">{e(p.creds)}  ·  {e(p.headline)}</text:span></text:p></draw:text-box></draw:frame>\n'
    )
    right = Col(0.5, 1.6, 4.75)
    right.frame([("h", "PROFILE"), ("t", p.summary)])
    right.frame([("h", "EXPERIENCE")], gap=0.02)
    for j in p.jobs:
        paras = [
            ("b", j.title),
            ("t", f"{j.employer} — {j.city}"),
            ("t", span(j, "MM/YYYY", " → ")),
        ]
        paras += [("t", "▸ " + b) for b in j.bullets]
        right.frame(paras)
    right.frame(
        [("h", "EDUCATION")]
        + [x for ed in p.edu for x in (("b", ed.degree), ("t", f"{ed.school}, {ed.year}"))]
    )
    left = Col(5.75, 1.5, 2.55)
    left.frame(
        [
            ("h", "CONTACT"),
            ("t", p.phone),
            ("t", p.email),
            ("t", p.street or ""),
            ("t", f"{p.city}, {p.st} {p.zip}"),
        ]
    )
    left.frame(
        [("h", "LICENSURE")]
        + [
            x
            for lic in p.lics
            for x in (
                ("b", f"{lic.state_name} — {lic.printed}"),
                ("t", f"{lic.compact_text}, No. {lic.number}, {lic.exp_text}"),
            )
        ]
    )
    left.frame(
        [("h", "CERTIFICATIONS")]
        + [
            x
            for c in p.certs
            for x in (
                ("b", c.name),
                ("t", f"{c.long} · {c.issuer}" + (f" · {c.exp_text}" if c.expires else "")),
            )
        ]
    )
    left.frame([("h", "CHARTING SYSTEMS"), ("t", ", ".join(p.ehr_text))])
    # objects in drawing order: panels, then the side column, then the name, then the main column
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(HEAD + "".join(shapes) + "".join(left.out) + head + "".join(right.out) + TAIL)
