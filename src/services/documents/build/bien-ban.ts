import { formatDate } from '../../../domain/dates.js';
import { formatNumber } from '../../../domain/numbers.js';
import { count2 } from '../format.js';
import type { CampaignFacts, Person, ReviewFacts } from '../facts.js';
import { commonFields } from './common.js';

// Biên bản họp Hội đồng Thi đua - Khen thưởng: the meeting's date, who was present and absent,
// the quorum, each nomination's tally (đồng ý / không đồng ý / không ý kiến) over the counting
// rule the campaign set, and the conclusions. Read from CouncilReview.tally as the close kept it.
// The counting rule and the results are flags here; the template words them.

export interface BienBanInput {
  campaign: CampaignFacts;
  review: ReviewFacts;
  now: Date;
}

export function bienBanFields({ campaign, review, now }: BienBanInput): Record<string, unknown> {
  const person = (p: Person) => ({ ten: p.fullName, chuc_vu: p.jobTitle ?? '' });
  const passed = review.results.filter((r) => r.passed);
  const failed = review.results.filter((r) => !r.passed);
  return {
    ...commonFields(campaign, review.closedAt, now),
    ngay_hop: formatDate(review.closedAt),
    chu_tri: campaign.leader?.fullName ?? null,
    chu_tri_chuc_vu: campaign.leader?.jobTitle ?? '',
    tong_so: count2(review.councilSize),
    so_co_mat: count2(review.present.length),
    so_vang_mat: count2(review.absent.length),
    // attendance was not taken: "present" counts those who voted
    theo_bieu_quyet: review.presentFromVotes,
    co_mat: review.present.map(person),
    vang_mat: review.absent.map(person),
    so_bieu_quyet: count2(review.voters),
    ty_le_toi_thieu: formatNumber(review.quorumPercent),
    so_de_nghi: count2(review.results.length),
    // the campaign's counting rule (Campaign.approvalBase), one flag each
    tren_so_bieu_quyet: review.base === 'VOTED',
    tren_so_co_mat: review.base === 'PRESENT',
    tren_tong_so: review.base === 'ALL_MEMBERS',
    nguong: formatNumber(review.thresholdPercent),
    bieu_quyet: review.results.map((r, i) => ({
      stt: String(i + 1),
      ten: r.name,
      hinh_thuc: r.awardTitle,
      dong_y: String(r.agree),
      khong_dong_y: String(r.disagree),
      khong_y_kien: String(r.abstain),
      ty_le: formatNumber(r.approvalPercent),
      thong_qua: r.passed,
    })),
    so_dat: count2(passed.length),
    dat: passed.map((r) => ({ ten: r.name, hinh_thuc: r.awardTitle, ty_le: formatNumber(r.approvalPercent) })),
    so_khong_dat: count2(failed.length),
    // a failure is either too few votes (quorum) or too low a share of đồng ý
    khong_dat: failed.map((r) => ({ ten: r.name, du_so_bieu_quyet: r.quorumMet, ty_le: formatNumber(r.approvalPercent) })),
  };
}
