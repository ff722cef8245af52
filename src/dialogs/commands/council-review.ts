import { commandAccess } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import type { ReviewMinutes, ReviewStatusView } from '../../services/awards/council.js';
import { endOnRefusal, nomineeLabel } from '../award-format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { confirmed } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /binhxet (secretariat): with no review open, lists the nominations ready for the council and
// opens a review on them; with one open, shows how far the vote has got and closes it, giving the
// tally per nominee for the minutes, saying which counting rule was applied. Under the "members
// present" rule the secretariat ticks who is present before closing.

const OPEN = 'open';
const CLOSE = 'close';
const LATER = 'later';
const PRESENT = 'present';
const SAVE = 'save';
const TICK = 'm:';

type OpenReview = Extract<ReviewStatusView, { open: object }>['open'];

function minutesText(ctx: DialogContext, minutes: ReviewMinutes): string {
  const lines = [ctx.t('council-closed', { voters: minutes.voters, size: minutes.councilSize })];
  lines.push(ctx.t('council-base-applied', { base: minutes.base, size: minutes.councilSize, present: minutes.present?.length ?? 0 }));
  if (minutes.present) lines.push(ctx.t('council-present-names', { names: minutes.present.join(', ') }));
  for (const r of minutes.nominees) {
    // "Đồng ý 6/8": over what the rule counts (voters, members present, or all members).
    const args = { agree: r.agree, voted: r.denominator, percent: formatNumber(r.approvalPercent), threshold: formatNumber(r.thresholdPercent) };
    const result = ctx.t(r.passed ? 'council-result-passed' : 'council-result-failed', args);
    const others = ctx.t('council-result-others', { disagree: r.disagree, abstain: r.abstain });
    lines.push(`• ${nomineeLabel(ctx, r)}: ${result}; ${others}`);
    if (!r.quorumMet) lines.push(`  ${ctx.t('council-result-no-quorum')}`);
  }
  lines.push('', ctx.t('council-closed-next'));
  return lines.join('\n');
}

/** The council with a tick per member present; tapping a name flips it. */
/** The members ticked present so far, and whether the review closes once the attendance is saved. */
const PRESENCE = z.object({ ticked: z.array(z.number()).default([]), thenClose: z.boolean().default(false) });

function askPresent(ctx: DialogContext, open: OpenReview, ticked: number[], thenClose: boolean, before: string[]): StepResult {
  const on = new Set(ticked);
  return {
    replies: [[...before, ctx.t('council-present-ask', { present: on.size, size: open.councilSize })].join('\n')],
    ask: {
      step: 'present',
      data: { ticked: [...on], thenClose },
      options: [
        ...open.council.map((m) => ({ value: `${TICK}${m.id}`, label: `${on.has(m.id) ? '☑' : '☐'} ${m.fullName}` })),
        { value: SAVE, label: ctx.t(thenClose ? 'council-option-present-close' : 'council-option-present-save') },
        { value: LATER, label: ctx.t('council-option-later') },
      ],
    },
  };
}

export const councilReviewCommand: Command = {
  name: 'binhxet',
  access: commandAccess('binhxet'),
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
        ask: {
          step: 'open',
          data: {},
          options: [
            { value: OPEN, label: ctx.t('council-option-open') },
            { value: LATER, label: ctx.t('council-option-later') },
          ],
        },
      };
    }
    const { open } = status;
    const lines = [ctx.t('council-progress', { date: formatDate(open.openedAt), voters: open.voters, size: open.councilSize, needed: open.needed })];
    for (const n of open.nominees)
      lines.push(`• ${nomineeLabel(ctx, n)}: ${ctx.t('council-progress-nominee', { voted: n.voted, size: open.councilSize, missing: Math.max(0, open.needed - n.voted) })}`);
    const present = open.council.filter((m) => m.present).length;
    lines.push('', ctx.t('council-base-rule', { base: open.base }));
    if (open.base === 'PRESENT')
      lines.push(ctx.t(open.council.some((m) => m.present !== null) ? 'council-present-count' : 'council-present-none', { present, size: open.councilSize }));
    lines.push('', ctx.t('council-ask-close'));
    const tick = open.base === 'PRESENT' ? [{ value: PRESENT, label: ctx.t('council-option-present') }] : [];
    return {
      replies: [lines.join('\n')],
      ask: { step: 'close', data: {}, options: [{ value: CLOSE, label: ctx.t('council-option-close') }, ...tick, { value: LATER, label: ctx.t('council-option-later') }] },
    };
  },
  steps: {
    open: step(NO_STATE, async (ctx, _data, answer) => {
      if (!confirmed(answer, OPEN)) return { replies: [ctx.t('council-later')] };
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        const { count } = await ctx.services.council.openReview(actorOf(ctx), campaign.id);
        return { replies: [ctx.t('council-opened', { count })] };
      });
    }),
    close: step(NO_STATE, async (ctx, _data, answer) => {
      if (answer.kind !== 'option' || (answer.value !== CLOSE && answer.value !== PRESENT)) return { replies: [ctx.t('council-later')] };
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        const status = await ctx.services.council.status(actorOf(ctx), campaign.id);
        if (!status.open) return { replies: [ctx.t('council-none-open')] };
        // The present rule needs the attendance: tick it first, then close.
        const untaken = status.open.base === 'PRESENT' && status.open.council.every((m) => m.present === null);
        if (answer.value === PRESENT || untaken) {
          // Ticked to start with: those recorded present, or before that, those who voted.
          const ticked = status.open.council.filter((m) => m.present ?? m.voted).map((m) => m.id);
          return askPresent(ctx, status.open, ticked, answer.value === CLOSE, untaken && answer.value === CLOSE ? [ctx.t('council-present-first')] : []);
        }
        return { replies: [minutesText(ctx, await ctx.services.council.closeReview(actorOf(ctx), campaign.id))] };
      });
    }),
    present: step(PRESENCE, async (ctx, data, answer) => {
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        const status = await ctx.services.council.status(actorOf(ctx), campaign.id);
        if (!status.open) return { replies: [ctx.t('council-none-open')] };
        const ticked = new Set(data.ticked);
        const { thenClose } = data;
        if (answer.kind !== 'option') return askPresent(ctx, status.open, [...ticked], thenClose, []);
        if (answer.value.startsWith(TICK)) {
          const id = Number(answer.value.slice(TICK.length));
          if (ticked.has(id)) ticked.delete(id);
          else ticked.add(id);
          return askPresent(ctx, status.open, [...ticked], thenClose, []);
        }
        if (answer.value !== SAVE) return { replies: [ctx.t('council-later')] };
        await ctx.services.council.recordPresent(actorOf(ctx), campaign.id, [...ticked]);
        const saved = ctx.t('council-present-saved', { present: ticked.size, size: status.open.councilSize });
        if (!thenClose) return { replies: [saved] };
        return { replies: [saved, minutesText(ctx, await ctx.services.council.closeReview(actorOf(ctx), campaign.id))] };
      });
    }),
  },
};
