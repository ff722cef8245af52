import { createFileHost } from './file-host.js';
import type { HttpServer } from './server.js';

// Standings pictures served at ${PUBLIC_BASE_URL}/charts/<name>.png, for Zalo, whose sendPhoto
// takes an address instead of bytes.

export const CHART_TTL_MS = 24 * 60 * 60 * 1000;

export interface ChartHost {
  /** the public address of this picture, valid for at least half the time to live (24 h by default) */
  publish(image: { png: Uint8Array; key: string }): string;
}

export function createChartHost(options: { server: HttpServer; publicBaseUrl: string; ttlMs?: number; now?: () => number }): ChartHost {
  const host = createFileHost({
    ...options,
    folder: 'charts',
    ttlMs: options.ttlMs ?? CHART_TTL_MS,
    maxFiles: 100,
    maxBytes: 50 * 1024 * 1024,
    shared: true,
  });
  return { publish: (image) => host.publish({ bytes: image.png, mime: 'image/png', extension: '.png', key: image.key }).url };
}
