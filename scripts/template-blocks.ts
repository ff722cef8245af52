// The building blocks of the shipped Word templates (scripts/make-templates.ts): the measures of
// Nghị định 30/2020/NĐ-CP, Phụ lục I as named constants, and the header, title, signature and
// table pieces every document is made of. Each {tag} is written in one run, as docxtemplater needs.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type IParagraphOptions } from 'docx';
import { programFile } from '../src/paths.js';

// --- NĐ 30/2020/NĐ-CP, Phụ lục I (docs/award-rules.md §1.7) -----------------------------------

/** Mục I.1: khổ A4 (210 mm x 297 mm), đứng; in twips (1 mm = 56.7 twips): w:pgSz 11906 x 16838. */
export const PAGE_A4 = { width: 11906, height: 16838 } as const;
/** Mục I.2: lề trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Mục I.3: phông Times New Roman (Unicode TCVN 6909:2001), màu đen. */
export const FONT = 'Times New Roman';
/** Cỡ chữ (pt) per ô of Mục V, the decree's own example sizes where it gives a range. */
export const SIZE = {
  /** ô 1: Quốc hiệu, in hoa 12–13, đứng, đậm */
  quocHieu: 12,
  /** ô 1: Tiêu ngữ, 13–14, đứng, đậm, gạch liền bên dưới dài bằng dòng chữ */
  tieuNgu: 13,
  /** ô 2: tên cơ quan chủ quản (đứng) và cơ quan ban hành (đứng, đậm), in hoa 12–13 */
  coQuan: 13,
  /** ô 3: "Số:" + số, ký hiệu, 13 */
  so: 13,
  /** ô 4: địa danh, ngày tháng năm, 13–14, nghiêng */
  ngay: 14,
  /** ô 5a: tên loại và trích yếu, 13–14, đậm */
  tenLoai: 14,
  /** ô 6: nội dung, 13–14 */
  noiDung: 14,
  /** ô 7a/7b: quyền hạn, chức vụ, họ tên người ký, 13–14, đậm */
  chuKy: 14,
  /** ô 9b: "Nơi nhận:" 12 nghiêng đậm; các nơi nhận 11 */
  noiNhan: 12,
  noiNhanItem: 11,
  /** tables inside the body: 12–13 keeps a six-column table readable */
  bang: 12,
} as const;
/** Mục V ô 6: lùi đầu dòng 1 cm hoặc 1,27 cm; cách đoạn tối thiểu 6 pt; giãn dòng đơn đến 1,5 dòng. */
export const FIRST_LINE_TWIPS = 567;
export const PARAGRAPH_AFTER_TWIPS = 120;
export const LINE_240THS = 288;

export const mm = (v: number) => Math.round(v * 56.6929);
export const TEXT_WIDTH = PAGE_A4.width - mm(MARGIN_MM.left) - mm(MARGIN_MM.right);
/** header columns: ô 2–3 left, ô 1 and 4 right (Quốc hiệu at 12 pt bold is about 9.3 cm wide) */
export const LEFT_COL = mm(65);
export const RIGHT_COL = TEXT_WIDTH - LEFT_COL;
const half = (pt: number) => pt * 2;
/** marks the parts a person must write themselves (README "Văn bản") */
const TO_WRITE = (who: string, what: string) => `[${who} tự viết: ${what}]`;

// --- building blocks ----------------------------------------------------------------------------

type Run = string | { text: string; bold?: boolean; italics?: boolean; size?: number };
interface P {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: 'center' | 'left' | 'right' | 'justify';
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

export function para(runs: Run | Run[], o: P = {}): Paragraph {
  const list = Array.isArray(runs) ? runs : [runs];
  const alignment = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[o.align ?? 'justify'];
  const options: IParagraphOptions = {
    alignment,
    indent: o.indent ? { firstLine: FIRST_LINE_TWIPS } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? PARAGRAPH_AFTER_TWIPS, line: LINE_240THS },
    keepNext: o.keepNext,
    children: list.map((r) => {
      const run = typeof r === 'string' ? { text: r } : r;
      return new TextRun({ text: run.text, bold: run.bold ?? o.bold, italics: run.italics ?? o.italics, size: half(run.size ?? o.size ?? SIZE.noiDung), font: FONT });
    }),
  };
  return new Paragraph(options);
}

/** a body paragraph: justified, first-line indent, 6 pt after */
export const body = (runs: Run | Run[], o: P = {}) => para(runs, { indent: true, ...o });
/** a heading inside the body ("I. THÀNH TÍCH ĐẠT ĐƯỢC") */
export const heading = (text: string) => para({ text, bold: true }, { indent: true, keepNext: true });
/** what a person must write, in italics, left as a visible blank */
export const toWrite = (who: string, what: string) => body({ text: TO_WRITE(who, what), italics: true });
/** a docxtemplater paragraph loop marker: the paragraph is removed when rendered (paragraphLoop) */
export const marker = (tag: string) => para(tag, { after: 0, align: 'left' });

/** a solid rule `widthTwips` long, centred in a column `columnTwips` wide (the lines under ô 1 and ô 2) */
export function rule(widthTwips: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // the rule sits a little below the line it underlines, not on it
    spacing: { before: 80, after: 60, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2, font: FONT })],
  });
}

export const cell = (width: number, children: Array<Paragraph | Table>, align: 'top' | 'center' = 'top') =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children, verticalAlign: align === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER, borders: TableBorders.NONE });

export const noBorderTable = (widths: number[], rows: TableRow[]) =>
  new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: TableBorders.NONE, rows });

export const center = (runs: Run | Run[], o: P = {}) => para(runs, { align: 'center', after: 0, ...o });

/**
 * Ô 1–4 as a borderless two-column table. Left: cơ quan chủ quản (in hoa, đứng) when the document
 * has one, cơ quan ban hành (in hoa, đậm; a paragraph a line) with a rule of 1/3–1/2 of its line,
 * then "Số:" as written. Right: Quốc hiệu, Tiêu ngữ with a rule as long as its line, then địa danh
 * and date in italics, on the same row as "Số:".
 */
export function header(o: { superior?: string; issuer: string[]; number?: string }): Table {
  const left = [
    ...(o.superior ? [center(o.superior, { size: SIZE.coQuan })] : []),
    ...o.issuer.map((line) => center(line, { size: SIZE.coQuan, bold: true })),
    rule(mm(22), LEFT_COL),
  ];
  const right = [
    center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.quocHieu, bold: true }),
    center('Độc lập - Tự do - Hạnh phúc', { size: SIZE.tieuNgu, bold: true }),
    rule(mm(61), RIGHT_COL),
  ];
  return noBorderTable(
    [LEFT_COL, RIGHT_COL],
    [
      new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] }),
      new TableRow({
        children: [
          cell(LEFT_COL, [center(o.number ? `Số: ${o.number}` : '', { size: SIZE.so, before: 60 })]),
          cell(RIGHT_COL, [center('{dia_danh}, ngày {ngay} tháng {thang} năm {nam}', { size: SIZE.ngay, italics: true, before: 60 })]),
        ],
      }),
    ],
  );
}

/** ô 5a: tên loại, trích yếu (one or more lines), the rule under it */
export function title(name: string, lines: string[]): Paragraph[] {
  return [
    center({ text: name, bold: true, size: SIZE.tenLoai }, { before: 360 }),
    ...lines.map((l) => center({ text: l, bold: true, size: SIZE.tenLoai })),
    rule(mm(40), TEXT_WIDTH),
    para('', { after: 0 }),
  ];
}

/** a column of a signature: quyền hạn/chức vụ (in hoa, đậm), room to sign, họ tên (đậm) */
export function signer(lines: string[], name: string, note?: string): Paragraph[] {
  return [
    ...lines.map((l) => center({ text: l, bold: true, size: SIZE.chuKy })),
    ...(note ? [center({ text: note, italics: true, size: SIZE.noiNhanItem })] : []),
    ...[1, 2, 3, 4].map(() => center('')),
    center({ text: name, bold: true, size: SIZE.chuKy }),
  ];
}

/** ô 9b Nơi nhận (left) and ô 7 signature (right), level with each other */
export function closing(recipients: string[], signature: Paragraph[]): Table {
  const left = [
    para({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.noiNhan }, { align: 'left', after: 0 }),
    ...recipients.map((r) => para({ text: r, size: SIZE.noiNhanItem }, { align: 'left', after: 0 })),
  ];
  return noBorderTable([LEFT_COL, RIGHT_COL], [new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, signature)] })]);
}

/** two signatures side by side (Biên bản, Báo cáo thành tích) */
export function twoSignatures(left: Paragraph[], right: Paragraph[]): Table {
  const w = Math.round(TEXT_WIDTH / 2);
  return noBorderTable([w, TEXT_WIDTH - w], [new TableRow({ children: [cell(w, left), cell(TEXT_WIDTH - w, right)] })]);
}

/**
 * A bordered table whose second row repeats once per item of `loop` (docxtemplater: the opening
 * tag in the first cell, the closing one in the last).
 */
export function dataTable(columns: Array<{ head: string; tag: string; width: number; align?: 'left' | 'center' }>, loop: string): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const cellOf = (i: number, text: string, bold: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [para({ text, bold }, { size: SIZE.bang, align: bold ? 'center' : (columns[i]!.align ?? 'center'), after: 0 })],
    });
  const last = columns.length - 1;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cellOf(i, c.head, true)) }),
      new TableRow({ children: columns.map((c, i) => cellOf(i, `${i === 0 ? `{#${loop}}` : ''}${c.tag}${i === last ? `{/${loop}}` : ''}`, false)) }),
    ],
  });
}

export async function write(name: string, children: Array<Paragraph | Table>): Promise<void> {
  const doc = new Document({
    creator: 'thidua-cchc-bot',
    title: name,
    styles: { default: { document: { run: { font: FONT, size: half(SIZE.noiDung) }, paragraph: { spacing: { after: PARAGRAPH_AFTER_TWIPS, line: LINE_240THS } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_A4.width, height: PAGE_A4.height },
            margin: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right), header: 0, footer: 0 },
          },
        },
        children,
      },
    ],
  });
  const dir = programFile('templates');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.docx`), await Packer.toBuffer(doc));
  console.log(`templates/${name}.docx`);
}
