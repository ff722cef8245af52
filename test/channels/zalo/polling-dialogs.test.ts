import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/services/campaigns/invite-codes.js';
import { JPEG } from '../../support/files.js';
import { VHXH } from '../../support/kim-phuong.js';
import { GROUP_ID, NAM, NHUNG, photoUpdate, QUANG, startZaloTest, updateFrom, type ZaloTest } from './support/zalo.js';

// The dialogs on Zalo, by long polling against a Zalo Bot API on 127.0.0.1: every choice is a
// numbered list, answered by number or by the option's text without diacritics.

let zl: ZaloTest;
beforeEach(async () => {
  zl = await startZaloTest();
  await zl.link('vhxh-1', QUANG);
  await zl.link('vptk-1', NHUNG);
});
afterEach(() => zl.close());

const reports = () => zl.bot.core.db.progressReport.findMany({ where: { channel: 'ZALO' }, include: { evidence: true } });

describe('starting', () => {
  it('deletes any webhook before the first poll', async () => {
    await zl.api.waitUntil(() => zl.api.polls.length > 0);
    expect(zl.api.calls.map((c) => c.method).slice(0, 2)).toEqual(['getMe', 'deleteWebhook']);
    expect(zl.api.polls[0]!.at).toBeGreaterThanOrEqual(zl.api.calls[1]!.doneAt!);
    expect(zl.api.polls[0]!.params).toEqual({ timeout: '1' });
  });
});

describe('registration with an invite code', () => {
  it('a stranger registers, taking the Zalo name offered as option 1', async () => {
    const unit = await zl.bot.core.db.unit.findFirstOrThrow({ where: { organizationId: zl.bot.organizationId, code: 'VHXH' } });
    const { code } = await createInvite(zl.bot.core.db, { organizationId: zl.bot.organizationId, unitId: unit.id, role: 'MEMBER', now: zl.bot.now.value });
    const asked = await zl.say(NAM, `/start ${code}`);
    expect(asked).toEqual([
      `Mã mời hợp lệ: UBND xã Kim Phượng — ${VHXH}.`,
      'Xin cho biết họ và tên đầy đủ của anh/chị (có dấu), ví dụ: Nguyễn Thị Hoa.\n1. Trần Văn Nam\n(Trả lời bằng số (1, 2…) hoặc gõ nội dung lựa chọn; gõ /huy để hủy.)',
    ]);
    const welcome = await zl.say(NAM, '1');
    expect(welcome[0]).toBe('Đăng ký thành công. Chào mừng Trần Văn Nam!');
    const actor = await zl.bot.core.services.members.findActor('ZALO', NAM.id);
    expect(actor).toMatchObject({ fullName: 'Trần Văn Nam', unit: { name: VHXH } });
    // no t.me link or any other deep link on Zalo
    expect(zl.api.textsTo(NAM.id).join('\n')).not.toContain('https://');
  });
});

describe('/baocao', () => {
  it('answered by numbers, with a photo as evidence downloaded from the temporary address', async () => {
    const [areas] = await zl.say(QUANG, '/baocao');
    expect(areas).toContain(`Báo cáo của ${VHXH}. Chọn nhiệm vụ (lĩnh vực):\n1. Cải cách thể chế\n2. `);
    expect((await zl.say(QUANG, '1'))[0]).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
    expect((await zl.say(QUANG, '95,5'))[0]).toContain('Ghi chú kèm theo');
    // Zalo takes no documents: the evidence step asks for photos
    expect((await zl.say(QUANG, '1'))[0]).toMatch(/^Gửi ảnh chụp tài liệu kiểm chứng \(có thể gửi nhiều ảnh\), hoặc chọn Bỏ qua\.\n1\. Bỏ qua\n/);

    const url = zl.api.addPhoto(JPEG);
    const received = await zl.send(photoUpdate(QUANG, url));
    expect(received[0]).toMatch(/^Đã nhận tai-lieu-kiem-chung\.jpg \(tổng 1 tệp\)\. Gửi thêm, hoặc chọn Xong\.\n.*\n1\. Xong\n/);
    expect(zl.api.photoRequests).toHaveLength(1);
    expect((await zl.say(QUANG, '1'))[0]).toContain('• Tài liệu kiểm chứng: 1 tệp');
    expect((await zl.say(QUANG, '1'))[0]).toContain('Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế');

    const [report] = await reports();
    expect(report).toMatchObject({ value: 95.5 });
    expect(report!.evidence.map((e) => [e.originalName, e.mime, e.sourceChannel])).toEqual([['tai-lieu-kiem-chung.jpg', 'image/jpeg', 'ZALO']]);
    expect(report!.evidence[0]!.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(existsSync(join(zl.bot.dir, 'files', report!.evidence[0]!.storageKey))).toBe(true);
  });

  it('answered with the options’ text, without diacritics or case', async () => {
    await zl.say(QUANG, '/baocao');
    expect((await zl.say(QUANG, 'CAI CACH THE CHE'))[0]).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
    await zl.say(QUANG, '90');
    expect((await zl.say(QUANG, 'bo qua'))[0]).toContain('Gửi ảnh chụp tài liệu kiểm chứng');
    expect((await zl.say(QUANG, 'bo qua'))[0]).toContain('Xác nhận báo cáo');
    expect((await zl.say(QUANG, 'luu'))[0]).toContain('Đã lưu báo cáo');
    expect(await reports()).toHaveLength(1);
  });

  it('a number out of range or an unknown text is refused with the list again', async () => {
    await zl.say(QUANG, '/baocao');
    const refused = await zl.say(QUANG, '42');
    expect(refused[0]).toContain('1. Cải cách thể chế');
    expect(refused[0]).toContain('(Trả lời bằng số');
  });

  it('a photo that is not an image is refused by its content', async () => {
    await zl.say(QUANG, '/baocao');
    await zl.say(QUANG, '1');
    await zl.say(QUANG, '90');
    await zl.say(QUANG, '1');
    const refused = await zl.send(photoUpdate(QUANG, zl.api.addPhoto(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))));
    expect(refused[0]).toContain('Không nhận tệp');
    expect(await zl.bot.core.db.evidence.count()).toBe(0);
  });
});

describe('the document-only step', () => {
  it('/nophoso explains that Zalo carries no files and takes a photo of the signed page instead', async () => {
    const [kinds] = await zl.say(QUANG, '/nophoso');
    expect(kinds).toMatch(/\n1\. Tờ trình khen thưởng của cơ quan/);
    const [ask] = await zl.say(QUANG, '1');
    expect(ask).toContain(
      'Ứng dụng này không gửi được tệp văn bản cho bot. Anh/chị chụp ảnh trang đã ký của Tờ trình khen thưởng của cơ quan rồi gửi ảnh, hoặc nộp tệp qua bot trên Telegram.',
    );
    expect(await zl.say(QUANG, 'gửi sau')).toEqual(['Bước này cần một ảnh chụp. Vui lòng gửi ảnh, hoặc gõ /huy để hủy.']);
    // a file sent as something Zalo cannot deliver arrives as "unsupported"
    expect((await zl.send(updateFrom('unsupported', QUANG)))[0]).toContain('chụp ảnh trang đã ký');
    const received = await zl.send(photoUpdate(QUANG, zl.api.addPhoto(JPEG)));
    expect(received[0]).toBe('Đã nhận tệp ho-so.jpg cho mục Tờ trình khen thưởng của cơ quan.');
    const doc = await zl.bot.core.db.dossierDocument.findFirstOrThrow({ include: { evidence: true } });
    expect(doc.evidence.sourceChannel).toBe('ZALO');
  });

  it('/hoso cannot hand a file back on Zalo and says where to get it', async () => {
    await zl.say(QUANG, '/nophoso');
    await zl.say(QUANG, '1');
    await zl.send(photoUpdate(QUANG, zl.api.addPhoto(JPEG)));
    await zl.say(QUANG, '/hoso');
    const [sent] = await zl.say(QUANG, '1');
    expect(sent).toContain(`(Zalo không cho bot gửi tệp nên chưa gửi được tệp`);
    expect(sent).toContain('gõ lại lệnh này trên bot Telegram');
  });
});

describe('what the bot cannot read', () => {
  it('stickers and voice messages get a polite answer; an unsupported event without a message is let go', async () => {
    for (const name of ['sticker', 'voice']) {
      expect(await zl.send(updateFrom(name, NAM))).toEqual([zl.bot.core.i18n.t('vi', 'zalo-unsupported')]);
    }
    const callsBefore = zl.api.calls.length;
    const update = { event_name: 'message.unsupported.received' };
    zl.api.push(update);
    await zl.api.waitUntil(() => zl.api.polls.findIndex((p) => p.delivered === update) + 1 < zl.api.polls.length);
    expect(zl.api.calls.length).toBe(callsBefore);
    expect(zl.logs.filter((l) => /"level":(40|50|60)/.test(l))).toEqual([]);
  });
});

describe('long replies', () => {
  it('a reply longer than 2,000 characters goes in pieces split at line breaks', async () => {
    // 40 more units make the standings far longer than one Zalo message
    for (let i = 1; i <= 40; i++) {
      await zl.bot.core.db.unit.create({
        data: {
          organizationId: zl.bot.organizationId,
          code: `TDP${i}`,
          name: `Tổ dân phố số ${i} thôn Kim Phượng`,
          searchKey: `to dan pho so ${i} thon kim phuong`,
          sortOrder: 100 + i,
        },
      });
    }
    // As an import does, so that the campaign's view held in memory is read again.
    await zl.bot.core.db.campaign.updateMany({ data: { revision: { increment: 1 } } });
    const before = zl.api.calls.length;
    const texts = await zl.say(QUANG, '/xephang');
    const sends = zl.api.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(sends.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(2000);
    const whole = texts.join('\n');
    expect(whole).toContain('Tổ dân phố số 40 thôn Kim Phượng');
    // every line whole, in order
    for (const text of texts) expect(text.split('\n').every((line) => whole.includes(line))).toBe(true);
    expect(whole.split('\n').filter((l) => l.includes('Tổ dân phố số')).length).toBe(40);
  });
});

describe('/xephang without PUBLIC_BASE_URL', () => {
  it('sends the standings as text only', async () => {
    const before = zl.api.calls.length;
    const texts = await zl.say(QUANG, '/xephang');
    expect(texts[0]).toContain('Bảng xếp hạng —');
    expect(texts[0]).toContain(`. ${VHXH} — `);
    expect(zl.api.calls.slice(before).map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('in the group, for whoever mentions the bot', async () => {
    await zl.bot.core.db.campaign.updateMany({ data: { groupChats: { zalo: GROUP_ID } } });
    const texts = await zl.send(updateFrom('group-text', NHUNG, {}, true));
    expect(texts[0]).toContain('Bảng xếp hạng —');
  });
});

describe('duplicate deliveries', () => {
  it('the same message_id twice is handled once', async () => {
    const update = updateFrom('text', QUANG, { text: '/tiendo' });
    const first = await zl.send(update);
    expect(first[0]).toContain('Tiến độ của');
    const again = await zl.send(structuredClone(update), QUANG.id);
    expect(again).toEqual([]);
    expect(zl.logs.some((l) => l.includes('duplicate delivery dropped'))).toBe(true);
  });
});
