import { createHash } from 'node:crypto';
import { addressExtension, createFileHost } from './file-host.js';
import type { HttpServer } from './server.js';

// Documents the bot hands out (drafted paperwork, dossier files, the summary workbook) served at
// ${PUBLIC_BASE_URL}/files/<name>.<ext> for Zalo, which cannot send a document to a person.

export const DOCUMENT_TTL_MS = 24 * 60 * 60 * 1000;

export interface DocumentHost {
  /** the public address of this document and until when it works */
  publish(document: { name: string; mime: string; bytes: Uint8Array }): { url: string; expiresAt: Date };
}

export function createDocumentHost(options: { server: HttpServer; publicBaseUrl: string; ttlMs?: number; now?: () => number }): DocumentHost {
  const host = createFileHost({
    ...options,
    folder: 'files',
    ttlMs: options.ttlMs ?? DOCUMENT_TTL_MS,
    maxFiles: 200,
    // A dossier file may be 20 MB: memory stays bounded whatever is asked for.
    maxBytes: 100 * 1024 * 1024,
    shared: false,
  });
  return {
    publish: (doc) =>
      host.publish({
        bytes: doc.bytes,
        mime: doc.mime,
        extension: addressExtension(doc.name),
        key: `${createHash('sha256').update(doc.bytes).digest('hex')}:${doc.name}`,
        downloadName: doc.name,
      }),
  };
}
