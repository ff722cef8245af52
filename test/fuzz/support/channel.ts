import type { Role } from '../../../src/generated/prisma/client.js';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import type { TestBot } from '../../support/core.js';
import type { LogLine } from './checks.js';
import type { Fuzzed } from './updates.js';

// What runFuzz needs of a channel under fuzzing, and the set-up both channels share.

/** One channel's bot, ready for updates. */
export interface ChannelFuzz {
  bot: TestBot;
  next(): Fuzzed;
  handle(item: Fuzzed): Promise<{
    /** texts the bot sent while handling it */
    texts: string[];
    /** what came out of handleUpdate / zaloHandler */
    thrown: unknown;
    channelErrors: LogLine[];
    coreErrors: LogLine[];
    /** outcomes that are no failure, counted (an envelope that is not an update…) */
    expected: string[];
  }>;
  close(): Promise<void>;
}

const INVITE_ROLES: Role[] = ['MEMBER', 'MEMBER', 'HEAD', 'COUNCIL', 'ADMIN', 'LEADER'];

/** Stores single-use invites with these codes, spread over the campaign's units and roles. */
export async function storeInvites(bot: TestBot, codes: readonly string[]): Promise<void> {
  const { units } = await bot.core.services.campaigns.view(bot.campaignId);
  for (const [i, code] of codes.entries()) {
    const unitId = i % 7 === 6 ? null : units[i % units.length]!.id;
    await createInvite(bot.core.db, { organizationId: bot.organizationId, unitId, role: INVITE_ROLES[i % INVITE_ROLES.length]!, now: bot.now.value }, () => code);
  }
}
