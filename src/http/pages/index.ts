import type { WebApp } from '../server.js';
import type { WebDeps } from './link-guard.js';
import { registerUpload } from './upload.js';
import { registerDashboard } from './dashboard/routes.js';

// The web pages under ${PUBLIC_BASE_URL}/web/, opened from signed links given in chat.

export type { WebDeps } from './link-guard.js';

export function registerWebPages(app: WebApp, deps: WebDeps): void {
  app.use('/web/*', async (c, next) => {
    await next();
    // A link is a permission: no cache keeps a page, no Referer carries the link to another site.
    // Scripts served from node_modules (/web/static/) are the same for everyone: they keep their own caching.
    if (!c.req.path.startsWith('/web/static/')) c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-content-type-options', 'nosniff');
  });
  registerUpload(app, deps);
  registerDashboard(app, deps);
}
