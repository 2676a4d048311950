"""PDFs made by PyMuPDF: its Story HTML engine, and a Canva-like page of drawn shapes with
insert_htmlbox text boxes."""

from html import escape as e

import pymupdf

from htmlpages import STORY_ICONS_CSS, STORY_TIMELINE_CSS, story_icons, story_timeline
from model import Person, span

LETTER = pymupdf.paper_rect("letter")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def story_pdf(p: Person, design: str, out: str) -> None:
    html, css = (
        (story_timeline(p), STORY_TIMELINE_CSS)
        if design == "timeline"
        else (story_icons(p), STORY_ICONS_CSS)
    )
    arch = pymupdf.Archive("/usr/share/fonts/truetype/dejavu")
    css = (
        "@font-face {font-family: 'DejaVu Sans'; src: url(DejaVuSans.ttf);} @font-face {font-family: 'DejaVu Sans'; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}\n"
        + css
    )
    story = pymupdf.Story(html=html, user_css=css, archive=arch)
    writer = pymupdf.DocumentWriter(out)
    where = LETTER + (40, 36, -40, -36)
    more = True
    while more:
        dev = writer.begin_page(LETTER)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(out)
    doc.set_metadata(
        {"title": f"{p.name} resume", "creator": "PyMuPDF Story", "producer": "PyMuPDF"}
    )
    doc.saveIncr()


def canva_pdf(p: Person, out: str) -> None:
    """A coloured sidebar holding contact, licences and certifications, a header band with the name."""
    doc = pymupdf.open()
    page = doc.new_page(width=LETTER.width, height=LETTER.height)
    W, H = LETTER.width, LETTER.height
    side = pymupdf.Rect(0, 0, 200, H)
    band = pymupdf.Rect(200, 0, W, 92)
    page.draw_rect(side, color=None, fill=(0.42, 0.18, 0.36))
    page.draw_rect(band, color=None, fill=(0.96, 0.88, 0.91))
    page.draw_circle((100, 62), 38, color=(1, 1, 1), fill=(0.62, 0.35, 0.55), width=2)
    initials = "".join(w[0] for w in p.name.replace("-", " ").split()[:2])
    page.insert_htmlbox(
        pymupdf.Rect(62, 46, 138, 84),
        f"<p style='text-align:center;font-size:24pt;color:white;font-family:sans-serif'><b>{e(initials)}</b></p>",
    )
    sidecss = "* {font-family: sans-serif; color: #ffffff; font-size: 8.2pt;} h4 {font-size: 9.5pt; letter-spacing: 1px; margin: 9px 0 2px 0; color: #f6c6dd;} p {margin: 0 0 4px 0;}"

    def ico(shape: str) -> str:
        return f"<span style='color:#f6c6dd'>{shape}</span>&#160;"

    contact = (
        f"<h4>CONTACT</h4><p>{ico('&#9679;')}{e(p.phone)}</p><p>{ico('&#9632;')}{e(p.email)}</p>"
        + (
            f"<p>{ico('&#9650;')}{e(p.street)}<br/>&#160;&#160;&#160;&#160;{e(p.city)}, {e(p.st)} {e(p.zip)}</p>"
            if p.street
            else f"<p>{ico('&#9650;')}{e(p.city)}, {e(p.st)}</p>"
        )
    )
    lic = "<h4>LICENSES</h4>" + "".join(
        f"<p><b>{e(x.state_name)}</b> — {e(x.printed)}<br/>{e(x.compact_text) + '<br/>' if x.compact_text else ''}#{e(x.number)} · {e(x.exp_text)}</p>"
        for x in p.lics
    )
    cer = "<h4>CERTIFICATIONS</h4>" + "".join(
        f"<p><b>{e(c.name)}</b> · {e(c.long)}<br/>{e(c.issuer)}{' · ' + e(c.exp_text) if c.expires else ''}</p>"
        for c in p.certs
    )
    ehr = f"<h4>EHR</h4><p>{e(', '.join(p.ehr_text))}</p>"
    page.insert_htmlbox(pymupdf.Rect(16, 112, 188, H - 20), contact + lic + cer + ehr, css=sidecss)
    page.insert_htmlbox(
        pymupdf.Rect(220, 18, W - 24, 88),
        f"<h1 style='font-size:25pt;color:#6b2e5c;margin:0'>{e(p.name)}</h1><p style='font-size:11pt;color:#333;margin:2px 0 0 0'>{e(p.creds)} &#8226; {e(p.headline)}</p>",
        css="* {font-family: sans-serif;}",
    )
    jobs = "".join(
        f"<p class='t'><b>{e(j.title)}</b><span class='d'> &#160;|&#160; {e(span(j, 'Mon YYYY', ' – '))}</span></p><p class='emp'>{e(j.employer)} · {e(j.city)}</p>"
        + (f"<p class='ag'>Travel contract — {e(j.agency)}</p>" if j.agency else "")
        + "<ul>"
        + "".join(f"<li>{e(b)}</li>" for b in j.bullets)
        + "</ul>"
        for j in p.jobs
    )
    edu = "".join(f"<p><b>{e(d.degree)}</b><br/>{e(d.school)} · {e(d.year)}</p>" for d in p.edu)
    maincss = "* {font-family: sans-serif; font-size: 9pt; color: #222;} h3 {font-size: 11pt; color: #6b2e5c; border-bottom: 1.5px solid #e0a3c5; margin: 10px 0 3px 0;} p {margin: 0;} p.t {margin-top: 5px;} span.d {color: #6b2e5c;} p.emp {font-style: italic; color: #444;} p.ag {color: #8a4b08;} ul {margin: 1px 0 0 0;}"
    page.insert_htmlbox(
        pymupdf.Rect(220, 104, W - 28, H - 24),
        f"<h3>ABOUT ME</h3><p>{e(p.summary)}</p><h3>EXPERIENCE</h3>{jobs}<h3>EDUCATION</h3>{edu}",
        css=maincss,
    )
    doc.set_metadata(
        {
            "title": f"{p.name} - Resume",
            "creator": "Canva-like design (PyMuPDF)",
            "producer": "PyMuPDF",
        }
    )
    doc.save(out)
