"""Flat ODT (.fodt) with page-anchored FRAMES (text boxes), converted by LibreOffice.

The name band and the sidebar are draw:frame/draw:text-box objects anchored to page 1; the body
text flows in the page with a wide left indent so it clears the sidebar. LibreOffice then exports
it as PDF (`frames` → .pdf) or as Word (`frames` → .docx, where the frames become text boxes).
"""

import html
import subprocess
from pathlib import Path

E = html.escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Carlito" svg:font-family="Carlito"/>
 <style:font-face style:name="Caladea" svg:font-family="Caladea"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.02in"/>
  <style:text-properties style:font-name="{font}" fo:font-size="9.8pt" fo:color="#222222"/>
 </style:style>
 <style:style style:name="frSide" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="{shade}" fo:background-color="{shade}"
   style:wrap="run-through" style:run-through="background" fo:padding="0.1in" fo:border="none" style:vertical-pos="from-top" style:horizontal-pos="from-left"
   style:vertical-rel="page" style:horizontal-rel="page"/></style:style>
 <style:style style:name="frBand" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="{accent}" fo:background-color="{accent}"
   style:wrap="run-through" style:run-through="background" fo:padding="0.12in" fo:border="none" style:vertical-pos="from-top" style:horizontal-pos="from-left"
   style:vertical-rel="page" style:horizontal-rel="page"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="{indent}"/></style:style>
 <style:style style:name="Top" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="{top}"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.1in" fo:margin-bottom="0.03in" fo:border-bottom="0.8pt solid {accent}"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="{accent}" fo:letter-spacing="0.02in"/></style:style>
 <style:style style:name="JH" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.04in"><style:tab-stops><style:tab-stop style:position="{tab}" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Li" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="{indent_li}" fo:text-indent="-0.12in"/></style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="{indent_li}"/></style:style>
 <style:style style:name="SideH" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1in" fo:margin-bottom="0.03in"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
 <style:style style:name="SideP" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8.8pt"/></style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Hl" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="11pt" fo:color="#ffffff"/></style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in"
   fo:margin-top="0.45in" fo:margin-bottom="0.5in" fo:margin-left="0.45in" fo:margin-right="0.5in"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def _p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def fodt(r):
    o = r.get("opts", {})
    accent, shade = o.get("accent", "#0b5563"), o.get("shade", "#e6f0f1")
    head = HEAD.format(
        font=o.get("font", "Carlito"),
        accent=accent,
        shade=shade,
        indent="2.45in",
        indent_li="2.62in",
        top="1.05in",
        tab="7.55in",
    )
    name = E(r["name"]) + (f", {E(r['creds'])}" if r.get("creds") else "")
    band = (
        '<draw:frame draw:style-name="frBand" draw:name="Band" text:anchor-type="page" text:anchor-page-number="1" '
        'svg:x="0in" svg:y="0in" svg:width="8.5in" draw:z-index="0"><draw:text-box fo:min-height="1.15in">'
        + _p("Name", name)
        + _p("Hl", E(r["headline"]))
        + "</draw:text-box></draw:frame>"
    )
    side = [_p("SideH", "Contact")] + [_p("SideP", E(c)) for c in r["contact"]]
    for title, items in r.get("side", []):
        side.append(_p("SideH", E(title)))
        for it in items:
            for line in it if isinstance(it, list) else [it]:
                side.append(_p("SideP", E(line)))
    side_frame = (
        '<draw:frame draw:style-name="frSide" draw:name="Sidebar" text:anchor-type="page" text:anchor-page-number="1" '
        'svg:x="0.3in" svg:y="1.5in" svg:width="2.15in" draw:z-index="1"><draw:text-box fo:min-height="8.9in">'
        + "".join(side)
        + "</draw:text-box></draw:frame>"
    )
    body = [_p("Top", "")]
    for title, items in r["main"]:
        body.append(_p("H", E(title.upper())))
        for it in items:
            if isinstance(it, dict):
                j = it
                body.append(
                    _p(
                        "JH",
                        f'<text:span text:style-name="T1">{E(j["title"])}</text:span><text:tab/>{E(j["dates"])}',
                    )
                )
                body.append(
                    _p(
                        "Body",
                        f'<text:span text:style-name="T2">{E(j["employer"])}{", " + E(j["loc"]) if j["loc"] else ""}</text:span>',
                    )
                )
                body += [_p("Sub", E(s)) for s in j["sub"]]
                body += [_p("Li", "\u2022 " + E(b)) for b in j["bullets"]]
            elif isinstance(it, list):
                body += [_p("Li", "\u2022 " + E(b)) for b in it]
            else:
                body.append(_p("Body", E(it)))
    return (
        head
        + band
        + side_frame
        + "".join(body)
        + "</office:text></office:body></office:document>\n"
    )


def render(r, path, workdir):
    src = Path(workdir) / (Path(path).stem + ".fodt")
    src.write_text(fodt(r), encoding="utf-8")
    target = Path(path).suffix[1:]
    filt = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}[target]
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            filt,
            "--outdir",
            str(Path(path).parent),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    out = Path(path).parent / (src.stem + "." + target)
    if out != Path(path):
        out.rename(path)
