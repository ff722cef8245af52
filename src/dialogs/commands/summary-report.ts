import { formatDate } from '../../domain/dates.js';
import { XLSX_MIME } from '../../services/summary-report.js';
import { actorOf, type Command } from '../port.js';
import { campaignOf } from '../scope.js';

/** /baocaotonghop: the campaign's summary report as an Excel file, for the secretariat and the leaders. */
export const summaryReportCommand: Command = {
  name: 'baocaotonghop',
  access: ['ADMIN', 'LEADER'],
  descriptionKey: 'cmd-baocaotonghop',
  async start(ctx) {
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
