import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import type { Command, DialogContext } from '../port.js';
import { campaignOf } from '../scope.js';

function changeMark(ctx: DialogContext, change: number | null): string {
  if (change === null) return ctx.t('standings-change-new');
  if (change > 0) return `▲${change}`;
  if (change < 0) return `▼${-change}`;
  return '=';
}

/** /xephang: rank, unit, score out of 100, grade, change since the previous standings. */
export const standingsCommand: Command = {
  name: 'xephang',
  access: 'member',
  descriptionKey: 'cmd-xephang',
  inGroups: true,
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const standings = await ctx.services.standings.current(campaign.id);
    const lines = [ctx.t('standings-title', { campaign: campaign.title })];
    if (standings.provisional) lines.push(ctx.t('standings-provisional'));
    lines.push('');
    for (const e of standings.entries) {
      lines.push(
        ctx.t('standings-line', {
          rank: e.rank,
          unit: e.unitName,
          score: formatNumber(e.score),
          grade: e.grade.label,
          change: changeMark(ctx, e.change),
          reported: e.reportedCriteria,
          total: standings.totalCriteria,
        }),
      );
    }
    if (standings.entries.length === 0) lines.push(ctx.t('standings-empty'));
    lines.push('', ctx.t('standings-legend'));
    const image = await ctx.services.charts.standings({
      title: ctx.t('standings-chart-title'),
      subtitle: `${campaign.organizationName} — ${formatDate(ctx.now)}${standings.provisional ? ` — ${ctx.t('standings-chart-provisional')}` : ''}`,
      entries: standings.entries.map((e) => ({ rank: e.rank, unitName: e.unitName, score: e.score, gradeLabel: e.grade.label })),
      scoreLabel: (score) => formatNumber(score),
    });
    return { replies: [{ text: lines.join('\n'), image }] };
  },
};
