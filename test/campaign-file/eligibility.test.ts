import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../src/campaign-file/parse.js';
import { I18n } from '../../src/i18n/i18n.js';

// award_rules.eligibility in a campaign file: what the format accepts, and what it refuses with
// the field and the line.

const i18n = new I18n();
const KIM_PHUONG = readFileSync('campaigns/kim-phuong-2025.yaml', 'utf8');

/** Kim Phượng's file with its award_rules replaced by `rules` (YAML lines, without the key). */
function withRules(rules: string): string {
  const start = KIM_PHUONG.indexOf('award_rules:');
  const end = KIM_PHUONG.indexOf('\naward_quotas:');
  if (start < 0 || end < 0) throw new Error('kim-phuong-2025.yaml has no award_rules before award_quotas');
  return `${KIM_PHUONG.slice(0, start)}award_rules:\n${rules}\n${KIM_PHUONG.slice(end)}`;
}

function messages(text: string): Array<{ field: string; line: number; says: string }> {
  const result = parseCampaignFile(text, 'kp.yaml');
  if (result.ok) return [];
  return result.errors.map((e) => ({ field: e.field ?? '', line: e.line ?? 0, says: i18n.t('vi', e.key, e.args) }));
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('award_rules.eligibility', () => {
  it('reads nested groups, sources and forms into the checklists the bot evaluates', () => {
    const text = withRules(`  eligibility:
    - nominee: INDIVIDUAL
      forms: [GIAY_KHEN_CT_XA]
      where: "3.2 b)"
      all_of:
        - { code: KY_LUAT, title: Kỷ luật, check: no_violation }
        - title: Đạt một trong các tiêu chuẩn sau
          any_of:
            - { code: SANG_KIEN, title: Sáng kiến, check: initiative_recognised }
            - { code: THAM_MUU, title: Tham mưu, check: attested }
    - { nominee: COLLECTIVE, default: true, any_of: [{ code: DAN_DAU, title: Dẫn đầu, check: leading }] }`);
    const parsed = parseCampaignFile(text, 'kp.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.file.award_rules.eligibility).toEqual([
      {
        nominee: 'INDIVIDUAL',
        forms: ['GIAY_KHEN_CT_XA'],
        source: { where: '3.2 b)' },
        rule: {
          combine: 'all',
          items: [
            { code: 'KY_LUAT', title: 'Kỷ luật', check: 'no_violation' },
            {
              combine: 'any',
              title: 'Đạt một trong các tiêu chuẩn sau',
              items: [
                { code: 'SANG_KIEN', title: 'Sáng kiến', check: 'initiative_recognised' },
                { code: 'THAM_MUU', title: 'Tham mưu', check: 'attested' },
              ],
            },
          ],
        },
      },
      { nominee: 'COLLECTIVE', source: { default: true }, rule: { combine: 'any', items: [{ code: 'DAN_DAU', title: 'Dẫn đầu', check: 'leading' }] } },
    ]);
    // No award_rules at all: no checklist, the bot applies the general default.
    const none = parseCampaignFile(withRules('  eligibility: []'), 'kp.yaml');
    expect(none.ok && none.file.award_rules.eligibility).toEqual([]);
  });

  it("an individual is never judged on the unit's grade or rank", () => {
    const text = withRules(`  eligibility:
    - nominee: INDIVIDUAL
      where: II.3 b)
      all_of:
        - { code: XEP_LOAI, title: Đơn vị xếp loại tốt, check: grade_at_least, grade: TOT }`);
    expect(messages(text)).toEqual([
      {
        field: 'award_rules.eligibility[0]',
        line: lineOf(text, 'nominee: INDIVIDUAL'),
        says: `kp.yaml, dòng ${lineOf(text, 'nominee: INDIVIDUAL')}: "award_rules.eligibility[0]" là tiêu chuẩn cho cá nhân nhưng "XEP_LOAI" xét theo điểm, thứ hạng của đơn vị; cá nhân không xét theo xếp loại của đơn vị.`,
      },
    ]);
  });

  it.each([
    ['no source', '    - { nominee: COLLECTIVE, all_of: [] }', 'phải ghi nguồn: where'],
    ['two sources', '    - { nominee: COLLECTIVE, where: II.3, default: true, all_of: [] }', 'phải ghi nguồn: where'],
    ['both combinations', '    - { nominee: COLLECTIVE, where: II.3, all_of: [], any_of: [{ code: A, title: A, check: attested }] }', 'đúng một trong hai: all_of'],
    ['a grade item without its grade', '    - { nominee: COLLECTIVE, where: II.3, all_of: [{ code: A, title: A, check: grade_at_least }] }', 'cần ghi grade'],
    [
      'a repeated item code',
      '    - { nominee: COLLECTIVE, where: II.3, all_of: [{ code: A, title: A, check: attested }, { code: A, title: B, check: no_violation }] }',
      'mã tiêu chuẩn "A" lặp lại',
    ],
    [
      'an unknown award form',
      '    - { nominee: COLLECTIVE, forms: [BANG_KHEN], where: II.3, all_of: [] }',
      'ghi hình thức "BANG_KHEN" nhưng award_quotas không có hình thức này (các mã có: GIAY_KHEN_CT_XA)',
    ],
    ['an unknown check', '    - { nominee: COLLECTIVE, where: II.3, all_of: [{ code: A, title: A, check: rank_top }] }', 'chỉ nhận một trong các giá trị'],
  ])('refuses %s, naming the line', (_name, line, says) => {
    const text = withRules(`  eligibility:\n${line}`);
    const found = messages(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(text, '- { nominee'));
    expect(found[0]!.says).toContain(says);
  });

  it("the old minimum_grade key is refused: the plan's criteria replace it", () => {
    const text = withRules('  minimum_grade: TOT');
    expect(messages(text).map((m) => m.says)).toEqual([expect.stringContaining('khóa "award_rules.minimum_grade" không có trong định dạng tệp kế hoạch')]);
  });
});
