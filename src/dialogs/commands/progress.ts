import { commandAccess, mayActForAnyUnit } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { criterionPoints } from '../../domain/scoring.js';
import { taskAreasFor } from '../../services/campaigns/campaigns.js';
import { formatTarget, formatValue } from '../../domain/targets.js';
import { dueLines } from '../format.js';
import { actorOf, type Command } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

/** /tiendo [đơn vị]: latest value against target per criterion, what is missing, deadlines. */
export const progressCommand: Command = {
  name: 'tiendo',
  access: commandAccess('tiendo'),
  descriptionKey: 'cmd-tiendo',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const unit = unitFromArgs(ctx, campaign, args, mayActForAnyUnit(actorOf(ctx), 'view'));
    if (!unit) return { replies: [ctx.t('progress-no-unit')] };
    const latest = new Map((await ctx.services.reports.latestValues(campaign.id, unit.id)).map((v) => [v.criterionId, v]));
    const lines = [ctx.t('progress-title', { unit: unit.name, campaign: campaign.title })];
    let missing = 0;
    const areas = taskAreasFor(campaign, unit.id);
    for (const area of areas) {
      lines.push('', `▸ ${area.title}`);
      for (const c of area.criteria) {
        const v = latest.get(c.id);
        if (!v) missing += 1;
        const target = formatTarget(ctx.t, c);
        const points = v ? criterionPoints(c, v.value) : null;
        lines.push(
          v
            ? ctx.t('progress-line', {
                criterion: c.title,
                value: formatValue(v.value, c.unitOfMeasure),
                target,
                date: formatDate(v.reportedAt),
                points: points === null ? '–' : formatNumber(points),
                max: formatNumber(c.maxPoints),
              })
            : ctx.t('progress-line-missing', { criterion: c.title, target }),
        );
      }
    }
    lines.push('', missing === 0 ? ctx.t('progress-all-reported') : ctx.t('progress-missing', { missing, total: areas.reduce((n, a) => n + a.criteria.length, 0) }));
    if (campaign.deadlines.length > 0) {
      lines.push('', ctx.t('deadlines-title'));
      lines.push(...(await dueLines(ctx, campaign.id, campaign.deadlines)));
    }
    return { replies: [lines.join('\n')] };
  },
};
