import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftCampaign } from '../../src/plan-reader/draft/index.js';
import { evaluateDraft } from '../../src/plan-reader/draft/evaluate.js';
import { defaultsOf } from '../../src/plan-reader/draft/evaluate-defaults.js';
import { score } from '../../src/plan-reader/draft/evaluate-results.js';
import { readPlan } from '../../src/plan-reader/read.js';
import { planDocx, planPdf } from '../../scripts/plan-files.js';

// The drafter against the hand-checked campaign files of the five real plans, read as text and from
// a Word file and a PDF made from them (npm run eval:plans prints the same figures, .odt too).

const campaigns = readdirSync('campaigns').map((f) => readFileSync(`campaigns/${f}`, 'utf8'));
const plans = readdirSync('test/fixtures/plans').filter((f) => f.endsWith('.txt'));

const formats = {
  text: (text: string) => new TextEncoder().encode(text),
  docx: planDocx,
  pdf: planPdf,
} as const;
const cases = plans.flatMap((name) => (Object.keys(formats) as Array<keyof typeof formats>).map((format) => [name, format] as const));

describe('drafts of the five plans', () => {
  it.each(cases)('%s as %s: at least 90 % of the fields the plan states are right, none invented', async (name, format) => {
    const yaml = campaigns.find((c) => c.split('\n').slice(0, 8).join(' ').includes(`plans/${name}`));
    expect(yaml, `no campaign file names plans/${name}`).toBeDefined();
    const bytes = await formats[format](readFileSync(`test/fixtures/plans/${name}`, 'utf8'));
    const draft = draftCampaign(await readPlan(bytes, `${name}.${format === 'text' ? 'txt' : format}`, null));
    const results = evaluateDraft(draft, yaml!);
    const s = score(results);
    expect(s.right + s.wrong + s.missing).toBeGreaterThanOrEqual(10);
    expect(results.filter((r) => r.status === 'invented')).toEqual([]);
    expect(s.share).toBeGreaterThanOrEqual(0.9);
  });
});

describe("what the evaluation counts as the plan's", () => {
  const yaml = `# nguồn: plans/x.txt
campaign:
  lead_office: Phòng Văn hóa - Xã hội
  status: CLOSED        # mặc định: kỳ đã kết thúc
  period: { from: "01/07/2025", to: "31/12/2025" }
grade_bands:            # mặc định: thang thông dụng
  - { grade: TOT, min: 0 }
units:
  - { code: VP, name: Văn phòng }   # mặc định
  - { code: VHXH, name: Phòng Văn hóa - Xã hội }
# Mục II: chú thích không phải mặc định
task_areas:
  - code: A
    title: Cải cách thể chế   # mặc định: tên nhóm
    criteria:
      - { code: C1, title: Tỷ lệ, unit_of_measure: "%", target: 100, scoring: linear, points: 100 }
defaults:
  - criteria.C1.points
  - campaign.period.to
`;
  const isDefault = defaultsOf(yaml);

  it('takes as defaults what a "mặc định" comment or the defaults list marks, and what lies under them', () => {
    expect(['campaign.status', 'grade_bands', 'grade_bands.TOT.min', 'units.VP', 'task_areas.A.title', 'criteria.C1.points', 'campaign.period.to'].filter(isDefault)).toHaveLength(
      7,
    );
  });

  it('takes everything else as stated by the plan', () => {
    expect(['campaign.lead_office', 'campaign.period.from', 'units.VHXH', 'task_areas.A', 'criteria.C1', 'criteria.C1.target'].filter(isDefault)).toEqual([]);
  });
});
