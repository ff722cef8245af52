import { commandAccess } from '../../domain/permissions.js';
import { formatDate, parseDate, startOfVnDay } from '../../domain/dates.js';
import { matchByName, NOTE_MAX } from '../../domain/text.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { violationDateProblem } from '../../domain/violations.js';
import { z } from 'zod';
import { confirmed, expectText, picked, typedText } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /vipham: the violations recorded so far, then unit or member (names matched without
// diacritics) → what happened → the day (today by default) → confirm → recorded.

const TODAY = 'today';
const SAVE = 'save';

const TARGET = z.object({ kind: z.enum(['unit', 'member']), id: z.number(), name: z.string() });
type Target = z.infer<typeof TARGET>;
/** The target and what happened, while the day is asked. */
const REASONED = TARGET.extend({ reason: z.string() });
/** Everything, while the officer confirms. */
const DATED = REASONED.extend({ day: z.iso.datetime() });

const targetLabel = (ctx: DialogContext, t: Target) => ctx.t(t.kind === 'unit' ? 'violation-target-unit' : 'violation-target-member', { name: t.name });

async function candidates(ctx: DialogContext): Promise<Target[]> {
  const campaign = await campaignOf(ctx);
  const members = await ctx.services.members.membersOfOrganization(campaign.organizationId);
  return [...campaign.units.map((u): Target => ({ kind: 'unit', id: u.id, name: u.name })), ...members.map((m): Target => ({ kind: 'member', id: m.id, name: m.fullName }))];
}

function askReason(ctx: DialogContext, target: Target): StepResult {
  return {
    replies: [ctx.t('violation-ask-reason', { target: targetLabel(ctx, target) })],
    ask: { step: 'reason', data: { kind: target.kind, id: target.id, name: target.name }, acceptsText: true, maxLength: NOTE_MAX },
  };
}

/** One match goes on to the reason; several are offered to choose from; none asks again. */
async function resolveTarget(ctx: DialogContext, query: string, retry: boolean): Promise<StepResult> {
  const found = matchByName(query, await candidates(ctx), (t) => t.name);
  if (found.length === 1) return askReason(ctx, found[0]!);
  if (found.length === 0) {
    const reply = ctx.t('violation-target-unknown', { query });
    return retry ? { replies: [reply], retry: true } : { replies: [reply], ask: { step: 'target', data: {}, acceptsText: true } };
  }
  return {
    replies: [ctx.t('violation-pick-target', { query })],
    ask: { step: 'pick', data: {}, options: found.map((t) => ({ value: `${t.kind}:${t.id}`, label: targetLabel(ctx, t) })) },
  };
}

async function listing(ctx: DialogContext): Promise<string> {
  const campaign = await campaignOf(ctx);
  const rows = await ctx.services.scores.violations(campaign.id);
  if (rows.length === 0) return ctx.t('violation-list-empty');
  const lines = [ctx.t('violation-list-title')];
  for (const v of rows) {
    const target: Target = v.unit ? { kind: 'unit', id: v.unit.id, name: v.unit.name } : { kind: 'member', id: v.member!.id, name: v.member!.fullName };
    lines.push(ctx.t('violation-list-line', { date: formatDate(v.occurredOn), target: targetLabel(ctx, target), reason: v.reason, by: v.recordedBy }));
  }
  return lines.join('\n');
}

export const violationCommand: Command = {
  name: 'vipham',
  access: commandAccess('vipham'),
  descriptionKey: 'cmd-vipham',
  async start(ctx, args) {
    if (args !== '') return resolveTarget(ctx, args, false);
    return { replies: [await listing(ctx), ctx.t('violation-ask-target')], ask: { step: 'target', data: {}, acceptsText: true } };
  },
  steps: {
    target: step(NO_STATE, async (ctx, _data, answer) => {
      return resolveTarget(ctx, typedText(answer) ?? '', true);
    }),
    pick: step(NO_STATE, async (ctx, _data, answer) => {
      const target = picked(answer, await candidates(ctx), (t) => `${t.kind}:${t.id}`);
      if (!target) return { replies: [ctx.t('violation-target-gone')] };
      return askReason(ctx, target);
    }),
    reason: step(TARGET, async (ctx, data, answer) => {
      const reason = expectText(ctx, answer, 'violation-reason-needed');
      if ('retry' in reason) return reason.retry;
      return {
        replies: [ctx.t('violation-ask-date', { today: formatDate(ctx.now) })],
        ask: { step: 'date', data: { ...data, reason: reason.value }, options: [{ value: TODAY, label: ctx.t('violation-today') }], acceptsText: true },
      };
    }),
    date: step(REASONED, async (ctx, data, answer) => {
      const day = answer.kind === 'option' ? startOfVnDay(ctx.now) : answer.kind === 'text' ? parseDate(answer.text) : null;
      if (!day) return { replies: [ctx.t('violation-date-invalid', { example: formatDate(ctx.now) })], retry: true };
      // The rule the service applies, checked here so a wrong day can be typed again.
      const problem = violationDateProblem(day, ctx.now, await campaignOf(ctx));
      if (problem) return { replies: [ctx.t(problem.reason, problem.args)], retry: true };
      const target: Target = data;
      return {
        replies: [ctx.t('violation-confirm', { target: targetLabel(ctx, target), name: target.name, reason: data.reason, date: formatDate(day) })],
        ask: {
          step: 'confirm',
          data: { ...data, day: day.toISOString() },
          options: [
            { value: SAVE, label: ctx.t('option-save') },
            { value: 'cancel', label: ctx.t('option-cancel') },
          ],
        },
      };
    }),
    confirm: step(DATED, async (ctx, data, answer) => {
      if (!confirmed(answer, SAVE)) return { replies: [ctx.t('violation-cancelled')] };
      const campaign = await campaignOf(ctx);
      const target: Target = data;
      const day = new Date(data.day);
      await ctx.services.scores.recordViolation(actorOf(ctx), campaign.id, target.kind === 'unit' ? { unitId: target.id } : { memberId: target.id }, data.reason, day);
      return { replies: [ctx.t('violation-saved', { target: targetLabel(ctx, target), date: formatDate(day) })] };
    }),
  },
};
