// Evaluating the list-valued parts of a draft: criteria, award quotas, eligibility, dossier, deadlines.
import { dayKey, dice, norm } from './evaluate-compare.js';
import { pairWithDetail } from './evaluate-pairing.js';
import type { Add } from './evaluate-results.js';
import { isFound, type PlanDraft } from './types.js';

type Data = Record<string, unknown>;

export function criteria(
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

export function quotas(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
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

export function eligibility(data: Data, draft: PlanDraft, add: Add): void {
  const flat = (items: Item[] | undefined): Item[] => (items ?? []).flatMap((i) => (i.code ? [i] : flat(i.all_of ?? i.any_of)));
  const lists = (((data.award_rules as Data | undefined)?.eligibility as Array<Item & { nominee: string; default?: boolean }> | undefined) ?? []).filter((c) => !c.default);
  for (const nominee of ['COLLECTIVE', 'INDIVIDUAL'] as const) {
    const hand = lists.filter((c) => c.nominee === nominee).flatMap((c) => flat(c.all_of ?? c.any_of));
    const drafted = draft.eligibility.filter((c) => c.nominee === nominee).flatMap((c) => [...c.allOf, ...(c.anyOf?.items ?? [])]);
    const left = pairWithDetail(
      hand,
      drafted,
      (h, d) => dice(h.title ?? '', d.title) >= 0.8,
      { field: 'condition', hand: (h) => h.title, drafted: (d) => d.title },
      { field: 'condition check', hand: (h) => h.check, drafted: (d) => d.check },
      add,
    );
    for (const d of left) add('condition', 'invented', undefined, d.title);
  }
}

export function dossier(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
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

export function deadlines(data: Data, draft: PlanDraft, isDefault: (p: string) => boolean, add: Add): void {
  const hand = ((data.deadlines as Array<{ code: string; kind: string; due?: string }> | undefined) ?? []).filter((d) => !isDefault(`deadlines.${d.code}`));
  const left = pairWithDetail(
    hand,
    draft.deadlines,
    (h, d) => h.due !== undefined && dayKey(d.due) === dayKey(h.due),
    { field: 'deadline', hand: (h) => h.due, drafted: (d) => d.due },
    { field: 'deadline kind', hand: (h) => h.kind, drafted: (d) => d.kind },
    add,
  );
  for (const d of left) add('deadline', 'invented', undefined, `${d.due} ${d.title}`);
}
