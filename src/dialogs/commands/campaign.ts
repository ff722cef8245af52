import { formatDate } from '../../domain/dates.js';
import { formatDue } from '../format.js';
import type { Command } from '../port.js';
import { campaignOf } from '../scope.js';

/** /chiendich: the secretariat's summary of the running campaign. */
export const campaignCommand: Command = {
  name: 'chiendich',
  access: ['ADMIN'],
  descriptionKey: 'cmd-chiendich',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const activity = await ctx.services.campaigns.activity(campaign.id);
    const notReported = campaign.units.filter((u) => !activity.unitsReported.includes(u.id));
    const lines = [
      ctx.t('campaign-title', { title: campaign.title, organization: campaign.organizationName }),
      ctx.t('campaign-basis', { basis: campaign.legalBasis }),
      ctx.t('campaign-period', { from: formatDate(campaign.startsOn), to: formatDate(campaign.endsOn) }),
      ctx.t('campaign-offices', { organising: campaign.organisingOffice, lead: campaign.leadOffice }),
      ctx.t('campaign-scope', { units: campaign.units.length, areas: campaign.taskAreas.length, criteria: campaign.criteriaCount }),
      ctx.t('campaign-members', { registered: activity.registered, members: activity.members }),
      ctx.t('campaign-reports', { reports: activity.reports, reported: activity.unitsReported.length, units: campaign.units.length }),
    ];
    if (notReported.length > 0) lines.push(ctx.t('campaign-not-reported', { units: notReported.map((u) => u.name).join('; ') }));
    if (campaign.quotas.length > 0) {
      lines.push('', ctx.t('campaign-quotas-title'));
      for (const q of campaign.quotas) {
        lines.push(ctx.t('campaign-quota', { kind: q.nomineeKind, award: q.awardTitle, count: q.maxCount }));
      }
    }
    if (campaign.dossierDocKinds.length > 0) {
      lines.push('', ctx.t('campaign-dossier-title'));
      for (const d of campaign.dossierDocKinds) lines.push(`• ${d.title}`);
    }
    if (campaign.deadlines.length > 0) {
      lines.push('', ctx.t('deadlines-title'));
      for (const d of campaign.deadlines) lines.push(`• ${d.title}: ${formatDue(ctx, d.dueOn)}`);
    }
    return { replies: [lines.join('\n')] };
  },
};
