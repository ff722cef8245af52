import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftCampaign } from '../src/plan-reader/draft/index.js';
import { evaluateDraft } from '../src/plan-reader/draft/evaluate.js';
import { score, type FieldResult, type Score } from '../src/plan-reader/draft/evaluate-results.js';
import { readPlan } from '../src/plan-reader/read.js';
import { planDocx, planOdt, planPdf } from './plan-files.js';

// npm run eval:plans [-- --plans <folder> --campaigns <folder>] [--verbose]
//
// Drafts a campaign from every plan in the plans folder and compares it with the hand-checked
// campaign file that names the plan in its header comment ("nguồn: plans/<file>"), for the plan as
// text and as the same text made into .docx, .odt and PDF. Prints per plan and in total the fields
// right / wrong / missing / invented. What counts as a field, when a field is stated by the plan,
// and how values are compared: src/plan-reader/draft/evaluate.ts (header comment).
// Exit code 1 when a plan scores under 90 % of stated fields right or has an invented value.

const TARGET = 0.9;

const { values } = parseArgs({
  options: { plans: { type: 'string', default: 'test/fixtures/plans' }, campaigns: { type: 'string', default: 'campaigns' }, verbose: { type: 'boolean', default: false } },
});

const campaigns = readdirSync(values.campaigns)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, yaml: readFileSync(join(values.campaigns, f), 'utf8') }));

/** The hand-checked file whose header comment names the plan. */
function campaignFor(plan: string): { file: string; yaml: string } | undefined {
  return campaigns.find((c) => {
    const header = c.yaml
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .slice(0, 8)
      .join(' ');
    return header.includes(`plans/${plan}`);
  });
}

const FORMATS = {
  text: async (text: string) => new TextEncoder().encode(text),
  docx: planDocx,
  odt: async (text: string) => planOdt(text),
  pdf: async (text: string) => planPdf(text),
} as const;

const rows: Array<{ plan: string; format: string; score: Score }> = [];
let failed = false;
for (const plan of readdirSync(values.plans)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()) {
  const campaign = campaignFor(plan);
  if (!campaign) {
    console.log(`${plan}: không có tệp kế hoạch nào ghi nguồn plans/${plan} — bỏ qua`);
    continue;
  }
  const text = readFileSync(join(values.plans, plan), 'utf8');
  for (const [format, make] of Object.entries(FORMATS)) {
    const bytes = await make(text);
    const name = `${basename(plan).replace(/\.\w+$/, '')}.${format === 'text' ? 'txt' : format}`;
    const results: FieldResult[] = evaluateDraft(draftCampaign(await readPlan(bytes, name, null)), campaign.yaml);
    const s = score(results);
    rows.push({ plan: `${plan} → ${campaign.file}`, format, score: s });
    if (s.share < TARGET || s.invented > 0) failed = true;
    if (values.verbose)
      for (const r of results.filter((r) => r.status !== 'right')) console.log(`  [${format}] ${r.status.padEnd(8)} ${r.field}: ${r.expected ?? ''} ⇄ ${r.got ?? ''}`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(['kế hoạch → tệp đã kiểm', 'dạng', 'đúng', 'sai', 'thiếu', 'tự đặt', 'tỷ lệ đúng'].join('\t'));
for (const r of rows) console.log([r.plan, r.format, r.score.right, r.score.wrong, r.score.missing, r.score.invented, pct(r.score.share)].join('\t'));
for (const format of Object.keys(FORMATS)) {
  const of = rows.filter((r) => r.format === format).map((r) => r.score);
  const sum = (k: 'right' | 'wrong' | 'missing' | 'invented') => of.reduce((s, x) => s + x[k], 0);
  const stated = sum('right') + sum('wrong') + sum('missing');
  console.log(['TỔNG', format, sum('right'), sum('wrong'), sum('missing'), sum('invented'), pct(stated === 0 ? 1 : sum('right') / stated)].join('\t'));
}
process.exitCode = failed ? 1 : 0;
