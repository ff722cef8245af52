import { closeSync, openSync } from 'node:fs';

/**
 * Creates `path` as an empty file only the bot's user may read and write, unless it exists. SQLite
 * takes an empty file as an empty database and gives its -wal, -shm and journal files the mode of
 * the database file, so they are private too. An existing file keeps the mode its owner chose.
 */
export function createOwnerOnly(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
