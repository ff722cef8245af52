import { communeOf, count2, dateParts, lowerFirst } from '../format.js';
import type { CampaignFacts, NomineeFacts, Person } from '../facts.js';

// Fields several documents share: ô 1–4 of the header, the nominees' table, the signer.

export interface Letterhead {
  /** ô 2 upper line (cơ quan chủ quản), when the issuer has one */
  superior?: string;
  issuer: string;
  /** ô 3 "Số:" as written: "125/QĐ-UBND", or "……/TTr-UBND" while unnumbered */
  number?: string;
  place: string;
  date: Date | null;
  now: Date;
}

export function letterhead(h: Letterhead): Record<string, string> {
  return {
    co_quan_cap_tren: h.superior ?? '',
    co_quan_ban_hanh: h.issuer,
    so_ky_hieu: h.number ?? '',
    dia_danh: h.place,
    ...dateParts(h.date, h.now),
  };
}

/** "trong phong trào thi đua …" */
export const withinCampaign = (campaign: Pick<CampaignFacts, 'title'>): string => `trong ${lowerFirst(campaign.title)}`;

/** "Chủ tịch UBND xã Kim Phượng" */
export const communeChair = (organizationName: string): string => `Chủ tịch UBND ${communeOf(organizationName)}`;

export const nomineeName = (n: Pick<NomineeFacts, 'member' | 'unitName'>): string => n.member?.fullName ?? n.unitName;

/** a person with their title: "Ma Thị Huyền, Công chức Tư pháp - Hộ tịch" */
export const withTitle = (p: Person): string => (p.jobTitle ? `${p.fullName}, ${p.jobTitle}` : p.fullName);

/** "01 tập thể và 02 cá nhân", leaving out a kind with none */
export function headcount(nominees: ReadonlyArray<Pick<NomineeFacts, 'kind'>>): string {
  const collectives = nominees.filter((n) => n.kind === 'COLLECTIVE').length;
  const individuals = nominees.length - collectives;
  return [collectives > 0 ? `${count2(collectives)} tập thể` : '', individuals > 0 ? `${count2(individuals)} cá nhân` : ''].filter(Boolean).join(' và ');
}

/** the rows of a Tờ trình's list: who, their post, the form proposed, the summary */
export function nomineeRows(nominees: readonly NomineeFacts[]): Array<Record<string, string>> {
  return nominees.map((n, i) => ({
    stt: String(i + 1),
    ten: nomineeName(n),
    don_vi: n.member ? [n.member.jobTitle, n.unitName].filter(Boolean).join(', ') : 'Tập thể',
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
 * The signature of the commune's Chủ tịch, or of the deputy who signed the recorded decision
 * ("Ma Văn Thắng – Phó Chủ tịch UBND xã" signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
export function chairSignature(leader: Person | null, recordedSigner: string | null, onBehalfOfCommittee: boolean): Record<string, string | null> {
  const [name, post] = (recordedSigner ?? '').split(/\s+[–-]\s+/u);
  const deputy = post !== undefined && /phó chủ tịch/iu.test(post);
  return {
    quyen_han: deputy ? 'KT. CHỦ TỊCH' : onBehalfOfCommittee ? 'TM. ỦY BAN NHÂN DÂN' : '',
    chuc_vu_ky: deputy ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH',
    nguoi_ky: recordedSigner ? name!.trim() : (leader?.fullName ?? null),
  };
}
