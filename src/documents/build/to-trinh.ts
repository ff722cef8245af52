import { BLANK, communeOf, superiorBody, placeOf, upper } from '../format.js';
import type { CampaignFacts, NomineeFacts, Person } from '../facts.js';
import { communeChair, headcount, letterhead, nomineeRows, withinCampaign } from './common.js';

// Tờ trình đề nghị khen thưởng of a unit, with the list of its nominees and the form proposed for
// each (An Hải III.4 «Tờ trình kèm theo danh sách…», Kim Phượng III.2 «Tờ trình khen thưởng của cơ quan»).

export interface ToTrinhInput {
  campaign: CampaignFacts;
  unit: { code: string; name: string };
  head: Person | null;
  nominees: NomineeFacts[];
  now: Date;
}

export function toTrinhFields({ campaign, unit, head, nominees, now }: ToTrinhInput): Record<string, unknown> {
  const chair = communeChair(campaign.organizationName);
  return {
    ...letterhead({ superior: superiorBody(campaign.organizationName), issuer: upper(unit.name), number: `${BLANK}/TTr-${upper(unit.code)}`, place: placeOf(campaign.organizationName), date: null, now }),
    trich_yeu: `Về việc đề nghị khen thưởng tập thể, cá nhân có thành tích ${withinCampaign(campaign)}`,
    kinh_gui: `Chủ tịch Ủy ban nhân dân ${communeOf(campaign.organizationName)}`,
    phong_trao: campaign.title,
    can_cu: campaign.legalBasis.replace(/[.;,\s]+$/u, ''),
    don_vi: unit.name,
    nguoi_quyet_dinh: chair,
    so_luong: headcount(nominees),
    de_nghi: nomineeRows(nominees),
    luu: `VT, ${unit.name}`,
    chuc_vu_ky: head?.jobTitle ? upper(head.jobTitle) : 'THỦ TRƯỞNG ĐƠN VỊ',
    nguoi_ky: head?.fullName ?? null,
  };
}
