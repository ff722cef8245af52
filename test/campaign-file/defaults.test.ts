import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaignFile } from '../../src/campaign-file/parse.js';

// Values a plan never stated are marked in the file's data (`defaults`), and
// values the file leaves out for the parser to fill in are marked by the parser.

const read = (name: string) => readFileSync(`campaigns/${name}`, 'utf8');

function parsed(text: string, name = 'kim-phuong-2025.yaml') {
  const result = parseCampaignFile(text, name);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.file;
}

function errorsOf(text: string, name = 'kim-phuong-2025.yaml') {
  const result = parseCampaignFile(text, name);
  if (result.ok) throw new Error('parsed');
  return result.errors;
}

describe('defaults in a campaign file', () => {
  it("Kim Phượng: the plan's own deadline stays unmarked, the file's two are marked, every weight is", () => {
    const file = parsed(read('kim-phuong-2025.yaml'));
    expect(file.defaults).toEqual(expect.arrayContaining(['deadlines.TU_CHAM_DIEM', 'deadlines.BINH_XET', 'council', 'grade_bands']));
    expect(file.defaults).not.toContain('deadlines.NOP_HO_SO'); // «chậm nhất ngày 05/12/2025» (001:L84)
    expect(file.defaults).not.toContain('campaign.period.to'); // «… xã Kim Phượng năm 2025» (the plan's title)
    // criteria.*.points is written out per criterion, by code
    const criteria = file.task_areas.flatMap((a) => a.criteria);
    for (const c of criteria) expect(file.defaults).toContain(`criteria.${c.code}.points`);
  });

  it('a path that names nothing is an error at its line, saying how paths are written', () => {
    const text = `${read('kim-phuong-2025.yaml')}  - deadlines.NOP_HOSO\n`;
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ key: 'cf-error-default-path', field: expect.stringMatching(/^defaults\[\d+\]$/), line: text.trimEnd().split('\n').length });
    expect(errors[0]!.args.value).toBe('deadlines.NOP_HOSO');
  });

  it('values left out of the file are defaults without being listed', () => {
    // no council, no reminders' escalation, no defaults list: the parser fills and marks them
    const text = read('kim-phuong-2025.yaml')
      .replace(/\ncouncil:\n(?: {2}.*\n)+/, '\n')
      .replace(/\n {2}escalate_after_working_days: .*\n/, '\n')
      .replace(/\ndefaults:\n(?: {2}.*\n)+/, '\n');
    const file = parsed(text);
    expect(file.council.quorum).toBe(0.6667);
    expect(file.defaults).toEqual(expect.arrayContaining(['council', 'reminders.escalate_after_working_days']));
    expect(file.defaults).not.toContain('reminders.nudge_days_before');
    expect(file.defaults).not.toContain('deadlines.TU_CHAM_DIEM');
  });

  it('a commune-wide target names the unit holding it; an unknown unit is an error', () => {
    const file = parsed(read('an-hai-2025.yaml'), 'an-hai-2025.yaml');
    const held = file.task_areas.flatMap((a) => a.criteria).filter((c) => c.held_by !== undefined);
    expect(held.map((c) => [c.code, c.held_by])).toContainEqual(['DUNG_HAN', 'TTHCC']);
    expect(held.find((c) => c.code === 'SANG_KIEN')).toBeUndefined(); // every unit's own
    // the plan does not assign the targets: the holders are defaults
    expect(file.defaults).toContain('criteria.DUNG_HAN.held_by');
    const errors = errorsOf(read('an-hai-2025.yaml').replace('points: 15, held_by: TTHCC', 'points: 15, held_by: TTPVHCC'), 'an-hai-2025.yaml');
    expect(errors.map((e) => [e.key, e.args.unit])).toEqual([['cf-error-unknown-unit', 'TTPVHCC']]);
  });

  it('closes_on: before the period starts is refused', () => {
    const text = read('kim-phuong-2025.yaml').replace(/(\n {2}period: .*\n)/, '$1  closes_on: "01/01/2025"\n');
    expect(errorsOf(text).map((e) => e.key)).toEqual(['cf-error-closes-on']);
    const ok = parsed(read('kim-phuong-2025.yaml').replace(/(\n {2}period: .*\n)/, '$1  closes_on: "20/12/2025"\n'));
    expect(ok.campaign.closes_on).toEqual(new Date('2025-12-19T17:00:00Z'));
  });
});
