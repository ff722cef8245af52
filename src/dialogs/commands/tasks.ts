import { formatNumber } from '../../domain/numbers.js';
import { formatDue, formatValue } from '../format.js';
import type { Command } from '../port.js';
import { campaignOf, isOverseer, unitFromArgs } from '../scope.js';

/** /nhiemvu: the campaign's task areas and criteria, what each asks of the unit, and the deadlines. */
export const tasksCommand: Command = {
  name: 'nhiemvu',
  access: 'member',
  descriptionKey: 'cmd-nhiemvu',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const unit = unitFromArgs(ctx, campaign, args, isOverseer(ctx));
    const lines = [ctx.t('tasks-title', { unit: unit?.name ?? campaign.organizationName, campaign: campaign.title })];
    campaign.taskAreas.forEach((area, i) => {
      lines.push('', `${i + 1}. ${area.title}`);
      for (const c of area.criteria) {
        const target = c.target === null ? ctx.t('progress-no-target') : formatValue(c.target, c.unitOfMeasure);
        lines.push(ctx.t('tasks-criterion', { criterion: c.title, target, points: formatNumber(c.maxPoints) }));
      }
    });
    lines.push('', ctx.t('deadlines-title'));
    if (campaign.deadlines.length === 0) lines.push(ctx.t('deadlines-none'));
    for (const d of campaign.deadlines) lines.push(`• ${d.title}: ${formatDue(ctx, d.dueOn)}`);
    lines.push('', ctx.t('tasks-hint'));
    return { replies: [lines.join('\n')] };
  },
};
