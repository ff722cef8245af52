import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_ID, NHUNG, startZaloTest, updateFrom, type ZaloTest } from './support/zalo.js';

// On Zalo too, /xephang is answered in a group only when the campaign file declares that group.

const NOT_LINKED = 'Nhóm này chưa được gắn với phong trào thi đua nào. Bộ phận thường trực khai báo nhóm trong tệp kế hoạch (mục group_chats).';

let zl: ZaloTest;
beforeEach(async () => {
  zl = await startZaloTest();
  await zl.link('vptk-1', NHUNG);
});
afterEach(() => zl.close());

const declare = (groupChats: Record<string, string>) => zl.bot.core.db.campaign.updateMany({ data: { groupChats } });

describe('/xephang in a Zalo group', () => {
  it('a member mentioning the bot in a group the campaign does not declare gets "not linked"', async () => {
    await declare({ telegram: GROUP_ID, zalo: 'another-group-0001' });
    expect(await zl.send(updateFrom('group-text', NHUNG, {}, true))).toEqual([NOT_LINKED]);
  });

  it('the declared group gets the standings', async () => {
    await declare({ zalo: GROUP_ID });
    expect((await zl.send(updateFrom('group-text', NHUNG, {}, true)))[0]).toContain('Bảng xếp hạng —');
  });
});
