import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WebApp } from '../server.js';

// A browser script shipped in an npm package (a chart library), served from the bot itself: no CDN
// and no build step; read once, kept in memory, cached by browsers for a day.

const require = createRequire(import.meta.url);

/**
 * Serves `moduleFile` (resolved like an import, e.g. "chart.js/dist/chart.umd.js") at `path`. The
 * file is read now, so a missing package fails at start rather than on a leader's phone.
 */
export function serveModuleFile(app: WebApp, path: string, moduleFile: string, mime = 'text/javascript; charset=utf-8'): void {
  const bytes = readFileSync(require.resolve(moduleFile));
  app.get(path, (c) => c.body(bytes, 200, { 'content-type': mime, 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' }));
}
