import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Runnable } from '../lifecycle.js';

// The bot's one HTTP server (webhooks of both channels, chart pictures). Channels register their
// paths; it starts before them and stops after them, so a channel's stop() only has to stop
// taking requests on its own path.

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => void | Promise<void>;

export interface HttpServer extends Runnable {
  /**
   * Serves `method` on `path`; a path ending in "/" serves everything under it. Returns a function
   * that removes the route (its requests get 404 from then on).
   */
  route(method: string, path: string, handler: RouteHandler): () => void;
  /** where it listens once started (port 0 picks a free one) */
  address(): AddressInfo | null;
}

interface Route {
  method: string;
  path: string;
  handler: RouteHandler;
}

export function createHttpServer(options: { host: string; port: number; logger: Logger }): HttpServer {
  const routes = new Set<Route>();
  let server: Server | null = null;

  const find = (method: string, pathname: string): Route | undefined => {
    for (const r of routes) {
      const matches = r.path.endsWith('/') ? pathname.startsWith(r.path) && pathname.length > r.path.length : pathname === r.path;
      if (matches && (r.method === method || (r.method === 'GET' && method === 'HEAD'))) return r;
    }
    return undefined;
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = find(req.method ?? 'GET', pathname);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve()
      .then(() => route.handler(req, res, pathname))
      .catch((err: unknown) => {
        options.logger.error({ err, path: route.path }, 'HTTP request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
  };

  return {
    name: 'http server',
    route(method, path, handler) {
      const r = { method, path, handler };
      routes.add(r);
      return () => void routes.delete(r);
    },
    address: () => (server?.address() as AddressInfo | null) ?? null,
    async start() {
      const s = createServer(onRequest);
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
