import { DAY_MS, OFFSET_MS, startOfVnDay, vnDay } from '../domain/dates.js';
import { addWorkingDays, isWorkingDay, workingDayOnOrBefore, type WorkingTime } from '../domain/working-time.js';
import { isGroup, type RuleGroup } from '../domain/eligibility.js';
import type { CampaignFile } from './schema.js';

// Moves a parsed campaign file to other dates, in memory: the demo runs a real plan
// of a past year as if it were under way today. Pure: today is always an argument.

/** Every date moves `years` calendar years (same day and month), then `days` days. */
export interface DateShift {
  years: number;
  days: number;
}

export const NO_SHIFT: DateShift = Object.freeze({ years: 0, days: 0 });

/** Most deadlines are at least this far ahead of today, so the nudges before them are still to come. */
export const LEAD_DAYS = 14;
const WEEK_MS = 7 * DAY_MS;

/** The Vietnamese wall calendar of a day (00:00 in Vietnam). */
function wall(day: Date): { year: number; month: number; date: number } {
  const w = new Date(startOfVnDay(day).getTime() + OFFSET_MS);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, date: w.getUTCDate() };
}

/** The same day and month `years` later; 29/02 becomes 28/02 in a common year. */
function addYears(day: Date, years: number): Date {
  const { year, month, date } = wall(day);
  return vnDay(year + years, month, date) ?? vnDay(year + years, month, date - 1)!;
}

function shiftDate(day: Date, shift: DateShift): Date {
  return new Date(addYears(day, shift.years).getTime() + shift.days * DAY_MS);
}

const isNoShift = (shift: DateShift) => shift.years === 0 && shift.days === 0;

/**
 * Where the demo places `file` on `now`: today falls in the period and most deadlines are at
 * least LEAD_DAYS ahead. The plan's own calendar moved by whole years when that is enough (the
 * same days and months, only the year changes), else a whole number of weeks that puts the
 * deadlines ahead and keeps each on its weekday. NO_SHIFT when the file already fits.
 */
export function shiftForToday(file: CampaignFile, now: Date): DateShift {
  const today = startOfVnDay(now).getTime();
  const { from, to } = file.campaign.period;
  // No deadline: the end of the period is what the campaign works towards.
  const targets = file.deadlines.length > 0 ? file.deadlines.map((d) => d.due) : [to];
  const fits = (shift: DateShift) =>
    shiftDate(from, shift).getTime() <= today &&
    today <= shiftDate(to, shift).getTime() &&
    targets.filter((d) => shiftDate(d, shift).getTime() >= today + LEAD_DAYS * DAY_MS).length * 2 > targets.length;
  const thisYear = wall(new Date(today)).year;
  for (let years = thisYear - wall(to).year; years <= thisYear - wall(from).year; years += 1) {
    if (fits({ years, days: 0 })) return years === 0 ? NO_SHIFT : { years, days: 0 };
  }
  // Late in the year (or before the plan's start date): the first deadline a little over LEAD_DAYS
  // ahead, but never a period that has not begun yet.
  const first = Math.min(...targets.map((d) => d.getTime()));
  const weeks = Math.min(Math.ceil((today + LEAD_DAYS * DAY_MS - first) / WEEK_MS), Math.floor((today - from.getTime()) / WEEK_MS));
  return weeks === 0 ? NO_SHIFT : { years: 0, days: weeks * 7 };
}

/** The shift that moves the period of `file` to start on `startsOn`: how a placed demo is found again. */
export function shiftToStart(file: CampaignFile, startsOn: Date): DateShift {
  const from = file.campaign.period.from;
  const years = wall(startsOn).year - wall(from).year;
  if (addYears(from, years).getTime() === startsOn.getTime()) return years === 0 ? NO_SHIFT : { years, days: 0 };
  return { years: 0, days: Math.round((startsOn.getTime() - from.getTime()) / DAY_MS) };
}

/** The year most of the period lies in, read at its middle. */
function yearOf(period: { from: Date; to: Date }): number {
  return wall(new Date((period.from.getTime() + period.to.getTime()) / 2)).year;
}

/**
 * `file` with every date moved by `shift`: the period, each deadline, and the plan's years in
 * titles ("năm 2025" → "năm 2026", the year the moved period mostly covers), so texts and dates
 * agree. A deadline on a working day that lands on a weekend or public holiday moves to the
 * next working day, as a legal time limit does (Bộ luật Dân sự 2015, Điều 148), or to the last
 * one before when that would leave the period. The plan's extra days off belong to its own
 * year and are dropped. Codes never change: they identify the campaign in the database.
 */
export function shiftCampaignDates(file: CampaignFile, shift: DateShift): CampaignFile {
  if (isNoShift(shift)) return file;
  const period = { from: shiftDate(file.campaign.period.from, shift), to: shiftDate(file.campaign.period.to, shift) };
  const r = file.reminders;
  const planned: WorkingTime = { days: r.working_hours.days, from: r.working_hours.from, to: r.working_hours.to, extraDaysOff: r.extra_days_off };
  const moved: WorkingTime = { ...planned, extraDaysOff: [] };
  const due = (day: Date): Date => {
    const at = shiftDate(day, shift);
    if (!isWorkingDay(day, planned) || isWorkingDay(at, moved)) return at;
    const next = addWorkingDays(at, 0, moved);
    return next.getTime() <= period.to.getTime() ? next : workingDayOnOrBefore(at, moved);
  };
  const text = retitle(wall(file.campaign.period.from).year, wall(file.campaign.period.to).year, yearOf(period) - yearOf(file.campaign.period));
  return {
    ...file,
    // the closing day moves with the period, or the demo would close as soon as it is placed
    campaign: { ...file.campaign, title: text(file.campaign.title), legal_basis: text(file.campaign.legal_basis), period, ...closesOn(file, shift) },
    award_quotas: file.award_quotas.map((q) => ({ ...q, title: text(q.title) })),
    // "Hoàn thành xuất sắc nhiệm vụ năm 2025" in the plan's checklist speaks of the moved year too
    award_rules: { ...file.award_rules, eligibility: file.award_rules.eligibility.map((c) => ({ ...c, rule: retitleRule(c.rule, text) })) },
    dossier_documents: file.dossier_documents.map((d) => ({ ...d, title: text(d.title) })),
    deadlines: file.deadlines.map((d) => ({ ...d, title: text(d.title), due: due(d.due) })),
    reminders: { ...r, extra_days_off: [] },
    task_areas: file.task_areas.map((a) => ({ ...a, title: text(a.title), criteria: a.criteria.map((c) => ({ ...c, title: text(c.title) })) })),
  };
}

function retitleRule(group: RuleGroup, text: (t: string) => string): RuleGroup {
  return {
    ...group,
    ...(group.title === undefined ? {} : { title: text(group.title) }),
    items: group.items.map((node) => (isGroup(node) ? retitleRule(node, text) : { ...node, title: text(node.title) })),
  };
}

function closesOn(file: CampaignFile, shift: DateShift): { closes_on?: Date } {
  return file.campaign.closes_on === undefined ? {} : { closes_on: shiftDate(file.campaign.closes_on, shift) };
}

/**
 * Rewrites the years of the plan's own period (first..last) in a text by `by` years; other years
 * — a decree of 2021 the plan cites — stay as written.
 */
function retitle(first: number, last: number, by: number): (text: string) => string {
  if (by === 0) return (text) => text;
  return (text) => text.replace(/(?<!\d)\d{4}(?!\d)/gu, (y) => (Number(y) >= first && Number(y) <= last ? String(Number(y) + by) : y));
}
