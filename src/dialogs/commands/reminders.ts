import { commandAccess, followsDeadline, may } from '../../domain/permissions.js';
import { daysUntil, formatDateTime } from '../../domain/dates.js';
import type { MemberMessage } from '../../services/messaging/outbox-views.js';
import { dueLines } from '../format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { campaignOf } from '../scope.js';
import { applyPreference, preferenceOptions } from './link.js';
import { optionValue } from '../answers.js';
import { NO_STATE, step } from '../state.js';

// /nhacnho: what the bot is about to send the member, the deadlines ahead of them, and the
// switches they may change — only those: the periodic check-in, when the plan runs it and the
// member is a head (it goes to heads only), and where reminders go. Deadline nudges stay on (the
// plan wants reports on time), so they are explained, never offered as a switch.

const MUTE = 'mute';
const UNMUTE = 'unmute';
/** a long announcement is shortened in the list; the message itself arrives whole */
const PREVIEW_LENGTH = 160;

function messageText(ctx: DialogContext, message: MemberMessage): string {
  let text: string;
  try {
    text = ctx.t(message.payload.key, message.payload.args);
  } catch {
    // a row queued under a message key that a later version no longer has
    text = ctx.t('remind-message-unknown', { kind: message.kind });
  }
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

async function queuedLines(ctx: DialogContext): Promise<string[]> {
  const { upcoming, sent } = await ctx.services.outboxViews.forMember(actorOf(ctx).memberId);
  const lines = [upcoming.length > 0 ? ctx.t('remind-queued-title') : ctx.t('remind-queued-none')];
  for (const m of upcoming) {
    const when = m.notBefore > ctx.now ? formatDateTime(m.notBefore) : ctx.t('remind-sending-soon');
    lines.push(ctx.t('remind-message-line', { when, text: messageText(ctx, m) }));
  }
  if (sent.length > 0) {
    lines.push('', ctx.t('remind-sent-title'));
    for (const m of sent) lines.push(ctx.t('remind-message-line', { when: formatDateTime(m.sentAt ?? m.notBefore), text: messageText(ctx, m) }));
  }
  return lines;
}

async function deadlineLines(ctx: DialogContext, campaignId: number | null): Promise<string[]> {
  const actor = actorOf(ctx);
  if (campaignId === null) return [ctx.t('remind-deadlines-none')];
  const mine = (await ctx.services.campaigns.view(campaignId)).deadlines.filter((d) => daysUntil(d.dueOn, ctx.now) >= 0 && followsDeadline(actor, d.kind));
  if (mine.length === 0) return [ctx.t('remind-deadlines-none')];
  return [ctx.t('remind-deadlines-title'), ...(await dueLines(ctx, campaignId, mine))];
}

async function overview(ctx: DialogContext): Promise<StepResult> {
  const actor = actorOf(ctx);
  const campaignId = await ctx.services.campaigns.activeCampaignId(actor.organizationId);
  const checkinRuns = campaignId !== null && (await ctx.services.reminders.settingsFor(campaignId)).checkinEnabled;
  const receivesCheckin = checkinRuns && may(actor, 'unit.answer-for');
  const muted = await ctx.services.members.checkinMuted(actor.memberId);
  const settings = [
    !checkinRuns ? ctx.t('remind-checkin-off') : receivesCheckin ? ctx.t('remind-checkin-status', { muted: muted ? 'yes' : 'no' }) : ctx.t('remind-checkin-heads-only'),
    ctx.t('remind-nudges-status'),
  ];
  const { preferred } = await ctx.services.accountLinks.linkedChannels(actor.memberId);
  settings.push(ctx.t('remind-goes-to', { channel: preferred ?? ctx.envelope.channel }));
  const options = [
    ...(receivesCheckin ? [muted ? { value: UNMUTE, label: ctx.t('remind-option-unmute') } : { value: MUTE, label: ctx.t('remind-option-mute') }] : []),
    ...(await preferenceOptions(ctx, actor)),
  ];
  const text = [...(await queuedLines(ctx)), '', ...(await deadlineLines(ctx, campaignId)), '', ...settings];
  // Nothing the member may change: the overview is the whole answer, with no question after it.
  if (options.length === 0) return { replies: [text.join('\n')] };
  return { replies: [[...text, '', ctx.t('remind-ask')].join('\n')], ask: { step: 'choice', data: {}, options } };
}

export const remindersCommand: Command = {
  name: 'nhacnho',
  access: commandAccess('nhacnho'),
  descriptionKey: 'cmd-nhacnho',
  start: overview,
  steps: {
    choice: step(NO_STATE, async (ctx, _data, answer) => {
      const actor = actorOf(ctx);
      const value = optionValue(answer) ?? '';
      const preferred = await applyPreference(ctx, value);
      if (preferred) return preferred;
      await ctx.services.members.setCheckinMuted(actor, value === MUTE);
      if (value !== MUTE) return { replies: [ctx.t('remind-checkin-unmuted')] };
      return { replies: [ctx.t('remind-checkin-muted', { office: (await campaignOf(ctx)).leadOffice })] };
    }),
  },
};
