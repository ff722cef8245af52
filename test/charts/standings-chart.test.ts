import { afterAll, describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { chartSvg, type StandingsChartInput } from '../../src/charts/standings-chart.js';

const renderer = new ChartRenderer();
afterAll(() => renderer.close());

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function input(entries: StandingsChartInput['entries'], title = 'Bảng xếp hạng thi đua'): StandingsChartInput {
  return { title, subtitle: 'UBND xã Kim Phượng', entries, scoreLabel: (s) => vi.format(s) };
}

const six: StandingsChartInput['entries'] = [
  { rank: 1, unitName: 'Văn hóa - Xã hội', score: 92.5, gradeLabel: 'Xuất sắc' },
  { rank: 2, unitName: 'Văn phòng - Thống kê', score: 88.25, gradeLabel: 'Tốt' },
  { rank: 3, unitName: 'Tài chính - Kế toán', score: 81.75, gradeLabel: 'Tốt' },
  { rank: 4, unitName: 'Địa chính - Xây dựng - Nông nghiệp - Môi trường', score: 74, gradeLabel: 'Khá' },
  { rank: 5, unitName: 'Tư pháp - Hộ tịch', score: 67.5, gradeLabel: 'Trung bình' },
  { rank: 6, unitName: 'Bộ phận Tiếp nhận và Trả kết quả', score: 45, gradeLabel: 'Yếu' },
];

function many(n: number): StandingsChartInput['entries'] {
  return Array.from({ length: n }, (_, i) => ({ rank: i + 1, unitName: `Đơn vị số ${i + 1}`, score: 100 - i, gradeLabel: 'Khá' }));
}

/** Header 116 px + 56 px per bar + 20 px bottom margin. */
const expectedHeight = (bars: number): number => 116 + 56 * bars + 20;

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe('ChartRenderer.render', () => {
  it('renders a 1000 px wide PNG whose height grows with the number of units', async () => {
    expect(pngSize(await renderer.render(input(six)))).toEqual({ width: 1000, height: expectedHeight(6) });
    expect(pngSize(await renderer.render(input(six.slice(0, 2))))).toEqual({ width: 1000, height: expectedHeight(2) });
  });

  it('draws text (the bundled font is found): labels change the image', async () => {
    const withText = await renderer.render(input(six));
    const blank = await renderer.render({
      title: '',
      entries: six.map((e) => ({ ...e, unitName: '', gradeLabel: '' })),
      scoreLabel: () => '',
    });
    expect(same(withText, blank)).toBe(false);
    // Each kind of text on its own is drawn too.
    const noGrades = await renderer.render(input(six.map((e) => ({ ...e, gradeLabel: '' }))));
    const noNames = await renderer.render(input(six.map((e) => ({ ...e, unitName: '' }))));
    expect(same(withText, noGrades)).toBe(false);
    expect(same(withText, noNames)).toBe(false);
  });

  it('draws Vietnamese diacritics', async () => {
    const one = (unitName: string) => renderer.render(input([{ rank: 1, unitName, score: 80, gradeLabel: 'Tốt' }]));
    expect(same(await one('Tư pháp - Hộ tịch'), await one('Tu phap - Ho tich'))).toBe(false);
    expect(same(await one('Địa chính'), await one('Dia chinh'))).toBe(false);
  });

  it('renders a chart with no units (header and scale only)', async () => {
    expect(pngSize(await renderer.render(input([])))).toEqual({ width: 1000, height: expectedHeight(0) });
  });

  it('caps the chart at 60 bars', async () => {
    expect(pngSize(await renderer.render(input(many(60))))).toEqual({ width: 1000, height: expectedHeight(60) });
    expect(pngSize(await renderer.render(input(many(75))))).toEqual({ width: 1000, height: expectedHeight(60) });
    const svg = chartSvg(input(many(75)));
    expect(svg).toContain('Đơn vị số 60<');
    expect(svg).not.toContain('Đơn vị số 61<');
  });

  it('escapes XML special characters in every text', async () => {
    const nasty = { rank: 1, unitName: 'A & B <C>', score: 50, gradeLabel: `"Khá" & 'tốt'` };
    const chart = { ...input([nasty], 'Q1 <2025> & "quý" \'1\''), scoreLabel: () => '<50>' };
    const svg = chartSvg(chart);
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    expect(svg).toContain('&quot;Khá&quot; &amp; &apos;tốt&apos;');
    expect(svg).toContain('Q1 &lt;2025&gt; &amp; &quot;quý&quot; &apos;1&apos;');
    expect(svg).toContain('&lt;50&gt;');
    expect(svg).not.toContain('A & B');
    expect(svg).not.toContain('<C>');
    // resvg rejects malformed XML, so rendering proves the document is well formed.
    expect(pngSize(await renderer.render(chart)).width).toBe(1000);
  });
});

describe('chartSvg', () => {
  it('puts the bars in rank order with "rank. name" labels', () => {
    const svg = chartSvg(input([six[2]!, six[0]!, six[1]!]));
    const order = ['Văn hóa - Xã hội', 'Văn phòng - Thống kê', 'Tài chính - Kế toán'].map((n) => svg.indexOf(n));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain('>1. </tspan>Văn hóa - Xã hội<');
  });

  it('truncates long unit names with an ellipsis and keeps short ones whole', () => {
    const long = 'Địa chính - Xây dựng - Nông nghiệp - Môi trường - Tài nguyên - Khoáng sản';
    const svg = chartSvg(input([{ rank: 1, unitName: long, score: 70, gradeLabel: 'Khá' }, six[0]!]));
    expect(svg).not.toContain(long);
    expect(svg).toMatch(/>Địa chính - [^<]*…</u);
    expect(svg).toContain('>Văn hóa - Xã hội<');
  });

  it('gives the top rank its own colour', () => {
    const fills = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="30" rx="4" fill="(#\w+)"/gu)].map((m) => m[1]);
    const [top, ...rest] = fills(chartSvg(input(six)));
    expect(rest).toHaveLength(5);
    expect(rest).not.toContain(top);
  });

  it('draws units that reported nothing after the ranked ones: no number, no bar, no score, only their label', () => {
    const svg = chartSvg(input([{ rank: null, unitName: 'Tư pháp - Hộ tịch', score: null, gradeLabel: 'chưa báo cáo' }, six[1]!, six[0]!]));
    const order = ['Văn hóa - Xã hội', 'Văn phòng - Thống kê', 'Tư pháp - Hộ tịch'].map((n) => svg.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain('<tspan font-weight="700"></tspan>Tư pháp - Hộ tịch<');
    expect(svg).toContain('>chưa báo cáo<');
    expect(svg).not.toContain('Yếu');
    expect([...svg.matchAll(/height="30" rx="4"/gu)]).toHaveLength(2);
  });

  it('takes all text from the input (scale labels included)', () => {
    const svg = chartSvg({ title: 'T', entries: [six[0]!], scoreLabel: (s) => `[${s}]` });
    for (const label of ['[0]', '[50]', '[100]', '[92.5]']) expect(svg).toContain(`>${label}<`);
  });
});
