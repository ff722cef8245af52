import { commandAccess, may } from '../../domain/permissions.js';
import { formatDate } from '../../domain/dates.js';
import { checkDecisionDate, cleanSigner, DECISION_SIGNER, parseDecisionNumber, readDecisionDay } from '../../domain/award-decisions.js';
import { RuleError } from '../../services/shared/errors.js';
import { quotaNumber, type HonourBoardForm, type QuotaView } from '../../services/awards/final-list.js';
import { endOnRefusal, nomineeLabel, nomineeName } from '../award-format.js';
import { actorOf, type Answer, type Ask, type Command, type DialogContext, type StepHandler, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { z } from 'zod';
import { typedText } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /duyet. The leader: the nominations the council passed, with the quotas; ticks the ones to
// approve (☐/☑) and approves. A list over quota is refused with the excess and the ticks stay.
// Forms this commune's Chủ tịch decides need the Quyết định (số, ngày, người ký) before they are
// approved and posted on the honour board; forms a higher level decides go onto the list proposed
// upward. "Ghi kết quả của cấp trên" (the leader and the secretariat) records the higher level's
// answer to a proposal; an award is posted on the honour board then.

const APPROVE = 'approve';
const OUTCOMES = 'outcomes';
const AWARDED = 'awarded';
const NOT_AWARDED = 'not-awarded';
const PREFIX = 'n';
const PROPOSAL = 'p';

const approves = (ctx: DialogContext) => may(actorOf(ctx), 'award.approve');

/** "Giấy khen của Chủ tịch UBND xã — tập thể: tối đa 01; cá nhân: tối đa 01", one line per award form. */
function quotaLines(ctx: DialogContext, quotas: QuotaView[]): string[] {
  const forms = [...new Set(quotas.map((q) => q.awardForm))];
  return forms.map((form) => {
    const mine = quotas.filter((q) => q.awardForm === form);
    const parts = mine.map((q) =>
      ctx.t('final-quota-part', { kind: q.kind, max: q.maxCount === null ? 'none' : quotaNumber(q.maxCount), approved: q.approved, level: q.decidedBy }),
    );
    const first = mine[0]!;
    const title = first.decidedBy === 'HIGHER' ? ctx.t('final-form-higher', { form: first.awardTitle, decider: first.decider ?? '' }) : first.awardTitle;
    return ctx.t('final-quota-line', { form: title, parts: parts.join('; ') });
  });
}

async function showChoices(ctx: DialogContext, selected: number[], before: string[]): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const actor = actorOf(ctx);
  const [{ passed, quotas }, pending] = await Promise.all([ctx.services.finalList.candidates(actor, campaign.id), ctx.services.finalList.proposals(actor, campaign.id)]);
  if (passed.length === 0) {
    if (pending.length > 0) return showProposals(ctx, before);
    return { replies: [[...before, ctx.t('final-nothing-passed')].join('\n')] };
  }
  const still = selected.filter((id) => passed.some((n) => n.nominationId === id));
  const text = [...before, ctx.t('final-title'), ...quotaLines(ctx, quotas)];
  if (quotas.some((q) => q.decidedBy === 'HIGHER')) text.push(ctx.t('final-higher-note'));
  text.push('', ctx.t('final-pick-hint', { count: still.length }));
  const options = passed.map((n) => ({
    value: `${PREFIX}${n.nominationId}`,
    label: `${still.includes(n.nominationId) ? '☑' : '☐'} ${nomineeLabel(ctx, n)}`,
  }));
  options.push({ value: APPROVE, label: ctx.t('final-option-approve') });
  if (pending.length > 0) options.push({ value: OUTCOMES, label: ctx.t('final-option-outcomes', { count: pending.length }) });
  return { replies: [text.join('\n')], ask: { step: 'toggle', data: { selected: still }, options } };
}

/** The list proposed upward that waits for an answer; picking one asks for the answer. */
async function showProposals(ctx: DialogContext, before: string[]): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const pending = await ctx.services.finalList.proposals(actorOf(ctx), campaign.id);
  if (pending.length === 0) return { replies: [[...before, ctx.t('final-proposals-none')].join('\n')] };
  const lines = pending.map((p) => ctx.t('final-proposal-line', { nominee: nomineeLabel(ctx, p), decider: p.decider ?? '', date: formatDate(p.proposedUpAt) }));
  return {
    replies: [[...before, ctx.t('final-proposals-title', { count: pending.length }), ...lines, '', ctx.t('final-proposals-hint')].join('\n')],
    ask: { step: 'proposal', data: {}, options: pending.map((p) => ({ value: `${PROPOSAL}${p.nominationId}`, label: nomineeLabel(ctx, p) })) },
  };
}

function honourBoardText(ctx: DialogContext, campaignTitle: string, board: HonourBoardForm[]): string {
  const lines = [ctx.t('board-title', { campaign: campaignTitle })];
  for (const form of board) {
    lines.push('', `${form.awardTitle}:`);
    const decisions = form.decisions.map((d) => ctx.t('board-decision', { number: d.number, date: formatDate(d.date) }));
    lines.push(ctx.t('board-decisions', { decisions: decisions.join('; ') }));
    for (const group of form.groups) {
      lines.push(ctx.t('board-group', { kind: group.kind, names: group.nominees.map((n) => nomineeName(ctx, n)).join('; ') }));
    }
  }
  lines.push('', ctx.t('board-congratulations'));
  return lines.join('\n');
}

/** Posts the honour board as it now stands; the first line says where it went, the board follows when no group has it. */
async function postBoard(ctx: DialogContext, done: string): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  const board = honourBoardText(ctx, campaign.title, await ctx.services.finalList.honourBoard(campaign.id));
  const reached = await ctx.announce(campaign.id, board);
  const text = `${done} ${ctx.t('final-board-posted', { groups: reached })}`;
  return { replies: reached > 0 ? [text] : [text, board] };
}

/** Approves the ticked nominations (with the Quyết định when some are decided locally); a refusal goes back to the list. */
async function approve(ctx: DialogContext, selected: number[], decision: { number: string; date: string; signer: string } | null): Promise<StepResult> {
  const campaign = await campaignOf(ctx);
  let result: { approved: number; proposed: number };
  try {
    result = await ctx.services.finalList.approve(actorOf(ctx), campaign.id, selected, decision);
  } catch (error) {
    // Over quota or no longer passed: say so and keep the ticks, so the leader can correct the list.
    if (error instanceof RuleError) return showChoices(ctx, selected, [ctx.t(error.reason, error.args), '']);
    throw error;
  }
  const proposed = result.proposed > 0 ? ctx.t('final-proposed', { count: result.proposed }) : null;
  if (result.approved === 0) return { replies: [proposed!] };
  // approved > 0 only with a decision: the service refuses local forms without one
  const posted = await postBoard(ctx, ctx.t('final-approved', { count: result.approved, number: decision!.number, date: decision!.date }));
  return proposed ? { replies: [proposed, ...posted.replies] } : posted;
}

/** The nominations ticked for the final list. */
const TICKED = z.object({ selected: z.array(z.number()).default([]) });
/** The commune's decision for them, as its số, ngày and signer are given. */
const NUMBERED = TICKED.extend({ number: z.string() });
const DATED = NUMBERED.extend({ date: z.string() });
/** A nomination proposed to the higher level, while its outcome is recorded. */
const OUTCOME = z.object({ nominationId: z.number(), decider: z.string() });
const OUTCOME_NUMBERED = OUTCOME.extend({ number: z.string() });

const askText = (step: string, data: Ask['data'], text: string): StepResult => ({ replies: [text], ask: { step, data, acceptsText: true } });
const typed = (answer: Answer) => typedText(answer) ?? '';

/** The decision's number (this commune's or the higher level's), then its date at step `next`. */
const decisionNumberThen = <S extends z.ZodType<object>>(state: S, next: string): StepHandler =>
  step(state, async (ctx, data, answer) => {
    const text = typed(answer);
    const number = parseDecisionNumber(text);
    if (number === null) return { replies: [ctx.t('decision-number-invalid', { text })], retry: true };
    return askText(next, { ...data, number }, ctx.t('final-ask-decision-date', { example: formatDate(ctx.now) }));
  });

export const approveCommand: Command = {
  name: 'duyet',
  access: commandAccess('duyet'),
  descriptionKey: 'cmd-duyet',
  start: (ctx) => (approves(ctx) ? showChoices(ctx, [], []) : showProposals(ctx, [])),
  steps: {
    toggle: step(TICKED, async (ctx, data, answer) => {
      const { selected } = data;
      if (answer.kind !== 'option') return showChoices(ctx, selected, []);
      if (answer.value === OUTCOMES) return showProposals(ctx, []);
      if (answer.value !== APPROVE) {
        const id = Number(answer.value.slice(PREFIX.length));
        return showChoices(ctx, selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id], []);
      }
      if (selected.length === 0) return { replies: [ctx.t('final-empty')], retry: true };
      const campaign = await campaignOf(ctx);
      let split: { local: number; higher: number };
      try {
        split = await ctx.services.finalList.preview(actorOf(ctx), campaign.id, selected);
      } catch (error) {
        if (error instanceof RuleError) return showChoices(ctx, selected, [ctx.t(error.reason, error.args), '']);
        throw error;
      }
      if (split.local === 0) return approve(ctx, selected, null);
      return askText('decisionNumber', { selected }, ctx.t('final-ask-decision-number', { count: split.local }));
    }),
    decisionNumber: decisionNumberThen(TICKED, 'decisionDate'),
    decisionDate: step(NUMBERED, async (ctx, data, answer) => {
      const text = typed(answer);
      const day = checkDecisionDate(text, ctx.now);
      if ('reason' in day) return { replies: [ctx.t(day.reason, { text })], retry: true };
      return askText('decisionSigner', { ...data, date: formatDate(day.date) }, ctx.t('final-ask-decision-signer'));
    }),
    decisionSigner: step(DATED, async (ctx, data, answer) => {
      const signer = cleanSigner(typed(answer));
      if (signer === null) return { replies: [ctx.t('decision-signer-length', DECISION_SIGNER)], retry: true };
      return approve(ctx, data.selected, { number: data.number, date: data.date, signer });
    }),
    proposal: step(NO_STATE, async (ctx, _data, answer) => {
      if (answer.kind !== 'option') return showProposals(ctx, []);
      const campaign = await campaignOf(ctx);
      const id = Number(answer.value.slice(PROPOSAL.length));
      const p = (await ctx.services.finalList.proposals(actorOf(ctx), campaign.id)).find((x) => x.nominationId === id);
      if (!p) return showProposals(ctx, [ctx.t('final-proposal-not-pending'), '']);
      return {
        replies: [ctx.t('final-ask-outcome', { nominee: nomineeLabel(ctx, p), decider: p.decider ?? '', date: formatDate(p.proposedUpAt) })],
        ask: {
          step: 'outcome',
          data: { nominationId: id, decider: p.decider ?? '' },
          options: [
            { value: AWARDED, label: ctx.t('final-option-awarded') },
            { value: NOT_AWARDED, label: ctx.t('final-option-not-awarded') },
          ],
        },
      };
    }),
    outcome: step(OUTCOME, async (ctx, data, answer) => {
      if (answer.kind !== 'option') return { replies: [ctx.t('final-ask-outcome-again')], retry: true };
      if (answer.value === AWARDED) return askText('higherNumber', data, ctx.t('final-ask-higher-number', { decider: data.decider }));
      return endOnRefusal(ctx, async () => {
        const campaign = await campaignOf(ctx);
        const p = await ctx.services.finalList.recordOutcome(actorOf(ctx), campaign.id, data.nominationId, { awarded: false });
        return { replies: [ctx.t('final-outcome-not-awarded', { nominee: nomineeName(ctx, p), decider: p.decider ?? '' })] };
      });
    }),
    higherNumber: decisionNumberThen(OUTCOME, 'higherDate'),
    higherDate: step(OUTCOME_NUMBERED, async (ctx, data, answer) => {
      const date = typed(answer);
      try {
        const campaign = await campaignOf(ctx);
        const outcome = { awarded: true as const, number: data.number, date };
        const p = await ctx.services.finalList.recordOutcome(actorOf(ctx), campaign.id, data.nominationId, outcome);
        const done = ctx.t('final-outcome-awarded', {
          nominee: nomineeName(ctx, p),
          award: p.awardTitle,
          number: outcome.number,
          date: formatDate(readDecisionDay(date, ctx.now)!),
        });
        return await postBoard(ctx, done);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        // A date that does not fit is asked again; anything else (answered meanwhile) ends here.
        if (error.reason.startsWith('decision-date')) return { replies: [ctx.t(error.reason, error.args)], retry: true };
        return { replies: [ctx.t(error.reason, error.args)] };
      }
    }),
  },
};
