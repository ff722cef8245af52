import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Piscina } from 'piscina';
import type { RasterizeTask } from './rasterize-worker.js';
import { chartSvg, type StandingsChartInput } from './standings-chart.js';

/** A worker with nothing to draw for this long exits and gives its memory back. */
export const RENDERER_IDLE_MS = 30_000;

// Run from TypeScript sources (tests, the demo) the worker is a .ts file too, loaded through tsx;
// the built program's worker is plain JavaScript next to this file.
const WORKER = new URL(`./rasterize-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
const WASM = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
// The ES2023 lib has no WebAssembly types; Node has the global.
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<RasterizeTask['module']> } };

/**
 * Draws standings charts: the SVG here, the pixels in one worker thread, started when a chart is
 * asked for and stopped when none has been for a while. One worker is enough: pictures are drawn
 * once per change of the standings, and the other core stays free for answering.
 */
export class ChartRenderer {
  private readonly pool: Piscina;
  private module: Promise<RasterizeTask['module']> | undefined;

  constructor(options: { idleMs?: number } = {}) {
    this.pool = new Piscina({
      filename: WORKER.href,
      minThreads: 0,
      maxThreads: 1,
      // Between tasks the worker waits on its event loop, not in Atomics.wait, so that what it
      // schedules after a chart (a garbage collection) runs at once; a chart is rare enough.
      atomics: 'disabled',
      idleTimeout: options.idleMs ?? RENDERER_IDLE_MS,
      // tsx found from this file, not from the folder the program was started in.
      execArgv: WORKER.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [],
      // The JavaScript side of a rendering is small: a runaway one is stopped, not the process.
      resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 2 },
    });
  }

  async render(input: StandingsChartInput): Promise<Uint8Array> {
    // resvg's WebAssembly is compiled here, once, and handed to each worker: V8 shares the compiled
    // code between threads, so a worker started again finds compiled what the ones before it ran
    // (its first chart ≈ 50 ms sooner under --liftoff-only). Idle, this keeps ≈ 4 MB more after the
    // first worker has stopped, and less after a few: no worker leaves its own compilation behind.
    this.module ??= readFile(WASM).then((bytes) => wasmApi.compile(bytes));
    const task: RasterizeTask = { svg: chartSvg(input), module: await this.module };
    const png: unknown = await this.pool.run(task);
    if (!(png instanceof Uint8Array)) throw new Error('chart worker returned no picture');
    return png;
  }

  /** Worker threads running now (0 when idle). */
  get threads(): number {
    return this.pool.threads.length;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
