import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../src/campaign-file/schema.js';
import { LEAD_DAYS, NO_SHIFT, shiftCampaignDates, shiftForToday, shiftToStart } from '../../src/campaign-file/shift-dates.js';
import { DAY_MS, formatDate, parseDate, startOfVnDay } from '../../src/domain/dates.js';
import { itemsOf } from '../../src/domain/eligibility.js';
import { isWorkingDay, type WorkingTime } from '../../src/domain/working-time.js';
import { deepFreeze } from '../../src/services/shared/deep-freeze.js';
import { loadCampaign } from '../support/core.js';

// Placing a campaign file on other dates, in memory, for the demo.

const kimPhuong = deepFreeze(loadCampaign());
const day = (text: string) => parseDate(text)!;
const dues = (file: CampaignFile) => file.deadlines.map((d) => formatDate(d.due));
const weekday = (d: Date) => new Date(d.getTime() + 7 * 3600_000).getUTCDay();
const workingTime = (file: CampaignFile): WorkingTime => ({ ...file.reminders.working_hours, extraDaysOff: file.reminders.extra_days_off });

describe('shiftForToday and shiftCampaignDates', () => {
  it("mid-year: the plan's own calendar one year on, deadlines off the weekend, the year in the texts", () => {
    const shift = shiftForToday(kimPhuong, new Date('2026-06-15T02:00:00Z'));
    expect(shift).toEqual({ years: 1, days: 0 });
    const moved = shiftCampaignDates(kimPhuong, shift);
    expect([formatDate(moved.campaign.period.from), formatDate(moved.campaign.period.to)]).toEqual(['18/02/2026', '31/12/2026']);
    // 28/11/2026 and 05/12/2026 are Saturdays: the next working day, as a legal time limit
    expect(dues(moved)).toEqual(['30/11/2026', '07/12/2026', '15/12/2026']);
    expect(moved.campaign.title).toBe('Phong trào thi đua "Chung tay Cải cách hành chính" xã Kim Phượng năm 2026');
    expect(moved.campaign.legal_basis).toBe('Kế hoạch số 03/KH-UBND ngày 07/01/2026 của UBND xã Kim Phượng về việc Cải cách hành chính xã Kim Phượng năm 2026');
    // the plan's award standards speak of the moved year as well
    const standards = (file: typeof kimPhuong) => file.award_rules.eligibility.flatMap((c) => itemsOf(c.rule)).map((i) => i.title);
    expect(standards(kimPhuong).filter((t) => t.includes('năm 2025')).length).toBeGreaterThan(0);
    expect(standards(moved)).toEqual(standards(kimPhuong).map((t) => t.replace('năm 2025', 'năm 2026')));
    // codes identify the campaign in the database; the frozen original is untouched
    expect(moved.campaign.code).toBe('kim-phuong-2025');
    expect(formatDate(kimPhuong.campaign.period.from)).toBe('18/02/2025');
    expect(kimPhuong.campaign.title).toContain('năm 2025');
  });

  it("in December, after the plan's deadlines: whole weeks, every deadline ahead on its weekday or the next working day", () => {
    const now = new Date('2026-12-15T02:00:00Z'); // Tuesday, a year after the file's period
    const shift = shiftForToday(kimPhuong, now);
    expect(shift.years).toBe(0);
    expect(shift.days % 7).toBe(0);
    const moved = shiftCampaignDates(kimPhuong, shift);
    expect([formatDate(moved.campaign.period.from), formatDate(moved.campaign.period.to)]).toEqual(['24/03/2026', '03/02/2027']);
    // Fridays 28/11 and 05/12 stay Fridays; Monday 15/12 stays a Monday
    expect(dues(moved)).toEqual(['04/01/2027', '08/01/2027', '18/01/2027']);
    expect(moved.deadlines.slice(1).map((d) => weekday(d.due))).toEqual(kimPhuong.deadlines.slice(1).map((d) => weekday(d.due)));
    // 01/01/2027 is New Year's Day: the first deadline goes to Monday 04/01/2027
    expect(isWorkingDay(day('01/01/2027'), workingTime(moved))).toBe(false);
    expect(moved.campaign.title.endsWith('năm 2026')).toBe(true);
    for (const d of moved.deadlines) expect(d.due.getTime()).toBeGreaterThanOrEqual(startOfVnDay(now).getTime() + LEAD_DAYS * DAY_MS);
  });

  it('leaves a file that already fits today as it is', () => {
    expect(shiftForToday(kimPhuong, new Date('2025-06-02T02:00:00Z'))).toEqual(NO_SHIFT);
    expect(shiftCampaignDates(kimPhuong, NO_SHIFT)).toBe(kimPhuong);
  });

  it("moves only the years of the plan's period in texts, and keeps late deadlines inside the period", () => {
    const file: CampaignFile = {
      ...kimPhuong,
      campaign: { ...kimPhuong.campaign, legal_basis: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021; Kế hoạch năm 2025', period: { from: day('01/01/2025'), to: day('31/12/2025') } },
      // Wednesday 31/12/2025; in 2026 a Thursday, in 2027 a Friday, in 2028 a Sunday
      deadlines: [{ code: 'CUOI_NAM', title: 'Tổng kết năm 2025', kind: 'OTHER', due: day('31/12/2025') }],
    };
    const moved = shiftCampaignDates(file, { years: 3, days: 0 });
    expect(moved.campaign.legal_basis).toBe('Nghị quyết số 76/NQ-CP ngày 15/7/2021; Kế hoạch năm 2028');
    expect(moved.deadlines[0]!.title).toBe('Tổng kết năm 2028');
    // the next working day would be in 2029, after the period: the last one before instead
    expect(dues(moved)).toEqual(['29/12/2028']);
  });

  it("drops the plan's own extra days off: they were set for that year", () => {
    const file = loadCampaign('campaigns/ninh-giang-2026.yaml');
    expect(file.reminders.extra_days_off.length).toBeGreaterThan(0);
    expect(shiftCampaignDates(file, { years: 1, days: 0 }).reminders.extra_days_off).toEqual([]);
  });

  it('shiftToStart finds the shift again from where the period starts', () => {
    for (const shift of [
      { years: 1, days: 0 },
      { years: 0, days: 392 },
      { years: -1, days: 0 },
      { years: 0, days: -21 },
    ]) {
      expect(shiftToStart(kimPhuong, shiftCampaignDates(kimPhuong, shift).campaign.period.from)).toEqual(shift);
    }
    expect(shiftToStart(kimPhuong, kimPhuong.campaign.period.from)).toEqual(NO_SHIFT);
  });

  it('on any day of four years, every shipped campaign is under way with most deadlines ahead, on working days', () => {
    const files = readdirSync('campaigns').map((name) => loadCampaign(`campaigns/${name}`));
    for (let t = Date.parse('2025-01-01T02:00:00Z'); t < Date.parse('2029-01-01T02:00:00Z'); t += 3 * DAY_MS) {
      const today = startOfVnDay(new Date(t)).getTime();
      for (const file of files) {
        const moved = shiftCampaignDates(file, shiftForToday(file, new Date(t)));
        const at = `${moved.campaign.code} on ${formatDate(new Date(t))}`;
        expect(moved.campaign.period.from.getTime(), at).toBeLessThanOrEqual(today);
        expect(moved.campaign.period.to.getTime(), at).toBeGreaterThanOrEqual(today);
        const ahead = moved.deadlines.filter((d) => d.due.getTime() >= today + LEAD_DAYS * DAY_MS);
        expect(ahead.length * 2, at).toBeGreaterThan(moved.deadlines.length);
        moved.deadlines.forEach((d, i) => {
          if (isWorkingDay(file.deadlines[i]!.due, workingTime(file))) expect(isWorkingDay(d.due, workingTime(moved)), `${at}: ${d.code}`).toBe(true);
        });
      }
    }
  });
});
