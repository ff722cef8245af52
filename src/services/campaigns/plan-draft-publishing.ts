import { suggestCode } from '../../plan-reader/to-campaign-file.js';
import { unitKey } from '../../plan-reader/draft/offices.js';

// What publishing a plan draft needs besides the import: codes for its units, and which required values the file still lacks.

/**
 * A code for each unit: the one the organization already uses for a unit of that name (so its
 * members and history stay), else the initials of the name, numbered when two would clash.
 */
export function unitCodes(names: string[], existing: Array<{ code: string; name: string }>): Record<string, string> {
  const codes: Record<string, string> = {};
  const used = new Set<string>();
  for (const name of names) {
    const same = existing.find((u) => unitKey(u.name) === unitKey(name) && !used.has(u.code));
    if (same) {
      codes[name] = same.code;
      used.add(same.code);
    }
  }
  const taken = new Set([...existing.map((u) => u.code), ...used]);
  for (const name of names) {
    if (codes[name]) continue;
    const base = suggestCode(name).replace(/[^A-Z0-9]/g, '') || 'DV';
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
    codes[name] = code;
    taken.add(code);
  }
  return codes;
}

/** Whether the file has nothing at `path` (a required value the draft could not fill). */
export function isEmptyAt(file: Record<string, unknown>, path: (string | number)[]): boolean {
  let at: unknown = file;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return true;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at === null || at === undefined || (Array.isArray(at) && at.length === 0);
}
