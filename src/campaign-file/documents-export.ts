import { mkdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { displayName } from '../domain/file-types.js';
import type { DocumentChoice } from '../services/documents/types.js';
import type { Locale, Translate } from '../i18n/i18n.js';
import { RuleError } from '../services/shared/errors.js';
import type { Services } from '../services/index.js';
import type { Actor } from '../services/campaigns/members.js';

// npm run campaign -- documents <campaign> [--unit …] --out <folder>: the whole set of drafted
// documents written into a folder, for a secretariat that prints in bulk. It goes through the same
// DocumentService as /vanban, acting as the campaign's secretariat.

export interface ExportRequest {
  campaignId: number;
  organizationId: number;
  /** only this unit's documents (its Tờ trình and its nominees' reports) */
  unitId: number | null;
  out: string;
  locale: Locale;
  t: Translate;
}

export interface ExportOutcome {
  written: Array<{ path: string; label: string }>;
  /** documents that could not be drafted, with the reason in words */
  failed: Array<{ label: string; reason: string }>;
}

/**
 * Whoever runs the command on the server already holds the database: they act as the secretariat
 * (ADMIN) of the campaign's organization, with no member behind them.
 */
function secretariat(organizationId: number, locale: Locale, t: Translate): Actor {
  return { memberId: 0, fullName: t('cf-documents-actor'), locale, roles: ['ADMIN'], organizationId, unit: null, menu: null };
}

/** The folder to write into, refused when the path is a file (it is created once there is something to write). */
async function outFolder(out: string): Promise<string> {
  const path = resolve(out);
  const info = await stat(path).catch(() => null);
  if (info && !info.isDirectory()) throw new RuleError('cf-documents-out-not-folder', { path });
  return path;
}

export async function exportDocuments(services: Services, request: ExportRequest): Promise<ExportOutcome> {
  const { t } = request;
  const folder = await outFolder(request.out);
  const actor = secretariat(request.organizationId, request.locale, t);
  const all = await services.documents.available(actor, request.campaignId);
  const choices = request.unitId === null ? all : all.filter((c) => c.unitId === request.unitId);
  const label = (c: DocumentChoice) => (c.subject ? `${t(`document-kind-${c.kind}`)} — ${c.subject}` : t(`document-kind-${c.kind}`));
  const outcome: ExportOutcome = { written: [], failed: [] };
  if (choices.length > 0) await mkdir(folder, { recursive: true });
  const used = new Set<string>();
  for (const choice of choices) {
    try {
      const file = await services.documents.render(actor, request.campaignId, choice);
      // The service names files safely; cleared again all the same, and two alike kept apart.
      const name = displayName(file.fileName, `${choice.kind}.docx`);
      let unique = name;
      for (let n = 2; used.has(unique); n += 1) unique = `${name.slice(0, name.length - extname(name).length)}-${n}${extname(name)}`;
      used.add(unique);
      const path = join(folder, unique);
      await writeFile(path, file.bytes);
      outcome.written.push({ path, label: label(choice) });
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      outcome.failed.push({ label: label(choice), reason: t(error.reason, error.args) });
    }
  }
  return outcome;
}
