import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { acceptedType, displayName, extensionOf, MAX_FILE_BYTES, storageKeyOf } from '../domain/file-types.js';
import type { IncomingFile } from '../dialogs/port.js';
import { RuleError } from './errors.js';

/** A file checked and stored, not yet attached to anything. */
export interface StoredBlob {
  sha256: string;
  storageKey: string;
  size: number;
  mime: string;
  originalName: string;
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
    const maxMb = MAX_FILE_BYTES / 1024 / 1024;
    if (file.size !== null && file.size > MAX_FILE_BYTES) throw new RuleError('file-too-big', { maxMb });
    if (file.kind === 'document' && !isAcceptedName(file.name)) throw new RuleError('file-type-refused', { name: displayName(file.name, fallbackName) });
    const bytes = await file.download();
    if (bytes.byteLength > MAX_FILE_BYTES) throw new RuleError('file-too-big', { maxMb });
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
    if (!(await exists(path))) {
      await mkdir(dirname(path), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under the final name.
      const tmp = `${path}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, path);
    }
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
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    return bytes;
  }
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
