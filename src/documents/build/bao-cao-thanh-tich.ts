import { formatDate } from '../../domain/dates.js';
import { formatNumber } from '../../domain/numbers.js';
import { BLANK, placeOf, points, superiorBody, upper } from '../format.js';
import type { CampaignFacts, InitiativeFacts, NomineeFacts, Person, UnitResults, ViolationFacts } from '../facts.js';
import { letterhead, withinCampaign } from './common.js';

// Báo cáo thành tích of one nominee (collective or individual), following the achievement-report
// forms of NĐ 152/2025/NĐ-CP (docs/award-rules.md §1.6; a CCHC campaign is "thi đua theo chuyên
// đề"): I. sơ lược đặc điểm / lý lịch, II. thành tích đạt được, III. khen thưởng đã nhận. What
// the bot knows is filled in (the unit's results per task area and criterion, appraised scores,
// initiatives, discipline); what only the nominee knows is left as marked blanks in the template.

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

function disciplineLine(violations: readonly ViolationFacts[], collective: boolean): string {
  if (violations.length === 0) {
    return collective
      ? 'Trong thời gian phong trào, đơn vị không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính.'
      : 'Trong thời gian phong trào, không vi phạm kỷ luật, kỷ cương hành chính.';
  }
  return `Có ${violations.length} vi phạm kỷ luật, kỷ cương hành chính được ghi nhận: ${violations.map((v) => `${v.reason} (${formatDate(v.occurredOn)})`).join('; ')}.`;
}

function recognition(i: InitiativeFacts): string {
  const decision = i.decisionNumber ? `Quyết định số ${i.decisionNumber}${i.decisionDate ? ` ngày ${formatDate(i.decisionDate)}` : ''}` : 'quyết định';
  return `được công nhận theo ${decision}${i.recognisedBy ? ` của ${i.recognisedBy}` : ''}`;
}

export function baoCaoThanhTichFields({ campaign, nominee, head, results, initiatives, violations, now }: BaoCaoThanhTichInput): Record<string, unknown> {
  const collective = nominee.member === null;
  return {
    ...letterhead({ superior: superiorBody(campaign.organizationName), issuer: upper(nominee.unitName), place: placeOf(campaign.organizationName), date: null, now }),
    HINH_THUC: upper(nominee.awardTitle),
    thanh_tich_trong: `(Thành tích ${withinCampaign(campaign)})`,
    ten: nominee.member?.fullName ?? nominee.unitName,
    chuc_vu: nominee.member?.jobTitle ?? null,
    don_vi: nominee.unitName,
    ket_qua_dan: collective
      ? `Kết quả do đơn vị báo cáo, tự chấm và được thẩm định trong phong trào (số liệu đến ngày ${formatDate(now)}):`
      : `Kết quả của ${nominee.unitName}, nơi cá nhân công tác, trong phong trào (số liệu đến ngày ${formatDate(now)}):`,
    ket_qua: resultRows(results),
    tong_diem: points(results.score),
    xep_loai: results.grade,
    hang: results.rank === null ? null : String(results.rank),
    so_don_vi: String(results.ranked),
    tam_tinh: results.provisional ? ' (tạm tính: còn tiêu chí chưa được thẩm định)' : '',
    sang_kien: initiatives.map((i) => ({ ten_sang_kien: i.title, cong_nhan: recognition(i) })),
    ky_luat: disciplineLine(violations, collective),
    tom_tat: nominee.summary,
    thu_truong: head?.fullName ?? null,
    chuc_vu_ky: head?.jobTitle ? upper(head.jobTitle) : 'THỦ TRƯỞNG ĐƠN VỊ',
    nguoi_ky: head?.fullName ?? null,
  };
}
