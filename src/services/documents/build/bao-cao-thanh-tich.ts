import { formatDate } from '../../../domain/dates.js';
import { formatNumber } from '../../../domain/numbers.js';
import { BLANK, points, upper } from '../format.js';
import type { CampaignFacts, InitiativeFacts, NomineeFacts, Person, UnitResults, ViolationFacts } from '../facts.js';
import { commonFields, nomineeName } from './common.js';

// Báo cáo thành tích of one nominee (collective or individual), following the achievement-report
// forms of NĐ 152/2025/NĐ-CP (docs/award-rules.md §1.6; a CCHC campaign is "thi đua theo chuyên
// đề"): I. sơ lược đặc điểm / lý lịch, II. thành tích đạt được, III. khen thưởng đã nhận. What
// the bot knows is filled in (the unit's results per task area and criterion, appraised scores,
// initiatives, violations); what only the nominee knows is left as marked blanks in the template.

export interface BaoCaoThanhTichInput {
  campaign: CampaignFacts;
  nominee: NomineeFacts;
  /** the head of the nominee's unit, who confirms (An Hải III.4 «có xác nhận của thủ trưởng») */
  head: Person | null;
  /** the results of the unit (for an individual: of the unit they work in) */
  results: UnitResults;
  initiatives: InitiativeFacts[];
  violations: ViolationFacts[];
  now: Date;
}

function resultRows(results: UnitResults): Array<Record<string, string>> {
  const sum = (xs: Array<number | null>) => (xs.some((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);
  return results.areas.flatMap((area, i) => [
    {
      stt: String(i + 1),
      noi_dung: upper(area.title),
      ket_qua: '',
      tu_cham: points(sum(area.criteria.map((c) => c.self))),
      tham_dinh: points(sum(area.criteria.map((c) => c.appraised))),
      toi_da: points(sum(area.criteria.map((c) => c.maxPoints))),
    },
    ...area.criteria.map((c, j) => ({
      stt: `${i + 1}.${j + 1}`,
      noi_dung: c.title,
      ket_qua: c.value === null ? BLANK : `${formatNumber(c.value)} ${c.unitOfMeasure}`.trim(),
      tu_cham: points(c.self),
      tham_dinh: points(c.appraised),
      toi_da: points(c.maxPoints),
    })),
  ]);
}

export function baoCaoThanhTichFields({ campaign, nominee, head, results, initiatives, violations, now }: BaoCaoThanhTichInput): Record<string, unknown> {
  return {
    ...commonFields(campaign, null, now),
    TEN_DON_VI: upper(nominee.unitName),
    HINH_THUC: upper(nominee.awardTitle),
    ten: nomineeName(nominee),
    chuc_vu: nominee.member?.jobTitle ?? null,
    don_vi: nominee.unitName,
    ngay_so_lieu: formatDate(now),
    ket_qua: resultRows(results),
    tong_diem: points(results.score),
    xep_loai: results.grade,
    hang: results.rank === null ? null : String(results.rank),
    so_don_vi: String(results.ranked),
    tam_tinh: results.provisional,
    sang_kien: initiatives.map((i) => ({
      ten_sang_kien: i.title,
      so_quyet_dinh: i.decisionNumber ?? '',
      ngay_quyet_dinh: i.decisionDate ? formatDate(i.decisionDate) : '',
      cong_nhan_boi: i.recognisedBy ?? '',
    })),
    co_vi_pham: violations.length > 0,
    so_vi_pham: String(violations.length),
    vi_pham: violations.map((v) => ({ ly_do: v.reason, ngay: formatDate(v.occurredOn) })),
    tom_tat: nominee.summary,
    thu_truong: head?.fullName ?? null,
    // the head's post as the signature prints it; '' when none is recorded (the template's fallback)
    CHUC_VU_KY: head?.jobTitle ? upper(head.jobTitle) : '',
    nguoi_ky: head?.fullName ?? null,
  };
}
