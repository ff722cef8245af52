import { LEGAL_START } from './header.js';
import { origin, preamble, sentences, tidy, type Line } from './structure.js';
import type { Found, Missing } from './types.js';

// The bases of a plan ("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;", "Thực hiện Quyết định số
// 407/QĐ-UBND…") stand between the trích yếu and part I, one paragraph each, each ending with ";"
// or "." — the last one is often run on with the sentence that issues the plan ("… năm 2025. Ủy ban
// nhân dân xã ban hành Kế hoạch…"), which is not a basis.

export function findLegalBases(lines: Line[]): { bases: Found<string>[]; missing: Missing[] } {
  const bases: Found<string>[] = [];
  for (const line of preamble(lines)) {
    for (const sentence of sentences(line.body)) {
      const m = /^(?:Căn cứ|Thực hiện|Triển khai)\s+/u.exec(sentence);
      if (!m || !(LEGAL_START.test(sentence) || /^Căn cứ(?![\p{L}])/u.test(sentence))) continue;
      const value = tidy(sentence.slice(m[0].length));
      if (value) bases.push({ value, from: origin(line, sentence) });
    }
  }
  return { bases, missing: bases.length === 0 ? [{ path: 'campaign.legal_basis', key: 'plan-draft-missing-legal-basis' }] : [] };
}
