import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleError } from '../../src/services/shared/errors.js';
import { ReminderAudience } from '../../src/services/messaging/reminder-audience.js';
import { addOfficer, fileDossier, storedPdf } from '../support/awards.js';
import { startTestBot, type TestBot } from '../support/core.js';
import { actorOf, nominate } from '../support/council.js';
import { OTHER_PDF, PDF } from '../support/files.js';

// One achievement report per nominee: where the campaign file marks the Báo cáo
// thành tích `per_nominee` (An Hải III.4), the unit's Tờ trình and Biên bản are once per unit and
// the report is once per collective and individual proposed, confirmed by the head. /hoso, the
// reminders and a nomination's dossier check count the same way.

let bot: TestBot;
let pdf: string;
let otherPdf: string;
let vhxh: number;
let nominations: number[];
const OFFICERS = ['Lê Thị Mai', 'Trần Văn Bình', 'Phạm Thu Hà', 'Vũ Đức Long'];

beforeEach(async () => {
  bot = await startTestBot();
  pdf = join(bot.dir, 'bao-cao.pdf');
  otherPdf = join(bot.dir, 'ban-khac.pdf');
  writeFileSync(pdf, PDF);
  writeFileSync(otherPdf, OTHER_PDF);
  // As `per_nominee: true` in the campaign file imports it (test/campaign-file covers the import).
  await bot.core.db.dossierDocKind.updateMany({ where: { campaignId: bot.campaignId, code: 'BAO_CAO_THANH_TICH' }, data: { perNominee: true } });
  vhxh = (await bot.core.db.unit.findFirstOrThrow({ where: { organizationId: bot.organizationId, code: 'VHXH' } })).id;
  // 01 collective and 04 individuals proposed by Văn hóa - Xã hội; a withdrawn one owes nothing.
  nominations = [await nominate(bot, { kind: 'COLLECTIVE', unitCode: 'VHXH' }, 'DRAFT')];
  for (const [i, name] of OFFICERS.entries()) {
    await addOfficer(bot, `vhxh-cb-${i + 1}`, name, 'VHXH');
    nominations.push(await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: `vhxh-cb-${i + 1}` }, 'DRAFT'));
  }
  await nominate(bot, { kind: 'INDIVIDUAL', unitCode: 'VHXH', memberCode: 'vhxh-1' }, 'WITHDRAWN');
});
afterEach(() => bot.close());

async function fileReport(code: string, nominationId: number, name = 'bao-cao.pdf'): Promise<void> {
  const kind = await bot.core.db.dossierDocKind.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: 'BAO_CAO_THANH_TICH' } });
  const blob = await storedPdf(bot, name);
  await bot.core.services.dossier.submit({ actor: await actorOf(bot, code), campaignId: bot.campaignId, unitId: vhxh, kindId: kind.id, nominationId, blob, channel: 'CONSOLE' });
}

/** The units the DOSSIER deadline reminders would name. */
async function owingDossier(): Promise<string[]> {
  const audience = new ReminderAudience(bot.core.db, bot.core.services);
  const c = await audience.load(bot.campaignId);
  const deadline = c.view.deadlines.find((d) => d.kind === 'DOSSIER')!;
  return (await audience.owing(c, deadline)).names;
}

describe('per-nominee achievement reports', () => {
  it('01 collective and 04 individuals owe 5 reports besides the Tờ trình and the Biên bản; /hoso and the reminders agree', async () => {
    bot.as('vhxh-1');
    const empty = await bot.say('/hoso');
    expect(empty).toContain('✗ Tờ trình khen thưởng của cơ quan: chưa nộp');
    expect(empty).toContain('Báo cáo thành tích tập thể, cá nhân (mỗi tập thể, cá nhân được đề nghị một bản):\n  ✗ Tập thể Văn hóa - Xã hội: chưa nộp\n  ✗ Lê Thị Mai: chưa nộp');
    expect(empty).toContain('  ✗ Vũ Đức Long: chưa nộp');
    expect(empty).not.toContain('Đinh Văn Quang: chưa nộp');
    expect(empty).toContain('Đã nộp 0/7 thành phần.');

    // The two documents of the unit's submission, through the dialog.
    for (const kind of ['1', '2']) {
      await bot.say('/nophoso');
      await bot.say(kind);
      await bot.say(`:tep ${kind === '1' ? pdf : otherPdf}`);
    }
    expect(await bot.say('/nophoso')).toContain('3. Báo cáo thành tích tập thể, cá nhân');
    expect(await bot.say('3')).toContain(
      'Báo cáo thành tích tập thể, cá nhân: nộp cho tập thể, cá nhân nào? (✓ là đã có)\n  1. Tập thể Văn hóa - Xã hội\n  2. Lê Thị Mai\n  3. Trần Văn Bình\n  4. Phạm Thu Hà\n  5. Vũ Đức Long\n',
    );
    expect(await bot.say('2')).toContain('Gửi tệp Báo cáo thành tích tập thể, cá nhân — Lê Thị Mai (PDF, Word');
    const received = await bot.say(`:tep ${pdf}`);
    expect(received).toContain('Đã nhận tệp bao-cao.pdf cho mục Báo cáo thành tích tập thể, cá nhân — Lê Thị Mai.');
    expect(received).toContain('  ✓ Lê Thị Mai: bao-cao.pdf (nộp ngày 20/11/2025, Đinh Văn Quang)');
    expect(received).toContain('Đã nộp 3/7 thành phần.');
    const doc = await bot.core.db.dossierDocument.findFirstOrThrow({ where: { kind: { code: 'BAO_CAO_THANH_TICH' } } });
    expect(doc.nominationId).toBe(nominations[1]);

    // One report short: still owed, for /hoso, the reminders and each nomination's dossier check.
    for (const id of [nominations[0]!, nominations[2]!, nominations[3]!]) await fileReport('vhxh-1', id);
    expect(await bot.say('/hoso')).toContain('Đã nộp 6/7 thành phần.');
    expect(await owingDossier()).toContain('Văn hóa - Xã hội');
    expect(await bot.core.services.dossier.dossierFor(bot.campaignId, nominations[4]!)).toEqual({
      required: 3,
      complete: false,
      missing: [{ code: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích tập thể, cá nhân', unconfirmed: false }],
    });
    expect(await bot.core.services.dossier.dossierFor(bot.campaignId, nominations[1]!)).toEqual({ required: 3, complete: true, missing: [] });

    await fileReport('vhxh-1', nominations[4]!);
    expect(await bot.say('/hoso')).toContain('Đã nộp 7/7 thành phần.');
    expect(await owingDossier()).not.toContain('Văn hóa - Xã hội');
    expect((await bot.core.services.dossier.completeUnits(bot.campaignId)).has(vhxh)).toBe(true);
  });

  it("a report the secretariat files waits for the head's confirmation, and only the head confirms it", async () => {
    await fileDossier(bot, 'vhxh-1', ['TO_TRINH', 'BIEN_BAN']);
    for (const id of nominations) await fileReport('vhxh-1', id);
    bot.as('vptk-1');
    await bot.say('/nophoso van hoa');
    await bot.say('3');
    await bot.say('1');
    const filed = await bot.say(`:tep ${otherPdf}`);
    expect(filed).toContain('Báo cáo này cần thủ trưởng đơn vị xác nhận: thủ trưởng gõ /hoso rồi chọn "Xác nhận".');
    expect(filed).toContain('  ◐ Tập thể Văn hóa - Xã hội: ban-khac.pdf (nộp ngày 20/11/2025, Nông Thị Hồng Nhung), chờ thủ trưởng đơn vị xác nhận');
    expect(filed).toContain('Đã nộp 6/7 thành phần.');
    expect(await owingDossier()).toContain('Văn hóa - Xã hội');
    expect(await bot.core.services.dossier.dossierFor(bot.campaignId, nominations[0]!)).toMatchObject({
      complete: false,
      missing: [{ code: 'BAO_CAO_THANH_TICH', unconfirmed: true }],
    });
    // The secretariat sees the file to download, but nothing to confirm.
    const secretariat = await bot.say('/hoso van hoa');
    expect(secretariat).toContain('Chọn tài liệu để tải lại:');
    expect(secretariat).not.toContain('Xác nhận:');
    await bot.say('/huy');
    const document = await bot.core.db.dossierDocument.findFirstOrThrow({ where: { nominationId: nominations[0] }, orderBy: { id: 'desc' } });
    await expect(bot.core.services.dossier.confirm(await actorOf(bot, 'vptk-1'), bot.campaignId, document.id)).rejects.toThrow(RuleError);

    bot.as('vhxh-1');
    const head = await bot.say('/hoso');
    expect(head).toContain('Chọn báo cáo để xác nhận, hoặc tài liệu để tải lại:\n  1. Xác nhận: Báo cáo thành tích tập thể, cá nhân — Tập thể Văn hóa - Xã hội');
    expect(await bot.say('1')).toBe('Đã xác nhận báo cáo. Gõ /hoso để xem lại hồ sơ.');
    const after = await bot.say('/hoso');
    expect(after).toContain('  ✓ Tập thể Văn hóa - Xã hội: ban-khac.pdf (nộp ngày 20/11/2025, Đinh Văn Quang)');
    expect(after).toContain('Đã nộp 7/7 thành phần.');
    expect(await bot.core.services.dossier.dossierFor(bot.campaignId, nominations[0]!)).toEqual({ required: 3, complete: true, missing: [] });
    // The confirmation is on record: the head's entry points at the secretariat's file.
    const entries = await bot.core.db.dossierDocument.findMany({ where: { nominationId: nominations[0] }, orderBy: { id: 'asc' } });
    expect(entries.at(-1)!.evidenceId).toBe(document.evidenceId);
    await expect(bot.core.services.dossier.confirm(await actorOf(bot, 'vhxh-1'), bot.campaignId, entries.at(-1)!.id)).rejects.toThrow(RuleError);
    expect(await bot.core.db.auditLog.count({ where: { action: 'dossier.confirm' } })).toBe(1);
  });

  it('a unit that has proposed nobody is told to use /denghi first, and a report needs a standing nomination', async () => {
    bot.as('tpht-1');
    const hoso = await bot.say('/hoso');
    expect(hoso).toContain('  chưa có ai được đề nghị: gõ /denghi để đề nghị, rồi nộp cho từng tập thể, cá nhân.');
    expect(hoso).toContain('Đã nộp 0/2 thành phần.');
    await bot.say('/nophoso');
    expect(await bot.say('3')).toBe(
      'Đơn vị chưa đề nghị khen thưởng tập thể, cá nhân nào. Gõ /denghi để đề nghị trước, rồi nộp Báo cáo thành tích tập thể, cá nhân cho từng tập thể, cá nhân được đề nghị.',
    );
    // A withdrawn nomination, or none at all, takes no report.
    const withdrawn = (await bot.core.db.nomination.findFirstOrThrow({ where: { status: 'WITHDRAWN' } })).id;
    await expect(fileReport('vhxh-1', withdrawn)).rejects.toMatchObject({ reason: 'dossier-nominee-gone' });
    const kind = await bot.core.db.dossierDocKind.findFirstOrThrow({ where: { campaignId: bot.campaignId, code: 'BAO_CAO_THANH_TICH' } });
    await expect(
      bot.core.services.dossier.submit({
        actor: await actorOf(bot, 'vhxh-1'),
        campaignId: bot.campaignId,
        unitId: vhxh,
        kindId: kind.id,
        blob: await storedPdf(bot, 'x.pdf'),
        channel: 'CONSOLE',
      }),
    ).rejects.toMatchObject({ reason: 'dossier-nominee-gone' });
  });
});
