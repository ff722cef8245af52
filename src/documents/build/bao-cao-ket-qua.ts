import { formatDate } from '../../domain/dates.js';
import { BLANK, communeOf, issuingBody, lowerFirst, placeOf, points } from '../format.js';
import type { CampaignFacts } from '../facts.js';
import { chairSignature, letterhead } from './common.js';

// Báo cáo kết quả phong trào: sơ kết while the campaign runs, tổng kết once it has closed
// (Đường An, An Hải IV–V). Results by task area and by unit, the standings, the awards; the
// narrative (kết quả nổi bật, hạn chế, phương hướng) as marked blanks in the template.

export interface AreaSummary {
  title: string;
  maxPoints: number;
  /** the ranked units' mean points in the area, and the best of them */
  mean: number | null;
  best: { unitName: string; points: number } | null;
}

export interface BaoCaoKetQuaInput {
  campaign: CampaignFacts;
  units: number;
  areas: AreaSummary[];
  standings: Array<{ rank: number; unitName: string; score: number; grade: string }>;
  unreported: string[];
  provisional: boolean;
  /** one line per award decision or proposal, already worded (gather.ts) */
  awards: string[];
  now: Date;
}

export function baoCaoKetQuaFields(input: BaoCaoKetQuaInput): Record<string, unknown> {
  const { campaign, now } = input;
  const kind = campaign.closed ? 'tổng kết' : 'sơ kết';
  return {
    ...letterhead({ issuer: issuingBody(campaign.organizationName), number: `${BLANK}/BC-UBND`, place: placeOf(campaign.organizationName), date: null, now }),
    trich_yeu: `${kind === 'tổng kết' ? 'Tổng kết' : 'Sơ kết'} ${lowerFirst(campaign.title)}`,
    trien_khai: `${campaign.organisingOffice} phát động ${lowerFirst(campaign.title)} từ ngày ${formatDate(campaign.startsOn)} đến ngày ${formatDate(campaign.endsOn)}; ${campaign.leadOffice} theo dõi, tổng hợp kết quả. Có ${input.units} đơn vị tham gia, ${input.standings.length} đơn vị đã báo cáo kết quả.`,
    linh_vuc_ket_qua: input.areas.map((a, i) => ({
      stt: String(i + 1),
      linh_vuc: a.title,
      toi_da: points(a.maxPoints),
      binh_quan: points(a.mean),
      cao_nhat: a.best ? `${a.best.unitName} (${points(a.best.points)})` : BLANK,
    })),
    xep_hang_dan: `Kết quả chấm điểm, xếp hạng các đơn vị (thang 100 điểm${input.provisional ? '; tạm tính, còn tiêu chí chưa được thẩm định' : ', theo điểm thẩm định'}, số liệu đến ngày ${formatDate(now)}):`,
    xep_hang: input.standings.map((s) => ({ hang: String(s.rank), don_vi: s.unitName, diem: points(s.score), xep_loai: s.grade })),
    chua_bao_cao: input.unreported.length > 0 ? `Đơn vị chưa báo cáo kết quả: ${input.unreported.join(', ')}.` : '',
    khen_thuong: input.awards.map((noi_dung) => ({ noi_dung })),
    loai_bao_cao: kind,
    phong_trao: lowerFirst(campaign.title),
    co_quan: `Ủy ban nhân dân ${communeOf(campaign.organizationName)}`,
    ...chairSignature(campaign.leader, null, true),
  };
}
