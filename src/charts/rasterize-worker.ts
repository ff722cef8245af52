// Runs in ChartRenderer's worker thread: resvg's WebAssembly and the fonts it draws with live here,
// so their memory (≈ 30 MB) goes back when the worker exits, and a rendering (≈ 100–170 ms under
// --liftoff-only, half of it resvg's PNG encoding) never holds up the updates the main thread is
// answering.
// resvg's WebAssembly build, not its native one: the native 2.6 keeps every rendered picture's
// pixels (≈ 2 MB a chart, never returned, whatever the GC does); the WebAssembly one frees each
// picture and reuses its memory.

import { readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { Piscina } from 'piscina';
import { FAMILY, FONT_FILES } from './standings-chart.js';

export interface RasterizeTask {
  svg: string;
  /** resvg's WebAssembly.Module, compiled by ChartRenderer (see there). */
  module: object;
}

let renderer: Promise<Uint8Array[]> | undefined;

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
  const fontBuffers = await ready(module);
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FAMILY }, background: '#FFFFFF' });
  try {
    const image = resvg.render();
    try {
      // resvg's own encoder, slow as WebAssembly under --liftoff-only: encoding `image.pixels` with
      // native zlib took 12 ms instead of 50–100, but each chart's copy of the pixels is a new
      // ArrayBuffer that V8 frees only once ≈ 32 MB of them have piled up, and a run of charts
      // drew 35–75 MB more at its peak.
      return Piscina.move(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
