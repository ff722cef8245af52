import { randomBytes } from 'node:crypto';
import type { HttpServer } from './server.js';

// Files served at ${PUBLIC_BASE_URL}/<folder>/<name><extension> for Zalo, which takes a picture
// only by address and no document at all: standings charts and the documents the bot hands out.
// Names are 128 random bits and expire; the files are kept in memory by name, so nothing in a
// requested path (nor a file's own name) ever reaches the file system.

const NAME = /^([A-Za-z0-9_-]{22})(\.[a-z0-9]{1,8})?$/;

export interface HostedFile {
  bytes: Uint8Array;
  mime: string;
  /** what the address ends with (".png", ".docx"), or "" */
  extension: string;
  /** the same key asked for again shares its address while that has long enough to live */
  key: string;
  /** offered to the browser as the download's name (documents); pictures are shown in place */
  downloadName?: string;
}

export interface FileHost {
  /** the public address of this file, valid until `expiresAt` (at least half the time to live) */
  publish(file: HostedFile): { url: string; expiresAt: Date };
}

export interface FileHostOptions {
  server: HttpServer;
  publicBaseUrl: string;
  /** the path segment under PUBLIC_BASE_URL: "charts", "files" */
  folder: string;
  ttlMs: number;
  /** files kept at most, and their bytes at most; the oldest are forgotten first */
  maxFiles: number;
  maxBytes: number;
  /** pictures may sit in shared caches; documents (people's names and results) may not */
  shared: boolean;
  now?: () => number;
}

interface Entry extends HostedFile {
  expiresAt: number;
}

/** An extension fit for an address: a dot and a few lowercase letters or digits, else none. */
export function addressExtension(name: string): string {
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** Content-Disposition naming a download: an ASCII fallback and the exact name (RFC 6266). */
export function disposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function createFileHost(options: FileHostOptions): FileHost {
  const now = options.now ?? Date.now;
  const files = new Map<string, Entry>();
  const prefix = `${new URL(options.publicBaseUrl).pathname.replace(/\/+$/, '')}/${options.folder}/`;
  const bytesKept = () => [...files.values()].reduce((sum, e) => sum + e.bytes.byteLength, 0);

  const prune = (incoming: number) => {
    for (const [name, entry] of files) if (entry.expiresAt <= now()) files.delete(name);
    // Map order is insertion order: the first entry is the oldest.
    for (const name of files.keys()) {
      if (files.size < options.maxFiles && bytesKept() + incoming <= options.maxBytes) break;
      files.delete(name);
    }
  };

  options.server.route('GET', prefix, (req, res, pathname) => {
    const m = NAME.exec(pathname.slice(prefix.length));
    const entry = m ? files.get(m[1]!) : undefined;
    if (!entry || entry.expiresAt <= now() || entry.extension !== (m?.[2] ?? '')) {
      res.writeHead(404).end();
      return;
    }
    const age = Math.floor((entry.expiresAt - now()) / 1000);
    res.writeHead(200, {
      'content-type': entry.mime,
      'content-length': entry.bytes.byteLength,
      'cache-control': `${options.shared ? 'public' : 'private'}, max-age=${age}`,
      'x-content-type-options': 'nosniff',
      ...(entry.downloadName ? { 'content-disposition': disposition(entry.downloadName) } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : entry.bytes);
  });

  return {
    publish(file) {
      let found = [...files].find(([, e]) => e.key === file.key && e.expiresAt - now() > options.ttlMs / 2);
      if (!found) {
        prune(file.bytes.byteLength);
        found = [randomBytes(16).toString('base64url'), { ...file, expiresAt: now() + options.ttlMs }];
        files.set(...found);
      }
      const [name, entry] = found;
      return { url: `${options.publicBaseUrl}/${options.folder}/${name}${entry.extension}`, expiresAt: new Date(entry.expiresAt) };
    },
  };
}
