import type { z } from 'zod';

// The campaign file's `defaults` (docs/campaign-file.md): the paths of values the plan never stated.

/**
 * The file's `defaults`, each checked to name something in the file and written out in full:
 * list items by their code (quotas by their form), `*` for every item of a list, and
 * `criteria.<CODE>` for a criterion of any task area (their codes are unique).
 */
export function defaultPaths(file: { defaults: string[]; task_areas: Array<{ criteria: unknown[] }> }, ctx: z.RefinementCtx): string[] {
  const tree = { ...file, criteria: file.task_areas.flatMap((a) => a.criteria) };
  const paths = new Set<string>();
  file.defaults.forEach((pattern, i) => {
    const found = expandPath(tree, pattern.split('.'), []);
    if (found === null || pattern.startsWith('defaults')) ctx.addIssue({ code: 'custom', message: 'cf-error-default-path', path: ['defaults', i], params: { value: pattern } });
    else found.forEach((p) => paths.add(p));
  });
  return [...paths];
}

/** The concrete paths `segments` names under `node`, or null when it names nothing there. */
function expandPath(node: unknown, segments: readonly string[], prefix: readonly string[]): string[] | null {
  if (segments.length === 0) return node === undefined ? null : [prefix.join('.')];
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node)) {
    const keyOf = (item: unknown): string | undefined => {
      const record = item as { code?: unknown; form?: unknown } | null;
      const key = record?.code ?? record?.form;
      return typeof key === 'string' ? key : undefined;
    };
    const items = node.filter((item) => keyOf(item) !== undefined && (head === '*' || keyOf(item) === head));
    const found = items.map((item) => expandPath(item, rest, [...prefix, keyOf(item)!]));
    // `*` takes the items that have the field (criteria.*.held_by); a code must name one that has it.
    const named = head === '*' ? found.filter((f) => f !== null) : found;
    if (named.length === 0 || named.some((f) => f === null)) return null;
    return [...new Set(named.flat() as string[])];
  }
  if (node === null || typeof node !== 'object' || node instanceof Date || head === '*') return null;
  return expandPath((node as Record<string, unknown>)[head], rest, [...prefix, head]);
}
