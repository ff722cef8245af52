import { RuleError } from '../../services/errors.js';
import { quotaNumber, type HonourBoardForm, type QuotaView } from '../../services/final-list.js';
import { nomineeLabel, nomineeName } from '../award-format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';

// /duyet (leader): the nominations the council passed, with the quotas; the leader ticks the ones
// to approve (☐/☑) and approves. A list over quota is refused with the excess and the ticks stay,
// so the leader can untick and try again. The approved list goes to the group as an honour board.

const APPROVE = 'approve';
const PREFIX = 'n';

/** "Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01; cá nhân: tối đa 01", one line per award form. */
function quotaLines(ctx: DialogContext, quotas: QuotaView[]): string[] {
  const forms = [...new Set(quotas.map((q) => q.awardForm))];
  return forms.map((form) => {
    const parts = quotas
      .filter((q) => q.awardForm === form)
      .map((q) => ctx.t('final-quota-part', { kind: q.kind, max: quotaNumber(q.maxCount), approved: q.approved }));
    return ctx.t('final-quota-line', { form: quotas.find((q) => q.awardForm === form)!.awardTitle, parts: parts.join('; ') });
  });
}

async function showChoices(ctx: DialogContext, selected: number[], before: string[]): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const { passed, quotas } = await ctx.services.finalList.candidates(actorOf(ctx), campaign.id);
  if (passed.length === 0) return { replies: [[...before, ctx.t('final-nothing-passed')].join('\n')] };
  const still = selected.filter((id) => passed.some((n) => n.nominationId === id));
  const text = [...before, ctx.t('final-title'), ...quotaLines(ctx, quotas), '', ctx.t('final-pick-hint', { count: still.length })];
  const options = passed.map((n) => ({
    value: `${PREFIX}${n.nominationId}`,
    label: `${still.includes(n.nominationId) ? '☑' : '☐'} ${nomineeLabel(ctx, n)}`,
  }));
  return {
    replies: [text.join('\n')],
    ask: { step: 'toggle', data: { selected: still }, options: [...options, { value: APPROVE, label: ctx.t('final-option-approve') }] },
  };
}

function honourBoardText(ctx: DialogContext, campaignTitle: string, board: HonourBoardForm[]): string {
  const lines = [ctx.t('board-title', { campaign: campaignTitle })];
  for (const form of board) {
    lines.push('', `${form.awardTitle}:`);
    for (const group of form.groups) {
      lines.push(ctx.t('board-group', { kind: group.kind, names: group.nominees.map((n) => nomineeName(ctx, n)).join('; ') }));
    }
  }
  lines.push('', ctx.t('board-congratulations'));
  return lines.join('\n');
}

export const approveCommand: Command = {
  name: 'duyet',
  access: ['LEADER'],
  descriptionKey: 'cmd-duyet',
  start: (ctx) => showChoices(ctx, [], []),
  steps: {
    async toggle(ctx, data, answer) {
      const selected = (data.selected as number[] | undefined) ?? [];
      if (answer.kind !== 'option') return showChoices(ctx, selected, []);
      if (answer.value !== APPROVE) {
        const id = Number(answer.value.slice(PREFIX.length));
        return showChoices(ctx, selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id], []);
      }
      if (selected.length === 0) return { replies: [ctx.t('final-empty')], retry: true };
      const campaign = await campaignOf(ctx);
      try {
        await ctx.services.finalList.approve(actorOf(ctx), campaign.id, selected);
      } catch (error) {
        // Over quota or no longer passed: say so and keep the ticks, so the leader can correct the list.
        if (error instanceof RuleError) return showChoices(ctx, selected, [ctx.t(error.reason, error.args), '']);
        throw error;
      }
      const board = honourBoardText(ctx, campaign.title, await ctx.services.finalList.honourBoard(campaign.id));
      const reached = await ctx.announce(campaign.id, board);
      const done = ctx.t('final-approved', { count: selected.length, groups: reached });
      return { replies: reached > 0 ? [done] : [done, board] };
    },
  },
};
