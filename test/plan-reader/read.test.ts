import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { planDocx, planOdt, planPdf, pngImage, scannedPdf } from '../../scripts/plan-files.js';
import { MAX_FILE_BYTES } from '../../src/domain/file-types.js';
import { I18n, LOCALES } from '../../src/i18n/i18n.js';
import { PlanReadError, readPlan, type PlanReadReason } from '../../src/plan-reader/read.js';
import { LEGACY_OFFICE, PDF } from '../support/files.js';

// The five sample plans are real commune plans as text (Markdown marks included); each is made
// into a Word, PDF and OpenDocument file here and read back.
const PLANS_DIR = join(import.meta.dirname, '..', 'fixtures', 'plans');
const PLANS = readdirSync(PLANS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(PLANS_DIR, name), 'utf8') }));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The paragraphs of a plan as its text says them: one per line, Markdown marks off. */
async function paragraphsOf(text: string): Promise<string[]> {
  const plan = await readPlan(utf8(text), 'plan.txt', 'text/plain');
  expect(plan.format).toBe('text');
  return plan.blocks.map((block) => block.text);
}

async function refusal(promise: Promise<unknown>): Promise<PlanReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanReadError);
  return error as PlanReadError;
}

describe('plain text and Markdown', () => {
  it('reads one paragraph per line, without Markdown marks, keeping typed numbers and dashes', async () => {
    const plan = await readPlan(utf8('## **KẾ HOẠCH**\n\n**2.** Giao phòng  \n- + *Cải cách TTHC*\n1\\. Không phải danh sách\n5 * 3 = 15\n'), 'kh.md', null);
    expect(plan.blocks.map((b) => [b.text, b.kind, b.location, b.index])).toEqual([
      ['KẾ HOẠCH', 'paragraph', 'đoạn 1', 0],
      ['2. Giao phòng', 'paragraph', 'đoạn 2', 1],
      ['- + Cải cách TTHC', 'paragraph', 'đoạn 3', 2],
      ['1. Không phải danh sách', 'paragraph', 'đoạn 4', 3],
      ['5 * 3 = 15', 'paragraph', 'đoạn 5', 4],
    ]);
  });

  it('reads Markdown tables as table rows, skipping the separator line', async () => {
    const plan = await readPlan(utf8('Bảng điểm\n| STT | Tiêu chí | Điểm |\n|---|:--|--:|\n| 1 | Hồ sơ đúng hạn \\| đủ | 10 |\nHết'), null, null);
    expect(plan.blocks.map((b) => [b.text, b.kind, b.location])).toEqual([
      ['Bảng điểm', 'paragraph', 'đoạn 1'],
      ['STT | Tiêu chí | Điểm', 'table-row', 'bảng 1, dòng 1'],
      ['1 | Hồ sơ đúng hạn | đủ | 10', 'table-row', 'bảng 1, dòng 2'],
      ['Hết', 'paragraph', 'đoạn 2'],
    ]);
  });

  it('normalises to NFC and reads UTF-16 text saved by Notepad', async () => {
    const decomposed = 'Kế hoạch thi đua'.normalize('NFD');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${decomposed}\r\nDòng hai`, 'utf16le')]);
    const plan = await readPlan(new Uint8Array(utf16), 'kh.txt', 'text/plain');
    expect(plan.blocks.map((b) => b.text)).toEqual(['Kế hoạch thi đua'.normalize('NFC'), 'Dòng hai']);
  });

  it('reads each sample plan into its non-empty lines', async () => {
    for (const { text } of PLANS) {
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      expect(await paragraphsOf(text)).toHaveLength(lines.length);
    }
  });
});

describe.each(PLANS)('sample plan $name', ({ text }) => {
  // Word and OpenDocument keep paragraphs as they are: the blocks are the text's paragraphs exactly.
  it('reads back from Word', async () => {
    const plan = await readPlan(await planDocx(text), 'ke-hoach.docx', null);
    expect(plan.format).toBe('docx');
    expect(plan.blocks.map((b) => b.text)).toEqual(await paragraphsOf(text));
    expect(plan.blocks.map((b) => b.location)).toEqual(plan.blocks.map((_, i) => `đoạn ${i + 1}`));
  });

  it('reads back from OpenDocument', async () => {
    const plan = await readPlan(planOdt(text), 'ke-hoach.odt', null);
    expect(plan.format).toBe('odt');
    expect(plan.blocks.map((b) => b.text)).toEqual(await paragraphsOf(text));
  });

  // A PDF has only lines: paragraphs are rebuilt from line spacing, line ends, first-line indents,
  // font changes and list marks, and a paragraph running over a page break is joined again. With
  // justified text, as plans are typed, that gives the text's paragraphs exactly, whether
  // paragraphs are spaced or only indented; locations name the page.
  it.each(['spaced', 'indented'] as const)('reads back from a PDF with text, paragraphs %s', async (layout) => {
    const plan = await readPlan(await planPdf(text, { layout }), 'ke-hoach.pdf', 'application/pdf');
    expect(plan.format).toBe('pdf');
    expect(plan.blocks.map((b) => b.text)).toEqual(await paragraphsOf(text));
    expect(plan.pages).toBeGreaterThanOrEqual(1);
    expect(plan.blocks[0]!.location).toBe('trang 1, đoạn 1');
    expect(plan.blocks.at(-1)!.location).toMatch(new RegExp(`^trang ${plan.pages}, đoạn \\d+$`));
  });
});

describe('tables', () => {
  const text = [
    '#### 3. Tiêu chí chấm điểm',
    '| STT | Tiêu chí | Điểm tối đa |',
    '|---|---|---|',
    '| 1 | Giải quyết hồ sơ đúng hạn | 30 |',
    '| 2 | Số hóa kết quả | 20 |',
    'Tổng điểm tối đa là 50 điểm.',
  ].join('\n');
  const rows = ['STT | Tiêu chí | Điểm tối đa', '1 | Giải quyết hồ sơ đúng hạn | 30', '2 | Số hóa kết quả | 20'];

  it('keeps Word and OpenDocument tables as rows with cells joined by " | "', async () => {
    for (const bytes of [await planDocx(text), planOdt(text)]) {
      const plan = await readPlan(bytes, null, null);
      expect(plan.blocks.map((b) => [b.text, b.kind, b.location])).toEqual([
        ['3. Tiêu chí chấm điểm', 'paragraph', 'đoạn 1'],
        [rows[0], 'table-row', 'bảng 1, dòng 1'],
        [rows[1], 'table-row', 'bảng 1, dòng 2'],
        [rows[2], 'table-row', 'bảng 1, dòng 3'],
        ['Tổng điểm tối đa là 50 điểm.', 'paragraph', 'đoạn 2'],
      ]);
    }
  });

  // A PDF does not mark cells: each line of a row is a paragraph of the cells' text on it, so the
  // rest of a cell wrapped onto a second line ("hạn") is a paragraph of its own.
  it('reads a PDF table row as paragraphs of its cells, line by line', async () => {
    const plan = await readPlan(await planPdf(text), null, null);
    expect(plan.blocks.map((b) => [b.text, b.kind])).toEqual([
      ['3. Tiêu chí chấm điểm', 'paragraph'],
      ['STT Tiêu chí Điểm tối đa', 'paragraph'],
      ['1 Giải quyết hồ sơ đúng 30', 'paragraph'],
      ['hạn', 'paragraph'],
      ['2 Số hóa kết quả 20', 'paragraph'],
      ['Tổng điểm tối đa là 50 điểm.', 'paragraph'],
    ]);
  });
});

// Mammoth's HTML has no labels for Word's automatic numbering; the reader works them out from the
// file's numbering definitions, the way Word (and LibreOffice) shows them.
it("puts back the labels of Word's automatic numbering", async () => {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.' },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
            { level: 3, format: LevelFormat.BULLET, text: '-' },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          ['MỤC ĐÍCH, YÊU CẦU', 0],
          ['Mục đích', 1],
          ['Đối với tập thể', 2],
          ['Đối với cá nhân', 2],
          ['Cải cách thể chế', 3],
          ['NHIỆM VỤ', 0],
          ['Nhiệm vụ chung', 1],
          ['Đối với tập thể', 2],
        ]
          .map(([text, level]) => new Paragraph({ text: text as string, numbering: { reference: 'plan', level: level as number } }))
          .concat(new Paragraph({ text: 'III. Số đánh tay giữ nguyên' })),
      },
    ],
  });
  const plan = await readPlan(new Uint8Array(await Packer.toBuffer(doc)), 'numbered.docx', null);
  expect(plan.blocks.map((b) => b.text)).toEqual([
    'I. MỤC ĐÍCH, YÊU CẦU',
    'I.1. Mục đích',
    'a) Đối với tập thể',
    'b) Đối với cá nhân',
    '- Cải cách thể chế',
    'II. NHIỆM VỤ',
    'II.1. Nhiệm vụ chung',
    'a) Đối với tập thể',
    'III. Số đánh tay giữ nguyên',
  ]);
});

describe('refusals', () => {
  const cases: Array<{ what: string; make: () => Promise<Uint8Array> | Uint8Array; name: string | null; mime?: string; reason: PlanReadReason }> = [
    { what: 'a scanned PDF (a picture, no text)', make: scannedPdf, name: 'scan.pdf', reason: 'plan-read-scanned' },
    { what: 'a password-protected PDF', make: () => planPdf(PLANS[0]!.text, { userPassword: 'matkhau' }), name: 'locked.pdf', reason: 'plan-read-encrypted' },
    { what: 'a photo', make: () => pngImage(20, 20), name: 'anh.png', reason: 'plan-read-type-refused' },
    { what: 'a zip archive', make: () => new PizZip().file('ke-hoach.txt', 'Kế hoạch').generate({ type: 'uint8array' }), name: 'ho-so.zip', reason: 'plan-read-type-refused' },
    { what: 'an unknown binary file', make: () => new Uint8Array([0x00, 0x01, 0x02, 0xfe, 0x10, 0x00]), name: 'data.bin', reason: 'plan-read-type-refused' },
    { what: 'text announced as a picture', make: () => utf8('Kế hoạch'), name: 'kh.txt', mime: 'image/png', reason: 'plan-read-type-refused' },
    { what: 'an old Word file', make: () => LEGACY_OFFICE, name: 'ke-hoach.doc', reason: 'plan-read-old-word' },
    { what: 'a password-protected .docx (Word wraps it in the old container)', make: () => LEGACY_OFFICE, name: 'ke-hoach.docx', reason: 'plan-read-encrypted' },
    { what: 'an empty file', make: () => new Uint8Array(0), name: 'rong.txt', reason: 'plan-read-empty' },
    { what: 'a text file of blank lines', make: () => utf8('\n  \n\t\n'), name: 'rong.txt', reason: 'plan-read-empty' },
    { what: 'a PDF without pages', make: () => PDF, name: 'hong.pdf', reason: 'plan-read-unreadable' },
    { what: 'a damaged Word file', make: async () => (await planDocx(PLANS[0]!.text)).slice(0, 2000), name: 'hong.docx', reason: 'plan-read-unreadable' },
    { what: 'a too-large file', make: () => new Uint8Array(MAX_FILE_BYTES + 1), name: 'lon.pdf', reason: 'plan-read-too-big' },
  ];

  it.each(cases)('refuses $what with its own message', async ({ make, name, mime, reason }) => {
    const error = await refusal(readPlan(await make(), name, mime ?? null));
    expect(error.reason).toBe(reason);
    if (reason !== 'plan-read-too-big') expect(error.args.name).toBe(name);
    // the library's error is kept for the log, never shown
    if (reason === 'plan-read-unreadable') expect(error.cause).toBeDefined();
  });

  it('has every refusal in Vietnamese and English, naming the file or the limit', () => {
    const i18n = new I18n();
    const reasons: PlanReadReason[] = [
      'plan-read-too-big',
      'plan-read-type-refused',
      'plan-read-old-word',
      'plan-read-scanned',
      'plan-read-encrypted',
      'plan-read-empty',
      'plan-read-unreadable',
    ];
    for (const locale of LOCALES) {
      expect(i18n.keys(locale)).toEqual(expect.arrayContaining(reasons));
      for (const reason of reasons) expect(i18n.t(locale, reason, { name: 'ke-hoach.pdf', maxMb: 20 })).toMatch(/ke-hoach\.pdf|20 MB/);
    }
  });
});
