import type { Element, Node } from '@xmldom/xmldom';
import { BlockCollector } from './blocks.js';
import { numberedParagraphs, type NumberedParagraph } from './docx-numbering.js';
import { childElements, isElement, isText } from './dom.js';
import { normaliseText, type PlanBlock } from '../plan-text.js';

/**
 * A Word file through mammoth's HTML, which keeps paragraphs, headings, lists and tables in order.
 * Word's automatic numbering ("I.", "1.", "a)" set as list formatting rather than typed) is not in
 * that HTML (mammoth says only that a paragraph is a list item), so the labels are worked out from
 * the file's numbering definitions and put back on the paragraphs whose text they belong to.
 */
export async function readDocx(bytes: Uint8Array): Promise<PlanBlock[]> {
  const { default: mammoth } = await import('mammoth');
  const { DOMParser } = await import('@xmldom/xmldom');
  const { default: PizZip } = await import('pizzip');
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Signatures and seals are pictures: not text, and not worth holding in memory as data URIs.
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
  );
  const zip = new PizZip(bytes);
  const xml = (path: string) => {
    const text = zip.file(path)?.asText();
    return text === undefined ? null : new DOMParser().parseFromString(text, 'text/xml');
  };
  const body = xml('word/document.xml');
  const labelled = labeller(body ? numberedParagraphs(body, xml('word/numbering.xml'), xml('word/styles.xml')) : []);
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks = new BlockCollector();
  walk(document.documentElement!, { blocks, labelled });
  return blocks.blocks;
}

/**
 * Puts a label back on the next paragraph with its numbered paragraph's text, looking a few
 * ahead so a numbered paragraph mammoth left out does not stop the rest.
 */
function labeller(numbered: NumberedParagraph[]): (text: string) => string {
  let next = 0;
  return (raw) => {
    const text = normaliseText(raw);
    for (let i = next; i < Math.min(next + 3, numbered.length); i++) {
      if (numbered[i]!.text !== text) continue;
      next = i + 1;
      return numbered[i]!.label === '' ? text : `${numbered[i]!.label} ${text}`;
    }
    return text;
  };
}

interface Walk {
  blocks: BlockCollector;
  labelled: (text: string) => string;
}

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function walk(node: Node, at: Walk): void {
  for (const element of childElements(node)) {
    const tag = element.localName?.toLowerCase() ?? '';
    if (PARAGRAPHS.has(tag)) at.blocks.paragraph(at.labelled(textOf(element)));
    else if (tag === 'li') listItem(element, at);
    else if (tag === 'table') table(element, at);
    else walk(element, at);
  }
}

/** A list item's own text, then the lists nested in it. */
function listItem(item: Element, at: Walk): void {
  const nested = childElements(item).filter((child) => ['ul', 'ol'].includes(child.localName?.toLowerCase() ?? ''));
  at.blocks.paragraph(at.labelled(textOf(item, new Set(nested))));
  for (const list of nested) walk(list, at);
}

/** One block per row; a table nested in a cell is read as that cell's text. */
function table(element: Element, { blocks, labelled }: Walk): void {
  blocks.startTable();
  const rows: Element[] = [];
  const collect = (node: Element): void => {
    for (const child of childElements(node)) {
      const tag = child.localName?.toLowerCase();
      if (tag === 'tr') rows.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(child);
    }
  };
  collect(element);
  for (const row of rows) {
    const cells = childElements(row).filter((cell) => ['td', 'th'].includes(cell.localName?.toLowerCase() ?? ''));
    blocks.row(cells.map((cell) => blockTexts(cell).map(labelled).join(' ')));
  }
}

/** The paragraphs inside a cell, each as text, so they are not glued together. */
function blockTexts(cell: Element): string[] {
  const parts: string[] = [];
  const visit = (node: Element): void => {
    const tag = node.localName?.toLowerCase() ?? '';
    if (PARAGRAPHS.has(tag) || tag === 'li') parts.push(textOf(node));
    else if (tag === 'td' || tag === 'th' || tag === 'tr' || tag === 'table' || tag === 'tbody' || tag === 'ul' || tag === 'ol') childElements(node).forEach(visit);
    else parts.push(textOf(node));
  };
  childElements(cell).forEach(visit);
  if (parts.length === 0) parts.push(textOf(cell));
  return parts;
}

/** Text of an element; line breaks count as spaces, `skip` leaves nested lists out. */
function textOf(node: Node, skip: Set<Node> = new Set()): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (skip.has(child)) continue;
    if (isText(child)) text += child.nodeValue ?? '';
    else if (isElement(child)) text += child.localName?.toLowerCase() === 'br' ? ' ' : textOf(child, skip);
  }
  return text;
}
