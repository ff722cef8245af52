import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../src/campaign-file/parse.js';
import { I18n } from '../../src/i18n/i18n.js';

// Who decides each award form, and quotas only where the plan sets them (docs/award-rules.md §1.1), as the
// five campaign files write them.

const i18n = new I18n();
const read = (name: string) => readFileSync(`campaigns/${name}`, 'utf8');
function quotasOf(name: string) {
  const result = parseCampaignFile(read(name), name);
  if (!result.ok) throw new Error(result.errors.map((e) => i18n.t('vi', e.key, e.args)).join('\n'));
  return result.file.award_quotas.map((q) => [q.nominee, q.form, q.max ?? null, q.decided_by, q.decider ?? null]);
}

describe('award forms in the campaign files', () => {
  it("An Hải: the ward's Giấy khen 01 + 04, decided locally; the city's Bằng khen proposed upward, with no number", () => {
    expect(quotasOf('an-hai-2025.yaml')).toEqual([
      ['COLLECTIVE', 'GIAY_KHEN_CT_PHUONG', 1, 'local', null],
      ['INDIVIDUAL', 'GIAY_KHEN_CT_PHUONG', 4, 'local', null],
      ['COLLECTIVE', 'BANG_KHEN_CT_TP', null, 'higher', 'Chủ tịch UBND thành phố'],
      ['INDIVIDUAL', 'BANG_KHEN_CT_TP', null, 'higher', 'Chủ tịch UBND thành phố'],
    ]);
  });

  it('Kim Phượng: the commune Giấy khen for 01 collective and 01 individual (plan III.1)', () => {
    expect(quotasOf('kim-phuong-2025.yaml')).toEqual([
      ['COLLECTIVE', 'GIAY_KHEN_CT_XA', 1, 'local', null],
      ['INDIVIDUAL', 'GIAY_KHEN_CT_XA', 1, 'local', null],
    ]);
  });

  it.each([
    ['duong-an-2025.yaml', 'GIAY_KHEN_CT_XA'],
    ['ninh-giang-2026.yaml', 'GIAY_KHEN_CT_XA'],
    ['le-thanh-nghi-2026.yaml', 'GIAY_KHEN_CT_PHUONG'],
  ])('%s: the plan names no number, so none is invented', (name, form) => {
    expect(quotasOf(name)).toEqual([
      ['COLLECTIVE', form, null, 'local', null],
      ['INDIVIDUAL', form, null, 'local', null],
    ]);
  });

  it('a form decided higher up must name who decides it', () => {
    const text = read('an-hai-2025.yaml').replace(/, decider: Chủ tịch UBND thành phố \}/, ' }');
    const result = parseCampaignFile(text, 'an-hai-2025.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('nominee: COLLECTIVE, form: BANG_KHEN_CT_TP')) + 1;
    expect(result.errors.map((e) => i18n.t('vi', e.key, e.args))).toEqual([
      `an-hai-2025.yaml, dòng ${line}: hình thức có decided_by: higher phải ghi người quyết định ở "award_quotas[2].decider", ví dụ decider: Chủ tịch UBND thành phố.`,
    ]);
  });
});
