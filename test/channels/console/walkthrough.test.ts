import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/domain/dates.js';
import { runDemo } from '../../support/demo.js';
import { placedDemoTitle } from '../../support/placed-demo.js';

// docs/demo/kich-ban-khen-thuong.txt piped into the real demo: one full award round under the plan's
// rules: reports and self-scores, the nomination's checklist, the head's attestations and the
// secretariat's confirmations (found from the list of units waiting, the head's file handed back),
// the dossier, appraisal of every criterion, the council vote under the campaign's counting rule,
// the Quyết định recorded with the approval, the honour board, and the Quyết định drafted in Word.

const NOT_ATTESTED = 'thủ trưởng đơn vị chưa xác nhận. Thủ trưởng mở đề nghị đã lưu bằng /denghi để xác nhận, kèm ghi chú hoặc tệp căn cứ.';

const dir = mkdtempSync(join(tmpdir(), 'thidua-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the scripted award walkthrough', () => {
  it('ends with the honour board and the Excel summary', async () => {
    const run = await runDemo(dir, readFileSync('docs/demo/kich-ban-khen-thuong.txt', 'utf8'), 110_000);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    // The decision is recorded as signed "hôm nay": the day the demo runs.
    const today = formatDate(new Date());
    // The plan's year in its criteria moves with the placed campaign, as its title does.
    const year = /năm (\d{4})/.exec(placedDemoTitle())![1];
    const steps = [
      // 1–2. reports and self-scores of all nine criteria
      'Đã lưu báo cáo. Mức độ hoàn thành nhiệm vụ cải cách thể chế: 87% → 100%.',
      'Đã lưu điểm tự chấm. Mức độ hoàn thành nhiệm vụ kiểm tra cải cách hành chính: 11,25/12,5.',
      'Tổng điểm tạm tính của Văn hóa - Xã hội: 93,14/100 (Xuất sắc)',
      // 3. the plan's checklist on the new nomination: nothing attested, nothing appraised, no dossier
      'Tiêu chuẩn theo kế hoạch, mục II.3 a):',
      `✗ Hoàn thành xuất sắc nhiệm vụ được giao trong năm ${year}. — chưa đạt: ${NOT_ATTESTED}`,
      `⏳ Kết quả đánh giá phân loại việc thực hiện nhiệm vụ cải cách hành chính năm ${year} của các bộ phận được xếp loại tốt trở lên. — chờ thẩm định: còn 9 tiêu chí chưa được thẩm định`,
      '✓ Thực hiện nghiêm kỷ cương hành chính',
      '✗ Hồ sơ còn thiếu 3 thành phần: Tờ trình khen thưởng của cơ quan; Biên bản họp của cơ quan; Báo cáo thành tích tập thể, cá nhân. Gõ /nophoso để nộp.',
      'Đã lưu đề nghị (đang soạn, chưa gửi).',
      // 4. the head attests the three criteria, the first with a file and a note
      'Đã nhận tệp quyet-dinh-xep-loai.pdf.',
      'Tệp căn cứ: quyet-dinh-xep-loai.pdf\nBộ phận Văn phòng - Thống kê sẽ xác nhận lại; gõ /denghi để theo dõi.',
      `⏳ Hoàn thành xuất sắc nhiệm vụ được giao trong năm ${year}. — chờ xác nhận: thủ trưởng đơn vị đã xác nhận, chờ thường trực xác nhận lại.\n    Căn cứ: Quyết định số 45/QĐ-UBND của UBND xã về đánh giá, xếp loại cuối năm: đơn vị hoàn thành xuất sắc nhiệm vụ\n    Tệp căn cứ: quyet-dinh-xep-loai.pdf`,
      'Đã ghi xác nhận của thủ trưởng đơn vị cho tiêu chuẩn: Chỉ số CCHC hàng năm của cơ quan xếp từ loại tốt trở lên.',
      // 5. the dossier
      'Đã nộp 3/3 thành phần.',
      // 6. appraisal of all nine (one adjusted) and the secretariat's confirmations
      'Đã thẩm định Mức độ hoàn thành nhiệm vụ cải cách tài chính công của Văn hóa - Xã hội: 9,5/12,5 (điều chỉnh so với điểm tự chấm).',
      'Thẩm định điểm của Văn hóa - Xã hội (đã thẩm định 9/9 tiêu chí).',
      'Đề nghị khen thưởng chờ thường trực xác nhận lại tiêu chuẩn (1):\n• Văn hóa - Xã hội: 1 đề nghị',
      `✓ Kết quả đánh giá phân loại việc thực hiện nhiệm vụ cải cách hành chính năm ${year} của các bộ phận được xếp loại tốt trở lên. — đạt: xếp loại Xuất sắc theo điểm đã thẩm định; cần từ Tốt trở lên.`,
      'Còn 3 tiêu chuẩn chờ Bộ phận Văn phòng - Thống kê xác nhận lại; xác nhận xong là gửi Hội đồng được.',
      'Thủ trưởng đơn vị xác nhận ngày',
      `(Đã lưu tệp quyet-dinh-xep-loai.pdf tại: ${join(dir, 'documents', 'quyet-dinh-xep-loai.pdf')})`,
      'Thường trực xác nhận lại tiêu chuẩn này, hay trả lại cho thủ trưởng đơn vị kèm lý do?',
      'Đã xác nhận lại tiêu chuẩn: Chỉ số CCHC hàng năm của cơ quan xếp từ loại tốt trở lên.',
      // 7. every item met: the head sends it
      '✓ Chỉ số CCHC hàng năm của cơ quan xếp từ loại tốt trở lên. — đạt: thủ trưởng đơn vị đã xác nhận, thường trực đã xác nhận lại.',
      '✓ Hồ sơ đủ 3/3 thành phần bắt buộc.',
      'Đủ điều kiện. Chọn "Gửi Hội đồng"',
      'Đã gửi đề nghị khen thưởng tới Hội đồng Thi đua – Khen thưởng.',
      // 8. council
      'Đã mở bình xét 1 đề nghị khen thưởng.',
      'Đã ghi phiếu "Không đồng ý" cho Văn hóa - Xã hội (tập thể, Giấy khen của Chủ tịch UBND xã).',
      // 9. the tally under the campaign's counting rule, the decision, the honour board
      'Đã kết thúc bình xét: 3/3 thành viên Hội đồng bỏ phiếu.',
      'Tỷ lệ đồng ý tính trên số thành viên đã bỏ phiếu về từng đề nghị.',
      '• Văn hóa - Xã hội (tập thể, Giấy khen của Chủ tịch UBND xã): Đồng ý 3/3 (100%) — thông qua (ngưỡng 70%); không đồng ý 0, không biểu quyết 0',
      'Nhập số Quyết định khen thưởng',
      'Nhập ngày ký Quyết định',
      'Nhập người ký Quyết định',
      `Đã phê duyệt 1 đề nghị khen thưởng theo Quyết định số 125/QĐ-UBND ngày ${today}. Bảng vàng đã được đăng lên 1 nhóm của phong trào.`,
      `📣 Đăng lên nhóm của phong trào:\n🏆 BẢNG VÀNG — ${placedDemoTitle()}\n\nGiấy khen của Chủ tịch UBND xã:\n(Quyết định số 125/QĐ-UBND ngày ${today})\nTập thể: Văn hóa - Xã hội`,
      // 10. the leader takes the Quyết định as a Word file
      'Quyết định khen thưởng (dự thảo): tệp quyet-dinh-kim-phuong-2025.docx.',
      `(Đã lưu tệp quyet-dinh-kim-phuong-2025.docx tại: ${join(dir, 'documents', 'quyet-dinh-kim-phuong-2025.docx')})`,
      // 11. the Excel summary
      'Báo cáo tổng hợp Phong trào thi đua',
      'bao-cao-tong-hop-kim-phuong-2025-',
    ];
    let at = 0;
    for (const step of steps) {
      const found = out.indexOf(step, at);
      expect(found, `missing, in order: ${step}\n--- output ---\n${out.slice(at, at + 3000)}`).toBeGreaterThanOrEqual(0);
      at = found + step.length;
    }
    // The files handed back are the ones sent, and a Word document.
    expect(readFileSync(join(dir, 'documents', 'quyet-dinh-xep-loai.pdf'))).toEqual(readFileSync('docs/demo/quyet-dinh-xep-loai.pdf'));
    expect(
      readFileSync(join(dir, 'documents', 'quyet-dinh-kim-phuong-2025.docx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // Nothing in the script was misunderstood.
    expect(out).not.toContain('Không nhận ra lựa chọn này');
    expect(out).not.toContain('Hiện không có thao tác nào đang dở');
    expect(out).not.toContain('Xin lỗi, hệ thống gặp sự cố');
    // The demo's campaign is placed around today: no deadline in it is overdue.
    expect(out).not.toContain('quá hạn');
  }, 120_000);
});
