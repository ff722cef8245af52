import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LINK_CODE_TTL_MS } from '../../../src/services/campaigns/account-links.js';
import { RuleError } from '../../../src/services/shared/errors.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// AccountLinkService on a real SQLite file: codes, the all-or-nothing link, and where reminders go.

let bot: TestBot;
let quang: Actor;
beforeEach(async () => {
  bot = await startTestBot();
  quang = (await bot.core.services.members.findActor('CONSOLE', demoAccountId('vhxh-1')))!;
});
afterEach(() => bot.close());

const links = () => bot.core.services.accountLinks;
/** sorted here: PostgreSQL orders enums by declaration, SQLite by name */
const accounts = async () =>
  (await bot.core.db.channelAccount.findMany({ where: { memberId: quang.memberId }, select: { channel: true, externalId: true, preferred: true } })).sort((a, b) => a.channel.localeCompare(b.channel));
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof RuleError ? e.reason : e));

describe('AccountLinkService', () => {
  it('gives one live code per member: a new code ends the earlier one', async () => {
    const first = await links().createCode(quang);
    const second = await links().createCode(quang);
    expect(first.code).not.toBe(second.code);
    expect(second.expiresAt.getTime() - bot.now.value.getTime()).toBe(LINK_CODE_TTL_MS);
    expect(await refusal(links().redeem({ code: first.code, channel: 'ZALO', externalId: 'z1' }))).toBe('link-code-unknown');
    expect((await links().redeem({ code: second.code, channel: 'ZALO', externalId: 'z1' })).actor.memberId).toBe(quang.memberId);
  });

  it('gives a code to one of two apps racing for it, and links nothing for the other', async () => {
    const { code } = await links().createCode(quang);
    const results = await Promise.all(['za', 'zb'].map((id) => refusal(links().redeem({ code, channel: 'ZALO', externalId: id }))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === 'link-code-used' || r === 'link-code-unknown')).toHaveLength(1);
    expect((await accounts()).filter((a) => a.channel === 'ZALO')).toHaveLength(1);
  });

  it('replaces the member’s earlier account on the same app and keeps where reminders go', async () => {
    await bot.core.services.members.linkAccount(quang.memberId, 'ZALO', 'old-zalo');
    await links().setPreferred(quang, 'ZALO');
    const { code } = await links().createCode(quang);
    await links().redeem({ code, channel: 'ZALO', externalId: 'new-zalo', displayName: 'Quang' });
    expect(await accounts()).toEqual([
      { channel: 'CONSOLE', externalId: demoAccountId('vhxh-1'), preferred: false },
      { channel: 'ZALO', externalId: 'new-zalo', preferred: true },
    ]);
    expect(await links().linkedChannels(quang.memberId)).toEqual({ channels: ['ZALO', 'CONSOLE'], preferred: 'ZALO' });
    const audit = await bot.core.db.auditLog.findMany({ where: { action: { in: ['account.link', 'account.prefer'] } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['account.prefer', 'account.link']);
  });

  it('refuses to prefer an app the member has not linked', async () => {
    expect(await refusal(links().setPreferred(quang, 'TELEGRAM'))).toBe('link-channel-missing');
    expect((await accounts()).map((a) => a.preferred)).toEqual([true]);
  });
});
