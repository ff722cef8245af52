import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../../src/db/backup.js';
import { createDb } from '../../../src/db/client.js';
import { applyMigrations } from '../../../src/db/migrate.js';
import { FileStore } from '../../../src/services/shared/file-store.js';
import { PDF } from '../../support/files.js';

// What the bot writes to disk (evidence, dossiers, charts, the SQLite database and its backups)
// is readable by the bot's user only, whatever the umask: here the common 022, which would
// otherwise leave everything readable by every user of the machine.

const dir = mkdtempSync(join(tmpdir(), 'thidua-modes-'));
let umask: number;
beforeAll(() => {
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('stored files', () => {
  it('are 0600 in folders of 0700, the store folder itself included', async () => {
    const root = join(dir, 'files');
    const store = new FileStore(root);
    const { storageKey } = await store.put(PDF);
    const path = join(root, storageKey);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(dirname(path))).toBe(0o700);
    expect(modeOf(root)).toBe(0o700);
    expect(Buffer.from(await store.read(storageKey)).equals(PDF)).toBe(true);

    await store.cached('standings-1.png', () => new Uint8Array([1, 2, 3]));
    expect(modeOf(join(root, 'cache', 'standings-1.png'))).toBe(0o600);
    expect(modeOf(join(root, 'cache'))).toBe(0o700);
  });
});

describe('the SQLite database', () => {
  it('is created 0600, and so are its write-ahead log and shared-memory files', async () => {
    const path = join(dir, 'data', 'thidua.db');
    await applyMigrations(`file:${path}`);
    expect(modeOf(path)).toBe(0o600);
    const db = await createDb(`file:${path}`);
    try {
      await db.organization.create({ data: { code: 'KIM_PHUONG', name: 'UBND xã Kim Phượng' } });
      for (const file of [path, `${path}-wal`, `${path}-shm`]) {
        expect(existsSync(file), file).toBe(true);
        expect(modeOf(file), file).toBe(0o600);
      }
    } finally {
      await db.$disconnect();
    }
  });

  it('its backup, and a database restored from it, are 0600 too', async () => {
    const source = join(dir, 'data', 'thidua.db');
    const out = join(dir, 'backups', 'thidua-2025-11-20-0900.db');
    await backupDatabase(`file:${source}`, out);
    expect(modeOf(out)).toBe(0o600);
    expect(modeOf(dirname(out))).toBe(0o700);

    const restored = join(dir, 'restored', 'thidua.db');
    await restoreDatabase(`file:${restored}`, out);
    expect(modeOf(restored)).toBe(0o600);
  });

  it('an existing database file keeps the mode its owner gave it', async () => {
    // the database made above
    const path = join(dir, 'data', 'thidua.db');
    chmodSync(path, 0o640);
    const db = await createDb(`file:${path}`);
    try {
      expect(await db.organization.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
    expect(modeOf(path)).toBe(0o640);
  });
});
