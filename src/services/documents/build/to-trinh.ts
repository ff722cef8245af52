import { upper } from '../format.js';
import type { CampaignFacts, NomineeFacts, Person } from '../facts.js';
import { campaignBasis, commonFields, headcount, nomineeRows } from './common.js';

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
  return {
    ...commonFields(campaign, null, now),
    don_vi: unit.name,
    TEN_DON_VI: upper(unit.name),
    MA_DON_VI: upper(unit.code),
    can_cu_phong_trao: campaignBasis(campaign),
    ...headcount(nominees),
    de_nghi: nomineeRows(nominees),
    // the head's post as the signature prints it; '' when none is recorded (the template's fallback)
    CHUC_VU_KY: head?.jobTitle ? upper(head.jobTitle) : '',
    nguoi_ky: head?.fullName ?? null,
  };
}
