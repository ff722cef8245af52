import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Clock } from './clock.js';
import { isUniqueViolation } from './unique-violation.js';

// Signed links from chat to the bot's web pages: bound to one person and one purpose (this dossier
// item, this report's evidence, this document, this dashboard), expiring after minutes. No account,
// no password: the link is the permission, and every request still loads the person's current
// roles, so a role taken away closes the page too. Upload links work once (WebLinkUse).

/** The chat the link was given in: files received through it are recorded as coming from there. */
const channel = z.enum(['TELEGRAM', 'ZALO', 'CONSOLE']);

/** What a link opens; the page checks the kind matches its own. */
const purposeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dossier'), channel, campaignId: z.number(), unitId: z.number(), kindId: z.number(), nominationId: z.number().nullable() }),
  z.object({ kind: z.literal('evidence'), channel, campaignId: z.number(), reportId: z.number() }),
  /** a document held in memory by the document host; `roles` and `unitId` are the asker's when asked */
  z.object({ kind: z.literal('file'), fileId: z.string(), roles: z.array(z.string()), unitId: z.number().nullable() }),
  z.object({ kind: z.literal('dashboard'), campaignId: z.number(), unitId: z.number().nullable() }),
]);
export type WebPurpose = z.infer<typeof purposeSchema>;

const payloadSchema = z.object({ v: z.literal(1), i: z.string(), m: z.number(), p: purposeSchema, e: z.number() });

/** Where each kind of link leads, under PUBLIC_BASE_URL. */
export const WEB_PATHS = {
  dossier: '/web/nop-tep',
  evidence: '/web/nop-tep',
  file: '/web/tai-tep',
  dashboard: '/web/bang-tin',
} as const satisfies Record<WebPurpose['kind'], string>;

export interface WebLink {
  /** random, names the link in WebLinkUse */
  id: string;
  memberId: number;
  purpose: WebPurpose;
  expiresAt: Date;
}

/** Why a link is refused: its text changed (or was never ours), or its time is over. Reuse is `claim`'s. */
export type Verified = { ok: true; link: WebLink } | { ok: false; reason: 'altered' | 'expired' };

export interface WebLinkSettings {
  /** PUBLIC_BASE_URL, without a trailing slash */
  baseUrl: string;
  /** the HMAC key (WEB_LINK_SECRET, or derived from the bot tokens: see config.ts) */
  secret: string;
  ttlMinutes: number;
}

export class WebLinkService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: WebLinkSettings | null,
  ) {}

  /** Without PUBLIC_BASE_URL there is no page to link to: chat says what to do instead. */
  get enabled(): boolean {
    return this.settings !== null;
  }

  /** the clock links are dated by (the services' clock), for whatever keeps things as long as a link lives */
  now(): Date {
    return this.clock();
  }

  get ttlMinutes(): number {
    return this.settings?.ttlMinutes ?? 0;
  }

  mint(memberId: number, purpose: WebPurpose): { url: string; expiresAt: Date } {
    const settings = this.required();
    const expiresAt = new Date(this.clock().getTime() + settings.ttlMinutes * 60_000);
    const payload = { v: 1, i: randomBytes(12).toString('base64url'), m: memberId, p: purpose, e: Math.floor(expiresAt.getTime() / 1000) };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return { url: `${settings.baseUrl}${WEB_PATHS[purpose.kind]}/${body}.${this.sign(body)}`, expiresAt };
  }

  /** The signature first, so that neither a changed expiry nor a changed purpose is ever read. */
  verify(token: string): Verified {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(body)) return { ok: false, reason: 'altered' };
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'altered' };
    let parsed;
    try {
      parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      return { ok: false, reason: 'altered' };
    }
    if (!parsed.success) return { ok: false, reason: 'altered' };
    const p = parsed.data;
    const link = { id: p.i, memberId: p.m, purpose: p.p, expiresAt: new Date(p.e * 1000) };
    if (link.expiresAt.getTime() <= this.clock().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, link };
  }

  /** Whether a once-only link has been used (a page shows it as used before offering the upload). */
  async used(link: WebLink): Promise<boolean> {
    return (await this.db.webLinkUse.count({ where: { tokenId: link.id } })) > 0;
  }

  /**
   * Takes a once-only link for an upload about to be stored; false when it was taken before (by
   * this instance or another). Uses older than a day are forgotten: their links expired long ago.
   */
  async claim(link: WebLink): Promise<boolean> {
    const now = this.clock();
    await this.db.webLinkUse.deleteMany({ where: { usedAt: { lt: new Date(now.getTime() - Math.max(this.ttlMinutes * 2, 24 * 60) * 60_000) } } });
    try {
      await this.db.webLinkUse.create({ data: { tokenId: link.id, memberId: link.memberId, usedAt: now } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** An upload that failed (wrong type, too big) gives its link back, so the person can try again. */
  async release(link: WebLink): Promise<void> {
    await this.db.webLinkUse.deleteMany({ where: { tokenId: link.id } });
  }

  private sign(body: string): string {
    return createHmac('sha256', this.required().secret).update(body).digest('base64url');
  }

  private required(): WebLinkSettings {
    if (!this.settings) throw new Error('web links need PUBLIC_BASE_URL');
    return this.settings;
  }
}
