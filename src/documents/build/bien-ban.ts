import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import type { ApprovalBase } from '../../generated/prisma/client.js';
import { BLANK, communeOf, count2, placeOf, superiorBody } from '../format.js';
import type { CampaignFacts, Person, ReviewFacts } from '../facts.js';
import { letterhead, withinCampaign, withTitle } from './common.js';

// Biên bản họp Hội đồng Thi đua - Khen thưởng: the meeting's date, who was present and absent,
// the quorum, each nomination's tally (đồng ý / không đồng ý / không ý kiến) over the counting
// rule the campaign set, and the conclusions. Read from CouncilReview.tally as the close kept it.

const RULE: Record<ApprovalBase, string> = {
  VOTED: 'tỷ lệ đồng ý tính trên số thành viên đã biểu quyết',
  PRESENT: 'tỷ lệ đồng ý tính trên số thành viên có mặt tại cuộc họp',
  ALL_MEMBERS: 'tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản)',
};

const pct = (n: number) => `${formatNumber(n)}%`;

export interface BienBanInput {
  campaign: CampaignFacts;
  review: ReviewFacts;
  now: Date;
}

export function bienBanFields({ campaign, review, now }: BienBanInput): Record<string, unknown> {
  const person = (p: Person) => ({ ten: p.fullName, chuc_vu: p.jobTitle ? `, ${p.jobTitle}` : '' });
  const passed = review.results.filter((r) => r.passed);
  const failed = review.results.filter((r) => !r.passed);
  return {
    ...letterhead({ superior: superiorBody(campaign.organizationName), issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', number: `${BLANK}/BB-HĐTĐKT`, place: placeOf(campaign.organizationName), date: review.closedAt, now }),
    trong_phong_trao: withinCampaign(campaign),
    ngay_hop: formatDate(review.closedAt),
    dia_diem: BLANK,
    hoi_dong: `Hội đồng Thi đua - Khen thưởng ${communeOf(campaign.organizationName)}`,
    chu_tri: campaign.leader ? `${withTitle(campaign.leader)}, Chủ tịch Hội đồng` : null,
    chu_tri_ten: campaign.leader?.fullName ?? null,
    tong_so: count2(review.councilSize),
    so_co_mat: count2(review.present.length),
    so_vang_mat: count2(review.absent.length),
    ghi_chu_co_mat: review.presentFromVotes ? ' (theo số thành viên đã biểu quyết)' : '',
    co_mat: review.present.map(person),
    vang_mat: review.absent.map(person),
    so_bieu_quyet: count2(review.voters),
    ty_le_toi_thieu: formatNumber(review.quorumPercent),
    du_dieu_kien: 'Cuộc họp bảo đảm số lượng thành viên theo quy chế.',
    so_de_nghi: count2(review.results.length),
    cach_tinh: RULE[review.base],
    nguong: formatNumber(review.thresholdPercent),
    bieu_quyet: review.results.map((r, i) => ({
      stt: String(i + 1),
      ten: r.name,
      hinh_thuc: r.awardTitle,
      dong_y: String(r.agree),
      khong_dong_y: String(r.disagree),
      khong_y_kien: String(r.abstain),
      ty_le: pct(r.approvalPercent),
      ket_qua: r.passed ? 'Đạt' : 'Không đạt',
    })),
    so_dat: count2(passed.length),
    dat: passed.map((r) => ({ ten: r.name, hinh_thuc: r.awardTitle, ty_le: pct(r.approvalPercent) })),
    so_khong_dat: count2(failed.length),
    khong_dat: failed.map((r) => ({
      ten: r.name,
      ly_do: r.quorumMet ? `tỷ lệ đồng ý ${pct(r.approvalPercent)}, chưa đạt ${pct(review.thresholdPercent)}` : 'không đủ số thành viên biểu quyết theo quy chế',
    })),
  };
}
