import { BlockCollector } from './blocks.js';
import type { PlanBlock } from '../plan-text.js';

/** A plan typed as plain text or Markdown, as its lines say: one paragraph per line, Markdown tables as tables. */
export type TextPlanItem = { kind: 'paragraph'; text: string; headingLevel: number | null } | { kind: 'table'; rows: string[][] };

export function readText(text: string): PlanBlock[] {
  const blocks = new BlockCollector();
  for (const item of parseTextPlan(text)) {
    if (item.kind === 'paragraph') blocks.paragraph(item.text);
    else {
      blocks.startTable();
      for (const row of item.rows) blocks.row(row);
    }
  }
  return blocks.blocks;
}

/**
 * Lines into paragraphs and tables. Markdown marks (headings, bold, italics, escapes) are taken
 * off, since a plan exported to Markdown carries them while the same plan in Word does not; list
 * dashes and typed numbers ("1.", "a)") stay, they are part of what the secretariat wrote.
 */
export function parseTextPlan(text: string): TextPlanItem[] {
  const items: TextPlanItem[] = [];
  let table: string[][] | null = null;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (!table) items.push({ kind: 'table', rows: (table = []) });
      if (!/^\|[\s:|-]*$/.test(line)) table.push(tableCells(line));
      continue;
    }
    table = null;
    if (line === '') continue;
    const heading = /^(#{1,6})\s+/.exec(line);
    const body = plain(heading ? line.slice(heading[0].length) : line);
    if (body !== '') items.push({ kind: 'paragraph', text: body, headingLevel: heading ? heading[1]!.length : null });
  }
  return items.filter((item) => item.kind === 'paragraph' || item.rows.length > 0);
}

/** `| a | b |` → ["a", "b"]; an escaped `\|` stays inside its cell. */
function tableCells(line: string): string[] {
  const cells = line
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => plain(cell.trim()));
}

// Private-use characters stand in for escaped marks while emphasis is taken off.
const ESCAPABLE = '\\`*_{}[]()#+-.!|<>';
const HIDDEN = 0xe000;

function plain(markdown: string): string {
  const hidden = markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, (_, mark: string) => String.fromCharCode(HIDDEN + ESCAPABLE.indexOf(mark)));
  const unemphasised = hidden
    .replace(/\*{2,3}/g, '')
    // a single star opening or closing a word is emphasis; "* " at the start is a bullet and "5 * 3" is arithmetic
    .replace(/(?<=\S)\*|\*(?=\S)/g, '');
  const shown = unemphasised.replace(/[\uE000-\uE011]/g, (c) => ESCAPABLE[c.charCodeAt(0) - HIDDEN]!);
  return shown.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
