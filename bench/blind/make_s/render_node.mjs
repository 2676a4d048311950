// Set s's node renderers: jsPDF, pdf-lib (+fontkit), @react-pdf/renderer, pdfmake, officegen and
// html-to-docx. usage: node render_node.mjs SPEC.json OUT
// The packages live outside the repository (BLINDS_NODE, default /work/blinds-node).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const NODE = process.env.BLINDS_NODE || "/work/blinds-node";
const req = createRequire(path.join(NODE, "package.json"));
const load = async (name) => {
  const mod = await import(pathToFileURL(req.resolve(name)).href);
  return mod.default ?? mod; // CommonJS: module.exports; ESM without a default: the namespace
};

const FONTS = {
  Lato: ["/usr/share/fonts/truetype/lato/Lato-Regular.ttf", "/usr/share/fonts/truetype/lato/Lato-Bold.ttf", "/usr/share/fonts/truetype/lato/Lato-Italic.ttf"],
  Carlito: ["/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf", "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf", "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf"],
  Caladea: ["/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf", "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf", "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf"],
  OpenSans: ["/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf", "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf", "/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf"],
  NotoSans: ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf"],
  NotoSerif: ["/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf", "/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf"],
};

const [specPath, out] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specPath, "utf8"));
const opts = spec.opts || {};
const fullName = spec.creds ? `${spec.name}, ${spec.creds}` : spec.name;

// ---------------------------------------------------------------- jsPDF
async function renderJspdf() {
  const { jsPDF } = await load("jspdf");
  const doc = new jsPDF({ unit: "pt", format: "letter" });
  let F = "times";
  if (opts.font && opts.font !== "times") {
    F = opts.font;
    const [r, b, i] = FONTS[F];
    for (const [file, style] of [[r, "normal"], [b, "bold"], [i, "italic"]]) {
      const vfs = `${F}-${style}.ttf`;
      doc.addFileToVFS(vfs, fs.readFileSync(file).toString("binary"));
      doc.addFont(vfs, F, style);
    }
  }
  const W = 612, H = 792, accent = opts.accent || [40, 40, 40];
  const sidebar = spec.side.length > 0;
  const sideW = sidebar ? 186 : 0;
  const left = sidebar ? sideW + 28 : 60, right = W - 48;
  let y = 64;
  const paintSide = () => {
    if (!sidebar) return;
    doc.setFillColor(226, 241, 242);
    doc.rect(0, 0, sideW, H, "F");
  };
  paintSide();
  const need = (h) => {
    if (y + h > H - 54) {
      doc.addPage();
      paintSide();
      y = 60;
    }
  };
  const para = (text, x, width, size, style = "normal", color = [30, 30, 30], lead = 1.3) => {
    doc.setFont(F, style);
    doc.setFontSize(size);
    doc.setTextColor(...color);
    for (const line of doc.splitTextToSize(text, width)) {
      need(size * lead);
      doc.text(line, x, y);
      y += size * lead;
    }
  };
  // name block
  doc.setFont(F, "bold");
  doc.setFontSize(sidebar ? 22 : 20);
  doc.setTextColor(...accent);
  if (sidebar) {
    para(spec.name, left, right - left, 22, "bold", accent, 1.1);
    para(spec.creds, left, right - left, 11, "bold", [70, 70, 70]);
  } else {
    doc.text(spec.name + (spec.creds ? `, ${spec.creds}` : ""), W / 2, y, { align: "center" });
    y += 18;
  }
  if (spec.headline) para(spec.headline, sidebar ? left : 60, right - (sidebar ? left : 60), 10.5, "italic", [80, 80, 80]);
  if (!sidebar && spec.contact.length) {
    doc.setFont(F, "normal");
    doc.setFontSize(10);
    doc.setTextColor(30, 30, 30);
    doc.text(spec.contact.join("   |   "), W / 2, y, { align: "center" });
    y += 8;
    doc.setDrawColor(...accent);
    doc.setLineWidth(1);
    doc.line(60, y, right, y);
    y += 14;
  } else y += 6;
  // sidebar content (page 1)
  if (sidebar) {
    let sy = 64;
    const sideLine = (text, size, style, color) => {
      doc.setFont(F, style);
      doc.setFontSize(size);
      doc.setTextColor(...color);
      for (const line of doc.splitTextToSize(text, sideW - 36)) {
        doc.text(line, 18, sy);
        sy += size * 1.32;
      }
    };
    sideLine("CONTACT", 10, "bold", accent);
    sy += 2;
    for (const c of spec.contact) sideLine(c, 9, "normal", [30, 30, 30]);
    for (const s of spec.side) {
      sy += 12;
      sideLine(s.h, 10, "bold", accent);
      sy += 2;
      for (const it of s.items) sideLine(it.text ?? it.title ?? "", 9, "normal", [30, 30, 30]);
    }
  }
  for (const s of spec.main) {
    need(40);
    y += 6;
    doc.setFont(F, "bold");
    doc.setFontSize(11.5);
    doc.setTextColor(...accent);
    doc.text(sidebar ? s.h : s.h.toUpperCase(), left, y);
    y += 4;
    doc.setDrawColor(180, 180, 180);
    doc.setLineWidth(0.5);
    doc.line(left, y, right, y);
    y += 13;
    for (const it of s.items) {
      if (it.t === "job") {
        need(44);
        doc.setFont(F, "bold");
        doc.setFontSize(10.5);
        doc.setTextColor(20, 20, 20);
        const dw = doc.getTextWidth(it.dates) + 12;
        const tl = doc.splitTextToSize(it.title, right - left - dw);
        doc.text(tl[0], left, y);
        doc.setFont(F, "normal");
        doc.setFontSize(10);
        doc.text(it.dates, right, y, { align: "right" });
        y += 13;
        for (const more of tl.slice(1)) { doc.setFont(F, "bold"); doc.text(more, left, y); y += 13; }
        para(`${it.org}${it.where ? ", " + it.where : ""}`, left, right - left, 10, "italic", [60, 60, 60]);
        if (it.note) para(it.note, left, right - left, 9.5, "normal", [90, 90, 90]);
        for (const b of it.bullets) {
          doc.setFont(F, "normal");
          doc.setFontSize(9.8);
          doc.setTextColor(30, 30, 30);
          const lines = doc.splitTextToSize(b, right - left - 14);
          lines.forEach((line, k) => {
            need(13);
            if (k === 0) doc.text("•", left + 3, y);
            doc.text(line, left + 14, y);
            y += 12.6;
          });
        }
        y += 5;
      } else if (it.t === "li") {
        doc.setFont(F, "normal");
        doc.setFontSize(10);
        doc.setTextColor(30, 30, 30);
        const lines = doc.splitTextToSize(it.text, right - left - 14);
        lines.forEach((line, k) => {
          need(13);
          if (k === 0) doc.text("•", left + 3, y);
          doc.text(line, left + 14, y);
          y += 13;
        });
      } else if (it.t === "row") {
        para(it.cells.filter(Boolean).join("   "), left, right - left, 10);
      } else {
        para(it.text, left, right - left, 10);
      }
    }
    y += 2;
  }
  if (spec.footer) {
    doc.setFont(F, "italic");
    doc.setFontSize(8.5);
    doc.setTextColor(110, 110, 110);
    doc.text(spec.footer, sidebar ? left : 60, H - 30);
  }
  doc.setProperties({ title: `${spec.name} - Resume`, creator: "jsPDF" });
  fs.writeFileSync(out, Buffer.from(doc.output("arraybuffer")));
}

// ---------------------------------------------------------------- pdf-lib
async function renderPdflib() {
  const { PDFDocument, rgb } = await load("pdf-lib");
  const fontkit = await load("@pdf-lib/fontkit");
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [r, b, i] = FONTS[opts.font || "Carlito"];
  const fR = await pdf.embedFont(fs.readFileSync(r), { subset: true });
  const fB = await pdf.embedFont(fs.readFileSync(b), { subset: true });
  const fI = await pdf.embedFont(fs.readFileSync(i), { subset: true });
  pdf.setTitle(`${spec.name} — Resume`);
  pdf.setProducer("pdf-lib");
  const W = 612, H = 792;
  const linked = spec.layout.includes("linkedin");
  const wrap = (text, font, size, width) => {
    const words = String(text).split(/\s+/).filter(Boolean);
    const lines = [];
    let cur = "";
    const pieces = [];
    for (const w of words) {
      // a URL longer than the column is cut where it overflows, as LinkedIn's PDF does
      let rest = w;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let k = rest.length - 1;
        while (k > 1 && font.widthOfTextAtSize(rest.slice(0, k), size) > width) k--;
        pieces.push(rest.slice(0, k));
        rest = rest.slice(k);
      }
      pieces.push(rest);
    }
    for (const w of pieces) {
      const t = cur ? cur + " " + w : w;
      if (font.widthOfTextAtSize(t, size) <= width || !cur) cur = t;
      else { lines.push(cur); cur = w; }
    }
    if (cur) lines.push(cur);
    return lines;
  };
  let page, y;
  const pages = [];
  const sideW = linked ? 190 : 0;
  const left = linked ? sideW + 30 : 64, right = W - 56;
  const newPage = () => {
    page = pdf.addPage([W, H]);
    pages.push(page);
    if (linked && pages.length === 1) page.drawRectangle({ x: 0, y: 0, width: sideW, height: H, color: rgb(0.93, 0.94, 0.95) });
    y = H - 60;
  };
  newPage();
  const need = (h) => { if (y - h < 56) newPage(); };
  const text = (t, x, size, font, color = rgb(0.1, 0.1, 0.1)) => page.drawText(t, { x, y, size, font, color });
  const para = (t, x, width, size, font, color, lead = 1.32) => {
    for (const line of wrap(t, font, size, width)) { need(size * lead); text(line, x, size, font, color); y -= size * lead; }
  };
  const grey = rgb(0.42, 0.42, 0.42);
  if (linked) {
    // LinkedIn "Save to PDF": a grey left column with Contact / Top Skills / Licenses, the profile on the right.
    let sy = H - 64;
    for (const s of spec.side) {
      page.drawText(s.h, { x: 24, y: sy, size: 13, font: fB, color: rgb(0.1, 0.1, 0.1) });
      sy -= 20;
      for (const it of s.items) {
        for (const line of wrap(it.text, fR, 9.5, sideW - 44)) { page.drawText(line, { x: 24, y: sy, size: 9.5, font: fR, color: rgb(0.15, 0.15, 0.15) }); sy -= 12.5; }
        sy -= 3;
      }
      sy -= 12;
    }
    para(spec.name, left, right - left, 26, fR, rgb(0.07, 0.07, 0.07), 1.15);
    y -= 2;
    para(spec.headline, left, right - left, 11.5, fR, rgb(0.2, 0.2, 0.2));
    para(spec.contact.join(" "), left, right - left, 10.5, fR, grey);
    y -= 14;
    for (const s of spec.main) {
      need(40);
      para(s.h, left, right - left, 15, fR, rgb(0.07, 0.07, 0.07));
      y -= 6;
      for (const it of s.items) {
        if (it.t === "job") {
          need(50);
          para(it.org, left, right - left, 12, fR, rgb(0.07, 0.07, 0.07));
          para(it.title, left, right - left, 11, fB, rgb(0.1, 0.1, 0.1));
          if (it.dates) para(it.dates, left, right - left, 10, fR, grey);
          if (it.where) para(it.where, left, right - left, 10, fR, grey);
          y -= 3;
          for (const bl of it.bullets) para(bl, left, right - left, 10, fR, rgb(0.15, 0.15, 0.15));
          y -= 10;
        } else para(it.text, left, right - left, 10.5, fR, rgb(0.15, 0.15, 0.15));
      }
      y -= 8;
    }
    pages.forEach((p, k) => p.drawText(`Page ${k + 1} of ${pages.length}`, { x: W / 2 - 24, y: 28, size: 8.5, font: fR, color: grey }));
  } else {
    const navy = rgb(0.12, 0.2, 0.36);
    para(spec.name, left, right - left, 22, fB, navy, 1.1);
    para(spec.creds, left, right - left, 11, fI, rgb(0.25, 0.25, 0.25));
    para(spec.headline, left, right - left, 11, fR, rgb(0.25, 0.25, 0.25));
    para(spec.contact.join("  ·  "), left, right - left, 10, fR, rgb(0.15, 0.15, 0.15));
    y += 4;
    page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 1.2, color: navy });
    y -= 20;
    for (const s of spec.main) {
      need(44);
      text(s.h.toUpperCase(), left, 11, fB, navy);
      y -= 16;
      for (const it of s.items) {
        if (it.t === "job") {
          need(46);
          text(it.title, left, 10.5, fB);
          const dw = fR.widthOfTextAtSize(it.dates, 10);
          text(it.dates, right - dw, 10, fR);
          y -= 13.5;
          para(`${it.org} — ${it.where}`, left, right - left, 10, fI, rgb(0.25, 0.25, 0.25));
          for (const bl of it.bullets) {
            const lines = wrap(bl, fR, 9.8, right - left - 16);
            lines.forEach((line, k) => { need(13); if (k === 0) text("–", left + 4, 9.8, fR); text(line, left + 16, 9.8, fR); y -= 12.8; });
          }
          y -= 6;
        } else if (it.t === "row") {
          need(14);
          const xs = [left, left + 90, left + 175, left + 330];
          it.cells.forEach((c, k) => text(c, xs[k] ?? left, 10, k === 0 ? fB : fR));
          y -= 14;
        } else if (it.t === "li") {
          const lines = wrap(it.text, fR, 10, right - left - 16);
          lines.forEach((line, k) => { need(13); if (k === 0) text("•", left + 4, 10, fR); text(line, left + 16, 10, fR); y -= 13; });
        } else para(it.text, left, right - left, 10, fR);
      }
      y -= 10;
    }
    if (spec.footer) pages.forEach((p, k) => p.drawText(spec.footer.replace("{page}", String(k + 1)), { x: left, y: 30, size: 8.5, font: fI, color: grey }));
  }
  fs.writeFileSync(out, await pdf.save());
}

// ---------------------------------------------------------------- @react-pdf/renderer
async function renderReactPdf() {
  const React = await load("react");
  const RP = await import(pathToFileURL(req.resolve("@react-pdf/renderer")).href);
  const { Document, Page, Text, View, Font, StyleSheet, renderToFile } = RP;
  const fam = opts.font || "OpenSans";
  const [r, b, i] = FONTS[fam];
  Font.register({ family: fam, fonts: [{ src: r }, { src: b, fontWeight: "bold" }, { src: i, fontStyle: "italic" }] });
  Font.registerHyphenationCallback((w) => [w]);
  const h = React.createElement;
  const band = opts.band || "#333333";
  const rail = spec.side.length > 0;
  const st = StyleSheet.create({
    page: { fontFamily: fam, fontSize: 9.6, paddingBottom: 44, paddingTop: rail ? 0 : 0, color: "#222" },
    band: { backgroundColor: band, color: "white", paddingHorizontal: 44, paddingTop: 30, paddingBottom: 16 },
    name: { fontSize: 23, fontWeight: "bold" },
    sub: { fontSize: 10.5, marginTop: 3 },
    contact: { fontSize: 9.5, marginTop: 6 },
    body: { paddingHorizontal: 44, paddingTop: 14, flexDirection: rail ? "row" : "column" },
    main: { flexGrow: 1, width: rail ? "64%" : "100%", paddingRight: rail ? 16 : 0 },
    rail: { width: "36%", backgroundColor: "#eef1f4", padding: 10, marginTop: 4 },
    h: { fontSize: 11.5, fontWeight: "bold", color: band, marginTop: 10, marginBottom: 4, borderBottomWidth: 0.8, borderBottomColor: "#bbbbbb", paddingBottom: 2 },
    rh: { fontSize: 10.5, fontWeight: "bold", color: band, marginTop: 8, marginBottom: 3 },
    jobHead: { flexDirection: "row", justifyContent: "space-between", marginTop: 5 },
    title: { fontWeight: "bold", fontSize: 10.2, maxWidth: "72%" },
    dates: { fontSize: 9.5, color: "#444" },
    org: { fontStyle: "italic", color: "#444", marginBottom: 2 },
    bullet: { flexDirection: "row", marginBottom: 1.5 },
    dot: { width: 10 },
    foot: { position: "absolute", bottom: 20, left: 44, right: 44, fontSize: 8, color: "#777", textAlign: "center" },
  });
  const item = (it, k) => {
    if (it.t === "job")
      return h(View, { key: k, wrap: false },
        h(View, { style: st.jobHead }, h(Text, { style: st.title }, it.title), h(Text, { style: st.dates }, it.dates)),
        h(Text, { style: st.org }, `${it.org}, ${it.where}`),
        it.note ? h(Text, { style: st.org }, it.note) : null,
        ...it.bullets.map((b2, j) => h(View, { key: j, style: st.bullet }, h(Text, { style: st.dot }, "•"), h(Text, { style: { flex: 1 } }, b2))));
    if (it.t === "li") return h(View, { key: k, style: st.bullet }, h(Text, { style: st.dot }, "•"), h(Text, { style: { flex: 1 } }, it.text));
    if (it.t === "row") return h(Text, { key: k }, it.cells.filter(Boolean).join("  ·  "));
    return h(Text, { key: k, style: { marginBottom: 3 } }, it.text);
  };
  const sec = (s, k, small) => h(View, { key: k }, h(Text, { style: small ? st.rh : st.h, minPresenceAhead: 30 }, s.h), ...s.items.map(item));
  const doc = h(Document, { title: `${spec.name} résumé`, author: spec.name },
    h(Page, { size: "LETTER", style: st.page },
      h(View, { style: st.band }, h(Text, { style: st.name }, spec.name), h(Text, { style: st.sub }, `${spec.creds}  —  ${spec.headline}`), h(Text, { style: st.contact }, spec.contact.join("   ·   "))),
      h(View, { style: st.body },
        h(View, { style: st.main }, ...spec.main.map((s, k) => sec(s, k, false))),
        rail ? h(View, { style: st.rail }, ...spec.side.map((s, k) => h(View, { key: k }, h(Text, { style: st.rh }, s.h), ...s.items.map((it, j) => h(Text, { key: j, style: { marginBottom: 2 } }, it.text))))) : null),
      h(Text, { style: st.foot, fixed: true, render: ({ pageNumber, totalPages }) => `${spec.name} · ${pageNumber} / ${totalPages}` })));
  await renderToFile(doc, out);
}

// ---------------------------------------------------------------- pdfmake
async function renderPdfmake() {
  const pdfmake = await load("pdfmake");
  pdfmake.setLocalAccessPolicy((p) => p.startsWith("/usr/share/fonts/"));
  pdfmake.setUrlAccessPolicy(() => false);
  const fam = opts.font || "NotoSans";
  const [r, b, i] = FONTS[fam];
  pdfmake.setFonts({ [fam]: { normal: r, bold: b, italics: i, bolditalics: b } });
  const content = [];
  content.push({ text: spec.name, style: "name" });
  content.push({ text: `${spec.creds} · ${spec.headline}`, style: "sub" });
  content.push({ text: spec.contact.join("  •  "), style: "contact" });
  content.push({ canvas: [{ type: "line", x1: 0, y1: 4, x2: 504, y2: 4, lineWidth: 1.2, lineColor: "#5a3e1b" }], margin: [0, 0, 0, 8] });
  const tableLayout = spec.layout.includes("job-table");
  for (const s of spec.main) {
    const block = [{ text: s.h, style: "h", pageBreak: opts.break_before === s.h ? "before" : undefined }];
    const rows = s.items.filter((x) => x.t === "row");
    if (rows.length) {
      block.push({ table: { headerRows: s.h === "LICENSES" ? 1 : 0, widths: rows[0].cells.map(() => "auto"), body: rows.map((x, k) => x.cells.map((c) => ({ text: c, bold: s.h === "LICENSES" && k === 0 }))) }, layout: "lightHorizontalLines", margin: [0, 2, 0, 6] });
    }
    for (const it of s.items) {
      if (it.t === "row") continue;
      if (it.t === "job") {
        const right = [{ text: it.title, bold: true }, { text: `${it.org}, ${it.where}`, italics: true }];
        if (it.note) right.push({ text: it.note, color: "#555" });
        right.push({ ul: it.bullets, margin: [0, 2, 0, 0] });
        if (tableLayout) block.push({ table: { widths: [92, "*"], body: [[{ text: it.dates, color: "#444" }, right]] }, layout: "noBorders", margin: [0, 3, 0, 3], unbreakable: true });
        else block.push({ stack: [{ columns: [{ text: it.title, bold: true, width: "*" }, { text: it.dates, width: "auto", color: "#444" }] }, ...right.slice(1)], margin: [0, 4, 0, 4], unbreakable: true });
      } else if (it.t === "li") block.push({ ul: [it.text] });
      else block.push({ text: it.text, margin: [0, 1, 0, 3] });
    }
    content.push(...block);
  }
  const dd = {
    pageSize: "LETTER",
    pageMargins: [54, 50, 54, 50],
    info: { title: `${spec.name} CV`, author: spec.name },
    content,
    footer: (p, n) => (n > 1 ? { text: `${spec.name} — page ${p} of ${n}`, alignment: "center", fontSize: 8, color: "#777" } : null),
    defaultStyle: { font: fam, fontSize: opts.size || 9.8, lineHeight: 1.2 },
    styles: {
      name: { fontSize: 21, bold: true, color: "#5a3e1b" },
      sub: { fontSize: 10.5, italics: true, margin: [0, 2, 0, 2] },
      contact: { fontSize: 9.5 },
      h: { fontSize: 11.5, bold: true, color: "#5a3e1b", margin: [0, 9, 0, 3] },
    },
  };
  await pdfmake.createPdf(dd).write(out);
}

// ---------------------------------------------------------------- officegen (docx)
async function renderOfficegen() {
  const officegen = await load("officegen");
  const docx = officegen({ type: "docx", title: `${spec.name} resume`, creator: spec.name, pageMargins: { top: 1000, right: 1100, bottom: 1000, left: 1100 } });
  const face = opts.font || "Calibri";
  const T = (p, t, o = {}) => p.addText(t, { font_face: face, font_size: 10.5, ...o });
  let p = docx.createP();
  T(p, spec.name, { bold: true, font_size: 22, color: "1f3864" });
  p = docx.createP();
  T(p, `${spec.creds} — ${spec.headline}`, { italic: true, font_size: 11, color: "444444" });
  const cw = 3300;
  docx.createTable([spec.contact.map((c) => ({ val: c, opts: { cellColWidth: cw, sz: "19", fontFamily: face } }))], { tableColWidth: cw, tableSize: 20, borders: false });
  for (const s of spec.main) {
    p = docx.createP();
    T(p, " ", { font_size: 4 });
    p = docx.createP();
    T(p, s.h, { bold: true, font_size: 12, color: "1f3864" });
    p.addHorizontalLine();
    const rows = s.items.filter((x) => x.t === "row");
    if (rows.length) {
      docx.createTable(rows.map((x, k) => x.cells.map((c, j) => ({ val: c, opts: { cellColWidth: j === 0 ? 1900 : 7600, b: j === 0 && k % 2 === 0, sz: "20", fontFamily: face } }))), { tableColWidth: 1900, tableSize: 20, borders: false });
    }
    for (const it of s.items) {
      if (it.t === "row") continue;
      if (it.t === "job") {
        p = docx.createP();
        T(p, it.title, { bold: true });
        T(p, `  —  ${it.dates}`, { color: "404040" });
        p = docx.createP();
        T(p, `${it.org}, ${it.where}`, { italic: true, color: "404040" });
        for (const b of it.bullets) { p = docx.createListOfDots(); T(p, b); }
      } else if (it.t === "li") {
        p = docx.createListOfDots();
        T(p, it.text);
      } else {
        p = docx.createP();
        T(p, it.text);
      }
    }
  }
  if (spec.header) { const hp = docx.getHeader().createP(); T(hp, spec.header, { font_size: 9 }); }
  if (spec.footer) { const fp = docx.getFooter().createP(); T(fp, spec.footer, { font_size: 8.5, color: "666666" }); }
  await new Promise((resolve, reject) => {
    const ws = fs.createWriteStream(out);
    ws.on("close", resolve);
    docx.on("error", reject);
    docx.generate(ws);
  });
}

// ---------------------------------------------------------------- html-to-docx
async function renderHtml2docx() {
  const HTMLtoDOCX = await load("html-to-docx");
  const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const parts = [];
  if (spec.name && !spec.layout.includes("contact-in-header")) {
    parts.push(`<h1>${esc(spec.name)}, ${esc(spec.creds)}</h1>`);
  }
  if (spec.headline) parts.push(`<p><em>${esc(spec.headline)}</em></p>`);
  if (spec.contact.length) parts.push(`<p>${spec.contact.map(esc).join(" &nbsp;|&nbsp; ")}</p>`);
  for (const s of spec.main) {
    parts.push(`<h2>${esc(s.h)}</h2>`);
    const rows = s.items.filter((x) => x.t === "row");
    if (rows.length) {
      parts.push(`<table style="border-collapse:collapse;width:100%">${rows.map((x, k) => `<tr>${x.cells.map((c) => (k === 0 ? `<th style="border:1px solid #999;padding:3px;text-align:left">${esc(c)}</th>` : `<td style="border:1px solid #999;padding:3px">${esc(c)}</td>`)).join("")}</tr>`).join("")}</table>`);
    }
    const lis = [];
    const flush = () => { if (lis.length) { parts.push(`<ul>${lis.splice(0).map((t) => `<li>${esc(t)}</li>`).join("")}</ul>`); } };
    for (const it of s.items) {
      if (it.t === "li") { lis.push(it.text); continue; }
      flush();
      if (it.t === "job") {
        parts.push(`<h3>${esc(it.title)}</h3>`);
        parts.push(`<p><strong>${esc(it.org)}</strong>, ${esc(it.where)} &mdash; ${esc(it.dates)}</p>`);
        if (it.bullets.length) parts.push(`<ul>${it.bullets.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`);
      } else if (it.t === "p") parts.push(`<p>${esc(it.text)}</p>`);
    }
    flush();
  }
  const header = spec.header ? `<p style="font-size:9pt">${esc(spec.header)}</p>` : null;
  const footer = spec.footer ? `<p style="font-size:8pt;color:#666666">${esc(spec.footer)}</p>` : null;
  const buf = await HTMLtoDOCX(`<!DOCTYPE html><html><body>${parts.join("")}</body></html>`, header, {
    title: `${spec.name} - Resume`, creator: spec.name, font: opts.font || "Georgia", fontSize: 21,
    header: Boolean(header), footer: Boolean(footer), headerType: "default", footerType: "default",
    margins: { top: 1080, right: 1080, bottom: 1080, left: 1080, header: 500, footer: 500 },
  }, footer);
  fs.writeFileSync(out, buf);
}

const R = { jspdf: renderJspdf, pdflib: renderPdflib, reactpdf: renderReactPdf, pdfmake: renderPdfmake, officegen: renderOfficegen, html2docx: renderHtml2docx };
if (!R[spec.render]) throw new Error(`no node renderer ${spec.render}`);
await R[spec.render]();
