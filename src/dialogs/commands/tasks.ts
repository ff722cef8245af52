import { commandAccess, mayActForAnyUnit } from '../../domain/permissions.js';
import { formatNumber } from '../../domain/numbers.js';
import { isDefault } from '../../domain/sources.js';
import { taskAreasFor } from '../../services/campaigns/campaigns.js';
import { markDefault, markedDeadlines } from '../defaults.js';
import { formatTarget } from '../../domain/targets.js';
import { dueLines } from '../format.js';
import { actorOf, type Command } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

/**
 * /nhiemvu: the campaign's task areas and criteria, what each asks of the unit, and the deadlines.
 * A unit sees the criteria it reports on; a commune-wide target shows under its holder only (or,
 * in the whole campaign's list, with who reports it). Values the plan did not state are marked.
 */
export const tasksCommand: Command = {
  name: 'nhiemvu',
  access: commandAccess('nhiemvu'),
  descriptionKey: 'cmd-nhiemvu',
  async start(ctx, args) {
    const campaign = await campaignOf(ctx);
    const unit = unitFromArgs(ctx, campaign, args, mayActForAnyUnit(actorOf(ctx), 'view'));
    const lines = [ctx.t('tasks-title', { unit: unit?.name ?? campaign.organizationName, campaign: campaign.title })];
    const areas = unit ? taskAreasFor(campaign, unit.id) : campaign.taskAreas;
    const criteria = areas.flatMap((a) => a.criteria);
    // What holds for every criterion (a plan that lists no tasks, or sets no points) is said once
    // rather than on every line.
    const allDefault = isDefault(campaign.sources, 'criteria');
    const every = (field: string) => allDefault || (criteria.length > 0 && criteria.every((c) => isDefault(campaign.sources, `criteria.${c.code}.${field}`)));
    const [allTargets, allPoints] = [every('target'), every('points')];
    if (allDefault) lines.push(ctx.t('tasks-all-default'));
    else if (allTargets && allPoints) lines.push(ctx.t('tasks-targets-points-default'));
    else if (allPoints) lines.push(ctx.t('tasks-points-default'));
    else if (allTargets) lines.push(ctx.t('tasks-targets-default'));
    areas.forEach((area, i) => {
      lines.push('', `${i + 1}. ${area.title}`);
      for (const c of area.criteria) {
        const path = `criteria.${c.code}`;
        const target = allTargets ? formatTarget(ctx.t, c) : markDefault(ctx.t, campaign, formatTarget(ctx.t, c), `${path}.target`);
        const points = allPoints ? formatNumber(c.maxPoints) : markDefault(ctx.t, campaign, formatNumber(c.maxPoints), `${path}.points`);
        const line = ctx.t('tasks-criterion', { criterion: c.title, target, points });
        lines.push(allDefault ? line : markDefault(ctx.t, campaign, line, path));
        const holder = c.heldByUnitId === null ? undefined : campaign.units.find((u) => u.id === c.heldByUnitId);
        if (holder) lines.push(ctx.t('tasks-criterion-held', { unit: holder.name }));
      }
    });
    lines.push('', ctx.t('deadlines-title'));
    if (campaign.deadlines.length === 0) lines.push(ctx.t('deadlines-none'));
    lines.push(...(await dueLines(ctx, campaign.id, markedDeadlines(ctx.t, campaign, campaign.deadlines))));
    lines.push('', ctx.t('tasks-hint'));
    return { replies: [lines.join('\n')] };
  },
};
