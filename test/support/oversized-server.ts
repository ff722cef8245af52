import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A file server on 127.0.0.1 that sends more than a download may take: a PDF's first bytes, then
// filler up to `sends` bytes, without a Content-Length (chunked, as a server that does not know
// the size sends it) or with an honest one (`announce`). It writes at the pace the client reads,
// so the bytes it managed to write show where the client stopped.

export interface OversizedServer {
  url: string;
  /** per request: bytes written, and whether the client closed before the server had sent them all */
  requests: Array<{ path: string; sent: number; cutOff: boolean; done: Promise<void> }>;
  close(): Promise<void>;
}

const CHUNK = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64 * 1024 - 9, 0x20)]);

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

export async function startOversizedServer(options: { sends: number; announce?: boolean }): Promise<OversizedServer> {
  const requests: OversizedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    let finish = () => {};
    const entry = { path: req.url ?? '', sent: 0, cutOff: false, done: new Promise<void>((resolve) => (finish = resolve)) };
    requests.push(entry);
    res.on('close', () => {
      entry.cutOff = !res.writableFinished;
      finish();
    });
    res.writeHead(200, { 'content-type': 'application/pdf', ...(options.announce ? { 'content-length': options.sends } : {}) });
    void (async () => {
      while (entry.sent < options.sends && !res.destroyed) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, options.sends - entry.sent));
        entry.sent += piece.length;
        if (!res.write(piece)) await drainedOrClosed(res);
      }
      if (!res.destroyed) res.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
