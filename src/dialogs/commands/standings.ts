import { commandAccess } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { matchByName, searchKey } from '../../domain/text.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { RuleError } from '../../services/shared/errors.js';
import type { Actor } from '../../services/campaigns/members.js';
import type { Command, DialogContext, StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { standingsDashboardLink } from './dashboard.js';

function changeMark(ctx: DialogContext, change: number | null): string {
  if (change === null) return ctx.t('standings-change-new');
  if (change > 0) return `▲${change}`;
  if (change < 0) return `▼${-change}`;
  return '=';
}

/** The task area named in `/xephang <lĩnh vực>`, matched without diacritics (or by its code). */
function areaFromArgs(campaign: CampaignView, args: string): CampaignView['taskAreas'][number] | null {
  if (args === '') return null;
  const byCode = campaign.taskAreas.filter((a) => a.code.toLowerCase() === args.toLowerCase());
  const matches = byCode.length === 1 ? byCode : matchByName(args, campaign.taskAreas, (a) => a.title);
  const areas = campaign.taskAreas.map((a) => a.title).join('; ');
  if (matches.length === 0) throw new RuleError('standings-area-unknown', { query: args, areas });
  if (matches.length > 1) throw new RuleError('standings-area-ambiguous', { query: args, areas: matches.map((a) => a.title).join('; ') });
  return matches[0]!;
}

/** "xa", "xã", "xa phuong": the city-level standings of communes and wards. */
const CITY_ARGS = new Set(['xa', 'xa phuong', 'phuong']);

/** /xephang for a city's members: the communes and wards side by side. */
async function cityStandings(ctx: DialogContext, actor: Actor): Promise<StepResult> {
  const city = await ctx.services.cityStandings.compute(actor);
  const lines = [ctx.t('city-standings-title', { city: city.cityName }), ctx.t('city-standings-how'), ''];
  for (const e of city.entries) {
    const shown = { commune: e.name, units: e.units };
    lines.push(
      e.rank === null || e.grade === null
        ? ctx.t('city-standings-unreported', shown)
        : ctx.t('city-standings-line', {
            ...shown,
            rank: e.rank,
            score: formatNumber(e.score),
            grade: e.grade.label,
            reporting: e.reportingUnits,
            good: e.goodUnits,
            provisional: e.provisional ? 'yes' : 'no',
          }),
    );
  }
  if (city.entries.length === 0) lines.push(ctx.t('city-standings-empty'));
  if (city.withoutCampaign.length > 0) lines.push('', ctx.t('city-standings-without', { count: city.withoutCampaign.length, communes: city.withoutCampaign.join(', ') }));
  lines.push('', ctx.t('city-standings-export'));
  return { replies: [lines.join('\n')] };
}

/**
 * /xephang [lĩnh vực]: rank, unit, score out of 100, grade, change since the previous standings;
 * with a task area, that area's points only (no change: area standings are not kept).
 */
export const standingsCommand: Command = {
  name: 'xephang',
  access: commandAccess('xephang'),
  descriptionKey: 'cmd-xephang',
  inGroups: true,
  async start(ctx, args) {
    const { actor } = ctx;
    // In a member's own chat: city or not, the campaign and its standings stamp in one read.
    const scope = actor && ctx.envelope.chatType !== 'group' ? await ctx.services.standings.scopeOf(actor.organizationId) : null;
    if (actor && scope?.isCity) return cityStandings(ctx, actor);
    if (CITY_ARGS.has(searchKey(args))) throw new RuleError('city-standings-not-city');
    if (scope && !scope.campaign) throw new RuleError('campaign-none');
    const campaign = scope?.campaign ? await ctx.services.campaigns.view(scope.campaign.id, scope.campaign.revision) : await campaignOf(ctx);
    const area = areaFromArgs(campaign, args);
    const standings = await ctx.services.standings.current(campaign.id, area ? { taskAreaId: area.id } : {}, scope?.stamp);
    const lines = [area ? ctx.t('standings-area-title', { area: area.title, campaign: campaign.title }) : ctx.t('standings-title', { campaign: campaign.title })];
    if (standings.provisional) lines.push(ctx.t('standings-provisional'));
    lines.push('');
    // The very first standings have nothing to compare with: no marks rather than "mới" on every line.
    const compared = standings.entries.some((e) => e.change !== null);
    for (const e of standings.entries) {
      const common = { rank: e.rank, unit: e.unitName, score: formatNumber(e.score), grade: e.grade.label, reported: e.reportedCriteria, total: e.criteria };
      lines.push(area ? ctx.t('standings-area-line', common) : ctx.t('standings-line', { ...common, change: compared ? changeMark(ctx, e.change) : 'none' }));
    }
    if (standings.unreported.length > 0) {
      if (standings.entries.length > 0) lines.push('');
      lines.push(ctx.t(area ? 'standings-area-unreported-title' : 'standings-unreported-title', { count: standings.unreported.length }));
      for (const u of standings.unreported) lines.push(`• ${u.unitName}`);
    }
    if (standings.entries.length === 0 && standings.unreported.length === 0) lines.push(ctx.t('standings-empty'));
    if (standings.entries.length > 0) lines.push('', ctx.t(area ? 'standings-area-legend' : compared ? 'standings-legend' : 'standings-legend-first'));
    const dashboard = standingsDashboardLink(ctx, campaign);
    if (dashboard) lines.push('', ctx.t('dashboard-standings-link', { url: dashboard.url }));
    const unreportedLabel = ctx.t('standings-unreported');
    const image = await ctx.services.charts.standings({
      title: ctx.t('standings-chart-title'),
      subtitle: [campaign.organizationName, area?.title, formatDate(ctx.now), standings.provisional ? ctx.t('standings-chart-provisional') : undefined].filter(Boolean).join(' — '),
      entries: [
        ...standings.entries.map((e) => ({ rank: e.rank, unitName: e.unitName, score: e.score, gradeLabel: e.grade.label })),
        ...standings.unreported.map((u) => ({ rank: null, unitName: u.unitName, score: null, gradeLabel: unreportedLabel })),
      ],
      scoreLabel: (score) => formatNumber(score),
    });
    return { replies: [{ text: lines.join('\n'), image, ...(dashboard?.webApp ? { webApp: dashboard.webApp } : {}) }] };
  },
};
