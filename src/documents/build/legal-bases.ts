import { formatDate } from '../../domain/dates.js';
import type { CampaignFacts } from '../facts.js';

// The «Căn cứ…» of the commune's award documents (docs/award-rules.md §1.1–1.2): awards decided
// from 01/07/2025 rest on Luật Thi đua, khen thưởng 06/2022/QH15 and Nghị định 152/2025/NĐ-CP
// (which ended 98/2023). The local-government law line is the usual first base of a commune
// chairman's decision; its date is not confirmed in docs/award-rules.md, so an office checks it
// in its template copy (README "Văn bản").

export const LAW_ON_LOCAL_GOVERNMENT = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';
export const LAW_ON_EMULATION = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022';
export const DECREE_152_2025 =
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng';

/** The laws, the campaign's own basis, and the council's meeting when there was one. */
export function lawBases(campaign: Pick<CampaignFacts, 'legalBasis' | 'title'>, reviewClosedAt: Date | null): string[] {
  return [
    LAW_ON_EMULATION,
    DECREE_152_2025,
    `Căn cứ ${campaign.legalBasis.replace(/[.;,\s]+$/u, '')}`,
    ...(reviewClosedAt ? [`Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng ngày ${formatDate(reviewClosedAt)}`] : []),
  ];
}

/** One per line, each ending «;», the last with `last` (Mục V ô 6: căn cứ ban hành). */
export function withPunctuation(lines: readonly string[], last: string): Array<{ noi_dung: string }> {
  return lines.map((line, i) => ({ noi_dung: `${line}${i === lines.length - 1 ? last : ';'}` }));
}
