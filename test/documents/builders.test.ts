import { describe, expect, it } from 'vitest';
import { baoCaoKetQuaFields } from '../../src/documents/build/bao-cao-ket-qua.js';
import { baoCaoThanhTichFields } from '../../src/documents/build/bao-cao-thanh-tich.js';
import { bienBanFields } from '../../src/documents/build/bien-ban.js';
import { chairSignature, headcount } from '../../src/documents/build/common.js';
import { quyetDinhFields } from '../../src/documents/build/quyet-dinh.js';
import { toTrinhCapTrenFields } from '../../src/documents/build/to-trinh-cap-tren.js';
import { toTrinhFields } from '../../src/documents/build/to-trinh.js';
import type { CampaignFacts, NomineeFacts, ReviewFacts } from '../../src/documents/facts.js';
import { BLANK, dateParts, fileNameOf, issuingBody, placeOf, superiorBody } from '../../src/documents/format.js';

// The builders are pure: plain facts in, a template's fields out.

const NOW = new Date('2025-11-20T02:00:00Z');
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

const campaign: CampaignFacts = {
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

function nominee(over: Partial<NomineeFacts>): NomineeFacts {
  return {
    nominationId: 1, kind: 'COLLECTIVE', awardForm: 'GIAY_KHEN', awardTitle: 'Giấy khen của Chủ tịch UBND phường', decidedBy: 'LOCAL', decider: null,
    unitId: 1, unitCode: 'VHXH', unitName: 'Phòng Văn hóa - Xã hội', member: null, summary: 'Hoàn thành xuất sắc.', status: 'PASSED', proposalStatus: null,
    decisionNumber: null, decisionDate: null, decisionSigner: null, ...over,
  };
}
const person = nominee({ nominationId: 2, kind: 'INDIVIDUAL', member: { fullName: 'Trần Thị Mai', jobTitle: 'Chuyên viên' } });

describe('the state format pieces', () => {
  it('the date of ô 4: a leading zero for days below 10 and for January and February; blanks without a date', () => {
    expect(dateParts(day(5, 1, 2026), NOW)).toEqual({ ngay: '05', thang: '01', nam: '2026' });
    expect(dateParts(day(19, 11, 2025), NOW)).toEqual({ ngay: '19', thang: '11', nam: '2025' });
    expect(dateParts(day(9, 3, 2025), NOW)).toEqual({ ngay: '09', thang: '3', nam: '2025' });
    expect(dateParts(null, NOW)).toEqual({ ngay: BLANK, thang: BLANK, nam: '2025' });
  });

  it('names of the commune: địa danh, issuing body, superior body; ASCII file names', () => {
    expect(placeOf('UBND phường An Hải')).toBe('An Hải');
    expect(placeOf('Ủy ban nhân dân xã Kim Phượng')).toBe('Kim Phượng');
    expect(issuingBody('UBND xã Kim Phượng')).toBe('ỦY BAN NHÂN DÂN\nXÃ KIM PHƯỢNG');
    expect(superiorBody('UBND phường An Hải')).toBe('UBND PHƯỜNG AN HẢI');
    expect(fileNameOf('bao-cao-thanh-tich', 'Đinh Văn Quang')).toBe('bao-cao-thanh-tich-dinh-van-quang.docx');
    expect(fileNameOf('to-trinh', 'Địa chính - Xây dựng / "Nông nghiệp"')).toBe('to-trinh-dia-chinh-xay-dung-nong-nghiep.docx');
  });

  it('headcounts leave out a kind with none; a deputy signs KT. CHỦ TỊCH', () => {
    expect(headcount([nominee({}), person, person])).toBe('01 tập thể và 02 cá nhân');
    expect(headcount([person])).toBe('01 cá nhân');
    expect(chairSignature(campaign.leader, 'Ma Văn Thắng – Phó Chủ tịch UBND xã', false)).toEqual({ quyen_han: 'KT. CHỦ TỊCH', chuc_vu_ky: 'PHÓ CHỦ TỊCH', nguoi_ky: 'Ma Văn Thắng' });
    expect(chairSignature(campaign.leader, null, true)).toEqual({ quyen_han: 'TM. ỦY BAN NHÂN DÂN', chuc_vu_ky: 'CHỦ TỊCH', nguoi_ky: 'Lê Văn Bình' });
  });
});

describe('the builders', () => {
  it('Tờ trình: the unit under the UBND, its ký hiệu, the list', () => {
    const f = toTrinhFields({ campaign, unit: { code: 'vhxh', name: 'Phòng Văn hóa - Xã hội' }, head: { fullName: 'Hồ Thị Lý', jobTitle: 'Trưởng phòng' }, nominees: [nominee({}), person], now: NOW });
    expect(f).toMatchObject({
      co_quan_cap_tren: 'UBND PHƯỜNG AN HẢI', co_quan_ban_hanh: 'PHÒNG VĂN HÓA - XÃ HỘI', so_ky_hieu: '……/TTr-VHXH', dia_danh: 'An Hải',
      kinh_gui: 'Chủ tịch Ủy ban nhân dân phường An Hải', can_cu: 'Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải', so_luong: '01 tập thể và 01 cá nhân',
      chuc_vu_ky: 'TRƯỞNG PHÒNG', nguoi_ky: 'Hồ Thị Lý',
    });
    expect(f.de_nghi).toEqual([
      { stt: '1', ten: 'Phòng Văn hóa - Xã hội', don_vi: 'Tập thể', hinh_thuc: 'Giấy khen của Chủ tịch UBND phường', tom_tat: 'Hoàn thành xuất sắc.' },
      { stt: '2', ten: 'Trần Thị Mai', don_vi: 'Chuyên viên, Phòng Văn hóa - Xã hội', hinh_thuc: 'Giấy khen của Chủ tịch UBND phường', tom_tat: 'Hoàn thành xuất sắc.' },
    ]);
  });

  it('Quyết định: number and date blank before the decision is recorded, filled after', () => {
    const draft = quyetDinhFields({ campaign, nominees: [nominee({}), person], reviewClosedAt: null, now: NOW });
    expect(draft).toMatchObject({ so_ky_hieu: '……/QĐ-UBND', ngay: BLANK, thang: BLANK, nam: '2025', THAM_QUYEN: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI', nguoi_ky: 'Lê Văn Bình' });
    const bases = (draft.can_cu as Array<{ noi_dung: string }>).map((c) => c.noi_dung);
    expect(bases.at(-1)).toBe('Theo đề nghị của Phòng Văn hóa - Xã hội.');
    expect(bases.slice(0, -1).every((b) => b.endsWith(';'))).toBe(true);
    expect(bases).toContain('Căn cứ Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải;');
    const decided = { decisionNumber: '07/QĐ-UBND', decisionDate: day(2, 2, 2026), decisionSigner: 'Lê Văn Bình – Chủ tịch UBND phường' };
    const final = quyetDinhFields({ campaign, nominees: [nominee(decided), { ...person, ...decided }], reviewClosedAt: day(20, 1, 2026), now: NOW });
    expect(final).toMatchObject({ so_ky_hieu: '07/QĐ-UBND', ngay: '02', thang: '02', nam: '2026', chuc_vu_ky: 'CHỦ TỊCH' });
    expect(final.nhom).toEqual([{ so_thu_tu: '1', hinh_thuc: 'Giấy khen của Chủ tịch UBND phường', so_luong: '01 tập thể và 01 cá nhân', danh_sach: [{ ten: 'Phòng Văn hóa - Xã hội' }, { ten: 'Trần Thị Mai, Chuyên viên, Phòng Văn hóa - Xã hội' }] }]);
  });

  it('Biên bản under the all-members rule: attendance, reasons of those who failed', () => {
    const review: ReviewFacts = {
      closedAt: day(15, 12, 2025), base: 'ALL_MEMBERS', councilSize: 7, voters: 6, quorumPercent: 66.67, thresholdPercent: 70,
      present: [{ fullName: 'A', jobTitle: null }], absent: [{ fullName: 'B', jobTitle: 'Ủy viên' }], presentFromVotes: false,
      results: [
        { name: 'Phòng Văn hóa - Xã hội', kind: 'COLLECTIVE', awardTitle: 'Giấy khen', agree: 4, disagree: 2, abstain: 0, approvalPercent: 57.14, quorumMet: true, passed: false },
        { name: 'Trần Thị Mai', kind: 'INDIVIDUAL', awardTitle: 'Giấy khen', agree: 1, disagree: 0, abstain: 0, approvalPercent: 14.29, quorumMet: false, passed: false },
      ],
    };
    const f = bienBanFields({ campaign, review, now: NOW });
    expect(f).toMatchObject({ so_ky_hieu: '……/BB-HĐTĐKT', ngay: '15', thang: '12', tong_so: '07', so_co_mat: '01', so_vang_mat: '01', ghi_chu_co_mat: '', so_dat: '00', nguong: '70' });
    expect(f.cach_tinh).toContain('tổng số thành viên Hội đồng');
    expect(f.vang_mat).toEqual([{ ten: 'B', chuc_vu: ', Ủy viên' }]);
    expect(f.khong_dat).toEqual([
      { ten: 'Phòng Văn hóa - Xã hội', ly_do: 'tỷ lệ đồng ý 57,14%, chưa đạt 70%' },
      { ten: 'Trần Thị Mai', ly_do: 'không đủ số thành viên biểu quyết theo quy chế' },
    ]);
  });

  it('Báo cáo thành tích: area totals, blanks where nothing was reported, violations listed', () => {
    const f = baoCaoThanhTichFields({
      campaign, nominee: person, head: null, now: NOW, initiatives: [],
      results: { areas: [{ title: 'Cải cách TTHC', criteria: [{ title: 'Hồ sơ đúng hạn', unitOfMeasure: '%', value: 97.5, self: 9, appraised: 8.5, maxPoints: 10 }, { title: 'Số hóa', unitOfMeasure: '%', value: null, self: null, appraised: null, maxPoints: 5 }] }], score: null, grade: null, rank: null, ranked: 4, provisional: true },
      violations: [{ reason: 'Đi muộn', occurredOn: day(3, 10, 2025) }],
    });
    expect(f.ket_qua).toEqual([
      { stt: '1', noi_dung: 'CẢI CÁCH TTHC', ket_qua: '', tu_cham: '9', tham_dinh: '8,5', toi_da: '15' },
      { stt: '1.1', noi_dung: 'Hồ sơ đúng hạn', ket_qua: '97,5 %', tu_cham: '9', tham_dinh: '8,5', toi_da: '10' },
      { stt: '1.2', noi_dung: 'Số hóa', ket_qua: BLANK, tu_cham: BLANK, tham_dinh: BLANK, toi_da: '5' },
    ]);
    expect(f).toMatchObject({ HINH_THUC: 'GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG', tong_diem: BLANK, hang: null, xep_loai: null, nguoi_ky: null, chuc_vu_ky: 'THỦ TRƯỞNG ĐƠN VỊ' });
    expect(f.ky_luat).toBe('Có 1 vi phạm kỷ luật, kỷ cương hành chính được ghi nhận: Đi muộn (03/10/2025).');
  });

  it('Tờ trình cấp trên and Báo cáo kết quả: deciders, tổng kết once closed', () => {
    const up = toTrinhCapTrenFields({ campaign, nominees: [{ ...person, decidedBy: 'HIGHER', decider: 'Chủ tịch UBND thành phố', awardTitle: 'Bằng khen' }], reviewClosedAt: null, now: NOW });
    expect(up).toMatchObject({ kinh_gui: 'Chủ tịch UBND thành phố', trich_yeu: 'Về việc đề nghị tặng Bằng khen', so_luong: '01 cá nhân', quyen_han: 'TM. ỦY BAN NHÂN DÂN' });
    const report = baoCaoKetQuaFields({ campaign: { ...campaign, closed: true }, units: 5, areas: [{ title: 'Cải cách TTHC', maxPoints: 20, mean: 15.25, best: { unitName: 'Văn phòng', points: 19 } }], standings: [{ rank: 1, unitName: 'Văn phòng', score: 92.5, grade: 'Xuất sắc' }], unreported: [], provisional: false, awards: [], now: NOW });
    expect(report).toMatchObject({ trich_yeu: 'Tổng kết phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025', loai_bao_cao: 'tổng kết', chua_bao_cao: '', so_ky_hieu: '……/BC-UBND' });
    expect(report.linh_vuc_ket_qua).toEqual([{ stt: '1', linh_vuc: 'Cải cách TTHC', toi_da: '20', binh_quan: '15,25', cao_nhat: 'Văn phòng (19)' }]);
    expect(report.xep_hang).toEqual([{ hang: '1', don_vi: 'Văn phòng', diem: '92,5', xep_loai: 'Xuất sắc' }]);
  });
});
