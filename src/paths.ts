import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// What the program ships (locales, migrations, campaign files) is found from where the program
// is, not from the folder it was started in: this file is src/paths.ts under tsx, and
// dist/src/paths.js once built (npm start), both one folder below what they ship with.

const parent = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder holding package.json, locales/, prisma/ and campaigns/. */
export const PROGRAM_ROOT = basename(parent) === 'dist' ? dirname(parent) : parent;

/** A file the program ships, by its path in the repository (locales/vi/core.ftl). */
export function programFile(...parts: string[]): string {
  return resolve(PROGRAM_ROOT, ...parts);
}
