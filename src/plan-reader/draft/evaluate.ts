import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { parseDate } from '../../domain/dates.js';
import { searchKey } from '../../domain/text.js';
import { bodyName } from './header.js';
import { unitKey } from './offices.js';
import { isFound, type PlanDraft } from './types.js';

// How well a draft matches the hand-checked campaign file of the same plan (scripts/eval-plans.ts).
//
// Fields the plan states are the hand-checked file's values NOT marked as defaults, where a value is
// a default when the file's `defaults` list names it (or a path above it: "criteria", "units.KT",
// "criteria.*.points") or a comment starting "mặc định" is attached to it or to a key above it (the
// comment on the key's line, the lines before the key, or after a one-line {…} item). Each stated
// field is right, wrong (the draft has a different value from the plan) or missing (the draft has no
// value from the plan). A value the draft says it found in the plan that the hand-checked file does
// not have, or marks as a default, is invented. Defaults the draft proposes are never counted.
//
// Fields: organization.name; campaign.title; each legal basis (legal_basis split at "; ");
// campaign.organising_office; campaign.lead_office; period from and to; each unit; each task area
// title; each criterion the plan sets (its target is stated, or it has none and is scored by
// appraisal): its title, and its target number with direction; each award quota (nominee + form):
// the form, its number (max) and who decides it (decided_by, decider); each eligibility condition
// (per nominee): its wording and how it is checked; each dossier document (by code); each deadline:
// its date and what is due (kind).
//
// Comparison: NFC, case, diacritics, punctuation and spacing are ignored; "UBND", "HĐND", "TTHC",
// "CCHC" are spelled out; office names ignore "Bộ phận" and the commune's level word at the end
// ("phòng Văn hóa - Xã hội xã"); a campaign title ignores a leading "Kế hoạch" and the verb that
// launches it ("Phát động", "Triển khai thực hiện", "Thực hiện"); dates compare as days ("1/7/2025"
// = "01/07/2025"). Wordings (legal bases, task areas, criteria, conditions, documents) match when
// their word sets overlap enough (Dice coefficient: 0.8 for legal bases and conditions, 0.75 for
// task areas, 0.7 for documents; 0.5 for criteria, or 0.3 with the same target).

export type Status = 'right' | 'wrong' | 'missing' | 'invented';

export interface FieldResult {
  field: string;
  status: Status;
  expected?: string;
  got?: string;
}

type Data = Record<string, unknown>;
type Path = readonly (string | number)[];

export function norm(text: string): string {
  return searchKey(text)
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\btthc\b/g, 'thu tuc hanh chinh')
    .replace(/\bcchc\b/g, 'cai cach hanh chinh')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

export function dice(a: string, b: string): number {
  const x = new Set(norm(a).split(' ').filter(Boolean));
  const y = new Set(norm(b).split(' ').filter(Boolean));
  if (x.size + y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

const titleKey = (t: string): string =>
  norm(t)
    .replace(/^ke hoach /, '')
    .replace(/^(?:(?:phat dong|trien khai|thuc hien|to chuc)\s+)+/, '');
const dayKey = (d: string): string => {
  const parsed = parseDate(d);
  return parsed ? String(parsed.getTime()) : d;
};

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

export function evaluateDraft(draft: PlanDraft, yaml: string): FieldResult[] {
  const data = parseDocument(yaml).toJS() as Data;
  const isDefault = defaultsOf(yaml);
  const results: FieldResult[] = [];
  const add = (field: string, status: Status, expected?: unknown, got?: unknown) =>
    results.push({ field, status, ...(expected === undefined ? {} : { expected: String(expected) }), ...(got === undefined ? {} : { got: String(got) }) });

  const scalar = (field: string, expected: string | undefined, got: string | undefined, same: (a: string, b: string) => boolean) => {
    if (expected === undefined || isDefault(field)) {
      if (got !== undefined) add(field, 'invented', expected, got);
      return;
    }
    if (got === undefined) add(field, 'missing', expected);
    else add(field, same(expected, got) ? 'right' : 'wrong', expected, got);
  };
  const organization = (data.organization ?? {}) as Data;
  const campaign = (data.campaign ?? {}) as Data;
  const body = draft.issuingBody ? bodyName(draft.issuingBody.value) : undefined;
  const sameText = (a: string, b: string) => norm(a) === norm(b);
  scalar('organization.name', organization.name as string | undefined, body, sameText);
  scalar('campaign.title', campaign.title as string | undefined, draft.title?.value, (a, b) => titleKey(a) === titleKey(b));
  scalar('campaign.organising_office', campaign.organising_office as string | undefined, body, sameText);
  scalar('campaign.lead_office', campaign.lead_office as string | undefined, draft.leadOffice?.value, (a, b) => unitKey(a) === unitKey(b));
  const period = campaign.period as { from?: string; to?: string } | undefined;
  scalar('campaign.period.from', period?.from, draft.period?.value.from, (a, b) => dayKey(a) === dayKey(b));
  scalar('campaign.period.to', period?.to, draft.period?.value.to, (a, b) => dayKey(a) === dayKey(b));

  const bases = isDefault('campaign.legal_basis')
    ? []
    : String(campaign.legal_basis ?? '')
        .split(/;\s+/)
        .filter(Boolean);
  pairUp(
    'legal_basis',
    bases,
    draft.legalBases.map((b) => b.value),
    (a, b) => dice(a, b) >= 0.8,
    add,
  );

  const units = ((data.units as Array<{ code: string; name: string }> | undefined) ?? []).filter((u) => !isDefault(`units.${u.code}`));
  pairUp(
    'unit',
    units.map((u) => u.name),
    draft.units.map((u) => u.value),
    (a, b) => unitKey(a) === unitKey(b),
    add,
  );

  const areas = (data.task_areas as Array<{ code: string; title: string; criteria: Data[] }> | undefined) ?? [];
  const statedAreas = areas.filter((a) => !isDefault(`task_areas.${a.code}.title`));
  pairUp(
    'task_area',
    statedAreas.map((a) => a.title),
    draft.taskAreas.map((a) => a.value),
    (a, b) => dice(a, b) >= 0.75,
    add,
  );

  const inStatedAreas = areas.filter((a) => !isDefault(`task_areas.${a.code}`));
  criteria(
    inStatedAreas.flatMap((a) => a.criteria as Array<{ code: string; title: string; target?: number; direction?: string; scoring: string }>),
    draft,
    isDefault,
    add,
  );
  quotas(data, draft, isDefault, add);
  eligibility(data, draft, add);
  dossier(data, draft, isDefault, add);
  deadlines(data, draft, isDefault, add);
  return results;
}

type Add = (field: string, status: Status, expected?: unknown, got?: unknown) => void;

/** Each expected value right when a drafted one matches it (each used once), else missing; drafted values left over are invented. */
function pairUp(field: string, expected: string[], got: string[], same: (a: string, b: string) => boolean, add: Add): void {
  const left = [...got];
  for (const e of expected) {
    const i = left.findIndex((g) => same(e, g));
    if (i === -1) add(field, 'missing', e);
    else add(field, 'right', e, left.splice(i, 1)[0]);
  }
  for (const g of left) add(field, 'invented', undefined, g);
}

function criteria(
  all: Array<{ code: string; title: string; target?: number; direction?: string; scoring: string }>,
  draft: PlanDraft,
  isDefault: (p: string) => boolean,
  add: Add,
): void {
  const stated = all.filter(
    (c) =>
      !isDefault(`criteria.${c.code}`) && !isDefault(`criteria.${c.code}.title`) && (c.target === undefined ? c.scoring === 'manual' : !isDefault(`criteria.${c.code}.target`)),
  );
  const left = [...draft.criteria];
  for (const c of stated) {
    const scored = left
      .map((d, i) => ({ i, d, sim: dice(c.title, d.title), same: c.target !== undefined && c.target === d.target.value }))
      .filter((s) => s.sim >= 0.5 || (s.same && s.sim >= 0.3))
      .sort((a, b) => b.sim + (b.same ? 0.5 : 0) - (a.sim + (a.same ? 0.5 : 0)));
    const best = scored[0];
    if (!best) {
      add('criterion', 'missing', c.title);
      if (c.target !== undefined) add('criterion target', 'missing', c.target);
      continue;
    }
    left.splice(left.indexOf(best.d), 1);
    add('criterion', 'right', c.title, best.d.title);
    if (c.target !== undefined) {
      const direction = c.direction === 'lower' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
      const right = c.target === best.d.target.value && direction === best.d.target.direction;
      add('criterion target', right ? 'right' : 'wrong', `${c.target} ${c.direction ?? 'higher'}`, `${best.d.target.value} ${best.d.target.direction}`);
    }
  }
  for (const d of left) add('criterion', 'invented', undefined, `${d.title} (${d.target.value}${d.target.unitOfMeasure})`);
}

function quotas(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
  const hand = ((data.award_quotas as Array<{ nominee: string; form: string; max?: number; decided_by?: string; decider?: string }> | undefined) ?? []).filter(
    (q) => !isDefault(`award_quotas.${q.form}`),
  );
  const found = draft.quotas.filter((q) => isFound(q.award));
  const left = [...found];
  for (const q of hand) {
    const i = left.findIndex((d) => d.nominee === q.nominee && isFound(d.award) && d.award.value.form === q.form);
    const label = `${q.nominee} ${q.form}`;
    if (i === -1) {
      add('award form', 'missing', label);
      if (q.max !== undefined) add('award number', 'missing', q.max);
      add('award decider', 'missing', q.decided_by ?? 'local');
      continue;
    }
    const d = left.splice(i, 1)[0]!;
    const award = isFound(d.award) ? d.award.value : d.award.proposed;
    add('award form', 'right', label, award.form);
    if (q.max !== undefined) add('award number', d.max === undefined ? 'missing' : d.max.value === q.max ? 'right' : 'wrong', q.max, d.max?.value);
    else if (d.max !== undefined) add('award number', 'invented', undefined, d.max.value);
    const decider = (q.decided_by ?? 'local') === award.decidedBy && norm(q.decider ?? '') === norm(award.decider ?? '');
    add('award decider', decider ? 'right' : 'wrong', `${q.decided_by ?? 'local'} ${q.decider ?? ''}`, `${award.decidedBy} ${award.decider ?? ''}`);
  }
  for (const d of left) add('award form', 'invented', undefined, `${d.nominee} ${isFound(d.award) ? d.award.value.form : ''}`);
}

type Item = { code?: string; title?: string; check?: string; all_of?: Item[]; any_of?: Item[] };

function eligibility(data: Data, draft: PlanDraft, add: Add): void {
  const flat = (items: Item[] | undefined): Item[] => (items ?? []).flatMap((i) => (i.code ? [i] : flat(i.all_of ?? i.any_of)));
  const lists = (((data.award_rules as Data | undefined)?.eligibility as Array<Item & { nominee: string; default?: boolean }> | undefined) ?? []).filter((c) => !c.default);
  for (const nominee of ['COLLECTIVE', 'INDIVIDUAL'] as const) {
    const hand = lists.filter((c) => c.nominee === nominee).flatMap((c) => flat(c.all_of ?? c.any_of));
    const drafted = draft.eligibility.filter((c) => c.nominee === nominee).flatMap((c) => [...c.allOf, ...(c.anyOf?.items ?? [])]);
    const left = [...drafted];
    for (const h of hand) {
      const i = left.findIndex((d) => dice(h.title ?? '', d.title) >= 0.8);
      if (i === -1) {
        add('condition', 'missing', h.title);
        add('condition check', 'missing', h.check);
        continue;
      }
      const d = left.splice(i, 1)[0]!;
      add('condition', 'right', h.title, d.title);
      add('condition check', h.check === d.check ? 'right' : 'wrong', h.check, d.check);
    }
    for (const d of left) add('condition', 'invented', undefined, d.title);
  }
}

function dossier(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
  const hand = ((data.dossier_documents as Array<{ code: string; title: string }> | undefined) ?? []).filter((d) => !isDefault(`dossier_documents.${d.code}`));
  const left = [...draft.dossier];
  for (const h of hand) {
    const i = left.findIndex((d) => d.code === h.code);
    if (i === -1) add('document', 'missing', h.title);
    else {
      const d = left.splice(i, 1)[0]!;
      add('document', dice(h.title, d.title) >= 0.7 ? 'right' : 'wrong', h.title, d.title);
    }
  }
  for (const d of left) add('document', 'invented', undefined, d.title);
}

function deadlines(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
  const hand = ((data.deadlines as Array<{ code: string; kind: string; due?: string }> | undefined) ?? []).filter((d) => !isDefault(`deadlines.${d.code}`));
  const left = [...draft.deadlines];
  for (const h of hand) {
    const i = left.findIndex((d) => h.due !== undefined && dayKey(d.due) === dayKey(h.due));
    if (i === -1) {
      add('deadline', 'missing', h.due);
      add('deadline kind', 'missing', h.kind);
      continue;
    }
    const d = left.splice(i, 1)[0]!;
    add('deadline', 'right', h.due, d.due);
    add('deadline kind', d.kind === h.kind ? 'right' : 'wrong', h.kind, d.kind);
  }
  for (const d of left) add('deadline', 'invented', undefined, `${d.due} ${d.title}`);
}

export interface Score {
  right: number;
  wrong: number;
  missing: number;
  invented: number;
  /** right / (right + wrong + missing) */
  share: number;
}

export function score(results: FieldResult[]): Score {
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const [right, wrong, missing, invented] = [count('right'), count('wrong'), count('missing'), count('invented')];
  const stated = right + wrong + missing;
  return { right, wrong, missing, invented, share: stated === 0 ? 1 : right / stated };
}
