import { commandAccess } from '../../domain/permissions.js';
import { formatDateTime } from '../../domain/dates.js';
import type { Channel } from '../../generated/prisma/client.js';
import type { Actor } from '../../services/campaigns/members.js';
import { actorOf, type Command, type DialogContext, type Option, type StepResult } from '../port.js';
import { optionValue } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /lienket: one person, two apps. In the app I registered with, /lienket gives a code; in the
// other app, /lienket <mã> joins that account to my record. With two apps I choose here where
// reminders go.

/** The options "Nhận nhắc việc qua Telegram / Zalo" for a member with more than one app. */
export async function preferenceOptions(ctx: DialogContext, actor: Actor): Promise<Option[]> {
  const { channels, preferred } = await ctx.services.accountLinks.linkedChannels(actor.memberId);
  if (channels.length < 2) return [];
  return channels.filter((c) => c !== preferred).map((c) => ({ value: `prefer:${c}`, label: ctx.t('link-option-prefer', { channel: c }) }));
}

/** Applies a "prefer:ZALO" option; null when the answer is something else. */
export async function applyPreference(ctx: DialogContext, value: string): Promise<StepResult | null> {
  if (!value.startsWith('prefer:')) return null;
  const channel = value.slice('prefer:'.length) as Channel;
  await ctx.services.accountLinks.setPreferred(actorOf(ctx), channel);
  return { replies: [ctx.t('link-preferred', { channel })] };
}

async function status(ctx: DialogContext, actor: Actor): Promise<string> {
  const { channels, preferred } = await ctx.services.accountLinks.linkedChannels(actor.memberId);
  return ctx.t('link-status', { channels: channels.map((c) => ctx.t('link-channel', { channel: c })).join(', '), preferred: preferred ?? ctx.envelope.channel });
}

async function withPreference(ctx: DialogContext, actor: Actor, replies: string[]): Promise<StepResult> {
  const options = await preferenceOptions(ctx, actor);
  if (options.length === 0) return { replies };
  return { replies: [...replies, ctx.t('link-ask-prefer')], ask: { step: 'prefer', data: {}, options } };
}

export const linkCommand: Command = {
  name: 'lienket',
  access: commandAccess('lienket'),
  descriptionKey: 'cmd-lienket',
  changesPerson: true,
  async start(ctx, args) {
    const code = args.trim();
    if (code) {
      const { channel, userId, displayName } = ctx.envelope;
      const { actor, alreadyLinked } = await ctx.services.invites.tryCode(channel, userId, () =>
        ctx.services.accountLinks.redeem({ code, channel, externalId: userId, ...(displayName ? { displayName } : {}) }),
      );
      const here = { ...ctx, actor };
      const done = ctx.t(alreadyLinked ? 'link-already' : 'link-done', { channel: ctx.envelope.channel, name: actor.fullName, unit: actor.unit?.name ?? ctx.t('unit-none') });
      return withPreference(here, actor, [done, await status(here, actor)]);
    }
    if (!ctx.actor) return { replies: [ctx.t('link-stranger')] };
    const actor = ctx.actor;
    const created = await ctx.services.accountLinks.createCode(actor);
    const replies = [ctx.t('link-code', { code: created.code, expires: formatDateTime(created.expiresAt), channel: ctx.envelope.channel }), await status(ctx, actor)];
    return withPreference(ctx, actor, replies);
  },
  steps: {
    prefer: step(NO_STATE, async (ctx, _data, answer) => {
      const value = optionValue(answer);
      const applied = value === null ? null : await applyPreference(ctx, value);
      return applied ?? { replies: [ctx.t('link-prefer-unchanged')] };
    }),
  },
};
