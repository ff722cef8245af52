import { commandAccess } from '../../domain/permissions.js';
import type { VoteChoice } from '../../domain/awards.js';
import { endOnRefusal, nomineeLabel } from '../award-format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { picked } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /bophieu (council members, private chat): the open review's nominees with my vote on each; pick
// one, vote Đồng ý / Không đồng ý / Không biểu quyết, back to the list. A vote can be changed the
// same way until the secretariat closes the review.

const DONE = 'done';
const BACK = 'back';
const CHOICES: readonly VoteChoice[] = ['AGREE', 'DISAGREE', 'ABSTAIN'];

/** The nominee being voted on. */
const VOTING = z.object({ nominationId: z.number() });

async function showList(ctx: DialogContext, before: string[]): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const ballot = await ctx.services.council.ballot(actorOf(ctx), campaign.id);
  const done = ballot.filter((b) => b.myVote !== null).length;
  const options = ballot.map((b) => ({
    value: String(b.nominationId),
    label: `${nomineeLabel(ctx, b)} — ${b.myVote ? ctx.t('vote-choice', { choice: b.myVote }) : ctx.t('vote-none')}`,
  }));
  return {
    replies: [[...before, ctx.t('vote-list', { done, total: ballot.length })].join('\n')],
    ask: { step: 'pick', data: {}, options: [...options, { value: DONE, label: ctx.t('option-done') }] },
  };
}

export const voteCommand: Command = {
  name: 'bophieu',
  access: commandAccess('bophieu'),
  descriptionKey: 'cmd-bophieu',
  start: (ctx) => showList(ctx, []),
  steps: {
    pick: step(NO_STATE, (ctx, _data, answer) =>
      endOnRefusal(ctx, async () => {
        if (answer.kind !== 'option') return showList(ctx, []);
        const campaign = await campaignOf(ctx);
        const ballot = await ctx.services.council.ballot(actorOf(ctx), campaign.id);
        if (answer.value === DONE) {
          const done = ballot.filter((b) => b.myVote !== null).length;
          return { replies: [ctx.t('vote-finished', { done, total: ballot.length })] };
        }
        const entry = ballot.find((b) => String(b.nominationId) === answer.value);
        if (!entry) return showList(ctx, [ctx.t('council-nominee-unknown')]);
        const current = entry.myVote ? ctx.t('vote-choice', { choice: entry.myVote }) : ctx.t('vote-none');
        return {
          replies: [ctx.t('vote-nominee', { nominee: nomineeLabel(ctx, entry), summary: entry.summary, current })],
          ask: {
            step: 'choice',
            data: { nominationId: entry.nominationId },
            options: [...CHOICES.map((choice) => ({ value: choice, label: ctx.t('vote-choice', { choice }) })), { value: BACK, label: ctx.t('vote-back') }],
          },
        };
      }),
    ),
    choice: step(VOTING, (ctx, data, answer) =>
      endOnRefusal(ctx, async () => {
        const choice = picked(answer, CHOICES, (c) => c);
        if (!choice) return showList(ctx, []);
        const campaign = await campaignOf(ctx);
        const { nominationId } = data;
        await ctx.services.council.vote(actorOf(ctx), campaign.id, nominationId, choice);
        const ballot = await ctx.services.council.ballot(actorOf(ctx), campaign.id);
        const entry = ballot.find((b) => b.nominationId === nominationId);
        const saved = ctx.t('vote-saved', { choice: ctx.t('vote-choice', { choice }), nominee: entry ? nomineeLabel(ctx, entry) : '' });
        return showList(ctx, [saved, '']);
      }),
    ),
  },
};
