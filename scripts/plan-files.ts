// Plan files made from a plan's text, for the plan reader's tests and the plans evaluation
// (`npm run eval:plans`): the same content as Word, PDF and OpenDocument, laid out the way a
// commune's plan usually is, plus the files the reader must refuse (a scan, a locked PDF).
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import PizZip from 'pizzip';
import { parseTextPlan, type TextPlanItem } from '../src/plan-reader/readers/text.js';

const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** The plan as a Word file: Markdown headings become Word headings, Markdown tables Word tables. */
export async function planDocx(text: string): Promise<Uint8Array> {
  const children = parseTextPlan(text).map((item) =>
    item.kind === 'table'
      ? new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: item.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        })
      : item.headingLevel === null
        ? new Paragraph({ children: [new TextRun(item.text)], alignment: AlignmentType.JUSTIFIED })
        : new Paragraph({ children: [new TextRun({ text: item.text, bold: true })], heading: HEADINGS[item.headingLevel - 1]! }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

export interface PdfOptions {
  /** a password needed to open the file */
  userPassword?: string;
  /**
   * 'spaced' (default): space after each paragraph; 'indented': first lines indented and no space
   * between paragraphs, as many plans are typed (paragraphs then show only by their lines).
   */
  layout?: 'spaced' | 'indented';
}

/**
 * The plan as a PDF with a text layer, A4 with the margins of official documents, Be Vietnam Pro
 * embedded (so Vietnamese is real text), paragraphs wrapped across lines and pages. A table's cells
 * are drawn side by side, as a PDF has no tables.
 */
export function planPdf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return pdfOf((doc) => {
    const spacing = options.layout === 'indented' ? { paragraphGap: 0, lineGap: 2, indent: 28 } : { paragraphGap: 6, lineGap: 2 };
    for (const item of parseTextPlan(text)) {
      if (item.kind === 'table') drawTable(doc, item);
      else if (item.headingLevel === null)
        doc
          .font('regular')
          .fontSize(13)
          .text(item.text, { align: 'justify', ...spacing });
      else
        doc
          .font('bold')
          .fontSize(13)
          .text(item.text, { align: item.headingLevel <= 3 ? 'center' : 'left', ...spacing, indent: 0 });
    }
  }, options);
}

function drawTable(doc: PDFKit.PDFDocument, table: Extract<TextPlanItem, { kind: 'table' }>): void {
  const columns = Math.max(...table.rows.map((row) => row.length));
  const width = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / columns;
  doc.font('regular').fontSize(12);
  for (const row of table.rows) {
    const heights = row.map((cell) => doc.heightOfString(cell, { width: width - 6 }));
    if (doc.y + Math.max(...heights) > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    row.forEach((cell, i) => doc.text(cell, doc.page.margins.left + i * width, top, { width: width - 6 }));
    doc.x = doc.page.margins.left;
    doc.y = top + Math.max(...heights) + 8;
  }
  doc.moveDown(0.5);
}

/** A scanned plan: one page that is a picture, with no text layer. */
export function scannedPdf(): Promise<Uint8Array> {
  return pdfOf((doc) => doc.image(Buffer.from(pngImage(400, 560)), doc.page.margins.left, doc.page.margins.top, { width: 400 }));
}

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 57, bottom: 57, left: 85, right: 57 },
    info: { Title: 'Kế hoạch', CreationDate: new Date(Date.UTC(2025, 0, 1)) },
    ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A grey picture with dark stripes, like a photographed page. */
export function pngImage(width: number, height: number): Uint8Array {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = y % 24 < 3 && x > 40 && x < width - 40 ? 40 : 235;
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 0; // greyscale
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
  );
}

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
].join(' ');

/** The plan as an OpenDocument text, as LibreOffice would store it: headings with outline levels, tables as tables. */
export function planOdt(text: string): Uint8Array {
  const body = parseTextPlan(text)
    .map((item) => {
      if (item.kind === 'paragraph') {
        return item.headingLevel === null ? `<text:p>${odfText(item.text)}</text:p>` : `<text:h text:outline-level="${item.headingLevel}">${odfText(item.text)}</text:h>`;
      }
      const columns = Math.max(...item.rows.map((row) => row.length));
      const rows = item.rows.map(
        (row) =>
          `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string"><text:p>${odfText(cell)}</text:p></table:table-cell>`).join('')}</table:table-row>`,
      );
      return `<table:table><table:table-column table:number-columns-repeated="${columns}"/>${rows.join('')}</table:table>`;
    })
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const zip = new PizZip();
  // The type sits first and uncompressed, which is how readers (and file-type) recognise an ODF file.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', manifest);
  zip.file('content.xml', content);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** XML-escaped text; runs of spaces kept as ODF writes them (text:s). */
function odfText(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`);
}
