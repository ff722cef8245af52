import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../support/demo.js';

// docs/demo/kich-ban-khen-thuong.txt piped into the real demo: one campaign from reports through
// self-scoring, appraisal, dossier, nomination, the council vote and approval to the honour board.

const dir = mkdtempSync(join(tmpdir(), 'thidua-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scripted award walkthrough', () => {
  it('ends with the honour board and the Excel summary', async () => {
    const run = await runDemo(dir, readFileSync('docs/demo/kich-ban-khen-thuong.txt', 'utf8'), 110_000);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    const steps = [
      // 1. report and self-score
      'Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 87% → 100%.',
      'Đã lưu điểm tự chấm. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 12,5/12,5.',
      // 2. appraisal
      'Đã thẩm định Mức độ hoàn thành nhiệm vụ cải cách thể chế của Văn hóa - Xã hội: 12,5/12,5 (đồng ý với điểm tự chấm).',
      // 3. the first check names what is missing
      '✗ Xếp loại của đơn vị: Khá; cần từ Tốt trở lên.',
      '✗ Hồ sơ còn thiếu 3 thành phần: Tờ trình khen thưởng của cơ quan; Biên bản họp của cơ quan; Báo cáo thành tích tập thể, cá nhân. Gõ /nophoso để nộp.',
      // 4. more reports and the dossier
      'Văn hóa - Xã hội hiện đạt 93,14/100 điểm, xếp thứ 1/6.',
      'Đã nộp 3/3 thành phần.',
      // 5. eligible now
      '✓ Xếp loại của đơn vị: Xuất sắc (cần từ Tốt trở lên).',
      '✓ Hồ sơ đủ 3/3 thành phần bắt buộc.',
      'Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng.',
      // 6. council
      'Đã mở bình xét 1 đề nghị khen thưởng.',
      'Đã ghi phiếu "Không đồng ý" cho Văn hóa - Xã hội (tập thể, Giấy khen của Chủ tịch UBND xã).',
      // 7. closing, approval, honour board
      '• Văn hóa - Xã hội (tập thể, Giấy khen của Chủ tịch UBND xã): Đồng ý 3/3 (100%) — đạt (ngưỡng 70%); không đồng ý 0, không biểu quyết 0',
      'Đã phê duyệt 1 đề nghị khen thưởng. Bảng vàng đã được đăng lên 1 nhóm của phong trào.',
      '📣 Đăng lên nhóm của phong trào:\n🏆 BẢNG VÀNG — Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2025\n\nGiấy khen của Chủ tịch UBND xã:\nTập thể: Văn hóa - Xã hội',
      // 8. the Excel summary
      '(Kèm tệp bao-cao-tong-hop-kim-phuong-2025-',
    ];
    let at = 0;
    for (const step of steps) {
      const found = out.indexOf(step, at);
      expect(found, `missing, in order: ${step}\n--- output ---\n${out.slice(at, at + 3000)}`).toBeGreaterThanOrEqual(0);
      at = found + step.length;
    }
    // Nothing in the script was misunderstood.
    expect(out).not.toContain('Không nhận ra lựa chọn này');
    expect(out).not.toContain('Hiện không có thao tác nào đang dở');
    expect(out).not.toContain('Xin lỗi, hệ thống gặp sự cố');
  }, 120_000);
});
