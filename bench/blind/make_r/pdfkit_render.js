// Set r: PDFKit renderer (node). Reads a JSON spec {blocks, header, design, out}.
const fs = require("fs");
const PDFDocument = require("pdfkit");
const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const serif = spec.design === "serif" || spec.design === "cv";
const F = serif
  ? { r: "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", b: "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", i: "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf" }
  : { r: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", b: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", i: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf" };
const acc = { cv: "#222222", form: "#0B5345", serif: "#4A235A", clean: "#1B2631", page2: "#333333" }[spec.design] || "#000000";
const doc = new PDFDocument({ size: "LETTER", margins: { top: 54, bottom: 54, left: 60, right: 60 }, info: { Title: "Resume", Creator: "set r" } });
doc.pipe(fs.createWriteStream(spec.out));
doc.registerFont("R", F.r); doc.registerFont("B", F.b); doc.registerFont("I", F.i);
const W = doc.page.width - 120;
const base = spec.design === "clean" ? 10.5 : 10;
for (const b of spec.blocks) {
  const [kind, a, c, d] = b;
  if (kind === "title") { doc.font("B").fontSize(spec.design === "cv" ? 15 : 13).fillColor(acc).text(a, { align: spec.design === "cv" ? "center" : "left", characterSpacing: spec.design === "cv" ? 2 : 0 }); doc.moveDown(0.4); }
  else if (kind === "name") { doc.font("B").fontSize(spec.design === "cv" ? 17 : 20).fillColor("#000").text(a, { align: spec.design === "cv" ? "center" : "left" }); }
  else if (kind === "sub") { doc.font("I").fontSize(11).fillColor("#333").text(a); }
  else if (kind === "contact") { doc.font("R").fontSize(9.5).fillColor("#333").text(a, { align: spec.design === "cv" ? "center" : "left" }); }
  else if (kind === "h") {
    doc.moveDown(0.6); doc.font("B").fontSize(12).fillColor(acc).text(spec.design === "form" ? a.toUpperCase() : a);
    const y = doc.y + 1; doc.moveTo(60, y).lineTo(60 + W, y).lineWidth(0.7).strokeColor(acc).stroke(); doc.moveDown(0.3);
  }
  else if (kind === "job") {
    doc.moveDown(0.25); const y = doc.y;
    doc.font("B").fontSize(base + 0.5).fillColor("#000").text(a, 60, y, { width: W - 150 });
    const y2 = doc.y; doc.font("I").fontSize(base - 0.5).fillColor("#444").text(d, 60 + W - 145, y, { width: 145, align: "right" });
    doc.y = Math.max(y2, doc.y); doc.x = 60;
    doc.font("R").fontSize(base).fillColor("#222").text(c, 60, doc.y, { width: W });
  }
  else if (kind === "b") { doc.font("R").fontSize(base).fillColor("#000").text("•  " + a, 72, doc.y, { width: W - 12 }); doc.x = 60; }
  else if (kind === "p") { doc.font("R").fontSize(base).fillColor("#000").text(a, 60, doc.y, { width: W }); }
  else if (kind === "row") {
    const y = doc.y; const n = a.length; const cw = n === 2 ? [110, W - 110] : Array(n).fill(W / n);
    let x = 60, maxy = y;
    a.forEach((cell, k) => { doc.font(n === 2 && k === 0 ? "B" : "R").fontSize(base).fillColor("#000").text(cell, x, y, { width: cw[k] - 6 }); maxy = Math.max(maxy, doc.y); x += cw[k]; });
    doc.y = maxy + 2; doc.x = 60;
  }
  else if (kind === "pagebreak") { doc.addPage(); }
}
doc.end();
