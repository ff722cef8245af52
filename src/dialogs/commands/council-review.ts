import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import type { ReviewMinutes } from '../../services/council.js';
import { endOnRefusal, nomineeLabel } from '../award-format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';

// /binhxet (secretariat): with no review open, lists the nominations ready for the council and
// opens a review on them; with one open, shows how far the vote has got and closes it, giving the
// tally per nominee for the minutes.

const OPEN = 'open';
const CLOSE = 'close';
const LATER = 'later';

function minutesText(ctx: DialogContext, minutes: ReviewMinutes): string {
  const lines = [ctx.t('council-closed', { voters: minutes.voters, size: minutes.councilSize })];
  for (const r of minutes.nominees) {
    const args = { agree: r.agree, voted: r.voted, percent: formatNumber(r.approvalPercent), threshold: formatNumber(r.thresholdPercent) };
    const result = ctx.t(r.passed ? 'council-result-passed' : 'council-result-failed', args);
    const others = ctx.t('council-result-others', { disagree: r.disagree, abstain: r.abstain });
    lines.push(`• ${nomineeLabel(ctx, r)}: ${result}; ${others}`);
    if (!r.quorumMet) lines.push(`  ${ctx.t('council-result-no-quorum')}`);
  }
  lines.push('', ctx.t('council-closed-next'));
  return lines.join('\n');
}

export const councilReviewCommand: Command = {
  name: 'binhxet',
  access: ['ADMIN'],
  descriptionKey: 'cmd-binhxet',
  async start(ctx) {
    const campaign = await campaignOf(ctx);
    const status = await ctx.services.council.status(actorOf(ctx), campaign.id);
    if (status.open === null) {
      if (status.ready.length === 0) return { replies: [ctx.t('council-nothing-ready')] };
      const lines = [ctx.t('council-ready-title', { count: status.ready.length })];
      for (const [i, n] of status.ready.entries()) lines.push(`${i + 1}. ${nomineeLabel(ctx, n)}`, `   ${n.summary}`);
      lines.push('', ctx.t('council-ask-open'));
      return {
        replies: [lines.join('\n')],
        ask: { step: 'open', data: {}, options: [{ value: OPEN, label: ctx.t('council-option-open') }, { value: LATER, label: ctx.t('council-option-later') }] },
      };
    }
    const { open } = status;
    const lines = [ctx.t('council-progress', { date: formatDate(open.openedAt), voters: open.voters, size: open.councilSize, needed: open.needed })];
    for (const n of open.nominees) lines.push(`• ${nomineeLabel(ctx, n)}: ${ctx.t('council-progress-nominee', { voted: n.voted, size: open.councilSize, missing: Math.max(0, open.needed - n.voted) })}`);
    lines.push('', ctx.t('council-ask-close'));
    return {
      replies: [lines.join('\n')],
      ask: { step: 'close', data: {}, options: [{ value: CLOSE, label: ctx.t('council-option-close') }, { value: LATER, label: ctx.t('council-option-later') }] },
    };
  },
  steps: {
    async open(ctx, _data, answer): Promise<StepResult> {
      if (answer.kind !== 'option' || answer.value !== OPEN) return { replies: [ctx.t('council-later')] };
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        const { count } = await ctx.services.council.openReview(actorOf(ctx), campaign.id);
        return { replies: [ctx.t('council-opened', { count })] };
      });
    },
    async close(ctx, _data, answer): Promise<StepResult> {
      if (answer.kind !== 'option' || answer.value !== CLOSE) return { replies: [ctx.t('council-later')] };
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        return { replies: [minutesText(ctx, await ctx.services.council.closeReview(actorOf(ctx), campaign.id))] };
      });
    },
  },
};
