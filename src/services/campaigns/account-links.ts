import type { Db } from '../../db/client.js';
import type { Channel } from '../../generated/prisma/client.js';
import { audit } from '../shared/audit.js';
import type { Clock } from '../shared/clock.js';
import { RuleError } from '../shared/errors.js';
import { randomInviteCode } from './invite-codes.js';
import { normaliseInviteCode, type Actor, type MemberService } from './members.js';

// One person, two apps: a member registered on one channel gets a short-lived code there and types
// it in the other app, whose account then belongs to the same member record. Reminders go to the
// account marked preferred.

/** Long enough to switch apps and type eight characters, short enough not to linger in a chat. */
export const LINK_CODE_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

/** A member's apps: which channels they can be reached on, and the one reminders go to. */
export interface LinkedChannels {
  channels: Channel[];
  preferred: Channel | null;
}

export class AccountLinkService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly members: MemberService,
    private readonly nextCode: () => string = randomInviteCode,
  ) {}

  /** A fresh code for the actor; their earlier unused codes stop working. */
  async createCode(actor: Actor): Promise<{ code: string; expiresAt: Date }> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
    await this.db.linkCode.deleteMany({ where: { memberId: actor.memberId, usedAt: null } });
    for (let attempt = 1; ; attempt++) {
      const code = this.nextCode();
      // Codes share the invites' alphabet; one that is also a live invite code would confuse people.
      const taken = (await this.db.linkCode.count({ where: { code } })) + (await this.db.invite.count({ where: { code } }));
      if (taken === 0) {
        await this.db.linkCode.create({ data: { code, memberId: actor.memberId, expiresAt } });
        return { code, expiresAt };
      }
      if (attempt >= MAX_ATTEMPTS) throw new Error('no free link code after several attempts');
    }
  }

  /**
   * Links the account that typed the code to the code's member, all or nothing. An account already
   * registered cannot be moved to someone else; the member's earlier account on the same app is
   * replaced (a new phone, a new Zalo account), keeping where reminders go.
   */
  async redeem(input: { code: string; channel: Channel; externalId: string; displayName?: string }): Promise<{ actor: Actor; alreadyLinked: boolean }> {
    const code = normaliseInviteCode(input.code);
    const now = this.clock();
    const outcome = await this.db.$transaction(async (tx) => {
      const link = await tx.linkCode.findUnique({ where: { code } });
      if (!link) throw new RuleError('link-code-unknown', { code });
      const existing = await tx.channelAccount.findUnique({ where: { channel_externalId: { channel: input.channel, externalId: input.externalId } } });
      if (existing && existing.memberId === link.memberId) return 'already' as const;
      if (existing) throw new RuleError('link-account-taken');
      if (link.usedAt) throw new RuleError('link-code-used', { code });
      if (link.expiresAt <= now) throw new RuleError('link-code-expired', { code });
      // Re-checked as part of the write, so two apps racing for one code cannot both get it.
      const used = await tx.linkCode.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
      if (used.count === 0) throw new RuleError('link-code-used', { code });
      const replaced = await tx.channelAccount.findMany({ where: { memberId: link.memberId, channel: input.channel } });
      await tx.channelAccount.deleteMany({ where: { memberId: link.memberId, channel: input.channel } });
      await tx.channelAccount.create({
        data: {
          memberId: link.memberId,
          channel: input.channel,
          externalId: input.externalId,
          displayName: input.displayName ?? null,
          // The first app stays where reminders go until the member chooses otherwise.
          preferred: replaced.some((a) => a.preferred),
        },
      });
      await audit(tx, { actorId: link.memberId, action: 'account.link', entity: 'Member', entityId: link.memberId, details: { channel: input.channel, replaced: replaced.length } });
      return 'linked' as const;
    });
    const actor = await this.members.findActor(input.channel, input.externalId);
    if (!actor) throw new RuleError('link-member-inactive');
    return { actor, alreadyLinked: outcome === 'already' };
  }

  async linkedChannels(memberId: number): Promise<LinkedChannels> {
    const accounts = await this.db.channelAccount.findMany({
      where: { memberId },
      orderBy: [{ preferred: 'desc' }, { linkedAt: 'desc' }],
      select: { channel: true, preferred: true },
    });
    const channels = [...new Set(accounts.map((a) => a.channel))];
    return { channels, preferred: accounts.find((a) => a.preferred)?.channel ?? null };
  }

  /** Reminders and announcements go to the member's account on `channel` from now on. */
  async setPreferred(actor: Actor, channel: Channel): Promise<void> {
    await this.db.$transaction(async (tx) => {
      if ((await tx.channelAccount.count({ where: { memberId: actor.memberId, channel } })) === 0) throw new RuleError('link-channel-missing');
      await tx.channelAccount.updateMany({ where: { memberId: actor.memberId, channel: { not: channel } }, data: { preferred: false } });
      await tx.channelAccount.updateMany({ where: { memberId: actor.memberId, channel }, data: { preferred: true } });
      await audit(tx, { actorId: actor.memberId, action: 'account.prefer', entity: 'Member', entityId: actor.memberId, details: { channel } });
    });
  }
}
