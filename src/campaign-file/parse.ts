import { basename } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { cleanText } from '../domain/text.js';
import { fieldPath } from './primitives.js';
import { campaignFileSchema, type CampaignFile } from './schema.js';

/**
 * One problem in a campaign file. `key` names a Fluent message whose text already says where
 * (file, line, field), so `t(locale, error.key, error.args)` is the whole sentence.
 */
export interface FileError {
  key: string;
  args: Record<string, string | number>;
  /** 1-based */
  line: number;
  /** `task_areas[2].criteria[0].target`; empty for the file as a whole */
  field: string;
}

export type ParseResult = { ok: true; file: CampaignFile } | { ok: false; errors: FileError[] };

type Path = readonly PropertyKey[];

export function parseCampaignFile(text: string, fileName: string): ParseResult {
  const file = basename(fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One mistake often trips several parser errors on its line: the first one explains it.
    const errors = doc.errors.map((e) => syntaxError(e, file, lineCounter));
    return { ok: false, errors: errors.filter((e, i) => errors.findIndex((f) => f.line === e.line) === i) };
  }

  const data = normalise(doc.toJS());
  const parsed = campaignFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: { ...parsed.data, defaults: [...new Set([...parsed.data.defaults, ...omitted(data, parsed.data)])] } };
  const errors = parsed.error.issues.flatMap((issue) => {
    // Unknown keys are reported one by one, each at the key itself rather than at its map.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return paths.map((path): FileError => {
      const field = fieldPath(path);
      const line = lineOf(doc, lineCounter, path);
      const { key, args } = describe(issue, valueAt(data, path), field);
      // Lines as text: a number would be shown with a thousands separator (dòng 1.024).
      return { key, args: { ...args, file, field, line: String(line) }, line, field };
    });
  });
  return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
}

/** Sections whose values the parser fills in when the file leaves them out. */
const FILLED_IN = ['grade_bands', 'council', 'reminders'] as const;

/**
 * Paths of the values the file left out and the parser filled in: the plan did not state them
 * either, so they are defaults as much as the ones the file lists under `defaults`.
 */
function omitted(data: unknown, file: CampaignFile): string[] {
  const walk = (written: unknown, filled: unknown, path: string): string[] => {
    if (written === undefined) return [path];
    const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
    if (!isMap(written) || !isMap(filled)) return [];
    return Object.keys(filled).flatMap((key) => walk(written[key], filled[key], `${path}.${key}`));
  };
  const written = data as Record<string, unknown>;
  return FILLED_IN.flatMap((section) => walk(written[section], file[section], section));
}

/** Every string NFC and trimmed, so names typed on different keyboards compare equal. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

function syntaxError(error: YAMLError, file: string, lineCounter: LineCounter): FileError {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  return {
    // The library's reasons are English: the message picks a Vietnamese one by code.
    key: 'cf-error-yaml',
    args: { file, line: String(line), column: String(col), code: error.code },
    line,
    field: '',
  };
}

/** The Fluent key and arguments for one zod issue (location arguments are added by the caller). */
function describe(issue: z.core.$ZodIssue, value: unknown, field: string): { key: string; args: Record<string, string | number> } {
  // Our own rules carry their key as the message (see schema.ts).
  if (issue.message.startsWith('cf-')) {
    const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
    return { key: issue.message, args: { ...(params as Record<string, string | number>), ...limits(issue) } };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (field === '') return { key: 'cf-error-root', args: {} };
      if (value === undefined) return { key: 'cf-error-required', args: {} };
      return { key: 'cf-error-type', args: { expected: issue.expected } };
    case 'invalid_value':
      return { key: 'cf-error-enum', args: { allowed: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'cf-error-unknown-key', args: {} };
    case 'too_small':
      if (issue.origin === 'array') return { key: 'cf-error-empty-list', args: {} };
      return { key: 'cf-error-too-small', args: limits(issue) };
    case 'too_big':
      return { key: 'cf-error-too-big', args: limits(issue) };
    default:
      return { key: 'cf-error-invalid', args: {} };
  }
}

function limits(issue: z.core.$ZodIssue): Record<string, number> {
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return {};
}

function valueAt(data: unknown, path: Path): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * The line of the deepest node that exists along `path`: a map entry's key line, a list item's
 * first line. A missing field is thus reported at the entry that lacks it.
 */
function lineOf(doc: Document, lineCounter: LineCounter, path: Path): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents?.range?.[0] as number | undefined) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      const start = (item as { range?: [number] } | undefined)?.range?.[0];
      if (start === undefined) break;
      offset = start;
      node = item;
    } else break;
  }
  return lineCounter.linePos(offset).line;
}
