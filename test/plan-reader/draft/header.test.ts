import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../src/plan-reader/draft/header.js';
import { findLegalBases } from '../../../src/plan-reader/draft/legal-basis.js';
import { linesOf } from './support.js';

describe('the header of a plan', () => {
  it('reads the body, number, place and date, and the trích yếu over two lines', () => {
    const header = findHeader(
      linesOf(`
ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 12/KH-UBND
Hòa Bình, ngày 05 tháng 8 năm 2025
KẾ HOẠCH
Phát động phong trào thi đua
"Cải cách hành chính" năm 2025
Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;
I. MỤC ĐÍCH, YÊU CẦU
`),
    );
    expect(header.planNumber?.value).toBe('12/KH-UBND');
    expect(header.issuedOn?.value).toBe('05/08/2025');
    expect(header.issuingBody?.value).toEqual({ level: 'xã', place: 'Hòa Bình' });
    expect(header.title?.value).toBe('Phát động phong trào thi đua "Cải cách hành chính" năm 2025');
    expect(header.title?.from.location).toBe('đoạn 6, đoạn 7');
    expect(header.missing).toEqual([]);
  });

  it('leaves a blank number and a blank day missing rather than guessing them', () => {
    const header = findHeader(
      linesOf('Số: /KH-UBND\nP. Tân Mai, ngày tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai công tác thi đua năm 2026\nỦy ban nhân dân phường ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH'),
    );
    expect(header.planNumber).toBeUndefined();
    expect(header.issuedOn).toBeUndefined();
    expect(header.missing.map((m) => m.path)).toEqual(['plan.number', 'plan.date']);
    // the level from the sentence that issues the plan, the name from the place in the date line
    expect(header.issuingBody?.value).toEqual({ level: 'phường', place: 'Tân Mai' });
  });

  it("does not take the body that issued a basis for the plan's own", () => {
    const header = findHeader(linesOf('Số: /KH-UBND\nKẾ HOẠCH\nThi đua năm 2025\nCăn cứ Kế hoạch số 03/KH-UBND của UBND xã Kim Phượng về cải cách hành chính;\nI. MỤC ĐÍCH'));
    expect(header.issuingBody).toBeUndefined();
    expect(header.missing.map((m) => m.path)).toContain('organization.name');
  });
});

describe('the legal bases', () => {
  it('takes each "Căn cứ" and "Thực hiện <văn bản>" paragraph, not the sentence that issues the plan', () => {
    const { bases } = findLegalBases(
      linesOf(`KẾ HOẠCH
Thi đua năm 2025
Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;
Thực hiện Quyết định số 407/QĐ-UBND ngày 31/7/2025 của UBND phường về việc ban hành Kế hoạch cải cách hành chính. Ủy ban nhân dân phường ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
1. Căn cứ Kế hoạch này, các đơn vị tổ chức thực hiện.`),
    );
    expect(bases.map((b) => b.value)).toEqual([
      'Luật Thi đua, khen thưởng ngày 15/6/2022',
      'Quyết định số 407/QĐ-UBND ngày 31/7/2025 của UBND phường về việc ban hành Kế hoạch cải cách hành chính',
    ]);
    expect(bases[1]!.from.quote).toMatch(/^Thực hiện Quyết định/);
  });

  it('says the bases are missing when a plan has none', () => {
    expect(findLegalBases(linesOf('KẾ HOẠCH\nThực hiện phong trào thi đua năm 2025\nI. MỤC ĐÍCH')).missing.map((m) => m.path)).toEqual(['campaign.legal_basis']);
  });
});

describe('the trích yếu', () => {
  it('may stand on the line of "KẾ HOẠCH"', () => {
    expect(findHeader(linesOf('Số: 07/KH-UBND\nKẾ HOẠCH Thi đua cải cách hành chính năm 2026\nI. MỤC ĐÍCH')).title?.value).toBe('Thi đua cải cách hành chính năm 2026');
  });

  it('is missing without the kind "KẾ HOẠCH"', () => {
    expect(findHeader(linesOf('Số: 07/KH-UBND\nThi đua cải cách hành chính năm 2026\nI. MỤC ĐÍCH')).missing.map((m) => m.path)).toContain('campaign.title');
  });
});
