import { BLANK, communeOf, issuingBody, placeOf } from '../format.js';
import type { CampaignFacts, NomineeFacts } from '../facts.js';
import { chairSignature, headcount, letterhead, nomineeRows, withinCampaign } from './common.js';
import { lawBases, withPunctuation } from './legal-bases.js';

// Tờ trình đề nghị cấp trên khen thưởng: the forms a higher level decides (a Bằng khen of the
// city's Chủ tịch), proposed by the commune with its council's result.

export interface ToTrinhCapTrenInput {
  campaign: CampaignFacts;
  /** nominations of HIGHER forms the council passed */
  nominees: NomineeFacts[];
  reviewClosedAt: Date | null;
  now: Date;
}

export function toTrinhCapTrenFields({ campaign, nominees, reviewClosedAt, now }: ToTrinhCapTrenInput): Record<string, unknown> {
  const forms = [...new Set(nominees.map((n) => n.awardTitle))];
  const deciders = [...new Set(nominees.map((n) => n.decider ?? 'cấp có thẩm quyền'))];
  return {
    ...letterhead({ issuer: issuingBody(campaign.organizationName), number: `${BLANK}/TTr-UBND`, place: placeOf(campaign.organizationName), date: null, now }),
    trich_yeu: `Về việc đề nghị tặng ${forms.join(', ')}`,
    kinh_gui: deciders.join('; '),
    can_cu: withPunctuation(lawBases(campaign, reviewClosedAt), ','),
    co_quan: `Ủy ban nhân dân ${communeOf(campaign.organizationName)}`,
    trong_phong_trao: withinCampaign(campaign),
    so_luong: headcount(nominees),
    de_nghi: nomineeRows(nominees),
    ...chairSignature(campaign.leader, null, true),
  };
}
