import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { formatValue } from '../../domain/targets.js';
import type { ChangeEdit, ChangePreview, StandingsMove } from '../../services/campaigns/campaign-change-types.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import type { DialogContext } from '../port.js';

// How /suakehoach words a change: each value old → new, the units it concerns with their heads,
// and the standings lines that move. The heads counted are those the service will tell.

/** "• Hạn "Tự chấm điểm": 28/11/2025 → 03/12/2025", one line per value that changes. */
export function editLine(ctx: DialogContext, edit: ChangeEdit): string {
  switch (edit.subject) {
    case 'deadline':
      return ctx.t('campaign-change-chat-edit-deadline', { title: edit.title, before: formatDate(edit.before), after: formatDate(edit.after) });
    case 'unit-added':
      return ctx.t('campaign-change-chat-edit-unit-added', { name: edit.name, code: edit.code });
    case 'unit-renamed':
      return ctx.t('campaign-change-chat-edit-unit-renamed', { before: edit.before, after: edit.after });
    case 'unit-retired':
      return ctx.t('campaign-change-chat-edit-unit-retired', { name: edit.name });
    case 'target':
      return ctx.t('campaign-change-chat-edit-target', {
        title: edit.title,
        before: edit.before === null ? 'none' : formatValue(edit.before, edit.unitOfMeasure),
        after: formatValue(edit.after, edit.unitOfMeasure),
      });
    case 'weight':
      return ctx.t('campaign-change-chat-edit-weight', { title: edit.title, before: formatNumber(edit.before), after: formatNumber(edit.after) });
    case 'quota':
      return ctx.t('campaign-change-chat-edit-quota', { title: edit.title, nominee: edit.nominee, before: edit.before ?? 'none', after: edit.after ?? 'none' });
  }
}

/** The heads the service tells: those of the affected units, once each, never the person making the change. */
export function headsTold(preview: ChangePreview, actorId: number): string[] {
  const names = new Map<number, string>();
  for (const unit of preview.affectedUnits) for (const head of unit.heads) if (head.memberId !== actorId) names.set(head.memberId, head.fullName);
  return [...names.values()];
}

/** The whole preview, asked to be confirmed. */
export function previewText(ctx: DialogContext, campaign: CampaignView, preview: ChangePreview, actorId: number): string {
  const lines = [ctx.t('campaign-change-chat-preview-title'), ...preview.edits.map((e) => editLine(ctx, e)), ''];
  if (preview.affectedUnits.length === 0) lines.push(ctx.t('campaign-change-chat-affected-none'));
  else {
    const units = preview.affectedUnits.map((u) =>
      u.heads.length === 0
        ? ctx.t('campaign-change-chat-unit-no-head', { unit: u.name })
        : ctx.t('campaign-change-chat-unit-heads', { unit: u.name, heads: u.heads.map((h) => h.fullName).join(', ') }),
    );
    lines.push(ctx.t('campaign-change-chat-affected', { count: units.length, units: units.join('; ') }));
  }
  const told = headsTold(preview, actorId);
  lines.push(told.length === 0 ? ctx.t('campaign-change-chat-told-none') : ctx.t('campaign-change-chat-told', { count: told.length, names: told.join(', ') }));
  if (preview.standings !== null) lines.push('', ...standingsLines(ctx, campaign, preview.standings));
  lines.push('', ctx.t('campaign-change-chat-confirm'));
  return lines.join('\n');
}

/** Only the units whose rank, score or grade moves. */
function standingsLines(ctx: DialogContext, campaign: CampaignView, moves: readonly StandingsMove[]): string[] {
  const place = (p: StandingsMove['before']) => {
    if (p === null) return ctx.t('campaign-change-chat-unranked');
    const grade = campaign.gradeBands.find((b) => b.grade === p.grade)?.label ?? p.grade;
    return ctx.t('campaign-change-chat-standing', { rank: p.rank, score: formatNumber(p.score), grade });
  };
  const moved = moves.filter((m) => place(m.before) !== place(m.after));
  if (moved.length === 0) return [ctx.t('campaign-change-chat-standings-same')];
  return [
    ctx.t('campaign-change-chat-standings'),
    ...moved.map((m) => ctx.t('campaign-change-chat-standings-line', { unit: m.unitName, before: place(m.before), after: place(m.after) })),
  ];
}
