import { formatDate, parseDate, startOfVnDay } from '../../domain/dates.js';
import { matchByName, NOTE_MAX } from '../../domain/text.js';
import { actorOf, type Command, type DialogContext, type DialogData, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';

// /vipham: the violations recorded so far, then unit or member (names matched without
// diacritics) → what happened → the day (today by default) → confirm → recorded.

const TODAY = 'today';
const SAVE = 'save';

interface Target {
  kind: 'unit' | 'member';
  id: number;
  name: string;
}

const targetLabel = (ctx: DialogContext, t: Target) => ctx.t(t.kind === 'unit' ? 'violation-target-unit' : 'violation-target-member', { name: t.name });

async function candidates(ctx: DialogContext): Promise<Target[]> {
  const campaign = await campaignOf(ctx);
  const members = await ctx.services.members.membersOfOrganization(campaign.organizationId);
  return [
    ...campaign.units.map((u): Target => ({ kind: 'unit', id: u.id, name: u.name })),
    ...members.map((m): Target => ({ kind: 'member', id: m.id, name: m.fullName })),
  ];
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

const targetOf = (data: DialogData): Target => ({ kind: data.kind === 'unit' ? 'unit' : 'member', id: Number(data.id), name: String(data.name) });

export const violationCommand: Command = {
  name: 'vipham',
  access: ['ADMIN'],
  descriptionKey: 'cmd-vipham',
  async start(ctx, args) {
    if (args !== '') return resolveTarget(ctx, args, false);
    return { replies: [await listing(ctx), ctx.t('violation-ask-target')], ask: { step: 'target', data: {}, acceptsText: true } };
  },
  steps: {
    async target(ctx, _data, answer) {
      return resolveTarget(ctx, answer.kind === 'text' ? answer.text : '', true);
    },
    async pick(ctx, _data, answer) {
      const target = (await candidates(ctx)).find((t) => answer.kind === 'option' && `${t.kind}:${t.id}` === answer.value);
      if (!target) return { replies: [ctx.t('violation-target-gone')] };
      return askReason(ctx, target);
    },
    async reason(ctx, data, answer) {
      if (answer.kind !== 'text') return { replies: [ctx.t('violation-reason-needed')], retry: true };
      return {
        replies: [ctx.t('violation-ask-date', { today: formatDate(ctx.now) })],
        ask: { step: 'date', data: { ...data, reason: answer.text }, options: [{ value: TODAY, label: ctx.t('violation-today') }], acceptsText: true },
      };
    },
    async date(ctx, data, answer) {
      const day = answer.kind === 'option' ? startOfVnDay(ctx.now) : answer.kind === 'text' ? parseDate(answer.text) : null;
      if (!day) return { replies: [ctx.t('violation-date-invalid', { example: formatDate(ctx.now) })], retry: true };
      // The same rules the service applies, checked here so a wrong day can be typed again.
      const campaign = await campaignOf(ctx);
      if (day > startOfVnDay(ctx.now)) return { replies: [ctx.t('violation-date-future')], retry: true };
      if (day < startOfVnDay(campaign.startsOn) || day > startOfVnDay(campaign.endsOn)) {
        return { replies: [ctx.t('violation-date-outside', { from: formatDate(campaign.startsOn), to: formatDate(campaign.endsOn) })], retry: true };
      }
      const target = targetOf(data);
      return {
        replies: [ctx.t('violation-confirm', { target: targetLabel(ctx, target), name: target.name, reason: String(data.reason), date: formatDate(day) })],
        ask: { step: 'confirm', data: { ...data, day: day.toISOString() }, options: [{ value: SAVE, label: ctx.t('option-save') }, { value: 'cancel', label: ctx.t('option-cancel') }] },
      };
    },
    async confirm(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value !== SAVE) return { replies: [ctx.t('violation-cancelled')] };
      const campaign = await campaignOf(ctx);
      const target = targetOf(data);
      const day = new Date(String(data.day));
      await ctx.services.scores.recordViolation(actorOf(ctx), campaign.id, target.kind === 'unit' ? { unitId: target.id } : { memberId: target.id }, String(data.reason), day);
      return { replies: [ctx.t('violation-saved', { target: targetLabel(ctx, target), date: formatDate(day) })] };
    },
  },
};
