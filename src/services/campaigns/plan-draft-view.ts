import { isFound, valueOf, type Missing, type Origin, type PlanDraft } from '../../plan-reader/draft/index.js';
import type { DraftContent, DraftItem, DraftSection, DraftView, EditKind } from './plan-draft-types.js';

// How a plan draft is shown for review: its numbered items, section by section, and what is still missing.

export function view(id: number, fileName: string | null, content: DraftContent): DraftView {
  return { id, fileName, items: itemsOf(content), missing: stillMissing(content.draft) };
}

/**
 * What the plan left out and chat has not filled in since, as the drafter named it. The
 * organization's name is the bot's own (see publish), so it is never missing here.
 */
function stillMissing(d: PlanDraft): Missing[] {
  const filled: Record<string, boolean> = {
    'organization.name': true,
    'plan.number': d.planNumber !== undefined,
    'plan.date': d.issuedOn !== undefined,
    'campaign.title': d.title !== undefined,
    'campaign.period': d.period !== undefined,
    'campaign.lead_office': d.leadOffice !== undefined,
    'campaign.legal_basis': d.legalBases.length > 0,
    units: d.units.length > 0,
    'award_quotas.max': d.quotas.some((q) => q.max !== undefined),
  };
  return d.missing.filter((m) => filled[m.path] !== true);
}

/** The draft's numbered items, section by section, in the order they are shown. */
export function itemsOf(content: DraftContent): DraftItem[] {
  const { draft } = content;
  const items: DraftItem[] = [];
  const add = (id: string, section: DraftSection, label: DraftItem['label'], value: string | null, origin: Origin | null, edit: EditKind, why?: string) => {
    const source: DraftItem['source'] = content.edited.includes(id)
      ? { kind: 'edited' }
      : origin
        ? { kind: 'plan', origin }
        : why
          ? { kind: 'default', why }
          : { kind: 'missing' };
    items.push({ id, section, label, value, source, edit });
  };
  add('title', 'header', { key: 'plan-chat-item-title' }, draft.title?.value ?? null, draft.title?.from ?? null, 'text');
  add('number', 'header', { key: 'plan-chat-item-number' }, draft.planNumber?.value ?? null, draft.planNumber?.from ?? null, 'text');
  add('issued', 'header', { key: 'plan-chat-item-issued' }, draft.issuedOn?.value ?? null, draft.issuedOn?.from ?? null, 'date');
  add('code', 'header', { key: 'plan-chat-item-code' }, content.campaignCode, null, 'code', 'plan-chat-default-code');
  if (draft.legalBases.length === 0) add('legal:0', 'legal', { key: 'plan-chat-item-legal' }, null, null, 'text');
  draft.legalBases.forEach((b, i) => add(`legal:${i}`, 'legal', { key: 'plan-chat-item-legal' }, b.value, b.from, 'text'));
  const period = draft.period ? `${draft.period.value.from} – ${draft.period.value.to}` : null;
  add('period', 'period', { key: 'plan-chat-item-period' }, period, draft.period?.from ?? null, 'period');
  add('lead', 'offices', { key: 'plan-chat-item-lead' }, draft.leadOffice?.value ?? null, draft.leadOffice?.from ?? null, 'text');
  draft.units.forEach((u, i) => add(`unit:${i}`, 'offices', { key: 'plan-chat-item-unit' }, u.value, u.from.location === '' ? null : u.from, 'text', 'plan-chat-default-added'));
  draft.taskAreas.forEach((a, i) => add(`area:${i}`, 'areas', { key: 'plan-chat-item-area' }, a.value, a.from, 'text'));
  draft.criteria.forEach((c, i) => {
    const direction = c.target.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher';
    add(`criterion:${i}`, 'areas', { key: 'plan-chat-item-criterion', args: { title: c.title, direction } }, withUnit(c.target.value, c.target.unitOfMeasure), c.from, 'target');
  });
  draft.quotas.forEach((q, i) => {
    const award = valueOf(q.award);
    const max = q.max ? String(q.max.value).padStart(2, '0') : null;
    const origin = q.max?.from ?? (isFound(q.award) ? q.award.from : null);
    add(`quota:${i}`, 'awards', { key: 'plan-chat-item-quota', args: { nominee: q.nominee, award: award.title } }, max, origin, 'quota', isFound(q.award) ? undefined : q.award.why);
  });
  const awardTitles = new Map(draft.quotas.map((q) => [valueOf(q.award).form, valueOf(q.award).title]));
  draft.eligibility.forEach((c, i) => {
    // every standard is shown, the "one of" ones after their lead-in, so that none is checked unseen
    const parts = [...c.allOf.map((r) => r.title), ...(c.anyOf ? [`${c.anyOf.title}: ${c.anyOf.items.map((r) => r.title).join('; ')}`] : [])];
    const forms = (c.forms ?? []).map((form) => awardTitles.get(form) ?? form).join(', ');
    const origin = c.allOf[0]?.from ?? c.anyOf?.items[0]?.from ?? null;
    const label = { key: 'plan-chat-item-eligibility', args: { nominee: c.nominee, forms: forms || 'all' } };
    add(`eligibility:${i}`, 'eligibility', label, parts.length > 0 ? parts.join('; ') : null, origin, 'fixed', parts.length > 0 ? undefined : 'plan-chat-default-eligibility');
  });
  draft.dossier.forEach((d, i) => add(`doc:${i}`, 'dossier', { key: 'plan-chat-item-document' }, d.title, d.from, 'text'));
  draft.deadlines.forEach((d, i) => add(`deadline:${i}`, 'deadlines', { key: 'plan-chat-item-deadline', args: { title: d.title } }, d.due, d.from, 'date'));
  return items;
}

/** "95%", "3 vụ": a percent sign sticks to its number, other units stand apart. */
function withUnit(value: number, unit: string): string {
  return unit === '%' || unit === '' ? `${value}${unit}` : `${value} ${unit}`;
}
