import { randomUUID } from 'node:crypto';
import { formatDateTime } from '../../domain/dates.js';
import type { Channel, Role } from '../../generated/prisma/client.js';
import { ROLE_KEYS } from '../../i18n/roles.js';
import { MESSAGE_MAX } from '../../domain/messages.js';
import { BROADCAST_MAX_LENGTH, broadcastText, channelLoads, senderName, type Audience, type BroadcastPlan } from '../../services/messaging/broadcasts.js';
import { RuleError } from '../../services/shared/errors.js';
import { actorOf, type Command, type DialogContext, type DialogData, type StepResult } from '../port.js';

// /thongbao: the secretariat's announcement through the outbox. Audience (everyone, a unit, a
// role) → text → preview exactly as recipients see it, with counts and the send time → confirm.

const ALL = 'all';
const UNIT = 'unit';
const ROLE = 'role';
const SEND = 'send';
const ROLES = Object.keys(ROLE_KEYS) as Role[];
const CHANNEL_ORDER: readonly Channel[] = ['TELEGRAM', 'ZALO', 'CONSOLE'];

function audienceOf(data: DialogData): Audience {
  if (data.kind === UNIT) return { kind: 'unit', unitId: Number(data.unitId) };
  if (data.kind === ROLE) return { kind: 'role', role: data.role as Role };
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
async function askText(ctx: DialogContext, data: DialogData): Promise<StepResult> {
  const plan = await ctx.services.broadcasts.plan(actorOf(ctx), audienceOf(data));
  if (plan.recipients === plan.unreachable) {
    return { replies: [ctx.t('broadcast-nobody', { audience: String(data.label), recipients: plan.recipients })], retry: true };
  }
  return {
    replies: [ctx.t('broadcast-ask-text', { audience: String(data.label), recipients: plan.recipients, max: BROADCAST_MAX_LENGTH })],
    ask: { step: 'text', data, acceptsText: true },
  };
}

export const broadcastCommand: Command = {
  name: 'thongbao',
  access: ['ADMIN'],
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
    async audience(ctx, _data, answer) {
      const value = answer.kind === 'option' ? answer.value : ALL;
      if (value === ALL) return askText(ctx, { kind: ALL, label: ctx.t('broadcast-audience-all') });
      if (value === ROLE) {
        return { replies: [ctx.t('broadcast-pick-role')], ask: { step: 'role', data: {}, options: ROLES.map((r) => ({ value: r, label: ctx.t(ROLE_KEYS[r]) })) } };
      }
      const units = await ctx.services.broadcasts.units(actorOf(ctx).organizationId);
      return { replies: [ctx.t('broadcast-pick-unit')], ask: { step: 'unit', data: {}, options: units.map((u) => ({ value: String(u.id), label: u.name })) } };
    },
    async unit(ctx, _data, answer) {
      const units = await ctx.services.broadcasts.units(actorOf(ctx).organizationId);
      const unit = units.find((u) => answer.kind === 'option' && String(u.id) === answer.value);
      if (!unit) return { replies: [ctx.t('broadcast-unit-gone')] };
      return askText(ctx, { kind: UNIT, unitId: unit.id, label: ctx.t('broadcast-audience-unit', { unit: unit.name }) });
    },
    async role(ctx, _data, answer) {
      const role = ROLES.find((r) => answer.kind === 'option' && r === answer.value);
      if (!role) return { replies: [ctx.t('choice-unknown', { count: ROLES.length })], retry: true };
      return askText(ctx, { kind: ROLE, role, label: ctx.t('broadcast-audience-role', { role: ctx.t(ROLE_KEYS[role]) }) });
    },
    async text(ctx, data, answer) {
      let text: string;
      try {
        text = broadcastText(answer.kind === 'text' ? answer.text : '');
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
        ctx.t('broadcast-preview-audience', { audience: String(data.label), recipients: plan.recipients, unreachable: plan.unreachable }),
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
    },
    async confirm(ctx, data, answer) {
      if (answer.kind !== 'option' || answer.value !== SEND) return { replies: [ctx.t('broadcast-cancelled')] };
      const result = await ctx.services.broadcasts.send(actorOf(ctx), { id: String(data.broadcastId), audience: audienceOf(data), text: String(data.text) });
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
    },
  },
};
