import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { acceptedType, displayName, extensionOf, MAX_FILE_BYTES, storageKeyOf } from '../../domain/file-types.js';
import type { IncomingFile } from '../../domain/file-types.js';
import { RuleError } from './errors.js';

/** A file checked and stored, not yet attached to anything. */
export interface StoredBlob {
  sha256: string;
  storageKey: string;
  size: number;
  mime: string;
  originalName: string;
}

/** Stored files and their folders are the bot's user's alone: evidence and dossiers are personal. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/** What a person is told about a file over the limit (MAX_FILE_BYTES unless a download sets its own). */
export const fileTooBig = (maxBytes = MAX_FILE_BYTES): RuleError => new RuleError('file-too-big', { maxMb: Math.round(maxBytes / 1024 / 1024) });

/**
 * Reads a download whole but never past `maxBytes`: a declared size may be missing or false, so the
 * bytes are counted as they come, and at the limit `stop` ends the transfer (the rest is never
 * received) and the person is told the file is too big.
 */
export async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number, stop: () => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      stop();
      throw fileTooBig(maxBytes);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Content-addressed storage under FILE_STORE_DIR: a file is kept once however often it is sent,
 * under a name made from its SHA-256, so nothing a person typed ever becomes part of a path.
 */
export class FileStore {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  /** Checks size and type, downloads, sniffs the bytes, and stores them. */
  async receive(file: IncomingFile, fallbackName: string): Promise<StoredBlob> {
    if (file.size !== null && file.size > MAX_FILE_BYTES) throw fileTooBig();
    if (file.kind === 'document' && !isAcceptedName(file.name)) throw new RuleError('file-type-refused', { name: displayName(file.name, fallbackName) });
    // The channels' downloads stop at the limit themselves (readCapped); a file read another way
    // (the console's, from disk) is checked here.
    const bytes = await file.download();
    if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooBig();
    // Loaded on the first file rather than at start: most updates carry none.
    const { fileTypeFromBuffer } = await import('file-type');
    const type = acceptedType((await fileTypeFromBuffer(bytes))?.ext, file.name);
    if (!type) throw new RuleError('file-type-refused', { name: displayName(file.name, fallbackName) });
    const name = displayName(file.name, `${fallbackName}.${type.ext}`);
    return { ...(await this.put(bytes)), size: bytes.byteLength, mime: type.mime, originalName: name };
  }

  async put(bytes: Uint8Array): Promise<{ sha256: string; storageKey: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = storageKeyOf(sha256);
    const path = join(this.root, storageKey);
    if (!(await exists(path))) await writePrivately(path, bytes);
    return { sha256, storageKey };
  }

  async read(storageKey: string): Promise<Uint8Array> {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error('not a storage key');
    return readFile(join(this.root, storageKey));
  }

  /** A named cache entry (rendered charts): `name` is ours, never a person's. */
  async cached(name: string, make: () => Uint8Array | Promise<Uint8Array>): Promise<Uint8Array> {
    if (!/^[a-z0-9-]+\.[a-z]+$/.test(name)) throw new Error('not a cache name');
    const path = join(this.root, 'cache', name);
    if (await exists(path)) return readFile(path);
    const bytes = await make();
    await writePrivately(path, bytes);
    return bytes;
  }
}

/**
 * Writes then renames, so a crash never leaves a half-written file under the final name. Modes are
 * given at creation (the umask can only take bits away), so no moment exists when others may read.
 */
async function writePrivately(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: FOLDER_MODE });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, bytes, { mode: FILE_MODE });
  await rename(tmp, path);
}

/** Documents must carry a known extension; photos come without a name. */
function isAcceptedName(name: string | null): boolean {
  return ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'jpg', 'jpeg', 'png', 'webp'].includes(extensionOf(name));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
