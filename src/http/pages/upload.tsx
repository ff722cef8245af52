import type { Context } from 'hono';
import { formatDateTime } from '../../domain/dates.js';
import { MAX_FILE_BYTES, type IncomingFile } from '../../domain/file-types.js';
import { RuleError } from '../../services/shared/errors.js';
import { fileTooBig, readCapped } from '../../services/shared/file-store.js';
import { WEB_PATHS } from '../../services/shared/web-links.js';
import type { WebApp } from '../server.js';
import { openLink, refusalPage, refused, type Opened, type Refused, type WebDeps } from './link-guard.js';
import { UploadPage } from './upload-page.js';
import { uploadTarget, type UploadPurpose, type UploadTarget } from './upload-target.js';

// /web/nop-tep/<link>: a file for a dossier item or a saved report, from a chat that cannot carry
// documents (Zalo). GET shows the page, POST takes the file: the same checks as a chat upload
// (type by content, 20 MB counted while it streams, SHA-256 store), the same services, and the
// confirmation back in the chat through the outbox. The link works once: a second upload, an
// expired or altered link store nothing.

type Json = { ok: boolean; message: string };

/** The link, the person and the item, or why not (a page for GET, JSON for POST). */
async function open(c: Context, deps: WebDeps): Promise<{ opened: Opened<UploadPurpose['kind']>; target: UploadTarget } | { refused: Refused }> {
  const opened = await openLink(c, deps, ['dossier', 'evidence'] as const);
  if ('refused' in opened) return opened;
  const target = await uploadTarget(deps.services, opened.actor, opened.link.purpose, opened.t);
  if ('refused' in target) return refused(target.refused, 403, opened.t);
  return { opened, target };
}

export function registerUpload(app: WebApp, deps: WebDeps): void {
  const path = `${WEB_PATHS.dossier}/:token`;

  app.get(path, async (c) => {
    const found = await open(c, deps);
    if ('refused' in found) return refusalPage(c, found.refused);
    const { opened, target } = found;
    if (await deps.services.webLinks.used(opened.link)) return refusalPage(c, { key: 'web-link-used', status: 410, t: opened.t });
    const until = formatDateTime(opened.link.expiresAt);
    return c.html(<UploadPage t={opened.t} label={target.label} person={opened.actor.fullName} until={until} />);
  });

  app.post(path, async (c) => {
    const found = await open(c, deps);
    // A refused link answers with the page's sentence, for the script to show.
    if ('refused' in found) return c.json<Json>({ ok: false, message: found.refused.t(found.refused.key) }, found.refused.status);
    const { opened, target } = found;
    const { t, link, actor } = opened;
    const incoming = c.env.incoming;
    const declared = Number(c.req.header('content-length') ?? NaN);
    if (declared > MAX_FILE_BYTES) return c.json<Json>({ ok: false, message: t(fileTooBig().reason, fileTooBig().args) }, 413);
    if (!(await deps.services.webLinks.claim(link))) return c.json<Json>({ ok: false, message: t('web-link-used') }, 410);
    const file: IncomingFile = {
      kind: 'document',
      name: fileName(c.req.header('x-file-name')),
      mime: c.req.header('content-type') ?? null,
      size: Number.isFinite(declared) ? declared : null,
      // Counted as it streams: past 20 MB the transfer is cut and nothing is stored.
      download: () => readCapped(incoming, MAX_FILE_BYTES, () => incoming.destroy()),
    };
    try {
      const blob = await deps.services.files.receive(file, t('dossier-file-fallback-name'));
      const said = await target.file(blob);
      await deps.services.outbox.enqueue([{ dedupeKey: `web-upload:${link.id}`, memberId: actor.memberId, kind: 'web-upload', payload: { key: said.key, args: said.args } }]);
      deps.logger.info({ memberId: actor.memberId, purpose: link.purpose.kind, size: blob.size }, 'file received from the upload page');
      return c.json<Json>({ ok: true, message: t('web-upload-done', { said: t(said.key, said.args) }) });
    } catch (error) {
      // Nothing was filed: the link is given back for another try.
      await deps.services.webLinks.release(link);
      if (error instanceof RuleError) return c.json<Json>({ ok: false, message: t(error.reason, error.args) }, 422);
      throw error;
    }
  });
}

/** The name the browser gave, for display only (never a path: see displayName in the file store). */
function fileName(header: string | undefined): string | null {
  if (!header) return null;
  try {
    return decodeURIComponent(header);
  } catch {
    return null;
  }
}
