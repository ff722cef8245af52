import { describe, expect, it } from 'vitest';
import { formatReply } from '../../../src/channels/zalo/format.js';
import { I18n } from '../../../src/i18n/i18n.js';

// Replies as Zalo messages: numbered options, 2,000-character texts, pictures by address only.

const t = new I18n().translator('vi');
const noPictures = () => null;
const image = { png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), key: 'abc' };

describe('formatReply', () => {
  it('shows options as a numbered list with how to answer', () => {
    const out = formatReply(
      {
        text: 'Chọn nhiệm vụ (lĩnh vực):',
        options: [
          { value: '1', label: 'Cải cách thể chế' },
          { value: '2', label: 'Cải cách thủ tục hành chính' },
        ],
      },
      t,
      noPictures,
    );
    expect(out).toEqual([
      {
        kind: 'text',
        text: 'Chọn nhiệm vụ (lĩnh vực):\n1. Cải cách thể chế\n2. Cải cách thủ tục hành chính\n(Trả lời bằng số (1, 2…) hoặc gõ nội dung lựa chọn; gõ /huy để hủy.)',
      },
    ]);
  });

  it('splits text over 2,000 characters at line breaks', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${i + 1}. Đơn vị số ${i + 1} — đã báo cáo đủ các tiêu chí`);
    const out = formatReply({ text: lines.join('\n') }, t, noPictures);
    expect(out.length).toBeGreaterThan(1);
    for (const o of out) {
      expect(o.kind).toBe('text');
      expect(o.kind === 'text' && o.text.length).toBeLessThanOrEqual(2000);
    }
    expect(out.map((o) => (o.kind === 'text' ? o.text : '')).join('\n')).toBe(lines.join('\n'));
  });

  it('a picture goes by its public address with the text as caption; without an address, text only', () => {
    expect(formatReply({ text: 'Bảng xếp hạng', image }, t, () => 'https://bot.example.vn/charts/x.png')).toEqual([
      { kind: 'photo', url: 'https://bot.example.vn/charts/x.png', caption: 'Bảng xếp hạng' },
    ]);
    expect(formatReply({ text: 'Bảng xếp hạng', image }, t, noPictures)).toEqual([{ kind: 'text', text: 'Bảng xếp hạng' }]);
    const long = 'x'.repeat(1500) + '\n' + 'y'.repeat(1500);
    expect(formatReply({ text: long, image }, t, () => 'https://b/c.png')).toEqual([
      { kind: 'photo', url: 'https://b/c.png' },
      { kind: 'text', text: 'x'.repeat(1500) },
      { kind: 'text', text: 'y'.repeat(1500) },
    ]);
  });

  it('a document cannot be sent on Zalo: the reply says so and where to get it', () => {
    const out = formatReply({ text: 'Tệp to-trinh.pdf:', document: { name: 'to-trinh.pdf', mime: 'application/pdf', bytes: new Uint8Array(10) } }, t, noPictures);
    expect(out).toEqual([
      {
        kind: 'text',
        text: 'Tệp to-trinh.pdf:\n(Zalo không cho bot gửi tệp nên chưa gửi được tệp to-trinh.pdf. Anh/chị gõ lại lệnh này trên bot Telegram để nhận tệp, hoặc nhờ bộ phận thường trực thi đua gửi.)',
      },
    ]);
  });
});
