import { isDefault } from '../domain/sources.js';
import type { Translate } from '../i18n/i18n.js';
import type { CampaignView } from '../services/campaigns/campaigns.js';

// Values the plan never stated are shown as such: "(mặc định, kế hoạch không nêu)".

/** `text`, marked as a default when any of `paths` is one in the campaign's sources. */
export function markDefault(t: Translate, campaign: Pick<CampaignView, 'sources'>, text: string, ...paths: string[]): string {
  return paths.some((p) => isDefault(campaign.sources, p)) ? t('value-default', { value: text }) : text;
}

/** The campaign's deadlines, each title marked when its date is a default. */
export function markedDeadlines<D extends { code: string; title: string }>(t: Translate, campaign: Pick<CampaignView, 'sources'>, deadlines: readonly D[]): D[] {
  return deadlines.map((d) => ({ ...d, title: markDefault(t, campaign, d.title, `deadlines.${d.code}`, `deadlines.${d.code}.due`) }));
}
