import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleError } from '../../../src/services/shared/errors.js';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import { NAME_MAX, normaliseInviteCode, personName } from '../../../src/services/campaigns/members.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// Invite redemption against a real SQLite file: MemberService.inspectInvite / redeemInvite, and
// /start through the dialog engine where it matters to people.

let bot: TestBot;
let unitIds: Record<string, number>;

beforeEach(async () => {
  bot = await startTestBot();
  const units = await bot.core.db.unit.findMany({ where: { organizationId: bot.organizationId } });
  unitIds = Object.fromEntries(units.map((u) => [u.code, u.id]));
});
afterEach(() => bot.close());

const members = () => bot.core.services.members;
const db = () => bot.core.db;

/** A fixed code, so tests can type it the way people do. */
function invite(code: string, extra: { role?: 'HEAD' | 'MEMBER' | 'LEADER'; unit?: string | null; memberCode?: string; usesLeft?: number; ttlDays?: number } = {}) {
  return createInvite(
    db(),
    {
      organizationId: bot.organizationId,
      unitId: extra.unit === null ? null : unitIds[extra.unit ?? 'TCKT']!,
      role: extra.role ?? 'MEMBER',
      memberCode: extra.memberCode,
      usesLeft: extra.usesLeft,
      ttlDays: extra.ttlDays,
      now: bot.now.value,
    },
    () => code,
  );
}

const redeem = (code: string, externalId: string, fullName: string | null = 'Lò Thị Mai') =>
  members().redeemInvite({ code, channel: 'TELEGRAM', externalId, fullName, displayName: 'mai.lo' });

async function rejection(promise: Promise<unknown>): Promise<RuleError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  return error as RuleError;
}

const usesLeft = async (code: string) => (await db().invite.findUniqueOrThrow({ where: { code } })).usesLeft;
const accounts = () => db().channelAccount.count({ where: { channel: 'TELEGRAM' } });

describe('invite codes', () => {
  it('normalises what people type: case, spaces and dashes do not matter', () => {
    expect(normaliseInviteCode('ab7k-9xqm')).toBe('AB7K9XQM');
    expect(normaliseInviteCode(' ab7k 9xqm ')).toBe('AB7K9XQM');
    expect(normaliseInviteCode('AB7K - 9XQM')).toBe('AB7K9XQM');
  });

  it('an unknown code is refused by inspect and by redeem, and creates nothing', async () => {
    const membersBefore = await db().member.count();
    expect(await rejection(members().inspectInvite('zzzz-zzzz'))).toMatchObject({ reason: 'invite-unknown', args: { code: 'ZZZZZZZZ' } });
    expect(await rejection(redeem('zzzz-zzzz', 'tg-1'))).toMatchObject({ reason: 'invite-unknown', args: { code: 'ZZZZZZZZ' } });
    expect(await db().member.count()).toBe(membersBefore);
    expect(await accounts()).toBe(0);
    expect(await db().auditLog.count({ where: { action: 'invite.redeem' } })).toBe(0);
  });

  it('an unknown code typed to /start gets the invite-unknown text', async () => {
    bot.console.become('visitor-unknown');
    expect(await bot.say('/start zzzz-zzzz')).toBe('Mã mời ZZZZZZZZ không đúng. Vui lòng kiểm tra lại từng ký tự, hoặc xin mã mới từ bộ phận thường trực.');
  });

  it('works until just before expiresAt and is refused from expiresAt on, without using it up', async () => {
    const { expiresAt } = await invite('EXP7CODE', { ttlDays: 7 });
    expect(expiresAt.toISOString()).toBe('2025-11-27T02:00:00.000Z');

    bot.now.value = new Date(expiresAt.getTime() - 1);
    expect(await members().inspectInvite('exp7code')).toMatchObject({ code: 'EXP7CODE', role: 'MEMBER', unitName: 'Tài chính - Kế toán' });

    bot.now.value = new Date(expiresAt.getTime());
    expect(await rejection(members().inspectInvite('EXP7CODE'))).toMatchObject({ reason: 'invite-expired', args: { code: 'EXP7CODE' } });
    bot.now.value = new Date(expiresAt.getTime() + 60_000);
    expect(await rejection(redeem('EXP7CODE', 'tg-late'))).toMatchObject({ reason: 'invite-expired', args: { code: 'EXP7CODE' } });
    expect(await usesLeft('EXP7CODE')).toBe(1);
    expect(await accounts()).toBe(0);

    bot.console.become('visitor-late');
    expect(await bot.say('/start exp7code')).toBe('Mã mời EXP7CODE đã hết hạn. Vui lòng xin mã mới từ bộ phận thường trực.');
  });

  it('a used-up code is refused; a two-use code admits exactly two people', async () => {
    await invite('ONCE2345');
    await redeem('ONCE2345', 'tg-first', 'Lò Thị Mai');
    expect(await usesLeft('ONCE2345')).toBe(0);
    expect(await rejection(redeem('ONCE2345', 'tg-second', 'Vi Văn Nam'))).toMatchObject({ reason: 'invite-used', args: { code: 'ONCE2345' } });
    expect(await rejection(members().inspectInvite('ONCE2345'))).toMatchObject({ reason: 'invite-used' });
    expect(await db().member.count({ where: { fullName: 'Vi Văn Nam' } })).toBe(0);

    await invite('TWICE234', { usesLeft: 2 });
    await redeem('TWICE234', 'tg-a', 'Nguyễn Văn An');
    await redeem('TWICE234', 'tg-b', 'Nguyễn Văn Bình');
    expect(await rejection(redeem('TWICE234', 'tg-c', 'Nguyễn Văn Cường'))).toMatchObject({ reason: 'invite-used' });
    expect(await usesLeft('TWICE234')).toBe(0);
    expect(await accounts()).toBe(3);

    bot.console.become('visitor-third');
    expect(await bot.say('/start twice234')).toBe('Mã mời TWICE234 đã được sử dụng hết. Vui lòng xin mã mới từ bộ phận thường trực.');
  });

  it('accepts the code in lower case with a dash or spaces', async () => {
    await invite('AB7K9XQM', { unit: 'TPHT' });
    const actor = await redeem('ab7k-9xqm', 'tg-typed', 'Ma Thị Hoa');
    expect(actor).toMatchObject({ fullName: 'Ma Thị Hoa', roles: ['MEMBER'], unit: { id: unitIds.TPHT, name: 'Tư pháp - Hộ tịch' }, locale: 'vi' });

    await invite('CD3F4GHJ', { unit: 'VHXH' });
    bot.console.become('visitor-typing');
    expect(await bot.say('/start  cd3f 4ghj ')).toBe(
      'Mã mời hợp lệ: UBND xã Kim Phượng — Văn hóa - Xã hội.\n\nXin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.',
    );
    expect(await bot.say('Hoàng Thị Thu')).toContain('Đăng ký thành công. Chào mừng Hoàng Thị Thu!');
    expect(await db().member.findFirst({ where: { fullName: 'Hoàng Thị Thu' }, include: { roles: true, unit: true } })).toMatchObject({
      unit: { code: 'VHXH' },
      roles: [{ role: 'MEMBER' }],
      searchKey: 'hoang thi thu',
    });
  });

  it('a declared-member invite links to that member without asking a name', async () => {
    const declared = await db().member.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: 'vhxh-1' } });
    const membersBefore = await db().member.count();
    await invite('DECL2345', { role: 'HEAD', unit: 'VHXH', memberCode: 'vhxh-1' });
    expect(await members().inspectInvite('decl2345')).toEqual({
      code: 'DECL2345',
      role: 'HEAD',
      unitName: 'Văn hóa - Xã hội',
      organizationName: 'UBND xã Kim Phượng',
      declaredMemberName: 'Đinh Văn Quang',
    });

    // Through /start: registered at once, no name question.
    bot.console.become('visitor-quang');
    expect(await bot.say('/start decl-2345')).toBe(
      [
        'Đăng ký thành công. Chào mừng Đinh Văn Quang!',
        '',
        'Họ tên: Đinh Văn Quang',
        'Đơn vị: Văn hóa - Xã hội',
        'Vai trò: Thủ trưởng đơn vị',
        '',
        'Gõ /trogiup để xem các lệnh anh/chị dùng được.',
      ].join('\n'),
    );
    expect(await db().member.count()).toBe(membersBefore);
    expect(await db().channelAccount.findUnique({ where: { channel_externalId: { channel: 'CONSOLE', externalId: 'visitor-quang' } } })).toMatchObject({
      memberId: declared.id,
    });
    expect(await db().roleGrant.findMany({ where: { memberId: declared.id }, select: { role: true } })).toEqual([{ role: 'HEAD' }]);
    expect(await usesLeft('DECL2345')).toBe(0);
  });

  it('a declared-member invite redeemed by the service ignores any name given', async () => {
    const declared = await db().member.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: 'ct-ubnd' } });
    await invite('LEAD2345', { role: 'LEADER', unit: null, memberCode: 'ct-ubnd' });
    const actor = await redeem('LEAD2345', 'tg-chairman', 'Tên Khác');
    expect(actor).toMatchObject({ memberId: declared.id, fullName: 'Trương Anh Tú', unit: null });
    expect([...actor.roles].sort()).toEqual(['COUNCIL', 'LEADER']);
    expect(await db().member.count({ where: { fullName: 'Tên Khác' } })).toBe(0);
  });

  it('two concurrent redeems of a single-use code: exactly one gets in', async () => {
    await invite('RACE2345', { unit: 'DCXD' });
    const membersBefore = await db().member.count();
    const results = await Promise.allSettled([redeem('RACE2345', 'tg-racer-1', 'Lương Thị Một'), redeem('race-2345', 'tg-racer-2', 'Lương Thị Hai')]);

    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(RuleError);
    expect(rejected[0]!.reason).toMatchObject({ reason: 'invite-used', args: { code: 'RACE2345' } });

    expect(await usesLeft('RACE2345')).toBe(0);
    expect(await db().member.count()).toBe(membersBefore + 1);
    expect(await accounts()).toBe(1);
    expect(await db().auditLog.count({ where: { action: 'invite.redeem' } })).toBe(1);
  });

  it('an account that is already registered is refused and the code stays unused', async () => {
    await invite('AGAIN234');
    const error = await rejection(
      members().redeemInvite({ code: 'AGAIN234', channel: 'CONSOLE', externalId: 'demo-vhxh-1', fullName: 'Đinh Văn Quang' }),
    );
    expect(error.reason).toBe('invite-already-registered');
    expect(await usesLeft('AGAIN234')).toBe(1);

    // Through /start the registered member just sees who they are.
    bot.as('vhxh-1');
    expect(await bot.say('/start AGAIN234')).toBe(
      'Tài khoản này đã đăng ký rồi, không cần dùng mã mời nữa.\n\nHọ tên: Đinh Văn Quang\nĐơn vị: Văn hóa - Xã hội\nVai trò: Thủ trưởng đơn vị',
    );
    expect(await usesLeft('AGAIN234')).toBe(1);
  });

  it('a name is required for a non-declared invite; the refusal uses nothing up', async () => {
    await invite('NONAME23');
    expect(await rejection(redeem('NONAME23', 'tg-noname', '   '))).toMatchObject({ reason: 'invite-name-missing' });
    expect(await usesLeft('NONAME23')).toBe(1);
    expect(await accounts()).toBe(0);
  });

  it('writes an AuditLog row on success, and only then', async () => {
    await invite('AUDIT234', { role: 'HEAD', unit: 'MOT_CUA' });
    const row = await db().invite.findUniqueOrThrow({ where: { code: 'AUDIT234' } });
    expect(await rejection(redeem('AUDIT234', 'tg-audit', ''))).toMatchObject({ reason: 'invite-name-missing' });
    expect(await db().auditLog.count({ where: { action: 'invite.redeem' } })).toBe(0);

    const actor = await redeem('AUDIT234', 'tg-audit', 'Hà Thị Liên');
    expect(actor).toMatchObject({ fullName: 'Hà Thị Liên', roles: ['HEAD'], unit: { name: 'Bộ phận Tiếp nhận và Trả kết quả' } });
    const logs = await db().auditLog.findMany({ where: { action: 'invite.redeem' } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actorId: actor.memberId, entity: 'Invite', entityId: String(row.id), details: { channel: 'TELEGRAM' } });
    expect(await db().channelAccount.findUnique({ where: { channel_externalId: { channel: 'TELEGRAM', externalId: 'tg-audit' } } })).toMatchObject({
      memberId: actor.memberId,
      displayName: 'mai.lo',
    });
  });
});

describe('registration names', () => {
  // What a name may hide: zero-width characters, joiners, direction overrides that make others
  // read "Mai Thị Lò" backwards, a BOM from a pasted document, control characters.
  const TRICKS = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202B', '\u202D', '\u202E', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u0007', '\u001B', '\u00AD', '\uFE0F', '\u3164'];

  it('cleans invisible and direction-changing characters, spaces and decomposed letters', () => {
    for (const ch of TRICKS) expect(personName(`${ch}Lò${ch} Thị${ch}  Mai${ch}`), `U+${ch.codePointAt(0)!.toString(16)}`).toBe('Lò Thị Mai');
    expect(personName('\u202Eiam ịhT òL\u202C')).toBe('iam ịhT òL');
    expect(personName('  Lo\u0300\n Thi\u0323\tMai ')).toBe('Lò Thị Mai');
  });

  it('refuses what has fewer than two letters left, or is too long', () => {
    for (const raw of ['\u200B\u200C\u200D', '\u202E\u2066\u2069', '\u3164\u3164', '\u2800\u2800', '.', 'A', '1234', '/start']) {
      expect(() => personName(raw), JSON.stringify(raw)).toThrow(expect.objectContaining({ reason: 'start-name-invalid' }));
    }
    expect(personName('Lò'.padEnd(NAME_MAX, 'a'))).toHaveLength(NAME_MAX);
    expect(() => personName('a'.repeat(NAME_MAX + 1))).toThrow(expect.objectContaining({ reason: 'start-name-too-long', args: { length: 81, max: 80 } }));
    // invisible characters do not count towards the length
    expect(personName(`${'\u200B'.repeat(50)}${'a'.repeat(NAME_MAX)}`)).toHaveLength(NAME_MAX);
  });

  it('redeemInvite stores the cleaned name and refuses one with nothing readable, using nothing up', async () => {
    await invite('CLEAN234', { usesLeft: 2 });
    expect(await rejection(redeem('CLEAN234', 'tg-zw', '\u200B\u202E\u2069'))).toMatchObject({ reason: 'invite-name-missing' });
    expect(await rejection(redeem('CLEAN234', 'tg-zw', '\u200B.\u202E-'))).toMatchObject({ reason: 'start-name-invalid' });
    expect(await usesLeft('CLEAN234')).toBe(2);
    const actor = await redeem('CLEAN234', 'tg-zw', '\u202ELò\u200B Thị\u2066 Mai\uFEFF');
    expect(actor.fullName).toBe('Lò Thị Mai');
    expect(await db().member.findUniqueOrThrow({ where: { id: actor.memberId } })).toMatchObject({ fullName: 'Lò Thị Mai', searchKey: 'lo thi mai' });
  });

  it('/start asks again, in Vietnamese, until a readable name comes, and offers only a readable platform name', async () => {
    await invite('ZWSP2345');
    const send = (text: string, displayName: string) =>
      bot.core.engine.handle({ channel: 'TELEGRAM', chatId: '9090', userId: '9090', displayName, incoming: { kind: 'text', text } });
    // a Telegram name made of invisible characters is not offered as a one-tap answer
    const [ok, ask] = await send('/start ZWSP2345', '\u3164\u200B');
    expect(ok!.text).toContain('Mã mời hợp lệ');
    expect(ask!.text).toContain('Xin cho biết họ và tên đầy đủ');
    expect(ask!.options ?? []).toEqual([]);
    const [invisible] = await send('\u200B\u200D\u202E\u2069 \u2800', '');
    expect(invisible!.text).toBe('Anh/chị chưa nhập gì. Vui lòng trả lời câu hỏi ở trên, hoặc gõ /huy để hủy.');
    const [symbols] = await send('\u200B.\u202E-', '');
    expect(symbols!.text).toBe(
      'Họ tên chưa hợp lệ. Cần có ít nhất 2 chữ cái (ký tự ẩn và ký hiệu không được tính). Vui lòng gõ lại họ và tên đầy đủ, có dấu, ví dụ: Nguyễn Thị Hoa.',
    );
    const [long] = await send('Nguyễn Thị Hoa '.repeat(6), '');
    expect(long!.text).toBe('Họ tên dài 89 ký tự, quá 80 ký tự cho phép. Vui lòng gõ lại chỉ họ và tên (không kèm chức vụ, đơn vị), ví dụ: Nguyễn Thị Hoa.');
    const done = await send('\u202ENguyễn\u200B Thị\u2067 Hoa\u202C', '');
    expect(done[0]!.text).toBe('Đăng ký thành công. Chào mừng Nguyễn Thị Hoa!');
    expect((await db().member.findFirstOrThrow({ where: { searchKey: 'nguyen thi hoa' } })).fullName).toBe('Nguyễn Thị Hoa');
  });

  it('/start offers the platform name cleaned, and registers it as shown', async () => {
    await invite('SHOWN234');
    const send = (text: string) =>
      bot.core.engine.handle({ channel: 'TELEGRAM', chatId: '9191', userId: '9191', displayName: '\u200BLò\u202E Thị  Mai\uFEFF', incoming: { kind: 'text', text } });
    const [, ask] = await send('/start SHOWN234');
    expect(ask!.options).toEqual([{ value: 'display-name', label: 'Lò Thị Mai' }]);
    expect((await send('1'))[0]!.text).toBe('Đăng ký thành công. Chào mừng Lò Thị Mai!');
  });
});

describe('many people at once', () => {
  // Prisma merges findUnique calls made in the same tick into one query; a burst of updates (the
  // runner handles hundreds at a time) then needed more bound values than SQLite takes.
  it('1,000 simultaneous look-ups of a person and their dialog all answer', async () => {
    const declared = await members().membersOfOrganization(bot.organizationId);
    await members().linkAccount(declared[0]!.id, 'TELEGRAM', '4242', declared[0]!.fullName);
    const ids = Array.from({ length: 1000 }, (_, i) => (i === 500 ? '4242' : String(10_000 + i)));
    const actors = await Promise.all(ids.map((id) => members().findActor('TELEGRAM', id)));
    expect(actors.filter((a) => a !== null).map((a) => a!.memberId)).toEqual([declared[0]!.id]);
    const states = await Promise.all(ids.map((id) => bot.core.services.dialogState.load('TELEGRAM', id)));
    expect(states.every((s) => s === null)).toBe(true);
  });
});
