import { capitalise, origin, tidy, topicOf, type Line } from './structure.js';
import type { Found, Missing } from './types.js';

// Task areas are the short items a plan lists as what to do ("Thực hiện tốt 08 nhiệm vụ trọng tâm…,
// cụ thể như sau: - Cải cách thể chế - Cải cách TTHC …"): a list item in the content part, a few
// words long, not a sentence with a target. Sub-items ("+ Cải cách TTHC") belong to the item above.
// A long paragraph ("2.1. Thi đua thực hiện đổi mới trong công tác tuyên truyền …") is what to strive
// for, not an area to score: it is left to the officer.

const MAX_WORDS = 15;

export function findTaskAreas(lines: Line[]): { areas: Found<string>[]; missing: Missing[] } {
  const areas: Found<string>[] = [];
  for (const line of lines) {
    if (topicOf(line) !== 'content' || line.heading || !line.marker || line.marker.kind === 'plus') continue;
    const title = tidy(line.body);
    if (title.split(' ').length > MAX_WORDS || /\d+\s*%/.test(title) || /[.;:]\s/.test(title)) continue;
    areas.push({ value: capitalise(title), from: origin(line) });
  }
  return { areas, missing: [] };
}
