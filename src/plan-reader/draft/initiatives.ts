import { origin, sentences, tidy, topicOf, type Line } from './structure.js';
import type { Found } from './types.js';

// What a plan asks of initiatives ("Mỗi phòng, đơn vị có ít nhất 01 sáng kiến …", "sáng kiến được
// Hội đồng sáng kiến xã công nhận"): kept as the plan words them, for the officer and for the
// initiative register; the count, when there is one, is also a criterion (criteria.ts).

const REQUIREMENT =
  /(?:ít nhất|tối thiểu|mỗi\s+[\p{L}, ]{1,40}?(?:có|đăng ký|đề xuất))\s+(?:\d{1,3}\s+)?(?:sáng kiến|giải pháp)|sáng kiến[\p{L}, ]{0,40}?(?:được công nhận|phải được|công nhận)/iu;

export function findInitiatives(lines: Line[]): Found<string>[] {
  const found: Found<string>[] = [];
  for (const line of lines.filter((l) => topicOf(l) !== 'recipients' && topicOf(l) !== 'eligibility')) {
    for (const sentence of sentences(line.body)) {
      if (REQUIREMENT.test(sentence)) found.push({ value: tidy(sentence), from: origin(line, tidy(sentence)) });
    }
  }
  return found;
}
