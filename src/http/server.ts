import { createAdaptorServer, type HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Runnable } from '../lifecycle.js';

// The bot's one HTTP server (webhooks of both channels, chart pictures, the web pages), on Hono.
// Channels register their paths; it starts before them and stops after them, so a channel's stop()
// only has to stop taking requests on its own path.

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => void | Promise<void>;

/** Hono with Node's request and response at hand (c.env.incoming / c.env.outgoing). */
export type WebApp = Hono<{ Bindings: HttpBindings }>;

export interface HttpServer extends Runnable {
  /**
   * Serves `method` on `path` with Node's own request and response (webhooks hand them to grammY);
   * a path ending in "/" serves everything under it. Returns a function that removes the route (its
   * requests get 404 from then on).
   */
  route(method: string, path: string, handler: RouteHandler): () => void;
  /** the Hono app the web pages register on */
  app: WebApp;
  /** where it listens once started (port 0 picks a free one) */
  address(): AddressInfo | null;
}

export function createHttpServer(options: { host: string; port: number; logger: Logger }): HttpServer {
  // The trie router takes routes at any time: channels add theirs when they start, after requests came.
  const app: WebApp = new Hono({ router: new TrieRouter() });
  app.notFound((c) => c.body(null, 404));
  app.onError((err, c) => {
    options.logger.error({ err, path: c.req.path }, 'HTTP request failed');
    return c.body(null, 500);
  });
  let server: Server | null = null;

  return {
    name: 'http server',
    app,
    route(method, path, handler) {
      let live = true;
      const pattern = path.endsWith('/') ? `${path}*` : path;
      app.on(method, pattern, async (c, next) => {
        // A removed route lets the request fall through to whatever else matches, or 404.
        if (!live || (path.endsWith('/') && c.req.path.length <= path.length)) return next();
        const { incoming, outgoing } = c.env;
        try {
          await handler(incoming, outgoing, c.req.path);
        } catch (err) {
          options.logger.error({ err, path }, 'HTTP request failed');
          if (!outgoing.headersSent) outgoing.writeHead(500).end();
        }
        return RESPONSE_ALREADY_SENT;
      });
      return () => void (live = false);
    },
    address: () => (server?.address() as AddressInfo | null) ?? null,
    async start() {
      // overrideGlobalObjects off: the rest of the bot (grammY, axios) keeps Node's own fetch classes.
      const s = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(options.port, options.host, () => resolve());
      });
      server = s;
      options.logger.info({ host: options.host, port: (s.address() as AddressInfo).port }, 'HTTP server listening');
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      // Answers still being written get a moment; kept-alive connections are then let go.
      await new Promise((r) => setTimeout(r, 50));
      s.closeIdleConnections();
      const linger = setTimeout(() => s.closeAllConnections(), 2_000);
      await closed;
      clearTimeout(linger);
    },
  };
}
