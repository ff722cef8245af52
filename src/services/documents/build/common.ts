import { communeOf, count2, dateParts, lowerFirst, placeOf, upper } from '../format.js';
import type { CampaignFacts, NomineeFacts, Person } from '../facts.js';

// Fields several documents share: the commune and the date of ô 2–4, the campaign as a sentence
// names it, headcounts, the nominees' table, the signer. Values only: every sentence around them
// is in the templates, so an office rewords a document in Word (README "Văn bản soạn sẵn").

/** ô 2–4 and the campaign: "xã Kim Phượng" / "XÃ KIM PHƯỢNG", "Kim Phượng, ngày … tháng … năm …" */
export function commonFields(campaign: Pick<CampaignFacts, 'organizationName' | 'title'>, date: Date | null, now: Date): Record<string, string> {
  const commune = communeOf(campaign.organizationName);
  return {
    ten_xa: commune,
    TEN_XA: upper(commune),
    dia_danh: placeOf(campaign.organizationName),
    ...dateParts(date, now),
    // inside a sentence: "… có thành tích trong phong trào thi đua …"
    phong_trao: lowerFirst(campaign.title),
  };
}

/** the campaign's own basis without its closing punctuation, which the template writes */
export const campaignBasis = (campaign: Pick<CampaignFacts, 'legalBasis'>): string => campaign.legalBasis.replace(/[.;,\s]+$/u, '');

export const nomineeName = (n: Pick<NomineeFacts, 'member' | 'unitName'>): string => n.member?.fullName ?? n.unitName;

/** a person with their title: "Ma Thị Huyền, Công chức Tư pháp - Hộ tịch" */
export const withTitle = (p: Person): string => (p.jobTitle ? `${p.fullName}, ${p.jobTitle}` : p.fullName);

/** The counts of "01 tập thể và 02 cá nhân": a kind with none is '' (its words left out), ca_hai when both. */
export function headcount(nominees: ReadonlyArray<Pick<NomineeFacts, 'kind'>>): { so_tap_the: string; so_ca_nhan: string; ca_hai: boolean } {
  const collectives = nominees.filter((n) => n.kind === 'COLLECTIVE').length;
  const individuals = nominees.length - collectives;
  return { so_tap_the: collectives > 0 ? count2(collectives) : '', so_ca_nhan: individuals > 0 ? count2(individuals) : '', ca_hai: collectives > 0 && individuals > 0 };
}

/** the rows of a Tờ trình's list: who, a collective or their post, the form proposed, the summary */
export function nomineeRows(nominees: readonly NomineeFacts[]): Array<Record<string, string | boolean>> {
  return nominees.map((n, i) => ({
    stt: String(i + 1),
    ten: nomineeName(n),
    tap_the: n.member === null,
    chuc_vu_don_vi: n.member ? [n.member.jobTitle, n.unitName].filter(Boolean).join(', ') : '',
    hinh_thuc: n.awardTitle,
    tom_tat: n.summary,
  }));
}

/** an individual as a decision lists them: name, post, and the unit unless the post names it */
export function individualLine(n: Pick<NomineeFacts, 'member' | 'unitName'>): string {
  const line = withTitle(n.member!);
  return line.includes(n.unitName) ? line : `${line}, ${n.unitName}`;
}

/**
 * Who signs a decision: the commune's Chủ tịch, or the deputy who signed the recorded decision
 * ("Ma Văn Thắng – Phó Chủ tịch UBND xã": ky_thay, the template's "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
export function decisionSigner(leader: Person | null, recordedSigner: string | null): { ky_thay: boolean; nguoi_ky: string | null } {
  const [name, post] = (recordedSigner ?? '').split(/\s+[–-]\s+/u);
  return {
    ky_thay: post !== undefined && /phó chủ tịch/iu.test(post),
    nguoi_ky: recordedSigner ? name!.trim() : (leader?.fullName ?? null),
  };
}
