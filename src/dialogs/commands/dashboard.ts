import { commandAccess, mayActForAnyUnit } from '../../domain/permissions.js';
import type { CampaignView } from '../../services/campaigns/campaigns.js';
import { RuleError } from '../../services/shared/errors.js';
import { WEB_PATHS } from '../../services/shared/web-links.js';
import { actorOf, type Command, type DialogContext, type Reply } from '../port.js';
import { campaignOf, unitFromArgs } from '../scope.js';

// The leaders' dashboard is a web page (src/http/pages/dashboard/): chat hands out a link bound to
// the person, and on Telegram also a button that opens it as a Mini App, where Telegram's signed
// initData says who is asking instead of the link.

/** Where the Mini App starts, under the dashboard's path; the page posts Telegram's initData back there. */
export const MINI_APP_PATH = `${WEB_PATHS.dashboard}/telegram`;

/**
 * The person's link to the dashboard (the campaign's, or one unit's page), and on Telegram the Mini
 * App's button when the pages are served over https (Telegram opens no other). Null without a web
 * address, and in a group chat: the link is the permission, not to be posted where others read it.
 */
export function dashboardLink(ctx: DialogContext, campaign: CampaignView, unit: { id: number } | null): { url: string; webApp?: Reply['webApp'] } | null {
  const { webLinks } = ctx.services;
  if (!webLinks.enabled || ctx.envelope.chatType === 'group') return null;
  const { url } = webLinks.mint(actorOf(ctx).memberId, { kind: 'dashboard', campaignId: campaign.id, unitId: unit?.id ?? null });
  if (ctx.envelope.channel !== 'TELEGRAM' || !url.startsWith('https://')) return { url };
  // PUBLIC_BASE_URL may carry a path: the Mini App's address is cut from the link's own.
  const base = url.slice(0, url.indexOf(WEB_PATHS.dashboard));
  const query = new URLSearchParams({ c: String(campaign.id), ...(unit ? { u: String(unit.id) } : {}) });
  return { url, webApp: { label: ctx.t('dashboard-chat-open'), url: `${base}${MINI_APP_PATH}?${query}` } };
}

/** Under /xephang: the overseers' link to the campaign's page, a head's to their unit's; null for the others. */
export function standingsDashboardLink(ctx: DialogContext, campaign: CampaignView): { url: string; webApp?: Reply['webApp'] } | null {
  const scope = ctx.actor ? ctx.services.dashboard.scopeOf(ctx.actor) : null;
  if (!scope) return null;
  return dashboardLink(ctx, campaign, scope.kind === 'unit' ? { id: scope.unitId } : null);
}

/** /bangdieukhien [đơn vị]: the overseers' campaign page (or a unit's), a head's own unit page. */
export const dashboardCommand: Command = {
  name: 'bangdieukhien',
  access: commandAccess('bangdieukhien'),
  descriptionKey: 'cmd-bangdieukhien',
  async start(ctx, args) {
    const actor = actorOf(ctx);
    const campaign = await campaignOf(ctx);
    const anyUnit = mayActForAnyUnit(actor, 'dashboard');
    // The overseers land on the whole campaign (or the unit named); a head on their own unit only.
    const unit = args === '' && anyUnit ? null : unitFromArgs(ctx, campaign, args, anyUnit);
    if (!unit && !anyUnit) throw new RuleError('dashboard-forbidden');
    const link = dashboardLink(ctx, campaign, unit);
    if (!link) return { replies: [ctx.t('dashboard-chat-no-web')] };
    const intro = ctx.t('dashboard-chat-link', { scope: unit ? 'unit' : 'campaign', unit: unit?.name ?? '', minutes: ctx.services.webLinks.ttlMinutes });
    return { replies: [{ text: `${intro}\n${link.url}`, ...(link.webApp ? { webApp: link.webApp } : {}) }] };
  },
};
