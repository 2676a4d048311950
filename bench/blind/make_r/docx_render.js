// Set r: docx.js renderer (node). Reads a JSON spec {blocks, side, header, footer, design, out}.
const fs = require("fs");
const d = require("docx");
const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ACC = { header: "5B2C6F", columns: "1A5276", numbered: "7B241C", footer: "145A32", sidebar: "2E4053" }[spec.design] || "000000";
const FONT = { header: "Cambria", columns: "Calibri", numbered: "Georgia", footer: "Arial", sidebar: "Verdana" }[spec.design] || "Calibri";

function linked(text) {
  // split a contact line so that e-mails and linkedin URLs are real hyperlinks
  const parts = text.split(/(\S+@\S+\.(?:com|org|net)|linkedin\.com\/\S+)/);
  return parts.filter((s) => s).map((s) => {
    if (/@/.test(s)) return new d.ExternalHyperlink({ link: "mailto:" + s, children: [new d.TextRun({ text: s, style: "Hyperlink" })] });
    if (/^linkedin/.test(s)) return new d.ExternalHyperlink({ link: "https://www." + s, children: [new d.TextRun({ text: s, style: "Hyperlink" })] });
    return new d.TextRun({ text: s });
  });
}

function paras(blocks) {
  const out = [];
  for (const b of blocks) {
    const [kind, a, c, dd] = b;
    if (kind === "title") out.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: a, bold: true, size: 24 })] }));
    else if (kind === "name") out.push(new d.Paragraph({ spacing: { after: 60 }, children: [new d.TextRun({ text: a, bold: true, size: 36, color: ACC })] }));
    else if (kind === "sub") out.push(new d.Paragraph({ children: [new d.TextRun({ text: a, italics: true, size: 22 })] }));
    else if (kind === "contact") out.push(new d.Paragraph({ children: linked(a) }));
    else if (kind === "h") out.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, spacing: { before: 200, after: 60 }, border: { bottom: { color: ACC, space: 1, style: d.BorderStyle.SINGLE, size: 6 } }, children: [new d.TextRun({ text: a, bold: true, color: ACC, size: 24 })] }));
    else if (kind === "job") {
      out.push(new d.Paragraph({ spacing: { before: 120 }, tabStops: [{ type: d.TabStopType.RIGHT, position: spec.design === "columns" ? 4600 : spec.design === "sidebar" ? 6600 : 9600 }], children: [new d.TextRun({ text: a, bold: true }), new d.TextRun({ text: spec.design === "columns" ? "" : "\t" + dd })] }));
      out.push(new d.Paragraph({ children: [new d.TextRun({ text: c, italics: true })] }));
      if (spec.design === "columns") out.push(new d.Paragraph({ children: [new d.TextRun({ text: dd })] }));
    }
    else if (kind === "njob") out.push(new d.Paragraph({ numbering: { reference: "jobs", level: 0 }, spacing: { before: 120 }, children: [new d.TextRun({ text: a, bold: true })] }));
    else if (kind === "b") out.push(new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun({ text: a })] }));
    else if (kind === "p") out.push(new d.Paragraph({ children: [new d.TextRun({ text: a })] }));
    else if (kind === "row") {
      out.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [new d.TableRow({ children: a.map((cell) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text: cell })] })] })) })] }));
    }
  }
  return out;
}

const sectionBase = { properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } } };
let sections;
if (spec.design === "columns") {
  const i = spec.blocks.findIndex((b) => b[0] === "cols");
  sections = [
    { ...sectionBase, children: paras(spec.blocks.slice(0, i)) },
    { properties: { type: d.SectionType.CONTINUOUS, column: { count: 2, space: 500, separate: true }, page: sectionBase.properties.page }, children: paras(spec.blocks.slice(i + 1)) },
  ];
} else if (spec.design === "sidebar") {
  const nb = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const borders = { top: nb, bottom: nb, left: nb, right: nb, insideHorizontal: nb, insideVertical: nb };
  const table = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE }, borders, columnWidths: [3000, 7000],
    rows: [new d.TableRow({ children: [
      new d.TableCell({ width: { size: 3000, type: d.WidthType.DXA }, shading: { fill: "EAF2F8", type: d.ShadingType.CLEAR, color: "auto" }, children: paras(spec.side) }),
      new d.TableCell({ width: { size: 7000, type: d.WidthType.DXA }, margins: { left: 200 }, children: paras(spec.blocks) }),
    ] })],
  });
  sections = [{ ...sectionBase, children: [table] }];
} else {
  sections = [{ ...sectionBase, children: paras(spec.blocks) }];
}
if (spec.header) sections[0].headers = { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: spec.header, bold: true, size: 30, color: ACC })] })] }) };
if (spec.footer) sections[0].footers = { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: linked(spec.footer).map((r) => r) })] }) };
const doc = new d.Document({
  creator: "set r", title: "Resume",
  styles: { default: { document: { run: { font: FONT, size: 20 } } } },
  numbering: { config: [{ reference: "jobs", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }] }] },
  sections,
});
d.Packer.toBuffer(doc).then((buf) => fs.writeFileSync(spec.out, buf));
