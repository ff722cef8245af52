import type { Context } from 'hono';
import type { Logger } from 'pino';
import { DEFAULT_LOCALE, type I18n, type Translate } from '../../i18n/i18n.js';
import type { Actor } from '../../services/campaigns/members.js';
import type { Services } from '../../services/index.js';
import type { WebLink, WebPurpose } from '../../services/shared/web-links.js';
import { MessagePage } from './layout.js';

// Every page opened from a signed link starts here: the signature, the time, the page the link is
// for, and the person as they are now. A refusal is a page in Vietnamese saying what to do next.

/** What the pages need of the running bot. */
export interface WebDeps {
  services: Services;
  i18n: I18n;
  logger: Logger;
  /** the Telegram bot's token, which signs a Mini App's initData (the dashboard); null: no Mini App */
  telegramToken?: string | null;
  /** the bot's clock; a Mini App's initData is dated on it */
  clock?: () => Date;
}

export interface Opened<K extends WebPurpose['kind']> {
  link: WebLink & { purpose: Extract<WebPurpose, { kind: K }> };
  actor: Actor;
  t: Translate;
}

/** Why nothing happens: 403 for a link that is not (or no longer) the person's, 410 for one that is over. */
export interface Refused {
  /** a locale key; `${key}-title` is the page's heading */
  key: string;
  status: 403 | 410;
  t: Translate;
}

export function refused(key: string, status: 403 | 410, t: Translate): { refused: Refused } {
  return { refused: { key, status, t } };
}

/** The headings of the refusals said here (written out, so that every locale key shows as used). */
const TITLES: Record<string, string> = {
  'web-link-expired': 'web-link-expired-title',
  'web-link-altered': 'web-link-altered-title',
  'web-link-used': 'web-link-used-title',
  'web-link-no-member': 'web-link-no-member-title',
  'web-upload-forbidden': 'web-upload-forbidden-title',
  'web-upload-item-gone': 'web-upload-item-gone-title',
  'web-download-forbidden': 'web-download-forbidden-title',
};

/** The refusal as a page. */
export function refusalPage(c: Context, { key, status, t }: Refused): Response | Promise<Response> {
  return c.html(<MessagePage t={t} title={t(TITLES[key] ?? `${key}-title`)} text={t(key)} />, status);
}

/**
 * The verified link and its person, or why not: an altered link or one made for another page
 * (403), an expired one (410), a person no longer active (403).
 */
export async function openLink<K extends WebPurpose['kind']>(c: Context, deps: WebDeps, kinds: readonly K[]): Promise<Opened<K> | { refused: Refused }> {
  const fallback = deps.i18n.translator(DEFAULT_LOCALE);
  const verified = deps.services.webLinks.verify(c.req.param('token') ?? '');
  if (!verified.ok) return verified.reason === 'expired' ? refused('web-link-expired', 410, fallback) : refused('web-link-altered', 403, fallback);
  const { link } = verified;
  if (!(kinds as readonly string[]).includes(link.purpose.kind)) return refused('web-link-altered', 403, fallback);
  const actor = await deps.services.members.actorById(link.memberId);
  if (!actor) return refused('web-link-no-member', 403, fallback);
  return { link: link as Opened<K>['link'], actor, t: deps.i18n.translator(actor.locale) };
}
