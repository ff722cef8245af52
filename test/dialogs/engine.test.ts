import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { DialogEngine, parseCommand } from '../../src/dialogs/engine.js';
import type { Command, Envelope } from '../../src/dialogs/port.js';
import { NO_STATE, step } from '../../src/dialogs/state.js';
import { demoAccountId } from '../../src/demo/seed.js';
import { startTestBot, type TestBot } from '../support/core.js';

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot();
});
afterEach(() => bot.close());

const head = demoAccountId('vhxh-1');
const envelope = (incoming: Envelope['incoming'], userId = head): Envelope => ({ channel: 'CONSOLE', chatId: userId, userId, incoming });

describe('parseCommand', () => {
  it('reads the name, a bot suffix and arguments', () => {
    expect(parseCommand('/baocao@ThiDuaBot  van phong ')).toEqual({ name: 'baocao', args: 'van phong' });
    expect(parseCommand('/XEPHANG')).toEqual({ name: 'xephang', args: '' });
    expect(parseCommand('/ xephang')).toBeNull();
  });
});

describe('dialog engine', () => {
  it('accepts a button of the current step and refuses a stale or unknown one', async () => {
    const [first] = await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }));
    expect(first!.options).toHaveLength(8);
    const version = first!.version!;
    const [next] = await bot.core.engine.handle(envelope({ kind: 'choice', value: first!.options![0]!.value, version }));
    expect(next!.text).toContain('Nhập kết quả cho tiêu chí');
    // The same button again: the dialog has moved on.
    const [stale] = await bot.core.engine.handle(envelope({ kind: 'choice', value: first!.options![0]!.value, version }));
    expect(stale!.text).toContain('Lựa chọn này đã cũ');
    const [forged] = await bot.core.engine.handle(envelope({ kind: 'choice', value: '999999', version: version + 1 }));
    expect(forged!.text).toContain('Lựa chọn này đã cũ');
    // Still waiting for the value.
    const [ok] = await bot.core.engine.handle(envelope({ kind: 'text', text: '97' }));
    expect(ok!.text).toContain('Ghi chú kèm theo');
  });

  it('a button of an earlier dialog never answers a later one', async () => {
    const admin = demoAccountId('vptk-1');
    const [invite] = await bot.core.engine.handle(envelope({ kind: 'text', text: '/moi' }, admin));
    const [report] = await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }, admin));
    expect(report!.version).toBeGreaterThan(invite!.version!);
    const unitButton = invite!.options![1]!;
    const [late] = await bot.core.engine.handle(envelope({ kind: 'choice', value: unitButton.value, version: invite!.version! }, admin));
    expect(late!.text).toContain('Lựa chọn này đã cũ');
    bot.as('vptk-1');
    await bot.say('/huy');
    const [again] = await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }, admin));
    expect(again!.version).toBeGreaterThan(report!.version!);
  });

  it('a button of a finished dialog gets a short answer', async () => {
    const [first] = await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }));
    bot.as('vhxh-1');
    expect(await bot.say('/huy')).toContain('Đã hủy');
    const [late] = await bot.core.engine.handle(envelope({ kind: 'choice', value: first!.options![0]!.value, version: first!.version! }));
    expect(late!.text).toContain('Lựa chọn này đã cũ');
  });

  it('a dialog left alone expires with a polite note', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    bot.now.value = new Date(bot.now.value.getTime() + 31 * 60_000);
    expect(await bot.say('1')).toBe('Thao tác /baocao đã hết hạn vì lâu không có trả lời. Anh/chị gõ lại /baocao để bắt đầu lại.');
    expect(await bot.core.db.dialogState.count({ where: { dialog: { not: '' } } })).toBe(0);
  });

  // A dialog saved by an earlier version outlives the deploy: state that no longer fits its step
  // ends the dialog as an expired one does, rather than reaching the step half-formed.
  for (const [what, change] of [
    ['a field missing', (data: Record<string, unknown>) => ({ ...data, criterionId: undefined })],
    ['a field of another type', (data: Record<string, unknown>) => ({ ...data, unitId: 'VHXH' })],
    ['the question itself unreadable', (data: Record<string, unknown>) => ({ ...data, __options: 'none' })],
  ] as const) {
    it(`state from an earlier version with ${what} ends the dialog politely`, async () => {
      const lines: string[] = [];
      const logger = pino({ level: 'warn' }, { write: (l: string) => lines.push(l) });
      const engine = new DialogEngine({ services: bot.core.services, i18n: bot.core.i18n, clock: () => bot.now.value, logger }, bot.core.engine.listCommands());
      await engine.handle(envelope({ kind: 'text', text: '/baocao' }));
      const [value] = await engine.handle(envelope({ kind: 'text', text: '1' }));
      expect(value!.text).toContain('Nhập kết quả cho tiêu chí');
      const row = await bot.core.db.dialogState.findFirstOrThrow({ where: { dialog: 'baocao' } });
      await bot.core.db.dialogState.update({ where: { id: row.id }, data: { data: JSON.parse(JSON.stringify(change(row.data as Record<string, unknown>))) } });

      const [ended] = await engine.handle(envelope({ kind: 'text', text: '95' }));
      expect(ended!.text).toBe('Thao tác /baocao đã hết hạn vì lâu không có trả lời. Anh/chị gõ lại /baocao để bắt đầu lại.');
      expect(lines.join('')).toContain('stored dialog state no longer fits its step');
      expect(await bot.core.db.dialogState.count({ where: { dialog: { not: '' } } })).toBe(0);
      expect(await bot.core.db.progressReport.count()).toBe(0);
      // The command starts afresh.
      const [again] = await engine.handle(envelope({ kind: 'text', text: '/baocao' }));
      expect(again!.options).toHaveLength(8);
    });
  }

  it('state with a field a later version no longer reads still works', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    await bot.say('1');
    const row = await bot.core.db.dialogState.findFirstOrThrow({ where: { dialog: 'baocao' } });
    await bot.core.db.dialogState.update({ where: { id: row.id }, data: { data: { ...(row.data as Record<string, unknown>), retired: 'field' } } });
    expect(await bot.say('95')).toContain('Ghi chú kèm theo');
  });

  it('a restart resumes a half-finished report from the database', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    await bot.say('1');
    await bot.core.close();
    const core = await createCore(loadConfig({ DATABASE_URL: bot.url, LOG_LEVEL: 'silent', FILE_STORE_DIR: `${bot.dir}/files` }), {
      clock: () => bot.now.value,
      logger: pino({ level: 'silent' }),
    });
    bot.core = core;
    const [note] = await core.engine.handle(envelope({ kind: 'text', text: '95' }));
    expect(note!.text).toContain('Ghi chú kèm theo');
    await core.engine.handle(envelope({ kind: 'text', text: '1' }));
    await core.engine.handle(envelope({ kind: 'text', text: '1' }));
    const [saved] = await core.engine.handle(envelope({ kind: 'text', text: '1' }));
    expect(saved!.text).toContain('chưa có → 95%');
    expect(await core.db.progressReport.count()).toBe(1);
  });

  it('dialogs are kept per chat: two members report at the same time', async () => {
    const other = demoAccountId('tpht-1');
    await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }));
    await bot.core.engine.handle(envelope({ kind: 'text', text: '/baocao' }, other));
    await bot.core.engine.handle(envelope({ kind: 'text', text: '1' }));
    await bot.core.engine.handle(envelope({ kind: 'text', text: '8' }, other));
    for (const [user, value] of [
      [head, '91'],
      [other, '82'],
    ] as const) {
      for (const text of [value, '1', '1', '1']) await bot.core.engine.handle(envelope({ kind: 'text', text }, user));
    }
    const rows = await bot.core.db.progressReport.findMany({ include: { unit: true, criterion: true }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.unit.code, r.criterion.code, r.value])).toEqual([
      ['VHXH', 'THE_CHE_HOAN_THANH', 91],
      ['TPHT', 'KIEM_TRA_HOAN_THANH', 82],
    ]);
  });

  it('an unexpected failure answers politely, logs, and leaves the dialog where it was', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (l: string) => lines.push(l) });
    let fail = true;
    const flaky: Command = {
      name: 'thu',
      access: 'member',
      descriptionKey: 'cmd-trogiup',
      start: async () => ({ replies: ['?'], ask: { step: 'one', data: {} } }),
      steps: {
        one: step(NO_STATE, async () => {
          if (fail) throw new Error('database went away');
          return { replies: ['ok'] };
        }),
      },
    };
    const engine = new DialogEngine({ services: bot.core.services, i18n: bot.core.i18n, clock: () => bot.now.value, logger }, [flaky]);
    await engine.handle(envelope({ kind: 'text', text: '/thu' }));
    const [sorry] = await engine.handle(envelope({ kind: 'text', text: 'x' }));
    expect(sorry!.text).toContain('Xin lỗi, hệ thống gặp sự cố');
    expect(lines.join('')).toContain('database went away');
    fail = false;
    const [ok] = await engine.handle(envelope({ kind: 'text', text: 'x' }));
    expect(ok!.text).toBe('ok');
  });

  it('normalises input to NFC before matching', async () => {
    bot.as('vhxh-1');
    await bot.say('/baocao');
    const decomposed = 'Cải cách thể chế'.normalize('NFD');
    expect(await bot.say(decomposed)).toContain('Nhập kết quả cho tiêu chí: Mức độ hoàn thành nhiệm vụ cải cách thể chế');
  });
});
