import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { BlockCollector } from './blocks.js';
import { PlanReadError } from '../errors.js';
import type { PlanBlock } from '../plan-text.js';

/** Fewer letters than this in the whole file means the pages are pictures (a scan). */
const MIN_TEXT_CHARS = 20;

interface Line {
  text: string;
  x0: number;
  x1: number;
  /** baseline, growing upwards as in PDF space */
  y: number;
  size: number;
  fonts: Set<string>;
}

/**
 * A PDF's text layer rebuilt into paragraphs. PDF has only positioned pieces of text, so lines are
 * pieces on one baseline, and a paragraph ends where a line stops before the right edge with room
 * for the next line's first word, the gap to the next line is wider than the page's line spacing,
 * the next line is indented, in another font or size, or starts with a list mark ("-", "1.", "a)",
 * "II."). Tables come out as lines of their cells' text, not as table rows: a PDF does not say
 * where the cells are.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ blocks: PlanBlock[]; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: bytes.slice(), // PDF.js takes the buffer over
    cMapUrl: join(root, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts/'),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const document = await task.promise.catch((error: unknown) => {
    if (error instanceof Error && error.name === 'PasswordException') throw new PlanReadError('plan-read-encrypted', {}, error);
    throw error;
  });
  try {
    const blocks = new BlockCollector();
    let letters = 0;
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
      letters += items.reduce((sum, item) => sum + item.str.replace(/\s/g, '').length, 0);
      pages.push(withoutPageNumbers(linesOf(items)));
      page.cleanup();
    }
    if (letters < MIN_TEXT_CHARS) throw new PlanReadError('plan-read-scanned');
    // The text column is measured over the whole file: a last page may hold only the signature lines.
    const all = pages.flat();
    const column = { left: Math.min(...all.map((line) => line.x0)), right: Math.max(...all.map((line) => line.x1)) };
    pages.forEach((lines, i) => {
      blocks.startPage(i + 1);
      const lastBefore = pages[i - 1]?.at(-1);
      paragraphsOf(lines, column).forEach((paragraph, j) => {
        // a paragraph running on over the page break
        if (j === 0 && lastBefore && !startsParagraph(lines[0]!, lastBefore, column)) blocks.continueParagraph(paragraph);
        else blocks.paragraph(paragraph);
      });
    });
    return { blocks: blocks.blocks, pages: document.numPages };
  } finally {
    await document.destroy();
  }
}

function linesOf(items: TextItem[]): Line[] {
  const pieces = items.map((item) => {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    return { str: item.str, x0: x, x1: x + item.width, y, size: Math.hypot(c, d) || item.height || 1, font: item.fontName };
  });
  pieces.sort((a, b) => b.y - a.y);
  const lines: (typeof pieces)[] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - piece.y) <= piece.size * 0.5) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x0 - b.x0);
    let text = '';
    line.forEach((piece, i) => {
      const previous = line[i - 1];
      // pieces with a visible gap between them are separate words even when no space is drawn
      if (previous && piece.x0 - previous.x1 > piece.size * 0.15) text += ' ';
      text += piece.str;
    });
    return {
      text: text.trim(),
      x0: line[0]!.x0,
      x1: Math.max(...line.map((piece) => piece.x1)),
      y: line[0]!.y,
      size: Math.max(...line.map((piece) => piece.size)),
      fonts: new Set(line.map((piece) => piece.font)),
    };
  });
}

/** A bare number alone at the top or bottom of a page is its page number. */
function withoutPageNumbers(lines: Line[]): Line[] {
  const isPageNumber = (line: Line | undefined): boolean => line !== undefined && /^[-–\s]*\d{1,3}[-–\s]*$/.test(line.text);
  if (lines.length < 2) return lines;
  return lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && isPageNumber(line)));
}

const LIST_MARK = /^([-–•+*]\s|(\d{1,2}(\.\d{1,2})*|[a-zđ]|[IVXL]{1,5})[.)]\s)/u;

interface Column {
  left: number;
  right: number;
}

function similarSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

/**
 * Whether `line` starts a new paragraph after `previous`, from what the two lines show (spacing is
 * judged apart, per page). The main sign: the line's first word would have fitted at the end of the
 * previous line, so that line was ended on purpose; this holds for justified, ragged and centred text.
 */
function startsParagraph(line: Line, previous: Line, { left, right }: Column): boolean {
  const firstWord = line.text.split(' ')[0]!;
  const wordWidth = ((line.x1 - line.x0) * firstWord.length) / Math.max(line.text.length, 1);
  const endedEarly = previous.x1 + 0.25 * line.size + wordWidth <= right;
  // a first-line indent after a line that starts at the margin (a centred heading's lines start anywhere)
  const indented = previous.x0 <= left + 0.3 * line.size && line.x0 >= previous.x0 + 0.8 * line.size;
  // a heading in bold above body text in regular: no font in common
  const otherFont = ![...line.fonts].some((font) => previous.fonts.has(font));
  return endedEarly || indented || otherFont || !similarSize(previous, line) || LIST_MARK.test(line.text);
}

/** The page's paragraphs; a gap wider than the page's line spacing also ends one. */
function paragraphsOf(lines: Line[], column: Column): string[] {
  if (lines.length === 0) return [];
  // the page's line spacing, relative to the text size (headings are bigger): the closest two lines
  // of the same size that do not overlap
  const spacings = lines.slice(1).flatMap((line, i) => {
    const previous = lines[i]!;
    const gap = previous.y - line.y;
    return similarSize(previous, line) && gap >= 0.8 * line.size ? [gap / line.size] : [];
  });
  const spacing = spacings.length > 0 ? Math.min(...spacings) : 1.3;
  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  lines.slice(1).forEach((line, i) => {
    const previous = lines[i]!;
    if (previous.y - line.y > spacing * line.size * 1.2 || startsParagraph(line, previous, column)) {
      paragraphs.push(current);
      current = line.text;
    } else current += ` ${line.text}`;
  });
  paragraphs.push(current);
  return paragraphs;
}
