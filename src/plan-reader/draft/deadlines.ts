import { formatDate, parseDate, vnDay } from '../../domain/dates.js';
import { searchKey } from '../../domain/text.js';
import { capitalise, origin, preamble, sentences, tidy, topicOf, type Line } from './structure.js';
import type { DeadlineKind, DraftDeadline, Missing } from './types.js';

// Deadlines: a date the plan says something is due by ("chậm nhất ngày 05/12/2025", "trước ngày
// 30/11/2025", "hạn cuối …", "không muộn hơn …"), and what is due, read from the same sentence: a
// self-assessment, the award dossier, the council's vote, a progress report. A date without such a
// word (the date of a decision cited) is not a deadline.

const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const DUE = new RegExp(
  String.raw`(?:chậm nhất|muộn nhất|trước|hạn chót|hạn cuối|không muộn hơn|hoàn thành trước|thời hạn)(?:\s+(?:là|vào|đến|trong))?\s*(?:ngày\s+)?(?:${DATE})`,
  'iu',
);

const KINDS: ReadonlyArray<[DeadlineKind, RegExp]> = [
  ['SELF_SCORE', /tu cham|tu danh gia/],
  ['DOSSIER', /ho so|de nghi khen|de nghi xet/],
  ['VOTE', /binh xet|hop hoi dong|xet chon/],
  ['PROGRESS_REPORT', /bao cao/],
];

export function kindOf(text: string): DeadlineKind {
  const key = searchKey(text);
  return KINDS.find(([, re]) => re.test(key))?.[0] ?? 'OTHER';
}

export function findDeadlines(lines: Line[]): { deadlines: DraftDeadline[]; missing: Missing[] } {
  const skip = new Set(preamble(lines));
  const deadlines: DraftDeadline[] = [];
  for (const line of lines.filter((l) => !skip.has(l) && topicOf(l) !== 'recipients')) {
    // "tự chấm điểm trước ngày 25/11; hồ sơ nộp chậm nhất ngày 05/12": one deadline a clause
    for (const sentence of sentences(line.body).flatMap((s) => s.split(/;\s*/u))) {
      const m = DUE.exec(sentence);
      if (!m) continue;
      const date = m[1] ? parseDate(m[1].replace(/[.-]/g, '/')) : vnDay(Number(m[4]), Number(m[3]), Number(m[2]));
      if (!date) continue;
      const title = capitalise(tidy(sentence.replace(m[0], '').replace(/\s+(?:ngày)\s*$/u, '')));
      deadlines.push({ title, kind: kindOf(sentence), due: formatDate(date), from: origin(line, tidy(sentence)) });
    }
  }
  return { deadlines, missing: deadlines.length === 0 ? [{ path: 'deadlines', key: 'plan-draft-missing-deadlines' }] : [] };
}
