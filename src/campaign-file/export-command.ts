import { writeFileSync } from 'node:fs';
import type { Db } from '../db/client.js';
import type { Translate } from '../i18n/i18n.js';
import { campaignYaml, readCampaignFile } from '../services/campaigns/campaign-export.js';
import { RuleError } from '../services/shared/errors.js';

// npm run campaign -- export <campaign code> [--out file.yaml]: the running campaign as a campaign
// file, to keep, correct and import again.

/** Writes the file to `out`, or the text to standard output without it. */
export async function exportCampaignFile(db: Db, code: string, out: string | undefined, t: Translate): Promise<void> {
  const exported = await readCampaignFile(db, code);
  if (!exported) throw new RuleError('cf-not-found', { code });
  const text = campaignYaml(exported, t, new Date());
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(out, text, 'utf8');
  process.stdout.write(`${t('cf-export-written', { campaign: code, file: out })}\n`);
}
