import type { Db } from '../../db/client.js';
import type { Channel, Prisma, Role } from '../../generated/prisma/client.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/i18n.js';
import { messageCount } from '../../domain/messages.js';
import { cleanLines } from '../../domain/text.js';
import { DEFAULT_WORKING_TIME, nextSendTime } from '../../domain/working-time.js';
import { audit } from '../shared/audit.js';
import type { ReminderSettings } from '../campaigns/campaign-import.js';
import type { CampaignService } from '../campaigns/campaigns.js';
import type { ChannelMonth, ChannelUsageService } from '../shared/channel-usage.js';
import type { Clock } from '../shared/clock.js';
import type { Actor } from '../campaigns/members.js';
import { RuleError } from '../shared/errors.js';
import type { OutboxService } from './outbox.js';
import { workingTimeOf } from './reminder-audience.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { may } from '../../domain/permissions.js';

/** Who an announcement goes to, within the sender's organization. */
export type Audience = { kind: 'all' } | { kind: 'unit'; unitId: number } | { kind: 'role'; role: Role };

/** What a broadcast will do, shown before it is confirmed. */
export interface BroadcastPlan {
  /** everyone in the audience but the sender (who has seen the text in the preview) */
  recipients: number;
  /** of those, the ones without a reachable account: no channel account, or all blocked */
  unreachable: number;
  /** the sender delivers nothing before this: now, or the start of the next working hours */
  notBefore: Date;
  /** the reachable ones by the channel the outbox will use and the language they read */
  reach: Reach[];
}

export interface Reach {
  channel: Channel;
  locale: Locale;
  people: number;
}

/** What an announcement costs on one channel: the people it reaches there and the messages sent. */
export interface ChannelLoad {
  channel: Channel;
  people: number;
  messages: number;
}

/**
 * Messages per channel as they will be sent: each recipient's text, rendered in their language,
 * split as that channel's sender splits it (Zalo takes 2,000 characters a message, Telegram 4,096).
 */
export function channelLoads(reach: readonly Reach[], render: (locale: Locale) => string): ChannelLoad[] {
  const loads = new Map<Channel, ChannelLoad>();
  for (const r of reach) {
    const load = loads.get(r.channel) ?? { channel: r.channel, people: 0, messages: 0 };
    load.people += r.people;
    load.messages += r.people * messageCount(render(r.locale), r.channel);
    loads.set(r.channel, load);
  }
  return [...loads.values()];
}

/** Leaves room for the heading recipients see within Telegram's 4,096 characters. */
export const BROADCAST_MAX_LENGTH = 3500;

/** The text as recipients will see it, in its lines; RuleError when there is nothing to send or too much. */
export function broadcastText(raw: string): string {
  const text = cleanLines(raw);
  if (text === '') throw new RuleError('broadcast-text-empty');
  if (text.length > BROADCAST_MAX_LENGTH) throw new RuleError('broadcast-text-too-long', { length: text.length, max: BROADCAST_MAX_LENGTH });
  return text;
}

/** How recipients see who speaks: the name, and the unit when there is one. */
export function senderName(actor: Actor): string {
  return actor.unit ? `${actor.fullName} (${actor.unit.name})` : actor.fullName;
}

/**
 * ADMIN announcements to everyone, a unit or a role, delivered by the outbox sender like any
 * reminder: one row per reachable member, keyed by the broadcast's id so that confirming twice
 * sends once.
 */
export class BroadcastService {
  constructor(
    private readonly db: Db,
    private readonly campaigns: CampaignService,
    private readonly outbox: OutboxService,
    private readonly usage: ChannelUsageService,
    private readonly clock: Clock,
  ) {}

  /** The units an announcement may go to. */
  async units(organizationId: number): Promise<Array<{ id: number; name: string }>> {
    return this.db.unit.findMany({ where: { organizationId, active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true } });
  }

  async plan(actor: Actor, audience: Audience): Promise<BroadcastPlan> {
    const { members, notBefore } = await this.prepare(actor, audience);
    const reach = new Map<string, Reach>();
    for (const m of members) {
      const channel = m.accounts[0]?.channel;
      if (!channel) continue;
      const locale = isLocale(m.locale) ? m.locale : DEFAULT_LOCALE;
      const key = `${channel}:${locale}`;
      reach.set(key, { channel, locale, people: (reach.get(key)?.people ?? 0) + 1 });
    }
    return { recipients: members.length, unreachable: members.filter((m) => m.accounts.length === 0).length, notBefore, reach: [...reach.values()] };
  }

  /** Zalo's monthly count, for the secretariat to weigh an announcement against the plan's quota. */
  zaloMonth(): Promise<ChannelMonth> {
    return this.usage.thisMonth('ZALO');
  }

  /**
   * Queues the announcement and records it in the audit log. `id` is made once per preview: a
   * repeated confirm finds its rows and its audit entry already there and adds nothing.
   */
  async send(actor: Actor, input: { id: string; audience: Audience; text: string }): Promise<Omit<BroadcastPlan, 'reach'> & { created: number }> {
    const text = broadcastText(input.text);
    const { members, notBefore, campaignId } = await this.prepare(actor, input.audience);
    const reachable = members.filter((m) => m.accounts.length > 0);
    const sender = senderName(actor);
    const { created } = await this.outbox.enqueue(
      reachable.map((m) => ({
        dedupeKey: `broadcast:${input.id}:m${m.id}`,
        campaignId,
        memberId: m.id,
        kind: 'broadcast',
        payload: { key: 'broadcast-message', args: { sender, text } },
        notBefore,
      })),
    );
    // The outbox commits on its own, so the entry is written once per broadcast id rather than
    // with the rows: a confirm repeated after a failure here completes the log, and two confirms
    // at once (two instances, a double tap) meet at the entry's unique key.
    const details: Prisma.InputJsonValue = { audience: input.audience, text, recipients: members.length, queued: reachable.length };
    try {
      await audit(this.db, { actorId: actor.memberId, action: 'broadcast.send', entity: 'Broadcast', entityId: input.id, details, onceKey: `broadcast:${input.id}` });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return { recipients: members.length, unreachable: members.length - reachable.length, notBefore, created };
  }

  private async prepare(actor: Actor, audience: Audience) {
    if (!may(actor, 'broadcast.send')) throw new RuleError('broadcast-forbidden');
    const members = await this.db.member.findMany({
      where: {
        organizationId: actor.organizationId,
        active: true,
        id: { not: actor.memberId },
        ...(audience.kind === 'unit' ? { unitId: audience.unitId } : {}),
        ...(audience.kind === 'role' ? { roles: { some: { role: audience.role } } } : {}),
      },
      // the account the outbox will use first, as OutboxService picks it
      select: { id: true, locale: true, accounts: { where: { unreachable: false }, select: { channel: true }, orderBy: [{ preferred: 'desc' }, { linkedAt: 'desc' }] } },
      orderBy: { id: 'asc' },
    });
    const campaignId = await this.campaigns.activeCampaignId(actor.organizationId);
    const campaign = campaignId === null ? null : await this.db.campaign.findUnique({ where: { id: campaignId }, select: { reminderSettings: true } });
    // Without a running campaign there are no campaign hours: the usual office hours apply.
    const workingTime = campaign ? workingTimeOf(campaign.reminderSettings as unknown as ReminderSettings) : DEFAULT_WORKING_TIME;
    return { members, campaignId, notBefore: nextSendTime(this.clock(), workingTime) };
  }
}
