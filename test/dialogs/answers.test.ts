import { describe, expect, it } from 'vitest';
import { confirmed, expectFile, expectText, optionValue, picked, textOfLength, typedText } from '../../src/dialogs/answers.js';
import type { Answer } from '../../src/dialogs/port.js';
import { I18n } from '../../src/i18n/i18n.js';
import { incoming, PDF } from '../support/files.js';

const ctx = { t: new I18n().translator('vi') };
const text = (t: string): Answer => ({ kind: 'text', text: t });
const option = (value: string): Answer => ({ kind: 'option', value });
const file = incoming(PDF, 'ke-hoach.pdf');

describe('answer helpers', () => {
  it('expectText takes typed text and asks again for anything else', () => {
    expect(expectText(ctx, text('Đến muộn họp giao ban'), 'violation-reason-needed')).toEqual({ value: 'Đến muộn họp giao ban' });
    expect(expectText(ctx, option('skip'), 'violation-reason-needed')).toEqual({ retry: { replies: ['Cần ghi nội dung vi phạm. Vui lòng nhập lại.'], retry: true } });
  });

  it('textOfLength keeps a text within its limits and names them otherwise', () => {
    const limits = { min: 5, max: 12 };
    expect(textOfLength(ctx, text('  Số hóa hồ sơ '), limits, 'initiative-title-length')).toEqual({ value: 'Số hóa hồ sơ' });
    expect(textOfLength(ctx, text('Ngắn'), limits, 'initiative-title-length')).toEqual({
      retry: { replies: ['Tên sáng kiến cần từ 5 đến 12 ký tự (đang có 4). Vui lòng nhập lại.'], retry: true },
    });
    expect(textOfLength(ctx, text('Số hóa toàn bộ hồ sơ'), limits, 'initiative-title-length')).toHaveProperty('retry.replies', [
      'Tên sáng kiến cần từ 5 đến 12 ký tự (đang có 20). Vui lòng nhập lại.',
    ]);
    // An option where text was wanted counts as nothing typed.
    expect(textOfLength(ctx, option('skip'), limits, 'initiative-title-length')).toHaveProperty('retry.replies', [
      'Tên sáng kiến cần từ 5 đến 12 ký tự (đang có 0). Vui lòng nhập lại.',
    ]);
  });

  it('typedText and optionValue read their kind of answer only', () => {
    expect(typedText(text('ghi chú'))).toBe('ghi chú');
    expect(typedText(option('skip'))).toBeNull();
    expect(optionValue(option('skip'))).toBe('skip');
    expect(optionValue(text('skip'))).toBeNull();
  });

  it('picked finds the offered item by its value, and nothing for another answer', () => {
    const units = [
      { id: 3, name: 'Văn phòng' },
      { id: 7, name: 'Văn hóa - Xã hội' },
    ];
    expect(picked(option('7'), units, (u) => String(u.id))).toEqual({ id: 7, name: 'Văn hóa - Xã hội' });
    expect(picked(option('9'), units, (u) => String(u.id))).toBeUndefined();
    expect(picked(text('7'), units, (u) => String(u.id))).toBeUndefined();
  });

  it('confirmed is yes only for the yes option', () => {
    expect(confirmed(option('save'), 'save')).toBe(true);
    expect(confirmed(option('cancel'), 'save')).toBe(false);
    expect(confirmed(text('save'), 'save')).toBe(false);
  });

  it('expectFile takes a file and asks again for text or an option', () => {
    expect(expectFile(ctx, { kind: 'file', file }, 'report-evidence-need-file')).toEqual({ value: file });
    const again = { retry: { replies: ['Bước này nhận tệp hoặc ảnh tài liệu kiểm chứng. Gửi tệp, hoặc chọn Bỏ qua / Xong.'], retry: true } };
    expect(expectFile(ctx, text('đây'), 'report-evidence-need-file')).toEqual(again);
    expect(expectFile(ctx, option('done'), 'report-evidence-need-file')).toEqual(again);
  });
});
