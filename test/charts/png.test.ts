import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/charts/png.js';
import { chartSvg, FAMILY, FONT_FILES } from '../../src/charts/standings-chart.js';

/** Decoded by pngjs, an independent decoder that checks every chunk's CRC and zlib's checksum. */
const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

describe('encodePng', () => {
  it('writes a PNG that another decoder reads back pixel for pixel, alpha included', () => {
    const width = 7;
    const height = 5;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37 + (i >> 2)) % 256);
    const image = decode(encodePng(width, height, rgba));
    expect([image.width, image.height]).toEqual([width, height]);
    expect(Buffer.from(image.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('reads its pixels from a view into a larger buffer without touching the rest', () => {
    const backing = new Uint8Array(4 * 3 + 8).fill(200);
    const view = backing.subarray(4, 4 + 12);
    view.set([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 128]);
    expect(Array.from(decode(encodePng(3, 1, view)).data)).toEqual([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 128]);
    expect(backing.subarray(0, 4).every((b) => b === 200) && backing.subarray(16).every((b) => b === 200)).toBe(true);
  });

  it('refuses pixels that do not match the size it is given', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => encodePng(0, 1, new Uint8Array(0))).toThrow(RangeError);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(RangeError);
  });

  describe('on a real chart', () => {
    let resvg: InstanceType<typeof Resvg>;
    beforeAll(async () => {
      await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
      const fontBuffers = [readFileSync(FONT_FILES.regular), readFileSync(FONT_FILES.bold)];
      const entries = Array.from({ length: 12 }, (_, i) => ({ rank: i + 1, unitName: `Bộ phận số ${i + 1}`, score: 97 - i * 4.5, gradeLabel: i < 3 ? 'Xuất sắc' : 'Tốt' }));
      resvg = new Resvg(chartSvg({ title: 'Bảng xếp hạng thi đua', subtitle: 'UBND xã Kim Phượng', entries, scoreLabel: (s) => String(s) }), {
        font: { loadSystemFonts: false, fontBuffers, defaultFontFamily: FAMILY },
      });
    });

    it('gives the same picture as resvg’s own encoder, in a file about as small', () => {
      const image = resvg.render();
      const ours = encodePng(image.width, image.height, image.pixels);
      const theirs = image.asPng();
      image.free();
      const [a, b] = [decode(ours), decode(theirs)];
      expect([a.width, a.height]).toEqual([b.width, b.height]);
      expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
      expect(ours.length).toBeLessThan(theirs.length * 1.1);
    });
  });
});
