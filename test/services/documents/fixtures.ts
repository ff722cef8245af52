import type { CampaignFacts, NomineeFacts } from '../../../src/services/documents/facts.js';

// Plain facts for the builder and wording tests: a ward of Đà Nẵng, one collective, one person.

export const NOW = new Date('2025-11-20T02:00:00Z');
export const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

export const campaign: CampaignFacts = {
  code: 'an-hai-2025',
  title: 'Phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025',
  legalBasis: 'Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải.',
  organisingOffice: 'UBND phường An Hải',
  leadOffice: 'Phòng Văn hóa - Xã hội',
  startsOn: day(1, 8, 2025),
  endsOn: day(31, 12, 2025),
  closed: false,
  organizationName: 'UBND phường An Hải',
  organizationCode: 'an-hai',
  leader: { fullName: 'Lê Văn Bình', jobTitle: 'Chủ tịch UBND phường' },
};

export function nominee(over: Partial<NomineeFacts>): NomineeFacts {
  return {
    nominationId: 1,
    kind: 'COLLECTIVE',
    awardForm: 'GIAY_KHEN',
    awardTitle: 'Giấy khen của Chủ tịch UBND phường',
    decidedBy: 'LOCAL',
    decider: null,
    unitId: 1,
    unitCode: 'VHXH',
    unitName: 'Phòng Văn hóa - Xã hội',
    member: null,
    summary: 'Hoàn thành xuất sắc.',
    status: 'PASSED',
    proposalStatus: null,
    decisionNumber: null,
    decisionDate: null,
    decisionSigner: null,
    ...over,
  };
}
export const person = nominee({ nominationId: 2, kind: 'INDIVIDUAL', member: { fullName: 'Trần Thị Mai', jobTitle: 'Chuyên viên' } });
