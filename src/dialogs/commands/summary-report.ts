import { commandAccess } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { XLSX_MIME } from '../../services/reporting/summary-report.js';
import { actorOf, type Command } from '../port.js';
import { campaignOf } from '../scope.js';

/** /baocaotonghop: the campaign's summary report as an Excel file, for the secretariat and the leaders. */
export const summaryReportCommand: Command = {
  name: 'baocaotonghop',
  access: commandAccess('baocaotonghop'),
  descriptionKey: 'cmd-baocaotonghop',
  async start(ctx) {
    const actor = actorOf(ctx);
    if (await ctx.services.cityStandings.isCity(actor.organizationId)) {
      // A city has no campaign of its own: its export is the communes' standings.
      const file = await ctx.services.cityStandings.buildCityWorkbook(actor, ctx.now, ctx.t);
      return {
        replies: [
          {
            text: ctx.t('xlsx-city-ready', {
              city: file.standings.cityName,
              date: formatDate(ctx.now),
              communes: file.standings.entries.length + file.standings.withoutCampaign.length,
            }),
            document: { name: file.name, mime: XLSX_MIME, bytes: file.bytes },
          },
        ],
      };
    }
    const campaign = await campaignOf(ctx);
    const file = await ctx.services.summaryReport.buildSummaryWorkbook(campaign.id, ctx.now, { actor: actorOf(ctx), t: ctx.t });
    return {
      replies: [
        {
          text: ctx.t('xlsx-ready', { campaign: campaign.title, date: formatDate(ctx.now) }),
          document: { name: file.name, mime: XLSX_MIME, bytes: file.bytes },
        },
      ],
    };
  },
};
