import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MINI_APP_PATH } from '../../../dialogs/commands/dashboard.js';
import { mayActForAnyUnit } from '../../../domain/permissions.js';
import { DEFAULT_LOCALE, type Translate } from '../../../i18n/i18n.js';
import type { Actor } from '../../../services/campaigns/members.js';
import { RuleError } from '../../../services/shared/errors.js';
import { WEB_PATHS } from '../../../services/shared/web-links.js';
import type { WebApp } from '../../server.js';
import { verifyInitData } from '../../telegram-init-data.js';
import { MessagePage } from '../layout.js';
import { openLink, refusalPage, type WebDeps } from '../link-guard.js';
import { serveModuleFile } from '../static-files.js';
import { CHART_LIBRARY_FILE, CHART_LIBRARY_PATH } from './charts-script.js';
import { MiniAppStart } from './mini-app-page.js';
import { OverviewPage } from './overview-page.js';
import { UnitPage } from './unit-page.js';

// /web/bang-tin/<link>: the dashboard, from a signed link (chat's /bangdieukhien, /xephang) or
// from the Telegram Mini App, whose start page posts Telegram's initData back; once verified, the
// person is sent on to a signed link of their own, so every page after it is opened the same way.

const NO_STORE = { 'cache-control': 'no-store' };

/** What a refused Mini App request is told: open it from Telegram, again, or how. */
const INIT_DATA_REFUSALS = { missing: 'dashboard-refused-missing', forged: 'dashboard-refused-forged', expired: 'dashboard-refused-expired' } as const;

function refuse(c: Context, t: Translate, key: string, status: 403 | 404 | 410 | 413): Response | Promise<Response> {
  return c.html(<MessagePage t={t} title={t('dashboard-refused-title')} text={t(key)} />, status, NO_STORE);
}

export function registerDashboard(app: WebApp, deps: WebDeps): void {
  const { services, i18n } = deps;
  const now = deps.clock ?? (() => new Date());
  const token = deps.telegramToken ?? null;
  const link = (actor: Actor, campaignId: number, unitId: number | null) => services.webLinks.mint(actor.memberId, { kind: 'dashboard', campaignId, unitId }).url;

  serveModuleFile(app, CHART_LIBRARY_PATH, CHART_LIBRARY_FILE);

  // The Mini App's start: Telegram puts initData in the address's fragment, which only the page sees.
  app.get(MINI_APP_PATH, (c) => c.html(<MiniAppStart t={i18n.translator(DEFAULT_LOCALE)} />, 200, NO_STORE));

  // initData is a few hundred bytes; a bigger body is not from the start page.
  const small = bodyLimit({ maxSize: 16 * 1024, onError: (c) => refuse(c, i18n.translator(DEFAULT_LOCALE), 'dashboard-refused-missing', 413) });
  app.post(MINI_APP_PATH, small, async (c) => {
    const vi = i18n.translator(DEFAULT_LOCALE);
    if (!token) return refuse(c, vi, 'dashboard-refused-missing', 404);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const field = (name: string) => (typeof form[name] === 'string' ? form[name] : '');
    const check = verifyInitData(field('initData'), token, now());
    if (!check.ok) {
      deps.logger.warn({ reason: check.reason }, 'Mini App initData refused');
      return refuse(c, vi, INIT_DATA_REFUSALS[check.reason], 403);
    }
    const actor = await services.members.findActor('TELEGRAM', check.telegramUserId);
    if (!actor) return refuse(c, vi, 'dashboard-refused-stranger', 403);
    const t = i18n.translator(actor.locale);
    const campaignId = numberOr(field('c'), null) ?? (await services.campaigns.activeCampaignId(actor.organizationId));
    if (campaignId === null) return refuse(c, t, 'dashboard-no-campaign', 404);
    const scope = services.dashboard.scopeOf(actor);
    if (!scope) return refuse(c, t, 'dashboard-forbidden', 403);
    const unitId = numberOr(field('u'), scope.kind === 'unit' ? scope.unitId : null);
    // The pages check again who may see what: the link only says who is asking. The empty
    // fragment keeps the browser from carrying Telegram's #tgWebAppData over to the next address.
    return c.redirect(`${link(actor, campaignId, unitId)}#`, 303);
  });

  app.get(`${WEB_PATHS.dashboard}/:token`, async (c) => {
    const opened = await openLink(c, deps, ['dashboard'] as const);
    if ('refused' in opened) return refusalPage(c, opened.refused);
    const { actor, t } = opened;
    const { campaignId, unitId } = opened.link.purpose;
    try {
      if (unitId === null) {
        const overview = await services.dashboard.overview(actor, campaignId);
        return c.html(<OverviewPage t={t} overview={overview} unitHref={(id) => link(actor, campaignId, id)} />, 200, NO_STORE);
      }
      const page = await services.dashboard.unit(actor, campaignId, unitId);
      const backHref = mayActForAnyUnit(actor, 'dashboard') ? link(actor, campaignId, null) : null;
      return c.html(<UnitPage t={t} page={page} backHref={backHref} />, 200, NO_STORE);
    } catch (error) {
      if (error instanceof RuleError) return refuse(c, t, error.reason, error.reason.endsWith('-gone') ? 404 : 403);
      throw error;
    }
  });
}

/** A positive whole number typed in a form, else `fallback`. */
function numberOr(text: string, fallback: number | null): number | null {
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : fallback;
}
