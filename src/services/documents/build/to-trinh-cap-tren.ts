import { formatDate } from '../../../domain/dates.js';
import type { CampaignFacts, NomineeFacts } from '../facts.js';
import { campaignBasis, commonFields, headcount, nomineeRows } from './common.js';

// Tờ trình đề nghị cấp trên khen thưởng: the forms a higher level decides (a Bằng khen of the
// city's Chủ tịch), proposed by the commune with its council's result. The fixed «Căn cứ» lines
// (the laws) are the template's text; the campaign's own basis and the meeting's date are data.

export interface ToTrinhCapTrenInput {
  campaign: CampaignFacts;
  /** nominations of HIGHER forms the council passed */
  nominees: NomineeFacts[];
  reviewClosedAt: Date | null;
  now: Date;
}

export function toTrinhCapTrenFields({ campaign, nominees, reviewClosedAt, now }: ToTrinhCapTrenInput): Record<string, unknown> {
  const deciders = [...new Set(nominees.flatMap((n) => (n.decider ? [n.decider] : [])))];
  return {
    ...commonFields(campaign, null, now),
    hinh_thuc_de_nghi: [...new Set(nominees.map((n) => n.awardTitle))].join(', '),
    // '' when no quota names its decider: the template then addresses "cấp có thẩm quyền"
    nguoi_quyet_dinh: deciders.join('; '),
    can_cu_phong_trao: campaignBasis(campaign),
    ngay_hop_xet: reviewClosedAt ? formatDate(reviewClosedAt) : '',
    ...headcount(nominees),
    de_nghi: nomineeRows(nominees),
    nguoi_ky: campaign.leader?.fullName ?? null,
  };
}
