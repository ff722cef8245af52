import { formatDate, parseDate } from '../../domain/dates.js';
import type { Origin, PlanDraft } from '../../plan-reader/draft/index.js';
import { RuleError } from '../shared/errors.js';
import type { DraftItem } from './plan-draft-types.js';

// Writing a value retyped in chat into a plan draft, checked for the kind of item it is.

const TARGET = /^(\d+(?:[.,]\d+)?)\s*(.*)$/u;

export const found = (value: string): { value: string; from: Origin } => ({ value, from: { quote: value, location: '' } });

/** Writes a retyped value into the draft; the origin becomes the chat (the item is marked edited). */
export function apply(draft: PlanDraft, item: DraftItem, text: string): void {
  const [kind, at] = item.id.split(':') as [string, string | undefined];
  const i = Number(at ?? 0);
  switch (item.edit) {
    case 'fixed':
      throw new RuleError('plan-chat-fix-fixed');
    case 'date': {
      const day = dateOf(text);
      if (kind === 'issued') draft.issuedOn = found(day);
      else draft.deadlines[i]!.due = day;
      return;
    }
    case 'period': {
      const m = /^(\S+)\s*(?:-|–|—|đến|den)\s*(\S+)$/iu.exec(text);
      if (!m) throw new RuleError('plan-chat-fix-period', { text });
      const from = dateOf(m[1]!);
      const to = dateOf(m[2]!);
      if (parseDate(from)!.getTime() > parseDate(to)!.getTime()) throw new RuleError('plan-chat-fix-period-order', { from, to });
      draft.period = { value: { from, to }, from: { quote: text, location: '' } };
      return;
    }
    case 'target': {
      const m = TARGET.exec(text);
      if (!m) throw new RuleError('plan-chat-fix-number', { text });
      const criterion = draft.criteria[i]!;
      criterion.target.value = Number(m[1]!.replace(',', '.'));
      if (m[2]) criterion.target.unitOfMeasure = m[2];
      return;
    }
    case 'quota': {
      if (!/^\d{1,4}$/.test(text) || Number(text) < 1) throw new RuleError('plan-chat-fix-quota', { text });
      draft.quotas[i]!.max = { value: Number(text), from: { quote: text, location: '' } };
      return;
    }
    case 'text':
      if (kind === 'title') draft.title = found(text);
      else if (kind === 'number') draft.planNumber = found(text);
      else if (kind === 'legal') draft.legalBases[i] = found(text);
      else if (kind === 'lead') draft.leadOffice = found(text);
      else if (kind === 'unit') draft.units[i]!.value = text;
      else if (kind === 'area') draft.taskAreas[i]!.value = text;
      else if (kind === 'doc') draft.dossier[i]!.title = text;
      return;
    case 'code':
      return;
  }
}

function dateOf(text: string): string {
  const day = parseDate(text);
  if (!day) throw new RuleError('plan-chat-fix-date', { text });
  return formatDate(day);
}
