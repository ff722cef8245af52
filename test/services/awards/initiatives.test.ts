import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDF } from '../../support/files.js';
import { actor, addOfficer, storedPdf, unitId } from '../../support/awards.js';
import { startTestBot, type TestBot } from '../../support/core.js';

// InitiativeService on SQLite: who may submit and decide, the lengths, files, counting.

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
  await addOfficer(bot, 'vhxh-2', 'Lê Thị Mai', 'VHXH');
});
afterEach(() => bot.close());

const service = () => bot.core.services.initiatives;
const TITLE = 'Số hóa hồ sơ hộ tịch lưu trữ';
const SUMMARY = 'Scan và nhập liệu 12.000 trang sổ hộ tịch, tra cứu trong 1 phút.';
/** The recognition on record, as the secretariat types it from the decision. */
const REC = { recognisedBy: 'Chủ tịch UBND xã', decisionNumber: '45/qđ-ubnd', decisionDate: '18/11/2025' };

async function submit(code: string, title = TITLE): Promise<number> {
  return (await service().submit(await actor(bot, code), bot.campaignId, { title, summary: SUMMARY, channel: 'CONSOLE' })).id;
}

describe('submit', () => {
  it('records the author and their unit; the text is cleaned', async () => {
    const id = (await service().submit(await actor(bot, 'vhxh-2'), bot.campaignId, { title: `  ${TITLE}  `, summary: `${SUMMARY}\n\n`, channel: 'CONSOLE' })).id;
    const row = await bot.core.db.initiative.findUniqueOrThrow({ where: { id }, include: { member: true } });
    expect(row).toMatchObject({ title: TITLE, summary: SUMMARY, status: 'SUBMITTED', unitId: await unitId(bot, 'VHXH'), member: { fullName: 'Lê Thị Mai' } });
    expect(await bot.core.db.auditLog.count({ where: { action: 'initiative.submit', entityId: String(id) } })).toBe(1);
  });

  it('refuses a title of 4 or 201 characters and a summary of 9 or 2001, and writes nothing', async () => {
    const me = await actor(bot, 'vhxh-2');
    const attempt = (title: string, summary: string) => service().submit(me, bot.campaignId, { title, summary, channel: 'CONSOLE' });
    await expect(attempt('Số h', SUMMARY)).rejects.toMatchObject({ reason: 'initiative-title-length', args: { min: 5, max: 200, length: 4 } });
    await expect(attempt('x'.repeat(201), SUMMARY)).rejects.toMatchObject({ reason: 'initiative-title-length', args: { length: 201 } });
    await expect(attempt(TITLE, '123456789')).rejects.toMatchObject({ reason: 'initiative-summary-length', args: { min: 10, max: 2000, length: 9 } });
    await expect(attempt(TITLE, 'x'.repeat(2001))).rejects.toMatchObject({ reason: 'initiative-summary-length', args: { length: 2001 } });
    expect(await bot.core.db.initiative.count()).toBe(0);
    // The limits themselves are allowed.
    await attempt('Số hó', 'x'.repeat(2000));
    expect(await bot.core.db.initiative.count()).toBe(1);
  });

  it('keeps the file as evidence of the unit, linked to the initiative', async () => {
    const me = await actor(bot, 'vhxh-2');
    const { id } = await service().submit(me, bot.campaignId, { title: TITLE, summary: SUMMARY, file: await storedPdf(bot, 'thuyet-minh.pdf'), channel: 'TELEGRAM' });
    const evidence = await bot.core.db.evidence.findFirstOrThrow({ where: { initiativeId: id } });
    expect(evidence).toMatchObject({
      originalName: 'thuyet-minh.pdf',
      mime: 'application/pdf',
      unitId: me.unit!.id,
      memberId: me.memberId,
      sourceChannel: 'TELEGRAM',
      criterionId: null,
    });
    const file = await service().attachment(await actor(bot, 'vptk-1'), bot.campaignId, id);
    expect(file?.name).toBe('thuyet-minh.pdf');
    expect(Buffer.from(file!.bytes).equals(PDF)).toBe(true);
    // Another head may not fetch it; the author may.
    await expect(service().attachment(await actor(bot, 'tpht-1'), bot.campaignId, id)).rejects.toMatchObject({ reason: 'initiative-gone' });
    expect((await service().attachment(me, bot.campaignId, id))?.name).toBe('thuyet-minh.pdf');
  });

  it('a member without a unit submits text only', async () => {
    const leader = await actor(bot, 'ct-ubnd');
    await expect(service().submit(leader, bot.campaignId, { title: TITLE, summary: SUMMARY, file: await storedPdf(bot, 'a.pdf'), channel: 'CONSOLE' })).rejects.toMatchObject({
      reason: 'initiative-file-no-unit',
    });
    const { id } = await service().submit(leader, bot.campaignId, { title: TITLE, summary: SUMMARY, channel: 'CONSOLE' });
    expect(await bot.core.db.initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ unitId: null });
    expect(await bot.core.db.evidence.count()).toBe(0);
  });
});

describe('decide', () => {
  it('only the secretariat decides', async () => {
    const id = await submit('vhxh-2');
    await expect(service().decide(await actor(bot, 'vhxh-1'), bot.campaignId, id, 'RECOGNISED', null, REC)).rejects.toMatchObject({ reason: 'initiative-decide-forbidden' });
    await expect(service().decide(await actor(bot, 'ct-ubnd'), bot.campaignId, id, 'RECOGNISED', null, REC)).rejects.toMatchObject({ reason: 'initiative-decide-forbidden' });
    expect(await bot.core.db.initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SUBMITTED', decidedById: null });
  });

  it('recognising records who recognised it and under which decision; each part is checked', async () => {
    const admin = await actor(bot, 'vptk-1');
    const id = await submit('vhxh-2');
    const attempt = (rec?: typeof REC) => service().decide(admin, bot.campaignId, id, 'RECOGNISED', null, rec);
    await expect(attempt()).rejects.toMatchObject({ reason: 'initiative-recognition-required' });
    await expect(attempt({ ...REC, recognisedBy: ' UB ' })).rejects.toMatchObject({ reason: 'initiative-recognised-by-length', args: { min: 3, max: 200, length: 2 } });
    await expect(attempt({ ...REC, decisionNumber: 'QĐ 45' })).rejects.toMatchObject({ reason: 'decision-number-invalid', args: { text: 'QĐ 45' } });
    await expect(attempt({ ...REC, decisionDate: '31/11/2025' })).rejects.toMatchObject({ reason: 'decision-date-invalid' });
    // The bot's clock is 20/11/2025: a decision dated later has not been signed yet.
    await expect(attempt({ ...REC, decisionDate: '21/11/2025' })).rejects.toMatchObject({ reason: 'decision-date-future' });
    expect(await bot.core.db.initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SUBMITTED', recognisedBy: null, decisionNumber: null });

    const recognised = await attempt({ ...REC, recognisedBy: '  Chủ tịch   UBND xã ' });
    expect(recognised).toMatchObject({ status: 'RECOGNISED', recognisedBy: 'Chủ tịch UBND xã', decisionNumber: '45/QĐ-UBND', decisionDate: new Date('2025-11-17T17:00:00Z') });
    const audit = await bot.core.db.auditLog.findFirstOrThrow({ where: { action: 'initiative.decide' } });
    expect(audit.details).toMatchObject({ recognisedBy: 'Chủ tịch UBND xã', decisionNumber: '45/QĐ-UBND' });
  });

  it('declining needs a note and records no recognition; recognising needs no note', async () => {
    const admin = await actor(bot, 'vptk-1');
    const first = await submit('vhxh-2');
    const second = await submit('vhxh-1');
    await expect(service().decide(admin, bot.campaignId, first, 'DECLINED', '   ')).rejects.toMatchObject({ reason: 'initiative-note-required' });
    await expect(service().decide(admin, bot.campaignId, first, 'DECLINED', null)).rejects.toMatchObject({ reason: 'initiative-note-required' });
    await expect(service().decide(admin, bot.campaignId, first, 'DECLINED', 'x'.repeat(1001))).rejects.toMatchObject({ reason: 'initiative-note-too-long', args: { max: 1000 } });
    const declined = await service().decide(admin, bot.campaignId, first, 'DECLINED', 'Trùng với sáng kiến năm 2024');
    expect(declined).toMatchObject({
      status: 'DECLINED',
      decisionNote: 'Trùng với sáng kiến năm 2024',
      decidedAt: bot.now.value,
      recognisedBy: null,
      decisionNumber: null,
      decisionDate: null,
    });
    const recognised = await service().decide(admin, bot.campaignId, second, 'RECOGNISED', null, REC);
    expect(recognised).toMatchObject({ status: 'RECOGNISED', decisionNote: null });
    expect(await bot.core.db.initiative.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ decidedById: admin.memberId });
  });

  it('deciding twice is refused, naming the first decision', async () => {
    const admin = await actor(bot, 'vptk-1');
    const id = await submit('vhxh-2');
    await service().decide(admin, bot.campaignId, id, 'RECOGNISED', null, REC);
    await expect(service().decide(admin, bot.campaignId, id, 'DECLINED', 'Đổi ý')).rejects.toMatchObject({
      reason: 'initiative-already-decided',
      args: { status: 'RECOGNISED', date: '20/11/2025' },
    });
    expect(await bot.core.db.initiative.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RECOGNISED', decisionNote: null });
    expect(await bot.core.db.auditLog.count({ where: { action: 'initiative.decide' } })).toBe(1);
    await expect(service().decide(admin, bot.campaignId, id + 100, 'RECOGNISED', null, REC)).rejects.toMatchObject({ reason: 'initiative-gone' });
  });
});

describe('list and recognisedCount', () => {
  it('count recognised initiatives per person and per unit; submitted and declined ones do not count', async () => {
    const admin = await actor(bot, 'vptk-1');
    const mai = [await submit('vhxh-2', 'Sáng kiến thứ nhất'), await submit('vhxh-2', 'Sáng kiến thứ hai'), await submit('vhxh-2', 'Sáng kiến thứ ba')];
    const quang = await submit('vhxh-1', 'Sáng kiến của trưởng bộ phận');
    await submit('tpht-1', 'Sáng kiến tư pháp');
    await service().decide(admin, bot.campaignId, mai[0]!, 'RECOGNISED', null, REC);
    await service().decide(admin, bot.campaignId, mai[1]!, 'DECLINED', 'Chưa áp dụng thực tế');
    await service().decide(admin, bot.campaignId, quang, 'RECOGNISED', 'Tốt', REC);
    const maiId = (await actor(bot, 'vhxh-2')).memberId;
    expect(await service().recognisedCount(bot.campaignId, { memberId: maiId })).toBe(1);
    expect(await service().recognisedCount(bot.campaignId, { unitId: await unitId(bot, 'VHXH') })).toBe(2);
    expect(await service().recognisedCount(bot.campaignId, { unitId: await unitId(bot, 'TPHT') })).toBe(0);

    expect((await service().list(bot.campaignId, { memberId: maiId })).map((i) => [i.title, i.status])).toEqual([
      ['Sáng kiến thứ nhất', 'RECOGNISED'],
      ['Sáng kiến thứ hai', 'DECLINED'],
      ['Sáng kiến thứ ba', 'SUBMITTED'],
    ]);
    expect((await service().list(bot.campaignId, { status: 'SUBMITTED' })).map((i) => [i.title, i.memberName, i.unitName])).toEqual([
      ['Sáng kiến thứ ba', 'Lê Thị Mai', 'Văn hóa - Xã hội'],
      ['Sáng kiến tư pháp', 'Ma Thị Huyền', 'Tư pháp - Hộ tịch'],
    ]);
  });
});
