// Renders a sample of each document for the demo campaign after a full award round (the same
// round the tests build, test/services/documents/round.ts) into docs/documents/: the .docx, its PDF and a
// PNG of its first page, for looking at the layout. `npm run documents:samples`. LibreOffice
// (soffice) and pdftoppm make the PDF and the PNG; without them the .docx files are still written
// and the reason is printed.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentChoice } from '../src/services/documents/types.js';
import { programFile } from '../src/paths.js';
import { awardRound } from '../test/services/documents/round.js';
import { actorOf } from '../test/support/council.js';
import { startTestBot } from '../test/support/core.js';

const OUT = programFile('docs', 'documents');

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** one of each: collective and individual achievement reports both */
function samples(choices: DocumentChoice[]): DocumentChoice[] {
  const picked: DocumentChoice[] = [];
  for (const c of choices) {
    const same = picked.filter((p) => p.kind === c.kind);
    if (same.length === 0 || (c.kind === 'bao-cao-thanh-tich' && same.length === 1 && c.subject !== null && /\s/.test(c.subject) && !c.subject.includes(' - '))) picked.push(c);
  }
  return picked;
}

const bot = await startTestBot();
try {
  await awardRound(bot);
  const admin = await actorOf(bot, 'vptk-1');
  const choices = samples(await bot.core.services.documents.available(admin, bot.campaignId));
  mkdirSync(OUT, { recursive: true });
  const convert = installed('soffice') && installed('pdftoppm');
  if (!convert) console.log('soffice or pdftoppm is not installed: writing the .docx files only, no PDF or PNG.');
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  for (const choice of choices) {
    const doc = await bot.core.services.documents.render(admin, bot.campaignId, choice);
    const path = join(OUT, doc.fileName);
    writeFileSync(path, doc.bytes);
    console.log(`docs/documents/${doc.fileName}`);
    if (!convert) continue;
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, path], { stdio: 'ignore' });
    const base = path.replace(/\.docx$/, '');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', `${base}.pdf`, base]);
    // pdftoppm numbers the page ("-1.png"), with as many digits as the page count needs
    const page = execFileSync('sh', ['-c', `ls "${base}"-*.png`])
      .toString()
      .trim()
      .split('\n')[0]!;
    renameSync(page, `${base}.png`);
  }
  rmSync(profile, { recursive: true, force: true });
} finally {
  await bot.close();
}
