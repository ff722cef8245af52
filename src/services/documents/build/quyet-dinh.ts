import { formatDate } from '../../../domain/dates.js';
import type { CampaignFacts, NomineeFacts } from '../facts.js';
import { campaignBasis, commonFields, decisionSigner, headcount, individualLine } from './common.js';

// Quyết định khen thưởng, the draft for the Chủ tịch's signature (docs/templates.md): Căn cứ…,
// Điều 1 the collectives and individuals by form, Điều 2–3, nơi nhận. The number and the date
// stay blank until the decision is recorded (Nomination.decisionNumber/Date), then print as recorded.
// The laws and decrees of the «Căn cứ» are the template's text (docs/award-rules.md §1.1–1.2), so
// an office updates them in Word when a law changes; the campaign's own basis is data.

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
  return {
    ...commonFields(campaign, decided?.decisionDate ?? null, now),
    // '' while the decision is a draft: the template then prints the blank number
    so_quyet_dinh: decided?.decisionNumber ?? '',
    can_cu_phong_trao: campaignBasis(campaign),
    ngay_hop_xet: reviewClosedAt ? formatDate(reviewClosedAt) : '',
    co_quan_tham_muu: campaign.leadOffice,
    nhom: forms.map((form, i) => {
      const group = nominees.filter((n) => n.awardTitle === form);
      return {
        so_thu_tu: String(i + 1),
        hinh_thuc: form,
        ...headcount(group),
        // collectives first, as the honour board lists them
        danh_sach: [...group].sort((a, b) => a.kind.localeCompare(b.kind)).map((n) => ({ ten: n.member ? individualLine(n) : n.unitName })),
      };
    }),
    ...decisionSigner(campaign.leader, decided?.decisionSigner ?? null),
  };
}
