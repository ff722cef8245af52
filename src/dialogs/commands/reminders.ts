import { daysUntil, formatDateTime } from '../../domain/dates.js';
import type { DeadlineKind, Role } from '../../generated/prisma/client.js';
import type { MemberMessage } from '../../services/outbox-views.js';
import { formatDue } from '../format.js';
import { actorOf, type Command, type DialogContext, type StepResult } from '../port.js';
import { isOverseer } from '../scope.js';
import { applyPreference, preferenceOptions } from './link.js';

// /nhacnho: what the bot is about to send me, the deadlines ahead of me, and the one switch I
// have — the periodic check-in. Deadline nudges stay on: the plan wants reports on time.

const MUTE = 'mute';
const UNMUTE = 'unmute';
const MUTE_NUDGES = 'mute-nudges';
/** a long announcement is shortened in the list; the message itself arrives whole */
const PREVIEW_LENGTH = 160;

/** Who has to act by each kind of deadline; the secretariat and the leaders follow them all. */
const CONCERNED: Record<DeadlineKind, readonly Role[]> = {
  PROGRESS_REPORT: ['HEAD'],
  SELF_SCORE: ['HEAD'],
  DOSSIER: ['HEAD'],
  VOTE: ['COUNCIL'],
  OTHER: ['HEAD', 'MEMBER', 'COUNCIL'],
};

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

async function deadlineLines(ctx: DialogContext): Promise<string[]> {
  const actor = actorOf(ctx);
  const campaignId = await ctx.services.campaigns.activeCampaignId(actor.organizationId);
  const deadlines = campaignId === null ? [] : (await ctx.services.campaigns.view(campaignId)).deadlines;
  const mine = deadlines.filter(
    (d) => daysUntil(d.dueOn, ctx.now) >= 0 && (isOverseer(ctx) || CONCERNED[d.kind].some((r) => actor.roles.includes(r))),
  );
  if (mine.length === 0) return [ctx.t('remind-deadlines-none')];
  return [ctx.t('remind-deadlines-title'), ...mine.map((d) => `• ${d.title}: ${formatDue(ctx, d.dueOn)}`)];
}

async function overview(ctx: DialogContext): Promise<StepResult> {
  const actor = actorOf(ctx);
  const muted = await ctx.services.members.checkinMuted(actor.memberId);
  const settings = [ctx.t('remind-checkin-status', { muted: muted ? 'yes' : 'no' })];
  if (!actor.roles.includes('HEAD')) settings.push(ctx.t('remind-checkin-heads-only'));
  settings.push(ctx.t('remind-nudges-status'));
  const { preferred } = await ctx.services.accountLinks.linkedChannels(actor.memberId);
  settings.push(ctx.t('remind-goes-to', { channel: preferred ?? ctx.envelope.channel }));
  const text = [...(await queuedLines(ctx)), '', ...(await deadlineLines(ctx)), '', ...settings, '', ctx.t('remind-ask')].join('\n');
  return {
    replies: [text],
    ask: {
      step: 'choice',
      data: {},
      options: [
        muted ? { value: UNMUTE, label: ctx.t('remind-option-unmute') } : { value: MUTE, label: ctx.t('remind-option-mute') },
        { value: MUTE_NUDGES, label: ctx.t('remind-option-mute-nudges') },
        ...(await preferenceOptions(ctx, actor)),
      ],
    },
  };
}

export const remindersCommand: Command = {
  name: 'nhacnho',
  access: 'member',
  descriptionKey: 'cmd-nhacnho',
  start: overview,
  steps: {
    async choice(ctx, _data, answer) {
      const actor = actorOf(ctx);
      const value = answer.kind === 'option' ? answer.value : '';
      const preferred = await applyPreference(ctx, value);
      if (preferred) return preferred;
      if (value === MUTE_NUDGES) {
        // Refused, and the same choices stay open: the member may still mute the check-in.
        return { replies: [ctx.t(actor.roles.includes('HEAD') ? 'remind-nudges-head' : 'remind-nudges-other')], retry: true };
      }
      await ctx.services.members.setCheckinMuted(actor, value === MUTE);
      return { replies: [ctx.t(value === MUTE ? 'remind-checkin-muted' : 'remind-checkin-unmuted')] };
    },
  },
};
