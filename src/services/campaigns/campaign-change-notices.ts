// What the heads of the affected units are told of a change, as message payloads.
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { formatValue } from '../../domain/targets.js';
import type { CampaignChange, ChangeEdit, Plan } from './campaign-change-types.js';

type Payload = { key: string; args: Record<string, string | number> };

/** What the heads are told, and of which units: weights changed together are one message. */
export function notices(change: CampaignChange, plan: Plan): Array<{ payload: Payload; units: number[] }> {
  if (change.kind !== 'set-weight') return plan.edits.map((edit, i) => ({ payload: tell(edit), units: plan.units[i]! }));
  return [{ payload: weightsTold(plan.edits), units: [...new Set(plan.units.flat())] }];
}

function weightsTold(edits: readonly ChangeEdit[]): Payload {
  const lines = edits.flatMap((e) => (e.subject === 'weight' ? [`${e.title}: ${formatNumber(e.before)} → ${formatNumber(e.after)}`] : []));
  return { key: 'campaign-change-told-weights', args: { changes: lines.join('; ') } };
}

/** The message a head of an affected unit gets (campaign-changes.ftl). */
function tell(edit: ChangeEdit): Payload {
  switch (edit.subject) {
    case 'deadline':
      return { key: 'campaign-change-told-deadline', args: { title: edit.title, before: formatDate(edit.before), after: formatDate(edit.after) } };
    case 'unit-added':
      return { key: 'campaign-change-told-unit-added', args: { name: edit.name } };
    case 'unit-renamed':
      return { key: 'campaign-change-told-unit-renamed', args: { before: edit.before, after: edit.after } };
    case 'unit-retired':
      return { key: 'campaign-change-told-unit-retired', args: { name: edit.name } };
    case 'target':
      return {
        key: 'campaign-change-told-target',
        args: { title: edit.title, before: edit.before === null ? 'none' : formatValue(edit.before, edit.unitOfMeasure), after: formatValue(edit.after, edit.unitOfMeasure) },
      };
    case 'weight':
      return weightsTold([edit]);
    case 'quota':
      return { key: 'campaign-change-told-quota', args: { title: edit.title, nominee: edit.nominee, before: edit.before ?? 'none', after: edit.after ?? 'none' } };
  }
}
