import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandingsChartInput } from '../../../src/charts/standings-chart.js';
import { ChartService } from '../../../src/services/reporting/charts.js';
import { FileStore } from '../../../src/services/shared/file-store.js';

// ChartService: a whole commune asking for the standings at once gets one rendering, and the
// replies share one copy of the picture; a rendering that failed is tried again.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

const input = (title = 'Bảng xếp hạng'): StandingsChartInput => ({
  title,
  subtitle: 'UBND xã Kim Phượng — 20/11/2025',
  entries: [
    { rank: 1, unitName: 'Văn phòng - Thống kê', score: 92.5, gradeLabel: 'Xuất sắc' },
    { rank: 2, unitName: 'Văn hóa - Xã hội', score: 81, gradeLabel: 'Tốt' },
  ],
  scoreLabel: (score) => String(score).replace('.', ','),
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'charts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ChartService.standings', () => {
  it('renders once for many asking at once, and hands them all the same bytes', async () => {
    const charts = new ChartService(new FileStore(dir));
    const results = await Promise.all(Array.from({ length: 15 }, () => charts.standings(input())));
    const [first] = results;
    expect([...first!.png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    for (const r of results) {
      expect(r.key).toBe(first!.key);
      expect(r.png).toBe(first!.png);
    }
    expect(readdirSync(join(dir, 'cache'))).toEqual([`xephang-${first!.key}.png`]);
    // A different picture is another rendering.
    expect((await charts.standings(input('Bảng xếp hạng — Cải cách thể chế'))).key).not.toBe(first!.key);
  });

  it('tries again after a rendering that could not be stored', async () => {
    // A file where the cache folder should be: storing the picture fails.
    writeFileSync(join(dir, 'cache'), 'not a folder');
    const charts = new ChartService(new FileStore(dir));
    await expect(charts.standings(input())).rejects.toThrow();
    rmSync(join(dir, 'cache'));
    const again = await charts.standings(input());
    expect([...again.png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  });
});
