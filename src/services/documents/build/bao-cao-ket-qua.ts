import { formatDate } from '../../../domain/dates.js';
import { BLANK, points } from '../format.js';
import type { CampaignFacts, DecidedAward, ProposedAward } from '../facts.js';
import { commonFields } from './common.js';

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
  awards: { decided: DecidedAward[]; proposed: ProposedAward[] };
  now: Date;
}

export function baoCaoKetQuaFields(input: BaoCaoKetQuaInput): Record<string, unknown> {
  const { campaign, now } = input;
  return {
    ...commonFields(campaign, null, now),
    // a closed campaign gets the tổng kết, a running one the sơ kết
    tong_ket: campaign.closed,
    co_quan_phat_dong: campaign.organisingOffice,
    co_quan_tham_muu: campaign.leadOffice,
    tu_ngay: formatDate(campaign.startsOn),
    den_ngay: formatDate(campaign.endsOn),
    so_don_vi: String(input.units),
    so_don_vi_bao_cao: String(input.standings.length),
    linh_vuc_ket_qua: input.areas.map((a, i) => ({
      stt: String(i + 1),
      linh_vuc: a.title,
      toi_da: points(a.maxPoints),
      binh_quan: points(a.mean),
      cao_nhat: a.best ? `${a.best.unitName} (${points(a.best.points)})` : BLANK,
    })),
    tam_tinh: input.provisional,
    ngay_so_lieu: formatDate(now),
    xep_hang: input.standings.map((s) => ({ hang: String(s.rank), don_vi: s.unitName, diem: points(s.score), xep_loai: s.grade })),
    chua_bao_cao: input.unreported.join(', '),
    khen_thuong: input.awards.decided.map((a) => ({
      hinh_thuc: a.awardTitle,
      // tiep: a decision or group after the first, which the template separates with "; "
      quyet_dinh: a.decisions.map((d, i) => ({ tiep: i > 0, so: d.number, ngay: formatDate(d.date) })),
      nhom: a.groups.map((g, i) => ({ tiep: i > 0, tap_the: g.kind === 'COLLECTIVE', ten: g.names.join(', ') })),
    })),
    da_trinh: input.awards.proposed.map((p) => ({ nguoi_quyet_dinh: p.decider ?? '', hinh_thuc: p.awardTitle, ten: p.names.join(', ') })),
    nguoi_ky: campaign.leader?.fullName ?? null,
  };
}
