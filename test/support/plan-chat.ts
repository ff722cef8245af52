import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planDocx } from '../../scripts/plan-files.js';

// A commune's plan for /kehoach tests: header, legal basis, task areas, three criteria with
// targets, award form and numbers, a dossier deadline and the lead office; it names one unit only,
// so the officer adds the others in chat.
export const PLAN_TEXT = `ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN
Số: 21/KH-UBND
Đường An, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Phát động phong trào thi đua cải cách hành chính năm 2026
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Ủy ban nhân dân xã ban hành Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2026 như sau:
I. NỘI DUNG THI ĐUA
- Cải cách thủ tục hành chính
- Xây dựng chính quyền số
II. TIÊU CHÍ THI ĐUA
1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên.
2. Tối thiểu 80% hồ sơ được tiếp nhận trực tuyến.
3. Số vụ khiếu nại vượt cấp không quá 3 vụ.
III. KHEN THƯỞNG
Hình thức khen thưởng: Giấy khen của Chủ tịch UBND xã
Số lượng khen: 01 tập thể, 02 cá nhân
IV. TỔ CHỨC THỰC HIỆN
Thời gian tiếp nhận hồ sơ đề nghị khen thưởng chậm nhất ngày 05/12/2026.
Giao Văn phòng HĐND và UBND xã chủ trì, tham mưu theo dõi, đôn đốc thực hiện kế hoạch này.
`;

/** A letter, not a plan: the bot finds nothing a campaign is made of in it. */
export const NOT_A_PLAN = `ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN
Kính gửi: các bộ phận chuyên môn
Ủy ban nhân dân xã đề nghị các bộ phận rà soát lại trang thiết bị văn phòng và gửi danh sách cần sửa chữa.
Trân trọng.
`;

/** The plan as the Word file the secretariat would send, written into `dir`. */
export async function writePlanDocx(dir: string, name = 'ke-hoach-thi-dua.docx'): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await planDocx(PLAN_TEXT));
  return path;
}
