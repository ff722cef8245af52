import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import type { StandingsChartInput } from '../../src/charts/standings-chart.js';

// The worker thread that draws the pixels: started by the first chart, gone when idle, back for
// the next one; the main thread keeps running while it draws.

const input = (title: string): StandingsChartInput => ({
  title,
  subtitle: 'UBND xã Kim Phượng',
  entries: Array.from({ length: 15 }, (_, i) => ({ rank: i + 1, unitName: `Đơn vị số ${i + 1}`, score: 95 - 3 * i, gradeLabel: 'Tốt' })),
  scoreLabel: (score) => String(score).replace('.', ','),
});

const isPng = (png: Uint8Array) => Buffer.from(png.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

let renderer: ChartRenderer | undefined;
afterEach(async () => renderer?.close());

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('ChartRenderer', () => {
  it('starts no worker until a chart is asked for, and stops it when there is nothing to draw', async () => {
    renderer = new ChartRenderer({ idleMs: 100 });
    expect(renderer.threads).toBe(0);
    expect(isPng(await renderer.render(input('Lần đầu')))).toBe(true);
    await until(() => renderer!.threads === 0);
    // The next chart starts a worker again.
    expect(isPng(await renderer.render(input('Lần sau')))).toBe(true);
  });

  it('draws off the main thread: the event loop keeps turning meanwhile', async () => {
    renderer = new ChartRenderer();
    await renderer.render(input('Khởi động')); // the worker and its WebAssembly are ready
    let done = false;
    const drawing = renderer.render(input('Bảng xếp hạng thi đua quý IV')).finally(() => (done = true));
    let turns = 0;
    while (!done) {
      await tick();
      turns++;
    }
    expect(isPng(await drawing)).toBe(true);
    // Drawn on this thread, the picture would have held the loop still from start to end.
    expect(turns).toBeGreaterThan(5);
  });

  it('draws charts asked for at once, each its own picture', async () => {
    renderer = new ChartRenderer();
    const titles = ['Xã Kim Phượng', 'Phường Hồng Bàng', 'Xã Tam Dương', 'Phường Lê Chân'];
    const pictures = await Promise.all(titles.map((t) => renderer!.render(input(t))));
    expect(pictures.every(isPng)).toBe(true);
    expect(new Set(pictures.map((p) => Buffer.from(p).toString('base64'))).size).toBe(titles.length);
    expect(renderer.threads).toBe(1);
  });
});
