// Standings as a horizontal bar chart PNG (for channels that can send images). The SVG is built as
// a string and rendered by resvg with a bundled Vietnamese-complete font only: system fonts differ
// between machines, and with no usable font resvg silently draws no text at all.
// The pixels are drawn in a worker thread (chart-renderer.ts, rasterize-worker.ts).
// All visible text comes from the input; the numbers on the 0/50/100 scale go through scoreLabel.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A ranked unit; or, with rank and score null, a unit that reported nothing (no bar, no number). */
export interface StandingsChartEntry {
  rank: number | null;
  unitName: string;
  score: number | null;
  /** the grade, or for an unranked unit what stands in its place (e.g. "chưa báo cáo") */
  gradeLabel: string;
}

export interface StandingsChartInput {
  title: string;
  subtitle?: string;
  entries: StandingsChartEntry[];
  /** Formats a score the caller's way (e.g. Vietnamese "92,5"); also used for the scale. */
  scoreLabel: (score: number) => string;
}

/** More bars would make an image too tall to read on a phone. */
export const MAX_BARS = 60;

const WIDTH = 1000;
const PAD = 24;
const HEADER = 116; // title, subtitle and scale labels; fixed so the height is predictable
const ROW = 56;
const BAR_H = 30;
const FOOTER = 20;
const LABEL_W = 360; // left column for "rank. unit name"
const BAR_X = PAD + LABEL_W + 16;
const BAR_W = 420; // length of a 100-point bar; the rest of the width holds score and grade
const GAP = 10;
export const FAMILY = 'Be Vietnam Pro'; // the name-table family of both TTFs below
const COLOURS = { top: '#E8A317', podium: '#2F6FD0', rest: '#8DB4EA', grid: '#E3E6EA', text: '#1F2933', muted: '#5F6B7A' };

// Only the .ttf files: the package's index.js is written for Expo, and resvg ignores woff.
const require = createRequire(import.meta.url);
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** Height in pixels of a chart with `entryCount` entries (before the cap is applied). */
export function chartHeight(entryCount: number): number {
  return HEADER + ROW * Math.min(Math.max(entryCount, 0), MAX_BARS) + FOOTER;
}

export function chartSvg(input: StandingsChartInput): string {
  const { regular, bold } = fonts();
  // Ranked units in rank order, then the unranked ones in the order given.
  const entries = [...input.entries].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)).slice(0, MAX_BARS);
  const height = chartHeight(entries.length);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FAMILY}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    text(PAD, 44, fit(input.title, bold, 26, WIDTH - 2 * PAD), 26, { bold: true }),
  ];
  if (input.subtitle) out.push(text(PAD, 74, fit(input.subtitle, regular, 16, WIDTH - 2 * PAD), 16, { fill: COLOURS.muted }));
  for (const tick of [0, 50, 100]) {
    const x = BAR_X + (BAR_W * tick) / 100;
    out.push(`<line x1="${x}" y1="${HEADER - 8}" x2="${x}" y2="${height - FOOTER + 4}" stroke="${COLOURS.grid}" stroke-width="1"/>`);
    out.push(text(x, HEADER - 14, fit(input.scoreLabel(tick), regular, 13, 80), 13, { fill: COLOURS.muted, anchor: 'middle' }));
  }
  entries.forEach((e, i) => {
    const mid = HEADER + ROW * i + ROW / 2;
    const baseline = (size: number): number => round(mid + size * 0.36); // centres the x-height band
    // Rank in bold, name in regular; the name is cut to what is left of the column.
    const prefix = e.rank === null ? '' : `${e.rank}. `;
    const prefixW = width(prefix, bold, 16);
    out.push(
      `<text x="${PAD}" y="${baseline(16)}" font-size="16" fill="${COLOURS.text}">` +
        `<tspan font-weight="700">${escapeXml(prefix)}</tspan>${escapeXml(fit(e.unitName, regular, 16, LABEL_W - prefixW))}</text>`,
    );
    if (e.rank === null || e.score === null) {
      // Nothing reported: no bar and no score, only the label where the bar would start.
      out.push(text(BAR_X + GAP, baseline(15), fit(e.gradeLabel, regular, 15, WIDTH - PAD - BAR_X - GAP), 15, { fill: COLOURS.muted }));
      return;
    }
    const len = round((BAR_W * clamp(e.score)) / 100);
    if (len > 0) out.push(`<rect x="${BAR_X}" y="${mid - BAR_H / 2}" width="${len}" height="${BAR_H}" rx="4" fill="${colour(e.rank)}"/>`);
    // Score (bold) then grade, just past the bar's end; the grade is cut to the right margin.
    const scoreX = BAR_X + len + GAP;
    const score = fit(input.scoreLabel(e.score), bold, 15, WIDTH - PAD - scoreX);
    out.push(text(scoreX, baseline(15), score, 15, { bold: true }));
    const gradeX = round(scoreX + width(score, bold, 15) + GAP);
    out.push(text(gradeX, baseline(15), fit(e.gradeLabel, regular, 15, WIDTH - PAD - gradeX), 15, { fill: COLOURS.muted }));
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Escapes the five XML specials and drops control characters XML 1.0 does not allow. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '')
      .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
  );
}

function text(x: number, y: number, s: string, size: number, o: { bold?: boolean; fill?: string; anchor?: string } = {}): string {
  const weight = o.bold ? ' font-weight="700"' : '';
  const anchor = o.anchor ? ` text-anchor="${o.anchor}"` : '';
  return `<text x="${x}" y="${y}" font-size="${size}"${weight}${anchor} fill="${o.fill ?? COLOURS.text}">${escapeXml(s)}</text>`;
}

function colour(rank: number): string {
  return rank <= 1 ? COLOURS.top : rank <= 3 ? COLOURS.podium : COLOURS.rest;
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(Math.max(score, 0), 100) : 0;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `s` (NFC, one line), or its longest prefix plus "…" that fits in `maxW` pixels. */
function fit(s: string, font: FontMetrics, size: number, maxW: number): string {
  const chars = Array.from(s.normalize('NFC').replace(/\s+/gu, ' ').trim());
  if (width(chars.join(''), font, size) <= maxW) return chars.join('');
  while (chars.length > 0 && width(`${chars.join('').trimEnd()}…`, font, size) > maxW) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}…` : '';
}

// Text widths come from the TTFs' own advance widths (cmap + hmtx), so truncation matches what
// resvg draws; kerning is ignored, which only ever makes a measured string a pixel or two wider.
interface FontMetrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
}

function width(s: string, font: FontMetrics, size: number): number {
  let units = 0;
  for (const ch of s) units += font.advance(ch.codePointAt(0) ?? 0);
  return (units * size) / font.unitsPerEm;
}

let loaded: { regular: FontMetrics; bold: FontMetrics } | undefined;
function fonts(): { regular: FontMetrics; bold: FontMetrics } {
  loaded ??= { regular: readMetrics(FONT_FILES.regular), bold: readMetrics(FONT_FILES.bold) };
  return loaded;
}

function readMetrics(path: string): FontMetrics {
  const b = readFileSync(path);
  const tables = new Map<string, number>();
  for (let i = 0; i < b.readUInt16BE(4); i++) tables.set(b.toString('latin1', 12 + i * 16, 16 + i * 16), b.readUInt32BE(20 + i * 16));
  const table = (tag: string): number => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`standings-chart: font ${path} has no ${tag} table`);
    return at;
  };
  const unitsPerEm = b.readUInt16BE(table('head') + 18);
  const hMetrics = b.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  // Unicode BMP subtable (platform 3, encoding 1), format 4: covers every Vietnamese letter.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++) {
    const r = cmap + 4 + i * 8;
    if (b.readUInt16BE(r) === 3 && b.readUInt16BE(r + 2) === 1) sub = cmap + b.readUInt32BE(r + 4);
  }
  if (sub < 0 || b.readUInt16BE(sub) !== 4) throw new Error(`standings-chart: font ${path} has no format-4 Unicode cmap`);
  const segs = b.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14,
    starts = ends + 2 * segs + 2,
    deltas = starts + 2 * segs,
    offsets = deltas + 2 * segs;
  const glyph = (c: number): number => {
    for (let i = 0; i < segs; i++) {
      if (c > b.readUInt16BE(ends + 2 * i)) continue;
      const start = b.readUInt16BE(starts + 2 * i);
      if (c < start) return 0;
      const delta = b.readUInt16BE(deltas + 2 * i),
        ro = b.readUInt16BE(offsets + 2 * i);
      if (ro === 0) return (c + delta) & 0xffff;
      const g = b.readUInt16BE(offsets + 2 * i + ro + 2 * (c - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  const advance = (c: number): number => {
    let w = cache.get(c);
    if (w === undefined) {
      const g = c > 0xffff ? 0 : glyph(c);
      w = b.readUInt16BE(hmtx + 4 * Math.min(g, hMetrics - 1));
      cache.set(c, w);
    }
    return w;
  };
  return { unitsPerEm, advance };
}
