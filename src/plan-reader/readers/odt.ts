import type { Element, Node } from '@xmldom/xmldom';
import { BlockCollector } from './blocks.js';
import { childElements, isElement, isText } from './dom.js';
import { PlanReadError } from '../errors.js';
import type { PlanBlock } from '../plan-text.js';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/**
 * An OpenDocument text: content.xml's paragraphs, headings, lists and tables in order. List labels
 * are kept when the file carries them (text:number, written by some editors); otherwise automatic
 * numbering is lost, as with Word files.
 */
export async function readOdt(bytes: Uint8Array): Promise<PlanBlock[]> {
  const { default: PizZip } = await import('pizzip');
  const { DOMParser } = await import('@xmldom/xmldom');
  const zip = new PizZip(bytes);
  if (zip.file('META-INF/manifest.xml')?.asText().includes('encryption-data')) throw new PlanReadError('plan-read-encrypted');
  const content = zip.file('content.xml')?.asText();
  if (content === undefined) throw new PlanReadError('plan-read-unreadable');
  const document = new DOMParser({ onError: failOnError }).parseFromString(content, 'text/xml');
  const body = document.getElementsByTagNameNS(OFFICE_NS, 'text')[0];
  const blocks = new BlockCollector();
  if (body) walk(body, blocks);
  return blocks.blocks;
}

function failOnError(level: 'warning' | 'error' | 'fatalError', message: string): void {
  if (level !== 'warning') throw new Error(message);
}

function walk(node: Node, blocks: BlockCollector, label = ''): void {
  for (const element of childElements(node)) {
    const ns = element.namespaceURI;
    const name = element.localName;
    if (ns === TEXT_NS && (name === 'p' || name === 'h')) {
      blocks.paragraph(label + textOf(element));
      label = '';
    } else if (ns === TEXT_NS && (name === 'list-item' || name === 'list-header')) {
      const number = childElements(element).find((child) => child.namespaceURI === TEXT_NS && child.localName === 'number');
      walk(element, blocks, number ? `${textOf(number)} ` : '');
    } else if (ns === TABLE_NS && name === 'table') table(element, blocks);
    else if (ns === TEXT_NS && (name === 'list' || name === 'section')) walk(element, blocks);
    // anything else (tracked changes, forms, sequence declarations, frames) carries no plan text
  }
}

function table(element: Element, blocks: BlockCollector): void {
  blocks.startTable();
  const rows: Element[] = [];
  const collect = (node: Element): void => {
    for (const child of childElements(node)) {
      if (child.namespaceURI !== TABLE_NS) continue;
      if (child.localName === 'table-row') rows.push(child);
      else if (['table-header-rows', 'table-rows', 'table-row-group'].includes(child.localName ?? '')) collect(child);
    }
  };
  collect(element);
  for (const row of rows) {
    // covered cells are the hidden parts of merged ones
    const cells = childElements(row).filter((cell) => cell.namespaceURI === TABLE_NS && cell.localName === 'table-cell');
    blocks.row(cells.map(cellText));
  }
}

/** A cell's paragraphs (and any nested table) as one line. */
function cellText(cell: Element): string {
  const inner = new BlockCollector();
  walk(cell, inner);
  return inner.blocks.map((block) => block.text).join(' ');
}

/** Paragraph text: spans and links are followed, spaces/tabs/breaks become spaces, notes and labels are left out. */
function textOf(node: Node): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) text += child.nodeValue ?? '';
    else if (isElement(child) && child.namespaceURI === TEXT_NS) {
      const name = child.localName;
      if (name === 's') text += ' '.repeat(Number(child.getAttributeNS(TEXT_NS, 'c') ?? '1') || 1);
      else if (name === 'tab' || name === 'line-break') text += ' ';
      else if (name !== 'note' && name !== 'annotation' && name !== 'tracked-changes') text += textOf(child);
    } else if (isElement(child) && child.localName !== 'annotation') text += textOf(child);
  }
  return text;
}
