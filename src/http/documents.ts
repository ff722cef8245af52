import { randomBytes } from 'node:crypto';
import type { Actor } from '../services/campaigns/members.js';
import { WEB_PATHS, type WebLinkService } from '../services/shared/web-links.js';
import { disposition } from './file-host.js';
import { openLink, refusalPage, type WebDeps } from './pages/link-guard.js';
import type { HttpServer } from './server.js';

// Documents the bot hands out where the chat cannot carry them (Zalo: drafted paperwork, dossier
// files, the summary workbook): a signed link ${PUBLIC_BASE_URL}/web/tai-tep/<link>, bound to the
// person who asked and expiring with the link (WEB_LINK_MINUTES). Each download loads the person
// again and requires the roles and unit they asked with: a role taken away closes the link too.
// The bytes are kept in memory by a random id, so nothing in a link reaches the file system.

export interface DocumentHost {
  /** a download link for this person, and until when it works; null without web links */
  publish(document: { name: string; mime: string; bytes: Uint8Array }, actor: Actor): { url: string; expiresAt: Date } | null;
}

interface Held {
  name: string;
  mime: string;
  bytes: Uint8Array;
  expiresAt: number;
}

/** Documents kept at most, and their bytes at most (a dossier file may be 20 MB); the oldest go first. */
const MAX_FILES = 200;
const MAX_BYTES = 100 * 1024 * 1024;

/** Whether the person still holds every role and the unit they asked with. */
function stillAllowed(actor: Actor, asked: { roles: string[]; unitId: number | null }): boolean {
  return asked.roles.every((r) => (actor.roles as string[]).includes(r)) && (actor.unit?.id ?? null) === asked.unitId;
}

export function createDocumentHost(options: { server: HttpServer; deps: WebDeps }): DocumentHost {
  const links: WebLinkService = options.deps.services.webLinks;
  const now = () => links.now().getTime();
  const held = new Map<string, Held>();

  const prune = (incoming: number) => {
    for (const [id, entry] of held) if (entry.expiresAt <= now()) held.delete(id);
    const bytes = () => [...held.values()].reduce((sum, e) => sum + e.bytes.byteLength, 0);
    // Map order is insertion order: the first entry is the oldest.
    for (const id of held.keys()) {
      if (held.size < MAX_FILES && bytes() + incoming <= MAX_BYTES) break;
      held.delete(id);
    }
  };

  options.server.app.get(`${WEB_PATHS.file}/:token`, async (c) => {
    const opened = await openLink(c, options.deps, ['file'] as const);
    if ('refused' in opened) return refusalPage(c, opened.refused);
    const { link, actor, t } = opened;
    if (!stillAllowed(actor, link.purpose)) return refusalPage(c, { key: 'web-download-forbidden', status: 403, t });
    const entry = held.get(link.purpose.fileId);
    if (!entry || entry.expiresAt <= now()) return refusalPage(c, { key: 'web-link-expired', status: 410, t });
    return c.body(new Uint8Array(entry.bytes), 200, { 'content-type': entry.mime, 'content-disposition': disposition(entry.name), 'cache-control': 'private, no-store' });
  });

  return {
    publish(document, actor) {
      if (!links.enabled) return null;
      prune(document.bytes.byteLength);
      const fileId = randomBytes(16).toString('base64url');
      const link = links.mint(actor.memberId, { kind: 'file', fileId, roles: [...actor.roles], unitId: actor.unit?.id ?? null });
      held.set(fileId, { ...document, expiresAt: link.expiresAt.getTime() });
      return link;
    },
  };
}
