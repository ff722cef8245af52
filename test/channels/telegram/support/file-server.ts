import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A Bot API file endpoint on 127.0.0.1: GET /file/bot<token>/<file_path> serves what tests put in.

export interface FileServer {
  /** the API root to give the bot, e.g. http://127.0.0.1:41234 */
  url: string;
  /** file_path → bytes */
  files: Map<string, Uint8Array>;
  /** request paths seen, in order */
  requests: string[];
  close(): Promise<void>;
}

export async function startFileServer(token: string): Promise<FileServer> {
  const files = new Map<string, Uint8Array>();
  const requests: string[] = [];
  const prefix = `/file/bot${token}/`;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.push(path);
    const body = req.method === 'GET' && path.startsWith(prefix) ? files.get(decodeURIComponent(path.slice(prefix.length))) : undefined;
    if (!body) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"ok":false,"error_code":404,"description":"Not Found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.byteLength }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
