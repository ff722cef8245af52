// Which files the campaign accepts as evidence and dossier documents, decided from what the bytes
// are (their signature), not from the name or the type a client claims.

export const MAX_FILE_BYTES = 20 * 1024 * 1024; // the Bot API's download cap

/** A file someone sent. Its name is for display only: it never becomes a path. */
export interface IncomingFile {
  kind: 'document' | 'photo';
  name: string | null;
  mime: string | null;
  /** the size the platform announced, checked before downloading */
  size: number | null;
  /** fetches the bytes from the platform (Telegram: getFile, then download) */
  download(): Promise<Uint8Array>;
  /** the text typed with the file, where the platform carries one (Telegram's caption) */
  caption?: string;
}

/** Sniffed extension → the type stored and handed back. */
const ACCEPTED: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** Old Word and Excel files share one container format; the name tells which it is. */
const LEGACY_OFFICE: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

export function extensionOf(name: string | null): string {
  const m = /\.([a-z0-9]{1,5})$/i.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** The accepted type of a file whose bytes were sniffed as `sniffedExt`, or null to refuse it. */
export function acceptedType(sniffedExt: string | undefined, name: string | null): { ext: string; mime: string } | null {
  if (sniffedExt === undefined) return null;
  if (sniffedExt === 'cfb') {
    const ext = extensionOf(name);
    return LEGACY_OFFICE[ext] ? { ext, mime: LEGACY_OFFICE[ext]! } : null;
  }
  const mime = ACCEPTED[sniffedExt];
  return mime ? { ext: sniffedExt, mime } : null;
}

/**
 * A display name safe to show and to offer when handing the file back: no folders, no control
 * characters, bounded length. It is never used to build a path.
 */
export function displayName(name: string | null, fallback: string): string {
  const base = (name ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return clean === '' ? fallback : clean;
}

/** Where a blob lives inside the file store: derived from its hash only. */
export function storageKeyOf(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha-256 hex digest');
  return `${sha256.slice(0, 2)}/${sha256}`;
}
