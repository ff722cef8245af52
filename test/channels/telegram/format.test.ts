import { describe, expect, it } from 'vitest';
import { decodeChoice, encodeChoice } from '../../../src/channels/telegram/callback-data.js';
import { safeFileName } from '../../../src/channels/telegram/client.js';
import { relativeFilePath } from '../../../src/channels/telegram/download.js';
import { buttonLabel, CAPTION_MAX, cutLabel, formatReply, splitText, TEXT_MAX, withChoice } from '../../../src/channels/telegram/format.js';
import { displayNameOf, largestPhoto } from '../../../src/channels/telegram/parse.js';
import { errorForLog, redactText } from '../../../src/channels/telegram/redact.js';
import { I18n } from '../../../src/i18n/i18n.js';
import { GrammyError, HttpError } from 'grammy';

const t = new I18n().translator('vi');
const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

describe('button data', () => {
  it('is c:<version>:<value> and at most 64 bytes', () => {
    expect(encodeChoice(3, '17')).toBe('c:3:17');
    expect(decodeChoice('c:3:17')).toEqual({ version: 3, value: '17' });
    expect(decodeChoice('c:12:a:b')).toEqual({ version: 12, value: 'a:b' });
    expect(encodeChoice(1, 'x'.repeat(60))).toBe(`c:1:${'x'.repeat(60)}`);
    expect(encodeChoice(1, 'x'.repeat(61))).toBeNull();
    expect(encodeChoice(1, 'đ'.repeat(31))).toBeNull(); // bytes, not characters
    for (const bad of [undefined, '', 'c:x:1', 'c:1:', 'game']) expect(decodeChoice(bad)).toBeNull();
  });
});

describe('replies as Telegram messages', () => {
  it('options become one button per row, labels cut to fit', () => {
    const long = 'Mức độ hoàn thành nhiệm vụ xây dựng chính quyền điện tử, chính quyền số và chuyển đổi số';
    const [msg] = formatReply(
      {
        text: 'Chọn:',
        options: [
          { value: '1', label: 'Một' },
          { value: '2', label: long },
        ],
        version: 4,
      },
      t,
    );
    expect(msg).toEqual({
      kind: 'text',
      text: 'Chọn:',
      keyboard: { inline_keyboard: [[{ text: 'Một', callback_data: 'c:4:1' }], [{ text: cutLabel(long), callback_data: 'c:4:2' }]] },
    });
    expect([...cutLabel(long)].length).toBeLessThanOrEqual(64);
    expect(cutLabel(long).endsWith('…')).toBe(true);
  });

  it('options whose value cannot fit in button data are listed to answer by typing', () => {
    const out = formatReply(
      {
        text: 'Chọn:',
        options: [
          { value: 'v'.repeat(80), label: 'Một' },
          { value: 'b', label: 'Hai' },
        ],
        version: 1,
      },
      t,
    );
    expect(out).toEqual([{ kind: 'text', text: 'Chọn:\n1. Một\n2. Hai\n(Gõ số thứ tự hoặc tên lựa chọn; /huy để hủy.)' }]);
  });

  it('long text is split at line breaks, the keyboard under the last part', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Đơn vị số ${i + 1} — 90,5 điểm — Xuất sắc`);
    const out = formatReply({ text: lines.join('\n'), options: [{ value: 'a', label: 'A' }], version: 1 }, t);
    expect(out.length).toBeGreaterThan(2);
    for (const m of out) expect(m.kind === 'text' && m.text.length <= TEXT_MAX).toBe(true);
    expect(out.map((m) => (m.kind === 'text' ? m.text : '')).join('\n')).toBe(lines.join('\n'));
    expect(out.slice(0, -1).every((m) => !m.keyboard)).toBe(true);
    expect(out.at(-1)!.keyboard).toBeDefined();
    // a single line longer than a message is cut at a space
    const [a, b] = splitText(`${'chữ '.repeat(1500)}`.trim());
    expect(a!.length).toBeLessThanOrEqual(TEXT_MAX);
    expect(`${a} ${b}`).toBe('chữ '.repeat(1500).trim());
  });

  it('a picture carries the text as caption when it fits, else comes first', () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    expect(formatReply({ text: 'Bảng xếp hạng', image: { png, key: 'k1' } }, t)).toEqual([{ kind: 'photo', png, key: 'k1', caption: 'Bảng xếp hạng' }]);
    const long = 'x'.repeat(CAPTION_MAX + 1);
    expect(formatReply({ text: long, image: { png, key: 'k1' } }, t)).toEqual([
      { kind: 'photo', png, key: 'k1' },
      { kind: 'text', text: long },
    ]);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(formatReply({ text: 'Tệp:', document: { name: 'to-trinh.pdf', mime: 'application/pdf', bytes } }, t)).toEqual([
      { kind: 'document', name: 'to-trinh.pdf', bytes, caption: 'Tệp:' },
    ]);
    expect(formatReply({ text: '' }, t)).toEqual([]);
  });

  it('the answered question shows the choice under it', () => {
    const markup = { inline_keyboard: [[{ text: 'Lưu', callback_data: 'c:5:save' }], [{ text: 'Hủy', callback_data: 'c:5:cancel' }]] };
    expect(buttonLabel(markup, 'c:5:cancel')).toBe('Hủy');
    expect(buttonLabel(markup, 'c:4:cancel')).toBeNull();
    expect(withChoice('Xác nhận báo cáo:', 'Lưu', t)).toBe('Xác nhận báo cáo:\n\n✔ Lưu');
    expect(withChoice('x'.repeat(TEXT_MAX - 3), 'Lưu', t)).toBeNull();
  });
});

describe('parsing helpers', () => {
  it('names people as Telegram shows them and takes the largest photo', () => {
    expect(displayNameOf({ first_name: 'Quang', last_name: 'Đinh Văn' })).toBe('Quang Đinh Văn');
    expect(displayNameOf({ first_name: 'Quang' })).toBe('Quang');
    const sizes = [
      { file_id: 's', file_unique_id: 's', width: 90, height: 60, file_size: 100 },
      { file_id: 'l', file_unique_id: 'l', width: 1280, height: 960, file_size: 9000 },
      { file_id: 'm', file_unique_id: 'm', width: 320, height: 240, file_size: 1000 },
    ];
    expect(largestPhoto(sizes)?.file_id).toBe('l');
  });

  it('file paths: relative as given, absolute ones (self-hosted --local) cut after the token folder', () => {
    expect(relativeFilePath('documents/file_3.pdf', TOKEN)).toBe('documents/file_3.pdf');
    expect(relativeFilePath(`/var/lib/telegram-bot-api/${TOKEN}/documents/file_3.pdf`, TOKEN)).toBe('documents/file_3.pdf');
    expect(relativeFilePath('photos/../../etc/passwd', TOKEN)).toBe('photos/etc/passwd');
    expect(relativeFilePath('documents/tờ trình.pdf', TOKEN)).toBe('documents/t%E1%BB%9D%20tr%C3%ACnh.pdf');
  });

  it('file names sent back are safe in a multipart header', () => {
    expect(safeFileName('Tờ trình khen thưởng.pdf')).toBe('Tờ trình khen thưởng.pdf');
    expect(safeFileName('../../x.pdf')).toBe('x.pdf');
    expect(safeFileName('a";b\r\n.pdf')).toBe('a__b__.pdf');
    expect(safeFileName('')).toBe('file');
    const long = safeFileName(`${'a'.repeat(300)}.docx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('the token never reaches a log', () => {
  it('is taken out of messages, stacks and nested causes', () => {
    expect(redactText(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed`, TOKEN)).toBe('request to https://api.telegram.org/bot[token]/getUpdates failed');
    expect(redactText('bot987654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAA/x', '')).toBe('bot[token]/x');
    const inner = new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed, reason: ECONNRESET`);
    const logged = JSON.stringify(errorForLog(new HttpError("Network request for 'sendMessage' failed!", inner), TOKEN));
    expect(logged).not.toContain(TOKEN);
    expect(logged).toContain('ECONNRESET');
    const refused = errorForLog(
      new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: 'Bad Request: chat not found' }, 'sendMessage', {}),
      TOKEN,
    );
    expect(refused).toMatchObject({ type: 'GrammyError', method: 'sendMessage', error_code: 400, description: 'Bad Request: chat not found' });
  });
});
