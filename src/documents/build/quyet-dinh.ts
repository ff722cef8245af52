import { BLANK, communeOf, issuingBody, placeOf, upper } from '../format.js';
import type { CampaignFacts, NomineeFacts } from '../facts.js';
import { chairSignature, headcount, individualLine, letterhead, withinCampaign } from './common.js';
import { LAW_ON_LOCAL_GOVERNMENT, lawBases, withPunctuation } from './legal-bases.js';

// Quyết định khen thưởng, the draft for the Chủ tịch's signature (issue 21 item 1): Căn cứ…,
// Điều 1 the collectives and individuals by form, Điều 2–3, nơi nhận. The number and the date
// stay blank until the decision is recorded (Nomination.decisionNumber/Date), then print as recorded.

export interface QuyetDinhInput {
  campaign: CampaignFacts;
  /** the local awards: approved under one decision, or passed and waiting for it */
  nominees: NomineeFacts[];
  reviewClosedAt: Date | null;
  now: Date;
}

export function quyetDinhFields({ campaign, nominees, reviewClosedAt, now }: QuyetDinhInput): Record<string, unknown> {
  const decided = nominees.find((n) => n.decisionNumber !== null) ?? null;
  const forms = [...new Set(nominees.map((n) => n.awardTitle))];
  const bases = [LAW_ON_LOCAL_GOVERNMENT, ...lawBases(campaign, reviewClosedAt), `Theo đề nghị của ${campaign.leadOffice}`];
  return {
    ...letterhead({
      issuer: issuingBody(campaign.organizationName),
      number: decided?.decisionNumber ?? `${BLANK}/QĐ-UBND`,
      place: placeOf(campaign.organizationName),
      date: decided?.decisionDate ?? null,
      now,
    }),
    trich_yeu: `Về việc khen thưởng các tập thể, cá nhân có thành tích ${withinCampaign(campaign)}`,
    THAM_QUYEN: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upper(communeOf(campaign.organizationName))}`,
    can_cu: withPunctuation(bases, '.'),
    trong_phong_trao: withinCampaign(campaign),
    nhom: forms.map((form, i) => {
      const group = nominees.filter((n) => n.awardTitle === form);
      return {
        so_thu_tu: String(i + 1),
        hinh_thuc: form,
        so_luong: headcount(group),
        // collectives first, as the honour board lists them
        danh_sach: [...group].sort((a, b) => a.kind.localeCompare(b.kind)).map((n) => ({ ten: n.member ? individualLine(n) : n.unitName })),
      };
    }),
    thi_hanh: `${campaign.leadOffice}, Thủ trưởng các đơn vị có liên quan`,
    ...chairSignature(campaign.leader, decided?.decisionSigner ?? null, false),
  };
}
