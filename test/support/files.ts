import type { IncomingFile } from '../../src/dialogs/port.js';

// Small but real files: each starts with the signature its format has, which is what the bot
// checks; names and announced types are what a chat app reports, and may lie.

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const OTHER_PDF = Buffer.from('%PDF-1.7\n% another document\n%%EOF\n');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]), Buffer.alloc(64)]);
/** an old Word/Excel container (CFB) */
export const LEGACY_OFFICE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]);
/** a Windows program */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);

export function incoming(bytes: Uint8Array, name: string | null, options: { kind?: 'document' | 'photo'; size?: number | null } = {}): IncomingFile & { downloads: number } {
  const file = {
    kind: options.kind ?? 'document',
    name,
    mime: null,
    size: options.size === undefined ? bytes.byteLength : options.size,
    downloads: 0,
    download: async () => {
      file.downloads += 1;
      return bytes;
    },
  };
  return file;
}
