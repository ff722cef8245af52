import { randomBytes } from 'node:crypto';
import type { HttpServer } from './server.js';

// Standings pictures served at ${PUBLIC_BASE_URL}/charts/<name>.png, for Zalo, whose sendPhoto
// takes an address instead of bytes. Names are 128 random bits and expire; the pictures are kept in
// memory by name, so nothing in a requested path ever reaches the file system.

export const CHART_TTL_MS = 24 * 60 * 60 * 1000;
/** pictures kept at most; the oldest is forgotten first */
const MAX_CHARTS = 100;
const NAME = /^[A-Za-z0-9_-]{22}$/;

export interface ChartHost {
  /** the public address of this picture, valid for at least half the time to live (24 h by default) */
  publish(image: { png: Uint8Array; key: string }): string;
}

interface Entry {
  png: Uint8Array;
  key: string;
  expiresAt: number;
}

export function createChartHost(options: { server: HttpServer; publicBaseUrl: string; ttlMs?: number; now?: () => number }): ChartHost {
  const ttl = options.ttlMs ?? CHART_TTL_MS;
  const now = options.now ?? Date.now;
  const charts = new Map<string, Entry>();
  const prefix = `${new URL(options.publicBaseUrl).pathname.replace(/\/+$/, '')}/charts/`;

  const prune = () => {
    for (const [name, entry] of charts) if (entry.expiresAt <= now() || charts.size >= MAX_CHARTS) charts.delete(name);
  };

  options.server.route('GET', prefix, (req, res, pathname) => {
    const m = /^(.+)\.png$/.exec(pathname.slice(prefix.length));
    const entry = m && NAME.test(m[1]!) ? charts.get(m[1]!) : undefined;
    if (!entry || entry.expiresAt <= now()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'image/png',
      'content-length': entry.png.byteLength,
      'cache-control': `public, max-age=${Math.floor((entry.expiresAt - now()) / 1000)}`,
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : entry.png);
  });

  return {
    publish(image) {
      prune();
      // The same picture asked for again shares its address while that has long enough to live.
      let name = [...charts].find(([, e]) => e.key === image.key && e.expiresAt - now() > ttl / 2)?.[0];
      if (!name) {
        name = randomBytes(16).toString('base64url');
        charts.set(name, { png: image.png, key: image.key, expiresAt: now() + ttl });
      }
      return `${options.publicBaseUrl}/charts/${name}.png`;
    },
  };
}
