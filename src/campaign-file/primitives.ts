import { z } from 'zod';
import { parseDate } from '../domain/dates.js';

// The small pieces every section of the campaign file is written with. Messages are Fluent keys
// (prefix cf-), never text: parse.ts turns each issue into a FileError naming field and line.

export const GRADES = ['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const;

export const text = z.string().min(1, { error: 'cf-error-empty-text' });
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'cf-error-slug' });
export const code = z.string().regex(/^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$/, { error: 'cf-error-code' });
export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'cf-error-time' });
export const share = z.number().gt(0, { error: 'cf-error-share' }).lte(1, { error: 'cf-error-share' });

/** "dd/mm/yyyy" → 00:00 of that day in Vietnam; "31/02/2025" is refused. */
export const day = z.string().transform((value, ctx) => {
  const date = parseDate(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: 'cf-error-date', params: { value } });
  return z.NEVER;
});

type Path = (string | number)[];

/**
 * Adds an issue on every item whose code repeats an earlier one. Issue paths are relative to the
 * list; `list` is the list's own path, to name the first occurrence in the message.
 */
export function uniqueCodes<T>(list: Path, items: readonly T[], ctx: z.RefinementCtx, codeOf: (item: T) => string, pathOf: (index: number) => Path): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = codeOf(item);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else ctx.addIssue({ code: 'custom', message: 'cf-error-duplicate', path: pathOf(index), params: { code: value, first: fieldPath([...list, ...pathOf(earlier)]) } });
  });
}

/** `task_areas[2].criteria[0].target` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** A top-level list whose items are identified by a code unique within it. */
export const listed = <T extends z.ZodType>(name: string, item: T, codeOf: (value: z.output<T>) => string, min = 0, codeField = 'code') =>
  z
    .array(item)
    .min(min)
    .superRefine((items, ctx) => uniqueCodes([name], items, ctx, codeOf, (i) => [i, codeField]));
