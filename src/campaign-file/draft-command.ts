import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Translate } from '../i18n/i18n.js';
import { draftCampaign } from '../plan-reader/draft/index.js';
import { readPlan } from '../plan-reader/read.js';
import { draftToCampaignFile } from '../plan-reader/to-campaign-file.js';
import { draftToYaml } from '../plan-reader/to-yaml.js';
import { RuleError } from '../services/shared/errors.js';

// npm run campaign -- draft <plan.docx|.pdf|.odt|.txt> [--out campaigns/x.yaml]: a campaign file
// drafted from the plan, each value with the sentence it came from, for the secretariat to check,
// fill in (THIẾU) and import. Without --out the YAML goes to standard output and the summary to
// standard error, so it can be piped.

export async function draftPlanFile(path: string, out: string | undefined, t: Translate): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new RuleError('cf-file-unreadable', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const draft = draftCampaign(await readPlan(new Uint8Array(bytes), basename(path), null));
  const yaml = draftToYaml(draft, { t });
  const { notes } = draftToCampaignFile(draft, { t });
  const say = out === undefined ? console.error : console.log;
  if (out === undefined) process.stdout.write(yaml);
  else writeFileSync(out, yaml, 'utf8');
  const count = (kind: string) => notes.filter((n) => n.kind === kind).length;
  const missing = [...new Set(notes.flatMap((n) => (n.kind === 'missing' ? [n.text] : [])))];
  say(t('plan-draft-summary', { plan: basename(path), found: count('source'), defaults: count('default'), missing: missing.length }));
  if (out !== undefined) say(t('plan-draft-saved', { file: out }));
  if (missing.length > 0) {
    say(t('plan-draft-missing-list'));
    for (const m of missing) say(`  - ${m}`);
    say(t('plan-draft-next', { file: out ?? `campaigns/${basename(path).replace(/\.\w+$/, '')}.yaml` }));
  }
}
