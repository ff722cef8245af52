import { describe, expect, it } from 'vitest';
import { numbering, outline, sentences, topicOf } from '../../../src/plan-reader/draft/structure.js';
import { linesOf, plan } from './support.js';

const PLAN = `
KẾ HOẠCH
Phát động phong trào thi đua năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Động viên cán bộ, công chức thi đua.
II. NỘI DUNG, TIÊU CHÍ THI ĐUA
1. Tiêu chí thi đua
1.1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên, tăng cường ứng dụng
công nghệ thông tin trong giải quyết hồ sơ.
2. Tiêu chuẩn khen thưởng
a) Đối với tập thể:
- Hoàn thành xuất sắc nhiệm vụ.
b) Đối với cá nhân:
- Không vi phạm kỷ luật.
c) Số lượng: 02 tập thể.
III. TỔ CHỨC THỰC HIỆN
Giao Văn phòng HĐND và UBND xã chủ trì theo dõi.
Nơi nhận:
- Lưu: VT.
`;

describe('the outline of a plan', () => {
  const lines = linesOf(PLAN);
  const line = (start: string) => lines.find((l) => l.body.startsWith(start))!;

  it('joins a line a page break cut in two, keeping both places', () => {
    const item = line('Tỷ lệ hồ sơ');
    expect(item.body).toContain('ứng dụng công nghệ thông tin');
    expect(item.location).toMatch(/^đoạn \d+–\d+$/);
  });

  it('tells headings from numbered sentences and names what each part is about', () => {
    expect(line('MỤC ĐÍCH').heading).toBe(true);
    expect(line('Tỷ lệ hồ sơ').heading).toBe(false);
    expect(topicOf(line('Tỷ lệ hồ sơ'))).toBe('criteria');
    expect(topicOf(line('Hoàn thành xuất sắc'))).toBe('eligibility');
    expect(topicOf(line('Giao Văn phòng'))).toBe('organisation');
    expect(topicOf(line('Lưu: VT'))).toBe('recipients');
    expect(topicOf(line('Động viên'))).toBe('purpose');
  });

  it('numbers a line as the plan does, and a later point closes the one before', () => {
    expect(numbering(line('Tỷ lệ hồ sơ'))).toBe('II.1.1');
    expect(numbering(line('Không vi phạm'))).toBe('II.2 b)');
    // "c) Số lượng…" is not under "b) Đối với cá nhân"
    expect(line('Số lượng').parents.map((p) => p.body)).not.toContain('Đối với cá nhân:');
  });

  it('reads text typed in decomposed Unicode the same', () => {
    const blocks = plan(PLAN).blocks.map((b) => ({ ...b, text: b.text.normalize('NFD') }));
    const decomposed = outline({ format: 'docx', blocks });
    expect(decomposed.map((l) => [l.body, l.heading, topicOf(l)])).toEqual(lines.map((l) => [l.body, l.heading, topicOf(l)]));
  });

  it('splits sentences, not at the abbreviation of a ward', () => {
    expect(sentences('Giao P. Lê Lợi thực hiện. Báo cáo về UBND.')).toEqual(['Giao P. Lê Lợi thực hiện.', 'Báo cáo về UBND.']);
  });
});
