import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { parseCampaignFile } from '../../../src/campaign-file/parse.js';
import { I18n } from '../../../src/i18n/i18n.js';
import { draftCampaign } from '../../../src/plan-reader/draft/index.js';
import { draftToCampaignFile } from '../../../src/plan-reader/to-campaign-file.js';
import { draftToYaml } from '../../../src/plan-reader/to-yaml.js';
import { plan } from './support.js';

const t = new I18n().translator('vi');
const KIM_PHUONG = draftCampaign(plan(readFileSync('test/fixtures/plans/001_c50c492b8126b696.txt', 'utf8')));
const DUONG_AN = draftCampaign(plan(readFileSync('test/fixtures/plans/000_f3245f079c47150d.txt', 'utf8')));

describe('a draft as a campaign file', () => {
  it('is refused by the file check only for what the plan does not say, each named', () => {
    const result = parseCampaignFile(draftToYaml(KIM_PHUONG, { t }), 'kim-phuong.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['organization.code', 'campaign.code', 'units[0].code', 'units[1].code']);
  });

  it('imports once the codes are given, with what the plan says and defaults marked', () => {
    const yaml = draftToYaml(KIM_PHUONG, {
      t,
      organizationCode: 'kim-phuong',
      campaignCode: 'kim-phuong-2025',
      unitCodes: { 'Văn hóa - Xã hội': 'VHXH', 'Văn phòng - Thống kê': 'VPTK' },
    });
    const result = parseCampaignFile(yaml, 'kim-phuong.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const file = result.file;
    expect(file.campaign.lead_office).toBe('Bộ phận Văn phòng - thống kê');
    expect(file.award_quotas.map((q) => [q.nominee, q.form, q.max, q.decided_by])).toEqual([
      ['COLLECTIVE', 'GIAY_KHEN_CT_XA', 1, 'local'],
      ['INDIVIDUAL', 'GIAY_KHEN_CT_XA', 1, 'local'],
    ]);
    expect(file.deadlines.map((d) => d.code)).toEqual(['NOP_HO_SO']);
    expect(file.task_areas).toHaveLength(8);
    // the plan sets no measurable target for its areas: each one's criterion, points and scoring are proposed
    expect(file.defaults).toEqual(expect.arrayContaining(['grade_bands', 'criteria.TC01', 'criteria.TC01.points', 'criteria.TC08.scoring', 'council']));
    expect(file.defaults).not.toContain('deadlines.NOP_HO_SO');
    expect(file.task_areas.reduce((s, a) => s + a.criteria.reduce((p, c) => p + c.points, 0), 0)).toBeCloseTo(100, 5);
  });

  it('quotes each value beside it, marks defaults and names what is missing', () => {
    const doc = parseDocument(draftToYaml(KIM_PHUONG, { t }));
    const campaign = doc.get('campaign', true);
    if (!isMap(campaign)) throw new Error('no campaign');
    const comment = (key: string) => {
      const node = campaign.get(key, true);
      return isScalar(node) ? node.comment : undefined;
    };
    expect(comment('legal_basis')).toBe(' "Căn cứ Kế hoạch số 03/KH-UBND, ngày 07/01/2025 của UBND xã Kim Phượng về việc Cải cách hành chính xã Kim Phượng năm 2025;" (đoạn 6)');
    expect(comment('code')).toMatch(/^ THIẾU: mã phong trào/);
    expect(doc.commentBefore).toContain('THIẾU: số kế hoạch');
    expect(doc.commentBefore).toContain('Ngày ban hành: 18/02/2025');
    expect(String(doc.get('grade_bands', true) && (doc.get('grade_bands', true) as { commentBefore?: string }).commentBefore)).toMatch(/^ mặc định: thang xếp loại/);
  });

  it('proposes nothing for what only the officer can decide: no deadlines, no task areas invented', () => {
    const { file, notes } = draftToCampaignFile(DUONG_AN, { t });
    expect(file.deadlines).toEqual([]);
    expect(file.task_areas).toEqual([]);
    expect(notes.filter((n) => n.kind === 'missing').map((n) => n.path.join('.'))).toEqual(expect.arrayContaining(['deadlines', 'task_areas', 'award_quotas', 'units.0.code']));
    // the award form is the commune's own Giấy khen, proposed as a default
    expect(file.award_quotas).toEqual([
      { nominee: 'COLLECTIVE', form: 'GIAY_KHEN_CT_XA', title: 'Giấy khen của Chủ tịch UBND xã', decided_by: 'local' },
      { nominee: 'INDIVIDUAL', form: 'GIAY_KHEN_CT_XA', title: 'Giấy khen của Chủ tịch UBND xã', decided_by: 'local' },
    ]);
    expect(file.defaults).toEqual(expect.arrayContaining(['award_quotas', 'dossier_documents', 'grade_bands']));
  });
});
