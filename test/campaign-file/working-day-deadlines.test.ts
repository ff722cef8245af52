import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaignFile, type ParseResult } from '../../src/campaign-file/parse.js';
import { formatDate } from '../../src/domain/dates.js';
import { I18n } from '../../src/i18n/i18n.js';

// Deadlines given as "N ngày làm việc": `due_after` instead of `due`.

const i18n = new I18n();
const KIM_PHUONG = readFileSync('campaigns/kim-phuong-2025.yaml', 'utf8');
const DUE = 'due: "28/11/2025"';

/** The Kim Phượng file with its self-scoring deadline written as `deadline`, and `more` changes. */
function parseWith(deadline: string, more: Array<[string, string]> = []): ParseResult {
  if (!KIM_PHUONG.includes(DUE)) throw new Error('the Kim Phượng file no longer has its self-scoring deadline');
  const text = more.reduce((t, [from, to]) => t.replace(from, to), KIM_PHUONG.replace(DUE, deadline));
  return parseCampaignFile(text, 'kim-phuong-2025.yaml');
}

function dueOf(result: ParseResult): string {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return formatDate(result.file.deadlines.find((d) => d.code === 'TU_CHAM_DIEM')!.due);
}

const lineOfDeadline = KIM_PHUONG.split('\n').findIndex((l) => l.includes(DUE)) + 1;

describe('due_after', () => {
  it('counts working days after the day, skipping weekends and Tết', () => {
    // Friday 21/11/2025 + 5: Monday 24 … Friday 28/11
    expect(dueOf(parseWith('due_after: { day: "21/11/2025", working_days: 5 }'))).toBe('28/11/2025');
    // Thursday 12/02/2026 + 3: Friday 13/02, then Tết 16–20/02, Monday 23/02, Tuesday 24/02
    expect(dueOf(parseWith('due_after: { day: "12/02/2026", working_days: 3 }'))).toBe('24/02/2026');
    // 0 working days from a Saturday: the next working day
    expect(dueOf(parseWith('due_after: { day: "29/11/2025", working_days: 0 }'))).toBe('01/12/2025');
  });

  it("follows the campaign's working days and extra days off", () => {
    const deadline = 'due_after: { day: "12/02/2026", working_days: 3 }';
    expect(dueOf(parseWith(deadline, [['extra_days_off: []', 'extra_days_off: ["13/02/2026"]']]))).toBe('25/02/2026');
    // Saturdays worked: 14/02 and 21/02 count
    expect(dueOf(parseWith(deadline, [['days: [1, 2, 3, 4, 5]', 'days: [1, 2, 3, 4, 5, 6]']]))).toBe('21/02/2026');
  });

  it('refuses a deadline with both due and due_after, or neither, in Vietnamese', () => {
    // both, then neither (the flow map is left with a trailing comma, which YAML allows)
    for (const deadline of ['due: "28/11/2025", due_after: { day: "21/11/2025", working_days: 5 }', '']) {
      const result = parseWith(deadline);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors.map((e) => [e.key, e.line, e.field])).toEqual([['cf-error-deadline-due', lineOfDeadline, 'deadlines[0]']]);
      expect(i18n.t('vi', result.errors[0]!.key, result.errors[0]!.args)).toBe(
        `kim-phuong-2025.yaml, dòng ${lineOfDeadline}: thời hạn "TU_CHAM_DIEM" phải ghi đúng một trong hai cách: due: "05/12/2025" (một ngày cụ thể) hoặc due_after: { day: "28/11/2025", working_days: 5 } (số ngày làm việc kể từ một ngày).`,
      );
    }
  });

  it('reports a bad day or count at its field', () => {
    const result = parseWith('due_after: { day: "31/02/2026", working_days: -1 }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.key, e.field])).toEqual([
      ['cf-error-date', 'deadlines[0].due_after.day'],
      ['cf-error-too-small', 'deadlines[0].due_after.working_days'],
    ]);
  });

  it('says when the day is beyond the holiday calendar instead of failing', () => {
    const result = parseWith('due_after: { day: "01/01/2300", working_days: 2 }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.key, e.field])).toEqual([['cf-error-due-after', 'deadlines[0].due_after']]);
    expect(i18n.t('vi', result.errors[0]!.key, result.errors[0]!.args)).toContain('từ ngày 01/01/2300');
  });
});
