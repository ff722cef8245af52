// Runs in ChartRenderer's worker thread: resvg's WebAssembly and the fonts it draws with live here,
// so their memory (≈ 30 MB) goes back when the worker exits, and a rendering (≈ 70 ms) never holds
// up the updates the main thread is answering.
// resvg's WebAssembly build, not its native one: the native 2.6 keeps every rendered picture's
// pixels (≈ 2 MB a chart, never returned, whatever the GC does); the WebAssembly one frees each
// picture and reuses its memory.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { Piscina } from 'piscina';
import { FAMILY, FONT_FILES } from './standings-chart.js';

const require = createRequire(import.meta.url);
let renderer: Promise<Uint8Array[]> | undefined;

/** Starts resvg's WebAssembly module and reads the fonts, once per worker. */
function ready(): Promise<Uint8Array[]> {
  renderer ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return [readFileSync(FONT_FILES.regular), readFileSync(FONT_FILES.bold)];
  })();
  return renderer;
}

/** An SVG to PNG, with the bundled fonts only; the bytes are moved to the caller, not copied. */
export default async function rasterize(svg: string): Promise<unknown> {
  const fontBuffers = await ready();
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FAMILY }, background: '#FFFFFF' });
  try {
    const image = resvg.render();
    try {
      return Piscina.move(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
