// Which values of a hand-checked campaign file are defaults rather than stated by the plan.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

type Data = Record<string, unknown>;
type Path = readonly (string | number)[];

/** Logical paths ("criteria.TC01.target", "units.VP") of the values the hand-checked file marks as defaults. */
export function defaultsOf(yaml: string): (logical: string) => boolean {
  const doc = parseDocument(yaml);
  const data = doc.toJS() as Data;
  const patterns = ((data.defaults as string[] | undefined) ?? []).map((p) => p.split('.'));
  const marked: string[][] = [];
  const says = (comment: string | null | undefined): boolean => (comment ?? '').split('\n').some((l) => /^\s*mặc định/iu.test(l));
  const walk = (node: unknown, path: Path): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const value = pair.value as Node | null;
        const inline = isScalar(value) || ((isMap(value) || isSeq(value)) && value.flow);
        const child = [...path, String(pair.key.value)];
        if (says(pair.key.commentBefore) || says(pair.key.comment) || says(value?.commentBefore) || (inline && says(value?.comment))) marked.push(logical(data, child));
        walk(value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const n = item as Node;
        const inline = isScalar(n) || ((isMap(n) || isSeq(n)) && n.flow);
        if (says(n.commentBefore) || (inline && says(n.comment))) marked.push(logical(data, [...path, i]));
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  const covers = (pattern: string[], target: string[]) => pattern.length <= target.length && pattern.every((p, i) => p === '*' || p === target[i]);
  return (path: string) => {
    const target = path.split('.');
    return patterns.some((p) => covers(p, target)) || marked.some((m) => covers(m, target));
  };
}

/** A YAML path as the `defaults` list names it: list items by code (quotas by form), criteria on their own. */
function logical(data: Data, path: Path): string[] {
  const out: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (Array.isArray(node) && typeof key === 'number') {
      const item = node[key] as { code?: string; form?: string } | undefined;
      out.push(item?.code ?? item?.form ?? String(key));
    } else if (key === 'criteria' && out[0] === 'task_areas') {
      out.length = 0;
      out.push('criteria');
    } else out.push(String(key));
    node = (node as Data | undefined)?.[key as string];
  }
  return out;
}
