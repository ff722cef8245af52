import { describe, expect, it } from 'vitest';
import { baoCaoKetQuaFields } from '../../../src/services/documents/build/bao-cao-ket-qua.js';
import { baoCaoThanhTichFields } from '../../../src/services/documents/build/bao-cao-thanh-tich.js';
import { bienBanFields } from '../../../src/services/documents/build/bien-ban.js';
import { commonFields, decisionSigner, headcount } from '../../../src/services/documents/build/common.js';
import { quyetDinhFields } from '../../../src/services/documents/build/quyet-dinh.js';
import { toTrinhCapTrenFields } from '../../../src/services/documents/build/to-trinh-cap-tren.js';
import { toTrinhFields } from '../../../src/services/documents/build/to-trinh.js';
import type { ReviewFacts } from '../../../src/services/documents/facts.js';
import { BLANK, dateParts, fileNameOf, placeOf } from '../../../src/services/documents/format.js';
import { campaign, day, nominee, NOW, person } from './fixtures.js';

// The builders are pure: plain facts in, a template's fields out.

describe('the state format pieces', () => {
  it('the date of ô 4: a leading zero for days below 10 and for January and February; blanks without a date', () => {
    expect(dateParts(day(5, 1, 2026), NOW)).toEqual({ ngay: '05', thang: '01', nam: '2026' });
    expect(dateParts(day(19, 11, 2025), NOW)).toEqual({ ngay: '19', thang: '11', nam: '2025' });
    expect(dateParts(day(9, 3, 2025), NOW)).toEqual({ ngay: '09', thang: '3', nam: '2025' });
    expect(dateParts(null, NOW)).toEqual({ ngay: BLANK, thang: BLANK, nam: '2025' });
  });

  it('names of the commune: địa danh, the commune as a sentence and a header name it, the campaign inside a sentence; ASCII file names', () => {
    expect(placeOf('UBND phường An Hải')).toBe('An Hải');
    expect(placeOf('Ủy ban nhân dân xã Kim Phượng')).toBe('Kim Phượng');
    expect(commonFields({ organizationName: 'Ủy ban nhân dân xã Kim Phượng', title: 'Phong trào thi đua "Chung tay"' }, null, NOW)).toEqual({
      ten_xa: 'xã Kim Phượng',
      TEN_XA: 'XÃ KIM PHƯỢNG',
      dia_danh: 'Kim Phượng',
      ngay: BLANK,
      thang: BLANK,
      nam: '2025',
      phong_trao: 'phong trào thi đua "Chung tay"',
    });
    expect(fileNameOf('bao-cao-thanh-tich', 'Đinh Văn Quang')).toBe('bao-cao-thanh-tich-dinh-van-quang.docx');
    expect(fileNameOf('to-trinh', 'Địa chính - Xây dựng / "Nông nghiệp"')).toBe('to-trinh-dia-chinh-xay-dung-nong-nghiep.docx');
  });

  it('headcounts leave out a kind with none; a deputy who signed the decision signs for the Chủ tịch', () => {
    expect(headcount([nominee({}), person, person])).toEqual({ so_tap_the: '01', so_ca_nhan: '02', ca_hai: true });
    expect(headcount([person])).toEqual({ so_tap_the: '', so_ca_nhan: '01', ca_hai: false });
    expect(decisionSigner(campaign.leader, 'Ma Văn Thắng – Phó Chủ tịch UBND xã')).toEqual({ ky_thay: true, nguoi_ky: 'Ma Văn Thắng' });
    expect(decisionSigner(campaign.leader, 'Lê Văn Bình - Chủ tịch UBND phường')).toEqual({ ky_thay: false, nguoi_ky: 'Lê Văn Bình' });
    expect(decisionSigner(campaign.leader, null)).toEqual({ ky_thay: false, nguoi_ky: 'Lê Văn Bình' });
  });
});

describe('the builders', () => {
  it('Tờ trình: the unit under the commune, its code for the ký hiệu, the list', () => {
    const f = toTrinhFields({
      campaign,
      unit: { code: 'vhxh', name: 'Phòng Văn hóa - Xã hội' },
      head: { fullName: 'Hồ Thị Lý', jobTitle: 'Trưởng phòng' },
      nominees: [nominee({}), person],
      now: NOW,
    });
    expect(f).toMatchObject({
      TEN_XA: 'PHƯỜNG AN HẢI',
      TEN_DON_VI: 'PHÒNG VĂN HÓA - XÃ HỘI',
      MA_DON_VI: 'VHXH',
      dia_danh: 'An Hải',
      ten_xa: 'phường An Hải',
      don_vi: 'Phòng Văn hóa - Xã hội',
      can_cu_phong_trao: 'Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải',
      so_tap_the: '01',
      so_ca_nhan: '01',
      ca_hai: true,
      CHUC_VU_KY: 'TRƯỞNG PHÒNG',
      nguoi_ky: 'Hồ Thị Lý',
    });
    expect(f.de_nghi).toEqual([
      { stt: '1', ten: 'Phòng Văn hóa - Xã hội', tap_the: true, chuc_vu_don_vi: '', hinh_thuc: 'Giấy khen của Chủ tịch UBND phường', tom_tat: 'Hoàn thành xuất sắc.' },
      {
        stt: '2',
        ten: 'Trần Thị Mai',
        tap_the: false,
        chuc_vu_don_vi: 'Chuyên viên, Phòng Văn hóa - Xã hội',
        hinh_thuc: 'Giấy khen của Chủ tịch UBND phường',
        tom_tat: 'Hoàn thành xuất sắc.',
      },
    ]);
    // no head on record: no post, no name (the template says "Thủ trưởng đơn vị", the name is the blank)
    expect(toTrinhFields({ campaign, unit: { code: 'vhxh', name: 'Phòng Văn hóa - Xã hội' }, head: null, nominees: [person], now: NOW })).toMatchObject({
      CHUC_VU_KY: '',
      nguoi_ky: null,
      so_tap_the: '',
      ca_hai: false,
    });
  });

  it('Quyết định: number and date blank before the decision is recorded, filled after; the campaign basis and the meeting as data', () => {
    const draft = quyetDinhFields({ campaign, nominees: [nominee({}), person], reviewClosedAt: null, now: NOW });
    expect(draft).toMatchObject({
      so_quyet_dinh: '',
      ngay: BLANK,
      thang: BLANK,
      nam: '2025',
      TEN_XA: 'PHƯỜNG AN HẢI',
      nguoi_ky: 'Lê Văn Bình',
      ky_thay: false,
      can_cu_phong_trao: 'Kế hoạch số 12/KH-UBND ngày 01/8/2025 của UBND phường An Hải',
      ngay_hop_xet: '',
      co_quan_tham_muu: 'Phòng Văn hóa - Xã hội',
    });
    const decided = { decisionNumber: '07/QĐ-UBND', decisionDate: day(2, 2, 2026), decisionSigner: 'Lê Văn Bình – Chủ tịch UBND phường' };
    const final = quyetDinhFields({ campaign, nominees: [nominee(decided), { ...person, ...decided }], reviewClosedAt: day(20, 1, 2026), now: NOW });
    expect(final).toMatchObject({ so_quyet_dinh: '07/QĐ-UBND', ngay: '02', thang: '02', nam: '2026', ngay_hop_xet: '20/01/2026', ky_thay: false, nguoi_ky: 'Lê Văn Bình' });
    expect(final.nhom).toEqual([
      {
        so_thu_tu: '1',
        hinh_thuc: 'Giấy khen của Chủ tịch UBND phường',
        so_tap_the: '01',
        so_ca_nhan: '01',
        ca_hai: true,
        danh_sach: [{ ten: 'Phòng Văn hóa - Xã hội' }, { ten: 'Trần Thị Mai, Chuyên viên, Phòng Văn hóa - Xã hội' }],
      },
    ]);
  });

  it('Biên bản under the all-members rule: attendance, the rule as a flag, why those who failed did', () => {
    const review: ReviewFacts = {
      closedAt: day(15, 12, 2025),
      base: 'ALL_MEMBERS',
      councilSize: 7,
      voters: 6,
      quorumPercent: 66.67,
      thresholdPercent: 70,
      present: [{ fullName: 'A', jobTitle: null }],
      absent: [{ fullName: 'B', jobTitle: 'Ủy viên' }],
      presentFromVotes: false,
      results: [
        { name: 'Phòng Văn hóa - Xã hội', kind: 'COLLECTIVE', awardTitle: 'Giấy khen', agree: 4, disagree: 2, abstain: 0, approvalPercent: 57.14, quorumMet: true, passed: false },
        { name: 'Trần Thị Mai', kind: 'INDIVIDUAL', awardTitle: 'Giấy khen', agree: 1, disagree: 0, abstain: 0, approvalPercent: 14.29, quorumMet: false, passed: false },
      ],
    };
    const f = bienBanFields({ campaign, review, now: NOW });
    expect(f).toMatchObject({
      ngay: '15',
      thang: '12',
      ngay_hop: '15/12/2025',
      tong_so: '07',
      so_co_mat: '01',
      so_vang_mat: '01',
      so_bieu_quyet: '06',
      ty_le_toi_thieu: '66,67',
      theo_bieu_quyet: false,
      so_dat: '00',
      so_khong_dat: '02',
      nguong: '70',
      tren_so_bieu_quyet: false,
      tren_so_co_mat: false,
      tren_tong_so: true,
      chu_tri: 'Lê Văn Bình',
      chu_tri_chuc_vu: 'Chủ tịch UBND phường',
    });
    expect(f.co_mat).toEqual([{ ten: 'A', chuc_vu: '' }]);
    expect(f.vang_mat).toEqual([{ ten: 'B', chuc_vu: 'Ủy viên' }]);
    expect((f.bieu_quyet as unknown[])[0]).toEqual({
      stt: '1',
      ten: 'Phòng Văn hóa - Xã hội',
      hinh_thuc: 'Giấy khen',
      dong_y: '4',
      khong_dong_y: '2',
      khong_y_kien: '0',
      ty_le: '57,14',
      thong_qua: false,
    });
    expect(f.khong_dat).toEqual([
      { ten: 'Phòng Văn hóa - Xã hội', du_so_bieu_quyet: true, ty_le: '57,14' },
      { ten: 'Trần Thị Mai', du_so_bieu_quyet: false, ty_le: '14,29' },
    ]);
  });

  it('Báo cáo thành tích: area totals, blanks where nothing was reported, violations listed', () => {
    const f = baoCaoThanhTichFields({
      campaign,
      nominee: person,
      head: null,
      now: NOW,
      initiatives: [{ title: 'Số hóa hồ sơ', recognisedBy: null, decisionNumber: '12/QĐ-UBND', decisionDate: null }],
      results: {
        areas: [
          {
            title: 'Cải cách TTHC',
            criteria: [
              { title: 'Hồ sơ đúng hạn', unitOfMeasure: '%', value: 97.5, self: 9, appraised: 8.5, maxPoints: 10 },
              { title: 'Số hóa', unitOfMeasure: '%', value: null, self: null, appraised: null, maxPoints: 5 },
            ],
          },
        ],
        score: null,
        grade: null,
        rank: null,
        ranked: 4,
        provisional: true,
      },
      violations: [{ reason: 'Đi muộn', occurredOn: day(3, 10, 2025) }],
    });
    expect(f.ket_qua).toEqual([
      { stt: '1', noi_dung: 'CẢI CÁCH TTHC', ket_qua: '', tu_cham: '9', tham_dinh: '8,5', toi_da: '15' },
      { stt: '1.1', noi_dung: 'Hồ sơ đúng hạn', ket_qua: '97,5 %', tu_cham: '9', tham_dinh: '8,5', toi_da: '10' },
      { stt: '1.2', noi_dung: 'Số hóa', ket_qua: BLANK, tu_cham: BLANK, tham_dinh: BLANK, toi_da: '5' },
    ]);
    expect(f).toMatchObject({
      HINH_THUC: 'GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG',
      TEN_DON_VI: 'PHÒNG VĂN HÓA - XÃ HỘI',
      ten: 'Trần Thị Mai',
      chuc_vu: 'Chuyên viên',
      ngay_so_lieu: '20/11/2025',
      tong_diem: BLANK,
      hang: null,
      xep_loai: null,
      so_don_vi: '4',
      tam_tinh: true,
      nguoi_ky: null,
      CHUC_VU_KY: '',
      co_vi_pham: true,
      so_vi_pham: '1',
    });
    expect(f.vi_pham).toEqual([{ ly_do: 'Đi muộn', ngay: '03/10/2025' }]);
    expect(f.sang_kien).toEqual([{ ten_sang_kien: 'Số hóa hồ sơ', so_quyet_dinh: '12/QĐ-UBND', ngay_quyet_dinh: '', cong_nhan_boi: '' }]);
  });

  it('Tờ trình cấp trên and Báo cáo kết quả: deciders, tổng kết once closed, awards decided and proposed', () => {
    const up = toTrinhCapTrenFields({
      campaign,
      nominees: [{ ...person, decidedBy: 'HIGHER', decider: 'Chủ tịch UBND thành phố', awardTitle: 'Bằng khen' }],
      reviewClosedAt: null,
      now: NOW,
    });
    expect(up).toMatchObject({
      nguoi_quyet_dinh: 'Chủ tịch UBND thành phố',
      hinh_thuc_de_nghi: 'Bằng khen',
      so_tap_the: '',
      so_ca_nhan: '01',
      ngay_hop_xet: '',
      nguoi_ky: 'Lê Văn Bình',
    });
    expect(toTrinhCapTrenFields({ campaign, nominees: [{ ...person, decidedBy: 'HIGHER', decider: null }], reviewClosedAt: null, now: NOW }).nguoi_quyet_dinh).toBe('');
    const awards = {
      decided: [
        {
          awardTitle: 'Giấy khen',
          decisions: [
            { number: '07/QĐ-UBND', date: day(2, 2, 2026) },
            { number: '09/QĐ-UBND', date: day(9, 2, 2026) },
          ],
          groups: [
            { kind: 'COLLECTIVE' as const, names: ['Văn phòng'] },
            { kind: 'INDIVIDUAL' as const, names: ['A', 'B'] },
          ],
        },
      ],
      proposed: [{ awardTitle: 'Bằng khen', decider: null, names: ['C'] }],
    };
    const report = baoCaoKetQuaFields({
      campaign: { ...campaign, closed: true },
      units: 5,
      areas: [{ title: 'Cải cách TTHC', maxPoints: 20, mean: 15.25, best: { unitName: 'Văn phòng', points: 19 } }],
      standings: [{ rank: 1, unitName: 'Văn phòng', score: 92.5, grade: 'Xuất sắc' }],
      unreported: [],
      provisional: false,
      awards,
      now: NOW,
    });
    expect(report).toMatchObject({
      tong_ket: true,
      phong_trao: 'phong trào thi đua trong công tác Cải cách hành chính 6 tháng cuối năm 2025',
      chua_bao_cao: '',
      tam_tinh: false,
      co_quan_phat_dong: 'UBND phường An Hải',
      co_quan_tham_muu: 'Phòng Văn hóa - Xã hội',
      tu_ngay: '01/08/2025',
      den_ngay: '31/12/2025',
      so_don_vi: '5',
      so_don_vi_bao_cao: '1',
      ngay_so_lieu: '20/11/2025',
    });
    expect(report.linh_vuc_ket_qua).toEqual([{ stt: '1', linh_vuc: 'Cải cách TTHC', toi_da: '20', binh_quan: '15,25', cao_nhat: 'Văn phòng (19)' }]);
    expect(report.xep_hang).toEqual([{ hang: '1', don_vi: 'Văn phòng', diem: '92,5', xep_loai: 'Xuất sắc' }]);
    expect(report.khen_thuong).toEqual([
      {
        hinh_thuc: 'Giấy khen',
        quyet_dinh: [
          { tiep: false, so: '07/QĐ-UBND', ngay: '02/02/2026' },
          { tiep: true, so: '09/QĐ-UBND', ngay: '09/02/2026' },
        ],
        nhom: [
          { tiep: false, tap_the: true, ten: 'Văn phòng' },
          { tiep: true, tap_the: false, ten: 'A, B' },
        ],
      },
    ]);
    expect(report.da_trinh).toEqual([{ nguoi_quyet_dinh: '', hinh_thuc: 'Bằng khen', ten: 'C' }]);
  });
});
