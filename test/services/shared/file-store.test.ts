import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/domain/file-types.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import { FileStore } from '../../../src/services/shared/file-store.js';
import { EXE, incoming, JPEG, LEGACY_OFFICE, PDF } from '../../support/files.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = new FileStore(dir);

async function refusal(promise: Promise<unknown>): Promise<RuleError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  return error as RuleError;
}

/** Every file under the store, relative to it. */
function storedFiles(root = dir, prefix = ''): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? storedFiles(join(root, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe('FileStore', () => {
  it('stores a PDF once under its SHA-256, keeping the name for display only', async () => {
    const first = await store.receive(incoming(PDF, 'Tờ trình.pdf'), 'ho-so');
    const again = await store.receive(incoming(PDF, 'ban-sao.pdf'), 'ho-so');
    expect(first).toMatchObject({ mime: 'application/pdf', size: PDF.byteLength, originalName: 'Tờ trình.pdf' });
    expect(first.storageKey).toBe(`${first.sha256.slice(0, 2)}/${first.sha256}`);
    expect(again.sha256).toBe(first.sha256);
    expect(storedFiles().filter((f) => !f.startsWith('cache/'))).toEqual([first.storageKey]);
    expect(Buffer.from(await store.read(first.storageKey)).equals(PDF)).toBe(true);
  });

  it('never turns a hostile name into a path', async () => {
    const blob = await store.receive(incoming(PDF, '../../x.pdf'), 'ho-so');
    expect(blob.originalName).toBe('x.pdf');
    const windows = await store.receive(incoming(PDF, '..\\..\\Windows\\evil.pdf'), 'ho-so');
    expect(windows.originalName).toBe('evil.pdf');
    const hidden = await store.receive(incoming(PDF, '/etc/.pdf'), 'ho-so');
    expect(hidden.originalName).toBe('pdf');
    expect(storedFiles().every((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f))).toBe(true);
    await expect(store.read('../../etc/passwd')).rejects.toThrow('not a storage key');
  });

  it('accepts photos without a name, and old Word files by their container', async () => {
    const photo = await store.receive(incoming(JPEG, null, { kind: 'photo' }), 'minh-chung');
    expect(photo).toMatchObject({ mime: 'image/jpeg', originalName: 'minh-chung.jpg' });
    const doc = await store.receive(incoming(LEGACY_OFFICE, 'Biên bản họp.doc'), 'ho-so');
    expect(doc.mime).toBe('application/msword');
    const xls = await store.receive(incoming(LEGACY_OFFICE, 'bang-diem.xls'), 'ho-so');
    expect(xls.mime).toBe('application/vnd.ms-excel');
  });

  it('refuses other types by name and by content, saying which file', async () => {
    const text = await refusal(store.receive(incoming(Buffer.from('xin chao'), 'ghi-chu.txt'), 'ho-so'));
    expect(text.reason).toBe('file-type-refused');
    expect(text.args).toEqual({ name: 'ghi-chu.txt' });
    const disguised = incoming(EXE, 'bao-cao.pdf');
    const exe = await refusal(store.receive(disguised, 'ho-so'));
    expect(exe).toMatchObject({ reason: 'file-type-refused', args: { name: 'bao-cao.pdf' } });
    expect(disguised.downloads).toBe(1);
    const container = await refusal(store.receive(incoming(LEGACY_OFFICE, 'macro.pdf'), 'ho-so'));
    expect(container.reason).toBe('file-type-refused');
  });

  it('refuses a file over 20 MB before downloading it, and after when the size was not announced', async () => {
    const big = incoming(PDF, 'lon.pdf', { size: MAX_FILE_BYTES + 1 });
    expect(await refusal(store.receive(big, 'ho-so'))).toMatchObject({ reason: 'file-too-big', args: { maxMb: 20 } });
    expect(big.downloads).toBe(0);
    const huge = Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)]);
    const unannounced = incoming(huge, 'lon.pdf', { size: null });
    expect((await refusal(store.receive(unannounced, 'ho-so'))).reason).toBe('file-too-big');
    const exactly = await store.receive(incoming(Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES - PDF.byteLength)]), 'vua.pdf'), 'ho-so');
    expect(exactly.size).toBe(MAX_FILE_BYTES);
  });

  it('renders a cached entry once', async () => {
    let renders = 0;
    const make = () => {
      renders += 1;
      return new Uint8Array([1, 2, 3]);
    };
    expect([...(await store.cached('xephang-abc.png', make))]).toEqual([1, 2, 3]);
    expect([...(await store.cached('xephang-abc.png', make))]).toEqual([1, 2, 3]);
    expect(renders).toBe(1);
    expect([...readFileSync(join(dir, 'cache', 'xephang-abc.png'))]).toEqual([1, 2, 3]);
    await expect(store.cached('../x.png', make)).rejects.toThrow('not a cache name');
  });
});
