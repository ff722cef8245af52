import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROADCAST_MAX_LENGTH, broadcastText } from '../../../src/services/messaging/broadcasts.js';
import { demoAccountId } from '../../../src/demo/seed.js';
import type { Actor } from '../../../src/services/campaigns/members.js';
import { startTestBot, type TestBot } from '../../support/core.js';
import { refusal } from '../../support/refusal.js';

let bot: TestBot;
let admin: Actor;
beforeEach(async () => {
  bot = await startTestBot();
  admin = (await bot.core.services.members.findActor('CONSOLE', demoAccountId('vptk-1')))!;
});
afterEach(() => bot.close());

const broadcasts = () => bot.core.services.broadcasts;
const idOf = async (code: string) => (await bot.core.db.member.findFirstOrThrow({ where: { code } })).id;
const rows = () => bot.core.db.outboxMessage.findMany({ orderBy: { id: 'asc' } });
const vn = (text: string) => new Date(`${text}+07:00`);

describe('broadcastText', () => {
  it('is NFC with single spaces, refuses nothing and more than the limit', async () => {
    expect(broadcastText('  Vie\u0302\u0323t   Nam \n')).toBe('Việt Nam');
    expect(broadcastText('x'.repeat(BROADCAST_MAX_LENGTH))).toHaveLength(3500);
    expect(await refusal(Promise.resolve().then(() => broadcastText(' \n ')))).toEqual({ reason: 'broadcast-text-empty', args: {} });
    expect(await refusal(Promise.resolve().then(() => broadcastText('x'.repeat(3501))))).toEqual({
      reason: 'broadcast-text-too-long',
      args: { length: 3501, max: 3500 },
    });
  });
});

describe('BroadcastService.plan', () => {
  it('counts the audience without the sender, and who cannot be reached', async () => {
    expect(await broadcasts().plan(admin, { kind: 'all' })).toEqual({
      recipients: 8,
      unreachable: 0,
      notBefore: bot.now.value,
      reach: [{ channel: 'CONSOLE', locale: 'vi', people: 8 }],
    });
    // A member with one blocked and one working account is still reachable; all blocked is not.
    const quang = await idOf('vhxh-1');
    await bot.core.services.members.linkAccount(quang, 'TELEGRAM', '555');
    await bot.core.services.outbox.markUnreachable(quang, 'CONSOLE');
    await bot.core.services.outbox.markUnreachable(await idOf('tpht-1'), 'CONSOLE');
    const [heads, unit, council] = await Promise.all([
      broadcasts().plan(admin, { kind: 'role', role: 'HEAD' }),
      broadcasts().plan(admin, { kind: 'unit', unitId: (await bot.core.db.unit.findFirstOrThrow({ where: { code: 'TPHT' } })).id }),
      broadcasts().plan(admin, { kind: 'role', role: 'COUNCIL' }),
    ]);
    expect([heads.recipients, heads.unreachable]).toEqual([5, 1]);
    expect([unit.recipients, unit.unreachable]).toEqual([1, 1]);
    expect([council.recipients, council.unreachable]).toEqual([3, 0]);
    // Quang's reminders now go to Telegram; one who prefers Zalo costs a message of the Zalo plan.
    await bot.core.services.members.linkAccount(await idOf('dcxd-1'), 'ZALO', 'zalo-dcxd');
    await bot.core.db.channelAccount.updateMany({ where: { channel: 'CONSOLE', member: { code: 'dcxd-1' } }, data: { preferred: false } });
    expect((await broadcasts().plan(admin, { kind: 'all' })).reach).toContainEqual({ channel: 'ZALO', locale: 'vi', people: 1 });
  });

  it("sends within the campaign's working hours, skipping weekends and public holidays", async () => {
    bot.now.value = vn('2025-11-20T06:00:00');
    expect((await broadcasts().plan(admin, { kind: 'all' })).notBefore).toEqual(vn('2025-11-20T07:30:00'));
    // Friday 29/08/2025 after work: 01/09 and 02/09 are the National Day holidays.
    bot.now.value = vn('2025-08-29T17:00:00');
    expect((await broadcasts().plan(admin, { kind: 'all' })).notBefore).toEqual(vn('2025-09-03T07:30:00'));
    // The campaign file's own hours and days off count.
    const campaign = await bot.core.db.campaign.findUniqueOrThrow({ where: { id: bot.campaignId } });
    const settings = campaign.reminderSettings as Record<string, unknown>;
    await bot.core.db.campaign.update({
      where: { id: bot.campaignId },
      data: { reminderSettings: { ...settings, workingHours: { days: [1, 2, 3, 4, 5], from: '08:00', to: '16:30' }, extraDaysOff: [vn('2025-11-21T00:00:00').toISOString()] } },
    });
    bot.now.value = vn('2025-11-20T16:45:00');
    expect((await broadcasts().plan(admin, { kind: 'all' })).notBefore).toEqual(vn('2025-11-24T08:00:00'));
  });

  it('uses the default working hours when no campaign is running', async () => {
    await bot.core.db.campaign.update({ where: { id: bot.campaignId }, data: { status: 'CLOSED' } });
    bot.now.value = vn('2025-11-22T10:00:00'); // a Saturday
    const result = await broadcasts().send(admin, { id: 'no-campaign', audience: { kind: 'role', role: 'LEADER' }, text: 'Chào' });
    expect(result).toEqual({ recipients: 1, unreachable: 0, notBefore: vn('2025-11-24T07:30:00'), created: 1 });
    expect((await rows())[0]).toMatchObject({ campaignId: null, memberId: await idOf('ct-ubnd') });
  });
});

describe('BroadcastService.send', () => {
  it('queues once per broadcast id, with one audit entry', async () => {
    const input = { id: 'b-1', audience: { kind: 'unit', unitId: (await bot.core.db.unit.findFirstOrThrow({ where: { code: 'VHXH' } })).id }, text: ' Họp  lúc 14:00 ' } as const;
    expect(await broadcasts().send(admin, input)).toMatchObject({ recipients: 1, unreachable: 0, created: 1 });
    expect(await broadcasts().send(admin, input)).toMatchObject({ recipients: 1, unreachable: 0, created: 0 });
    expect((await rows()).map((r) => [r.dedupeKey, r.kind, r.payload])).toEqual([
      [`broadcast:b-1:m${await idOf('vhxh-1')}`, 'broadcast', { key: 'broadcast-message', args: { sender: 'Nông Thị Hồng Nhung (Văn phòng - Thống kê)', text: 'Họp lúc 14:00' } }],
    ]);
    const audits = await bot.core.db.auditLog.findMany({ where: { entity: 'Broadcast' } });
    expect(audits.map((a) => [a.action, a.actorId, a.entityId])).toEqual([['broadcast.send', admin.memberId, 'b-1']]);
    // another broadcast with the same text is another message
    expect((await broadcasts().send(admin, { ...input, id: 'b-2' })).created).toBe(1);
    expect(await rows()).toHaveLength(2);
  });

  it('writes one audit entry and one message per member when the same broadcast is confirmed several times at once', async () => {
    const input = { id: 'b-twice', audience: { kind: 'all' }, text: 'Nộp báo cáo quý IV trước 15/12' } as const;
    const results = await Promise.all(Array.from({ length: 6 }, () => broadcasts().send(admin, input)));
    const { recipients, unreachable } = await broadcasts().plan(admin, input.audience);
    expect(recipients).toBeGreaterThan(1);
    expect(results.map((r) => [r.recipients, r.unreachable])).toEqual(results.map(() => [recipients, unreachable]));
    // each member's message is created by exactly one of the confirms
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(recipients - unreachable);
    const queued = await rows();
    expect(new Set(queued.map((r) => r.dedupeKey)).size).toBe(queued.length);
    expect(await bot.core.db.auditLog.count({ where: { entity: 'Broadcast', entityId: 'b-twice' } })).toBe(1);
  });

  it('refuses anyone but the secretariat, and bad text, writing nothing', async () => {
    const head = (await bot.core.services.members.findActor('CONSOLE', demoAccountId('vhxh-1')))!;
    expect(await refusal(broadcasts().send(head, { id: 'x', audience: { kind: 'all' }, text: 'Chào' }))).toEqual({ reason: 'broadcast-forbidden', args: {} });
    expect(await refusal(broadcasts().plan(head, { kind: 'all' }))).toEqual({ reason: 'broadcast-forbidden', args: {} });
    expect((await refusal(broadcasts().send(admin, { id: 'y', audience: { kind: 'all' }, text: '   ' }))).reason).toBe('broadcast-text-empty');
    expect(await rows()).toEqual([]);
    expect(await bot.core.db.auditLog.count({ where: { entity: 'Broadcast' } })).toBe(0);
  });
});

describe('MemberService.setCheckinMuted', () => {
  it('changes only the actor, audits real changes only', async () => {
    const members = bot.core.services.members;
    const head = (await members.findActor('CONSOLE', demoAccountId('vhxh-1')))!;
    await members.setCheckinMuted(head, true);
    await members.setCheckinMuted(head, true);
    expect(await members.checkinMuted(head.memberId)).toBe(true);
    expect(await members.checkinMuted(await idOf('tpht-1'))).toBe(false);
    await members.setCheckinMuted(head, false);
    expect(await members.checkinMuted(head.memberId)).toBe(false);
    const entries = await bot.core.db.auditLog.findMany({ where: { entity: 'Member' }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['checkin.mute', 'checkin.unmute']);
  });
});
