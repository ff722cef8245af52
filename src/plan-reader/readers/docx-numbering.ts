import type { Document as XmlDocument, Element } from '@xmldom/xmldom';
import { childElements } from './dom.js';
import { normaliseText } from '../plan-text.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A paragraph Word numbers automatically, with the label Word shows for it ("II.", "2.1.", "a)", "-"). */
export interface NumberedParagraph {
  text: string;
  label: string;
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/**
 * The labels of Word's automatic numbering, worked out from numbering.xml the way Word counts:
 * per list definition, each level counting from its start and deeper levels restarting under it.
 * Mammoth's HTML keeps only "this is a list item", so the docx reader puts these labels back.
 */
export function numberedParagraphs(document: XmlDocument, numbering: XmlDocument | null, styles: XmlDocument | null): NumberedParagraph[] {
  if (!numbering) return [];
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of elements(numbering, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(abstract).filter((e) => e.localName === 'lvl')) {
      levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
        start: Number(val(child(lvl, 'start')) ?? 1),
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
      });
    }
    abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const num of elements(numbering, 'num')) {
    const starts = new Map<number, number>();
    for (const override of childElements(num).filter((e) => e.localName === 'lvlOverride')) {
      const start = val(child(override, 'startOverride'));
      if (start !== null) starts.set(Number(attr(override, 'ilvl') ?? 0), Number(start));
    }
    nums.set(attr(num, 'numId') ?? '', { abstractId: val(child(num, 'abstractNumId')) ?? '', starts });
  }
  const styleNumbering = stylesNumbering(styles);

  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const out: NumberedParagraph[] = [];
  for (const paragraph of elements(document, 'p')) {
    const pPr = child(paragraph, 'pPr');
    const direct = child(pPr, 'numPr');
    const fromStyle = styleNumbering.get(val(child(pPr, 'pStyle')) ?? '');
    const numId = val(child(direct, 'numId')) ?? fromStyle?.numId;
    const ilvl = Number(val(child(direct, 'ilvl')) ?? fromStyle?.ilvl ?? 0);
    const num = numId === undefined ? undefined : nums.get(numId);
    const levels = num && abstracts.get(num.abstractId);
    if (!num || !levels?.get(ilvl)) continue;
    const text = normaliseText(runText(paragraph));
    if (text === '') continue;
    // a list definition's counters are shared by every num using it; a num with a start override
    // restarts them where it is first used
    const counts = counters.get(num.abstractId) ?? [];
    if (!restarted.has(numId!)) {
      for (const [level, start] of num.starts) {
        counts[level] = start - 1;
        counts.length = Math.min(counts.length, level + 1);
      }
      restarted.add(numId!);
    }
    counts[ilvl] = (counts[ilvl] ?? levels.get(ilvl)!.start - 1) + 1;
    counts.length = ilvl + 1;
    counters.set(num.abstractId, counts);
    out.push({ text, label: label(levels, counts, ilvl) });
  }
  return out;
}

/** A paragraph's text as mammoth gives it: text runs, with tabs and breaks as spaces. */
function runText(node: Element): string {
  let text = '';
  for (const element of childElements(node)) {
    if (element.namespaceURI === W && element.localName === 't') text += element.textContent ?? '';
    else if (element.namespaceURI === W && ['tab', 'br', 'cr'].includes(element.localName ?? '')) text += ' ';
    else text += runText(element);
  }
  return text;
}

function label(levels: Map<number, Level>, counts: number[], ilvl: number): string {
  const level = levels.get(ilvl)!;
  if (level.format === 'bullet') return /^[-–+•*o]$/.test(level.text) ? level.text : '-';
  if (level.format === 'none') return '';
  return level.text.replace(/%(\d)/g, (_, n: string) => {
    const i = Number(n) - 1;
    const at = levels.get(i);
    return formatNumber(counts[i] ?? at?.start ?? 1, at?.format ?? 'decimal');
  });
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const marks: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, mark] of marks) for (; n >= value; n -= value) out += mark;
  return out;
}

/** Word's letters: A…Z, then AA…ZZ. */
function letter(n: number): string {
  const base = String.fromCharCode(65 + ((n - 1) % 26));
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Numbering given by paragraph styles (headings numbered "I.", "1." through their style), following basedOn. */
function stylesNumbering(styles: XmlDocument | null): Map<string, { numId: string; ilvl: number }> {
  const byId = new Map<string, Element>();
  for (const style of styles ? elements(styles, 'style') : []) byId.set(attr(style, 'styleId') ?? '', style);
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of byId.keys()) {
    let style = byId.get(id);
    for (let depth = 0; style && depth < 10; depth++) {
      const numPr = child(child(style, 'pPr'), 'numPr');
      const numId = val(child(numPr, 'numId'));
      if (numId !== null) {
        out.set(id, { numId, ilvl: Number(val(child(numPr, 'ilvl')) ?? 0) });
        break;
      }
      style = byId.get(val(child(style, 'basedOn')) ?? '');
    }
  }
  return out;
}

function elements(node: XmlDocument | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name));
}

function child(node: Element | undefined, name: string): Element | undefined {
  return node ? childElements(node).find((e) => e.namespaceURI === W && e.localName === name) : undefined;
}

function attr(node: Element, name: string): string | null {
  return node.getAttributeNS(W, name);
}

function val(node: Element | undefined): string | null {
  return node ? attr(node, 'val') : null;
}
