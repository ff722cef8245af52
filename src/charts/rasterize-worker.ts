// Runs in ChartRenderer's worker thread: resvg's WebAssembly and the fonts it draws with live here,
// so their memory (≈ 30 MB) goes back when the worker exits, and a rendering (≈ 60–100 ms for 15
// units under --liftoff-only) never holds up the updates the main thread is answering.
// resvg's WebAssembly build, not its native one: the native 2.6 keeps every rendered picture's
// pixels (≈ 2 MB a chart, never returned, whatever the GC does); the WebAssembly one frees each
// picture and reuses its memory.

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { Piscina } from 'piscina';
import { encodePng } from './png.js';
import { FAMILY, FONT_FILES } from './standings-chart.js';

export interface RasterizeTask {
  svg: string;
  /** resvg's WebAssembly.Module, compiled by ChartRenderer (see there). */
  module: object;
}

let renderer: Promise<Uint8Array[]> | undefined;

// The pixels a chart copies out of resvg (4 MB for 15 units, 14 for 60, twice over with the rows
// compressed) live outside V8's heap, and V8 frees them only once ≈ 40 MB have piled up: a run of
// charts drew 35–75 MB more. So a full collection after each chart, once its answer has gone (the
// pool runs without Atomics, so this worker's event loop turns between tasks). This heap is small:
// 5–15 ms, on this thread, off the answer's path. Jest's leak detector gets `gc` the same way;
// the flag only exposes it to contexts made from now on, not to the program's own globals.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Starts resvg's WebAssembly module and reads the fonts, once per worker. */
function ready(module: object): Promise<Uint8Array[]> {
  renderer ??= (async () => {
    await withoutFetchGlobals(() => initWasm(module));
    return [readFileSync(FONT_FILES.regular), readFileSync(FONT_FILES.bold)];
  })();
  return renderer;
}

/**
 * resvg's loader asks `typeof Request` and `typeof Response` to see whether it was handed a fetch
 * response, and Node loads its whole fetch implementation at the first look at either: 20–45 ms and
 * 2 MB of heap at every start of this worker, which never fetches. Hidden while the loader runs.
 */
async function withoutFetchGlobals(load: () => Promise<void>): Promise<void> {
  const saved = (['Request', 'Response'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const [name] of saved) Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });
  try {
    await load();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}

/** An SVG to PNG, with the bundled fonts only; the bytes are moved to the caller, not copied. */
export default async function rasterize({ svg, module }: RasterizeTask): Promise<unknown> {
  const png = draw(svg, await ready(module));
  setImmediate(collectGarbage);
  return Piscina.move(png);
}

function draw(svg: string, fontBuffers: Uint8Array[]): Uint8Array {
  // No background option: the chart's own first element is a white rectangle over all of it.
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FAMILY } });
  try {
    const image = resvg.render();
    try {
      // resvg's pixels are premultiplied by alpha; the chart is opaque (that white rectangle), so
      // they are the plain RGBA a PNG holds. resvg's own encoder (`asPng`) is not used: see png.ts.
      return encodePng(image.width, image.height, image.pixels);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
