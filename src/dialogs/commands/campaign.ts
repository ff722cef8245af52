import { commandAccess } from '../../domain/permissions.js';
import { closingDay } from '../../domain/closing.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber, roundTo } from '../../domain/numbers.js';
import { isDefault } from '../../domain/sources.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { markDefault, markedDeadlines } from '../defaults.js';
import { dueLines } from '../format.js';
import type { Command, DialogContext } from '../port.js';
import { campaignOf } from '../scope.js';

/** /chiendich: the secretariat's summary of the running campaign. */
export const campaignCommand: Command = {
  name: 'chiendich',
  access: commandAccess('chiendich'),
  descriptionKey: 'cmd-chiendich',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const activity = await ctx.services.campaigns.activity(campaign.id);
    const notReported = campaign.units.filter((u) => !activity.unitsReported.includes(u.id));
    const lines = [
      ctx.t('campaign-title', { title: campaign.title, organization: campaign.organizationName }),
      ctx.t('campaign-basis', { basis: campaign.legalBasis }),
      ctx.t('campaign-period', { from: formatDate(campaign.startsOn), to: markDefault(ctx.t, campaign, formatDate(campaign.endsOn), 'campaign.period.to') }),
      ...(await closingLines(ctx, campaign)),
      ctx.t('campaign-offices', { organising: campaign.organisingOffice, lead: campaign.leadOffice }),
      ctx.t('campaign-scope', { units: campaign.units.length, areas: campaign.taskAreas.length, criteria: campaign.criteriaCount }),
      ctx.t('campaign-members', { registered: activity.registered, members: activity.members }),
      ctx.t('campaign-reports', { reports: activity.reports, reported: activity.unitsReported.length, units: campaign.units.length }),
    ];
    if (notReported.length > 0) lines.push(ctx.t('campaign-not-reported', { units: notReported.map((u) => u.name).join('; ') }));
    lines.push('', ...ruleLines(ctx, campaign));
    if (campaign.quotas.length > 0) {
      lines.push('', ctx.t('campaign-quotas-title'));
      for (const q of campaign.quotas) {
        const line = ctx.t('campaign-quota', { kind: q.nomineeKind, award: q.awardTitle, count: q.maxCount ?? 'none', level: q.decidedBy, decider: q.decider ?? '' });
        lines.push(markDefault(ctx.t, campaign, line, `award_quotas.${q.awardForm}`, `award_quotas.${q.awardForm}.max`));
      }
    }
    if (campaign.dossierDocKinds.length > 0) {
      lines.push('', ctx.t('campaign-dossier-title'));
      for (const d of campaign.dossierDocKinds) lines.push(`• ${markDefault(ctx.t, campaign, d.title, 'dossier_documents', `dossier_documents.${d.code}`)}`);
    }
    if (campaign.deadlines.length > 0) {
      lines.push('', ctx.t('deadlines-title'));
      lines.push(...(await dueLines(ctx, campaign.id, markedDeadlines(ctx.t, campaign, campaign.deadlines))));
    }
    return { replies: [lines.join('\n')] };
  },
};

/** Whether the campaign has closed (and what waits for the secretariat since), or when it closes. */
async function closingLines(ctx: DialogContext, campaign: CampaignView): Promise<string[]> {
  const day = formatDate(closingDay(campaign));
  if (campaign.closedAt === null) return campaign.closesOn === null ? [] : [ctx.t('campaign-closes', { date: day })];
  const [reports, scores] = await Promise.all([ctx.services.reports.lateReports(campaign.id), ctx.services.scores.lateSelfScores(campaign.id)]);
  const lines = [ctx.t('campaign-closed', { date: day, office: campaign.leadOffice })];
  if (reports.length + scores.length > 0) lines.push(ctx.t('campaign-late-pending', { reports: reports.length, scores: scores.length }));
  return lines;
}

/** The council's thresholds and the grade bands, each marked when the plan did not set it. */
function ruleLines(ctx: DialogContext, campaign: CampaignView): string[] {
  const percent = (share: number) => `${formatNumber(roundTo(share * 100))}%`;
  const bands = campaign.gradeBands.map((b, i) =>
    b.min > 0
      ? ctx.t('campaign-grade-band', { label: b.label, min: formatNumber(b.min) })
      : ctx.t('campaign-grade-band-last', { label: b.label, max: formatNumber(campaign.gradeBands[i - 1]?.min ?? 0) }),
  );
  // Both thresholds defaults (no plan sets them): one mark for the line, not one per figure.
  const both = isDefault(campaign.sources, 'council.quorum') && isDefault(campaign.sources, 'council.approval_threshold');
  const figure = (share: number, path: string) => (both ? percent(share) : markDefault(ctx.t, campaign, percent(share), path));
  const council = ctx.t('campaign-council', {
    quorum: figure(campaign.councilQuorum, 'council.quorum'),
    threshold: figure(campaign.approvalThreshold, 'council.approval_threshold'),
  });
  return [both ? ctx.t('value-default', { value: council }) : council, ctx.t('campaign-grades', { bands: markDefault(ctx.t, campaign, bands.join('; '), 'grade_bands') })];
}
