import { commandAccess } from '../../domain/permissions.js';
import { randomUUID } from 'node:crypto';
import { formatDateTime } from '../../domain/dates.js';
import type { Channel, Role } from '../../generated/prisma/client.js';
import { ROLE_KEYS } from '../../i18n/roles.js';
import { MESSAGE_MAX } from '../../domain/messages.js';
import { BROADCAST_MAX_LENGTH, broadcastText, channelLoads, senderName, type Audience, type BroadcastPlan } from '../../services/messaging/broadcasts.js';
import { RuleError } from '../../services/shared/errors.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { z } from 'zod';
import { Role as ROLE_VALUES } from '../../generated/prisma/enums.js';
import { confirmed, optionValue, picked, typedText } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /thongbao: the secretariat's announcement through the outbox. Audience (everyone, a unit, a
// role) → text → preview exactly as recipients see it, with counts and the send time → confirm.

const ALL = 'all';
const UNIT = 'unit';
const ROLE = 'role';
const SEND = 'send';
const ROLES = Object.keys(ROLE_KEYS) as Role[];
const CHANNEL_ORDER: readonly Channel[] = ['TELEGRAM', 'ZALO', 'CONSOLE'];

/** Who the announcement goes to, with the words that name them, while the text is asked. */
const AUDIENCE = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal(ALL), label: z.string() }),
  z.object({ kind: z.literal(UNIT), unitId: z.number(), label: z.string() }),
  z.object({ kind: z.literal(ROLE), role: z.enum(ROLE_VALUES), label: z.string() }),
]);
type AudienceState = z.infer<typeof AUDIENCE>;
/** The text and the id that makes sending it twice send it once, while the secretariat confirms. */
const WRITTEN = z.intersection(AUDIENCE, z.object({ text: z.string(), broadcastId: z.string() }));

function audienceOf(data: AudienceState): Audience {
  if (data.kind === UNIT) return { kind: 'unit', unitId: data.unitId };
  if (data.kind === ROLE) return { kind: 'role', role: data.role };
  return { kind: 'all' };
}

/**
 * What the announcement costs per channel, counted by the very splitting the senders use, on the
 * text each recipient reads in their language.
 */
function messageLines(ctx: DialogContext, plan: BroadcastPlan, sender: string, text: string): { lines: string[]; zaloMessages: number } {
  const loads = channelLoads(plan.reach, (locale) => ctx.translatorFor(locale)('broadcast-message', { sender, text }));
  loads.sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));
  const lines = loads.map((l) =>
    ctx.t('broadcast-preview-channel', { channel: l.channel, messages: l.messages, people: l.people, split: l.messages > l.people ? 'yes' : 'no', max: MESSAGE_MAX[l.channel] }),
  );
  return { lines: lines.length > 0 ? [ctx.t('broadcast-preview-messages'), ...lines] : [], zaloMessages: loads.find((l) => l.channel === 'ZALO')?.messages ?? 0 };
}

/**
 * Asks for the text once the audience is known; an audience nobody in it can be reached through
 * is refused here, before anything is typed, and the same question is asked again.
 */
async function askText(ctx: DialogContext, data: AudienceState): Promise<StepResult> {
  const plan = await ctx.services.broadcasts.plan(actorOf(ctx), audienceOf(data));
  if (plan.recipients === plan.unreachable) {
    return { replies: [ctx.t('broadcast-nobody', { audience: data.label, recipients: plan.recipients })], retry: true };
  }
  return {
    replies: [ctx.t('broadcast-ask-text', { audience: data.label, recipients: plan.recipients, max: BROADCAST_MAX_LENGTH })],
    ask: { step: 'text', data, acceptsText: true },
  };
}

export const broadcastCommand: Command = {
  name: 'thongbao',
  access: commandAccess('thongbao'),
  descriptionKey: 'cmd-thongbao',
  async start(ctx) {
    return {
      replies: [ctx.t('broadcast-ask-audience')],
      ask: {
        step: 'audience',
        data: {},
        options: [
          { value: ALL, label: ctx.t('broadcast-option-all') },
          { value: UNIT, label: ctx.t('broadcast-option-unit') },
          { value: ROLE, label: ctx.t('broadcast-option-role') },
        ],
      },
    };
  },
  steps: {
    audience: step(NO_STATE, async (ctx, _data, answer) => {
      const value = optionValue(answer) ?? ALL;
      if (value === ALL) return askText(ctx, { kind: ALL, label: ctx.t('broadcast-audience-all') });
      if (value === ROLE) {
        return { replies: [ctx.t('broadcast-pick-role')], ask: { step: 'role', data: {}, options: ROLES.map((r) => ({ value: r, label: ctx.t(ROLE_KEYS[r]) })) } };
      }
      const units = await ctx.services.broadcasts.units(actorOf(ctx).organizationId);
      return { replies: [ctx.t('broadcast-pick-unit')], ask: { step: 'unit', data: {}, options: units.map((u) => ({ value: String(u.id), label: u.name })) } };
    }),
    unit: step(NO_STATE, async (ctx, _data, answer) => {
      const units = await ctx.services.broadcasts.units(actorOf(ctx).organizationId);
      const unit = picked(answer, units, (u) => String(u.id));
      if (!unit) return { replies: [ctx.t('broadcast-unit-gone')] };
      return askText(ctx, { kind: UNIT, unitId: unit.id, label: ctx.t('broadcast-audience-unit', { unit: unit.name }) });
    }),
    role: step(NO_STATE, async (ctx, _data, answer) => {
      const role = picked(answer, ROLES, (r) => r);
      if (!role) return { replies: [ctx.t('choice-unknown', { count: ROLES.length })], retry: true };
      return askText(ctx, { kind: ROLE, role, label: ctx.t('broadcast-audience-role', { role: ctx.t(ROLE_KEYS[role]) }) });
    }),
    text: step(AUDIENCE, async (ctx, data, answer) => {
      let text: string;
      try {
        text = broadcastText(typedText(answer) ?? '');
      } catch (error) {
        // The service's own rule, checked here so the text can be typed again.
        if (error instanceof RuleError) return { replies: [ctx.t(error.reason, error.args)], retry: true };
        throw error;
      }
      const actor = actorOf(ctx);
      const plan = await ctx.services.broadcasts.plan(actor, audienceOf(data));
      const later = plan.notBefore > ctx.now;
      const sender = senderName(actor);
      const counted = messageLines(ctx, plan, sender, text);
      const preview = [
        ctx.t('broadcast-preview-title'),
        '',
        ctx.t('broadcast-message', { sender, text }),
        '',
        ctx.t('broadcast-preview-audience', { audience: data.label, recipients: plan.recipients, unreachable: plan.unreachable }),
        ctx.t('broadcast-preview-when', { later: later ? 'yes' : 'no', when: formatDateTime(plan.notBefore) }),
        ...counted.lines,
      ];
      // Zalo's plans allow so many messages a month: the secretariat weighs this one against it.
      const zalo = await ctx.services.broadcasts.zaloMonth();
      if (counted.zaloMessages > 0 || zalo.sent > 0) {
        const { quota } = zalo;
        preview.push(ctx.t('broadcast-preview-zalo', { month: zalo.month, sent: zalo.sent, quota: quota ?? 'none', left: quota === null ? 0 : Math.max(0, quota - zalo.sent) }));
      }
      return {
        replies: [preview.join('\n')],
        ask: {
          step: 'confirm',
          // The id is made once, here: however often "Gửi" arrives, it names the same broadcast.
          data: { ...data, text, broadcastId: randomUUID() },
          options: [
            { value: SEND, label: ctx.t('broadcast-option-send') },
            { value: 'cancel', label: ctx.t('option-cancel') },
          ],
        },
      };
    }),
    confirm: step(WRITTEN, async (ctx, data, answer) => {
      if (!confirmed(answer, SEND)) return { replies: [ctx.t('broadcast-cancelled')] };
      const result = await ctx.services.broadcasts.send(actorOf(ctx), { id: data.broadcastId, audience: audienceOf(data), text: data.text });
      return {
        replies: [
          ctx.t('broadcast-sent', {
            queued: result.recipients - result.unreachable,
            unreachable: result.unreachable,
            later: result.notBefore > ctx.now ? 'yes' : 'no',
            when: formatDateTime(result.notBefore),
          }),
        ],
      };
    }),
  },
};
