import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { displayName } from '../../domain/file-types.js';

// The console has no chat app to hand a file to: documents the bot sends are written into a folder
// and their path shown. The name is the display name cleared of folders and of characters a file
// system refuses; it never picks the folder.

/** Characters Windows refuses in a file name (the slashes are gone already). */
const RESERVED = /[<>:"|?*]/g;

/** Writes the file into `dir` under its own name, "name (2).ext" when that is taken; gives its path. */
export async function saveDocument(dir: string, document: { name: string; bytes: Uint8Array }): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = displayName(document.name, 'tep').replace(RESERVED, '_');
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n += 1) {
    const path = resolve(join(dir, n === 1 ? name : `${stem} (${n})${ext}`));
    try {
      await writeFile(path, document.bytes, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
